"""Extraction pipeline: essays -> passages (``essay``), ids (``ids``), build (``build``)."""

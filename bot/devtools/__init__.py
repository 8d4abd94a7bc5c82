"""Tools for developing and trying Lectern without Discord; the running bot never imports them.

``fakediscord`` is a stand-in for Discord's REST API and gateway on 127.0.0.1. It ships in
the package (not under ``tests/``) because the end-to-end tests, the benchmarks and
``lectern demo`` all drive the real bot against this one implementation.
"""

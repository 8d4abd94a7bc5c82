"""The domain core's tests read the small sample corpus unless a test says otherwise."""

import pytest

from bot.core.models import Corpus
from bot.core.search import SearchIndex


@pytest.fixture
def corpus(sample_corpus: Corpus) -> Corpus:
    return sample_corpus


@pytest.fixture
def index(sample_index: SearchIndex) -> SearchIndex:
    return sample_index

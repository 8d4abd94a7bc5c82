"""Random passages without repeats: what a member is told when nothing can be chosen."""

import random

import pytest

from bot.core.errors import UserFacingError
from bot.core.selection import choose


def test_no_eligible_passage_is_said_plainly():
    with pytest.raises(UserFacingError) as refused:
        choose([], (), random.Random(1))
    assert str(refused.value) == "No passage matches these filters."

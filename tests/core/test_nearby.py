"""The "did you mean" of error messages: near names for typos and partial names."""

from bot.core.nearby import did_you_mean, near_matches
from bot.core.schedule import timezone_names


def test_a_city_finds_its_zone_and_a_typo_finds_the_name():
    assert near_matches("london", timezone_names())[0] == "Europe/London"
    assert near_matches("new york", timezone_names())[0] == "America/New_York"
    assert near_matches("stalln", ["V. I. Lenin", "J. V. Stalin"]) == ["J. V. Stalin"]
    assert near_matches("Karl", ["Karl Marx", "Friedrich Engels"]) == ["Karl Marx"]


def test_nothing_near_says_nothing():
    assert near_matches("xqzv", ["Bureaucracy", "Literacy and culture"]) == []
    assert did_you_mean("xqzv", ["Bureaucracy"]) == ""
    assert near_matches("   ", ["Bureaucracy"]) == []


def test_the_suggestion_reads_as_a_question():
    assert did_you_mean("bureacracy", ["Bureaucracy", "Literacy"]) == " Did you mean Bureaucracy?"
    assert did_you_mean("lit", ["Literacy", "Literature"]) == (
        " Did you mean Literacy or Literature?"
    )

"""Member text echoed back is shown literally; odd periods, zones and too-short quotations
are refused politely."""

from datetime import date

import pytest

from bot.core.errors import UnknownPassageError, UserFacingError, shown_input
from bot.core.schedule import parse_zone, suggest_zones
from bot.core.stats import parse_period
from bot.core.verify import verify
from bot.render import escape_user_text


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("``` **x** ` @everyone", "**x** @everyone"),
        ("a\u202eb\x00c\nd", "a b c d"),
        ("zero\u200bwidth\u200f\ufeff", "zero width"),
        ("x" * 60, "x" * 39 + "…"),
    ],
)
def test_member_text_in_a_code_span_cannot_close_it_or_reverse_the_line(typed, shown):
    assert shown_input(typed) == shown
    assert f"`{shown}`" in UnknownPassageError(typed).message


def test_a_blank_id_asks_for_one_instead_of_naming_an_empty_id():
    message = UnknownPassageError("  \u200b ").message
    assert "(empty)" not in message and "pick it from the list" in message


def test_a_zone_typed_as_a_city_suggests_the_zone():
    with pytest.raises(UserFacingError, match="Did you mean Europe/London\\?"):
        parse_zone("london")


def test_escaped_member_text_has_no_live_mention_markup_or_override():
    escaped = escape_user_text("@here <@&456> <#789> </quote show:1> <t:1:F> **b** \u202eevil")
    assert "@here" not in escaped and "\u202e" not in escaped
    for raw in ("<@&456>", "<#789>", "</quote", "<t:1"):
        assert raw not in escaped
    assert "\\*\\*b\\*\\*" in escaped


@pytest.mark.parametrize("since", ["9999y", "٩٩٩٩y", "0001-01-01x"])
def test_a_period_reaching_before_year_one_is_refused_politely(since):
    with pytest.raises(UserFacingError, match="must be a date"):
        parse_period(since, None, today=date(2026, 11, 23))


@pytest.mark.parametrize("text", ["Lenin", "(Lenin)", "— Lenin", "the worst", "Stalin said: x y"])
def test_a_quotation_of_fewer_than_three_words_is_not_verified(text, sample_index):
    index = sample_index
    with pytest.raises(UserFacingError, match="at least 3 words"):
        verify(index, text)
    assert verify(index, "the worst enemies (Stalin)").verdict == "exact"


@pytest.mark.parametrize("name", ["localtime", "Factory", "posixrules"])
def test_zones_that_are_no_place_are_refused(name):
    with pytest.raises(UserFacingError, match="not a time zone name I know"):
        parse_zone(name)
    assert name not in suggest_zones(name[:5])

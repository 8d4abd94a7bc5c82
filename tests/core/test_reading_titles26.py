"""A title in quote marks is never a quotation, nor is an entry of a key (titles26): the
article's or thesis's title a bibliography's entry gives after its author's inverted name, a
newspaper's headline however it is introduced, and an abbreviation's line in a key ("NLW:
National Library of Wales"). Each rule on sentences written for it (invented mills, ferries
and archives; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def texts(essay: str) -> list[str]:
    return [p.text for p in quoted(essay)]


def test_an_articles_title_in_a_bibliographys_entry_is_no_quotation():
    found = texts(
        "## Further reading\n\n"
        "Haldane, Isobel. “Who Owned the Looms?” *Textile History* 22, no. 1 (1991): 14–39.\n\n"
        "Her answer is the mill-owners’ wives. She puts it plainly: “The ledgers were kept "
        "in a woman’s hand from 1840 until the sale” (31).\n"
    )
    assert found == ["The ledgers were kept in a woman’s hand from 1840 until the sale"]


def test_a_thesis_title_with_an_accented_given_name_is_no_quotation():
    found = texts(
        "Leclerc, Amélie. “Ferries and Fishwives: The Tay Crossing, 1850–1920.” PhD diss., "
        "University of St Andrews, 2004.\n\n"
        "A fine piece of work on the crossing and the women who worked it.\n"
    )
    assert found == []


def test_words_quoted_in_prose_after_a_surname_and_comma_are_still_quoted():
    found = texts(
        "Nobody doubted the ferryman. Tait, Hugh, the purser, said only that “the boat was "
        "never late in thirty years of crossings, not even in the great gale”.\n"
    )
    assert len(found) == 1


def test_a_headline_introduced_with_a_colon_is_a_title_even_with_a_full_stop():
    found = texts(
        "The *Courier* carried it the next morning. The headline: “Ferry Lost Off the Bar "
        "With All Hands.” Below it the paper printed the harbourmaster’s statement: “We saw "
        "her lights until a quarter past nine and then we did not see them again.”\n"
    )
    assert found == [
        "We saw her lights until a quarter past nine and then we did not see them again."
    ]


def test_a_story_headlined_or_under_a_headline_gives_a_title_not_words():
    found = texts(
        "The weekly ran the story headlined “Mill Fire Spreads To Three Streets.” A week "
        "later it came back to it under the headline “What the Insurers Will Not Pay.”\n"
    )
    assert found == []


def test_an_abbreviations_key_is_no_quotation():
    found = texts(
        "Every letter is cited by its archive. We use these abbreviations:\n\n"
        "> NLW: National Library of Wales, manuscripts\n"
        ">\n"
        "> GRO: Gwent Record Office\n"
        ">\n"
        "> CT: *Cambrian Times*, 1880–1914\n\n"
        "The collection has been catalogued since 1962.\n"
    )
    assert found == []


def test_a_transcripts_turns_under_initials_are_still_words():
    found = texts(
        "Ruth Ogden talked to the last lock-keeper, Dai Morgan, in 1979.\n\n"
        "> RO: Did you ever lose a boat in the lock?\n"
        ">\n"
        "> DM: Only the once, and that was the owner’s fault, not mine.\n"
    )
    assert len(found) == 2


def test_a_key_set_as_a_list_is_no_quotation():
    found = texts(
        "The sources are abbreviated throughout:\n\n"
        "- SRO: Shropshire Record Office, parish chest\n"
        "- BJ: *Bridgnorth Journal*\n"
        "- OHP: Oral History Project tapes, 1975–1981\n\n"
        "Where a source is not in the key it is given in full.\n"
    )
    assert found == []


def test_words_a_paper_took_for_its_headline_are_still_the_speakers():
    found = quoted(
        "The *Gazette* sent a boy to the ferry house. Annie Rintoul told him what she "
        "thought, and the editor printed it as his headline: “The river takes what it likes "
        "and gives back what it pleases.”\n"
    )
    assert len(found) == 1

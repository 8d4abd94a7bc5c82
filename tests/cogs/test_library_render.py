"""What a moderator sees of /library, rendered without Discord: within Discord's limits,
paged rather than cut, passages shortened only between words and saying so, and text from a
file or a member shown inert (no formatting, no mentions)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import discord

from bot.core.library import Correction, Proposal, ReadingEntry, RemovedReading
from bot.devtools.fakediscord.limits import embed_violations
from bot.library_render import (
    REVIEW_PER_PAGE,
    added_embed,
    catalog_embed,
    catalog_pages,
    checked_text,
    corrected_text,
    excerpt,
    next_to_check,
    option_label,
    progress_text,
    published_text,
    review_embed,
    review_pages,
)

WORDS = [
    "harvest",
    "ledger",
    "orchard",
    "committee",
    "lantern",
    "ferry",
    "cooperative",
    "pamphlet",
    "weaver",
    "quarry",
    "meeting",
    "minutes",
    "accounts",
    "seedlings",
    "timetable",
]


def prose(words: int, seed: int = 0) -> str:
    return " ".join(
        WORDS[(i * 7 + seed) % len(WORDS)] + ("." if i % 13 == 12 else "") for i in range(words)
    )


def entry(
    id: str = "k3vq2a", *, origin: str = "own", title: str = "Notes from the Orchard", **more
) -> ReadingEntry:
    fields = {
        "id": id,
        "origin": origin,
        "title": title,
        "author": "Tamsin Oakhurst",
        "year": 2025,
        "status": "draft",
        "enabled": True,
        "quotations": 3,
        "passages": 9,
    }
    fields.update(more)
    return ReadingEntry(**fields)  # type: ignore[arg-type]


def proposal(n: int, text: str, kind: str = "quotation", **more) -> Proposal:
    fields = {
        "passage_id": f"k3vq2a-{n}",
        "kind": kind,
        "text": text,
        "speaker_name": "Marguerite Vellacott" if kind == "quotation" else None,
        "work_title": None,
        "page": None,
        "via_name": None,
        "new_speaker": kind == "quotation",
        "new_work": False,
        "line": n * 3,
    }
    fields.update(more)
    return Proposal(**fields)  # type: ignore[arg-type]


def within_limits(embed: discord.Embed) -> None:
    assert embed_violations([embed.to_dict()]) == []  # type: ignore[list-item]


def test_a_long_catalog_is_paged_with_every_entry_once_and_each_page_within_limits():
    entries = [entry(f"s{i}", origin="shipped", status="published") for i in range(3)] + [
        entry(f"own{i:03d}", title=f"A reading with a rather long title, volume {i} " + "x" * 80)
        for i in range(90)
    ]
    pages = catalog_pages(entries)
    assert len(pages) > 1
    shown = [line for page in pages for line in page]
    for e in entries:
        assert sum(f"`{e.id}`" in line for line in shown) == 1, e.id
    for number in range(len(pages)):
        embed, count = catalog_embed(entries, number)
        assert count == len(pages)
        within_limits(embed)
        assert embed.footer.text is not None
        assert embed.footer.text.startswith(f"Page {number + 1} of {len(pages)}")


def test_catalog_says_what_is_enabled_disabled_or_a_draft_and_the_empty_state():
    entries = [
        entry("rule-2001", origin="shipped", status="published", enabled=False, switched_by=7),
        entry("k3vq2a", status="published", enabled=True, switched_by=7),
        entry("p9xx01", status="draft"),
        entry("m4mm02", status="published", enabled=False),
    ]
    text = "\n".join(catalog_pages(entries)[0])
    line = next(line for line in text.splitlines() if "rule-2001" in line)
    assert line.startswith("⏸️ disabled by <@7> · ")  # who switched it off
    assert next(line for line in text.splitlines() if "k3vq2a" in line).startswith("✅ enabled · ")
    assert next(line for line in text.splitlines() if "m4mm02" in line).startswith("⏸️ disabled · ")
    assert "draft, not public yet" in next(line for line in text.splitlines() if "p9xx01" in line)
    nothing_on, _ = catalog_embed([entries[0], entries[3]])
    footer = nothing_on.footer.text or ""
    assert "No text is enabled here" in footer and "/library enable" in footer
    empty = "\n".join(catalog_pages(entries[:1])[0])
    assert "None yet" in empty and "/library add" in empty


def test_the_catalog_says_which_moderator_added_published_or_removed_each_reading():
    published_at = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
    entries = [
        entry("rule-2001", origin="shipped", status="published"),
        entry("p9xx01", status="draft", added_by=11),
        entry(
            "k3vq2a", status="published", added_by=11, published_by=22, published_at=published_at
        ),
        entry("m4mm02", status="published", enabled=False, switched_by=33, published_by=22),
        entry("o1d000", status="published", added_by=11, published_at=published_at),  # before 0010
    ]
    removed = RemovedReading(
        id="g0ne00",
        title="The Ferry **Readers**",
        author="Piet Corran",
        status="published",
        passages=12,
        removed_by=44,
        removed_at=published_at + timedelta(days=1),
    )
    pages = catalog_pages(entries, [removed])
    lines = [line for page in pages for line in page]

    def line(reading_id: str) -> str:
        return next(x for x in lines if f"`{reading_id}`" in x)

    assert "by <@" not in line("rule-2001")  # the shipped texts were published by nobody here
    assert line("p9xx01").endswith(" · added by <@11>")
    assert line("k3vq2a").endswith(f" · published by <@22> <t:{int(published_at.timestamp())}:d>")
    assert line("m4mm02").startswith("⏸️ disabled by <@33> · ")
    assert line("m4mm02").endswith(" · published by <@22>")
    assert line("o1d000").endswith(
        f" · published by a moderator (not recorded) <t:{int(published_at.timestamp())}:d>"
    )
    heading = lines.index("**Removed lately**")
    assert heading > lines.index("**This server's own readings**")
    gone = line("g0ne00")
    assert lines.index(gone) == heading + 1
    assert gone.startswith("🗑️ **The Ferry \\*\\*Readers\\*\\*** (Piet Corran)")
    assert f"removed by <@44> <t:{int(removed.removed_at.timestamp())}:d>" in gone
    embed, _ = catalog_embed(entries, 0, [removed])
    within_limits(embed)
    # No removal yet: no empty section.
    assert "**Removed lately**" not in catalog_pages(entries)[0]


def test_the_progress_message_says_how_long_the_bot_allows_not_a_fixed_minute():
    assert "up to a minute;" in progress_text("essay.epub", 2_400_000, 60)
    assert "up to 20 seconds;" in progress_text("essay.epub", 2_400_000, 20)
    assert "up to 7 minutes;" in progress_text("essay.epub", 2_400_000, 420)
    assert "up to 3 minutes;" in progress_text("essay.epub", 2_400_000, 150)
    shown = progress_text("a`b.pdf", 900, 60)
    assert shown.startswith("⏳ Reading `a") and "(900 bytes)" in shown


def test_titles_and_names_from_a_file_cannot_ping_or_format():
    hostile = entry(title="@everyone **Loud** <@123> `code`", author="<#42> _x_")
    line = "\n".join(catalog_pages([hostile])[0])
    assert "@everyone" not in line.replace("@\u200beveryone", "")
    assert "<@123>" not in line and "<#42>" not in line
    assert "\\*\\*Loud\\*\\*" in line


def test_excerpt_keeps_whole_words_at_both_ends_and_counts_what_it_leaves_out():
    text = prose(600)
    shown = excerpt(text)
    match = re.fullmatch(r"(.+) …\((\d+) words not shown\)… (.+)", shown)
    assert match is not None
    head, left_out, tail = match[1], int(match[2]), match[3]
    words = text.split()
    assert head.split() == words[: len(head.split())]
    assert tail.split() == words[len(words) - len(tail.split()) :]
    assert len(head.split()) + left_out + len(tail.split()) == len(words)
    assert excerpt("A short quotation.") == "A short quotation."


def test_review_pages_fit_discord_number_passages_and_leave_out_commentary_by_default():
    proposals = [
        proposal(
            i, prose(40 + (i % 4) * 400, seed=i), kind="commentary" if i % 3 == 0 else "quotation"
        )
        for i in range(40)
    ]
    book = entry(quotations=sum(p.kind == "quotation" for p in proposals), passages=40)
    pages = review_pages(proposals, book, "q")
    assert all(1 <= len(page) <= REVIEW_PER_PAGE for page in pages)
    positions = [position for page in pages for position, _ in page]
    assert positions == [i for i, p in enumerate(proposals) if p.kind == "quotation"]
    for number in range(len(pages)):
        embed, count, shown = review_embed(book, proposals, number, "q")
        within_limits(embed)
        assert count == len(pages)
        for position in shown:
            assert f"**{position + 1}.** Quotation" in (embed.description or "")
    everything = [p for page in review_pages(proposals, book, "a") for p, _ in page]
    assert everything == list(range(40))


def test_a_review_shows_attributions_and_flags_what_is_new():
    quoted = proposal(
        1,
        "The orchard keeps its own calendar.",
        work_title="Letters from the Hill",
        page="14",
        via_name="Ada Reader",
        new_work=True,
    )
    commentary = proposal(2, "We kept the timetable anyway.", kind="commentary")
    embed, _, _ = review_embed(entry(), [quoted, commentary], 0, "a")
    description = embed.description or ""
    assert "**Marguerite Vellacott** (new)" in description
    assert "*Letters from the Hill* (new)" in description
    assert "p. 14" in description and "quoted by Ada Reader" in description
    assert "by the author, Tamsin Oakhurst" in description


def test_menu_labels_fit_and_the_summary_counts_speakers():
    long = proposal(1, prose(300), speaker_name="S" * 150)
    assert len(option_label(1, long, entry())) <= 100
    proposals = [
        proposal(1, "One.", speaker_name="Ada Reader", new_speaker=False),
        proposal(2, "Two.", speaker_name="Ada Reader", new_speaker=False),
        proposal(3, "Three."),
        proposal(4, "Mine.", kind="commentary"),
    ]
    embed = added_embed(entry(quotations=3, passages=4), proposals)
    within_limits(embed)
    description = embed.description or ""
    assert "**3 quotations**" in description
    assert "Ada Reader (2); Marguerite Vellacott (1) · new" in description
    assert "1 name is new" in description
    assert "Nothing is public yet" in description


def test_a_summary_where_every_speaker_is_new_says_so_once_not_after_each_name():
    proposals = [
        proposal(1, "One.", speaker_name="Amos Trelawney"),
        proposal(2, "Two.", speaker_name="Harriet Quayle"),
        proposal(3, "Three.", speaker_name="Amos Trelawney"),
    ]
    description = added_embed(entry(quotations=3, passages=3), proposals).description or ""
    assert "**Speakers:** Amos Trelawney (2); Harriet Quayle (1)\n" in description
    assert "· new" not in description
    assert "Every name is new to Lectern and will be added for this server only." in description


def test_a_quotation_without_a_speaker_is_flagged_never_counted_as_a_name():
    nameless = proposal(1, "Prune in February, apologise in June.", speaker_name="unattributed")
    named = proposal(2, "The orchard keeps its own calendar.")
    summary = (added_embed(entry(quotations=2, passages=2), [nameless, named]).description) or ""
    assert "unattributed" not in summary.split("**Speakers:**")[1].split("\n")[0]
    assert "⚠️ 1 quotation the text gives no speaker for" in summary
    assert "The name is new to Lectern" in summary
    page, _, _ = review_embed(entry(), [nameless, named], 0, "q")
    assert "⚠️ **no speaker given**" in (page.description or "")
    assert option_label(1, nameless, entry()).startswith("1. no speaker given: Prune")


def test_a_corrected_passage_shows_who_corrected_it_when_and_what_changed():
    at = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    earlier = Correction("k3vq2a-1", 111, at - timedelta(days=1), (("page", None, "14"),))
    last = Correction(
        "k3vq2a-1",
        222,
        at,
        (
            ("speaker", "unattributed", "Ada Reader"),
            ("via", None, "Ruth *Hollis* @everyone"),
            ("kind", "commentary", "quotation"),
        ),
    )
    corrected = proposal(1, "The orchard keeps its own calendar.", corrections=(earlier, last))
    untouched = proposal(2, "We kept the timetable anyway.")
    embed, _, _ = review_embed(entry(), [corrected, untouched], 0, "q")
    within_limits(embed)
    first, second = (embed.description or "").split("\n\n")
    # Discord draws <@222> as the moderator's name (no ping in an embed) and <t:…:f> in
    # each reader's own time zone.
    assert f"corrected by <@222>, <t:{int(at.timestamp())}:f>" in first
    assert "speaker: none given → Ada Reader" in first
    assert "kind: the author's own words → quotation" in first
    assert "quoted by: none → Ruth \\*Hollis\\*" in first and "@everyone" not in first
    assert "(and 1 earlier correction)" in first and "<@111>" not in first
    assert "corrected" not in second


def test_a_correction_note_says_whom_the_words_are_quoted_by():
    fixed = proposal(1, "Follow the coal.", speaker_name="Ruth Hollis", via_name="Owen Bayliss")
    note = corrected_text(1, fixed, entry())
    assert note == "✏️ Passage 1 corrected: quotation, Ruth Hollis, quoted by Owen Bayliss."


def test_a_long_quotation_in_review_marks_what_it_leaves_out_never_in_brackets():
    """Brackets in a quotation are an editor's insertion: Lectern's own "left out" mark must
    not look like one."""
    long = proposal(1, prose(600))
    embed, _, _ = review_embed(entry(), [long], 0, "q")
    description = embed.description or ""
    assert re.search(r" \*…\d+ words not shown here…\* ", description)
    assert "[…" not in description and "words…]" not in description


def test_review_says_whose_an_insertion_is_and_flags_an_unnamed_speaker():
    text = "It [the timetable] is the only promise the ferry makes."
    inserted = proposal(1, text, speaker_name="Harriet Quayle", insertions=((3, 18),))
    wife = proposal(
        2, "We plan our week around the boat.", speaker_name="One passenger's wife", unnamed=True
    )
    embed, _, _ = review_embed(entry(), [inserted, wife], 0, "q")
    description = embed.description or ""
    assert "\n-# [the timetable]: Tamsin Oakhurst's words, not Harriet Quayle's" in description
    assert "**One passenger's wife** (unnamed, new)" in description
    assert "**Harriet Quayle** (new)" in description


def test_autocomplete_shortens_a_long_title_never_the_state_and_id_of_a_reading():
    from bot.cogs.library import entry_choice_name

    long = entry(
        "oipfg-1974",
        origin="shipped",
        status="published",
        title="Stalinism and the Problem of Bureaucracy in Soviet Society",
        author="The Organization of the Iranian People's Fadaee Guerrillas",
    )
    name = entry_choice_name(long)
    assert len(name) <= 100
    assert name.endswith("… · enabled · oipfg-1974")
    assert name.startswith("Stalinism and the Problem of Bureaucracy in Soviet Society (The")
    short = entry_choice_name(entry("k3vq2a", status="draft"))
    assert short.endswith(") · draft · k3vq2a") and "…" not in short


def test_a_readings_title_from_its_file_name_is_shown_as_typed_in_card_titles():
    """Discord renders markdown in an embed's title: a file named like most files are
    (underscores) or a title with asterisks must not turn into italics or bold."""
    named = entry(title="orchard_notes_final_v2 **draft** @everyone")
    titles = [
        added_embed(named, [proposal(1, "The orchard keeps its own calendar.")]).title,
        review_embed(named, [proposal(1, "The orchard keeps its own calendar.")], 0, "q")[0].title,
    ]
    longest = entry(title="a_b*" * 100)
    titles_long = [
        added_embed(longest, [proposal(1, "The orchard keeps its own calendar.")]).title,
        review_embed(longest, [proposal(1, "The orchard keeps its own calendar.")], 0, "q")[
            0
        ].title,
    ]
    assert all(title and len(title) <= 256 for title in titles_long)
    for title in titles:
        assert "orchard\\_notes\\_final\\_v2 \\*\\*draft\\*\\*" in title, title
        assert "@everyone" not in title
        assert len(title) <= 256


def test_a_correction_that_leaves_no_speaker_says_so_never_shows_the_internal_marker():
    nameless = proposal(
        15, "the council would do well", speaker_name="unattributed", work_title="Parish Notes"
    )
    line = corrected_text(15, nameless, entry())
    assert "unattributed" not in line
    assert line == (
        "✏️ Passage 15 corrected: quotation, still no speaker given (name one to attribute it), "
        "*Parish Notes*."
    )


def test_review_lists_the_attributions_to_check_first_with_their_reason_and_a_count():
    doubt = "‘she’ taken as Marguerite Vellacott, named only in an earlier paragraph"
    proposals = [
        proposal(i, prose(30, seed=i), doubt=doubt if i in (6, 11) else None) for i in range(12)
    ]
    embed, _, shown = review_embed(entry(), proposals, 0, "q")
    within_limits(embed)
    description = embed.description or ""
    assert shown[:2] == [6, 11]  # the two doubtful ones first, in text order
    assert shown[2:] == [0, 1, 2]
    assert description.startswith("🔍 **2 attributions to check**")
    assert description.count(f"🔍 *To check:* {doubt}") == 2
    assert description.index("**7.** Quotation") < description.index("**1.** Quotation")
    second, _, _ = review_embed(entry(), proposals, 1, "q")
    assert "to check**" not in (second.description or "")  # the count is on the first page
    assert "To check" not in (second.description or "")
    labels = [option_label(i + 1, proposals[i], entry()) for i in shown]
    assert labels[0].startswith("7. 🔍 ") and "🔍" not in labels[2]


def test_an_attribution_a_moderator_corrected_is_no_longer_to_check_and_stays_where_it_was():
    fixed = Correction("k3vq2a-1", 4242, datetime(2026, 3, 1, tzinfo=UTC), (("speaker", "A", "B"),))
    proposals = [
        proposal(0, "The orchard keeps its own calendar."),
        proposal(
            1,
            "The ledger was never balanced.",
            doubt="a page (4) is cited, but no work is named for it",
            corrections=(fixed,),
        ),
    ]
    embed, _, shown = review_embed(entry(), proposals, 0, "q")
    # Still first (settling a doubt moves nothing on the moderator's page), no longer counted.
    assert shown == [1, 0]
    description = embed.description or ""
    assert "to check" not in description.lower()
    assert description.startswith("☑️ Lectern was unsure of 1 attribution; every one is checked")
    assert "corrected by <@4242>" in description


def test_a_doubt_from_a_file_cannot_ping_or_format():
    hostile = proposal(0, "Words.", doubt="‘she’ taken as @everyone **Bold** <@123>")
    embed, _, _ = review_embed(entry(), [hostile], 0, "q")
    description = embed.description or ""
    assert "@everyone" not in description.replace("@\u200beveryone", "")
    assert "<@123>" not in description and "\\*\\*Bold\\*\\*" in description


def test_the_summary_and_the_publish_confirmation_count_unchecked_attributions():
    proposals = [
        proposal(
            0, "The orchard keeps its own calendar.", doubt="no speaker is named for these words"
        ),
        proposal(1, "The ledger was never balanced."),
    ]
    summary = added_embed(entry(), proposals).description or ""
    assert "🔍 **1 attribution to check**" in summary
    published = entry(status="published")
    assert "to check" not in published_text(published) and "unsure" not in published_text(published)
    said = published_text(published, 3)
    assert "3 attributions Lectern was unsure of were published as proposed" in said
    assert "/library review reading:k3vq2a" in said


PRONOUN = "‘she’ taken as Marguerite Vellacott, named only in an earlier paragraph"
CHECKED_AT = datetime(2026, 12, 6, 23, 5, tzinfo=UTC)


def doubtful_reading() -> list[Proposal]:
    """Fifteen quotations; Lectern was unsure of four (8, 9, 12, 15 on screen)."""
    return [
        proposal(i, prose(30, seed=i), doubt=PRONOUN if i in (7, 8, 11, 14) else None)
        for i in range(15)
    ]


def test_a_confirmed_attribution_says_who_checked_it_and_is_no_longer_counted():
    proposals = doubtful_reading()
    proposals[8] = replace(proposals[8], checked_by=4242, checked_at=CHECKED_AT)
    embed, _, shown = review_embed(entry(), proposals, 0, "q")
    within_limits(embed)
    description = embed.description or ""
    assert description.startswith("🔍 **3 attributions to check** (1 of 4 settled already)")
    assert "press its **Looks right** button" in description
    assert shown[:4] == [7, 8, 11, 14]  # it stays among those Lectern was unsure of
    block = next(b for b in description.split("\n\n") if b.startswith("**9.**"))
    assert "🔍" not in block
    assert f"☑️ *Checked, kept as proposed* by <@4242>, <t:{int(CHECKED_AT.timestamp())}:f>" in block
    assert PRONOUN in block  # the reason stays on record
    assert option_label(9, proposals[8], entry()).startswith("9. Marguerite")
    assert checked_text(9, proposals[8], entry()) == (
        "☑️ Passage 9 checked, kept as proposed: Marguerite Vellacott."
    )
    # A published reading's review offers no button: its header says to correct instead.
    published, _, _ = review_embed(entry(status="published"), proposals, 0, "q")
    assert "Looks right" not in (published.description or "")
    assert "Correct them in the menu below if wrong." in (published.description or "")


def test_an_attribution_confirmed_then_corrected_keeps_both_on_record_in_order():
    """One moderator pressed Looks right; another corrected the speaker an hour later: the
    review shows who confirmed it and who corrected it, oldest first, and the reason."""
    later = CHECKED_AT + timedelta(hours=1)
    proposals = doubtful_reading()
    proposals[8] = replace(
        proposals[8],
        checked_by=4242,
        checked_at=CHECKED_AT,
        corrections=(
            Correction("k3vq2a-9", 5151, later, (("speaker", "Marguerite Vellacott", "Ida"),)),
        ),
    )
    embed, _, _ = review_embed(entry(), proposals, 0, "q")
    within_limits(embed)
    block = next(b for b in (embed.description or "").split("\n\n") if b.startswith("**9.**"))
    checked = block.index("☑️ *Checked, kept as proposed* by <@4242>")
    corrected = block.index(f"✏️ corrected by <@5151>, <t:{int(later.timestamp())}:f>")
    assert checked < corrected
    assert "speaker: Marguerite Vellacott → Ida" in block
    assert PRONOUN in block


def test_settling_a_doubt_moves_no_passage_and_says_where_the_next_one_to_check_is():
    """A moderator on the second page settles passage 15: every page shows the passages it
    showed before (nothing slides onto a page they already left), and the line above the
    page names the next attribution to check and its page."""
    proposals = doubtful_reading()
    before = [[position for position, _ in page] for page in review_pages(proposals, entry(), "q")]
    assert len(before) == 3 and 14 in before[0]
    settled = list(proposals)
    settled[14] = replace(settled[14], checked_by=4242, checked_at=CHECKED_AT)
    settled[7] = replace(
        settled[7],
        corrections=(
            Correction("k3vq2a-7", 4242, CHECKED_AT, (("speaker", "Marguerite Vellacott", "X"),)),
        ),
    )
    after = [[position for position, _ in page] for page in review_pages(settled, entry(), "q")]
    assert after == before
    assert next_to_check(settled, entry(), "q", 0) == (
        "🔍 2 attributions left to check; next: passage 9, on this page."
    )
    everything_settled = [
        replace(p, checked_by=4242, checked_at=CHECKED_AT) if p.doubt else p for p in proposals
    ]
    assert next_to_check(everything_settled, entry(), "q", 0) == (
        "☑️ No attribution left to check: publish when you are ready."
    )
    sure = [replace(p, doubt=None) for p in proposals]
    assert next_to_check(sure, entry(), "q", 0) == ""
    header, _, _ = review_embed(entry(), everything_settled, 0, "q")
    assert (header.description or "").startswith(
        "☑️ Lectern was unsure of 4 attributions; every one is checked or corrected"
    )


def test_the_next_attribution_to_check_on_another_page_is_named_with_its_page():
    proposals = [
        proposal(i, prose(30, seed=i), doubt=PRONOUN if i < 7 else None) for i in range(10)
    ]
    for i in range(5):  # the first page's five, settled
        proposals[i] = replace(proposals[i], checked_by=None, checked_at=CHECKED_AT)
    pages = review_pages(proposals, entry(), "q")
    assert [pos for pos, _ in pages[1]][:2] == [5, 6]
    assert next_to_check(proposals, entry(), "q", 0) == (
        "🔍 2 attributions left to check; next: passage 6, on page 2."
    )
    assert next_to_check(proposals, entry(), "q", 1) == (
        "🔍 2 attributions left to check; next: passage 6, on this page."
    )
    embed, _, _ = review_embed(entry(), proposals, 0, "q")
    assert "Checked, kept as proposed* by a moderator (not recorded)" in (embed.description or "")

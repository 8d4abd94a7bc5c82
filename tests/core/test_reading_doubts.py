"""The extractor says when an attribution is a guess: ``doubt`` on a proposal, for review.

A moderator reviews every proposed quotation; the doubtful ones come first. The doubt is a
detector of wrong attributions, measured here on every hand-checked essay (held-out, probes)
and on the two seed essays read as a new reading: of the quotations found with a wrong speaker
or work, how many carry a doubt (recall), and of those found right, how many carry one anyway
(the moderator's wasted looks). ``pytest -s`` prints the figures per essay and in total; the
floors sit under the latest figures. The unit tests are sentences written for this file.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.core.corpus import read_registries
from bot.core.extract.formats import read_reading
from bot.core.extract.ingest import propose_reading, registered_speaker, registered_work
from bot.core.extract.names import Names
from bot.core.extract.reading import propose_passages
from bot.core.provenance import provenance_form
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.readings import READINGS, load_gold, propose_gold_reading

ROOT = Path(__file__).parents[2]


def _quotation(text: str, opening: str, author: str = "Ann Writer") -> Any:
    proposals = [p for p in propose_passages(text, author=author) if p.kind == "quotation"]
    return next(p for p in proposals if p.text.startswith(opening))


def test_words_a_lead_in_gives_to_someone_named_in_full_carry_no_doubt():
    text = (
        "The keepers wrote little, and the board less.\n\n"
        "As Hester Vane wrote in *Lamps of the Firth*: “The oil came late every winter, "
        "and we burned candles until it did.”\n"
    )
    quotation = _quotation(text, "The oil came late")
    assert quotation.speaker_name == "Hester Vane"
    assert quotation.doubt is None


def test_words_nobody_is_named_for_say_so():
    text = (
        "The lamp room has a bench under its window.\n\n"
        "> Trim the wick before dusk and again at midnight, whatever the weather.\n"
    )
    quotation = _quotation(text, "Trim the wick")
    assert quotation.speaker_name is None
    assert quotation.doubt == "no speaker is named for these words"


def test_a_pronoun_whose_person_was_named_only_in_an_earlier_paragraph_is_doubted():
    text = (
        "Hester Vane kept the Firth light from 1902 until the war.\n\n"
        "The light itself was rebuilt twice, once after a storm and once after a fire in "
        "the lamp room.\n\n"
        "“Nobody thanks a lamp for burning,” she wrote.\n"
    )
    quotation = _quotation(text, "Nobody thanks a lamp")
    assert quotation.speaker_name == "Hester Vane"
    assert quotation.doubt is not None
    assert "earlier paragraph" in quotation.doubt and "‘she’" in quotation.doubt


def test_a_page_cited_with_no_work_named_for_it_is_doubted():
    text = (
        "Hester Vane kept the Firth light from 1902 until the war, and wrote about it "
        "late in life.\n\n"
        "Hester Vane was blunt about the board: “They counted the oil and never the "
        "nights” (p. 41).\n"
    )
    quotation = _quotation(text, "They counted the oil")
    assert quotation.page == "41"
    assert quotation.work_title is None
    assert quotation.doubt == "a page (41) is cited, but no work is named for it"


def test_a_pronoun_two_people_named_together_could_stand_for_is_doubted():
    text = (
        "Hester Vane and Ada Rook kept the Firth light together from 1902 until the war.\n\n"
        "“Nobody thanks a lamp for burning,” she wrote.\n"
    )
    quotation = _quotation(text, "Nobody thanks a lamp")
    assert quotation.doubt is not None and "‘she’" in quotation.doubt


def test_a_pronoun_with_one_person_it_can_stand_for_carries_no_doubt():
    text = (
        "Hester Vane kept the Firth light from 1902 until the war.\n\n"
        "“Nobody thanks a lamp for burning,” she wrote.\n"
    )
    quotation = _quotation(text, "Nobody thanks a lamp")
    assert quotation.speaker_name == "Hester Vane"
    assert quotation.doubt is None


def test_a_citation_by_surname_is_trusted_only_when_a_works_cited_list_gives_the_name():
    said = (
        "The keepers' wives kept the accounts, and the board kept them short: “They counted "
        "the oil and never the nights” (Vane 41).\n"
    )
    unlisted = _quotation(said, "They counted the oil")
    assert unlisted.doubt is not None and "‘Vane’" in unlisted.doubt
    listed = _quotation(
        said + "\nWorks Cited\n\nVane, Hester. *Lamps of the Firth*. Leith: Pharos Press, 1931.\n",
        "They counted the oil",
    )
    assert (listed.speaker_name, listed.work_title) == ("Hester Vane", "Lamps of the Firth")
    assert listed.doubt is None


def test_a_work_carried_over_from_the_quotation_before_is_doubted():
    text = (
        "As Hester Vane wrote in *Lamps of the Firth*: “The oil came late every winter, and "
        "we burned candles until it did.”\n\n"
        "Hester Vane was kinder to the inspectors. In the same book she adds: “They came in "
        "the summer and praised the brass.”\n"
    )
    first = _quotation(text, "The oil came late")
    later = _quotation(text, "They came in the summer")
    assert first.doubt is None
    assert later.work_title == "Lamps of the Firth"
    assert later.doubt == "work ‘Lamps of the Firth’ is not named beside these words"


def test_words_whose_sentence_speaks_of_a_work_none_is_given_for_are_doubted():
    text = (
        "The board inspected the light every summer.\n\n"
        "In his report to the board, Hollin Ford wrote: “The lamp is sound and the keeper is "
        "sober, which is more than I can say for the boat.”\n"
    )
    quotation = _quotation(text, "The lamp is sound")
    assert (quotation.speaker_name, quotation.work_title) == ("Hollin Ford", None)
    assert quotation.doubt == "the sentence speaks of a work, but none is given (‘his report’)"


def test_a_title_the_sentence_sets_in_italics_with_no_work_given_is_doubted():
    text = (
        "The company toured the coast in 1951.\n\n"
        "The *Harbour Echo*'s critic, Ada Pell, called it “the bravest thing the company has "
        "done in years, and the least comfortable”.\n"
    )
    quotation = _quotation(text, "the bravest thing")
    assert (quotation.speaker_name, quotation.work_title) == ("Ada Pell", None)
    assert quotation.doubt == "the sentence speaks of a work, but none is given (‘Harbour Echo’)"


def test_a_colon_after_a_surname_with_no_verb_of_saying_does_not_state_the_speaker():
    text = (
        "Hester Vane kept the Firth light from 1902 until the war, and her book on it appeared "
        "in 1931.\n\n"
        "Vane reproduces the Lighthouse Board's printed notice to its keepers, and it is as "
        "cold as you would expect:\n\n"
        "> The Board regrets that no allowance can be made for candles burned while the oil is "
        "delayed.\n"
    )
    quotation = _quotation(text, "The Board regrets")
    assert quotation.doubt == "speaker taken as Hester Vane; no verb of saying in the sentence"


# --- the doubt as a detector of wrong attributions, on every hand-checked essay -------------


@dataclass
class DoubtScore:
    """Quotations found, split by whether their speaker and work are right, and how many of
    each carry a doubt; and of those with no doubt (what a moderator is told to trust), how
    many have the right speaker, and the right speaker and work."""

    name: str
    wrong: int = 0
    wrong_doubted: int = 0
    right: int = 0
    right_doubted: int = 0
    trusted: int = 0
    trusted_speaker_right: int = 0
    trusted_right: int = 0

    def add(self, speaker_right: bool, work_right: bool, doubted: bool) -> None:
        right = speaker_right and work_right
        if right:
            self.right += 1
            self.right_doubted += doubted
        else:
            self.wrong += 1
            self.wrong_doubted += doubted
        if not doubted:
            self.trusted += 1
            self.trusted_speaker_right += speaker_right
            self.trusted_right += right

    def __iadd__(self, other: DoubtScore) -> DoubtScore:
        for field in (
            "wrong",
            "wrong_doubted",
            "right",
            "right_doubted",
            "trusted",
            "trusted_speaker_right",
            "trusted_right",
        ):
            setattr(self, field, getattr(self, field) + getattr(other, field))
        return self

    def line(self) -> str:
        flagged = self.wrong_doubted + self.right_doubted
        precision = f"{self.wrong_doubted}/{flagged}" if flagged else "-"
        return (
            f"{self.name}: wrong {self.wrong_doubted}/{self.wrong} doubted, right "
            f"{self.right_doubted}/{self.right} doubted, precision {precision}; undoubted: "
            f"speaker right {self.trusted_speaker_right}/{self.trusted}, speaker and work "
            f"right {self.trusted_right}/{self.trusted}"
        )


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _matches(
    gold: list[dict[str, Any]], records: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Each gold quotation with the proposed quotation of its opening and closing words."""
    quotations = [r for r in records if r["kind"] == "quotation"]
    taken: set[str] = set()
    pairs = []
    for entry in gold:
        opening, closing = provenance_form(entry["opening"]), provenance_form(entry["closing"])
        match = next(
            (
                r
                for r in quotations
                if r["id"] not in taken
                and ("seed_lines" not in entry or r["line"] == entry["seed_lines"][0])
                and provenance_form(r["text"]).startswith(opening)
                and provenance_form(r["text"]).endswith(closing)
            ),
            None,
        )
        if match is not None:
            taken.add(match["id"])
            pairs.append((entry, match))
    return pairs


def essay_doubts(name: str, folder: Path) -> DoubtScore:
    _, records = propose_gold_reading(name, folder)
    result = DoubtScore(name)
    for entry, match in _matches(load_gold(name)["quotations"], records):
        speaker = _same(match["speaker_name"], entry["speaker"]) and bool(
            match.get("new_speaker", {}).get("unnamed")
        ) == entry.get("unnamed", False)
        result.add(speaker, _same(match["work_title"], entry["work"]), match["doubt"] is not None)
    return result


def seed_doubts(source: str) -> DoubtScore:
    problems: list[str] = []
    _sources, speakers, works, _topics = read_registries(DEFAULT_CORPUS_DIR, problems)
    names = Names(speakers, works)
    manifest = tomllib.loads((DEFAULT_CORPUS_DIR / "manifest.toml").read_text("utf-8"))
    entry = next(s for s in manifest["source"] if s["id"] == source)
    path = ROOT / entry["file"]
    records = propose_reading(
        read_reading(path).text,
        corpus_dir=DEFAULT_CORPUS_DIR,
        file_name=path.name,
        title=entry["title"],
        author=entry["author"],
        year=entry["year"],
    )
    lines = (ROOT / "tests" / "data" / "gold_quotations.jsonl").read_text("utf-8").splitlines()
    gold = [g for g in map(json.loads, filter(str.strip, lines)) if g["source"] == source]

    def same_speaker(record_id: object, written: object, wanted: str | None) -> bool:
        if wanted is None:
            return written is None
        registered = registered_speaker(names, wanted)
        if registered is not None:
            return record_id == registered
        return _same(str(written) if written else None, wanted)

    def same_work(record: dict[str, Any], wanted: dict[str, Any]) -> bool:
        if wanted["work"] is None:
            return record["work_title"] is None
        registered = registered_work(names, wanted["work"])
        return (registered is not None and record["work"] == registered) or any(
            _same(record["work_title"], w) for w in (wanted["work"], wanted["work_as_given"])
        )

    result = DoubtScore(source)
    for wanted, match in _matches(gold, records):
        speaker = same_speaker(match["speaker"], match["speaker_name"], wanted["speaker"])
        result.add(speaker, same_work(match, wanted), match["doubt"] is not None)
    return result


ESSAYS = sorted(p.name.removesuffix(".gold.json") for p in READINGS.glob("*.gold.json"))

# The doubt's rules (trust only stated evidence, doubt18) were designed looking only at the
# essays and probes written up to blind16 and the seeds; the five blind17 essays were kept out
# of the design and scored once, then a few rules were added after seeing them: the held-out
# group below. Figures in HELDOUT.md, "Doubt that carries over".
HELD_OUT = (
    "glass-orchard-programme",
    "drowned-parish-podcast",
    "skelbrook-tramway",
    "wexcombe-limes",
    "ashcombe-samplers",
)
# Before doubt18 (the old "doubt known fallback paths" rules on the same extractor): design
# group wrong 23/37 doubted, right 75/514; blind17 at its first sight of the new rules wrong
# 20/32, right 6/34 (old rules 17/32, 4/34); after the post-scoring rules wrong 26/32, right 5/34.
# Every essay, probe and seed together on main after cite18's and roles18's landings (00:05):
# wrong 63/80 doubted, right 117/637; undoubted: speaker right 532/537, speaker and work right
# 520/537; the held-out group wrong 12/14, right 10/54, undoubted speaker right 46/46.
LEAST_WRONG_DOUBTED = 0.70
MOST_RIGHT_DOUBTED = 0.20
# of the quotations with no doubt, the share whose speaker (and work) is right: what a server
# can trust without looking
LEAST_TRUSTED_SPEAKER_RIGHT = 0.97
LEAST_TRUSTED_RIGHT = 0.93
# the held-out group (the brief's target: three in four wrong ones doubted, one in four right)
HELD_OUT_LEAST_WRONG_DOUBTED = 0.75
HELD_OUT_MOST_RIGHT_DOUBTED = 0.25
HELD_OUT_LEAST_TRUSTED_SPEAKER_RIGHT = 0.95


@dataclass(frozen=True)
class BlindGroup:
    """One blind measure's five essays, scored once at first sight and kept out of the design,
    held-out and total figures (no doubt rule was made or changed after seeing them), held to
    floors just under that first sight: no more wrong attributions left undoubted, no larger
    share of right ones doubted, no smaller share of undoubted speakers right."""

    name: str
    essays: tuple[str, ...]
    most_undoubted_wrong: int
    most_right_doubted: float
    least_trusted_speaker_right: float


BLIND_GROUPS = (
    # The sixth blind measure (blind19): written by someone who never saw the extractor, hashed at
    # 01:40 and scored once on a813bd2 after the extractor freeze of session 19. No doubt rule has
    # been made or changed after seeing them, so they are not part of the design and held-out
    # figures above (text the rules were made or fixed on) but a group of their own, held to
    # floors just under that first sight: wrong 30/40 doubted, right 11/32 doubted; undoubted:
    # speaker right 24/31 (HELDOUT.md, blind19). On unseen text the doubt is short of the held-out
    # target: that is the measured state, not a limit to tune to. Once engineers fix its misses
    # (session 20), a share of wrong ones doubted falls whenever a doubted miss is fixed, so the
    # group is held instead to what an honest fix cannot worsen: no more wrong attributions left
    # undoubted than at first sight (10), right ones doubted and undoubted speakers right as before.
    BlindGroup(
        "blind19",
        (
            "skelmore-cup-replay",
            "salt-road-sleeve",
            "hartley-green-inspection",
            "cranwell-canal-report",
            "rusk-obituary",
        ),
        most_undoubted_wrong=10,
        most_right_doubted=0.37,
        least_trusted_speaker_right=0.75,
    ),
    # The seventh blind measure (blind20): written by someone who never saw the extractor, hashed
    # at 04:37 and scored once on 6648b08 after the extractor freeze of session 20. No doubt rule
    # has been made or changed after seeing them, so they are a group of their own, out of the
    # design, held-out and total figures and out of blind19's group (which session 20 fixed),
    # held the same way to floors just under their first sight: wrong 21/34 doubted (13 wrong
    # left undoubted), right 4/37 doubted; undoubted: speaker right 43/46 (HELDOUT.md, blind20).
    BlindGroup(
        "blind20",
        (
            "thornby-leat-walk",
            "bellhouse-chapel-cookbook",
            "fenwick-lowe-clocks",
            "tallyhouse-rehearsal-log",
            "northfell-orchard-grant",
        ),
        most_undoubted_wrong=13,
        # 0.12 -> 0.13 (people21): three of the play's lines in tallyhouse-rehearsal-log that
        # were wrong and doubted are now right and keep fair doubts (the play is the log's title
        # line, not named beside the words; a lead-in naming the asker and the character asked
        # about): 7/56 = 0.125; no undoubted answer became wrong (undoubted speaker right 50/50)
        most_right_doubted=0.13,
        least_trusted_speaker_right=0.93,
    ),
    # The eighth blind measure (blind21): written by someone who never saw the extractor, hashed
    # at 07:42 and scored once on 938097a after the extractor freeze of session 21. No doubt rule
    # has been made or changed after seeing them, so they are a group of their own, out of the
    # design, held-out and total figures and out of blind19's and blind20's groups, held the same
    # way to floors just under their first sight: wrong 38/48 doubted (10 wrong left undoubted),
    # right 6/23 doubted; undoubted: speaker right 19/27 (HELDOUT.md, blind21).
    BlindGroup(
        "blind21",
        (
            "hebden-round-robin",
            "calderbank-shop-floor",
            "talk-hebble-lock-cottage",
            "morven-coast-guide",
            "kersey-word-book",
        ),
        most_undoubted_wrong=10,
        most_right_doubted=0.27,
        least_trusted_speaker_right=0.70,
    ),
    # The ninth blind measure (blind22): written by someone who never saw the extractor, hashed
    # at 10:27 and scored once on 4990191 after the extractor freeze of session 22. No doubt rule
    # has been made or changed after seeing them, so they are a group of their own, out of the
    # design, held-out and total figures and out of blind19's, blind20's and blind21's groups,
    # held the same way to floors just under their first sight: wrong 26/43 doubted (17 wrong
    # left undoubted), right 4/28 doubted; undoubted: speaker right 38/41 (HELDOUT.md, blind22).
    BlindGroup(
        "blind22",
        (
            "kettering-papers-release",
            "salt-chemist-review",
            "calder-count-live",
            "severn-drowning-year",
            "wenning-sewage-report",
        ),
        most_undoubted_wrong=17,
        most_right_doubted=0.15,
        least_trusted_speaker_right=0.92,
    ),
    # The tenth blind measure (blind23): written by someone who never saw the extractor, hashed
    # at 13:01 and scored once on 9c52eab after the extractor freeze of session 23. No doubt rule
    # has been made or changed after seeing them, so they are a group of their own, out of the
    # design, held-out and total figures and out of blind19's to blind22's groups, held the same
    # way to floors just under their first sight: wrong 25/42 doubted (17 wrong left undoubted),
    # right 4/25 doubted; undoubted: speaker right 26/38 (HELDOUT.md, blind23).
    BlindGroup(
        "blind23",
        (
            "tarnbeck-baths-speech",
            "kelsham-history-day",
            "wexham-buses-factcheck",
            "ordways-of-scaleby",
            "cleaveley-strike-sources",
        ),
        most_undoubted_wrong=17,
        most_right_doubted=0.17,
        least_trusted_speaker_right=0.68,
    ),
    # The eleventh blind measure (blind24): written by someone who never saw the extractor, hashed
    # at 16:16 and scored once on f6d31de after the extractor freeze of session 24. No doubt rule
    # has been made or changed after seeing them, so they are a group of their own, out of the
    # design, held-out and total figures and out of blind19's to blind23's groups, held the same
    # way to floors just under their first sight: wrong 19/24 doubted (5 wrong left undoubted),
    # right 6/23 doubted; undoubted: speaker right 18/22 (HELDOUT.md, blind24).
    BlindGroup(
        "blind24",
        (
            "wharfmoor-quotations",
            "skelby-hedgerow-response",
            "hallamby-looking-back",
            "kidderthwaite-last-shift",
            "salt-orchard-guide",
        ),
        most_undoubted_wrong=5,
        most_right_doubted=0.27,
        least_trusted_speaker_right=0.80,
    ),
    # The twelfth blind measure (blind25): written by someone who never saw the extractor, hashed
    # at 19:12 and scored once on 90ed5ea after the extractor freeze of session 25. No doubt rule
    # has been made or changed after seeing them, so they are a group of their own, out of the
    # design, held-out and total figures and out of blind19's to blind24's groups, held the same
    # way to floors just under their first sight: wrong 28/34 doubted (6 wrong left undoubted),
    # right 7/29 doubted; undoubted: speaker right 24/28 (HELDOUT.md, blind25).
    BlindGroup(
        "blind25",
        (
            "ravensdale-lives",
            "saltby-harbour-cup",
            "tamsford-assembly",
            "providence-essays",
            "eastbrook-focus",
        ),
        most_undoubted_wrong=6,
        most_right_doubted=0.25,
        least_trusted_speaker_right=0.85,
    ),
    # The thirteenth blind measure (blind26): written by someone who never saw the extractor,
    # hashed at 23:18 and scored once on fb0262e after the extractor freeze of session 26. No
    # doubt rule has been made or changed after seeing them, so they are a group of their own,
    # out of the design, held-out and total figures and out of blind19's to blind25's groups,
    # held the same way to floors just under their first sight: wrong 31/43 doubted (12 wrong
    # left undoubted), right 5/26 doubted; undoubted: speaker right 21/33 (HELDOUT.md, blind26).
    BlindGroup(
        "blind26",
        (
            "kilbrack-readers-chat",
            "port-aiken-strike-bibliography",
            "riverside-pool-what-we-heard",
            "kaiwhata-roll",
            "bessport-ice-slides",
        ),
        most_undoubted_wrong=12,
        most_right_doubted=0.20,
        least_trusted_speaker_right=0.63,
    ),
)


def test_the_doubt_flags_wrong_attributions_more_than_right_ones(tmp_path):
    design, held_out, total = DoubtScore("design"), DoubtScore("held out"), DoubtScore("total")
    blind = {group.name: DoubtScore(f"{group.name} first sight") for group in BLIND_GROUPS}
    group_of = {essay: group.name for group in BLIND_GROUPS for essay in group.essays}
    for name in ESSAYS:
        score = essay_doubts(name, tmp_path)
        print(score.line())
        if name in group_of:
            blind[group_of[name]] += score
            continue
        total += score
        if name in HELD_OUT:
            held_out += score
        else:
            design += score
    for source in ("rule-2001", "oipfg-1974"):
        score = seed_doubts(source)
        print(score.line())
        total += score
        design += score
    for score in (design, held_out, total, *blind.values()):
        print(score.line())
    assert total.wrong and total.right and total.trusted
    assert total.wrong_doubted / total.wrong >= LEAST_WRONG_DOUBTED
    assert total.right_doubted / total.right <= MOST_RIGHT_DOUBTED
    assert total.trusted_speaker_right / total.trusted >= LEAST_TRUSTED_SPEAKER_RIGHT
    assert total.trusted_right / total.trusted >= LEAST_TRUSTED_RIGHT
    assert held_out.wrong_doubted / held_out.wrong >= HELD_OUT_LEAST_WRONG_DOUBTED
    assert held_out.right_doubted / held_out.right <= HELD_OUT_MOST_RIGHT_DOUBTED
    assert held_out.trusted_speaker_right / held_out.trusted >= HELD_OUT_LEAST_TRUSTED_SPEAKER_RIGHT
    for group in BLIND_GROUPS:
        score = blind[group.name]
        assert score.wrong - score.wrong_doubted <= group.most_undoubted_wrong, score.line()
        assert score.right_doubted / score.right <= group.most_right_doubted, score.line()
        assert score.trusted_speaker_right / score.trusted >= group.least_trusted_speaker_right, (
            score.line()
        )


@pytest.mark.parametrize("name", ESSAYS[:1])
def test_every_quotation_record_has_a_doubt_field_and_commentary_none(name, tmp_path):
    _, records = propose_gold_reading(name, tmp_path)
    assert all("doubt" in r for r in records)
    assert all(r["doubt"] is None for r in records if r["kind"] != "quotation")

"""Turn one essay into draft passages: the quotations it makes and its author's commentary.

Pure: takes the source text and the registries, returns drafts with exact source offsets.
How it reads an essay (the README's "Adding a reading" section has the maintainer's view):

- Quotations open with “ and close with ” (or straight double quotes when the essay has no
  curly ones). Nested marks are counted, so a quotation inside a quotation stays inside. A
  quotation left open at the end of a paragraph continues into the next (each paragraph of a
  long quotation opens with “ and only the last closes). Single quotes at the top level are the
  essay's own scare quotes and terms, never quotations. A closing mark followed by a transcript
  remark ("any work” (General laughter.)") when the next paragraph reopens the quotation is a
  stray mark inside the speech, not its end.
- What :mod:`bot.core.extract.reading` (``lectern ingest``) finds is never left as the
  author's words when it names a registered speaker: a block quotation (indented, ``>``,
  ``<blockquote>``) this reader sees no mark of, and words this reader names nobody for, or
  only the previous quotation's speaker ("“…,” she wrote, “…”" after someone else's words),
  take its attribution. On the shipped essays it changes nothing (``passages.json`` is the
  same); on a new essay, the build and ``lectern ingest`` agree on what is quoted.
- Attribution, strongest first: a trailing parenthetical citation ("(Title by Speaker, date)",
  "(Author, Title, year, p105)"; "(p173)" alone refers back to the work named just before; "Cited
  in X" makes X the relaying ``via``), a footnote marker ``<sup>N</sup>`` whose note is a
  citation ("Ibid." repeats the previous note), the lead-in ("Said Lenin in 1919:", "The Webbs
  quoted Calvin B Hoover:"), then the surrounding sentence, then the previous quotation ("Lenin
  continued:", "In the same report"). A phrase quoted inside the essay's own sentence takes the
  citation that closes that sentence ("to “extirpate ...” this illness. (Title, date)"). When a
  lead-in ends with a colon ("he himself said:") and a footnote follows, the footnote gives
  the work and the lead-in the speaker. "He cited a Soviet emigre ... as saying:" relays the
  emigre's words through the last person named ("he"); a page-only citation after someone
  else's words, or the essay's own "Thurston noted ... (p180)", points to that person's book.
  A phrase the essay quotes again ("the “sins of the past” that Lenin had referred to") takes
  the work of the speaker's earlier quotation containing it. A dashed list ending "(all quotes
  from Pravda)" makes every phrase quoted in the list Pravda's, relayed by whoever the list's
  lead-in names ("According to the Webbs, ...:").
- Square brackets inside a quotation are insertions into the speaker's words: kept verbatim,
  their spans recorded in ``insertions`` with whose they are (``inserted_by``). Ending with
  the essay's mark ("– CR") they are the essay author's; otherwise they belong to whoever the
  essay copied the words from (the relaying ``via``: "Cited in Frederick Schuman"), else to
  the essay author. Square brackets in the author's own prose are the editor's notes.
- A transcript remark inside a quotation that names a registered speaker, "(Voices : ‘Quite
  right!’)", is a quotation of its own, relayed by the quoting speaker.
- Commentary: the author's own paragraphs, the words leading into a displayed quotation, the
  author's words after it in the same paragraph ("” – not particularly helpful."), and the
  author's footnotes that are remarks rather than citations.
- Headings: the title, markdown "#" lines, and short lines that end without a full stop.
- A digit inside a word ("invincib1e") is a scanning error of the source: kept verbatim and
  recorded in ``sic`` with the letter meant (1 for l, 0 for o); other misprints ("It may he
  taken") are reviewed overrides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core.extract.names import DATE, Citation, Names, parse_citation
from bot.core.extract.paragraphs import Layout, Paragraph, layout
from bot.core.extract.reading import Proposal, propose_passages
from bot.core.models import PassageKind

_MARKER = re.compile(r"<sup>(\d+)</sup>")
_CITATION = re.compile(r"^[\s.,;:]*\(((?:[^()]|\([^()]*\))*)\)")
_CONTINUATION = re.compile(
    r"(?i)\b(same (?:report|speech|work|article)|continue[sd]|again|added|adds|goes on(?:to)?)\b"
)
# A citation after the rest of the essay's sentence: ... to “extirpate ...” this illness. (Title)
_LATER_CITATION = re.compile(r"^[^“”()]*?[.;]\s*\(((?:[^()]|\([^()]*\))*)\)")
# A transcript remark right after a closing mark, e.g. 'any work” (General laughter.)'
_INTERJECTION = re.compile(r"^\s*\((?:General laughter|Laughter|Applause|Voices)", re.IGNORECASE)
_RELAYS = re.compile(r"\b(?:quoted|quotes|cited|cites|quoting|citing)\b")
_ALL_QUOTES = re.compile(r"\(all (?:quotes|quotations) from ([^()]+)\)", re.IGNORECASE)
_LIST_DASHES = ("– ", "- ", "— ")
_PAGE_ONLY = re.compile(r"\((?:[Pp]{1,2}\.?\s?|[Pp]ages?\s)\d+(?:\s?[-–]\s?\d+)?\)")
_PRONOUN = re.compile(r"^(?:he|she|they)(?: also)?$", re.IGNORECASE)
_MIN_COMMENTARY_WORDS = 6
_MAX_HEADING_WORDS = 15
_BRACKETS = re.compile(r"\[[^\[\]]*\]")
_OMISSION = re.compile(r"^\[[\s.…]*\]$")
# "(Voices : ‘Quite right!’ Applause.)": words from the hall inside a speech's transcript.
# A scanning error: the digit 1 or 0 for a letter, inside a word.
_DIGIT_IN_WORD = re.compile(r"(?<![\w’'-])[A-Za-z]+[01][A-Za-z]+(?![\w’'-])")
_DIGIT_LETTERS = str.maketrans({"1": "l", "0": "o"})
_REMARK = re.compile(r"\((?P<name>[A-Z][\w ]*?)\s*:\s*[‘“](?P<words>[^‘’“”]+)[’”]")


@dataclass
class Draft:
    """A passage before ids, topics and reviewed overrides are applied."""

    kind: PassageKind
    speaker: str | None
    text: str
    start: int
    end: int
    work: str | None = None
    date: str | None = None
    page: str | None = None
    via: str | None = None
    attributed_by: str | None = None
    removed: list[tuple[int, int]] = field(default_factory=list)
    insertions: list[tuple[int, int]] = field(default_factory=list)
    inserted_by: list[str] = field(default_factory=list)
    sic: list[tuple[int, int, str]] = field(default_factory=list)
    note: str | None = None


@dataclass(frozen=True)
class _Region:
    """Where a quotation stands: (paragraph index, start, end) per paragraph it covers."""

    parts: tuple[tuple[int, int, int], ...]
    lead: str
    trailing: str

    @property
    def first(self) -> int:
        return self.parts[0][0]

    @property
    def last(self) -> int:
        return self.parts[-1][0]


def _stray_close(paragraphs: tuple[Paragraph, ...], row: int, offset: int) -> bool:
    """A closing mark inside a transcript: a remark such as "(General laughter.)" follows it
    and the next paragraph reopens the quotation, so the speech goes on."""
    following = row + 1 < len(paragraphs) and paragraphs[row + 1].text.startswith("“")
    return following and bool(_INTERJECTION.match(paragraphs[row].text[offset + 1 :]))


def _scan_curly(paragraphs: tuple[Paragraph, ...]) -> list[_Region]:
    regions = []
    index = 0
    position = 0
    while index < len(paragraphs):
        text = paragraphs[index].text
        opening = text.find("“", position)
        if opening < 0:
            index += 1
            position = 0
            continue
        parts = []
        row, begin, cursor, depth = index, opening + 1, opening + 1, 1
        closed_at = -1
        while closed_at < 0:
            current = paragraphs[row].text
            for offset in range(cursor, len(current)):
                char = current[offset]
                depth += (char == "“") - (char == "”")
                if depth == 0:
                    if _stray_close(paragraphs, row, offset):
                        depth = 1
                        continue
                    closed_at = offset
                    break
            if closed_at >= 0:
                parts.append((row, begin, closed_at))
                break
            parts.append((row, begin, len(current)))
            row += 1
            if row >= len(paragraphs):
                break
            following = paragraphs[row].text
            begin = cursor = 1 if following.startswith("“") else 0
        if closed_at < 0:  # never closed: not a quotation
            index += 1
            position = 0
            continue
        regions.append(_Region(tuple(parts), text[:opening], paragraphs[row].text[closed_at + 1 :]))
        index, position = row, closed_at + 1
    return regions


def _scan_straight(paragraphs: tuple[Paragraph, ...]) -> list[_Region]:
    regions = []
    for index, paragraph in enumerate(paragraphs):
        marks = [m.start() for m in re.finditer('"', paragraph.text)]
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            regions.append(
                _Region(
                    ((index, opening + 1, closing),),
                    paragraph.text[:opening],
                    paragraph.text[closing + 1 :],
                )
            )
    return regions


def _offset_in(paragraph: Paragraph, source_offset: int) -> int:
    """Where the source offset ``source_offset`` stands in ``paragraph``'s text."""
    for piece in paragraph.pieces:
        if piece.start <= source_offset <= piece.end:
            return piece.offset + source_offset - piece.start
    return len(paragraph.text)


def _fold_quotes(text: str) -> str:
    return " ".join(re.sub(r"[“”‘’\"']", " ", text).casefold().split())


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` containing ``text[start:end]``, with that stretch blanked."""
    before = text[:start]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    after = text[end:]
    stop = re.search(r"[.?!](?:\s|$)", after)
    tail = after[: stop.start()] if stop else after
    return before[cut + 1 :] + " " * (end - start) + tail


def _last_sentence(text: str) -> str:
    stripped = text.rstrip()
    cut = max(stripped.rfind(". "), stripped.rfind("? "), stripped.rfind("! "))
    return stripped[cut + 1 :]


def _is_heading(text: str) -> bool:
    """A markdown heading, or one short line that ends without a full stop, colon or ellipsis
    and holds one sentence ("What is bureaucracy?", "Inner-party democracy")."""
    if text.startswith("#"):
        return True
    text = _MARKER.sub("", text).rstrip()  # "… the forge.<sup>1</sup>" ends with its full stop
    if "\n" in text or len(text.split()) > _MAX_HEADING_WORDS or text.endswith((".", ":", "…")):
        return False
    return re.search(r"[.?!…]\s", text) is None and not text.endswith(("”", '"'))


class _Reader:
    def __init__(
        self, text: str, names: Names, author: str, insertion_mark: str, editor: str | None
    ) -> None:
        self.text = text
        self.names = names
        self.author = author
        self.editor = editor or author
        self.insertion_mark = insertion_mark
        self.layout: Layout = layout(text)
        self.previous: Draft | None = None
        self.last_note: Citation | None = None
        self.last_work: str | None = None
        self.quoted: list[Draft] = []

    # -- text and offsets ------------------------------------------------------------------

    def _slice(self, row: int, a: int, b: int) -> tuple[str, int, int, list[tuple[int, int]]]:
        """Paragraph ``row``'s text[a:b] without footnote markers, its source span, debris."""
        paragraph = self.layout.paragraphs[row]
        chunk = paragraph.text[a:b]
        a += len(chunk) - len(chunk.lstrip())
        b -= len(chunk) - len(chunk.rstrip())
        removed = paragraph.gaps(a, b)
        for marker in _MARKER.finditer(paragraph.text, a, b):
            removed.append(
                (paragraph.source_offset(marker.start()), paragraph.source_offset(marker.end()))
            )
        clean = _MARKER.sub("", paragraph.text[a:b])
        return clean, paragraph.source_offset(a), paragraph.source_offset(b), removed

    # -- attribution ---------------------------------------------------------------------------

    def _footnote(self, region: _Region, display: bool) -> Citation | None:
        trailing = region.trailing
        if not display:
            trailing = _sentence_around(" " + trailing, 0, 1)
        marker = re.match(r"^[^<“”]*?<sup>(\d+)</sup>", trailing)
        if not marker:
            return None
        note = self.layout.footnotes.get(marker.group(1))
        if note is None:
            return None
        citation = parse_citation(note.text, self.names)
        if citation.ibid:
            citation = self.last_note or Citation()
        if citation.work is None and citation.speaker is None:
            return None
        self.last_note = citation
        return citation

    def _attribute(self, region: _Region, draft: Draft, display: bool) -> None:
        paragraphs = self.layout.paragraphs
        lead = region.lead
        if not lead.strip() and region.first > 0:
            previous_text = paragraphs[region.first - 1].text
            if previous_text.rstrip().endswith(":"):
                lead = previous_text
        if not display:
            first, a, b = region.parts[0]
            lead = _sentence_around(paragraphs[first].text, a - 1, b + 1)
        lead = _MARKER.sub("", lead)
        lead_works = self.names.works_in(lead)
        sentence = _last_sentence(lead) if display else lead
        sentence_works = self.names.works_in(sentence)
        speakers = [
            m.id
            for m in self.names.speakers_in(sentence, skip=sentence_works)
            if m.id != self.author
        ]
        lead_speakers = [
            m.id for m in self.names.speakers_in(lead, skip=lead_works) if m.id != self.author
        ]
        via = None
        relay = _RELAYS.search(sentence)
        if len(speakers) >= 2 and relay:
            via, speakers = speakers[0], speakers[1:]
        elif len(speakers) == 1 and relay and _PRONOUN.match(sentence[: relay.start()].strip()):
            # "He cited a Soviet emigre ... as saying:": "he" is the last person named before.
            earlier = [s for s in lead_speakers if s != speakers[0]]
            via = earlier[-1] if earlier else None
        citation = Citation()
        cited = (
            _CITATION.match(region.trailing) if display else _LATER_CITATION.match(region.trailing)
        )
        how = None
        if cited:
            citation = parse_citation(cited.group(1), self.names)
            how = "parenthetical"
        note = self._footnote(region, display)
        if note is not None:
            citation, how = note, "footnote"

        work = citation.work
        if citation.page_only:
            work = lead_works[-1].id if lead_works else self.last_work
            how = "back-reference"
        if work is None and lead_works:
            work = lead_works[-1].id
        speaker = citation.speaker if not citation.page_only else None
        if how == "footnote" and display and sentence.rstrip().endswith(":"):
            # "he himself said:<quotation><sup>5</sup>": the footnote names where the words
            # were printed; the lead-in says whose they are.
            speaker = speakers[0] if speakers else (lead_speakers[-1] if lead_speakers else speaker)
        if speaker is None and speakers:
            speaker = speakers[0]
            if how != "back-reference":
                how = "lead-in" if display else "context"
        relayed = citation.via is not None
        if speaker is None and not relayed and work is not None and self.names.works[work].author:
            speaker = self.names.works[work].author
            how = how or "lead-in"
        if speaker is None and lead_speakers and display:
            speaker, how = lead_speakers[-1], "lead-in"
        date = None if relayed else citation.date  # a relaying book's year is not the words'
        if date is None and display:
            found = DATE.search(lead if relayed else sentence)
            date = found.group(0) if found else None
        # No lead-in and no citation: the quotation carries on from the previous one.
        bare = display and not lead.strip() and how is None
        continues = bare or (display and _CONTINUATION.search(sentence) is not None)
        if self.previous is not None and (speaker is None or (continues and work is None)):
            if speaker is None:
                speaker, how = self.previous.speaker, "context"
            if continues and work is None and speaker in (self.previous.speaker, self.previous.via):
                work = self.previous.work
                date = date or self.previous.date
        if (
            work is None
            and via is not None
            and self.last_work is not None
            and self.names.works[self.last_work].author == via
        ):  # relayed without a title: the relayer's book cited just before ("(p180)")
            work = self.last_work
        if citation.page_only and work is not None and via is None and citation.via is None:
            # "(p185)" after someone else's words: that page of the book relays them
            author = self.names.works[work].author
            if author is not None and author != speaker:
                via = author
        draft.speaker = speaker
        draft.work = work
        draft.date = date
        draft.page = citation.page
        draft.via = citation.via or via
        draft.attributed_by = how
        if work is not None:
            self.last_work = work

    # -- passages --------------------------------------------------------------------------

    def _quotation(self, region: _Region) -> Draft:
        texts, removed = [], []
        start = end = 0
        for n, (row, a, b) in enumerate(region.parts):
            clean, s, e, gone = self._slice(row, a, b)
            texts.append(clean)
            removed += gone
            if n == 0:
                start = s
            end = e
        text = "\n\n".join(texts)
        draft = Draft(kind="quotation", speaker=None, text=text, start=start, end=end)
        draft.removed = removed
        return draft

    def _mark_insertions(self, draft: Draft) -> None:
        """Square brackets in ``draft``: whose insertions they are (see the module's doc)."""
        draft.insertions, draft.inserted_by = [], []
        for bracket in _BRACKETS.finditer(draft.text):
            if _OMISSION.match(bracket.group(0)):
                continue
            if draft.kind == "commentary":
                owner = self.editor
            elif bracket.group(0).endswith(self.insertion_mark + "]"):
                owner = self.author
            else:
                owner = draft.via or self.author
            draft.insertions.append((bracket.start(), bracket.end()))
            draft.inserted_by.append(owner)

    def _remarks(self, outer: Draft) -> list[Draft]:
        """Transcript remarks inside ``outer`` that quote a registered speaker ("Voices")."""
        found = []
        for remark in _REMARK.finditer(self.text, outer.start, outer.end):
            speaker = self.names.speaker_named(remark.group("name"))
            if speaker is None or speaker == outer.speaker:
                continue
            words = remark.group("words").strip()
            start = remark.start("words") + remark.group("words").index(words)
            found.append(
                Draft(
                    kind="quotation",
                    speaker=speaker,
                    text=words,
                    start=start,
                    end=start + len(words),
                    work=outer.work,
                    page=outer.page,
                    via=outer.speaker,
                    attributed_by="transcript",
                )
            )
        return found

    def _collective_citations(self) -> dict[int, tuple[str, str | None]]:
        """Rows of a dashed list whose last item ends "(all quotes from Pravda)": every phrase
        quoted in the list is Pravda's, relayed by whoever the list's lead-in names
        ("According to the Webbs, the features ... were as follows:")."""
        rows: dict[int, tuple[str, str | None]] = {}
        paragraphs = self.layout.paragraphs
        for end, paragraph in enumerate(paragraphs):
            found = _ALL_QUOTES.search(paragraph.text)
            speaker = self.names.speaker_named(found.group(1)) if found else None
            if speaker is None:
                continue
            start = end
            while start > 0 and paragraphs[start - 1].text.startswith(_LIST_DASHES):
                start -= 1
            via = None
            if start > 0 and paragraphs[start - 1].text.rstrip().endswith(":"):
                lead = paragraphs[start - 1].text
                named = self.names.speakers_in(lead, skip=self.names.works_in(lead))
                via = named[0].id if named and named[0].id != speaker else None
            for row in range(start, end + 1):
                rows[row] = (speaker, via)
        return rows

    def _echo(self, draft: Draft, display: bool) -> None:
        """Words that repeat the same speaker's earlier quotation come from its work: a phrase
        in the essay's own sentence ("all the “sins of the past” that Lenin had referred to"),
        or a displayed quotation cited only by the speaker's name ("(JV Stalin)")."""
        phrase = _fold_quotes(draft.text).rstrip(" .,;:")
        if display and len(phrase.split()) < _MIN_COMMENTARY_WORDS:
            return
        for earlier in reversed(self.quoted):
            if earlier.speaker == draft.speaker and phrase in _fold_quotes(earlier.text):
                draft.work, draft.date = earlier.work, draft.date or earlier.date
                return

    def _note_back_reference(self, text: str) -> None:
        """The essay's own "Thurston noted that ... (p180)": that person's one book is now
        the work named just before, for later page-only citations and relayed words."""
        if not _PAGE_ONLY.search(text):
            return
        for mention in self.names.speakers_in(text, skip=self.names.works_in(text)):
            books = [w.id for w in self.names.works.values() if w.author == mention.id]
            if len(books) == 1:
                self.last_work = books[0]
                return

    def _is_display(self, region: _Region) -> bool:
        if len(region.parts) > 1 or not region.lead.strip():
            return True
        if region.lead.rstrip().endswith((":", ",")):
            return True
        rest = _CITATION.sub("", region.trailing)
        return not _MARKER.sub("", rest).strip(" .,;")

    def _commentary(self, row: int, a: int, b: int) -> Draft | None:
        clean, start, end, removed = self._slice(row, a, b)
        if len(clean.split()) < _MIN_COMMENTARY_WORDS or clean.startswith("#"):
            return None
        return Draft(
            kind="commentary",
            speaker=self.author,
            text=clean,
            start=start,
            end=end,
            attributed_by="author",
            removed=removed,
        )

    @staticmethod
    def _counts(draft: Draft, display: bool, curly: bool) -> bool:
        """Whether quoted words are a quotation, not scare quotes, a title or a term.

        A displayed quotation (its own paragraph, or introduced by a lead-in) counts when a
        speaker is found. Quoted words inside a sentence count when a footnote attributes them
        or, with curly quotes, when the sentence names who said them or a citation closes it.
        """
        if draft.speaker is None:
            return False
        if display:
            return True
        return draft.attributed_by == "footnote" or (
            curly and draft.attributed_by in ("context", "parenthetical")
        )

    # -- what the reading extractor finds ------------------------------------------------------

    def _proposed(self) -> list[Proposal]:
        """The quotations :mod:`bot.core.extract.reading` finds in the same text: how a group's
        reading is read (block quotations, a pronoun after a split quotation), so the reviewed
        corpus never keeps as the author's words what ``lectern ingest`` shows as a quotation."""
        author = self.names.speakers.get(self.author)
        proposals = propose_passages(self.text, author=author.name if author else self.author)
        return [p for p in proposals if p.kind == "quotation"]

    def _registered_speaker(self, name: str | None) -> str | None:
        """The registered speaker (not the essay's author) ``name`` spells, in any case."""
        folded = (name or "").casefold().strip()
        for speaker in self.names.speakers.values():
            spellings = (s.casefold() for s in (speaker.name, *speaker.aliases))
            if folded and speaker.id != self.author and folded in spellings:
                return speaker.id
        return None

    def _adopt(self, draft: Draft, proposal: Proposal) -> bool:
        """Take the reading extractor's attribution of the same words when it names a
        registered speaker (the build only publishes registered ones); True if it did."""
        speaker = self._registered_speaker(proposal.speaker_name)
        if speaker is None:
            return False
        title = (proposal.work_title or "").casefold()
        works = [
            w.id
            for w in self.names.works.values()
            if title and title in (t.casefold() for t in (w.title, *w.aliases))
        ]
        draft.speaker, draft.work = speaker, works[0] if works else None
        draft.page, draft.date = proposal.page, proposal.date
        draft.via = self._registered_speaker(proposal.via_name)
        draft.attributed_by = proposal.attributed_by
        return True

    def _found_by_reading_only(
        self, proposed: list[Proposal], regions: list[_Region]
    ) -> list[Draft]:
        """Quotations the reading extractor finds where this reader's scan sees none (an
        indented, ``>`` or ``<blockquote>`` paragraph with no quote mark; single quotes), with
        a registered speaker."""
        spans = [(d.start, d.end) for d in map(self._quotation, regions)]
        paragraphs = self.layout.paragraphs
        drafts = []
        for proposal in proposed:
            if any(a < proposal.end and proposal.start < b for a, b in spans) or not any(
                p.start <= proposal.start < p.end for p in paragraphs
            ):  # quoted by this reader already, or not in the body (a footnote)
                continue
            draft = Draft("quotation", None, proposal.text, proposal.start, proposal.end)
            draft.removed = list(proposal.removed)
            if self._adopt(draft, proposal):
                drafts.append(draft)
        return drafts

    def read(self, title: str) -> list[Draft]:
        paragraphs = self.layout.paragraphs
        curly = "“" in self.text
        regions = _scan_curly(paragraphs) if curly else _scan_straight(paragraphs)
        proposed = self._proposed()
        by_span = {(p.start, p.end): p for p in proposed}
        drafts: list[Draft] = []
        covered: dict[int, list[tuple[int, int]]] = {}
        after: dict[int, int] = {}  # row -> where its last displayed quotation closed
        by_first: dict[int, list[_Region]] = {}
        for region in regions:
            by_first.setdefault(region.first, []).append(region)
        collective = self._collective_citations()
        for row in range(len(paragraphs)):
            if row not in by_first:
                self._note_back_reference(paragraphs[row].text)
            for region in by_first.get(row, []):
                display = self._is_display(region)
                draft = self._quotation(region)
                self._attribute(region, draft, display)
                if row in collective:
                    draft.speaker, draft.via = collective[row]
                    draft.attributed_by = "parenthetical"
                same = by_span.get((draft.start, draft.end))
                adopted = (
                    same is not None
                    and same.attributed_by not in (None, "continued")
                    and (draft.speaker is None or draft.attributed_by == "context")
                    and self._registered_speaker(same.speaker_name) != draft.speaker
                    and self._adopt(draft, same)
                )  # "“…,” she said, “…”": nobody named here, or only an earlier quotation's
                if not adopted and not self._counts(draft, display, curly):
                    continue
                display = display or adopted  # shown as the reading extractor shows it
                if draft.work is None:
                    self._echo(draft, display)
                self._mark_insertions(draft)
                self.quoted.append(draft)
                drafts.append(draft)
                drafts += self._remarks(draft)
                self.previous = draft
                if display:
                    for part_row, a, _b in region.parts:
                        covered.setdefault(part_row, []).append((a if part_row == row else 0, -1))
                    last_row, _a, closed_at = region.parts[-1]
                    after[last_row] = max(after.get(last_row, 0), closed_at + 1)
        for draft in self._found_by_reading_only(proposed, regions):
            self._mark_insertions(draft)
            drafts.append(draft)
            rows = [
                r for r, p in enumerate(paragraphs) if draft.start < p.end and p.start < draft.end
            ]
            first, last = paragraphs[rows[0]], paragraphs[rows[-1]]
            lead = self.text[first.start : draft.start]
            if re.search(r"\w", lead) and not re.search(r"[:,]\s*\W?$", lead):
                continue  # words quoted inside the author's sentence: it stays whole commentary
            for part_row in rows:  # shown on its own: the author's words stop where it opens
                begin = _offset_in(first, draft.start) if part_row == rows[0] else 0
                covered.setdefault(part_row, []).append((begin, -1))
            closed = _offset_in(last, draft.end) + 1
            after[rows[-1]] = max(after.get(rows[-1], 0), closed)
        return self._with_commentary(drafts, covered, after, title)

    def _heading(self, row: int) -> Draft:
        paragraph = self.layout.paragraphs[row]
        markup = len(paragraph.text) - len(paragraph.text.lstrip("# "))
        clean, start, end, removed = self._slice(row, markup, len(paragraph.text))
        return Draft(
            kind="heading",
            speaker=self.author,
            text=clean,
            start=start,
            end=end,
            attributed_by="author",
            removed=removed,
        )

    def _after_quotation(self, row: int, closed: int) -> Draft | None:
        """The author's words after a displayed quotation (and its citation) in its paragraph:
        "” – not particularly helpful.", "". It is clear that the Party must ..."."""
        text = self.layout.paragraphs[row].text
        rest = text[closed:]
        cited = _CITATION.match(rest)
        if cited:
            rest = rest[cited.end() :]
        skipped = len(rest) - len(rest.lstrip(" .,;:\"'”’"))
        begin = len(text) - len(rest) + skipped
        if not re.search(r"\w", _MARKER.sub("", text[begin:])):
            return None
        clean, start, end, removed = self._slice(row, begin, len(text))
        return Draft(
            kind="commentary",
            speaker=self.author,
            text=clean,
            start=start,
            end=end,
            attributed_by="author",
            removed=removed,
        )

    def _footnote_remarks(self) -> list[Draft]:
        """The author's footnotes that say something rather than cite a work or a speaker."""
        drafts = []
        for note in self.layout.footnotes.values():
            cited = parse_citation(note.text, self.names)
            if cited.ibid or cited.work is not None or cited.speaker is not None:
                continue
            body = note.text.strip()
            start = self.text.index(body, note.start)
            drafts.append(
                Draft(
                    kind="commentary",
                    speaker=self.author,
                    text=body,
                    start=start,
                    end=start + len(body),
                    attributed_by="author",
                )
            )
        return drafts

    def _with_commentary(
        self,
        quotations: list[Draft],
        covered: dict[int, list[tuple[int, int]]],
        after: dict[int, int],
        title: str,
    ) -> list[Draft]:
        drafts = list(quotations)
        for row, paragraph in enumerate(self.layout.paragraphs):
            spans = covered.get(row)
            if not spans and (paragraph.text.strip("# ") == title or _is_heading(paragraph.text)):
                drafts.append(self._heading(row))
                continue
            if not spans:
                draft = self._commentary(row, 0, len(paragraph.text))
            else:
                opening = min(a for a, _ in spans)
                draft = self._commentary(row, 0, max(opening - 1, 0)) if opening > 0 else None
                if row in after:
                    trailing = self._after_quotation(row, after[row])
                    if trailing is not None:
                        drafts.append(trailing)
            if draft is not None:
                drafts.append(draft)
        drafts += self._footnote_remarks()
        for draft in drafts:
            if draft.kind == "commentary":
                self._mark_insertions(draft)
            draft.sic = [
                (m.start(), m.end(), m.group(0).translate(_DIGIT_LETTERS))
                for m in _DIGIT_IN_WORD.finditer(draft.text)
            ]
        return sorted(drafts, key=lambda d: (d.start, d.kind != "commentary"))


def extract_essay(
    text: str,
    *,
    title: str,
    author_speaker: str,
    names: Names,
    insertion_mark: str = "– CR",
    editor: str | None = None,
) -> list[Draft]:
    """Every quotation, commentary paragraph and heading of one essay, in text order."""
    return _Reader(text, names, author_speaker, insertion_mark, editor).read(title)

"""The reader that ties the layers together: it walks the blocks, finds quotations (inline,
block, running over paragraphs, nested) and attributes each; ``propose_passages`` runs it."""

from __future__ import annotations

import re
import time
from dataclasses import replace

from bot.core.extract.reading.blocks import DOCUMENT_LABEL, _Block
from bot.core.extract.reading.captions import (
    SOURCE_LABEL,
    SOURCED,
    programme_line,
    read_caption,
    read_credit,
)
from bot.core.extract.reading.citations import _INVERTED_REFERENCE
from bot.core.extract.reading.cited_first import (
    ENTRY_AUTHOR_SAYS,
    PRINTS,
    cited_first,
    reading_list_entry,
)
from bot.core.extract.reading.contributions import (
    handle_in_lead,
    kin_named,
    kin_said,
    quote_header,
)
from bot.core.extract.reading.doubts import NO_SPEAKER, settled
from bot.core.extract.reading.frames import caption_subject, framed_by
from bot.core.extract.reading.identified import Identified, identified_after
from bot.core.extract.reading.model import Cite, Proposal
from bot.core.extract.reading.narrative import as_the_text_writes
from bot.core.extract.reading.phrases import (
    _is_person_noun,
    _same_person,
    _title_case,
    _without_honorific,
    _words,
)
from bot.core.extract.reading.quotebook import Entry
from bot.core.extract.reading.scope import LIST_MARKER, MY_DOCUMENT, OUR_TITLE, _ScopeReading
from bot.core.extract.reading.signatures import (
    _MAX_LINE_WORDS,
    _MAX_SIGNATURE_LINES,
    closing_start,
    read_signature,
    signature_start,
    signature_under,
    signed_in_sentence,
)
from bot.core.extract.reading.spans import _QuotationSpans
from bot.core.extract.reading.talks import party_heading
from bot.core.extract.reading.vocabulary import (
    _APPOSED_TITLE_LEAD,
    _ATTRIBUTION_LINE,
    _BACK_REFERENCE,
    _BRACKETED_LOCATOR,
    _FIRST_PERSON,
    _GIVEN_AS_SPEECH,
    _INTRODUCED_WORDS,
    _MAX_CAPTION_WORDS,
    _MAX_TITLE_WORDS,
    _MIN_COMMENTARY_WORDS,
    _MIN_QUOTATION_WORDS,
    _MIN_UNNAMED_QUOTATION_WORDS,
    _NOT_A_TITLE,
    _NOT_NAMES,
    _PAGE_TOLD,
    _POSSESSIVE_LEAD,
    _PRONOUN_VERB,
    _SAID_AFTER,
    _SENTENCE_BREAK,
    _SPEECH_VERBS,
    _TERM_OF_ART,
    _WORDS_LEAD,
)
from bot.core.models import PassageKind

# the writer's own text as revised, named by its place in it: "The sentence at ll. 22–23 now
# reads:", "The new paragraph (ll. 201–204) reads:", "Clause 4 will now read:"
_OWN_TEXT_NOW = re.compile(
    r"^\W*(?:The|This|That|Our|My|Its)\s+(?P<new>(?:new|revised|amended|corrected|added|"
    r"rewritten|redrafted)\s+)?(?:[a-z]+\s+)?(?:sentence|sentences|paragraph|paragraphs|clause|"
    r"passage|section|line|lines|wording|definition|abstract|caption|conclusion|text)\b"
    r"(?P<place>[^!?:“”\"]{0,60}?)\s*(?P<now>now\s+(?:reads|runs|says|stands)|(?:will|should|shall)"
    r"\s+(?:now\s+)?read|reads)\s*:?\s*$"
)
# where in the writer's text: "ll. 22–23", "lines 140-142", "l. 9"
_LINES = re.compile(r"\b(?P<mark>ll?\.|lines?)\s*(?P<first>\d+)(?:\s*[–-]\s*(?P<last>\d+))?")
# some of the readers a text addresses, as the subject of saying: "Several of you wrote that"
_SOME_OF_YOU = re.compile(
    r"\b(?P<name>(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]\s+few|"
    r"[Aa]\s+number)\s+of\s+you)\s+(?:\w+ly\s+|also\s+|have\s+)?"
    rf"(?:{_SPEECH_VERBS}|asked|wrote|written)\b[^.!?]*$"
)
# a letter's "you" saying the words, or the addressee's own document saying them: "You wrote
# that", "at the meeting you assured us that", "Your report calls it", "your own letter says"
_YOU_SAID = re.compile(
    r"\b(?:[Yy]ou\s+(?:(?:\w+ly|also|yourself|once|then|have|had|did|even|still)\s+){0,2}"
    rf"(?:{_SPEECH_VERBS}|assured|promised|put\s+it)"
    r"|[Yy]our\s+(?:own\s+)?(?:[a-z]+\s+)?(?:letter|e-?mail|note|report|plan|statement|reply|"
    r"response|paper|submission|comments?|words|article|column|review|speech|message|leaflet|"
    r"proposal|decision|notice|minute|post|editorial|leader)\s+(?:\w+ly\s+)?(?:says|said|reads|"
    r"read|calls|called|states|stated|puts|put|describes|described|argues|argued|claims|claimed|"
    r"ends|ended|opens|opened|concludes|concluded|promises|promised|insists|insisted)"
    # "in your own words", "to quote you", "as you put it"
    r"|\b[Ii]n\s+your\s+(?:own\s+)?words|\b[Tt]o\s+quote\s+you)\b[^.!?]*$"
)

# a sentence after a block quotation that says where it stands in a recording: "That is ep. 3,
# 22:10, and …", "This comes at episode two, 14:05."
_PLACE_SENTENCE = re.compile(
    r"(?:That|This)\s+(?:is|was|comes\s+(?:at|from))\s+(?P<at>(?i:ep|eps|episode)\.?\s*"
    r"(?:\d{1,3}|[a-z]+),?\s*(?:at\s+)?(?:\d{1,2}:)?\d{1,2}:\d{2})\b"
)


# a time code opening a paragraph, as a catalogue or transcript of a recording sets each
# extract ("[03:15] “…”", "01:12:40 MS: “…”"): where in the recording the words are, no lead-in
_TIME_CODE_OPENING = re.compile(r"\s*[\[(]?(?P<at>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?[ \t]+(?=\S)")

# a time code that is a place in a recording, not the hour a blog or a log was written at:
# in brackets ("[03:15]") or with its hours ("00:12:04")
_A_RECORDINGS_PLACE = re.compile(r"\s*(?:[\[(]|\d{1,2}:\d{2}:\d{2})")

# a lead-in that only says what the words are about: "On his father:", "On the stoppage of
# 1949, and the union man:"
_TOPIC_LEAD = re.compile(r"\s*(?:On|About|Concerning)\s+[^.!?:;“”\"]{2,100}:\s*")
# what makes such an opening a sentence of its own, with a subject and a verb, or a place in a
# book ("On page 57 she is as blunt as ever:", "On the 14th they were at Leeds:")
_CLAUSE_WORDS = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou|is|was|are|were|has|had|gives|gave|page|pp?\.)(?![\w’'])"
)

# the number or mark a note begins with: "4.", "12", "¹", "[^3]:", "<sup>2</sup>", "*"
_NOTE_MARKER = re.compile(r"(?:\[\^?\d+\]:?|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}[.)]?|[*†‡§]+)\s+")

# a line that says it signs the paragraph above it
_SIGNED_LINE = re.compile(r"(?:—|–|--|―|Posted\s+by\s|Reply\s+from\s|Sent\s+by\s|Signed\b)")

# a short parenthesis alone on a block's last line, "(JRH)", "(SL in litt.)": the block's
# citation line (an observer's initials, a key), never part of the quoted words
_CITATION_LINE = re.compile(r"\s*\n[ \t>]*\((?:[^()\n]){1,40}\)\s*[.]?")
# a numbered point's label opening a quoted block, in bold or not: "1.1", "**2.3**", "A1", "B12"
# (never a year, a date or a count, which are words of the block)
_POINT_LABEL = re.compile(
    r"[ \t]*(?P<bold>\*\*)?(?:\d{1,2}\.\d{1,2}|[A-Z]\d{1,2})\.?(?(bold)\*\*)\.?[ \t]+(?=[“\"‘'A-Z])"
)


def _source_line_shaped(block: _Block) -> bool:
    """Whether a paragraph next to a block may be its source line: a paragraph, or a line
    set as a heading only by its shape when it dates or pages a source ("Notice posted on the
    door by the Dale Trust, March 2023", "Ann Lee, letter to the *Courier*, 12 May 2023"); a
    heading the text marks as one ("## Letters from the Front") never is."""
    if not block.heading:
        return True
    return not block.text.startswith("#") and (
        SOURCED.search(block.text) is not None or programme_line(block.text)
    )


# a lead-in that gives the form someone's words usually go about in, which is not what they
# said: "usually quoted as", "often given as", "widely shared online as", "misquoted as"
_MISQUOTED_AS = re.compile(
    r"\b(?:(?:usually|often|commonly|widely|generally|popularly|wrongly|mostly|frequently)\s+"
    r"(?:mis)?(?:quoted|given|cited|shared|remembered|rendered|printed|reported|repeated|"
    r"heard|attributed|misquoted)|misquoted|misremembered|misreported)"
    r"(?:\s+[a-z]+){0,2}?\s+as\s*[:,]?\s*$",
    re.IGNORECASE,
)
# words set in bold: "**Ann Lee**", "__Ann Lee__"
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# a note called at the end of a line: "[6]", "[^2]", "<sup>3</sup>", "⁴"
_NOTE_CALLED = re.compile(r"(?:\[\^?\w{1,3}\]|<sup>[^<]{1,6}</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\W*$")
# the most a paragraph quoting one source may hold besides the words: a label ("ARCHIVE: ")
# and their marks
_MAX_LABEL_CHARS = 24


class _Reader(_ScopeReading, _QuotationSpans):
    """Reads a whole text into proposals."""

    def _proposal(
        self, start: int, end: int, removed: list[tuple[int, int]], kind: PassageKind = "quotation"
    ) -> Proposal:
        debris = [(a, b) for a, b in self.debris if start <= a and b <= end]
        removed = sorted({*removed, *debris})
        kept, position = [], start
        for a, b in sorted(removed):
            kept.append(self.text[position:a])
            position = b
        kept.append(self.text[position:end])
        text = "".join(kept)
        proposal = Proposal(kind=kind, text=text, start=start, end=end, removed=removed)
        if kind == "quotation":
            proposal.insertions = self._insertions(text)
        return proposal

    def _block_quotation(self, run: list[_Block]) -> tuple[int, int, list[tuple[int, int]], str]:
        """The span of consecutive block paragraphs, without '>'/indent prefixes, wrapping
        quote marks or a citation at their end; returns (start, end, removed, tail)."""
        removed: list[tuple[int, int]] = []
        for block in run:
            for line in re.finditer(
                r"^[ \t]*(?:>[ \t]?)*", self.text[block.start : block.end], re.M
            ):
                if line.end() > line.start() and line.start() > 0:
                    removed.append((block.start + line.start(), block.start + line.end()))
        first, last = run[0], run[-1]
        start = first.start + len(re.match(r"^(?:>[ \t]?)*", first.text).group(0))  # type: ignore[union-attr]
        end = last.end
        body = self.text[start:end]
        tail = ""
        cited = re.search(r"\s*\((?P<body>(?:[^()]|\([^()]*\))*)\)\s*[.]?$", body)
        # a reference work sets a block's citation in square brackets: "[Pennock, 112–13]"
        bracketed = re.search(r"\s*\[(?P<body>[^\[\]]*[A-Za-z][^\[\]]*\d[^\[\]]*)\]\s*$", body)
        if cited and (
            self.parse_cite(cited.group("body")) is not None
            or _CITATION_LINE.fullmatch(body[cited.start() :]) is not None
        ):
            tail = body[cited.start() :]
            end = start + cited.start()
        elif bracketed and self.parse_cite(bracketed.group("body")) is not None:
            tail = f"({bracketed.group('body')})"
            end = start + bracketed.start()
        signed_at = signature_start(self.text[start:end], self._known_people())
        attribution = re.search(r"\n[ \t>]*(?:—|–|--|―)\s*[^\n]+$", self.text[start:end])
        if signed_at is None:
            signed_at = closing_start(self.text[start:end])  # its signer set under the block
        if signed_at is not None:  # "Yours faithfully, / J. R. Pike / Clerk to the Council"
            tail = self.text[start + signed_at : end] + tail
            end = start + signed_at
        elif attribution:
            tail = self.text[start + attribution.start() : end] + tail
            end = start + attribution.start()
        marker = re.search(
            r"(?:\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[.!?’”'\"])\d{1,3})$",
            self.text[start:end],
        )  # "… on a slate.4": an endnote number printed plain
        if marker:
            tail = self.text[start + marker.start() : end] + tail
            end = start + marker.start()
        label = _POINT_LABEL.match(self.text, start, end)
        if label:  # "1.1 The author repeatedly …": the letter's number for the point it quotes
            start = label.end()
        while start < end and self.text[start] in '“"«‘„ ':
            start += 1
        while end > start and (self.text[end - 1] in '”"»’“' or self.text[end - 1].isspace()):
            end -= 1
        return start, end, [r for r in removed if start <= r[0] < end], tail

    def _tail_cite(self, tail: str, following: _Block | None, under: list[str]) -> str:
        """The citation a block's tail or the line under it gives, as a parenthetical; a
        signature naming no work sets ``self.signature`` (its signer speaks) and gives none.
        A name set in bold in it ("— **Ann Lee**, keeper") is a name, never a title's
        italics."""
        text = _BOLD.sub(r"\2", tail.strip())
        under = [_BOLD.sub(r"\2", line) for line in under]
        if re.fullmatch(r"\d{1,3}", text):
            return f"[{text}]"  # an endnote number printed plain at the block's end
        signature = signature_under(text, under, self._known_people()) if text or under else None
        if signature is not None and signature.initials:
            signer = self._initials_signer(signature.signer)
            signature = replace(signature, signer=signer) if signer else None
            if signature is None:
                return ""  # initials nobody is named by: the lead-in says whose words
        if signature is not None and not signature.cited:
            self.signature = signature
            return ""
        if signature is not None:
            return "(" + signature.cited + ")"
        signed_after = signed_in_sentence(following.text) if following and not text else None
        if signed_after is not None:  # the paragraph under the block: "It was signed by …"
            self.signature = signed_after[0]
            return ""
        dash = _ATTRIBUTION_LINE.match(text.lstrip("> "))
        if dash:
            return "(" + dash.group("body").strip() + ")"
        if text:
            return text
        if following is not None and re.fullmatch(
            r"\[\^?\d{1,3}\]|<sup>\d{1,3}</sup>", following.text
        ):
            return following.text  # a note marker standing alone under the block
        if following is not None and re.fullmatch(r"\((?:[^()]|\([^()]*\))*\)\.?", following.text):
            return following.text
        located = _BRACKETED_LOCATOR.fullmatch(" " + following.text) if following else None
        if located is not None and self.parse_cite(located["body"]):
            return f"({located['body']})"  # "[Pennock, 112–13]" on a line of its own
        footer = following.text.strip() if following is not None else ""
        signed = _ATTRIBUTION_LINE.match(footer)
        if signed and "\n" not in footer:
            # "— Jane Polglase, Matron’s Journal, 14 January 1891" under the block (an HTML
            # <footer>), even when its shape made it a heading
            return "(" + signed.group("body").strip() + ")"
        if following is not None and not following.heading and self._caption(following.text):
            return "(" + following.text.strip().rstrip(".") + ")"
        placed = _PLACE_SENTENCE.match(footer)
        if placed:  # "That is ep. 3, 22:10, and the silence …": where the block stands
            return "(" + placed["at"] + ")"
        return ""

    def _known_people(self) -> set[str]:
        """The people the text has named so far, as written and without a courtesy title."""
        return {*self.people, *(re.sub(r"^(?:Mr|Mrs|Ms|Miss)\.?\s+", "", p) for p in self.people)}

    def _signed_below(self, body: list[_Block], index: int) -> bool:
        """Whether a paragraph is words signed by someone else on the line under it: a
        comment's "Posted by Name on …", a reply's "Reply from Name", an epigraph's "— Name";
        the text's own author signing it is no quotation."""
        if index + 1 >= len(body) or "\n" in body[index + 1].text.strip():
            return False
        line = body[index + 1].text.strip()
        # a signature set in italics ("*— Ann Lee, Dale Trust*") signs as one in roman
        line = re.sub(r"^([*_]{1,2})(?=\S)(.+?)(?<=\S)\1$", r"\2", line)
        if not _SIGNED_LINE.match(line):
            return False
        if self.talk is not None and self.talk.party and party_heading(line) is not None:
            return False  # words under a party's heading: the next party's heading, no signer
        signature = read_signature(line)
        return (
            signature is not None
            and not signature.initials
            and not _same_person(signature.signer, self.author)
            and len(body[index].text.split()) >= _MIN_QUOTATION_WORDS
        )

    def _signed_within(self, block: _Block) -> bool:
        """Whether a paragraph is words signed by someone else on its own last line, as an
        epigraph is ("The sea has no memory. / — Ann Lee, *Harbour Songs*"): the signature
        set under the words, not as a paragraph of its own."""
        words, _, line = block.text.rpartition("\n")
        if not words.strip() or not re.match(r"[ \t]*(?:—|–|--|―)\s*[A-Z]", line):
            return False
        if re.search(r"[“”\"«»]", words) or len(words.split()) < _MIN_QUOTATION_WORDS:
            return False  # (words quoting someone are a paragraph of the text's own)
        signature = read_signature(line.strip())
        return (
            signature is not None
            and not signature.initials
            and not _same_person(signature.signer, self.author)
        )

    def _initials_signer(self, initials: str) -> str | None:
        """Whom a signature's initials ("E. M. T.") stand for: the name a key spells out, else
        the one person the text names whose first and last names begin with the first and
        last initials."""
        if initials in self.people_keys:
            return self.people_keys[initials]
        fitting = {
            person
            for person in self.people
            if len(person.split()) >= 2
            and person.split()[0][:1] == initials[0]
            and person.split()[-1][:1] == initials[-1]
        }
        return fitting.pop() if len(fitting) == 1 else None

    def _caption(self, text: str) -> bool:
        """A line under a block quotation that only names its source, as a figure's caption
        does ("Ada Pell, Harbour Letters, p. 9"): names, a title and a page, no sentence."""
        words = re.findall(r"[^\W\d_][\w’'-]*", text)
        if "\n" in text.strip() or not 2 <= len(words) <= _MAX_CAPTION_WORDS or "," not in text:
            return False
        small = {"of", "the", "and", "in", "a", "an", "on", "for", "to", "at", "p", "pp", "ed"}
        if not all(w[:1].isupper() or w in small for w in words):
            return False
        cite = self.parse_cite(text)
        return cite is not None and bool(cite.speaker or cite.work) and not cite.via

    def read(self) -> list[Proposal]:
        proposals: list[Proposal] = []
        index = 0
        body = [b for b in self.blocks if b.role in ("body", "heading")]
        while index < len(body):
            self._check_deadline()
            block, at = body[index], index
            self._enter_block(block)
            read: list[Proposal] = []
            book = self.quotebook
            if book is not None and block.start in book.source_lines:
                pass  # an entry's source line, read with the words above it
            elif book is not None and block.start in book.entries:
                read = self._read_entries(book.entries[block.start])
            elif block.quote:
                run = [block]
                while index + 1 < len(body) and body[index + 1].quote:
                    index += 1
                    run.append(body[index])
                read = self._read_framed(run, body, index)
            elif block.heading:
                read = [self._heading(block)]
            elif (running := self._open_run(body, index)) is not None:
                read = self._read_run(body, index, *running)
                index = running[1]
            elif (last := self._turn_run(body, index)) is not None:
                read = self._read_block(body[index : last + 1], body, last)
                index = last
            elif (
                self._signed_below(body, index)
                or self._credited_below(body, index)
                or self._signed_within(block)
            ):
                read = self._read_block([block], body, index)
            else:
                read = self._read_paragraph(block, body[index - 1] if index else None)
                self._sourced_paragraph(read, body, index)
            if self.talk is not None and not block.heading:
                previous = body[at - 1] if at else None
                lead = previous.text if previous is not None and block.quote else ""
                # words set apart, as a block or a paragraph of their own: right under the
                # heading, or after a paragraph that does not lead into them
                apart = (
                    previous is None or previous.heading or not previous.text.rstrip().endswith(":")
                )
                for proposal in read:
                    before = lead + " " + self.text[block.start : proposal.start]
                    alone = block.quote or not before.strip(" \n>“\"‘'«")
                    self._in_talk(proposal, before, apart and alone)
            if not block.heading:
                for proposal in read:
                    self._in_made_work(proposal, self.text[block.start : proposal.start])
            if self.printed is not None and not block.heading:
                lead = body[index - 1].text if index and block.quote else ""
                for proposal in read:
                    self._in_printed(proposal, lead + " " + self.text[block.start : proposal.start])
            spoken = _Block(block.start, body[index].end, block.text, block.quote, block.heading)
            self._follow_exchange(spoken, read, talk=_talk(read) and not block.quote)
            self._leave_block(block, read)
            proposals += read
            index += 1
        for block in self.blocks:
            if block.role == "note":
                proposals += self._read_note(block)
        return proposals

    def _read_entries(self, entries: list[Entry]) -> list[Proposal]:
        """The entries of a book of quotations in one block: each entry's words a quotation
        without marks, attributed as its source line (or the heading over it) says."""
        read: list[Proposal] = []
        for entry in entries:
            proposal = self._proposal(entry.start, entry.end, list(entry.removed))
            self._captioned(proposal, entry.source, None)
            self.previous = proposal
            self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
            read.append(proposal)
        return read

    def _read_note(self, block: _Block) -> list[Proposal]:
        """A note's own quotations ("Ola Strand … asked me to add that “…” — Au.", "The
        original is «…» (p. 58)"): read line by line as a paragraph is, with the note's own
        lead-in and citation; a title a citation quotes ("‘Greens and the Law’, JPL 33") and
        words the text already quotes are none."""
        found: list[Proposal] = []
        position = block.start
        for line in block.text.split("\n"):
            start = position + len(line) - len(line.lstrip())
            end = position + len(line.rstrip())
            position += len(line) + 1
            marker = _NOTE_MARKER.match(self.text, start, end)
            start = marker.end() if marker else start
            if start >= end:
                continue
            entry = _Block(start, end, self.text[start:end], False, False)
            earlier = len(self.quoted)  # what the text quoted before this line of the note
            for proposal in self._read_paragraph(entry, None, nested=True):
                words = proposal.text.rstrip(" ,.")
                if (
                    proposal.kind == "quotation"
                    and len(words.split()) >= _MIN_QUOTATION_WORDS
                    and not _title_case(words)
                    and not _cited_article(
                        self.text[start : proposal.start], self.text[proposal.end : end]
                    )
                    # (not the line's own: a note may quote two people, each once)
                    and not any(_words(proposal.text) in w for _a, _b, w in self.quoted[:earlier])
                ):
                    found.append(proposal)
        return found

    def _read_run(
        self, body: list[_Block], index: int, opened: int, last: int, close: int
    ) -> list[Proposal]:
        first, end_block = body[index], body[last]
        previous_block = body[index - 1] if index else None
        proposals: list[Proposal] = []
        lead = first.text[:opened]
        narrated = False  # a speech the narrative says someone began, or a turn of talk
        talked = True  # whether the sentence before the speech says its speaker talked
        if lead.strip():
            proposals += self._read_paragraph(first, previous_block, until=opened)
            lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘«(]|$)", lead)[-1]
        elif previous_block is not None and previous_block.text.rstrip().endswith(":"):
            # a paragraph introducing the quotation; any other (one closing an earlier
            # quotation with its citation) says nothing about these words
            lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", previous_block.text)[-1]
        elif not self.exchange and (told := self._speech_introduced(previous_block)):
            lead, talked = told  # "She told me about the carters she had known." then her speech
            narrated = True
        opener = first.text[opened]
        marks = [(b.start, b.start + 1) for b in body[index + 1 : last + 1] if b.text[:1] == opener]
        start, end = first.start + opened + 1, end_block.start + close
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        proposal = self._proposal(start, end, marks)
        self.before, self.position = lead, end
        attributed = self._attribute(proposal, lead, end_block.text[close + 1 :], display=True)
        if proposal.speaker_name is None and self.scope_frame is not None:
            # an aside's words running over its paragraphs: the person its label names
            attributed = self._scoped(proposal, lead, "", True) or attributed
        if not attributed and not lead.strip() and self.exchange:
            narrated = self._next_turn(proposal)  # a speech of several paragraphs as a turn
        if narrated and not talked:
            self._beat_doubt(proposal)
        if first.text[:opened].strip():
            self._note_people(lead)
        self.previous = proposal
        self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
        proposals.append(proposal)
        if narrated and _talk([proposal]) and proposal.speaker_name:
            # a speech of several paragraphs in narrative ("“… And my husband said to him,
            # ‘You might have sent word,’ …”"): the words it recounts are part of it
            return proposals
        return proposals + self._nested(proposal)

    def _nested(self, outer: Proposal) -> list[Proposal]:
        """Quotations inside a quotation ("Lenin was right when he said: ‘…’", "(Voices:
        ‘Quite right!’)"), read by the same rules: passages of their own, relayed by the outer
        speaker and printed in the outer work at its page unless their own citation says where
        they are from. The outer passage stays whole."""
        saved = (self.previous, self.last_person)
        found: list[Proposal] = []
        for block in self.blocks:
            a, b = max(block.start, outer.start), min(block.end, outer.end)
            if a >= b or block.role not in ("body", "heading"):
                continue
            text = block.text[a - block.start : b - block.start]
            if (a - 1, a) in outer.removed or (a, a + 1) in outer.removed:
                text = " " + text[1:] if (a, a + 1) in outer.removed else text
            sub = _Block(a, b, text, False, False)
            found += [
                p
                for p in self._read_paragraph(sub, None, nested=True)
                if p.kind == "quotation"
                and p.speaker_name is not None
                and not p.unnamed
                and (
                    p.attributed_by in ("lead-in", "citation", "after", "continued")
                    or (  # "Lenin was right when he said: ‘…’": named in the same sentence
                        p.attributed_by == "pronoun"
                        and p.speaker_name.split()[-1]
                        in self.text[max(outer.start, p.start - 200) : p.start]
                    )
                )
            ]  # only words the outer speaker gives to someone named
        self.previous, self.last_person = saved
        # words said to the quoted speaker ("Old Renwick only said to us, ‘…’", "she came up to
        # me and said, “…”") are their own recollection, part of their words, not relayed
        found = [p for p in found if not self._said_to_narrator(outer, p)]
        # what the quoted speaker's own family said ("‘Dad always said, ‘…’’"): their
        # recollection, part of their words
        found = [p for p in found if not _FAMILY_WORD.fullmatch(p.speaker_name or "")]
        # words the reading already quotes elsewhere ("he accused Kettering of having sold ‘the
        # Messiah for a mug of ale’", then Kettering repeating the phrase) are not proposed again
        found = [
            p
            for p in found
            if not any(
                _words(p.text) in words and not (a <= p.start and p.end <= b)
                for a, b, words in self.quoted
            )
        ]
        for proposal in found:
            if proposal.speaker_name != outer.speaker_name:
                proposal.via_name = proposal.via_name or outer.speaker_name
            if proposal.work_title is None and proposal.page is None:
                proposal.work_title, proposal.page = outer.work_title, outer.page
        return found + self._recounted_turns(outer, self._proposal)

    def _said_to_narrator(self, outer: Proposal, inner: Proposal) -> bool:
        """Whether the sentence of ``outer`` that leads into ``inner`` speaks in the first
        person: the quoted speaker telling what was said to them or in their hearing."""
        lead = self.text[max(outer.start, inner.start - 300) : inner.start]
        lead = _SENTENCE_BREAK.split(lead)[-1]
        return _FIRST_PERSON.search(lead) is not None

    def _cite_exchange(
        self, proposals: list[Proposal], joined: list[bool], last: Proposal, cited_work: str | None
    ) -> None:
        """A reported exchange ("« Were you never afraid? » « Of the mountain, never, » Marthe
        answered. « … »[10]") is cited once, after its last words: the citation's page holds
        every turn of it; the turns of the book's author are in that work, the others' relayed
        by it."""
        relay = last.via_name
        index = len(proposals)
        linked = True  # whether ``last`` follows proposals[index - 1] as a turn of one exchange
        while index > 0 and linked:
            index -= 1
            earlier = proposals[index]
            linked = joined[index] and index > 0
            if earlier.page or earlier.work_title or earlier.via_name or not earlier.speaker_name:
                break
            earlier.page = last.page
            if relay and _same_person(earlier.speaker_name, relay):
                # the one who asked wrote the book: its title as listed
                earlier.work_title = cited_work and self._listed_title(relay, cited_work)
            else:
                earlier.via_name = relay

    def _heading(self, block: _Block) -> Proposal:
        words = block.text.lstrip("# ")
        return Proposal("heading", words, block.end - len(words), block.end, self.author)

    def _read_framed(self, run: list[_Block], body: list[_Block], last: int) -> list[Proposal]:
        """A run of block paragraphs, cut where a box's label set inside it names whose words
        follow ("> **Box 3. In his own words: Joseph Wells, eel-catcher**": the label is no
        words, the paragraphs after it are the person's) and between paragraphs each quoted
        in marks of its own (quotations apart); read as one block when nothing cuts it."""
        paragraphs = [p for block in run for p in _block_paragraphs(block)]
        sourced = self._sourced_groups(paragraphs)
        if sourced:
            # each box's own last line names the source of the words above it: no words
            read_sourced: list[Proposal] = []
            for n, (group, source) in enumerate(sourced):
                final = n == len(sourced) - 1
                read_sourced += self._read_block(group, body, last, final=final, source=source)
            return read_sourced
        groups: list[list[_Block]] = [[]]
        labels: dict[int, _Block] = {}  # the label read before each group
        for paragraph in paragraphs:
            if len(paragraph.text) <= 120 and framed_by(paragraph.text) is not None:
                groups.append([])
                labels[len(groups) - 1] = paragraph
            elif groups[-1] and _self_quoted(groups[-1][-1].text) and _self_quoted(paragraph.text):
                groups.append([paragraph])
            elif groups[-1] and self._signs_above(paragraph):
                # "— Pauline, Hemingfield" closing one card of several set one under another
                groups[-1].append(paragraph)
                groups.append([])
            else:
                groups[-1].append(paragraph)
        groups = [g for g in groups if g] if len(groups) > 1 else groups
        if len(groups) == 1 and not labels:
            return self._read_block(run, body, last)
        read: list[Proposal] = []
        for n, group in enumerate(groups):
            label = labels.get(n)
            if label is not None:
                self._enter_block(label)
            final = n == len(groups) - 1
            read += self._read_block(group, body, last, final=final)
        return read

    def _signs_above(self, paragraph: _Block) -> bool:
        """Whether a paragraph of a block is a dash line signing the words above it ("— A
        visitor from Barnsley", "— Gary, aged 41"): a card's or a box's signature, after
        which the next paragraph is another's words."""
        line = re.sub(r"^[ \t>]*", "", paragraph.text, flags=re.M).strip()
        if "\n" in line or not re.match(r"(?:—|–|--|―)\s*[A-Z]", line):
            return False
        signature = read_signature(line, self._known_people())
        return signature is not None and not signature.cited and not signature.initials

    def _sourced_groups(self, paragraphs: list[_Block]) -> list[tuple[list[_Block], Cite | None]]:
        """A run of block paragraphs parted after each paragraph that is a source line set
        inside the block (an exam paper's extract box, an anthology's indented extracts each
        with its credit under it): each group of words with what its source line says; empty
        when no paragraph after the first is one."""
        groups: list[tuple[list[_Block], Cite | None]] = []
        words: list[_Block] = []
        for paragraph in paragraphs:
            source = self._source_line_inside(paragraph, words[-1]) if words else None
            if source is None:
                words.append(paragraph)
                if _keyed_quotation(paragraph.text):
                    groups.append((words, None))  # "“…” [3]": its own reference sources it
                    words = []
                continue
            groups.append((words, source))
            self.source_lines_under.add(paragraph.start)
            words = []
        if not any(source for _, source in groups):
            return []
        return [*groups, (words, None)] if words else groups

    def _source_line_inside(self, paragraph: _Block, above: _Block) -> Cite | None:
        """What a paragraph of a block says of the source of the words above it, when it is a
        source line that names a maker (under words in quotation marks, a name with a trade
        or dates is one: a pull quote's "Ann Lee, footpaths officer"); a signature that names
        no source is left to the signature's reading."""
        if len(paragraph.text) > 400:
            return None
        line = re.sub(r"^[ \t>]*", "", paragraph.text, flags=re.M).strip()
        if _self_quoted(line) or _NOTE_CALLED.search(line):
            return None  # (a line that calls a note is read with its note, as a citation)
        read = read_caption(line) or read_credit(line) or self._name_credit(line, above.text)
        if read is None or not read.speaker:
            return None
        signed = read_signature(line, self._known_people())
        if signed is not None and not (read.work or read.page or read.via):
            return None
        dashed = re.match(r"(?:—|–|--|―)\s*(?=[A-Z])", line)
        cited = self.parse_cite(line[dashed.end() :]) if dashed and not read.work else None
        if cited is not None and cited.work:
            return None  # "— Ann Lee, Memoirs, p. 40": the block's closing citation names it
        return read

    def _read_block(
        self,
        run: list[_Block],
        body: list[_Block],
        last: int,
        *,
        final: bool = True,
        source: Cite | None = None,
    ) -> list[Proposal]:
        raw_words = self.text[run[0].start : run[-1].end]
        start, end, removed, tail = self._block_quotation(run)
        dashed = re.match(r"(?:—|–|--|―)\s*[Ff]rom\s", _unprefixed_line(tail))
        from_caption = read_caption(_unprefixed_line(tail)) if source is None and dashed else None
        if from_caption is not None and from_caption.speaker:
            # "— from *Moorland Days* by James Sykes (1902), p. 40" closing the block: a
            # source line as a caption says it
            source, tail = from_caption, ""
        headed = quote_header(self.text[start:end])
        if headed is not None and "\n" in self.text[start + headed[1] : end].lstrip(" \t")[:1]:
            # "millrace_tom wrote:" on the block's first line: whose words the rest are
            start += headed[1]
            while start < end and self.text[start] in " \t\n>":
                start += 1
            removed = [r for r in removed if r[0] >= start]
        else:
            headed = None
        following = body[last + 1] if last + 1 < len(body) and final and not source else None
        at = next((n for n, b in enumerate(body) if b.start == run[0].start), 0)
        before = body[at - 1] if at > 0 else None  # (a box's later paragraphs have none)
        caption = (
            read_caption(before.text)
            if before
            and _source_line_shaped(before)
            and before.start not in self.source_lines_under
            else None
        )
        if caption is not None and following and read_caption(following.text) is not None:
            # captions set above their blocks: the one below is the next block's, not a
            # citation of this one
            following, final = None, False
        under: list[str] = []  # the short lines set under the block: a signature's
        for block in body[last + 1 : last + 1 + _MAX_SIGNATURE_LINES] if final else []:
            if block.text.startswith("#") or len(block.text.split()) > _MAX_LINE_WORDS:
                break  # a section's heading, a paragraph of the text
            under.append(block.text.strip())
        cite_text = self._tail_cite(tail, following, under)
        back = _BACK_REFERENCE.match(following.text) if following and not cite_text else None
        if back:  # "The quotation is from the last chapter.[4]"
            cite_text = back["marker"]
        told = _PAGE_TOLD.match(following.text) if following and not cite_text else None
        if told:  # "That's pp. 60–61. I'll come back to the closing."
            cite_text = f"(p. {told['page']})"
        lead = before.text if before is not None and not before.heading else ""
        if cite_text and not lead.rstrip().endswith((":", ",")):
            lead = ""  # a block with its own citation: a paragraph not ending in a colon is no
            # lead-in ("… (p. 52)." then "> … — Minutes of the General Committee")
        paragraph = before.text if before is not None and not before.heading else ""
        turns = self._turns(start, end, paragraph)
        if turns is not None:  # a transcript: one passage a labelled turn
            self.signature = None
            return self._read_turns(turns, paragraph, cite_text, self._proposal)
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", lead)[-1] if lead else ""
        proposal = self._proposal(start, end, removed)
        self.before, self.position = lead, end
        attributed = self._attribute(proposal, lead, " " + cite_text, display=True)
        if source is not None:  # the box's own source line under the words
            self._captioned(proposal, source, body[at - 1] if at >= 1 else None)
            attributed = True
        elif caption is not None and caption.speaker and not cite_text:
            # a source line above the block names whose words they are, as a lead-in does
            self._captioned(proposal, caption, body[at - 2] if at >= 2 else None)
            attributed = True
        elif (source_line := self._source_line_under(following, cite_text)) is not None or (
            following is not None
            and not cite_text
            and self.signature is None
            and (source_line := self._name_credit(following.text, raw_words)) is not None
        ):
            # a source line under the block (a claim box's, a pull quote's credit, an
            # extract's): whose words they are, as a caption above says it
            self._captioned(proposal, source_line, body[at - 1] if at >= 1 else None)
            self.source_lines_under.add(following.start)  # type: ignore[union-attr]
            attributed = True
        elif (
            following is not None
            and not cite_text
            and not following.heading
            and not following.quote
            and (identified := identified_after(following.text)) is not None
        ):
            attributed = self._identified_after(proposal, identified) or attributed
        if proposal.speaker_name is None:  # what the lead-in paragraph or section announced
            attributed = self._scoped(proposal, lead, " " + cite_text, True) or attributed
        if (
            self.scope_frame_work is not None
            and proposal.speaker_name == self.scope_frame
            and (proposal.work_title is None or _quoted_in(proposal.work_title, lead))
        ):
            # under a poet's heading, the book the headnote says the poems were gathered in
            # (a poem's own title the lead-in quotes is a part of it)
            proposal.work_title = self.scope_frame_work
        if not attributed:
            proposal.attributed_by = None  # a quotation nobody is named for: reviewed as such
        above = quote_header(lead.strip()) if lead else None
        header = headed or (above if above and above[1] == len(lead.strip()) else None)
        self._thread_speaker(proposal, lead, header[0] if header else None)
        self._addressed_or_mine(proposal, lead)
        self.previous = proposal
        self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
        # words quoted inside a block quotation are part of the block, never passages of
        # their own (blind17)
        return [proposal]

    def _identified_after(self, proposal: Proposal, identified: Identified) -> bool:
        """A block the sentence after it identifies (identified.py): the maker it names
        speaks, before anyone the lead-in only described; the work and the page are the ones
        it names, and the book it says printed the words relays them. Whether it named the
        maker."""
        maker = None
        if identified.maker is not None:
            role = re.fullmatch(r"the\s+(?P<role>[a-z]+(?:\s+[a-z]+)?)", identified.maker)
            maker = (
                self._role_holder(identified.maker)
                if role is not None
                else _without_honorific(self._full_name(identified.maker))
            )
        if maker is not None and not _same_person(maker, self.author):
            proposal.speaker_name, proposal.unnamed = maker, False
            proposal.attributed_by, proposal.doubt = "lead-in", None
            self._remember(maker)
        if proposal.speaker_name is None:
            return False
        if identified.via is not None:
            proposal.via_name = _without_honorific(self._full_name(identified.via))
            proposal.work_title = None  # the relaying book is no work of the maker's
        elif identified.work is not None:
            proposal.work_title = identified.work
        proposal.page = identified.page or proposal.page
        return maker is not None

    def _name_credit(self, line: str, words: str) -> Cite | None:
        """A line under words set in quotation marks that only names a person with their
        trade or dates ("Ann Lee, footpaths officer", "*Ellen Haigh (1851–1933), farmer's
        wife*"): a pull quote's or a calendar's credit, the person speaks; never the text's
        own author."""
        if not _self_quoted(words):
            return None
        named = framed_by(line)
        if named is None or _same_person(named, self.author):
            return None
        return Cite(speaker=named)

    def _source_line_under(self, following: _Block | None, cite_text: str) -> Cite | None:
        """What the line under a block says of its source when it names a maker (its own
        caption, no caption of the next block): a credit opening on the maker's name
        ("Councillor Ann Lee, campaign leaflet, March 2026"), or a line opening on the kind of
        thing quoted ("Notice posted in the square by the Dale Trust, 1898."); None when the
        block has its own citation or signature, or the line names nobody."""
        if following is None or not _source_line_shaped(following):
            return None
        if cite_text or self.signature is not None:
            return None
        if "\n" in following.text.strip():
            return None
        read = read_caption(following.text) or read_credit(following.text)
        return read if read is not None and read.speaker else None

    def _sourced_paragraph(self, read: list[Proposal], body: list[_Block], index: int) -> None:
        """A paragraph that is one quotation nobody is named for (or only described, "the
        last wheelwright"), with at most a short label before it ("ARCHIVE: “…”"), takes the
        caption over it or the source line under it (a script's, a claim sheet's): the maker
        it names speaks."""
        quotations = [p for p in read if p.kind == "quotation"]
        if len(quotations) != 1 or not (
            quotations[0].speaker_name is None or quotations[0].unnamed
        ):
            return
        block, quotation = body[index], quotations[0]
        if len(block.text) - len(quotation.text) > _MAX_LABEL_CHARS:
            return
        above = body[index - 1] if index else None
        if (
            above is not None
            and _source_line_shaped(above)
            and above.start not in self.source_lines_under
            and (caption := read_caption(above.text)) is not None
            and caption.speaker
        ):  # "From a letter by Ann Pike to her sister, 1902" over the words
            self._captioned(quotation, caption, None)
            return
        under = body[index + 1] if index + 1 < len(body) else None
        source = self._source_line_under(under, "")
        if under is None or source is None:
            return
        self._captioned(quotation, source, None)
        self.source_lines_under.add(under.start)

    def _credited_below(self, body: list[_Block], index: int) -> bool:
        """Whether a paragraph is words in quotation marks whose source line is the line
        under it (a claim's "Who said it: …", a calendar's or a pull quote's credit, a name
        with a trade or dates)."""
        if index + 1 >= len(body) or "\n" in body[index + 1].text.strip():
            return False
        words, line = body[index].text, body[index + 1]
        if len(words.split()) < _MIN_QUOTATION_WORDS or not _self_quoted(words):
            return False
        return (
            self._name_credit(line.text, words) is not None
            or self._source_line_under(line, "") is not None
        )

    def _captioned(self, proposal: Proposal, caption: Cite, label: _Block | None) -> None:
        """The block's attribution as the caption above it states it (maker, work, page,
        relay); a heading right above the caption that labels the source ("Source B") is kept
        for the text's later references to it."""
        speaker = caption.speaker or ""
        proposal.speaker_name = as_the_text_writes(
            _without_honorific(self._full_name(speaker)), self.text
        )
        proposal.unnamed = False
        proposal.work_title, proposal.page, proposal.via_name = (
            caption.work,
            caption.page,
            caption.via,
        )
        proposal.attributed_by, proposal.doubt = "lead-in", None
        self._remember(proposal.speaker_name)
        labelled = (
            SOURCE_LABEL.fullmatch(label.text.strip(" #*")) if label and label.heading else None
        )
        if labelled is not None:
            self.source_labels[" ".join(labelled["label"].lower().split())] = replace(
                caption, speaker=proposal.speaker_name
            )

    def _thread_speaker(self, proposal: Proposal, lead: str, header: str | None = None) -> bool:
        """In a thread of signed contributions, words a reply quotes back from another
        contribution are that contribution's writer's: the one whose own words they are, the
        one a header over them names ("X wrote:"), or the one the reply addresses ("Tom, you
        wrote that …"). In any text, the handle a lead-in names as writing them
        ("kettle_and_drum replied:") and the writer a header over a block names. Whether it
        named them."""
        thread = self.thread
        kin = kin_said(lead) if lead else None
        if kin is not None and (
            proposal.speaker_name is None or kin_said(proposal.speaker_name + " said") == kin
        ):  # "Gran always said he …": the one the writer named as their grandmother, in a
            # thread in their own earlier contributions
            told = thread.writers_own(proposal.start) if thread.contributions else ""
            named = kin_named(told or self.text[: proposal.start], kin)
            if named is not None:
                proposal.speaker_name, proposal.unnamed = named, False
                proposal.attributed_by = "contribution" if told else "lead-in"
                proposal.doubt = (
                    f"a family word taken as {named}, whom the writer named as their {kin}"
                )
                return True
        handle = handle_in_lead(lead) if lead else None
        if handle is not None and (
            proposal.speaker_name is None or proposal.speaker_name.endswith(handle)
        ):  # "The first reply came from kettle_and_drum, who wrote:": that user's words
            header = header or handle
        if not thread.contributions:
            if header is None or (proposal.speaker_name is not None and header != handle):
                return False
            # "Priya Raman <priya@…> wrote:" over a block an essay quotes: hers, in full
            proposal.speaker_name, proposal.unnamed = self._full_name(header), False
            proposal.attributed_by, proposal.doubt = "contribution", None
            return True
        writer = thread.header_writer(header) if header else None
        writer = writer or header
        here = thread.at(proposal.start)
        if writer is None:
            writer = thread.own_writer(proposal.text, proposal.start, proposal.end, lead)
            given = proposal.speaker_name
            if not (
                writer is None
                or given is None
                or thread.quotes_back(lead)
                or (here is not None and _same_person(given, here.writer))
                or _same_person(self._full_name(given), writer)
            ):  # words a lead-in gives to someone else ("The Courier called it …") stay
                # theirs even when a post used them before; never the replier's own
                writer = None
        greeted = self.letters.at(proposal.start)
        if (
            writer is None
            and proposal.speaker_name in (None, "You", "you")
            and (greeted is None or greeted.addressee != "")  # "Dear readers,": nobody's
        ):
            writer = thread.addressee(lead, proposal.start)
        if writer is None:
            return False
        proposal.speaker_name, proposal.unnamed = self._full_name(writer), False
        proposal.work_title = proposal.page = proposal.via_name = None
        proposal.attributed_by, proposal.doubt = "contribution", None
        return True

    def _addressed_or_mine(self, proposal: Proposal, lead: str) -> bool:
        """Words the lead-in gives to the text's "you" or to a document of its "my": in a
        letter, "You wrote that", "at the meeting you assured us that", "Your letter calls it"
        quote the addressee its `To:` line or salutation names; anywhere, "My own plan, *A Warm
        Lido*, says:" quotes the text's "I" (a letter's writer, else the author) in that
        document. Whether it named them."""
        if re.search(r"[”\"’)][.,;]?\s*$", lead):
            return False  # a paragraph ending on other words: no lead-in to these
        bare = re.sub(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?![a-z])", " ", lead)
        clause = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", bare.strip())[-1]
        given = proposal.speaker_name
        mine = MY_DOCUMENT.match(clause)
        if (
            given not in (None, "You", "you")
            and proposal.attributed_by != "continued"
            and not (mine and mine["set_off"] and given in mine["set_off"])
        ):  # (a title set off after "my" document is no speaker: "printed as Forty Letters,")
            return False
        if mine is not None and not any(
            _is_person_noun(word) or kin_said(f"{word.capitalize()} said") is not None
            for word in mine["noun"].split()
        ):  # "My own count, published as …, says:", not "My late husband, X, said"
            titled = OUR_TITLE.match(clause)
            proposal.speaker_name, proposal.unnamed = self._narrator(), False
            proposal.work_title = titled["title"].strip("*_“”") if titled else None
            proposal.attributed_by = "lead-in"
            proposal.doubt = (
                None
                if proposal.work_title
                else f"speaker taken as {proposal.speaker_name}, the text’s own “my”; "
                "no work is named"
            )
            return True
        revised = _OWN_TEXT_NOW.match(clause) if given is None else None
        if revised is not None and (revised["new"] or revised["now"].startswith(("now", "will"))):
            # the writer's own text as it now stands: theirs, in the document they revise
            proposal.speaker_name, proposal.unnamed = self._narrator(), False
            named = list(DOCUMENT_LABEL.finditer(self.text, 0, proposal.start))
            proposal.work_title = named[0]["title"].strip() if named else None
            lines = _LINES.search(revised["place"])
            if lines is not None:
                mark = "ll." if lines["last"] else "l."
                span = f"{lines['first']}-{lines['last']}" if lines["last"] else lines["first"]
                proposal.page = f"{mark} {span}"
            proposal.attributed_by = "lead-in"
            proposal.doubt = None if proposal.work_title else "the writer’s own text; no work named"
            return True
        letter = self.letters.at(proposal.start)
        some = _SOME_OF_YOU.search(clause) if proposal.speaker_name is None else None
        if some is not None:  # "Several of you wrote that": some of its readers, unnamed
            proposal.speaker_name, proposal.unnamed = some["name"], True
            proposal.attributed_by, proposal.doubt = "lead-in", None
            return True
        if letter is None or not letter.addressee or _YOU_SAID.search(clause) is None:
            return False
        proposal.speaker_name = _without_honorific(self._full_name(letter.addressee))
        proposal.unnamed, proposal.attributed_by = False, "lead-in"
        proposal.work_title = proposal.page = proposal.via_name = None
        proposal.doubt = (
            None
            if len(proposal.speaker_name.split()) >= 2
            else f"speaker taken as {proposal.speaker_name}, whom the letter addresses"
        )
        return True

    @staticmethod
    def _comma_introduces(lead: str, words: str) -> bool:
        """Whether a lead-in ending in a comma introduces the quoted words: always words of
        four or more, but a word or three only after a verb of saying ("she said, ‘Not
        yet.’"); after any other comma ("in the language of the platform, “ratio’d”", "in
        pencil, ‘Quite so’") they are a scare quote or a jotting, no quotation."""
        if len(words.split()) >= _MIN_QUOTATION_WORDS:
            return True
        return re.search(rf"\b{_SPEECH_VERBS}\b[^,.;:!?“”\"«»]{{0,40}},\s*$", lead) is not None

    @staticmethod
    def _clause_quoted(words: str) -> bool:
        """Quoted words as long as a clause inside a sentence ("the Act requires that the
        appeal be determined “in accordance with the plan unless …”"): someone's words even
        when the sentence does not say whose, proposed for the moderator to name; a shorter
        phrase nobody is named for ("thought the novel ‘too long by half’") is the writer's
        own, and a title in capitals is a title."""
        return len(words.split()) >= _MIN_UNNAMED_QUOTATION_WORDS and not _title_case(words)

    @staticmethod
    def _apposed_title(before: str, words: str, after: str) -> bool:
        """A title set off by commas after what it names ("her pamphlet, “Bread and Roses,”
        is …", "[my last post](…), "Who Kept the Keys?", said …"): the comma or the question
        mark may sit inside the marks, as American usage puts it."""
        core = words.rstrip(" ,.?!")
        return (
            _APPOSED_TITLE_LEAD.search(before) is not None
            and 2 <= len(core.split()) <= _MAX_TITLE_WORDS
            and core[:1].isupper()
            and _title_case(core)
            and not re.search(r"[.;:!?]", core)
            and (words.rstrip().endswith(",") or re.match(r"\s*[,)]", after) is not None)
        )

    def _read_paragraph(
        self,
        block: _Block,
        previous_block: _Block | None,
        until: int | None = None,
        *,
        nested: bool = False,
    ) -> list[Proposal]:
        """The quotations of a paragraph (those closing before ``until``, where a quotation
        running on into the next paragraphs opens) and the paragraph as commentary."""
        proposals: list[Proposal] = []
        inner: list[Proposal] = []  # quotations whose own inner quotations are read after
        joined: list[bool] = []  # whether each quotation follows the one before with nothing
        # between but a said-clause ("« … » « … » Marthe answered. « … »"): one exchange
        found = self._inline(block)
        if until is not None:
            found = [q for q in found if q.open_at - block.start < until]
        prior_end = a_prev_close = 0
        entry = reading_list_entry(block.text) if found else None
        for n, quote in enumerate(found):
            a = quote.open_at - block.start
            words = self.text[quote.start : quote.end]
            self.position = quote.close_at
            self._check_deadline()
            lead_all = block.text[prior_end:a]
            next_open = (
                found[n + 1].open_at - block.start if n + 1 < len(found) else len(block.text)
            )
            after_start = quote.close_at - block.start + 1
            after = block.text[after_start : max(after_start, next_open)]
            timed = _TIME_CODE_OPENING.match(block.text) if n == 0 else None
            timed = timed if timed is not None and timed.end() <= a else None
            if timed is not None:  # "[03:15] “…”": the words stand as if alone, the time their page
                lead_all = lead_all[timed.end() :]
            sentences = _SENTENCE_BREAK.split(lead_all)
            lead = sentences[-1] if sentences else ""
            a_in_lead = a - (timed.end() if timed is not None else 0)
            if (
                _TOPIC_LEAD.fullmatch(lead)
                and not re.search(rf"\b{_SPEECH_VERBS}\b", lead)
                and not _CLAUSE_WORDS.search(lead)  # "On page 57 she is as blunt as ever:"
            ):
                # "On his father, who kept the lock before him: “…”": what the words are
                # about, as a catalogue heads an extract; whose they are is the entry's
                lead, lead_all, a_in_lead = "", "", 0
            display = (
                (not lead.strip() and a_in_lead == 0)
                or lead.rstrip().endswith(":")
                or (lead.rstrip().endswith(",") and self._comma_introduces(lead, words))
                or _WORDS_LEAD.search(lead) is not None  # "… with the words “…”"
                or self._stands_alone(block.text, a, quote.close_at - block.start, words)
                or (
                    _INTRODUCED_WORDS.search(lead) is not None
                    and len(words.split()) >= _MIN_QUOTATION_WORDS
                    and not _title_case(words)
                )
            )
            skipped_from = prior_end  # a scare quote or title skipped below keeps the lead whole
            prior_end = quote.close_at - block.start + 1
            if words.strip(" ,.;") in self.people_keys and len(words.split()) <= 3:
                prior_end = skipped_from  # "“Cap'n Will” to the men": another name, no words
                continue
            self._note_people(lead_all[: len(lead_all) - len(lead)])  # the lead's own: below
            short = len(words.split()) < _MIN_QUOTATION_WORDS and not display
            # "wrote “Well played” on the card", "says only “still here??”": given as speech
            # (inside someone's quoted words, their own account: "Miss Lee says “hush”, so …")
            given = short and not nested and _GIVEN_AS_SPEECH.search(lead) is not None
            short = short and not given and not _SAID_AFTER.match(after)  # "“No,” she told me."
            if short and (
                self._trailing_cite(after, direct=True)[0] is None
                or _TERM_OF_ART.match(words) is not None
            ):
                prior_end = skipped_from  # "who signed himself 'A Rambler', described …"
                continue  # scare quotes, a term, a short phrase (unless a citation follows it;
                # a term of art such as 'in good faith' stays a term even then)
            closing_mark = quote.close_at - block.start
            titled = (
                len(words.split()) <= _MAX_TITLE_WORDS
                and _title_case(words)
                and not re.search(r"[.!?;:]", words)
            )
            if (
                self._is_title(block.text, a, a, words)
                or (n == 0 and _reference_title(block.text, a))
                or (
                    titled
                    and not lead.rstrip().endswith(":")
                    and re.match(r"^[”\"’»]?\s*[,)]", block.text[closing_mark : closing_mark + 3])
                )
                or self._apposed_title(block.text[:a], words, block.text[closing_mark + 1 :])
            ):  # "Her article, “The Listening Women”, is …": a title set off by commas
                self._note_people(lead)
                continue
            if _MISQUOTED_AS.search(lead):
                # "usually quoted as “…”": the form the words go about in, which the text
                # says is not what was said
                self._note_people(lead)
                continue
            if a == 0 and previous_block is not None and previous_block.text.endswith(":"):
                lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", previous_block.text)[-1]
            elif not lead.strip() and a > 0 and len(sentences) > 1 and words[:1].isupper():
                introducing = [t for t in sentences[:-1] if t.strip()][-1:]
                if introducing and _POSSESSIVE_LEAD.match(introducing[0]):
                    # "His log … has one entry that is not about the weather. “Lamp lit …”"
                    lead, display = introducing[0], True
            proposal = self._proposal(quote.start, quote.end, [])
            self.before = block.text[:a]
            between = block.text[a_prev_close:a] if proposals else ""
            own_tag = re.match(rf"^[”\"’»]?[,.!?]?[”\"’»]?\s*{_SPEECH_VERBS}\b", after)
            # “…,” he added. “…” The next sentence …: the second words are still his, and the
            # sentence after them, which they close, is no said-clause of theirs
            continues = bool(
                proposals
                and not lead.strip()
                and not own_tag
                and _SAID_AFTER.fullmatch(between.strip())
            )
            if continues and words.rstrip().endswith(".") and re.match(r"\s+[A-Z“\"‘«]", after):
                after = ""
            source_first = cited_first(block.text[:a], self.closing_list)
            if source_first is not None:
                # "1823 Ashworth, Rambles 41: “…”": the line before the words is their source,
                # whatever the quotation before them was
                proposal.speaker_name, proposal.work_title = source_first.speaker, source_first.work
                proposal.page, proposal.via_name = source_first.page, source_first.via
                proposal.attributed_by = "citation"
                attributed = True
            else:
                attributed = self._attribute(proposal, lead, after, display)
            attributed = self._thread_speaker(proposal, lead) or attributed
            attributed = self._addressed_or_mine(proposal, lead) or attributed
            if timed is not None and proposal.page is None and _A_RECORDINGS_PLACE.match(timed[0]):
                proposal.page = timed["at"]
            if (
                not attributed
                and not continues
                and not lead.strip()
                and a > 0
                and len(sentences) > 1
                and display
            ):
                # words standing as sentences of their own after one about their speaker
                # ("Agnes was in no doubt. ‘…’"): that sentence leads into them
                introducing = [t for t in sentences[:-1] if t.strip()][-1:]
                if introducing:
                    attributed = self._attribute(proposal, introducing[0], after, display)
                if introducing and not attributed:  # read as a colon would introduce them
                    colon = introducing[0].rstrip().rstrip(".!?") + ":"
                    attributed = self._attribute(proposal, colon, after, display)
            if not attributed and a == 0 and until is None and not nested:
                told = None if self.exchange else self._speech_introduced(previous_block)
                if told is not None:  # "He stood up and spoke without notes." then his words
                    attributed = self._attribute(proposal, told[0], after, display)
                    if attributed and not told[1]:
                        self._beat_doubt(proposal)
                elif n == 0 and len(found) == 1 and not after.strip(" .,;:"):
                    attributed = self._next_turn(proposal)  # a turn of talk with no tag
            self._note_people(lead)
            if (
                not attributed
                and proposals
                and not own_tag
                and _SAID_AFTER.fullmatch(between.strip())
            ):
                # “…,” she told me. “…”: the words after the one who said the first ones
                earlier = proposals[-1]
                proposal.speaker_name, proposal.unnamed = earlier.speaker_name, earlier.unnamed
                proposal.doubt = earlier.doubt
                proposal.work_title, proposal.attributed_by = earlier.work_title, "continued"
                attributed = True
            if (
                not attributed
                and proposals
                and not re.search(r"[.!?]", between.strip(" ,;:—–"))
                and not _INTRODUCED_WORDS.search(lead.rstrip(" ‘'“\"«"))
            ):  # the second half of words interrupted by nothing but punctuation (or ", and
                # the piano ‘…’"), unless a decision of its own comes between ("and the vestry
                # resolved that ‘…’")
                earlier = proposals[-1]
                proposal.speaker_name, proposal.unnamed = earlier.speaker_name, earlier.unnamed
                proposal.doubt = earlier.doubt
                proposal.work_title, proposal.attributed_by = earlier.work_title, "continued"
                attributed = True
            if (
                not nested
                and proposal.speaker_name is None
                and (display or self._clause_quoted(words))
            ):  # words nobody is named for: what the lead-in paragraph announced, or the
                # section unless the paragraph has named someone else for other words
                item = display or re.fullmatch(rf"\s*{LIST_MARKER}\s*", lead) is not None
                section = not any(p.speaker_name for p in proposals)
                scoped = self._scoped(proposal, lead, after, item, section=section)
                attributed = scoped or attributed
            shown = caption_subject(block.text[:a]) if not nested else None
            if (
                shown is not None
                and proposal.attributed_by == "pronoun"
                and re.search(r"\b(?:[Hh]e|[Ss]he)\b", lead)
            ):
                # "Figure 6. Ivy Pask at her back door …, she said:": the one the picture
                # shows, whoever was quoted before the caption
                proposal.speaker_name = _without_honorific(self._full_name(shown))
                proposal.unnamed, proposal.doubt = False, None
            if (
                entry is not None
                and proposal.speaker_name is None
                and ENTRY_AUTHOR_SAYS.search(lead)
            ):
                # "Her best chapter …, which she calls ‘…’": the entry's author
                proposal.speaker_name, proposal.doubt = entry[0], None
            if entry is not None and proposal.speaker_name and not nested:
                # a reading list's entry names the book its paragraph then quotes: the
                # author's own words are in it; someone else's he "prints" come through him
                if _same_person(proposal.speaker_name, entry[0]):
                    proposal.work_title = proposal.work_title or entry[1]
                elif not proposal.via_name and PRINTS.search(lead):
                    proposal.via_name = entry[0]
            earlier_speaker = proposals[-1].speaker_name if proposals else None
            cited_work = proposal.work_title
            if (
                proposal.attributed_by == "citation"
                and earlier_speaker
                and not own_tag
                and not lead.strip()
                and _SAID_AFTER.fullmatch(between.strip())
                and proposal.speaker_name
                and not _same_person(proposal.speaker_name, earlier_speaker)
            ):  # "« … » Marthe answered. « … »[10]" with the note citing Favre's book: still
                # Marthe's words, which the cited book relays
                proposal.via_name = proposal.via_name or proposal.speaker_name
                proposal.speaker_name, proposal.unnamed = earlier_speaker, proposals[-1].unnamed
                proposal.work_title, proposal.attributed_by = None, "continued"
                if proposal.page:
                    self._cite_exchange(proposals, joined, proposal, cited_work)
            # "“…,” he said at last.": a comma, a question or an exclamation, then who said it
            # (after a full stop the next sentence begins: "“…”. Visitors remembered …")
            spoken = _SAID_AFTER.match(after) is not None and (
                words.rstrip()[-1:] in (",", "!", "?")
                or re.match(r"[”\"’»]?[,!?]", after) is not None
            )
            if (
                not attributed
                and not display
                and not spoken
                and not given
                and not self._clause_quoted(words)
            ):
                continue  # a short phrase nobody is named for inside a sentence: no quotation
            if not display and titled and "," not in words:
                continue  # "thought the play ‘The Long Shelf of Winter’ a failure": a title
            one_sentence = not re.search(r"[.!?]\s", between) and not _SENTENCE_BREAK.search(
                between
            )
            if proposals and proposal.text[:1].islower() and one_sentence:
                # "«Half of them …,» she said, «and the other half …»[4]": one sentence, one
                # citation for both halves
                earlier = proposals[-1]
                if (
                    earlier.attributed_by == "pronoun"
                    and earlier.speaker_name != proposal.speaker_name
                    and proposal.speaker_name
                    and _PRONOUN_VERB.search(between)
                ):  # the citation after the second half said whom the "he" of both stands for
                    earlier.speaker_name, earlier.unnamed = proposal.speaker_name, proposal.unnamed
                    earlier.doubt = proposal.doubt
                    earlier.date = earlier.date or proposal.date
                if earlier.speaker_name == proposal.speaker_name:
                    earlier.work_title = earlier.work_title or proposal.work_title
                    earlier.page = earlier.page or proposal.page
                    earlier.via_name = earlier.via_name or proposal.via_name
            elif (
                proposals
                and _SAID_AFTER.fullmatch(between.strip())
                and proposals[-1].speaker_name == proposal.speaker_name
                and not (proposals[-1].work_title or proposals[-1].page)
            ):  # “…,” she writes. “…” (Threlfall 88): one citation after her run of words
                earlier = proposals[-1]
                earlier.work_title, earlier.page = proposal.work_title, proposal.page
                earlier.via_name = earlier.via_name or proposal.via_name
            joined.append(
                not proposals or not between.strip() or bool(_SAID_AFTER.fullmatch(between.strip()))
            )
            proposals.append(proposal)
            self.previous = proposal
            self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
            a_prev_close = quote.close_at - block.start + 1
            if not nested:
                inner.append(proposal)
        tail = block.text[prior_end:until]
        if until is not None:  # the lead-in of a quotation running on: noted once it is read
            tail = tail[: len(tail) - len(re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘«(])", tail)[-1])]
        self._note_people(tail)
        for outer in inner:
            proposals += self._nested(outer)
        commentary_words = len(block.text.split())
        if commentary_words >= _MIN_COMMENTARY_WORDS and not nested:
            commentary = self._proposal(block.start, block.end, [], kind="commentary")
            commentary.speaker_name, commentary.attributed_by = self.author, "author"
            proposals.insert(0, commentary)
        return proposals


def _cited_article(before: str, after: str) -> bool:
    """Whether quoted words in a note are the title of an article it cites, set between its
    author and where it was printed: "E. M. Rusk, ‘The lichens of …’, Trans. … 14 (1958)"."""
    authored = re.fullmatch(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+,\s*[‘“\"']", before)
    printed = re.match(r"[’”\"']?[,.]?[’”\"']?\s+(?:in\s+)?[A-Z][^,;]*?\d", after)
    return authored is not None and printed is not None


# a family's word for one of its own, used as a name ("Dad", "Gran", "Auntie")
_FAMILY_WORD = re.compile(
    r"(?:Dad|Daddy|Da|Pa|Father|Mum|Mam|Mom|Mummy|Ma|Mother|Gran|Granny|Grandma|Nana|Nan|Nanna|"
    r"Grandad|Granddad|Grandpa|Gramps|Auntie|Aunty|Uncle)"
)


def _reference_title(paragraph: str, a: int) -> bool:
    """Whether the quote marks opening at ``a`` hold the title a bibliography's entry gives
    right after the author's name, surname first ("Lund, Maria. “Salt and Iron.” *Northern
    History* 4 (1990): 1–20."): an article's, chapter's or thesis's title, no one's words."""
    inverted = _INVERTED_REFERENCE.match(paragraph)
    return (
        inverted is not None and inverted["given"] not in _NOT_NAMES and inverted.start("rest") == a
    )


def propose_passages(text: str, *, author: str, budget_seconds: float = 30.0) -> list[Proposal]:
    """Every quotation, commentary paragraph and heading of a reading, in text order.

    Pure and bounded: raises :class:`ReadingError` (``TOO_SLOW``) past ``budget_seconds``, so
    a caller can run it in a worker thread without fearing a hang.
    """
    deadline = time.monotonic() + budget_seconds
    proposals = _Reader(text, author, deadline).read()
    for proposal in proposals:
        # A name set across a line end or a justified PDF line ("Samuel  Ord") is one name.
        proposal.speaker_name = _one_line(proposal.speaker_name)
        proposal.work_title = _one_line(proposal.work_title)
        if proposal.work_title and _NOT_A_TITLE.match(proposal.work_title.strip(" .,;")):
            proposal.work_title = None  # "3", "p. 12", "March 1893": the moderator fills it
        proposal.via_name = _one_line(proposal.via_name)
        if proposal.kind == "quotation" and proposal.speaker_name is None:
            proposal.doubt = proposal.doubt or NO_SPEAKER
        proposal.doubt = settled(proposal)
    return sorted(proposals, key=lambda p: (p.start, p.kind != "commentary"))


def _quoted_in(title: str, lead: str) -> bool:
    """Whether a lead-in names ``title`` in quote marks (a poem's or a song's, not a book's)."""
    return re.search(rf"[‘“\"']{re.escape(title)}[’”\"']", lead) is not None


def _unprefixed_line(lines: str) -> str:
    """Lines of a block without their prefixes ('>', indentation), as one line."""
    return " ".join(re.sub(r"^[ \t>]*", "", lines, flags=re.M).split())


def _block_paragraphs(block: _Block) -> list[_Block]:
    """The paragraphs of a block quotation, parted by a line of nothing but its marks (">")."""
    if not block.quote:
        return [block]
    paragraphs: list[_Block] = []
    start = 0
    for blank in [*re.finditer(r"\n[ \t]*>[ \t>]*(?=\n)", block.text), None]:
        end = blank.start() if blank else len(block.text)
        text = block.text[start:end]
        if text.strip(" \t>\n"):
            lead = len(text) - len(text.lstrip("\n"))
            paragraphs.append(
                _Block(block.start + start + lead, block.start + end, text[lead:], True, False)
            )
        start = blank.end() + 1 if blank else len(block.text)
    return paragraphs


# a reference's number printed after a quotation's closing mark: "” [3]", "” [1, p. 203]", "”²"
_KEYED_AFTER_QUOTE = re.compile(
    r"(?<=[”\"’»])\s*(?:\[\^?\d{1,3}(?:,\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?\]|<sup>\d{1,3}</sup>"
    r"|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\.?$"
)


def _keyed_quotation(block_text: str) -> bool:
    """Whether a paragraph of a block is words quoted apart with their reference's number
    after the closing mark ("“…” [3]"): a credit set under a later paragraph is not theirs."""
    bare = re.sub(r"^[ \t]*(?:>[ \t]?)*", "", block_text, flags=re.M).strip()
    return _self_quoted(bare) and _KEYED_AFTER_QUOTE.search(bare) is not None


def _self_quoted(block_text: str) -> bool:
    """Whether a paragraph of a block quotation is quoted words of its own, opened and closed
    by quote marks (a box's paragraphs each in quotes: quotations apart, not one)."""
    bare = re.sub(r"^[ \t]*(?:>[ \t]?)*", "", block_text, flags=re.M).strip()
    bare = _KEYED_AFTER_QUOTE.sub("", bare)  # "“…” [3]": its source's number keyed after it
    return (
        len(bare) > 2
        and bare[0] in '“"‘«'
        and bare[-1] in '”"’»'
        and not re.search(r"[”\"’»]\s*\n", bare)  # one quotation, not a run of them
        and bare.count(bare[0]) == (2 if bare[0] == '"' else 1)
    )


def _talk(read: list[Proposal]) -> bool:
    """Whether a paragraph's quotations are talk set in narrative: quoted words no citation
    places in a work (an essay quoting its sources cites them)."""
    quoted = [p for p in read if p.kind == "quotation"]
    return bool(quoted) and not any(p.work_title or p.page for p in quoted)


def _one_line(name: str | None) -> str | None:
    return " ".join(name.split()) if name else name

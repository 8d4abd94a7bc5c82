"""Transcripts: words whose speaker a label at the start of each turn gives, not a lead-in.

An interview ("Q. … / A. …", "INTERVIEWER: … / MRS HOLT: …", initials "JH: …"), a committee's
numbered questions ("Q. 412. …"), a debate as Hansard prints it ("Mr DALBY (Sheffield,
Attercliffe): …", "The Minister of Health (Mr Bevan): …", "Hon. Members: Hear, hear."). Each
turn is a passage of its own, its label left out; the block's citation gives every turn its
work and page. Who asks and who answers comes from the paragraph leading into the block ("The
interviewer, Joan Pritchard, spoke to Alice Marr", "X was examined by the chairman, Y:");
a name in a label is the person the text named in full ("MR CASSIDY" is Thomas Cassidy);
a group ("Hon. Members", "An Hon. Member") speaks unnamed, as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.extract.reading.attribution import _Attribution
from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.doubts import NO_SPEAKER
from bot.core.extract.reading.model import Proposal
from bot.core.extract.reading.phrases import (
    _clean_name,
    _same_person,
    _without_honorific,
    _words,
)
from bot.core.extract.reading.vocabulary import _NAME

# A label at a line's start: "Q." / "A:" / "Q. 412." (a committee's question number), a
# speaker's name or role before a colon ("MR CASSIDY:", "JH:", "Mr DALBY (Sheffield,
# Attercliffe):", "The Minister of Transport (Mr Morland):", "Hon. Members:", "I :"), or the US
# Congressional Record's name in capitals before a full stop ("Mr. HALVERSON.")
_TURN_LABEL = re.compile(
    r"(?P<label>(?P<qa>Q|A|Ques|Ans|Question|Answer)(?:\.|\s?:)(?:\s*(?P<number>\d{1,5})\.)?"
    r"|(?P<named>[A-Z][\w.’'-]*(?:[ ][\w.’'-]+){0,7}?)(?:\s*\((?P<aside>[^()\n]{1,80})\))?"
    r"(?:\s*\((?P<party>[^()\n]{1,12})\))?\s?:"
    r"|(?P<recorded>(?:Mr|Mrs|Ms|Miss|Dr|Senator)\.?\s+[A-Z][A-Z’'-]+(?:\s+of\s+[A-Z][a-z]+)?"
    r"|The\s+[A-Z]{2,}(?:\s+pro\s+tempore)?)\.)"
    r"(?:[ \t]*[—–][ \t]*|[ \t]+)(?=\S)"  # "Q. How …", "Q.—How …", "A. — Eleven."
)
# a committee's question and the witness's answer on one line, as minutes of evidence print
# them: "412. How many hours do the boys work?—Eleven hours.", "413. (Mr. Lumb.) And on a
# Saturday?—Until two."
_NUMBERED_EXCHANGE = re.compile(
    r"(?:Q\.\s*)?\d{1,5}\.\s+(?:\((?P<asker>[^()\n]{2,40}?)\.?\)\s+)?"
    r"(?P<q>[^\n]+?\?)\s*(?:—|–|--)\s*(?P<a>\S[^\n]*?)\s*$"
)
# what opens a transcript's line before its label: a block's indent or '>' marks, and a time
# stamp in the recording ("[00:12:40] INTERVIEWER: …", "14:05 Q. …") or when a chat's message
# was posted ("[12/04/2025, 19:02] Name: …", "12/04/2025, 19:02 - Name: …": no place in it)
_LINE_START = re.compile(
    r"[ \t]*(?:>[ \t]?)*[ \t]*(?:\[?(?P<stamp>(?:\d{1,2}:)?\d{1,2}:\d{2})\]?[ \t]+(?=[A-Z])"
    r"|\[?(?P<posted>\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?)"
    r"\]?[ \t]*(?:[-–][ \t]*)?(?=[A-Z]))?"
)
# a deposition's line naming who examines from there on: "BY MR. DAVIES:"
_EXAMINER_LINE = re.compile(
    r"(?:BY|By)\s+(?P<name>(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+):?\s*$"
)
_ASKING = {"q", "ques", "question"}
# a person's name and nothing else: what a transcript's key gives after a role's label
_A_NAME_ALONE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
)
# a role that asks: "INTERVIEWER:", "The CHAIRMAN:"
_ASKER_ROLE = re.compile(
    r"(?:the\s+)?(?:interviewer|questioner|examiner|chairman|chairwoman|chair|counsel|int\.?)",
    re.IGNORECASE,
)
_ANSWERER_ROLE = re.compile(r"(?:the\s+)?(?:witness|interviewee|respondent)", re.IGNORECASE)
# a label naming nobody: a group ("Hon. Members", "Noble Lords", "Voices") or one of it ("An
# Hon. Member", "A Voice")
_GROUP_LABEL = re.compile(
    r"(?:(?:An?|Several|Some|Other|All)\s.*|.*\b(?:Members|Lords|Peers|Voices|Councillors|"
    r"Senators|Delegates|Others))",
    re.IGNORECASE,
)
# a label that can only name a speaker: a courtesy title or rank and a name in capitals, as a
# debate's record prints it ("Mr ORMSBY (Halden):", "Lord ASHCOMBE:", "Mrs HOLT:")
_NAMED_SPEAKER = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Captain|Major|Viscount|Earl|Baroness)\.?"
    r"(?:\s+[A-Z][a-z]+)?\s+[A-Z][A-Z’'-]+(?:\s*\([^()\n]+\))?\s?:"
)
_PRONOUN_LABEL = re.compile(r"I|He|She|We|They|You")
_HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame|Captain|Major)\.?\s+\S")
# a line's label that is a field of a record, not a speaker ("Present:", "Note:", "Date:")
_FIELD_LABELS = {
    "present", "apologies", "note", "notes", "date", "time", "place", "subject", "re", "to",
    "from", "source", "item", "agenda", "action", "resolved", "proposed", "seconded", "minutes",
    "see", "cf", "nb", "ps", "cc", "attendance", "absent", "venue", "title", "author", "editor",
}  # fmt: skip
_SMALL = {"of", "the", "for", "and", "de", "la", "von", "van", "hon.", "hon"}
# who asks, as the paragraph before the transcript says: "the interviewer, X," "examined by
# the chairman, X", "X interviewed Y", "Here X talks to Y"
_ASKER_APPOSED = re.compile(
    rf"\b(?:interviewer|questioner|examiner|chairman|chairwoman|chair|counsel|presenter|host|"
    rf"solicitor|barrister|prosecutor|advocate)"
    rf"(?:\s*,\s*|\s+)(?P<name>{_NAME})"
)
_ASKED_BY = re.compile(
    # "JOHN BIRKETT, sworn. Examined by Mr Roper.": a transcript's heading line as well
    rf"\b(?:[Ii]nterviewed|[Ee]xamined|[Qq]uestioned|[Cc]ross-examined|[Rr]ecorded|asked)\s+by\s+"
    rf"(?:the\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:[a-z]+\s*,\s*)?(?P<name>{_NAME})"
)
_ASKS = re.compile(
    rf"(?P<asker>{_NAME})\s+(?:(?:first|then|later|also)\s+)?(?:interviewed|interviews|"
    rf"recorded|records|spoke\s+to|speaks\s+to|talked\s+to|talks\s+to|examined|examines|"
    rf"questioned|questions|asked|asks|visited|visits)\s+"
    # "… interviewed a retired signalman, Emlyn Rowe"
    rf"(?:(?:a|an|the|his|her|their)\s+[^,.;:\n]{{1,40}},\s*)?(?P<name>{_NAME})"
)


@dataclass
class _Turn:
    label: str
    start: int  # the turn's words in the source, the label left out
    end: int
    examiner: str | None = None  # who asks, as a "BY MR. DAVIES:" line before it says
    stamp: str | None = None  # where in the recording, as a transcript's "[00:12:40]" says


class _TurnReading(_Attribution):
    """Reads a block quotation whose lines are labelled turns as one passage a turn."""

    def _turns(self, start: int, end: int, lead: str) -> list[_Turn] | None:
        """The labelled turns of the block quotation ``text[start:end]`` after the paragraph
        ``lead``, or None when it is no transcript (it opens with a label and has at least two
        turns, by at least two different labels; a line without a label goes on the turn
        before it)."""
        turns: list[_Turn] = []
        position = start
        examiner = None
        exchanges = 0  # questions answered on their own line, as minutes of evidence print them
        for line in self.text[start:end].split("\n"):
            line_start, position = position, position + len(line) + 1
            prefix = _LINE_START.match(line)
            at = prefix.end() if prefix else 0
            stamp = prefix["stamp"] if prefix else None
            label = _TURN_LABEL.match(line, at)
            by = _EXAMINER_LINE.match(line, at)
            exchange = _NUMBERED_EXCHANGE.match(line, at)
            if by is not None:
                examiner = by["name"]
            elif exchange is not None:  # "412. How many …?—Eleven.": a question and its answer
                asker = exchange["asker"]
                asking = asker if asker and _HONORIFIC_NAME.match(asker) else examiner
                base = line_start
                turns.append(
                    _Turn("Q.", base + exchange.start("q"), base + exchange.end("q"), asking)
                )
                turns.append(_Turn("A.", base + exchange.start("a"), base + exchange.end("a")))
                exchanges += 1
            elif label is not None and (self._speaker_label(label, lead) or _sender(label, prefix)):
                words_end = line_start + len(line)
                turns.append(
                    _Turn(label["label"], line_start + label.end(), words_end, examiner, stamp)
                )
            elif turns:
                if line[at:].strip():
                    turns[-1].end = line_start + len(line.rstrip())
            elif line[at:].strip():
                return None  # words before the first label: a quotation, not a transcript
        if len(turns) >= 2 and all(self._abbreviation(turn) for turn in turns):
            return []  # a key of abbreviations ("NLW: National Library of Wales"): no words
        turns = [turn for turn in turns if not self._key_line(turn)]
        if exchanges == 1 and len(turns) == 2:
            return None  # one numbered question and answer alone: perhaps a list's item
        labels = {self._label_key(turn.label) for turn in turns}
        if (len(turns) < 2 or len(labels) < 2) and not (
            len(turns) == 1 and _NAMED_SPEAKER.match(turns[0].label + " ")
        ):
            return None  # one turn alone only under a label that names a speaker as a debate's
            # record does ("Mr ORMSBY (Halden):"), never a "Q." or a "Note:"
        for turn in turns:
            turn.end = turn.start + _without_direction(self.text[turn.start : turn.end])
            words = self.text[turn.start : turn.end]
            closing = {"“": "”", '"': '"', "‘": "’", "«": "»"}.get(words[:1])
            if closing and words.endswith(closing) and closing not in words[1:-1]:
                turn.start, turn.end = turn.start + 1, turn.end - 1  # 'Hon. Members: "Hear."'
        return [turn for turn in turns if turn.end > turn.start]

    def _key_line(self, turn: _Turn) -> bool:
        """Whether a labelled line only says who holds a transcript's role ("Interviewer: Sam
        Hale", "Interviewee: Doris Penrose"): a key, no words of theirs."""
        words = self.text[turn.start : turn.end].strip()
        role = turn.label.rstrip(" :").strip()
        return self._abbreviation(turn) or bool(
            (_ASKER_ROLE.fullmatch(role) or _ANSWERER_ROLE.fullmatch(role))
            and _A_NAME_ALONE.fullmatch(words)
        )

    def _abbreviation(self, turn: _Turn) -> bool:
        """Whether a labelled line is an abbreviation's entry in a key."""
        words = self.text[turn.start : turn.end].strip()
        return _spelt_out(turn.label.rstrip(" :").strip(), words)

    @staticmethod
    def _label_key(label: str) -> str:
        return re.sub(r"\s*\d+\.?\s*$|[\s.:]+", " ", label).strip().casefold()

    def _speaker_label(self, label: re.Match[str], lead: str) -> bool:
        """Whether a line's opening words name who speaks: "Q."/"A.", a name or role in
        capitals or with a courtesy title, initials, a group ("Hon. Members"), a pronoun ("He
        :"), a name the paragraph before writes ("Kath Moss:" after "Kath Moss interviewed");
        never a record's field ("Present:", "Note:")."""
        if label["qa"] or label["recorded"]:
            return True
        named = label["named"].strip()
        words = named.split()
        if named.rstrip(".").casefold() in _FIELD_LABELS or len(words) > 8:
            return False
        if named in ("I", "R"):  # a social survey's "I:" (interviewer) and "R:" (respondent)
            return True
        if _PRONOUN_LABEL.fullmatch(named):
            return label["label"].rstrip(":").endswith(" ")  # "He :", as a transcript sets it
        if not all(w[:1].isupper() or w.casefold() in _SMALL for w in words):
            return False
        capitals = any(len(w.strip(".")) >= 2 and w.strip(".").isupper() for w in words)
        return bool(
            capitals
            or _HONORIFIC_NAME.match(named)
            or _GROUP_LABEL.fullmatch(named)
            or _ASKER_ROLE.fullmatch(named)
            or _ANSWERER_ROLE.fullmatch(named)
            or (label["aside"] and _HONORIFIC_NAME.match(label["aside"]))
            or (label["aside"] and self._office_held(named, label["aside"]) is not None)
            or (label["party"] and len(words) >= 2)  # "Jane Ferris (Halden) (Lab):"
            or re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", lead) is not None
        )

    @staticmethod
    def _office_held(named: str, aside: str) -> str | None:
        """The name in the parenthesis after an office ("The Presiding Officer (Ruth Kerr)"),
        or None: after a person's name a parenthesis is their seat ("Jane Ferris (Halden)")."""
        holder = aside.strip()
        if not named.startswith("The ") or not re.fullmatch(
            r"(?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]+", holder
        ):
            return None
        return holder

    def _asker_and_answerer(self, lead: str) -> tuple[str | None, str | None]:
        """Who asks and who answers in a transcript, as the paragraph before it says: "The
        interviewer, Joan Pritchard, spoke to Alice Marr", "Here Wroe talks to Rose Tindall",
        "John Hirst … was examined by the committee's chairman, Henry Lumb:"."""
        self._note_people(lead)
        asker = answerer = None
        clauses = list(_ASKS.finditer(lead))
        asks = clauses[-1] if clauses else None  # the clause nearest the transcript
        for pattern in (_ASKED_BY, _ASKER_APPOSED):
            found = list(pattern.finditer(lead))
            if found and asker is None:
                asker = self._person(found[-1]["name"], lead)
        if asks is not None:
            asker = asker or self._person(asks["asker"], lead)
            answerer = self._person(asks["name"], lead)
        people = [
            self._full_name(name, near=lead)
            for match in re.finditer(_NAME, lead)
            if (name := _clean_name(match[0])) is not None
            and self._full_name(name, near=lead) in self.people
        ]
        if answerer is None:
            others = [p for p in people if asker is None or not _same_person(p, asker)]
            answerer = others[0] if others else None
        return asker, answerer

    def _person(self, written: str, lead: str) -> str | None:
        name = _clean_name(written)
        return self._full_name(name, near=lead) if name else None

    def _turn_speaker(
        self, label: str, asker: str | None, answerer: str | None, lead: str
    ) -> tuple[str | None, bool]:
        """The speaker a turn's label gives (a name the person written in full in the text or
        in the paragraph ``lead`` before the transcript), and whether it is unnamed."""
        found = _TURN_LABEL.match(label + " x")
        assert found is not None  # a label the transcript was read by
        if found["qa"]:
            # who asks and answers as the lead-in says, else as the text's key or credit does
            # ("Interviewer: Sam Hale", "Interviewee: Doris Penrose", "Interviewed by …")
            asker = asker or self.roles.get("interviewer")
            answerer = answerer or self.roles.get("interviewee")
            return (asker, False) if found["qa"].casefold() in _ASKING else (answerer, False)
        named = (found["named"] or found["recorded"]).strip()
        if found["aside"] and _HONORIFIC_NAME.match(found["aside"]):
            named = found["aside"].strip()  # "The Minister of Transport (Mr Morland)"
        elif found["aside"] and (holder := self._office_held(named, found["aside"])) is not None:
            named = holder  # "The Secretary of State for Health (Anne Crewe):"
        if re.fullmatch(r"(?:[A-Z]\.?){2,3}", named):  # initials: "JH", "D.W."
            letters = named.replace(".", "")
            fitting = {
                p
                for p in [*(x for x in (asker, answerer) if x), *self.people]
                if "".join(w[0] for w in p.split() if w[:1].isupper()) == letters
            }
            return (fitting.pop(), False) if len(fitting) == 1 else (None, False)
        named = " ".join(
            w.capitalize() if len(w.strip(".")) >= 2 and w.isupper() else w for w in named.split()
        )  # "MR CASSIDY": Mr Cassidy
        if named == "R" or (named == "I" and not found["label"].rstrip(":").endswith(" ")):
            return (asker, False) if named == "I" else (answerer, False)  # "I:" / "R:"
        if _PRONOUN_LABEL.fullmatch(named):
            return None, False  # "I :", "He :": whoever the account is by or about
        if _ASKER_ROLE.fullmatch(named):
            role = re.sub(r"^the\s+", "", named, flags=re.IGNORECASE).casefold()
            held = self.roles.get(role) or asker
            return (held, False) if held else (named, True)
        if _ANSWERER_ROLE.fullmatch(named):
            return (answerer, False) if answerer else (named, True)
        if _GROUP_LABEL.fullmatch(named):
            return named, True
        if named.startswith("The "):  # "THE COURT:", "The SPEAKER pro tempore.": an office
            held = self.roles.get(named.split()[-1].casefold())
            return (held, False) if held else (named, True)
        surname = named.split()[-1]
        written = {  # "Mr. DORN." after "Representative Ellis Dorn of Vermont spoke first"
            full
            for match in re.finditer(_NAME, lead)
            if (cleaned := _clean_name(re.split(r"\s+of\s+", match[0])[0])) is not None
            and len((full := _one_person(cleaned)).split()) >= 2
            and full.split()[-1] == surname
        }
        full = _one_person(self._full_name(named))
        return (written.pop() if full == named and len(written) == 1 else full), False

    def _turn_run(self, body: list[_Block], index: int) -> int | None:
        """Where a transcript set as plain paragraphs ends (``body[index:end + 1]``, each
        paragraph opening with a speaker's label, as a web page prints an interview with
        "<p><strong>Interviewer:</strong> …</p>"), or None when ``body[index]`` opens none.
        Paragraphs are turns only when a colon leads into them or a label comes back (a
        dialogue): a list of people, each "Dr Ada Rook: the keeper's daughter …", is no one's
        words."""
        lead = body[index - 1].text if index and not body[index - 1].heading else ""
        last = index
        labels: list[str] = []
        while (
            last < len(body)
            and not body[last].quote
            and not body[last].heading
            and (label := _TURN_LABEL.match(body[last].text)) is not None
            and self._speaker_label(label, lead)
        ):
            labels.append(self._label_key(label["label"]))
            last += 1
        dialogue = len(set(labels)) < len(labels) or lead.rstrip().endswith(":")
        if (
            last - index < 2
            or not dialogue
            or self._turns(body[index].start, body[last - 1].end, lead) is None
        ):
            return None
        return last - 1

    def _recounted_turns(
        self, outer: Proposal, passage: Callable[[int, int, list[tuple[int, int]]], Proposal]
    ) -> list[Proposal]:
        """A dialogue the quoted speaker recounts, a paragraph a turn ("I : How are you getting
        on with the sowing? / He : We have mobilised ourselves."): the other party's turns are
        passages of their own, relayed by the outer speaker and in the outer work; the
        speaker's own "I" turns are theirs, in the outer passage."""
        turns = [
            (label, block)
            for block in self.blocks
            if block.role == "body" and outer.start <= block.start and block.end <= outer.end
            if (label := _TURN_LABEL.match(block.text)) is not None
            and self._speaker_label(label, "")
        ]
        if len(turns) < 2 or len({self._label_key(label["label"]) for label, _ in turns}) < 2:
            return []
        found: list[Proposal] = []
        for label, block in turns:
            if (label["named"] or "").strip() == "I":
                continue
            start = block.start + label.end()
            proposal = passage(start, start + _without_direction(block.text[label.end() :]), [])
            speaker, unnamed = self._turn_speaker(label["label"], None, None, "")
            proposal.speaker_name, proposal.unnamed = speaker, unnamed
            proposal.work_title, proposal.page = outer.work_title, outer.page
            if not (speaker and outer.speaker_name and _same_person(speaker, outer.speaker_name)):
                proposal.via_name = outer.speaker_name
            proposal.attributed_by = "turn" if speaker else None
            proposal.doubt = None if speaker else NO_SPEAKER  # the label states who speaks
            found.append(proposal)
        return found

    def _read_turns(
        self,
        turns: list[_Turn],
        lead_paragraph: str,
        cite_text: str,
        passage: Callable[[int, int, list[tuple[int, int]]], Proposal],
    ) -> list[Proposal]:
        """One passage a turn (``passage`` cuts it from the text), each with the speaker its
        label gives and the block's citation's work and page."""
        asker, answerer = self._asker_and_answerer(lead_paragraph)
        proposals: list[Proposal] = []
        people = list(self.people)  # as named before the citation was read
        for turn in turns:
            removed = [
                (turn.start + m.start() + 1, turn.start + m.end())
                for m in re.finditer(r"\n[ \t]*(?:>[ \t]?)*", self.text[turn.start : turn.end])
                if m.end() > m.start() + 1
            ]
            proposal = passage(turn.start, turn.end, removed)
            self._attribute(proposal, "", " " + cite_text, display=True)
            cited = proposal.speaker_name
            named_before = cited and any(p.split()[-1] == cited.split()[-1] for p in people)
            if cited and proposal.work_title is None and not named_before:
                # "(Ferry Voices, p. 8)" under turns the labels give: a title, not a person
                proposal.work_title, cited = cited, None
            examiner = (
                self._person(turn.examiner.title(), lead_paragraph) if turn.examiner else None
            )
            speaker, unnamed = self._turn_speaker(
                turn.label, examiner or asker, answerer or cited, lead_paragraph
            )
            proposal.speaker_name, proposal.unnamed = speaker, unnamed
            if proposal.via_name and speaker and _same_person(proposal.via_name, speaker):
                proposal.via_name = None
            proposal.attributed_by = "turn" if speaker else None
            proposal.doubt = None if speaker else NO_SPEAKER  # the label states who speaks
            if proposal.page is None and turn.stamp:
                proposal.page = turn.stamp  # the recording's time stamp: where the words are
            self.previous = proposal
            self.quoted.append((proposal.start, proposal.end, _words(proposal.text)))
            proposals.append(proposal)
        return proposals


def _spelt_out(label: str, words: str) -> bool:
    """Whether a line is an abbreviation's entry in a key ("NLW: National Library of Wales",
    "RO: *Record Office*, Taunton"): the label's capitals are the initials of the words'
    first capitalised words, small words between them aside, and the words make no sentence."""
    if not re.fullmatch(r"[A-Z]{2,6}", label) or re.search(r"[.!?]$", words):
        return False
    capitals = [
        w[0]
        for w in re.findall(r"[^\W\d_][\w’'-]*", words.replace("*", "").replace("_", " "))
        if w.casefold() not in _SMALL
    ]
    return "".join(capitals[: len(label)]) == label


def _one_person(name: str) -> str:
    """A name as one person's: never across a sentence's end ("… came from Washington.
    Representative Carl Halverson"), without a rank before a full name."""
    return _without_honorific(re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", name)[-1])


# a stage direction a record sets after a turn's words: "(Laughter.)", "[Interruption.]"
_DIRECTION = re.compile(r"\s*[(\[](?:[A-Z][a-z]+)(?:\s+[a-z]+){0,2}\.?[)\]]\.?\s*$")


def _without_direction(words: str) -> int:
    """How long a turn's words are without the spaces, '>' marks and stage direction after
    them ("We have mobilised ourselves. (Laughter.)")."""
    end = len(words.rstrip(" \t\n>"))
    direction = _DIRECTION.search(words[:end])
    if direction is not None and direction.start() > 0:
        end = len(words[: direction.start()].rstrip())
    return end


def _sender(label: re.Match[str], prefix: re.Match[str] | None) -> bool:
    """Whether a label after a chat's posting stamp is its sender: a name of up to four
    capitalised words or a handle ("[12/04/2025, 19:02] Joan Hartigan: …")."""
    named = (label["named"] or "").strip()
    return (
        prefix is not None
        and prefix["posted"] is not None
        and 1 <= len(named.split()) <= 4
        and all(w[:1].isupper() or w[:1] in "@+" for w in named.split())
    )

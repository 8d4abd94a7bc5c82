"""A conversation in narrative: who speaks the turns a memoir, travel book, novel or court
report sets one a paragraph, as a reader follows them.

A reader keeps the speakers of the paragraphs of talk just read (the exchange) and the
narrative before it. A paragraph that is only quoted words, with no said-clause, is the turn
of the one who spoke before the last speaker (turns alternate once two people have spoken);
when only one has, it is the other person the narrative before the exchange names. A speech
that opens a paragraph after a narrative sentence about its speaker ("She told me about the
carters she had known.", "He stood up and spoke without notes.") is that speaker's, as a colon
lead-in would make it."""

from __future__ import annotations

import re

from bot.core.extract.reading.blocks import _Block
from bot.core.extract.reading.model import Proposal
from bot.core.extract.reading.phrases import _clean_name, _same_person, _without_honorific
from bot.core.extract.reading.turns import _TurnReading
from bot.core.extract.reading.vocabulary import _NAME, _NOT_NAMES, _SENTENCE_BREAK

# a narrative sentence that says someone began to talk: "She told me about the winter.", "He
# stood up and spoke without notes.", "The old man talked on."
_TALK_BEGINS = re.compile(
    r"\b(?:told|tells|spoke|speaks|talked|talks|began|begins|answered|answers|replied|replies|"
    r"said|says|explained|explains|went on|goes on|continued|continues|recalled|recalls|"
    r"remembered|remembers|described|describes|"
    r"(?:considered|considers|believed|believes|thought|thinks|felt|feels|held|holds)\s+that)\b"
)  # a view held "that …" is what the words after it say


# a said-clause after the words naming whom they were said to: "asked the pastor", "she told
# Olof Lind", "he said to the clerk"
_ADDRESSED = re.compile(
    r"^[\s”\"’»,.!?]*(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|he|she|I)\s+(?:\w+ly\s+)?"
    r"(?:asked|told|said\s+to|answered|replied\s+to|called\s+to|shouted\s+to)\s+"
    r"(?P<who>the\s+[a-z][\w-]*|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


class _ConversationReading(_TurnReading):
    """Reads the turns of a conversation set in narrative paragraphs."""

    def __init__(self, text: str, author: str, deadline: float) -> None:
        super().__init__(text, author, deadline)
        self.exchange: list[str | None] = []  # the speakers of the paragraphs of talk just read
        # the narrative that sets the scene: the paragraph before the exchange and the words
        # of its first paragraph outside the quotation marks
        self.scene = ""
        self.addressee: str | None = None  # whom the last said-clause names as spoken to

    def _addressee(self, written: str) -> str | None:
        """The person a said-clause names as spoken to: "the pastor" as the text named the
        pastor, "Lind" or "Olof Lind" by the full name the text gives."""
        role = re.fullmatch(r"the\s+(?P<role>[a-z][\w-]*)", written)
        if role:
            return self.roles.get(role["role"])
        full = _without_honorific(self._full_name(written))
        return full if full in self.people else None

    def _follow_exchange(self, block: _Block, read: list[Proposal], *, talk: bool) -> None:
        """Keeps the exchange up to date once ``block`` is read: a paragraph with quoted words
        of talk adds its last speaker; any other paragraph ends the exchange."""
        quoted = [p for p in read if p.kind == "quotation" and block.start <= p.start < block.end]
        if talk and quoted:
            narrative = list(self.text[block.start : block.end])
            for p in quoted:
                narrative[p.start - block.start : p.end - block.start] = " " * (p.end - p.start)
            if self.exchange and not re.match(r"[“\"‘«]", block.text):
                # a paragraph opening with narrative ("The schoolmaster and the pastor were
                # waiting. “…?” Lind asked the pastor.") sets a new scene
                self.exchange, self.scene = [], ""
            if not self.exchange:
                self.scene += " " + "".join(narrative)
            self.exchange.append(quoted[-1].speaker_name)
            tail = "".join(narrative)[quoted[-1].end - block.start :]
            addressed = _ADDRESSED.match(tail)
            self.addressee = self._addressee(addressed["who"]) if addressed else None
        else:
            self.exchange = []
            self.scene = block.text if not quoted and not block.heading else ""

    def _speech_introduced(self, previous: _Block | None) -> tuple[str, bool] | None:
        """The last sentence of a narrative paragraph about someone, as a colon lead-in to the
        speech opening the next paragraph ("She told me about the salt carters she had known
        as a girl:"), and whether it says they talked (else only what they did: "He thought
        about it for a mile."); never a first person's ("I asked her about it.": the words
        after are the answer)."""
        if previous is None or previous.heading or previous.quote:
            return None
        sentences = [t for t in _SENTENCE_BREAK.split(previous.text.strip()) if t.strip()]
        last = sentences[-1].strip() if sentences else ""
        if not last.endswith(".") or re.search(r"[“”\"‘«»]", last) or re.search(r"\bI\b", last):
            return None
        talked = _TALK_BEGINS.search(last) is not None
        if not talked and not re.match(r"(?:He|She)\s+[a-z]", last):
            return None  # a beat before the words only when its subject is a person
        return last[:-1] + ":", talked

    @staticmethod
    def _beat_doubt(proposal: Proposal) -> None:
        """Doubts words given to the subject of the sentence before them when that sentence
        only says what they did ("He thought about it for a mile.")."""
        if proposal.speaker_name and proposal.doubt is None:
            proposal.doubt = (
                f"speaker taken as {proposal.speaker_name}, the subject of the sentence before "
                "the words, which does not say they spoke"
            )

    def _next_turn(self, proposal: Proposal) -> bool:
        """Gives an untagged turn its speaker from the exchange: the one who spoke before the
        last speaker, or, when only one person has spoken yet, the other person the narrative
        before the exchange names (doubted). False when neither is known."""
        last = self.exchange[-1] if self.exchange else None
        if last is None:
            return False
        others = [s for s in reversed(self.exchange) if s and not _same_person(s, last)]
        doubt = None
        if others:
            speaker = others[0]
        elif self.addressee and not _same_person(self.addressee, last):
            speaker = self.addressee  # "“…?” Lind asked the pastor." then the pastor's answer
        else:
            other = self._other_party(last)
            if other is None:
                return False
            speaker = other
            doubt = f"speaker taken as {other}, the other person of the conversation"
        proposal.speaker_name, proposal.unnamed = speaker, False
        proposal.attributed_by, proposal.doubt = "turn", doubt
        self._remember(speaker)
        return True

    def _other_party(self, speaker: str) -> str | None:
        """The first person the narrative paragraph before an exchange names, other than
        ``speaker``: whom the one who opened the conversation was talking to."""
        text = self.scene
        for match in re.finditer(_NAME, text):
            written = _clean_name(match.group(0))
            if (
                not written
                or written.split()[0] in _NOT_NAMES
                or re.match(r"(?:’s|'s)\b", text[match.end() :])  # "on Lord Denham's land"
            ):
                continue
            full = _without_honorific(self._full_name(written))
            if full in self.people and not _same_person(full, speaker) and full != self.author:
                return full
        return None

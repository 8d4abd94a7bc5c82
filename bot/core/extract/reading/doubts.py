"""Doubt: whether a proposed attribution rests on what the text states or on a guess.

A moderator reviews every proposal before anything is public; ``Proposal.doubt`` puts the
attributions to check in front of them with a short neutral reason. The rule is "trust only
stated evidence": an attribution carries no doubt only when the words' own sentence (or the
citation right after them) states it in a form that is reliable in any text:

- a speaker named in full (or by a surname nobody else in the text has) in the quotation's own
  sentence, lead-in or after, with a verb of saying or writing, or in the sentence that
  introduces a block quotation with a colon;
- a labelled turn naming the speaker (``turns`` sets no doubt);
- a citation after the words whose author is a full name, or a surname the works-cited list
  gives in full;
- a "he"/"she" with one person it can stand for: named in the paragraph before the words, and
  nobody else there it fits;
- a work written in the sentence, read from the citation, or the speaker's entry in the works
  cited; a via named in the sentence or the citation.

Everything else gets a reason: a speaker named in another sentence, a pronoun with more than one
candidate, a speaker read off a citation that gives a surname the text does not resolve, a body
or document given words with no verb, a name that looks like a place, archive or document, a work
or via taken from somewhere other than the words' sentence and citation (or one that looks like
a citation's piece), a work the sentence speaks of ("in his report", "*Observer*") with none
given, and no speaker at all
(the guessing paths in ``speakers`` and ``attribution`` add their own reason to
``_ReaderMemory.doubts`` as they guess). The test depends on how the attribution was found (the
reader's ``how`` and the citation it read), never on a text's vocabulary. A doubt never changes
what is proposed. ``tests/core/test_reading_doubts.py`` measures how well it separates wrong
attributions from right ones on every hand-checked essay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.extract.reading.described import described_speakers
from bot.core.extract.reading.entries import entry_at
from bot.core.extract.reading.model import Cite, Proposal
from bot.core.extract.reading.narrative import speaks_as_character
from bot.core.extract.reading.phrases import _same_person, _surname, _words
from bot.core.extract.reading.vocabulary import (
    _BODY_NAME,
    _BY_SAYING,
    _CALLED_IT,
    _HONORIFIC,
    _ITS_DOCUMENT_SAYS,
    _NAME_THEN_WHEN,
    _NEWSPAPER,
    _NOT_PERSON_ENDINGS,
    _PARTICLES,
    _SENTENCE_OR_QUOTE_BREAK,
    _SUBJECT_VERBS,
    _TITLE_SEX,
    _WORDS_MADE,
)

if TYPE_CHECKING:
    from bot.core.extract.reading.speakers import _SpeakerReading

NO_SPEAKER = "no speaker is named for these words"
NAMED_ONLY = "speaker named only as"
WORK_UNNAMED = "the sentence speaks of a work, but none is given"
# a sentence whose subject is a document that says the words ("The programme guidance says
# that", "The trust's handbook tells volunteers", "Its annual report put it"): its note's author
# wrote them
_DOCUMENT_SAYS = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'-]*(?:’s|'s))\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:guidance|handbook|report|plan|programme|program|leaflet|policy|strategy|constitution|"
    r"rules|newsletter|statement|guide|manual|prospectus|brochure|charter|survey|booklet|"
    r"bulletin|circular|notice|submission|response|review)\b[^“”\"‘’.!?]{0,80}?\b(?:says|said|"
    r"states|stated|put\s+it|puts\s+it|notes|noted|records|recorded|warns|warned|advises|"
    r"advised|explains|explained|promises|promised|insists|insisted|tells|told|describes|"
    r"described|calls|called)\b"
)
_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|him|their|them)\b", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-Z]\.?\s+[A-Z]")  # "E Marsh": a reference list's form
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")
# "Dale 1990", "Peter Naylor's", "Pember (n 7) 118", "… village 14": a citation's pieces
_CITATION_LIKE = re.compile(
    r"\((?:[^()]*\s[^()]*|\d+)\)|(?:’s|'s)$|^[A-Z][\w’'-]+,?\s+\d{4}$|\s\d{1,3}$"
    r"|\[\w{1,3}\]$"  # "… Footplate[6]": a note marker
)
_SAYING = re.compile(
    rf"\b(?:{_SUBJECT_VERBS}|{_CALLED_IT}|{_BY_SAYING}|"
    # the phrases that give words to someone without a verb: "according to Ann Rudd", "in the
    # words of its founder", "In his words", "Rudd’s verdict was that"
    r"according\s+to|in\s+the\s+words\s+of|in\s+(?:his|her|their)\s+(?:own\s+)?words|"
    # a participle of saying after a predicate about the subject: "was blunt, calling it"
    r",\s+(?:calling|describing|dismissing|branding|labelling|saying|telling|warning|"
    r"insisting|arguing|adding)\b|"
    # "In Whitlow’s own closing words"
    r"in\s+\S+(?:’s|'s)\s+(?:own\s+)?(?:[a-z]+\s+)?words|"
    r"(?:’s|'s)\s+(?:own\s+)?(?:words|verdict|reply|answer|view)"
    r"(?:\s+of\s+(?:it|this|that|them|him|her))?(?:,[^,“”\"]{1,80},)?\s+(?:was|is|were|are)\b|"
    # words sent in writing to the writer: "sent me an e-mail, which I print:", "wrote us a
    # note"
    r"\b(?:sent|wrote|sends|writes)\s+(?:me|us)\s+(?:a|an|this|the\s+following)\s+(?:short\s+)?"
    r"(?:letter|e-mail|email|note|message|postcard|card|text|line)\b|"
    # the words as a passive's subject and their maker: "“…”, was chalked there by Amos Kell"
    rf"(?:was|were|been)\s+(?:\w+ly\s+)?{_WORDS_MADE}\b[^.;:“”\"]{{0,100}}?\bby\b)",
    re.IGNORECASE,
)
_ABBREVIATION = re.compile(r"\b[A-Z]{2,}\b")  # "WG", "UDC": an abbreviation, not a name
# "in his report", "in the same speech": a work the sentence speaks of
_WORK_TOLD = re.compile(
    r"\b[Ii]n\s+(?P<work>(?:his|her|their|its|the\s+same)\s+(?:\w+\s+){0,2}?[a-z]+)\b"
    r"(?<!\bwords)"  # "In his words": whose words, not a work
)
# a document a body or a person sends in, named by its kind: no work is missing ("in its
# written evidence", "in her letter of objection")
_DOCUMENT_BY_ITS_KIND = re.compile(
    r"^(?:his|her|their|its|the\s+same)(?:\s+[a-z]+){0,3}?\s+(?:evidence|response|submission|reply|answer|letter|statement|"
    r"minutes?|motion|resolution|e-?mail|memo|objection|representation)\b"
)
# "*Observer*" (a name in bold, "**Ann Rudd**", is no title)
_MARKED_TITLE = re.compile(r"(?<![\w*_])[*_](?P<work>[^*_\n]{2,80})[*_](?![\w*_])")
_NAME_WORD = re.compile(rf"(?:[A-Z][\w’'.-]*|{_PARTICLES})")


def _paragraph_before(reader: _SpeakerReading, start: int) -> str:
    """The paragraph's words before ``start`` (the paragraph before, for words that open
    their own paragraph: a block quotation)."""
    begin = reader.text.rfind("\n\n", 0, start)
    if begin >= 0 and not reader.text[begin:start].strip(" \n>“‘\"'«"):
        begin = reader.text.rfind("\n\n", 0, begin)
    return reader.text[max(begin, 0) : start]


def _mentioned(text: str, name: str) -> int:
    """Where ``text`` last writes ``name``'s surname as that person's (-1: nowhere): not
    inside a run of other capitalised words ("Ford" of "The Ford Gazette" is no Hollin
    Ford)."""
    surname = _surname(name)
    given = name[: len(name) - len(surname)].split()
    at = -1
    for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
        before = re.search(r"(\S+)\s+$", text[: found.start()])
        after = re.match(r"\s+([A-Z][\w’'-]*)", text[found.end() :])
        titled = before is not None and _HONORIFIC.match(f"{before[1]} {surname}")
        capitalised = before is not None and before[1][:1].isupper() and before[1] not in given
        ends_sentence = before is not None and before[1].endswith((".", ",", ":", ";", "!", "?"))
        if capitalised and not titled and not ends_sentence:
            continue  # "The Ford Gazette": a title's word, not Hollin Ford
        if after is not None:
            continue  # "Vane Street": a place's word
        at = found.start()
    return at


def _written_in_full(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` with its given name(s) ("Canon Frederick Oakes",
    "Edward “Turkey” Smart" for Edward Smart)."""
    # "RUTH OKONJO" in capitals or small caps is Ruth Okonjo written in full
    return any(
        re.search(r"\b" + r"\s+(?:\S+\s+){0,2}?".join(map(re.escape, form.split())) + r"\b", text)
        for form in (name, name.upper())
    )


def _named_here(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name``'s surname (not as the first word of a place: "Vane
    Street"), or its given name where the text calls nobody else so ("Marthe answered")."""
    words = name.split()
    if re.search(rf"\b{re.escape(_surname(name))}\b(?!\s+[A-Z])", text):
        return True
    return len(words) >= 2 and re.search(rf"\b{re.escape(words[0])}(?:’s|'s)?\b", text) is not None


def _person_like(name: str) -> bool:
    """Whether ``name`` has the form of a person's full name: two to five capitalised words,
    no figure, abbreviation, body's, place's or paper's word."""
    several = re.search(r"\s+et\s+al\.?$", name) is not None  # "Hartley et al."
    words = re.sub(r"\s+et\s+al\.?$", "", _HONORIFIC.sub("", name)).split()
    if "and" in words[1:-1]:  # "Sidney and Beatrice Webb": joint authors
        words = [w for w in words if w != "and"]
    return (
        (1 if several or _HONORIFIC.match(name) else 2) <= len(words) <= 5
        and not re.search(r"\d", name)
        and not any(len(w) > 2 and w.isupper() for w in words)
        and words[0] not in ("The", "A", "An")
        and all(w[:1].isupper() or _NAME_WORD.fullmatch(w) for w in words)
        and not _NOT_PERSON_ENDINGS.search(name)
        and not _BODY_NAME.search(name)
        and not _NEWSPAPER.search(name)
    )


def _name_like(name: str) -> bool:
    """A person's, a body's or a paper's name: what can say or relay words."""
    body = re.match(r"(?:The\s+)?[A-Z][a-z]+s\s+of\s+[A-Z]", name)  # "Trustees of the Bridge"
    return _person_like(name) or bool(body or _BODY_NAME.search(name) or _NEWSPAPER.search(name))


def _people_in(
    reader: _SpeakerReading, text: str, name: str, via: str | None = None
) -> list[tuple[int, str]]:
    """People (not bodies or places) other than ``name`` (and ``via``, whom the reader took as
    relaying the words) whom ``text`` names other than as an owner ("Tull's successor"), with
    where it last names them."""
    found = []
    for person in reader.people:
        at = _mentioned(text, person)
        owner = (
            re.match(rf"{re.escape(person.split()[-1])}(?:’s|'s)", text[at:]) if at >= 0 else None
        )
        # "Ann Lee, who farms at Coombe Barton,": a place where someone is, nobody who speaks
        placed = (
            at >= 0
            and re.search(r"\b(?:at|in|near)\s+(?:[A-Z][\w’'-]*\s+){0,3}$", text[:at]) is not None
        )
        if (
            at >= 0
            and owner is None
            and not placed
            and not _same_person(person, name)
            and not (via and _same_person(person, via))
            and not _NOT_PERSON_ENDINGS.search(person)
        ):
            found.append((at, person))
    return sorted(found)


def _one_so_called(reader: _SpeakerReading, name: str, naming: str) -> bool:
    """Whether the name ``naming`` writes for ``name`` (its given name, else its surname) is
    nobody else's in the text; initials of the same letter are the same person ("JV
    Stalin"), and a word the text sets before several surnames is a title ("Comrade")."""
    first, *_, last = name.split()
    by_given = re.search(rf"\b{re.escape(first)}\b", naming) is not None
    named = [p.split() for p in reader.people if len(p.split()) >= 2]
    titles = {w[0] for w in named if len({v[-1] for v in named if v[0] == w[0]}) > 1}
    return all(
        words[0][:1] == first[:1] or words[0] in titles
        for words in named
        if (words[0] == first if by_given else words[-1] == last)
    )


def _keyed_here(reader: _SpeakerReading, naming: str, name: str) -> bool:
    """Whether ``naming`` writes another name the text gives ``name`` ("Mrs Kettle" of Doris
    Lumb, "the NCCCA", "Flash"): that is naming them."""
    return any(
        _same_person(full, name) and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", naming)
        for short, full in reader.people_keys.items()
    )


def _one_so_titled(reader: _SpeakerReading, name: str, naming: str) -> bool:
    """Whether ``naming`` calls ``name`` by a courtesy title and surname ("Mrs Hendra") and
    ``name`` is the one of that surname the text says is of the title's sex."""
    surname = name.split()[-1]
    titled = re.search(rf"\b(?P<title>Mr|Mrs|Miss|Ms)\.?\s+{re.escape(surname)}\b", naming)
    if titled is None:
        return False
    sex = _TITLE_SEX[titled["title"]]
    family = {p for p in reader.people if p.split()[-1] == surname and reader.sexes.get(p) == sex}
    return family == {name}


def _named_in_sentence(
    reader: _SpeakerReading, name: str, naming: str, via: str | None
) -> str | None:
    """Why a speaker a lead-in or a said-clause gives is not stated there, or None."""
    keyed = _keyed_here(reader, naming, name)
    # a rank or title before the name makes it a person's, whatever it ends in ("Cllr Ellen
    # Castle", "Mrs Dorothy Lane")
    titled = re.search(rf"(?:^|\s)\S+\s+{re.escape(name)}\b", naming)
    ranked = titled is not None and _HONORIFIC.match(titled[0].strip()) is not None
    if not _person_like(name) and not ranked:
        if _ABBREVIATION.search(name) or re.search(r"\d", name) or not _name_like(name):
            return f"‘{name}’ may be a document, a place or an archive, not a speaker"
        if (_words(name) not in _words(naming) and not keyed) or not _SAYING.search(naming):
            return f"{name} is given these words, but no verb of saying names it"
        return None
    in_full = _written_in_full(naming, name) or keyed
    if in_full:
        pass
    elif (
        _named_here(naming, name)
        or any(
            _same_person(person, name) and role in naming.lower()
            for role, person in reader.roles.items()
        )
        or any(  # "The returning officer declared": the one the text names in that role
            holder.name == name and re.search(rf"\b{re.escape(holder.head)}\b", naming.lower())
            for holder in reader.role_holders
        )
    ):  # "Holroyd puts it", "Marthe answered", "said the colonel" (the one the text names so)
        entry = entry_at(reader.entries, reader.position)
        subject = entry is not None and entry.subject == name  # a reference entry's surname
        if (
            not subject
            and not _one_so_called(reader, name, naming)
            and not _one_so_titled(reader, name, naming)
        ):
            return f"speaker taken as {name}; the text names others called {name.split()[-1]}"
    else:
        return f"speaker taken as {name}, named in another sentence"
    if (
        not _SAYING.search(naming)
        and not (in_full and naming.rstrip().endswith(":"))
        and not _NAME_THEN_WHEN.search(naming.strip())
    ):  # "Hale, at the bar:": the name and a time or place, nothing else, before the words
        # a colon after a sentence naming someone by surname only ("Price reproduces the
        # Board's notice:") says the words are quoted there, not whose they are
        return f"speaker taken as {name}; no verb of saying in the sentence"
    others = _people_in(reader, naming, name, via)
    return f"the lead-in names {name} and also {others[-1][1]}" if others else None


def _pronoun_doubt(
    reader: _SpeakerReading, proposal: Proposal, name: str, naming: str
) -> str | None:
    word = _PRONOUN.search(naming)
    said = f"‘{word[0].lower()}’" if word else "a pronoun"
    paragraph = _paragraph_before(reader, proposal.start)
    begin = proposal.start - len(paragraph)
    for start, end, _words_quoted in reader.quoted:  # a name inside quoted words ("[Coe]")
        a, b = max(start, begin) - begin, min(end, proposal.start) - begin
        if a < b:  # is not one the essay's prose gives the pronoun
            paragraph = paragraph[:a] + " " * (b - a) + paragraph[b:]
    if word is not None and paragraph.endswith(naming):  # a lead-in: what comes before "she"
        paragraph = paragraph[: len(paragraph) - len(naming) + word.start()]
    named_at = _mentioned(paragraph, name)
    given = name.split()[0] if len(name.split()) >= 2 else ""
    if named_at < 0 and reader._given_name_of(given) == name:
        # "Thomas went to London" of Thomas Penrose: named by the one given name he has
        named_at = max((m.start() for m in re.finditer(rf"\b{given}\b", paragraph)), default=-1)
    if named_at < 0:  # "The Inspector was …. He …", "Peggy came …. she": named by the role
        # or the other name the text gave them
        roles = [
            rf"\b[Tt]he\s+{re.escape(r)}\b"
            for r, p in reader.roles.items()
            if _same_person(p, name)
        ]
        keys = [
            rf"(?<!\w){re.escape(short)}(?!\w)"
            for short, full in reader.people_keys.items()
            if _same_person(full, name)
        ]
        named_at = max(
            (m.start() for said in roles + keys for m in re.finditer(said, paragraph, re.I)),
            default=-1,
        )
    talk = getattr(reader, "talk", None)
    if named_at < 0 and talk is not None and name in talk.speakers:
        return None  # the heading over the section names them: "Session 1: Ann Lee, …"
    entry = entry_at(reader.entries, proposal.start)
    if named_at < 0 and entry is not None and _same_person(entry.subject, name):
        return None  # a reference entry's "she" is whom its headword names: no guess
    if named_at < 0:
        return f"{said} taken as {name}, named only in an earlier paragraph"
    ends = (". ", "! ", "? ", "\n")
    sentence_at = max(paragraph.rfind(end, 0, named_at) for end in ends)
    found = [paragraph.find(end, named_at) for end in ends]
    sentence_end = min([at for at in found if at >= 0] or [len(paragraph)])
    others = [
        person
        for at, person in _people_in(reader, paragraph, name, proposal.via_name)
        if sentence_at < at < sentence_end and (word is None or reader._sex_fits(word[0], person))
    ]  # someone else it fits named in the speaker's sentence ("Vane and Rook kept the light")
    # (one named later, whom the reader passed over, is the guessing path's doubt: speakers)
    if others:
        return f"{said} taken as {name}, named in one sentence with {others[-1]}"
    return None


def _without_et_al(name: str) -> str:
    return re.sub(r"\s+et\s+al\.?$", "", name)


def _listed(reader: _SpeakerReading, name: str, title: str | None = None) -> bool:
    """Whether the works cited or the notes read so far list ``name`` (as the author of
    ``title``, when given)."""
    entries = [(full, listed) for full, _year, listed in reader.cited] + reader.noted
    return any(
        _name_like(full)
        and any(
            _same_person(author, _without_et_al(name))
            for author in _without_et_al(full).split(" and ")
        )
        and (title is None or (listed is not None and _words(listed) == _words(title)))
        for full, listed in entries
    )


def _cited_in_full(reader: _SpeakerReading, cite: Cite | None, name: str) -> bool:
    """Whether the citation read for the words names ``name`` as their author: a person or a
    body in full, or a surname the works cited or the notes give in full."""
    if cite is None or not cite.speaker:
        return False
    written = _without_et_al(cite.speaker)
    if not _same_person(written, _without_et_al(name)):
        return False
    if not _name_like(name) and _words(cite.speaker) != _words(cite.work or ""):
        # "Ann (1979) Hebblethwaite", "WYAS Wakefield": a citation's pieces (a paper cited
        # for its own words, "— The Stage", names itself)
        return False
    return len(written.split()) >= 2 or _listed(reader, name)


def _other_sayer(lead: str, name: str) -> str | None:
    """A person other than ``name`` whom ``lead`` names before its verb of saying, or None."""
    saying = _SAYING.search(lead)
    if saying is None:
        return None
    for person in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b", lead[: saying.start()]):
        words = person[0].split()
        # a shared surname is not the same person when the given names differ
        given_differs = len(name.split()) >= 2 and words[0][:1] != name.split()[0][:1]
        if words[0] not in {"The", "In", "At", "On", "By"} and (
            given_differs or not _same_person(person[0], name)
        ):
            return person[0]
    return None


def _name_doubt(name: str) -> str | None:
    bare = _COURTESY.sub("", name)
    if len(name.split()) == 1 or (bare != name and len(bare.split()) == 1):
        return f"{NAMED_ONLY} ‘{name}’: no full name in the text"
    if _INITIALS.match(name):
        return f"{NAMED_ONLY} ‘{name}’: an initial, no full name in the text"
    return None


def _speaker_doubt(
    reader: _SpeakerReading, proposal: Proposal, name: str, *, unnamed: bool, how: str, naming: str
) -> str | None:
    cite, lead = reader.stated
    if unnamed and how == "pronoun":  # "she wrote", of "a parishioner" named before
        if _words(name) in _words(_paragraph_before(reader, proposal.start)):
            return None
        return f"speaker taken as {name}, described only in an earlier paragraph"
    if unnamed and how == "signature":
        return None  # "A RATEPAYER" under a letter: the writer as signed
    if unnamed:
        # not "One pupil of the X School", "The inspector who came for the X Board"
        head = re.split(r"\s+(?:of|from|at|in|who)\s+", name)[0]
        if re.search(r"\b[A-Z][\w’'-]*\s+[A-Z]", head.split(maxsplit=1)[-1]):
            return f"‘{name}’ may be a document or a place, not a speaker"  # "the Tower Book"
        if _words(name) not in _words(naming):
            return f"speaker taken as {name}, described in another sentence"
        said = any(_words(d.name) == _words(name) for d in described_speakers(naming))
        if not _SAYING.search(naming) and not naming.rstrip().endswith(":") and not said:
            # "inspectors judged that", "The home supporters, who had sung": a described
            # subject's own verb leads to the words
            return f"speaker taken as {name}; no verb of saying in the sentence"
        return None
    if proposal.work_title and speaks_as_character(naming or lead) and name in (naming or lead):
        return None  # "Bryony's line at the end of I.ii, “…”": a character, by the name it has
    if how == "signature":
        return None  # signed under the words, by a first name too: "— Doreen, Orchard Close"
    single = _name_doubt(name)
    if single is not None:
        return single
    if reader.written_here is not None and _same_person(reader.written_here[0], name):
        return None  # "The entry, by Dr Ruth Emsley, calls it": the document's writer, stated
    if cite is not None and cite.writer and cite.speaker and _same_person(cite.speaker, name):
        return None  # "Email, Ruth Oyelaran to the grants officer": who wrote it, stated
    if how == "citation" and (other := _other_sayer(lead, name)) is not None:
        # "… by Josiah Kemble, who said at its opening that “…” (A, p. 9)": the cited work's
        # author may be passing on the words of the person the sentence has speak
        return f"the sentence has {other} speak, but the citation names {name}"
    if _cited_in_full(reader, cite, name) or how == "signature":
        return None  # the citation after the words names its author, or they are signed
    discussed = reader.discussed
    if (
        how == "citation"
        and discussed is not None
        and discussed.author == name
        and _words(proposal.work_title or "") == _words(discussed.title)
    ):  # "The book opens:" (1) in a review of it: its author's words, as its head says
        return None
    if how == "pronoun":
        return _pronoun_doubt(reader, proposal, name, naming)
    if (
        how == "lead-in"
        and _ITS_DOCUMENT_SAYS.search(naming or lead)
        and _words(name) in _words(_paragraph_before(reader, proposal.start))
    ):
        return None  # "Tamsford Town Council resolved …. Its motion asked": the body just named
    if how in ("lead-in", "after"):
        return _named_in_sentence(reader, name, naming or lead, proposal.via_name)
    if how == "continued":
        return f"speaker taken as {name}, who spoke the words before"
    if how == "narrator":
        return None  # the text's own "I" with a verb of saying: its author
    title = proposal.work_title
    if (
        title
        and _name_like(name)
        and (
            (cite is not None and cite.work and _words(name) in _words(title))
            or _listed(reader, name, title)
        )
    ):  # "(Rules of the Lace School, p. 2)", a works-cited entry's author: the issuer's words
        return None
    if cite is not None and cite.speaker and _same_person(cite.speaker, name):
        if cite.work and _DOCUMENT_SAYS.search(naming or lead):
            return None  # the sentence names the document, its note the document's author
        if not _person_like(name):
            return f"{name} is given these words by a citation, with no verb of saying"
        return f"speaker read off a citation that names only ‘{cite.speaker}’"
    return f"speaker taken as {name}, the author of the work cited"


def _work_doubt(reader: _SpeakerReading, proposal: Proposal, naming: str) -> str | None:
    title = proposal.work_title
    if title is None:
        cite, lead = reader.stated
        described = cite is not None and cite.described  # "W. Dacre, diary, p. 71": untitled
        if proposal.page and proposal.via_name is None and not described:
            return f"a page ({proposal.page}) is cited, but no work is named for it"
        told = _WORK_TOLD.search(f"{lead} {naming}") or _MARKED_TITLE.search(f"{lead} {naming}")
        if (
            told
            and not proposal.via_name
            and not (cite is not None and cite.work)
            and not described
            and not _DOCUMENT_BY_ITS_KIND.search(
                told["work"] + told.string[told.end() : told.end() + 40]
            )
        ):
            return f"{WORK_UNNAMED} (‘{told['work']}’)"
        return None
    if _CITATION_LIKE.search(title):
        return f"work ‘{title}’ may be part of a citation, not a title"
    if _ABBREVIATION.search(title) and len(title.split()) <= 3:
        return f"work ‘{title}’ may be an abbreviation the text does not expand"
    cite, lead = reader.stated
    written = _words(title)
    if (
        cite is not None
        and cite.work
        and (_words(cite.work) in written or written in _words(cite.work))
    ):
        return None  # read from the citation after the words
    if reader.written_here is not None and _words(reader.written_here[1] or "") == written:
        return None  # the catalogue an entry is in, the article its writer wrote, stated
    discussed = reader.discussed
    placed = proposal.page or reader.placed_in_discussed  # a page, "(ch. 4)", "its dedication"
    if discussed is not None and placed and _words(discussed.title) == written:
        return None  # a place in the work the text discusses, as its head says
    sentence = _SENTENCE_OR_QUOTE_BREAK.split(reader.before)[-1]
    if written in _words(f"{lead} {naming}") or written in _words(sentence):
        return None  # named in the words' own sentence (also before the clause that gives them)
    short = title.split()[-1]
    if len(short) > 3 and short[:1].isupper() and re.search(rf"\b{re.escape(short)}\b", naming):
        return None  # "The Advertiser's reviewer": the Hollinsfield Advertiser
    name = proposal.speaker_name or ""
    if any(
        listed and _words(listed) == written and _same_person(full, name)
        for full, _year, listed in reader.cited
    ):
        return None  # the speaker's entry in the works cited
    return f"work ‘{title}’ is not named beside these words"


def _via_doubt(reader: _SpeakerReading, proposal: Proposal, naming: str) -> str | None:
    via = proposal.via_name
    if via is None:
        return None
    if via[:1] in "“‘\"'*_" or re.search(r"\d", via):
        return f"‘{via}’, given as relaying these words, may be a title, not a name"
    cite, lead = reader.stated
    if cite is not None and cite.via and _same_person(cite.via, via):
        return None
    discussed = reader.discussed
    if (
        discussed is not None
        and discussed.author == via
        and proposal.page
        and not (cite is not None and (cite.speaker or cite.work))
        and (proposal.speaker_name or "?").split()[-1] in _SENTENCE_OR_QUOTE_BREAK.split(lead)[-1]
    ):
        # "Pell's own account, from the diary she found, …:" (41): the work the text
        # discusses prints the words of the one its sentence names, at a page of it
        return None
    if cite is not None and any(
        part and (_same_person(part, via) or _words(part) == _words(via))
        for part in (cite.speaker, cite.work, cite.via_work)
    ):
        return None  # the cited book or paper prints the words
    if _mentioned(f"{lead} {naming}", via) >= 0 or _words(via) in _words(f"{lead} {naming}"):
        return None
    return f"relayed by {via}, who is not named beside these words"


def settled(proposal: Proposal) -> str | None:
    """The doubt once the whole text is read: a missing work that a later citation of the same
    words gave ("…,” she writes. “…” (Threlfall 88)) is no longer missing."""
    doubt = proposal.doubt
    if doubt and proposal.work_title and doubt.startswith(WORK_UNNAMED):
        return None
    if (
        doubt
        and proposal.work_title
        and re.fullmatch(r"a page \(.*\) is cited, but no work.*", doubt)
    ):
        return None
    return doubt


def attribution_doubt(
    reader: _SpeakerReading,
    proposal: Proposal,
    *,
    unnamed: bool,
    how: str,
    naming: str,
) -> str | None:
    """Why the attribution just given to ``proposal`` needs checking, or None when the text
    states it: a reason a guessing path recorded, else the first piece of the attribution
    (speaker, work, via) that the words' sentence and citation do not state."""
    if reader.doubts:
        return reader.doubts[0]
    name = proposal.speaker_name
    if name is None:
        return NO_SPEAKER
    return (
        _speaker_doubt(reader, proposal, name, unnamed=unnamed, how=how, naming=naming)
        or _work_doubt(reader, proposal, naming)
        or _via_doubt(reader, proposal, naming)
    )

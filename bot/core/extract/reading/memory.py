"""What the reader remembers as it reads: the people named so far, the works cited, the
notes; every later layer reads and adds to it."""

from __future__ import annotations

import bisect
import re
import time

from bot.core.extract.formats import TOO_SLOW, ReadingError
from bot.core.extract.reading.apparatus import cast_list, read_apparatus
from bot.core.extract.reading.blocks import _blocks
from bot.core.extract.reading.contributions import Thread, read_contributions
from bot.core.extract.reading.discussed import read_discussed_work, read_entries
from bot.core.extract.reading.entries import Entry, entry_at, read_reference_entries
from bot.core.extract.reading.letters import Letters, address_roles, read_letters
from bot.core.extract.reading.model import Cite, Proposal
from bot.core.extract.reading.phrases import (
    _clean_name,
    _is_office,
    _is_person_noun,
    _same_person,
    _surname,
    _title_spans,
    _without_honorific,
)
from bot.core.extract.reading.quotebook import read_quotation_book
from bot.core.extract.reading.referents import read_role_holders, role_holder
from bot.core.extract.reading.signatures import Signature
from bot.core.extract.reading.sources_list import read_source_list
from bot.core.extract.reading.vocabulary import (
    _BODY_NAME,
    _FIRM_END,
    _HONORIFIC,
    _NAME,
    _NEWSPAPER,
    _NOT_NAMES,
    _NOT_PERSON_ENDINGS,
    _PARTICLES,
    _TITLE_SEX,
)
from bot.core.extract.reading.voices import Voices
from bot.core.extract.reading.volume import read_volume


class _ReaderMemory:
    """The reading being read and what has been read of it so far."""

    def __init__(self, text: str, author: str, deadline: float) -> None:
        self.text = text
        self.author = author
        self.deadline = deadline
        self.blocks = _blocks(text)
        # a reference work's entries, each about the person its headword names (entries.py)
        self.entries = read_reference_entries(text, self.blocks)
        self.debris = sorted(span for block in self.blocks for span in block.debris)
        # the entries of a book of quotations, printed without quotation marks (quotebook.py)
        self.quotebook = read_quotation_book(text, self.blocks)
        self.notes: list[tuple[int, int, str, str]] = []  # (group, offset, number, body)
        self.position = 0  # where the quotation being attributed ends: which notes it means
        self.cited_lines: list[str] = []  # the works-cited entries as written
        self.abbreviations: dict[str, str] = {}  # "WCLS" -> "Western Coast Lifeboat Society"
        # another name the text gives one person or body: "JRH" -> "John R. Holloway" (a key's
        # initials), "Flash" -> "Arthur Binns", "Mrs Kettle" -> "Doris Lumb" (aliases.py)
        self.people_keys: dict[str, str] = {}
        self.references: dict[str, Cite] = {}  # "[1] Shaw, R. (1981) …" after "References"
        self.quoted: list[tuple[int, int, str]] = []  # every quotation read so far: its words
        self.cited: list[tuple[str, str | None, str | None]] = []  # (full name, year, title)
        # names as first written in full; a cast list's hold from the start, as a list does
        self.people: list[str] = cast_list(text)
        # every person's full name the text writes anywhere, for a surname written before it
        self.named_anywhere = _full_names(text)
        self.last_person: str | None = None
        self.last_note: Cite | None = None
        self.previous: Proposal | None = None
        self.before = ""  # the paragraph's words before the quotation being attributed
        self.only_a_phrase = False  # the words being attributed are shorter than a clause
        self.noted: list[tuple[str, str]] = []  # (author, title) of the notes read so far
        self.editions: dict[str, str | None] = {}  # an edition a note cites -> its editor
        self.unnamed_speaker: str | None = None
        self.last_cited: tuple[str, str] | None = (
            None  # (speaker, work) of the last citation  # the last speaker quoted without a name
        )
        # people the text names together under one surname ("the Pickersgill brothers, Harold
        # and Len"): the surname alone names neither
        self.named_together: dict[str, set[str]] = {}
        # the text's own lists of people, question ranges and codes (apparatus.py)
        self.apparatus = read_apparatus(text)
        # the one work a review, a study guide or a commentary discusses (discussed.py): a bare
        # page after the words is its page
        discussed = read_discussed_work(self.blocks)
        own = discussed is not None and discussed.author and _same_person(discussed.author, author)
        self.discussed = None if own else discussed  # the reading's own title and byline: none
        # a reading list's entries, a run of reviews: the work each entry describes, from
        # where it starts (the head's work before the first)
        self.discussed_entries = [
            (start, end, work)
            for start, end, work in read_entries(self.blocks)
            if not (work.author and _same_person(work.author, author))
        ]
        self.head_discussed = self.discussed
        # the words being read are placed in the discussed work by a part or a division of it
        # the text names ("The first stage direction", "(ch. 4)"), with no page
        self.placed_in_discussed = False
        # "coxswain" -> "William Tregenza", as the text names them; a list's roles hold from
        # the start, wherever the list stands
        self.roles: dict[str, str] = self.apparatus.roles()
        # every person the text names in full with a role, before or after (referents.py)
        self.role_holders = read_role_holders(text)
        # a source a heading labels ("Source B") -> what its caption says (captions.py)
        self.source_labels: dict[str, Cite] = {}
        # where the source line set under a block starts: it is that block's, never the
        # caption of the block after it
        self.source_lines_under: set[int] = set()
        self.sexes: dict[str, str] = {}  # "Silas Moyle" -> "m" where the text says so
        # the people whose sex the text states in so many words (a title, a kin word, "and her
        # husband"), which a pronoun later in a sentence cannot unsay
        self.sexes_stated: set[str] = set()
        self.note_cites: list[tuple[int, str, Cite]] = []  # (offset, number, citation)
        self.doubts: list[str] = []  # why the attribution being read is a guess (doubts.py)
        # the writer (and the work) a document's own description states for the words being
        # read: "The entry, by Dr Ruth Emsley, calls it", "Hatton & Reeve, …, lot 77, as"
        self.written_here: tuple[str, str | None] | None = None
        self.stated: tuple[Cite | None, str] = (None, "")  # the citation read, the lead-in
        self.signature: Signature | None = None  # the signature under the block being read
        # a thread's signed contributions (a forum, a talk page, a letters page, an e-mail
        # chain): each writer is a person the text names, in full where it gives a full name
        self.thread = Thread(text, read_contributions(text, self.blocks))
        # the letters set out in it: whom each one's "you" and "I" are (letters.py)
        self.letters = Letters(read_letters(self.blocks))
        self.role_holders = sorted(
            self.role_holders + address_roles(self.blocks), key=lambda h: h.at
        )
        # the parts of the document in voices of their own: bylined entries, marked notes
        self.voices = Voices(text, author)
        # who signs the whole document at its end with their office ("Helen Marsh" /
        # "Ombudsman"): the text's own "I" where no section gives another
        # the books a list of sources gives with the page it uses (sources_list.py)
        self.source_list = read_source_list([b.text for b in self.blocks if b.role != "debris"])
        # a book by several hands: each contribution's title and author (volume.py)
        self.contributions = read_volume(self.blocks)
        self.closing_signer = _closing_signer([b.text for b in self.blocks if b.role != "debris"])
        for writer in self.thread.writers():
            if len(writer.split()) >= 2 and writer not in self.people:
                self.people.append(writer)
        for entry in self.entries:  # known from the start, as a cast list's people are
            if entry.subject not in self.people:
                self.people.append(entry.subject)
            self.named_anywhere.add(entry.subject)
            if entry.sex is not None and entry.subject not in self.sexes:
                self.sexes[entry.subject] = entry.sex

    def _lookup_cited(self, surname: str, year: str | None) -> tuple[str, str | None] | None:
        """(full name, title) of the works-cited entry for an author–date or author–page
        citation; the title only when one entry is meant (an author of two works needs a year
        or a title)."""
        found = [
            (full, title)
            for full, cited_year, title in self.cited
            # the last name written, or the first author's of several ("S Hartley and A Nwosu")
            if surname.split()[-1] in (full.split()[-1], full.split(" and ")[0].split()[-1])
            and (year is None or _same_year(cited_year, year))
        ]
        if not found:
            return None
        exact = [
            (full, title)
            for full, cited_year, title in self.cited
            if (full, title) in found and year is not None and cited_year == year
        ]
        found = exact if year is not None and len(year) > 4 and exact else found  # "1998a"
        # one book in two lists (each chapter of a collection ends with its own) is one work
        found = list(dict.fromkeys(found))
        return found[0] if len(found) == 1 else (found[0][0], None)

    def _office_holder(self, name: str) -> str | None:
        """The one person named in full whom the text writes with the word before a surname
        ("Recorder Marchbank", "Coxswain Pengelly") before their full name ("Recorder Alison
        Marchbank"): that word is an office or a rank, no given name."""
        office = re.fullmatch(r"(?P<office>[A-Z][a-z]+)\s+(?P<last>[A-Z][\w’'-]+)", name)
        if office is None or not _is_office(office["office"]):
            return None  # "Eleanor Rusk" after "Eleanor Mary Rusk": a given name, no office
        word, last = office["office"], office["last"]
        if any(
            len(full.split()) == 2 and full.startswith(word + " ") and full.split()[-1] != last
            for full in self.named_anywhere
        ):
            return None  # "Christopher Hale" after "Christopher Wren": a given name too
        held = {
            full.removeprefix(word + " ")
            for full in self.named_anywhere
            if full != name
            and full.split()[-1] == last
            and (full.startswith(word + " ") or f"{word} {full}" in self.text)
        }
        held = {full for full in held if len(full.split()) >= 2}
        return held.pop() if len(held) == 1 else None

    def _full_name(self, name: str, also: str = "", near: str | None = None) -> str:
        """The fullest form of ``name`` written before ("Merrow" -> "Ada Merrow", "J. Kettering"
        -> "Josiah Kettering"); a name given in full stays as it is ("Arthur Hale" is not the
        "Edmund Hale" named before him)."""
        if name in self.people_keys:  # "the BRC" keyed as "the Brackenshire Records Committee"
            return self.people_keys[name]
        entry = self._entry()
        if entry is not None and name in (_surname(entry.subject), entry.subject.split()[0]):
            return entry.subject  # a reference entry's bare surname or first name: its subject
        kin = _KIN_AND_GIVEN_NAME.fullmatch(name)
        if kin:  # "Grandma Bisi" after "Femi's mother, Bisi Adeyemi": the one so named in full
            named = {
                p for p in self.people if len(p.split()) >= 2 and p.split()[0] == kin["given"]
            } or {p for p in self.named_anywhere if p.split()[0] == kin["given"]}
            return named.pop() if len(named) == 1 else name
        if _CAPITALS.fullmatch(name) and self._known(name):
            return self._full_name(name[0] + name[1:].lower(), also, near)  # "TRELEASE wrote"
        ranked = _HONORIFIC.match(name)
        if ranked and not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Lady)\b", name):
            rest = name[ranked.end() :]
            full = self._full_name(rest, also, near) if _surname(rest) == rest else rest
            # "Cllr de la Haye", "Judge Okafor": the one person the text names so in full
            return full if full != rest else name
        titled = re.fullmatch(
            rf"(?P<title>Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Lady)\.?\s+"
            rf"(?P<last>(?:{_PARTICLES}\s+){{0,2}}\S+)",
            name,
        )
        if titled:  # "Mr Amey" after "Reginald Amey": that man, unless the text says otherwise
            full = self._full_name(titled["last"], also, near)
            sex = _TITLE_SEX.get(titled["title"])
            family = [
                p
                for p in self.people
                if _surname(p) == titled["last"] and len(p.split()) >= 2
                if self.sexes.get(p) == sex
            ]
            if sex and family and self.sexes.get(full) != sex:
                # "Mrs Penrose" of a family: its woman the paragraph names last, else the one
                # the text named first (the family's mother, named with her husband); a woman
                # the text says is one before anyone whose sex it does not say
                paragraph = self.before if near is None else near
                here = [p for p in family if p in paragraph]
                return max(here, key=paragraph.rfind) if here else family[0]
            if full != titled["last"] and self.sexes.get(full) in (None, "?", sex):
                return full
            if full == titled["last"] and len(family) == 1:
                return family[0]  # "Mrs Garland" of "Hugh and Edith Garland": the one woman
            if self.author.split()[-1:] == [titled["last"]] and len(self.author.split()) >= 2:
                return self.author  # minutes' "Mr Ollerton" when Dennis Ollerton wrote them
            return name
        held = self._office_holder(name)
        if held is not None:  # "Recorder Marchbank" after "Recorder Alison Marchbank": she
            return held
        surname = _surname(name)
        given = name[: len(name) - len(surname)].split() if name.endswith(surname) else []
        initials = all(re.fullmatch(r"(?:[A-Z]\.?)+", g) for g in given)
        written = [_clean_name(m.group(0)) for m in re.finditer(_NAME, also)] if also else []
        written = [  # "Dr Ellen Marsh" written in the lead is the "E Marsh" cited
            re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Lady)\.?\s+(?=\S+\s)", "", w)
            for w in written
            if w
        ]
        fitting = [
            person
            for person in [*self.people, *(w for w in written if w and len(w.split()) >= 2)]
            if _surname(person) == surname
            and len(person) >= len(name)
            and (not given or (initials and person[:1] == name[:1]))
        ]
        paragraph = self.before if near is None else near  # the words before the name
        here = [person for person in fitting if person in paragraph]
        if here:  # of two people with one surname, the one the paragraph named last
            return max(here, key=paragraph.rfind)
        if not given and len(self.named_together.get(name, set()) & set(fitting)) >= 2:
            return name  # "Pickersgill" of "the Pickersgill brothers, Harold and Len": nobody
        if fitting:
            return fitting[0]
        if given:
            return name
        if name.lower() in self.roles and not self._lookup_cited(name, None):
            return self.roles[name.lower()]  # "The Baron wrote": the one the text named so
        first = [p for p in self.people if len(p.split()) >= 2 and p.split()[0] == name]
        if len(set(first)) == 1 and not self._lookup_cited(name, None):
            return first[0]  # "Marthe answered" after "Marthe Arnaud": the one so called
        looked = self._lookup_cited(name, None)
        if looked:
            return looked[0]
        later = {p for p in self.named_anywhere if p.split()[-1] == name}
        if not later:  # "Walter wrote" under "… for the Life of Walter James Greenhalgh"
            later = {
                p
                for p in self.named_anywhere
                if p.split()[0] == name and not _FIRM_END.search(p)  # not "Hollis Shaw LLP"
            }
        if len(later) > 1:  # "Councillor Hollis" written too is a mention of Ruth Hollis
            later = {p for p in later if not (_HONORIFIC.match(p) and len(p.split()) == 2)}
        return later.pop() if len(later) == 1 else name  # "Hollis …" before "Ruth Hollis"

    def _role_holder(self, phrase: str) -> str | None:
        """The one the text names by the role ``phrase`` gives ("the coxswain", "The
        Inspector", "the curate"): the person it named so ("Coxswain William Tregenza", "Richard
        Treloar, H.M. Inspector of Mines"), or None."""
        role = re.fullmatch(
            r"\W*(?:the|The|our|Our)\s+(?:(?P<kind>elder|younger|learned)\s+)?"
            r"(?P<role>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)(?:\s+(?:himself|herself))?",
            phrase.strip(),
        )
        if role is not None and role["kind"]:  # "the younger prisoner", "the learned judge"
            return self.roles.get(f"{role['kind']} {role['role']}".lower())
        written = " ".join(role["role"].lower().split()) if role is not None else ""
        if written in self.roles:  # "the coxswain", "Our tower captain", "The enrolling member"
            return self.roles[written]
        counsel = re.fullmatch(
            r"\W*(?:[Ll]eading\s+)?[Cc]ounsel\s+for\s+the\s+(?P<party>[a-z]+)", phrase.strip()
        )
        if counsel is not None:  # "Counsel for the claimant": who the report says appeared
            return self.roles.get(f"counsel for the {counsel['party']}")
        addressed = re.fullmatch(
            r"\W*(?:His|Her|his|her)\s+(?P<style>Lordship|Ladyship|Honour)", phrase.strip()
        )
        if addressed is not None:  # "His Lordship, in summing up, told the jury": the judge
            return self.roles.get(addressed["style"].lower())
        # "The Alliance's chief executive": the one a list names so at the body
        owned = re.fullmatch(
            r"\W*(?:the|The)\s+(?P<owner>[A-Z][\w-]+)(?:’s|'s)\s+(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)",
            phrase.strip(),
        )
        held = self.apparatus.of_body(owned["role"], owned["owner"]) if owned else None
        # "the returning officer", "Her fiercest critic": the one the text names in that role
        return held or role_holder(phrase.strip(), self.role_holders, self.position)

    def _known(self, name: str) -> bool:
        if name in self.people_keys:
            return True
        surname = name.split()[-1]
        if _CAPITALS.fullmatch(surname):  # a surname set in capitals: "TRELEASE remembered"
            surname = name = surname[0] + surname[1:].lower()
        return any(p.split()[-1] == surname for p in self.people) or (
            self._lookup_cited(name, None) is not None
        )

    def _entry(self) -> Entry | None:
        """The reference entry the words being attributed stand in, or None."""
        return entry_at(self.entries, self.position)

    def _remember(self, name: str) -> None:
        if name != self.author and not any(p == name for p in self.people):
            self.people.append(name)
        self.last_person = name

    def _check_deadline(self) -> None:
        if time.monotonic() > self.deadline:
            raise ReadingError(TOO_SLOW, "extracting the passages took longer than its budget")


# the words of a memorial's title before the person it remembers
_IN_MEMORY_OF = re.compile(
    r"\b(?:Life|Memory|Memoriam|Funeral|Tribute|Remembrance|Celebration)\s+(?:of|to|for)\s+$"
)
# a signer's name on a line of its own, titled or not: "Helen Marsh", "Dr Ruth Amis,"
_SIGNING_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof\.|Sir|Dame|The\s+Revd|Revd|Rev\.|Canon)\s+)?"
    rf"(?P<name>{_NAME}),?"
)
# an office on the lines under it: "Ombudsman", "Head Teacher", "Clerk to the Council"
_OFFICE_LINE = re.compile(r"[A-Z][\w’'&-]*(?:,?[ \t]+[\w’'&-]+){0,7}")


def _closing_signer(paragraphs: list[str]) -> str | None:
    """The person who signs a whole decision, report or letter at its end, their office on
    the line under their name ("Helen Marsh" / "Ombudsman", "Ann Pike" / "Clerk to the
    Council"); None when the text ends otherwise."""
    if len(paragraphs) < 3:
        return None
    lines = [line.strip() for line in paragraphs[-1].strip().split("\n")]
    if not 2 <= len(lines) <= 4:
        return None
    signer = _SIGNING_NAME.fullmatch(lines[0])
    offices = lines[1:]
    if (
        signer is None
        or not 2 <= len(signer["name"].split()) <= 4
        or any(w in _NOT_NAMES for w in signer["name"].split())
        or _NOT_PERSON_ENDINGS.search(signer["name"])
        or not all(_OFFICE_LINE.fullmatch(line) for line in offices)
        or not any(_is_person_noun(w) for line in offices for w in re.findall(r"[A-Za-z]+", line))
    ):
        return None
    return signer["name"]


def _full_names(text: str) -> set[str]:
    """The people's full names a text writes anywhere: two to four capitalised words, not a
    body's, place's or title's (not after "the", "at", "in", "of" …, nor in italics)."""
    titles = sorted(_title_spans(text))
    starts = [a for a, _b in titles]

    def in_title(at: int) -> bool:
        before = bisect.bisect_right(starts, at)
        return any(at < b for _a, b in titles[max(0, before - 3) : before])

    return {
        name
        for found in re.finditer(_NAME, text)
        if not in_title(found.start())
        and (
            not re.search(
                r"\b(?:the|The|at|in|on|of|from|near|into|to)\s+$",
                text[max(0, found.start() - 8) : found.start()],  # the word before only
            )
            # whom a memorial's title names: "for the Life of Walter James Greenhalgh", "In
            # Memory of …", "A Tribute to …"
            or _IN_MEMORY_OF.search(text[max(0, found.start() - 24) : found.start()]) is not None
        )
        # "Dr Miriam Adeyemi", "Councillor Ruth Hollis": the person, without the rank
        and (name := _without_honorific(_clean_name(found.group(0)) or "")) != ""
        and 2 <= len(name.split()) <= 4
        and name.split()[0] not in _NOT_NAMES
        and all(w[:1].isupper() and not w.endswith(("’s", "'s")) for w in name.split())
        and not any(_NOT_PERSON_ENDINGS.search(w) for w in name.split())
        and not _BODY_NAME.search(name)
        and not _NEWSPAPER.search(name)
    }


# what a family calls one of its own before their given name ("Grandma Bisi", "Uncle Dev"):
# the person the text names in full with that given name
_KIN_AND_GIVEN_NAME = re.compile(
    r"(?:Grandad|Granddad|Grandpa|Grandma|Granny|Grannie|Gran|Nana|Nanna|Nan|Nanny|Grandmother|"
    r"Grandfather|Auntie|Aunty|Aunt|Uncle|Cousin)\s+(?P<given>[A-Z][\w’'-]+)"
)
# a word in capitals long enough to be a surname, not initials ("TRELEASE", not "BRC")
_CAPITALS = re.compile(r"[A-Z][A-Z’'-]{3,}")


def _same_year(listed: str | None, cited: str) -> bool:
    """Whether a citation's year names a listed entry's: the same, or one of them without the
    letter that parts an author's works of one year ("1987" cites an entry "1987a" when it is
    the only one; "1987a" never cites "1987b")."""
    if listed is None:
        return False
    return listed == cited or listed[:4] == cited or cited[:4] == listed

"""Frames: what a box, aside, caption or headnote names as the source of the words it frames.

A careful reader gives the words set in an aside headed "Local voices: Morag Ross, baker" or
"In her own words: Grace Nancarrow" to the person the heading names, every paragraph of it
until the aside ends; so with a box whose first line, set inside it, is "Box 3. In his own
words: Joseph Wells, eel-catcher", and with words set right under a heading that is a person's
name with their trade or dates ("Harry Pascoe, tarrer", "Thomas Gedney (1802–1869)") or a
verb of remembering ("Morag Ross remembers"). The
label may be anything short before a colon or a dash that says it frames someone's words
("words", "voices", "remembers"); a name with no label frames words when the person's trade or
dates follow it (a name alone is the scope's name heading).
"""

from __future__ import annotations

import re

# a person's name as a frame's label gives it: two to four capitalised words ("Morag Ross",
# "Mary Ann Pell", "Iain MacRae"); a courtesy title may stand first
_NAME = (
    r"(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z’'-]*[a-z](?:\s+(?:Mac|Mc|O’|O')?[A-Z][\w’'-]*){1,3}"
)
# what a label says of the words it frames: someone's own words, voices, memories
_VOICE = (
    r"(?i:words|voices?|remembers|remembered|recalls|recalled|memories|memory|recollections?|"
    r"says|said|speaks|testimony|witness|eyewitness|interview|in\s+conversation|tells|told|"
    r"talking|perspective|view|quotes?|story)"
)
# the person's trade, office or relation after the name ("baker", "eel-catcher", "head
# teacher at Carrow", "the foreman's daughter")
_ROLE = r",\s+(?:the\s+|a\s+|an\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5}"
_DATES = r"\(\s*(?:b\.\s*|c\.\s*)?\d{4}\s*(?:[–-]\s*(?:c\.\s*)?\d{2,4})?\s*\)"
_FRAME_LABEL = re.compile(
    rf"(?:(?P<label>[^:—–\n]{{2,60}}?)\s*(?::|\s[—–]|\s--)\s+)?(?P<name>{_NAME})"
    rf"(?:\s*(?P<born>{_DATES}))?(?P<role>{_ROLE})?\s*(?P<dates>{_DATES})?"
)
# a label that is the person and their verb of remembering or telling: "Morag Ross remembers",
# "Sam Orr, signalman, recalls the last train"
_NAME_TELLS = re.compile(
    rf"(?P<name>{_NAME}?)(?:{_ROLE},)?\s+(?i:remembers|recalls|looks\s+back|reflects|explains|"
    r"tells|writes|speaks)\b[^.!?:;]{0,50}"
)
_MAX_LABEL_CHARS = 110
# a catalogue's or an archive's reference before the entry's name ("CNM/OH/04", "OH 2019/14",
# "No. 17", "Reel 3."): where the entry is filed, no part of who it names
_REFERENCE_CODE = re.compile(
    r"^(?:[A-Z][a-z]{1,8}\.?\s*\d+[a-z]?|[A-Z][A-Z0-9]*(?:\s*[/.:-]\s*[A-Z0-9]+|\s+\d[\d/.-]*)+)[.:]?\s+(?=[A-Z])"
)


def framed_by(line: str) -> str | None:
    """The person a frame's label names as the speaker of the words it frames ("Local voices:
    Morag Ross, baker", "In her own words: Grace Nancarrow", "Harry Pascoe, tarrer", "Thomas
    Gedney (1802–1869)"), read from a heading or a short line of its own; None for any other
    line ("Songs and sayings", "Hemp and Tar: the Carrow Ropewalk", "Present: Ann Lee, chair", a
    sentence)."""
    bare = re.sub(r"^[\s>#]*|[\s*_]+$", "", line).strip("*_ ")
    bare = _REFERENCE_CODE.sub("", bare)  # "CNM/OH/04 Walter Priestley (b. 1928), lock-keeper"
    if "\n" in bare or len(bare) > _MAX_LABEL_CHARS or bare.endswith((".", ",", ";", "?", "!")):
        return None
    if bare.isupper():  # "IN HER OWN WORDS: MORAG ROSS, BAKER", a label set in capitals
        named, comma, role = bare.rpartition(",") if "," in bare else (bare, "", "")
        bare = named.title() + comma + role.lower()
    tells = _NAME_TELLS.fullmatch(bare)
    if tells is not None:
        return tells["name"]
    label = _FRAME_LABEL.fullmatch(bare)
    if label is None:
        return None
    if label["label"] is not None:
        # a label of its own must say it frames someone's words ("Present: Ann Lee, chair"
        # heads a list of those at a meeting)
        return label["name"] if re.search(rf"\b{_VOICE}\b", label["label"]) else None
    if not (label["role"] or label["dates"] or label["born"]):
        return None  # a name alone is the scope's name heading
    return label["name"]


# a caption's opening: its figure's number or where the picture stands, then the person shown
# ("Figure 6. Ivy Pask at her back door, 1947.", "Plate 3: Walter Speed, lock-keeper",
# "Above: Elsie Tonkin in the top shed")
_CAPTION = re.compile(
    r"^\W*(?:(?:Figure|Fig\.|Plate|Photograph|Photo|Picture|Illustration|Image|Exhibit)"
    r"\s+(?:\d{1,3}[a-z]?|[IVXL]{1,5})|Above|Below|Left|Right|Opposite|Overleaf)[.:]?\s+"
    rf"(?P<name>{_NAME})(?![\w’'-])"
)
# another pronoun's owner than the one shown: "with her husband", "and his son"
_SOMEONE_ELSE = re.compile(r"\b(?:with|and|beside|behind)\s+(?:his|her|their)\s+[a-z]")


def caption_subject(paragraph: str) -> str | None:
    """The person a caption opens by naming, as the one its picture shows ("Figure 6. Ivy Pask
    at her back door …"): a "she" or "he" later in the caption is that person, however many
    others the text has quoted before; None for any other paragraph, or a caption that shows
    someone else with them."""
    shown = _CAPTION.match(paragraph)
    if shown is None or _SOMEONE_ELSE.search(paragraph):
        return None
    return shown["name"]


# a headnote's sentence naming the book a person's words were gathered in: "Her poems were
# found in a tin after her death and printed by her nephew as *Fen Lark* (1936).", "His
# letters were published in 1901 as *Letters from the Level*."
_COLLECTED_AS = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:poems|verses|songs|hymns|letters|"
    r"writings|sketches|stories|essays|diaries|journals)\s+(?:were|was)\s+[^.!?*]{0,100}?"
    r"\b(?:collected|printed|published|gathered|issued|edited)\b[^.!?*]{0,80}?"
    r"\b(?:as|in|under\s+the\s+title)\s+\*(?P<title>[^*\n]{2,120})\*"
)


def collected_as(paragraph: str) -> str | None:
    """The book a headnote says the person's poems, letters or songs were gathered in ("Her
    poems were … printed by her nephew as *Fen Lark* (1936)"): the work of their words that
    follow; None when the paragraph names none."""
    collected = _COLLECTED_AS.search(paragraph)
    return collected["title"].strip() if collected else None

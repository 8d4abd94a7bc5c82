"""Frames: what a box, aside, caption or headnote names as the source of the words it frames.

A careful reader gives the words set in an aside headed "Local voices: Morag Ross, baker" or
"In her own words: Grace Nancarrow" to the person the heading names, every paragraph of it
until the aside ends; so with a box whose first line, set inside it, is "Box 3. In his own
words: Joseph Wells, eel-catcher", and with words set right under a heading that is a person's
name with their trade or dates ("Harry Pascoe, tarrer", "Thomas Gedney (1802–1869)"). The
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
    rf"(?P<role>{_ROLE})?\s*(?P<dates>{_DATES})?"
)
_MAX_LABEL_CHARS = 110


def framed_by(line: str) -> str | None:
    """The person a frame's label names as the speaker of the words it frames ("Local voices:
    Morag Ross, baker", "In her own words: Grace Nancarrow", "Harry Pascoe, tarrer", "Thomas
    Gedney (1802–1869)"), read from a heading or a short line of its own; None for any other
    line ("Songs and sayings", "Hemp and Tar: the Carrow Ropewalk", "Present: Ann Lee, chair", a
    sentence)."""
    bare = re.sub(r"^[\s>#]*|[\s*_]+$", "", line).strip("*_ ")
    if "\n" in bare or len(bare) > _MAX_LABEL_CHARS or bare.endswith((".", ",", ";", "?", "!")):
        return None
    label = _FRAME_LABEL.fullmatch(bare)
    if label is None:
        return None
    if label["label"] is not None:
        # a label of its own must say it frames someone's words ("Present: Ann Lee, chair"
        # heads a list of those at a meeting)
        return label["name"] if re.search(rf"\b{_VOICE}\b", label["label"]) else None
    if not (label["role"] or label["dates"]):
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

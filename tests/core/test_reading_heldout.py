"""The extractor on held-out essays: written and hand-checked before any run of the extractor.

Each essay (in ``tests/data/readings/``, its gold list in ``NAME.gold.json``) is a text the
extractor was not built on: a scanned-book chapter with page-break debris and endnotes, an
HTML page with footnotes, a Markdown paper with MLA citations, an EPUB of three chapters whose
first ends with its own references list, a PDF with numbered bracket references, a Markdown
talk with footnotes and Harvard citations. Four more were written blind (by someone who had
not read the extractor, their sha256 posted before any run) and kept off main until the
extractor's fixes had landed: an EPUB with APA citations and a separate References document,
a PDF typeset with Chicago endnotes in superscript numerals, a local history society's HTML
page in British single quotes with figure captions, and a typed newsletter in plain text with
footnote symbols that start again in every section. Five more were written blind the same way
(blind15) and scored once at the extractor's freeze: a Markdown paper with MLA 9 citations and
Markdown footnotes, a PDF laid out as a word processor exports it (running heads, footnotes at
the foot of each page, raised note markers) with MHRA notes, an EPUB with linked endnotes and
translated sources in guillemets, a plain-text talk with Harvard citations and bracketed
numbered notes, and an HTML page with <q> quotations and Vancouver references. Five more
(blind16) were written blind, hashed before any run and scored once at the next freeze, each
in a convention none of the others uses: a society's minutes in plain text, a Markdown blog
post whose sources are links, an HTML law essay with OSCOLA footnotes, an EPUB in Chicago
author-date with a References document, and a word-processor PDF with AMA superscript
references. Five more (blind17), written blind and hashed before any run the same way and
scored once at the next freeze, each in a convention none of the others uses: a theatre
programme note in plain text quoting press notices, a Markdown podcast review citing episodes
by time stamp, a wiki article in HTML with shortened footnotes and page marks after them, an
EPUB history of a newspaper's letters column cited by abbreviated paper and date, and a museum
catalogue laid out as a word processor exports it (PDF) citing objects by accession number.
Five more (blind18), written blind, hashed before any run and scored once
at the next freeze, each in a convention none of the others uses: a county bird report in
plain text citing observers by initials keyed in a contributors list, a Markdown newsletter
piece quoting social-media posts by handle, a society's HTML memorial tribute page, an EPUB
of a translated book with the translator's and the author's notes, and a planning-inquiry
appeal decision laid out as a word processor exports it (PDF). Five more (blind19), written
blind, hashed before any run and scored once at the next freeze: a football match report in
plain text with post-match quotations, Markdown liner notes for an album's reissue, a school
inspection report in HTML, an EPUB of a charity's trustees' annual report with notes to the
accounts, and a learned journal's obituary laid out as a word processor exports it (PDF).
Five more (blind20), written blind, hashed before any run and scored once at the next
freeze: a village history society's walk leaflet in plain text citing sources by key letters,
a Markdown chapel cookbook quoting its cooks and its own earlier editions, an auction
catalogue in HTML with provenance and literature notes, an EPUB of a theatre company's
rehearsal log with everyone known by initials, and a funder's grants-panel paper quoting
assessors laid out as a word processor exports it (PDF).
Five more (blind21), written blind, hashed before any run and scored once at the next
freeze: a family's Christmas round-robin letter in plain text, a trade-union branch bulletin
in Markdown, a Wikipedia talk page in HTML with signed comments and quoted editors, an EPUB of
a travel guide's chapters with a reading list, and a part of a historical dialect dictionary
with dated citations keyed in a list of sources, laid out as a word processor exports it (PDF).
Five more (blind22), written blind, hashed before any run and scored once at the next
freeze: a university library's press release in plain text with notes to editors, a Markdown
book review whose bare page numbers refer to the book under review, a newspaper's live blog
of an election count in HTML (newest entry first), an EPUB of a popular history whose notes are
keyed to the text by catchwords, and a select committee report citing evidence by question
number and code, laid out as a word processor exports it (PDF).
Five more (blind23), written blind, hashed before any run and scored once at the next
freeze: a council leader's speech in plain text issued as delivered with the recording's
stage directions, a Markdown rapporteur's report of a history day whose session headings
name the speakers, a fact-checking charity's HTML article with claim boxes, an EPUB of a
family history citing records in the layered form genealogists use, and an adult-education
class's source pack with lettered sources under captions, laid out as a word processor
exports it (PDF).
Five more (blind24), written blind, hashed before any run and scored once at the next
freeze: a local dictionary of quotations in plain text whose entries stand unmarked under a
person's heading with a source line after each, an author's Markdown response to a journal's
reviewers quoting their reports as blocks, a newspaper's HTML nostalgia column whose date lines
name the old issue each item comes from, an EPUB of a sociologist's monograph quoting
interviewees by pseudonym with a tag after each extract, and a publisher's reading-group guide
to a novel quoting its characters by page, laid out as a word processor exports it (PDF).
Five more (blind25), written blind, hashed before any run and scored once at the next
freeze: an entry in a county biographical dictionary in plain text in the manner of the
Oxford DNB (an inverted headword, asterisked cross-references, a run-on Sources paragraph and
the contributor's name last), a chess club newsletter's annotated game in Markdown under a PGN
header, a citizens' assembly's HTML report naming each witness only in a collapsed summary, an
EPUB of an edited collection whose chapters have authors of their own and cite each other by
"this volume", and a candidates' ward newsletter speaking for the names in its imprint, laid
out as a word processor exports it (PDF).
Five more (blind26), written blind, hashed before any run and scored once at the next
freeze: a book group's phone chat exported as plain text, a library's annotated bibliography
in Markdown whose bare pages belong to the entry above, an Australian council's "What we
heard" engagement report in HTML crediting respondents by age group and suburb, an EPUB of a
museum's roll of honour whose entries are headed surname first with sources keyed to the
introduction's abbreviations, and a lecture's slide deck exported as a handout (PDF) crediting
its quotations by dash lines, slide titles and numbers keyed to a sources slide.
Each was scored once at first sight (the figures are in the commit that added
it and beside its floors); each floor sits a few points under what the extractor last
achieved, and is raised, never lowered, as the extractor improves. ``pytest -s`` prints the figures;
``tests/data/readings/HELDOUT.md`` lists what is still wrong.
"""

from __future__ import annotations

import pytest

from bot.core.provenance import provenance_form, source_slice
from tests.fixtures.readings import EssayScore, load_gold, propose_gold_reading, score

# Per essay, the least share of its gold quotations found (recall), of proposed quotations
# that are real (precision), and of gold quotations found with the speaker, work, page and
# via the essay gives them.
FLOORS: dict[str, dict[str, float]] = {
    # first sight: recall 4/17, precision 4/5, speaker 2/17, work 1/17, page 2/17, via 4/17
    # after 7f9b42f: recall 16/17, precision 16/16, speaker 16/17, work 14/17, page 16/17, via 16/17
    # after attrib14: recall 16/17, precision 16/16, 16/17 on speaker, work, page and via
    "aldwick-choral-union": {
        "recall": 0.90,
        "precision": 0.95,
        "speaker": 0.90,
        "work": 0.90,
        "page": 0.90,
        "via": 0.90,
    },
    # first sight: recall 9/13, precision 9/11, speaker 5/13, work 4/13, page 1/13, via 6/13
    # after 3d0e779: recall 13/13, precision 13/13, speaker 13/13, work 10/13, page 11/13, via 11/13
    # after attrib14: 13/13 on each
    "carrick-rock": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.92,
        "page": 0.92,
        "via": 0.92,
    },
    # first sight (after e7c3b34): recall 11/16, precision 11/12, speaker 6/16, work 4/16,
    # page 5/16, via 8/16
    # after acd7087: recall 14/16, precision 14/14, speaker 14/16, work 13/16, page 13/16, via 14/16
    # after attrib14: 16/16 on each
    "dunmere-exchange": {
        "recall": 0.93,
        "precision": 0.95,
        "speaker": 0.93,
        "work": 0.93,
        "page": 0.93,
        "via": 0.93,
    },
    # first sight: recall 13/14, precision 13/13, speaker 10/14, work 8/14, page 11/14, via 13/14
    # after 7f9b42f: recall 14/14, precision 14/14, speaker 13/14, work 12/14, page 14/14, via 14/14
    # after attrib14: 14/14 on each
    "harlow-seed-library": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.92,
        "work": 0.92,
        "page": 0.95,
        "via": 0.95,
    },
    # first sight: recall 8/16, precision 8/9, speaker 6/16, work 6/16, page 8/16, via 8/16
    # after acd7087: recall 16/16, precision 16/16, speaker 15/16, work 15/16, page 16/16, via 16/16
    # after attrib14: 16/16 on each
    "rain-book": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.93,
        "work": 0.93,
        "page": 0.95,
        "via": 0.95,
    },
    # first sight (on a51aaad, after x14's last slice): recall 15/15, precision 15/15,
    # speaker 10/15, work 7/15, page 14/15, via 13/15
    # after attrib14's first slice: 15/15 on each
    # shape19 (a speaker is somebody: "A note in the Tower Book …" is no one): 15/15 on each
    "st-osyth-ringers": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.98,
        "work": 0.98,
        "page": 0.93,
        "via": 0.98,
    },
    # blind14's first sight, on 56a54be after attrib14's final landing (hashed before any run):
    # recall 17/17, precision 17/17, speaker 14/17, work 6/17, page 17/17, via 14/17
    # after sym14 (an article's title before its paper in a note, a justified note's wide
    # spaces, a short title of a relaying book, a letter to a body): speaker 15/17, work 16/17,
    # via 16/17, the rest unchanged
    # after attrib15s (an unnamed speaker's aside names nobody who speaks; "Their" is never
    # one person named in full): 17/17 on each
    "brackenford-bridge": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind14's first sight, on 56a54be after attrib14's final landing (hashed before any run):
    # recall 10/14, precision 10/10, speaker 6/14, work 7/14, page 9/14, via 10/14
    # after attrib15s (a title never a speaker, a sources entry written as a note, a caption,
    # a short title, a body in apposition, whom a reporter talked to): speaker, work, page
    # and via 10/14 (every quotation found is attributed right)
    # after attrib15q (a verdict "found the pictures ‘…’", "resolved that ‘…’", quoted
    # sentences standing alone), with attrib15s's: recall 14/14, precision 14/14, speaker
    # 12/14, work 12/14, page 14/14, via 14/14
    # after attrib15s's last slice ("it resolved that": the one council named in full; the
    # reviewer's paper by its full name): speaker 13/14, work 14/14
    # after attrib17r's one-word name opening a sentence as the later "she" (Doris): 14/14
    "hollinsfield-palace": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind14's first sight, on 56a54be after attrib14's final landing (hashed before any run):
    # recall 16/16, precision 16/17, speaker 12/16, work 8/16, page 16/16, via 15/16
    # after sym14 (APA narrative citations, an editor after the title, a group author's
    # abbreviation, an article with no author): speaker 16/16, work 16/16, via 16/16, the
    # rest unchanged; after attrib15q (words said to the quoted speaker stay theirs):
    # precision 16/16
    "trevanna-lifeboat": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.90,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind14's first sight, on 56a54be after attrib14's final landing (hashed before any run):
    # recall 13/13, precision 13/13, speaker 4/13, work 6/13, page 5/13, via 12/13
    # after sym14 (symbol footnotes, op. cit., a club's rules and minutes, a nickname):
    # speaker 9/13, work 11/13, page 13/13, via 12/13
    # after attrib15s (the object of "answered" is not the speaker, a relay is not the
    # speaker, a club's described minutes, a letter to the editor): 13/13 on each
    "wrenham-mere-skaters": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind15's first sight, on 3dffc39 at the extractor freeze (sha256 posted at 14:32 before
    # any run): recall 14/14, precision 14/14, speaker 14/14, work 11/14, page 13/14, via 14/14
    # after attrib16c (seen text; a narrative citation's page before the quotation, a book's
    # own span of years kept in its title): work 12/14, page 14/14; then (a Harvard article's
    # title in quote marks, a titled chapter is no work): work 14/14
    "kelsford-fire-brigade": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind15's first sight, on 3dffc39 at the extractor freeze (sha256 posted at 14:32 before
    # any run): recall 15/15, precision 15/16, speaker 14/15, work 12/15, page 14/15, via 15/15
    # after attrib16c (seen text; a note's remark after its citation, MLA's "Letter to …" label
    # where the list sets titles in italics): work 15/15, page 15/15
    # after attrib16l ("a farmer named Angus Dewar rose to object that"): speaker 15/15
    "orrin-valley-bees": {
        "recall": 0.95,
        "precision": 0.98,  # 15/15 (found19): "an article called “Why the Bees Left,”" a title
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind15's reserve, first sight on 3dffc39 (sha256 posted at 14:33 before any run):
    # recall 11/11, precision 11/11, speaker 9/11, work 2/11, page 8/11, via 8/11
    # after vanc15 (seen text): speaker 10/11, work 5/11, page 11/11, via 9/11
    # after attrib16c (seen text; a record's span of years is no part of its title): work 7/11;
    # then (a date in a split quotation's tag is no work, a <footer> signature under a block
    # quotation is its citation, an unsigned article's paper relays what was said): work
    # 10/11, via 10/11
    # after attrib16l (seen text; "he [Hosken] describes" is Hosken, "doctors like Tull"
    # makes Tull no subject): 11/11 on each
    "penhallow-hospital": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind15's first sight, on 3dffc39 at the extractor freeze (sha256 posted at 14:32 before
    # any run): recall 8/16, precision 8/13, speaker 6/16, work 4/16, page 4/16, via 5/16
    # after pdf15 (seen text; a raised note marker stays after its word in the PDF's text):
    # recall 12/16, precision 12/13, speaker 8/16, work 6/16, page 4/16, via 7/16
    # after attrib16c (seen text; an MHRA bibliography entry wrapped over two lines): work 7/16
    # after formats16 (seen text; the PDF's layout read from its geometry: block quotation
    # ends at its margin, running heads and page numbers left out, each page's notes after
    # the paragraph the page ends in): recall 15/16, precision 15/15, speaker 12/16,
    # work 8/16, page 5/16, via 11/16
    # after formats16's notes (a page's notes after its paragraph read as notes), with
    # attrib16c's MHRA notes: recall 16/16, precision 16/16, speaker 14/16, work 16/16,
    # page 16/16, via 16/16
    # after attrib16l (seen text; "Its leader, a schoolteacher named Alison Garrow," and "the
    # objection of Councillor Edith Marlow"): speaker 16/16
    "saltgate-lido": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind15's first sight, on 3dffc39 at the extractor freeze (sha256 posted at 14:32 before
    # any run): recall 14/14, precision 14/15, speaker 6/14, work 9/14, page 11/14, via 11/14
    # after attrib16c (seen text; a body named in French issues its rules, a "Hut book" note
    # describes a record): speaker 7/14, work 12/14; then (an archive's call mark "14 J 3" is
    # no page): page 12/14
    # after attrib16l (seen text; sentence structure: "a remark that X recorded", "they"
    # after an unnamed party, a reported exchange cited once): speaker 12/14, page 13/14,
    # via 13/14 (work 10/14 before attrib16c's slice); with both: speaker 13/14, work 13/14
    # then attrib16c (a short title without its article, words written in a hut book are not
    # relayed by the hut): speaker 13/14, work 14/14, page 14/14, via 14/14
    # after attrib16l's last slice ("Joseph Arnaud's own rule of the house … :"): speaker 14/14
    "sarene-refuge": {
        "recall": 0.95,
        "precision": 0.98,  # 14/14 (found19): the song the hut sang is no one's words
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # attrib16l's probes of attribution by sentence structure (no citations at all), written
    # and hand-checked before any run of the extractor on them, then used to fix it (seen text)
    # first sight on b0b26dd's parent (main at 17:33): recall 10/11, precision 10/10,
    # speaker 5/11, work 10/11, page 10/11, via 7/11
    # after attrib16l: 11/11 on each
    "thornleigh-bells": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # first sight (main at 17:33): recall 8/11, precision 8/8, speaker 4/11, work 6/11,
    # page 8/11, via 7/11
    # after attrib16l: recall 10/11, precision 10/10, speaker 9/11, work 10/11, page 10/11,
    # via 10/11; after its last slice ("“…,” it began" after "Yorke's report"): 11/11 on each
    "marsden-signal-box": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind16's first sight, on 22f5110 after the extractor freeze (sha256 posted at 17:24
    # before any run): recall 15/16, precision 15/15, speaker 8/16, work 14/16, page 15/16,
    # via 15/16
    "garth-lane-allotments": {
        "recall": 0.95,  # after post16 (seen text): 16/16, "the letter said" splits
        "precision": 0.95,
        "speaker": 1.0,  # after post16 (seen text): 16/16
        "work": 0.90,  # after post16 (seen text): 15/16, "quoted in Mabel Ashworth's pamphlet"
        "page": 0.95,
        "via": 0.95,
    },
    # blind16's first sight, on 22f5110 after the extractor freeze (sha256 posted at 17:24
    # before any run): recall 11/12, precision 11/12, speaker 5/12, work 5/12, page 9/12,
    # via 11/12; after post16 (seen text): work 9/12 ("quoted in Naylor" relays, names no work,
    # so does "quoted in Peter Naylor's *…*"; Holroyd's pages are of *Hot Metal Girl*, the one
    # work the prose names as hers; "The foreword to its 1954 *Specimen …*"); page 11/12 (the
    # pages after Naylor's title in the lead-in; "That's pp. 60–61." after a block)
    "calder-type-foundry": {
        "recall": 0.95,  # after post16 (seen text): 12/12, "the foundry had advertised"
        "precision": 1.0,  # after post16 (seen text): titles and terms of art no longer quotations
        "speaker": 0.95,  # after post16 (seen text): 12/12
        "work": 0.95,  # after post16 (seen text): 12/12
        "page": 0.90,
        "via": 0.95,  # after post16 (seen text): 12/12
    },
    # blind16's first sight, on 22f5110 after the extractor freeze (sha256 posted at 17:24
    # before any run): recall 13/13, precision 13/14, speaker 11/13, work 9/13, page 9/13,
    # via 12/13; after post16 (seen text): speaker 12/13, work 13/13, page 13/13, via 13/13
    # (OSCOLA's "(n 2)" cross-reference and bare pinpoint, "Quoted in Leese (n 2)" a relay, a
    # byelaw number no page, a letter described)
    "ashby-parva-green": {
        "recall": 0.95,
        "precision": 1.0,  # after post16 (seen text): titles and terms of art no longer quotations
        "speaker": 0.95,  # after post16 (seen text): 13/13
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind16's first sight, on 22f5110 after the extractor freeze (sha256 posted at 17:24
    # before any run): recall 12/12, precision 12/13, speaker 10/12, work 9/12, page 10/12,
    # via 11/12; after post16 (seen text): work 11/12, page 12/12 (Chicago's "Ferrand (1962,
    # 12)" page; "(quoted in Dale 1990, 37)" relays, names no work; "his memoir" his one book;
    # "; Dale’s translation" after the page)
    "brantholme-dome": {
        "recall": 0.95,
        "precision": 1.0,  # after post16 (seen text): titles and terms of art no longer quotations
        "speaker": 0.95,  # after post16 (seen text): 12/12, Kell's entry, "Émile Lemaire"
        "work": 0.90,
        "page": 0.95,
        "via": 0.95,  # after post16 (seen text): 12/12
    },
    # blind16's first sight, on 22f5110 after the extractor freeze (sha256 posted at 17:24
    # before any run): recall 15/15, precision 15/16, speaker 13/15, work 9/15, page 15/15,
    # via 14/15; after post16 (seen text): work 13/15 (an interview by the author is no work;
    # "her memoir" is her one book, not her article)
    "hexley-dental-clinic": {
        "recall": 0.95,
        "precision": 1.0,  # after post16 (seen text): titles and terms of art no longer quotations
        "speaker": 0.95,  # after post16 (seen text): 15/15, notice and "Dr Ellen Marsh"
        # 15/15 (refs22): the PDF's italics reach the extractor, a Vancouver entry's part set
        # in italics is a part of its own
        "work": 0.98,
        "page": 0.95,
        "via": 0.95,  # after post16 (seen text): 15/15
    },
    # blind17's first sight, on f13323d after the extractor freeze (sha256 posted at 20:11
    # before any run): recall 11/15, precision 11/12, speaker 2/15, work 4/15,
    # page 11/15, via 10/15
    "glass-orchard-programme": {
        "recall": 0.98,  # 14/15 (seen text, post17r): "The Leeds Mercury's man called it"; 15/15
        # (found19): the reader's report "noted, …, that ‘…’", clause-long, nobody named
        "precision": 0.95,  # 13/13 (seen text, post17s): the inner quotation part of its block
        # 7/15 (seen text, post17r); the press panel (post17c), blocks (post17s); 8/15 (roles18):
        # the Courier's unsigned notice "decided"; 10/15 after pronoun18 ("she" of Nancy Hale,
        # not the "[Coe]" of her block); 11/15 (names19): the preface's "she" is Sowerby, not
        # the publisher after "published by"
        # 13/15 (scope20): the diarist of the paragraph's lead-in; 14/15 (people21): the
        # reader who "found nothing to cut but noted"
        "speaker": 0.9,
        "work": 0.55,  # 9/15 (seen text, roles18): in the Courier; call marks (post17r)
        "page": 0.90,  # 14/15 (seen text, post17r)
        "via": 0.78,  # 12/15 (seen text, post17r)
    },
    # blind17's first sight, on f13323d after the extractor freeze (sha256 posted at 20:11
    # before any run): recall 12/13, precision 12/12, speaker 7/13, work 3/13,
    # page 5/13, via 10/13
    "drowned-parish-podcast": {
        "recall": 0.95,  # 13/13 (seen text, post17r): "The *Observer*'s audio critic, …,"
        "precision": 0.95,
        "speaker": 0.75,  # 8/13 (seen text, post17r); 10/13 after pronoun18 ("returns to")
        # 11/13 (seen text, cite18): "(*Under Caerwyn*, p. 88)" is the title given in full,
        # "At 31:40 in episode four" and "That is ep. 3, 22:10" cite the series
        "work": 0.80,
        "page": 0.95,  # 13/13 (seen text, cite18): the time stamps in the prose
        "via": 0.80,  # 11/13 (seen text, post17r)
    },
    # blind17's first sight, on f13323d after the extractor freeze (sha256 posted at 20:11
    # before any run): recall 13/13, precision 13/13, speaker 9/13, work 4/13,
    # page 9/13, via 9/13
    "skelbrook-tramway": {
        "recall": 0.95,
        "precision": 0.95,
        # 13/13 on each (seen text, cite18): the shortened notes read against the Sources
        # list, "{{rp}}" pages after the marker, a note marker never left on a title, a web
        # page's quoted title as its work, the lettered note no work
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind17's first sight, on f13323d after the extractor freeze (sha256 posted at 20:11
    # before any run): recall 14/14, precision 14/14, speaker 9/14, work 3/14,
    # page 14/14, via 4/14
    "wexcombe-limes": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,  # 14/14 (seen text, roles18, cite18): "Nine children … sent a letter",
        # a pseudonym's writer, "which recorded that the Highways Committee had recommended",
        # "The felling itself was reported in four sentences:" (the paper's own)
        "work": 0.75,  # 11/14 (seen text, post17r): a correspondent's letter; keys (post17c)
        "page": 0.95,
        "via": 0.80,  # 12/14 (seen text, post17r); a paper's letters, own words (post17c)
    },
    # blind17's first sight, on f13323d after the extractor freeze (sha256 posted at 20:11
    # before any run): recall 12/14, precision 12/13, speaker 8/14, work 10/14,
    # page 12/14, via 11/14
    "ashcombe-samplers": {
        "recall": 0.95,  # 14/14 (seen text, roles18): "with the inscription ‘…’" its maker's
        "precision": 0.95,  # 12/12 (seen text, post17s): a block's inner quotation
        "speaker": 0.95,  # 13/14 (seen text, roles18): the curator's register entry, the
        # makers of inscriptions, the museum's own label; 14/14 with cite18's "Ibid."
        "work": 0.95,  # 13/14 (seen text, roles18): a register in small letters is no work; 14/14
        "page": 0.95,  # 14/14 (seen text, roles18)
        "via": 0.95,  # 13/14 (seen text, roles18); 14/14 with cite18
    },
    # blind18's first sight, on aeb31a0 after the extractor freeze (sha256 posted at 22:54
    # before any run): recall 15/16, precision 15/16, speaker 6/16, work 13/16,
    # page 15/16, via 10/16; after the scoring, on seen text (post18k, keys by initials and
    # a list of initials yielding to the text's full name): 16, 16, 12, 15, 16, 15 of 16;
    # (names19: a narrative citation between a name and its verb, "called the Hoopoe", a key
    # line "Hob Carr RG Hob Carr Ringing Group"): speaker 14, work 16, via 16
    # shape19 ("his list of eleven" after the words is no one: the narrative citation's
    # Whitlow speaks): speaker 13/16
    "brackenshire-birds": {
        "recall": 0.98,
        "precision": 0.98,
        "speaker": 0.86,
        "work": 0.98,
        "page": 0.95,
        "via": 0.98,
    },
    # blind18's first sight, on aeb31a0 after the extractor freeze (sha256 posted at 22:54
    # before any run): recall 14/15, precision 14/15, speaker 8/15, work 14/15,
    # page 11/15, via 12/15
    # after signed19 (a post's signature line "— Name (@handle), date, time": the signer
    # speaks, a body too; a time of posting is no page): speaker 11/15, page 14/15
    # after threads22 ("The first reply … came from @handle, an account that …:"): speaker 12/15
    "harnham-cedar-thread": {
        "recall": 0.98,  # 15/15 (found19): the statement "which said that …", clause-long
        "precision": 0.98,  # 15/15 (found19): a one-word scare quote after a comma
        "speaker": 0.78,
        "work": 0.91,
        "page": 0.91,
        "via": 0.78,
    },
    # blind18's first sight, on aeb31a0 after the extractor freeze (sha256 posted at 22:54
    # before any run): recall 11/14, precision 11/11, speaker 7/14, work 7/14,
    # page 10/14, via 11/14
    # after the scoring, on seen text (post18k, a signer's department is no work): work 9/14;
    # (names19: "knew her as Peggy", a series' title is no person): speaker 8/14, work 10/14;
    # speech19 (a "she" no one near fits is the woman the page is about, both halves of her
    # split quotation): recall 13/14, speaker 10/14, work 11/14, page 12/14, via 13/14
    # shape19 ("Cumbria" of "BBC Radio Cumbria" is no one a "she" stands for; the children
    # of Year 4 who sent a card speak, not a "she" in the clause about them): speaker 12/14
    "kelderby-memorial": {
        "recall": 0.98,  # 14/14 (found19): words as long as a clause, whoever is named
        "precision": 0.95,
        "speaker": 0.84,
        "work": 0.77,
        "page": 0.85,
        "via": 0.9,
    },
    # blind18's first sight, on aeb31a0 after the extractor freeze (sha256 posted at 22:54
    # before any run): recall 12/15, precision 12/14, speaker 8/15, work 11/15,
    # page 11/15, via 12/15
    # after the scoring, on seen text (speech19: the narrator's "I asked" is the author's, a
    # speech after "she told me about …" is hers and the words it recounts stay in it):
    # precision 12/12, speaker 10/15; (names19: a possessive ends a full name, a said-clause's
    # citation, a title in plain type known by its publication): work 12/15, page 12/15;
    # both together: speaker 12/15
    # shape19 ("Signe Aarvik's Vinterposten" is a work: its owner speaks): speaker 11/15
    "winter-post": {
        "recall": 0.98,  # 15/15 (found19): "who called it “…”", clause-long; both endnotes
        "precision": 0.95,
        "speaker": 0.78,
        "work": 0.98,  # 15/15 (italics20): its HTML's <i> titles read as Markdown's *…*
        "page": 0.78,
        "via": 0.78,
    },
    # blind18's first sight, on aeb31a0 after the extractor freeze (sha256 posted at 22:54
    # before any run): recall 11/13, precision 11/11, speaker 7/13, work 8/13,
    # page 8/13, via 11/13; after the scoring (post18q, seen text): "para. 5.12" kept whole,
    # page 11/13; speech19 ("“…,” he added. “…”" before a sentence about something else is
    # still his): speaker 8/13
    "mill-lane-appeal": {
        "recall": 0.98,  # 13/13 (found19): the statute and the policy, clause-long
        "precision": 0.95,
        "speaker": 0.6,
        "work": 0.60,
        "page": 0.82,
        "via": 0.83,
    },
    # blind19's first sight, on a813bd2 after the extractor freeze (sha256 posted at 01:40
    # before any run): recall 16/16, precision 16/16, speaker 8/16, work 14/16,
    # page 16/16, via 15/16; person20's lead-in rules (seen text since): speaker 14/16 (Gary
    # Dunne after "says Skelmore manager", Lisa Marchetti after "Ormsby's", Janet Priddy after
    # her role); work20 (the bulletin he wrote in, his autobiography by its title): work
    # 16/16, via 16/16
    "skelmore-cup-replay": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.85,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind19's first sight, on a813bd2 after the extractor freeze (sha256 posted at 01:40
    # before any run): recall 15/15, precision 15/17, speaker 11/15, work 13/15,
    # page 15/15, via 15/15; work20 (a refrain is its song's): work 14/15
    "salt-road-sleeve": {
        "recall": 0.95,
        "precision": 0.85,
        "speaker": 0.84,  # 13/15 (scope20): the diary's entry, Mallory's memory
        "work": 0.95,  # 15/15 (people21): the title track is the album's
        "page": 0.95,
        "via": 0.95,
    },
    # blind19's first sight, on a813bd2 after the extractor freeze (sha256 posted at 01:40
    # before any run): recall 14/14, precision 14/14, speaker 4/14, work 13/14,
    # page 13/14, via 14/14
    # after unnamed20 (unnamed pupils, staff, inspectors, a letter's pupil, "Among them:"):
    # speaker 11/14
    "hartley-green-inspection": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.75,  # unnamed20's described speakers; the listed comments (scope20)
        "work": 0.90,
        "page": 0.90,
        "via": 0.95,
    },
    # blind19's first sight, on a813bd2 after the extractor freeze (sha256 posted at 01:40
    # before any run): recall 14/14, precision 14/14, speaker 8/14, work 11/14,
    # page 14/14, via 14/14; person20's lead-in rules (seen text since): speaker 11/14, work
    # 12/14 (Helen Marsh, Jim Carlow in the Tollbridge Mercury, Rachel Ong); with work20's
    # (the strategy by its title, no cross-reference as a work): work 14/14
    "cranwell-canal-report": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.90,  # 13/14 with person20's lead-ins and scope20's (the report's own
        # "our", the foreword's Chair)
        "work": 0.95,  # 14/14 (scope20): "Our strategy, Water Again"; no "(see section 2)"
        "page": 0.95,
        "via": 0.95,
    },
    # blind19's first sight, on a813bd2 after the extractor freeze (sha256 posted at 01:40
    # before any run): recall 13/13, precision 13/14, speaker 7/13, work 6/13,
    # page 10/13, via 9/13
    # after unnamed20 (her headmistress; the churchwarden's opinion, which she printed):
    # speaker 9/13, work 7/13, via 10/13; with person20's slices and "an office described is
    # the one its citation names": work 8/13, via 12/13
    # after work20 (the journal without its volume, described documents no work, her address
    # and her book by their titles, the article's title no quotation, the paper she told
    # relays): precision 13/13, speaker 10/13, work 13/13, via 13/13
    "rusk-obituary": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.74,
        "work": 0.95,
        "page": 0.74,
        "via": 0.95,
    },
    # blind20's first sight, on 6648b08 after the extractor freeze (sha256 posted at 04:37
    # before any run): recall 13/13, precision 13/13, speaker 10/13, work 7/13,
    # page 13/13, via 11/13; seen since (keys20, a source list's key letters read as the
    # works they stand for): speaker 11/13, work 11/13; keys21 (a paper keyed by a letter that
    # reports someone as saying relays their words): speaker 12/13, work 12/13, via 12/13
    "thornby-leat-walk": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.9,
        "page": 0.95,
        "via": 0.9,
    },
    # blind20's first sight, on 6648b08 after the extractor freeze (sha256 posted at 04:37
    # before any run): recall 16/16, precision 16/16, speaker 13/16, work 12/16,
    # page 15/16, via 16/16
    "bellhouse-chapel-cookbook": {
        "recall": 0.95,
        "precision": 0.95,
        # 14/16 (italics20): "The *Tynedale Herald*’s reviewer" described; 15/16 (keys21):
        # "Karen adds" after "Karen Hoole" is her, no plural like "Children"; 16/16 (refs22):
        # "(*Northern Baking*, p. 112)" after "The food historian Margaret Vane calls"
        "speaker": 0.98,
        # 13/16 (italics20): and the Herald as the work of its words; 16/16 (keys21): the
        # editions "(1952 ed., p. iii)" keyed in the closing line, also under a signature
        "work": 0.98,
        "page": 0.98,
        "via": 0.95,
    },
    # blind20's first sight, on 6648b08 after the extractor freeze (sha256 posted at 04:37
    # before any run): recall 13/13, precision 13/13, speaker 7/13, work 10/13,
    # page 13/13, via 13/13; keys21: speaker 8/13 (a pen name given to a described writer)
    "fenwick-lowe-clocks": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,  # 13/13 (documents21: entries, a sale, "by Dr …"; keys21: a pen name)
        "work": 0.9,  # 12/13 (documents21): the entry's catalogue, the literature's title
        "page": 0.95,
        "via": 0.95,
    },
    # blind20's first sight, on 6648b08 after the extractor freeze (sha256 posted at 04:37
    # before any run): recall 16/16, precision 16/16, speaker 12/16, work 12/16,
    # page 16/16, via 15/16; keys21: speaker 13/16 ("IV opened by telling the company, …");
    # people21 (the technical manager who inspected the rain bar "and said"): speaker 14/16;
    # people21's characters (Bryony's line, Amos's speech in the play) and the lock-keeper an
    # entry introduces: speaker 16/16, work 14/16
    "tallyhouse-rehearsal-log": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.84,  # 13/16 (documents21): a critic "in the *Western Daily Post*" writes in it;
        # 15/16 with people21's play lines
        "page": 0.95,
        "via": 0.95,  # 16/16 (documents21): and the paper relays nothing of his
    },
    # blind20's first sight, on 6648b08 after the extractor freeze (sha256 posted at 04:37
    # before any run): recall 13/13, precision 13/13, speaker 7/13, work 5/13,
    # page 11/13, via 11/13; seen since (notes21: its numbered headings were read as notes,
    # so as works; a note that only comments; the mark at a lead-in's end): speaker 10/13,
    # page 13/13; with documents21's described documents: work 12/13, via 12/13
    "northfell-orchard-grant": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.82,  # 11/13 (documents21: "is quoted in a local paper as saying"; notes21)
        "work": 0.95,  # 13/13 (documents21: a document described is no work; notes21: no heading)
        "page": 0.95,  # 13/13 (notes21): a numbered heading is never a note
        "via": 0.95,  # 13/13 (documents21): an email described relays nothing
    },
    # blind21's first sight, on 938097a after the extractor freeze (sha256 posted at 07:42
    # before any run): recall 14/15, precision 14/14, speaker 4/15, work 13/15,
    # page 13/15, via 14/15
    "hebden-round-robin": {
        "recall": 0.9,
        "precision": 0.95,
        "speaker": 0.53,  # 8/15 (signed21b: "It was signed by", "and was signed", "a poem by";
        # its second slice, landed by threads22: "X's press release called it")
        "work": 0.84,
        "page": 0.84,
        "via": 0.9,
    },
    # blind21's first sight, on 938097a after the extractor freeze (sha256 posted at 07:42
    # before any run): recall 16/16, precision 16/16, speaker 8/16, work 15/16,
    # page 14/16, via 15/16
    "calderbank-shop-floor": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.66,  # 11/16 (signed21b: '— a picker on nights' after each comment)
        "work": 0.91,
        "page": 0.85,
        "via": 0.91,
    },
    # blind21's first sight, on 938097a after the extractor freeze (sha256 posted at 07:42
    # before any run): recall 13/13, precision 13/13, speaker 7/13, work 9/13,
    # page 12/13, via 11/13
    "talk-hebble-lock-cottage": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.74,  # 10/13 (threads22: 'You wrote …' and 'you said yourself …' follow
        # the thread to the editor replied to; 'Gran' is the grandmother the IP's own earlier
        # comment named)
        # 11/13 (refs22): "Arthur Pickles, *The Hebble Navigation, 1758–1958* (…). He says",
        # "Margaret Sunderland, *Four Walls on the Water* (2019). She calls it": the work
        "work": 0.82,
        "page": 0.89,
        "via": 0.82,
    },
    # blind21's first sight, on 938097a after the extractor freeze (sha256 posted at 07:42
    # before any run): recall 14/14, precision 14/14, speaker 9/14, work 12/14,
    # page 14/14, via 13/14; a reading list's entry read for its paragraph (cites21b,
    # session 21): work 13/14, via 14/14; frames (headings22, session 22): speaker 12/14
    "morven-coast-guide": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.84,  # 12/14 (the aside's label, the poem's maker after its title)
        "work": 0.9,
        "page": 0.95,
        "via": 0.95,
    },
    # blind21's first sight, on 938097a after the extractor freeze (sha256 posted at 07:42
    # before any run): recall 14/14, precision 14/14, speaker 1/14, work 4/14,
    # page 5/14, via 11/14; a citation line before the words read (cites21b, session 21):
    # speaker 13/14, work 13/14, page 14/14, via 14/14
    "kersey-word-book": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.9,
        "page": 0.95,
        "via": 0.95,
    },
    # blind22's first sight, on 4990191 after the extractor freeze (sha256 posted at 10:27
    # before any run): recall 14/14, precision 14/14, speaker 9/14, work 12/14,
    # page 14/14, via 14/14; after voices23's bodies and papers (the fund's statement, the
    # paper's obituary, the carbon of "the one Kettering sent") with leadins23's lead-ins:
    # speaker 13/14, work 13/14
    "kettering-papers-release": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.9,
        "page": 0.95,
        "via": 0.95,
    },
    # blind22's first sight, on 4990191 after the extractor freeze (sha256 posted at 10:27
    # before any run): recall 15/15, precision 15/16, speaker 6/15, work 10/15,
    # page 14/15, via 8/15; after subject23's work under discussion (a bare page is the
    # reviewed book's): speaker 7/15, work 13/15, via 9/15; after its second slice (a headline
    # is a title, "She" after a sentence the author opens): precision 15/15, speaker 8/15, work
    # 14/15, via 10/15
    "salt-chemist-review": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.5,
        "work": 0.9,
        "page": 0.91,
        "via": 0.64,
    },
    # blind22's first sight, on 4990191 after the extractor freeze (sha256 posted at 10:27
    # before any run): recall 14/14, precision 14/14, speaker 10/14, work 12/14,
    # page 13/14, via 14/14; after voices23's entry bylines ("I wrote in Saturday's Calder
    # Courier" is the entry's reporter's, in the paper) and leadins23's lead-ins: speaker
    # 12/14, work 13/14; after guides25's page ending a lead-in ("which Ken Pollard prints
    # in <i>…</i> (p. 77):"): page 14/14
    "calder-count-live": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.85,
        "work": 0.9,
        "page": 0.95,
        "via": 0.95,
    },
    # blind22's first sight, on 4990191 after the extractor freeze (sha256 posted at 10:27
    # before any run): recall 15/15, precision 15/15, speaker 13/15, work 7/15,
    # page 5/15, via 14/15; notes keyed by catchwords read (notes23, session 23): speaker
    # 15/15, work 15/15, page 15/15, via 15/15
    "severn-drowning-year": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind22's first sight, on 4990191 after the extractor freeze (sha256 posted at 10:27
    # before any run): recall 13/13, precision 13/13, speaker 10/13, work 2/13,
    # page 7/13, via 12/13; "Quoted in" an issue of a paper relays, the name after a role
    # and its own description speaks (notes23, session 23): speaker 11/13, via 13/13; a
    # committee's evidence notes and a described letter read as no work (notes23): work 12/13;
    # a question number is the page, as the gold gives it (notes24): page 13/13
    "wenning-sewage-report": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.82,
        "work": 0.88,
        "page": 0.95,
        "via": 0.95,
    },
    # blind23's first sight, on 9c52eab after the extractor freeze (sha256 posted at 13:01
    # before any run): recall 11/12, precision 11/11, speaker 10/12, work 10/12,
    # page 10/12, via 10/12; after relays25 (`according to the Gazette, he told the crowd:`):
    # via 11/12
    "tarnbeck-baths-speech": {
        "recall": 0.89,
        "precision": 0.95,
        "speaker": 0.81,
        "work": 0.81,
        "page": 0.81,
        "via": 0.9,
    },
    # blind23's first sight, on 9c52eab after the extractor freeze (sha256 posted at 13:01
    # before any run): recall 14/14, precision 14/14, speaker 4/14, work 8/14,
    # page 14/14, via 10/14; after talks24 (a session's heading: its speaker and its talk):
    # speaker 11/14, work 13/14, via 13/14; a novel the section names, read from: work 14/14;
    # after relays25 (`reminding us, in the words of … Hubert Kell, that`): via 14/14
    "kelsham-history-day": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.76,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind23's first sight, on 9c52eab after the extractor freeze (sha256 posted at 13:01
    # before any run): recall 14/14, precision 14/14, speaker 5/14, work 9/14,
    # page 13/14, via 14/14
    "wexham-buses-factcheck": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.33,
        "work": 0.62,
        "page": 0.9,
        "via": 0.95,
    },
    # blind23's first sight, on 9c52eab after the extractor freeze (sha256 posted at 13:01
    # before any run): recall 14/14, precision 14/14, speaker 8/14, work 8/14,
    # page 8/14, via 9/14; notes restarting per chapter matched to their chapter's group in
    # the Sources document, layered archival citations, "printed in", "original lost; quoted
    # in" and "The same letter" (notes24, session 24): speaker 13/14, work 13/14, page 14/14,
    # via 13/14; "Editorial comment beneath ‘…’, Journal, date" in the paper (notes24): work 14
    "ordways-of-scaleby": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.95,
        "page": 0.95,
        "via": 0.9,
    },
    # blind23's first sight, on 9c52eab after the extractor freeze (sha256 posted at 13:01
    # before any run): recall 14/14, precision 14/14, speaker 4/14, work 10/14,
    # page 14/14, via 14/14; after the score (seen): a source's label on its caption's line,
    # and a caption's "Printed in" sentence: speaker 10/14, work 11/14
    "cleaveley-strike-sources": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.69,
        "work": 0.76,
        "page": 0.95,
        "via": 0.95,
    },
    # blind24's first sight, on f6d31de after the extractor freeze (sha256 posted at 16:16
    # before any run): recall 1/14, precision 1/2, speaker 0/14, work 0/14,
    # page 1/14, via 1/14; after books of quotations (quotebooks25, seen: entries without
    # marks under a maker's heading, their source lines, a note's misquotation no quotation):
    # recall 14/14, precision 14/14, speaker 13/14, work 13/14, page 14/14, via 13/14; after
    # spoken words printed in a periodical's issue (relayed by it): via 14/14
    "wharfmoor-quotations": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.9,
        "page": 0.95,
        "via": 0.95,
    },
    # blind24's first sight, on f6d31de after the extractor freeze (sha256 posted at 16:16
    # before any run): recall 7/13, precision 7/14, speaker 1/13, work 4/13,
    # page 4/13, via 7/13; after the integrator's fix (a numbered point's label opening a
    # quoted block is the document's): recall 13/13, precision 13/14, work 10/13, page 10/13,
    # via 13/13 (speaker 1/13: the reviewers' headings still name nobody for their blocks);
    # headings25 (a heading naming a party holds over its blocks; a letter's "you" is the
    # addressee its To: line names): speaker 8/13; the writer's own text as it "now reads"
    # (her manuscript, named by its label line, and its lines): speaker 10/13, work 12/13,
    # page 12/13; the label's title no quotation: precision 13/13
    "skelby-hedgerow-response": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.75,
        "work": 0.9,
        "page": 0.9,
        "via": 0.95,
    },
    # blind24's first sight, on f6d31de after the extractor freeze (sha256 posted at 16:16
    # before any run): recall 12/13, precision 12/12, speaker 7/13, work 9/13,
    # page 10/13, via 4/13; after relays25 (a date line holds for the items under it; the
    # paper's own words; `said, the Courier reported, that`): speaker 8/13, work 11/13,
    # page 12/13, via 12/13
    "hallamby-looking-back": {
        "recall": 0.89,
        "precision": 0.95,
        "speaker": 0.6,
        "work": 0.83,
        "page": 0.9,
        "via": 0.9,
    },
    # blind24's first sight, on f6d31de after the extractor freeze (sha256 posted at 16:16
    # before any run): recall 13/14, precision 13/13, speaker 11/14, work 12/14,
    # page 13/14, via 12/14; after relays25 (`quoted the leader of the council, Maureen
    # Fitch, as saying that`): speaker 12/14, work 13/14, via 13/14
    "kidderthwaite-last-shift": {
        "recall": 0.9,
        "precision": 0.95,
        "speaker": 0.83,
        "work": 0.9,
        "page": 0.9,
        "via": 0.9,
    },
    # blind24's first sight, on f6d31de after the extractor freeze (sha256 posted at 16:16
    # before any run): recall 14/14, precision 14/14, speaker 9/14, work 5/14,
    # page 14/14, via 14/14; seen since: speaker 13/14, work 13/14 (guides25: the head's
    # statement of pages names the novel, an epigraph is the poet's, a letter in the novel
    # its writer's), work 14/14 (a paper named after the words)
    "salt-orchard-guide": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind25's first sight, on 90ed5ea after the extractor freeze (sha256 posted at 19:12
    # before any run): recall 13/15, precision 13/13, speaker 4/15, work 11/15,
    # page 13/15, via 10/15
    # after a reference entry's subject, its run-on Sources and its bracketed block citation
    # (entries26): recall 14/15, speaker 10/15, work 14/15, page 14/15, via 13/15
    "ravensdale-lives": {
        "recall": 0.9,
        "precision": 0.95,
        "speaker": 0.64,
        "work": 0.9,
        "page": 0.9,
        "via": 0.84,
    },
    # blind25's first sight, on 90ed5ea after the extractor freeze (sha256 posted at 19:12
    # before any run): recall 12/15, precision 12/12, speaker 4/15, work 12/15,
    # page 12/15, via 12/15
    # after nested26 (words of two or three given as speech: `says only "…"`, `wrote "…"`):
    # recall 14/15, speaker 6/15, work 14/15, page 14/15, via 14/15 (with turns26's: speaker
    # 12/15)
    # after turns26 (seen: a split quotation's pronoun, a name and a time before a colon, a
    # possessive before a book, a whisper, an e-mail sent to the writer): speaker 10/15
    "saltby-harbour-cup": {
        "recall": 0.9,
        "precision": 0.95,
        "speaker": 0.78,
        "work": 0.9,
        "page": 0.9,
        "via": 0.9,
    },
    # blind25's first sight, on 90ed5ea after the extractor freeze (sha256 posted at 19:12
    # before any run): recall 11/13, precision 11/11, speaker 6/13, work 9/13,
    # page 10/13, via 11/13
    # after nested26 (a <blockquote> in a collapsed <details>, its <summary> a heading):
    # recall 12/13, speaker 9/13, work 11/13, page 12/13, via 12/13
    # after frames26 (a sitting's label naming its witness, the council's motion, the group's
    # written evidence, the leader's letter, the titled assessment): speaker 12/13, work 12/13
    "tamsford-assembly": {
        "recall": 0.9,
        "precision": 0.95,
        "speaker": 0.9,
        "work": 0.9,
        "page": 0.9,
        "via": 0.9,
    },
    # blind25's first sight, on 90ed5ea after the extractor freeze (sha256 posted at 19:12
    # before any run): recall 14/14, precision 14/14, speaker 11/14, work 9/14,
    # page 11/14, via 13/14
    # after after26 (a contribution cited by "this volume" is its byline's author's chapter,
    # a list's "Smithies, L." is the Revd Canon Luke Smithies the text names, a block the
    # paragraph after it identifies or says is quoted in a book, a notice its maker "had
    # printed … that"): speaker 14/14, work 14/14, page 14/14, via 14/14
    "providence-essays": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.95,
        "work": 0.95,
        "page": 0.95,
        "via": 0.95,
    },
    # blind25's first sight, on 90ed5ea after the extractor freeze (sha256 posted at 19:12
    # before any run): recall 13/14, precision 13/13, speaker 11/14, work 10/14,
    # page 13/14, via 13/14
    # after frames26 (residents signing with a first name and a street, the council's budget
    # book by its note): speaker 12/14, work 13/14
    "eastbrook-focus": {
        "recall": 0.91,
        "precision": 0.95,
        "speaker": 0.84,
        "work": 0.9,
        "page": 0.91,
        "via": 0.91,
    },
    # blind26's first sight, on fb0262e after the extractor freeze (sha256 posted at 23:18
    # before any run): recall 15/16, precision 15/15, speaker 5/16, work 11/16,
    # page 13/16, via 13/16
    "kilbrack-readers-chat": {
        "recall": 0.92,
        "precision": 0.95,
        "speaker": 0.3,
        "work": 0.67,
        "page": 0.8,
        "via": 0.8,
    },
    # blind26's first sight, on fb0262e after the extractor freeze (sha256 posted at 23:18
    # before any run): recall 15/15, precision 15/17, speaker 4/15, work 5/15,
    # page 14/15, via 12/15
    # precision 15/15 after titles26 (the entries' quoted titles no quotations)
    "port-aiken-strike-bibliography": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.25,
        "work": 0.32,
        "page": 0.92,
        "via": 0.79,
    },
    # blind26's first sight, on fb0262e after the extractor freeze (sha256 posted at 23:18
    # before any run): recall 15/15, precision 15/15, speaker 3/15, work 13/15,
    # page 15/15, via 14/15
    "riverside-pool-what-we-heard": {
        "recall": 0.95,
        "precision": 0.95,
        "speaker": 0.19,
        "work": 0.85,
        "page": 0.95,
        "via": 0.92,
    },
    # blind26's first sight, on fb0262e after the extractor freeze (sha256 posted at 23:18
    # before any run): recall 14/15, precision 14/17, speaker 8/15, work 14/15,
    # page 13/15, via 13/15
    # precision 14/14 after titles26 (the abbreviations' key no quotations)
    "kaiwhata-roll": {
        "recall": 0.92,
        "precision": 0.95,
        "speaker": 0.52,
        "work": 0.92,
        "page": 0.85,
        "via": 0.85,
    },
    # blind26's first sight, on fb0262e after the extractor freeze (sha256 posted at 23:18
    # before any run): recall 10/13, precision 10/12, speaker 7/13, work 9/13,
    # page 10/13, via 10/13
    # precision 10/11 after titles26 (the headline no quotation)
    # after slides26 (quotations apart under one credit, the first keyed to its reference):
    # recall 12/13, precision 12/12, speaker 9/13, work 11/13, page 12/13, via 12/13
    "bessport-ice-slides": {
        "recall": 0.9,
        "precision": 0.95,
        "speaker": 0.67,
        "work": 0.82,
        "page": 0.9,
        "via": 0.9,
    },
}


def figures(result: EssayScore) -> dict[str, float]:
    """Shares of the gold list (or of the proposals, for precision), rounded to a percent."""
    gold = result.gold or 1
    shares = {
        "recall": result.recall,
        "precision": result.precision,
        "speaker": result.speaker / gold,
        "work": result.work / gold,
        "page": result.page / gold,
        "via": result.via / gold,
    }
    return {name: round(share, 2) for name, share in shares.items()}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_held_out_essay_scores_at_least_its_floor(name, tmp_path):
    gold = load_gold(name)
    _, records = propose_gold_reading(name, tmp_path)
    result = score(name, gold, records)
    achieved = figures(result)
    print(f"\n{result.line()}\n{achieved}")
    for error in result.errors:
        print(f"  {error}")
    below = {k: (achieved[k], floor) for k, floor in FLOORS[name].items() if achieved[k] < floor}
    assert below == {}, f"{name} fell below its floor (achieved, floor): {below}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_passage_proposed_from_a_held_out_essay_is_a_slice_of_its_text(name, tmp_path):
    text, records = propose_gold_reading(name, tmp_path)
    assert records
    for record in records:
        removed = [(a, b) for a, b in record["removed"]]
        printed = source_slice(text, record["start"], record["end"], removed)
        assert provenance_form(printed).replace(">", "") == provenance_form(record["text"]).replace(
            ">", ""
        )

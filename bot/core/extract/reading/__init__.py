"""Propose the passages of a reading a group adds: its quotations and whose they are.

Pure and registry-free: it reads names, works, pages and relays as the text writes them;
:mod:`bot.core.extract.ingest` then matches them with the registries and proposes new entries
for the rest. Unlike the shipped essays' reader (:mod:`bot.core.extract.essay`), it assumes
nothing about an essay's conventions.

The package, layer by layer (each reader class extends the one before it):

- ``vocabulary``: the verbs, names, titles, citation and layout marks it knows (patterns, word
  lists); ``phrases``: small helpers on names, titles, pages and sentences.
- ``blocks``: the text cut into paragraphs and their roles (body, block quotation, heading,
  note, works-cited entry, rule, page-break debris); ``model``: ``Proposal`` and ``Cite``.
- ``memory`` (``_ReaderMemory``): what has been read so far: people named, works cited, notes;
  ``_full_name`` resolves a short form to the one person or body the text names in full.
- ``aliases``: the other names a text gives one person or body (a nickname, initials, a married
  name, bracketed initials), read once from the whole text.
- ``citations`` (``_CitationReading``): notes, works-cited and numbered reference lists, and
  every citation (parenthetical, narrative, note marker, "Ibid.", "cited in").
- ``speakers`` (``_SpeakerReading``): names, pronouns and the speaker a lead-in gives.
- ``documents`` (``_DocumentReading``): who speaks a document's words: the body or person
  the text says made or issued it (a resolution, notice, petition, will, inscription, label).
- ``discussed``: the one work a review, a study guide or a commentary discusses, read once
  from the text's head ("**Title.** By Author. Place: Publisher, 2021. 340 pp."): a bare page
  after the words is its page, its author speaks its own words, its characters their lines
  (a play's, a novel's), and whoever else it prints speaks through its author.
- ``attribution`` (``_Attribution``): one quotation's speaker, work, page and via.
- ``spans`` (``_QuotationSpans``): where quote marks open and close; insertions.
- ``turns`` (``_TurnReading``): transcripts, whose labels say who speaks each turn.
- ``conversation`` (``_ConversationReading``): dialogue set in narrative paragraphs: untagged
  turns alternate between the two people talking, a speech after "She told me about …" is hers.
- ``reader`` (``_Reader``, ``propose_passages``): walks the blocks and ties the layers together.
- ``doubts``: a proposal's ``doubt``, why its attribution is a guess (a fallback path, a
  pronoun, a surname alone, a page with no work, no speaker), for the moderator's review.

How it reads:

- **Quotations**: words between “ ”, « », straight double quotes, and ‘ ’ or straight single
  quotes that open at a word's start (apostrophes stay apostrophes: "the ’90s", "'tis", "'em",
  "‘’Tis …’", "rock ’n’ roll", and a plural's "ringers’ wives" inside a quotation that closes
  further on).
  A closing mark followed by a transcript's remark ("any work” (General laughter.)") in a
  speech whose next paragraph reopens it is a stray mark: the speech goes on. A quotation whose
  paragraph ends open (wherever in the paragraph it opened) continues while the next
  paragraphs reopen it, through paragraphs with no quote mark at all (list items, lines of a
  dialogue), to the paragraph that closes it; a run that never closes is no quotation. A
  block quotation is a
  paragraph indented by four spaces or a tab (by two or three in a text that sets its own
  paragraphs flush), or whose lines all start with ``>`` (HTML and EPUB ``<blockquote>``
  become indented paragraphs, inside a collapsed ``<details>`` or a table cell too);
  consecutive ones are one quotation; a locator in square brackets after it ("[Pennock,
  112–13]", on its last line or a line of its own) cites it.
  Quoted words that are whole sentences standing between the essay's own ("… no doubt.
  ‘Nobody reads it but me.’ The book …") are shown as a quotation is, and so are words after
  "resolved that" (a body's decision) or a verdict ("found the pictures ‘…’").
- **Not quotations**: quoted words of one to three words (scare quotes, terms) unless a
  citation or footnote marker follows them directly or a verb of saying or writing gives them
  right before ("wrote “All clear” on the slate", "says only “Cellar again.”"; never one that
  names: "called it “the Lantern”"); a quoted title
  (after "essay", "poem", "titled", ... or in title case without a full stop); quoted words
  inside a sentence that names nobody and cites nothing. Paraphrase carries no quote marks and
  stays the author's commentary.
- **Who**: a trailing citation "(Merrow, The Long Shelf, p. 12)", "(The Long Shelf by Ada
  Merrow, 1931)", "(Merrow 1931, 12)" (an
  author–date citation looks the title up in the works-cited list), a footnote marker
  (``[1]``, ``[^1]``, ``¹``, ``<sup>1</sup>``, or a symbol ``*``, ``†``, ``‡``, ``§``, typed
  ``+``, ``#``, with its notes as lines starting with it) whose note cites ("Ibid., p. 4"
  repeats the previous note's work, "Arne, op. cit., p. 44" that author's noted work), an
  APA narrative citation ("Pryor (1999) wrote …" (p. 3): that References entry), the
  lead-in ("As Ada Merrow wrote in The Long Shelf:", "wrote Merrow", "According to
  Merrow,"), a pronoun after the quotation ("…,” she said: the last
  person named), "one keeper's wife wrote:" or "Its chairman replied that" (an unnamed speaker,
  as written, unless a name stands in apposition: "Its chairman, Tobias Renn, replied"), the
  subject of a colon lead-in whose verb says nothing ("Its founder, Helga Marsh, set out its
  purpose:", "The historian Ida Fenn gave an example:", "In the same speech, Merrow turned
  to …:"), the subject of a sentence interrupted before its verb ("Merrow, in her interview
  with Ida Fenn, said:" is Merrow's; a name after a preposition never speaks), "Said
  Merrow:". "X quoted Y" / "X cited a farmer as saying" makes Y (or the unnamed farmer) the
  speaker and X the ``via``. A title named after its kind ("her study The Long Shelf", "his
  novel …") or in quote marks in the lead-in is the work, never a person; an issue number
  ("Gazette, No. 6") belongs to the periodical and is no page; a parenthesis that opens in
  small letters is a remark, never a citation. "He"/"she" is the last person named before
  the pronoun (a sentence subject followed by "he" counts: "Merrow was … She was …"), never
  one named after it; "Merrow's true aim when she …" is Merrow. What the text says of a
  person's sex decides between people (a title, "his widow, X", "the actress X", "X, then in
  her first season", a "She" opening the next sentence, "He [Coe]"; no list of first names),
  and a name in passing (in brackets, after a preposition, "sent a reporter, X,") never
  outranks the subject; a name a passage "returns to" is the next "she"; "In her words" is
  the woman named last; "Hugh and Edith Garland" names both, "Thomas, the elder son," and
  "Ivy's brother Sam" carry the family's surname; "Oduya's Nell" is Nell and a one-word name
  that opens two sentences ("Virgil put that duty in words …:") speaks. A quotation nobody is named
  for keeps the work and page its own citation gives. Dialogue in narrative: the text's own
  "I" saying words ("“…?” I asked.") is its author (the translator in a section headed as
  the translator's); "“…,” he added. “…”" keeps him for the second words whatever the next
  sentence is about; untagged turns alternate between the two people talking; a speech after
  "She told me about …" is hers and the words it recounts are part of it; "The chairman that
  day was X" makes a later "asked the chairman" X. A quotation split by "…,” wrote X,
  “…" is two passages, both X's (one passage would have to cut the essay's words out of a
  slice: ``removed`` is for debris only).
  "cited in X" / "quoted in X" makes X the ``via``; a title in a citation after words a lead-in
  gives to someone ("(Orchard Newsletter, p. 3)") is the work, not a relay; so is a periodical
  named with "the" ("in the Orchard Newsletter"), never a place ("in the Town Hall").
  Nothing is inherited from an earlier quotation unless the text says so ("Ibid.", "in the
  same book", "she went on", or a second quotation in the same sentence run: its speaker,
  not its page). A paragraph before a reopened quotation is its lead-in only when it ends
  with a colon, and a page in a lead-in counts only outside parentheses: an earlier
  quotation's citation is never inherited. A text that "continues" ("The narrative
  continues:") keeps the work but not the speaker.
- **Numbered references** (Vancouver, IEEE): "[2, p. 3]" or "[4]" after the quotation, or in its
  lead-in ("he writes [2, p. 9]:"), cites entry [2] of a "References" list ("[2] Quill, H. (1925)
  Rules for the Switchroom. …": H. Quill, the work, the year); so does "(2, p. 3)", "(2, 3)" or
  "(2)" (no page) against a list numbered "2. Quill H. Rules for the switchroom. …" (Vancouver: a
  title-case first part is a body, an unsigned article's paper is the work). A work is never a
  bare number, a page or a date: then it stays empty for the moderator. "The Advertiser reported
  her speech:" is hers, relayed by the paper; "Commissioners of Northern Lights, Instructions to
  Lightkeepers, p. 3" names a body and the document it issued. A quotation opening its sentence
  after one about someone's document ("His log … has one entry that is not about the weather.
  “…”") is that person's. A title-case phrase in quote marks set off by commas ("Her article, “The
  Listening Women”, is …") is a title.
- **Referring citations**: a short reference resolves against the reference list, the notes'
  first full citations or a key anywhere in the text: "(Hale, 1987a, p. 12)" and "Hale (1987b)"
  the entry of that year and letter (the date stays 1987); "Surname Year, p. N", "Surname
  (Year: N)", a numbered list of Wikipedia's shortened notes ("3. Hartley 1883, p. 7.", "^ a b
  …") against the Sources list, with a page printed after the marker ("[2]: 141", "¹ at 14");
  "(hereafter *BO*)", "WG = …", "UDC Minutes — Council, *Minutes of the Council*" keys; "Op.
  cit., 80" (the note before's work) and "Ashdown, op. cit., 215"; "Ibid." after "Quoted in X"
  cites X's book for X's own words (a relay goes on only when the note says so); "See", "Cf."
  and "; see also …" are no part of a citation, and of several sources in one note the first
  cites the words; "on p. 163 of *Title*", "in chapter three of *Title*", "At 31:40 in episode
  four", "That is ep. 3, 22:10" after a block; a page alone after a narrative citation an
  earlier sentence of the paragraph made; a short title is the title the text gives in full;
  a chapter or foreword "In *Book*" cites the book, an APA headline is no author.
- **Unreadable citations**: a speaker, work or via read off a citation must look like one. A
  call mark, an accession number, a folio, a date, a year, a sentence of a note ("The notice
  itself has not survived"), an archive's name, an abbreviation nothing keys, a name with a
  figure or a bracket in it, or a piece a rule cut badly is left empty, and the reason is the
  first doubt the moderator reads; a note marker left on a title is dropped.
- **Works and bodies**: a References or works-cited entry gives its title (italic, or the
  first piece after a leading year), never the publisher's place; a note that only describes
  a document ("letter to the board, 9 October 1887, board papers") gives no title, and a day
  of a month is no page. A page of someone with one works-cited entry ("(88)", "On page 12
  she is blunter:") is that work's; "the Regulations" names the listed work it begins, and
  that work's author (a person or a body: MLA's corporate author) speaks it. "A tract, which
  she called An Answer," names the work; "the Gazette's critic" wrote in the Gazette. A
  newspaper that prints someone's spoken words (a speech it reported, an interview, "she
  said" with the paper in the note) relays them (``via``); words written in it are its work.
  A paragraph after a block quotation that says "The quotation is from …[4]" cites it.
- **Names**: one person or body, the fullest name the text gives: 'Arthur “Flash” Binns' is
  "Flash" later, "Walter Gedge … he was simply “W.G.”", "Doris Lumb, later Mrs Kettle", "the
  North-East Choral Federation (NECF)" (a hyphened word's parts may each give an initial);
  initials written together ("W.G. Grace") are one name; a possessive ends a full name
  ("Edith Rowe’s The Winter Mail (London, 1934)": Edith Rowe, whose work it is, also in plain
  type when its publication follows); the reading's own author named in the prose is a person
  like any other; a short form given to two people names neither, and a surname two people
  were named together under ("the Pickersgill brothers, Harold and Len") names neither (no
  speaker, doubted). A role after a name ("Richard Treloar, H.M. Inspector of Mines", "Josiah
  Penberthy, manager of the quarry") makes a later "The Inspector" or "the manager's words"
  that person; "(née Vosper)" and "widow of" make a woman, so "Mrs Hendra" is the one woman
  of the family; a surname set in capitals ("TRELEASE, Ada." in a list, "TRELEASE
  remembered") is that surname; "its ruling is blunt:" is the body the sentence names; a
  name in quote marks the text gives someone is no quotation; "Whitlow (1911: 214) called"
  keeps Whitlow the subject; a key line may keep a name's first words ("Hob Carr RG Hob
  Carr Ringing Group"); "*Inquest* — *Report of …*" keys an italic short title.
- **Not speakers**: a time ("the spring of 1911 records"), something of someone's ("Her own
  letters"), a clause whose subject is a pronoun ("the sharpest she ever wrote": her), a
  name after the verb that is its object ("Pelly described Wrabness Quay as"); a rank or
  office before a full name is dropped ("Alderman Jonas Pelly" is Jonas Pelly), a courtesy
  title kept. "X, in her survey …, quotes an old apprentice as saying" relays an unnamed
  speaker through X; "Tregear called it “…”" and "remembered … with the words “…”" are the
  subject's words. A month or season ("(May 1908)") is never a speaker; whom someone "asked",
  "told" or "answered" does not speak next ("she told her niece, Ann Rudd,": not Rudd).
- **Sentence structure** (``speakers``): "they" is the unnamed group a sentence before names
  ("A party of walkers from Leeds crossed …. “…,” they wrote"), never one person; "X is
  remembered for a saying that the folklorist Y collected:" and "left an account that Y also
  prints:" are X's (or the unnamed "A curate from Durham, walking …,"), relayed by Y; "told
  the Leeds Mercury that" makes the paper the ``via``, "wrote the Bristol Mercury" its own
  words; "According to the lock-keeper, Amos Rill," and "In the words of …, X," are X's;
  "asking the keeper for “…”" the asker's; "said the major" the one the text ranked so; "So
  wrote the Gazette's correspondent" after the words names their writer; a surname alone is
  the one of that name the paragraph named last, "Mr Amey" the Reginald Amey named before, a
  first name alone the one person so called; "His nephew Arthur Hale went …, and his report
  …:" is Arthur Hale's; a body named in full as a colon lead-in's subject ("Ebbfield Burial
  Board … recorded its reasons:", "The committee's minute is brief:") speaks. A sentence after
  the words that ends with a colon leads into the next words, never claims the ones before;
  words followed by a said-clause nobody can resolve do not take the previous speaker. A
  reported exchange cited once after its last turn ("« …? » « … », Marthe answered. « … »[10]")
  gives the citation's page to every turn, the asker's turns the cited work when the asker
  wrote it, the others' the cited author as ``via``.
- **Transcripts** (``turns``): a block quotation, or a run of paragraphs, whose lines open with
  speakers' labels (an interview's "Q."/"A.", "INTERVIEWER:"/"MRS HOLT:", initials "JH:", a
  full name the paragraph before writes, "Kath Moss:", a committee's "Q. 412.", a debate's "Mr
  DALBY (Sheffield, Attercliffe):", "The Minister of Health (Mr Bevan):", "Hon. Members:", the
  Congressional Record's "Mr. HALVERSON.") is one passage a turn, its label and a stage
  direction after it ("(Laughter.)") left out; a line without a label goes on the turn. "Q."
  is whoever the paragraph before says asks ("the interviewer, X,", "examined by the
  chairman, X", "X talks to Y") or a deposition's "BY MR. DAVIES:" line names, "A." and "THE
  WITNESS:" the one asked; a name in a label the person named in full (a rank dropped),
  initials the one person named with them, a group ("An Hon. Member") or an office nobody is
  named for ("THE COURT:") unnamed as written. A record's fields ("Present:", "Note:") are no
  labels; a social survey's "I:"/"R:" are the interviewer and the respondent, and a time stamp
  before a label ("[00:04:10] RB:") is the turn's place in the recording. A dialogue a quoted
  speaker recounts ("I : … / He : …") gives the other party's turns as passages relayed by the
  speaker; the "I" turns stay theirs. Minutes of evidence's "301. …?—…" are a question and
  its answer; a seat and party after a name ("Jane Ferris (Halden) (Lab):") are no part of it,
  a name after an office ("The Secretary of State (Anne Crewe):") its holder. The block's
  citation gives every turn its work and place; "HC Deb 12 March 1931 vol 249 col 1120" is the
  series "HC Deb" at "col. 1120" ("Hansard, vol. 422, col. 43", "Parl. Deb. (5th ser.)" too,
  and the Bluebook's "99 Cong. Rec. 5123 (1953)"), and a question number beside a page ("Q.
  430, p. 29") no work. In running text, 'Bell: “…?” Jones: “…”' are the named people's turns,
  and the one asked answers ("Lumb asked him whether …, and he replied:", "Asked by Parry if
  …, Roberts was firm:", "Bell asked her whether …. “…,” she said"), never the asker.
- **Quotations inside a quotation** run in the text (inside a block quotation never: the block
  is one passage, its inner words part of it) are passages of their own when the outer speaker
  gives them to someone named ("As Caddock said, ‘…’", a citation of their own), relayed by the
  outer speaker (``via``) and printed in the outer work at its page unless their citation says
  otherwise; the outer passage stays whole. Words said to the quoted speaker ("Old Renwick only
  said to us, ‘…’", "he came up to me and said, “…”") are their own account, never a passage of
  their own. Words the reading already quotes elsewhere are not proposed twice. "(Applause.)"
  and other one-word parentheses are stage directions.
- **Pages**: "p. 12", "pp. 12–14", "p12", "pp495-6", "page 12", "pages 12-14", the number
  after the year of an author–date citation or after a title ("Merrow, The Long Shelf, 12").
- **Insertions**: anything in square brackets inside a quotation is the essay author's (its
  span is recorded, an omission "[…]" too), except "[sic]" (kept, part of the quotation as
  printed) and footnote markers.
- **Rules**: a drawn line ("---", "***", "* * *") is nobody's words; "---" opens a page's
  footnotes.
- **Commentary**: every other paragraph of six words or more (notes and works-cited entries are
  citations, not passages); headings are "#" lines and short lines without a full stop (a
  section number may lead: "II. The Network"); a heading or a paragraph of prose after a
  works-cited list is the next chapter, not an entry.
- **Page-break debris** (a scanned or printed book): bare page numbers and running heads
  (capitals ending with a page number, or repeated) are nobody's words; a paragraph that
  stops mid-sentence and goes on in small letters after them, or after a page's footnotes,
  is one paragraph, and the debris stays out of every passage (``removed``). Endnote numbers
  printed plain after a closing mark ("… business.’1", "‘…’,3") are note markers; "(Leeds,
  1934)" after a title in a note is where and when it was published, not part of it.
"""

from bot.core.extract.reading.model import Cite, Proposal
from bot.core.extract.reading.reader import propose_passages

__all__ = ["Cite", "Proposal", "propose_passages"]

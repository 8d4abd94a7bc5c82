"""Every kind of document says who spoke in its own way, and a careful reader who has never met
the kind finds it from the document's own apparatus (kinds24): a directory of officers in the
form "Role: Name" wherever it stands, a judge's style before a name ("Mr Recorder …"), a role
given by who interviewed someone, a catalogue's reference before the name an entry is headed
by, a time code that sets an extract in a recording, the codes a transcript keys to its
speakers, and a lead-in that only says what the words are about. Invented sentences: a choral
society's programme, a bowls club's newsletter, a crown court's sentencing, a school's
oral-history project, a county record office's list of recordings, a film archive's shot list."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str, author: str = "Page Editor") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def _speakers(text: str, author: str = "Page Editor") -> list[str | None]:
    return [q.speaker_name for q in _quotations(text, author)]


PROGRAMME = (
    "WINTER CONCERT 2026\n\n"
    "The musical director writes that the Rutter was chosen because “the basses asked for "
    "something they could actually sing in tune”.\n\n"
    "Our accompanist has a word for the audience: “Please do not clap between the "
    "movements, even when the tenors look as if they have finished.”\n\n"
    "The chair reminds members that “subscriptions for the spring term are due before the "
    "first rehearsal”.\n\n"
    "THE SOCIETY\n\n"
    "President: Dame Ruth Halloran\n"
    "Musical director: Dr Helen Ashby, FRCO\n"
    "Accompanist: Tom Reeve (by kind permission of St Mary's, Kendal)\n"
    "Chair: Judith Pennington\n"
    "Venue: Kendal Parish Hall\n"
)


def test_a_directory_of_role_and_name_lines_names_whom_the_text_calls_by_office():
    assert _speakers(PROGRAMME) == ["Helen Ashby", "Tom Reeve", "Judith Pennington"]


def test_a_directory_line_names_a_role_only_when_its_words_name_a_person():
    # "Venue: Kendal Parish Hall" is where, not who: "the venue" speaks for no one
    text = (
        "The venue says that “the car park closes at ten, whatever the encore”.\n\n"
        "Venue: Kendal Parish Hall\n"
        "Secretary: Amy Tolson\n"
    )
    assert _speakers(text) != ["Kendal Parish Hall"]


def test_a_role_the_newsletter_calls_ours_is_the_one_its_list_gives():
    text = (
        "GREEN NEWS\n\n"
        "Our greenkeeper reports that the top rink “will be fit for play by the first "
        "Saturday in May, if the moles agree”.\n\n"
        "The fixtures secretary adds: “Away matches leave from the clubhouse at one sharp.”\n\n"
        "Club officers\n\n"
        "Greenkeeper: Walter Ibbotson\n"
        "Fixtures secretary: Mrs Carol Denby\n"
    )
    assert _speakers(text) == ["Walter Ibbotson", "Mrs Carol Denby"]


def test_a_judges_style_before_the_name_gives_the_role_the_report_then_uses():
    text = (
        "Sentencing at Carlisle Crown Court, Mrs Recorder Jane Oduya said the van had been "
        "driven “with a carelessness that bordered on contempt for everyone on the road”.\n\n"
        "The recorder told him: “You will not drive again for three years, and you should "
        "be grateful it is not longer.”\n"
    )
    assert _speakers(text) == ["Jane Oduya", "Jane Oduya"]


def test_the_interviewers_note_is_the_interviewers_not_the_interviewees():
    text = (
        "## Memories of the Mill School\n\n"
        "Eric Dawes (b. 1936) was interviewed by Priya Shah of Year 9 in the school library.\n\n"
        "“We had slates until 1947, and the teacher could hear you rub one out from the "
        "other end of the room.”\n\n"
        "Interviewer's note: “Mr Dawes brought his own slate to show us, and it still had a "
        "sum on it.”\n"
    )
    assert _speakers(text)[-1] == "Priya Shah"


RECORDINGS = (
    "# Sound archive: recordings at the county record office\n\n"
    "## DRO/SA/112 Ellen Marsh (1899–1987), mill worker\n\n"
    "Recorded at Bacup, 1979. Summary and extracts.\n\n"
    "[04:20] “The weaving shed was that loud you learned to read lips before you learned "
    "your times tables.”\n\n"
    "[17:05] On the strike of 1932, and her father: “He stood at the gate every morning "
    "for a month and never once went in.”\n\n"
    "## DRO/SA/140 Joe Tait (1910–1994) and Annie Tait (1913–2001), clogmakers\n\n"
    "Recorded together, 1983. In the extracts JT is Joe Tait and AT is Annie Tait.\n\n"
    "[02:40] JT: “A clog lasts a year if you look after it and a month if you dance in it.”\n\n"
    "[02:58] AT: “He never looked after a pair in his life.”\n"
)


def test_a_catalogue_entry_headed_by_a_reference_and_a_name_gives_the_extracts_under_it():
    assert _speakers(RECORDINGS)[:2] == ["Ellen Marsh", "Ellen Marsh"]


def test_a_time_code_opening_an_extract_is_its_place_in_the_recording():
    assert [q.page for q in _quotations(RECORDINGS)] == ["04:20", "17:05", "02:40", "02:58"]


def test_a_lead_in_that_only_says_what_the_words_are_about_names_no_speaker():
    # "On the strike of 1932, and her father:" is the extract's subject, not its speaker
    assert _speakers(RECORDINGS)[1] == "Ellen Marsh"


def test_the_codes_a_transcript_keys_to_its_speakers_name_them():
    assert _speakers(RECORDINGS)[2:] == ["Joe Tait", "Annie Tait"]


def test_a_time_code_in_a_films_shot_list_opens_the_words_of_the_one_filmed():
    text = (
        "## Reel 3. Harry Lowther (1921–2008), ferryman\n\n"
        "00:12:04 “Forty years on that river and I never lost a passenger, though I lost "
        "a fair few hats.”\n"
    )
    quotation = _quotations(text)[0]
    assert (quotation.speaker_name, quotation.page) == ("Harry Lowther", "00:12:04")


def test_a_month_a_season_or_a_feast_is_when_the_words_were_written_never_their_work():
    text = (
        "Canon Mark Ellery kept the parish for thirty years. In his Advent letter of 1961 he "
        "told the parish that “a church with a boiler is a church with a future”.\n\n"
        "He wrote again in November: “The boiler has failed, and so, I fear, has my theology "
        "of boilers.”\n"
    )
    assert [(q.speaker_name, q.work_title) for q in _quotations(text)] == [
        ("Mark Ellery", None),
        ("Mark Ellery", None),
    ]


def test_the_one_words_are_written_to_is_never_their_writer_nor_a_later_she():
    text = (
        "Hannah Lister left the mill in 1843 and went into service at Hull.\n\n"
        "To her cousin Martha Dyson she wrote that summer: “The work is lighter and the mistress "
        "is kinder, but there is nobody here who knows my name.”\n\n"
        "She wrote again at Christmas: “I have been given a half-day, and I have spent it "
        "writing to you.”\n"
    )
    assert _speakers(text) == ["Hannah Lister", "Hannah Lister"]


def test_a_section_headed_as_the_editors_speaks_with_the_editors_i_not_the_authors():
    text = (
        "A Weaver's Year\n\n"
        "The diary of Joseph Greenwood, 1851\n\n"
        "Edited, with an introduction and notes, by Clare Ibbotson\n\n"
        "Editor's introduction\n\n"
        "Greenwood wrote every night. In my first paper on the diary I called it “the most "
        "complete record of a handloom weaver's working year that survives”.\n\n"
        "The diary\n\n"
        "3 January. Wove till ten. I told the putter-out that “a piece is a piece, and I "
        "will not be paid for three-quarters of one”.\n"
    )
    assert _speakers(text, author="Joseph Greenwood") == ["Clare Ibbotson", "Joseph Greenwood"]


def test_a_translators_afterword_speaks_with_the_translators_i():
    text = (
        "The Slate Quarry\n\n"
        "Translated from the Welsh, with notes, by Gwen Pryce\n\n"
        "Chapter One\n\n"
        "My father went up the mountain before light.\n\n"
        "Translator's afterword\n\n"
        "When I first reviewed the novel I wrote that its ending was “too tidy for a book "
        "about slate”, and I have changed my mind only slowly.\n"
    )
    assert _speakers(text, author="Ifan Roberts") == ["Gwen Pryce"]


def test_a_note_that_quotes_two_people_gives_both_their_words():
    text = (
        "Lane wrote that the grazing was common to all.[1]\n\n"
        "Notes\n\n"
        "1. Thomas Lane’s own copy has in the margin: “Not so after 1790, whatever the "
        "vicar says.” His son Robert, who owned the copy later, added beneath it: “The "
        "vicar was right and my father knew it.”\n"
    )
    quotations = _quotations(text)
    assert [q.text[:10] for q in quotations] == ["Not so aft", "The vicar "]


def test_a_parenthesis_signing_with_an_office_and_its_years_is_a_signature_not_a_citation():
    text = (
        "FROM OUR ARCHIVE\n\n"
        "From the school magazine, summer 1952: “The new hall was opened by the Lord "
        "Lieutenant, who spoke for eleven minutes and was cheered for twelve.” (Dr Ada "
        "Rigg, Headmistress 1922-1956)\n"
    )
    quotation = _quotations(text)[0]
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Ada Rigg",
        None,
        None,
    )


BOUNDARY_APPEAL = (
    "IN THE COUNTY COURT AT BRADFORD\n\n"
    "Pennock v Ashworth Farms Ltd\n\n"
    "Ruth Cole (instructed by Lamb & Co) for the claimant.\n"
    "Simon Dacre KC and Ian Ward (instructed by Hollis Shaw LLP) for the defendant.\n\n"
    "JUDGMENT\n\n"
    "1. Counsel for the defendant opened with a concession: “The wall was moved; the only "
    "question is when.”\n\n"
    "2. The defendant's letter of 4 March 2019 says that “the wall has stood where it "
    "stands since the enclosure award”.\n\n"
    "3. I begin with the speech of Lord Hollis in Cray v Holt [1998] 2 WLR 114 at 120: “A "
    "boundary is a line on the ground before it is a line on a plan.”\n"
)


def test_a_law_reports_appearances_name_counsel_for_each_party():
    assert _speakers(BOUNDARY_APPEAL)[0] == "Simon Dacre"


def test_a_law_reports_own_case_title_names_its_claimant_and_defendant():
    assert _speakers(BOUNDARY_APPEAL)[1] == "Ashworth Farms Ltd"


def test_a_judges_speech_in_a_case_the_lead_in_names_has_the_case_as_work_and_its_page():
    quotation = _quotations(BOUNDARY_APPEAL)[2]
    assert (quotation.speaker_name, quotation.work_title, quotation.page) == (
        "Lord Hollis",
        "Cray v Holt",
        "120",
    )


CONCERT = (
    "SPRING CONCERT\n\n"
    "The conductor writes that the choir “has never sung the Gloria faster, and never will "
    "again”.\n\n"
    "The director of music, asked about the soloists, said only that “they are all better "
    "than they think they are”.\n\n"
    "Our leader adds: “Please keep your programmes still during the slow movement.”\n\n"
    "Conducted by Ruth Amory\n\n"
    "Director of music .......... Helen Croft\n"
    "Leader .......... Thomas Vane\n"
)


def test_a_credit_line_names_whom_the_text_calls_by_what_they_did_wherever_it_stands():
    assert _speakers(CONCERT)[0] == "Ruth Amory"


def test_a_programmes_credits_set_with_dot_leaders_are_a_directory_of_roles():
    # "Director of music": the office is the words before what it is of
    assert _speakers(CONCERT)[1:] == ["Helen Croft", "Thomas Vane"]


def test_a_section_headed_as_an_office_holders_speaks_with_their_i():
    text = (
        "HEBBLE VALLEY WALKERS: NEWSLETTER\n\n"
        "CHAIR'S REPORT\n\n"
        "It has been a wet year. At the AGM I told members that “a walking club that only "
        "walks in the sun is a picnic club”, and the rain has proved me right.\n\n"
        "FROM THE TREASURER\n\n"
        "As I warned in the spring, “the minibus will not survive another winter on the "
        "tops”.\n\n"
        "COMMITTEE\n\n"
        "Chair: Brenda Oldroyd\n"
        "Treasurer: Keith Haigh\n"
    )
    assert _speakers(text, author="Hebble Valley Walkers") == ["Brenda Oldroyd", "Keith Haigh"]


def test_a_transcripts_key_lines_name_who_asks_and_who_answers_and_are_no_words():
    text = (
        "The transcript below was made for the museum's archive.\n\n"
        "Interviewer: Sam Hale\n"
        "Interviewee: Doris Penrose\n\n"
        "Q: What did your father tell you about the lock?\n\n"
        "A: That it was a chapel, and that you did not run in a chapel, whatever the boatmen "
        "shouted at you.\n\n"
        "Q: And did they shout?\n\n"
        "A: Every day God sent, and twice on a Sunday.\n"
    )
    quotations = _quotations(text)
    assert [q.speaker_name for q in quotations] == [
        "Sam Hale",
        "Doris Penrose",
        "Sam Hale",
        "Doris Penrose",
    ]


def test_a_line_of_minutes_under_a_role_names_nobody_unless_it_is_a_full_name():
    # "Chair: Thanks, everyone." is what the chair said, not who the chair is
    text = (
        "The chair said that “the meeting will now close, and the bar will now open”.\n\n"
        "Chair: Thanks, everyone.\n"
        "Secretary: Yes, noted.\n"
    )
    assert _speakers(text) != ["Thanks"]


def test_a_live_blogs_hour_opening_a_paragraph_is_no_place_in_a_recording():
    text = (
        "LIVE: THE COUNT AT KELSFORD\n\n"
        "09:12 The returning officer, Ann Lee, said: “We expect a result by four, and not a "
        "minute before.”\n"
    )
    assert _quotations(text)[0].page is None

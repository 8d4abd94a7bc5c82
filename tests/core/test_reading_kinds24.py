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


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in _quotations(text)]


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

"""Every kind of document says who spoke in its own way, and a reader who has never met the
kind finds it from the document's own apparatus (kinds22): a list of people with their roles
wherever it stands, a question number or an evidence code that points into such a list, the
parties a heading's lines name, a role given by what someone did ("Presented by …" makes the
donor), a body called by its kind alone once the text has named it, and a document of a body
that quotes someone. Invented sentences: a drainage authority, a scrutiny panel, a planning
appeal, a consultation summary, a library's gift, a river trust."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def _quotations(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="Page Editor") if p.kind == "quotation"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in _quotations(text)]


def test_a_body_called_by_its_kind_alone_is_the_one_body_of_that_kind_named():
    text = (
        "The Lyth Valley Drainage Authority owns the sluices below Sampool. The Authority "
        'replied to the parish that the gates were "opened by hand every tide since 1811, '
        'and they will be opened by hand every tide after we are gone".\n\n'
        "Help came instead from the Agency for Coastal Safety. The Agency says the marsh is "
        '"a sponge that the county forgot it owned".\n'
    )
    assert _speakers(text) == ["Lyth Valley Drainage Authority", "Agency for Coastal Safety"]


def test_a_body_called_by_its_kind_stays_as_written_when_two_such_bodies_are_named():
    text = (
        "Both the Kent Rivers Authority and the Medway Ports Authority claimed the wharf. The "
        'Authority told the inquiry that the wharf was "ours by every map drawn before 1900".\n'
    )
    assert _speakers(text) != ["Kent Rivers Authority"]
    assert _speakers(text) != ["Medway Ports Authority"]


def test_a_role_from_the_list_of_participants_at_the_end_names_the_speaker_before_it():
    text = (
        "The inquiry sat for four days in the Corn Exchange. The Head of Planning told the "
        'inquiry that the scheme was "the last chance to put houses where the buses already '
        'run". For the objectors, the Society\'s chair said the field was "the only flat '
        'ground in the parish where a child can fly a kite".\n\n'
        "Participants\n\n"
        "Ruth Calloway, Head of Planning, Wenford District Council\n\n"
        "Dr Owen Pryce, Chair, Wenford Civic Society\n"
    )
    assert _speakers(text) == ["Ruth Calloway", "Owen Pryce"]


def test_a_question_number_is_the_page_and_points_to_the_witness_whose_range_holds_it():
    text = (
        "The panel asked how many nights the shelter had turned people away. One witness "
        'answered: "Forty-one, and every one of them was raining." (Q 14) The council\'s '
        'own figure was "nearer thirty, on our count" (Q 33).\n\n'
        "Witnesses\n\n"
        "Marion Tate, Manager, Harbour Street Night Shelter — Q1–20\n\n"
        "Colin Reyes, Director of Housing, Wenford District Council — Q21–40\n"
    )
    shelter, council = _quotations(text)
    # the question's number is where a reader finds the answer (notes24: the golds agree)
    assert (shelter.speaker_name, shelter.work_title, shelter.page) == ("Marion Tate", None, "Q14")
    assert (council.speaker_name, council.work_title, council.page) == ("Colin Reyes", None, "Q33")


def test_an_evidence_code_names_the_writer_the_list_of_responses_gives():
    text = (
        'Most responses welcomed the new weir. One angler wrote: "The chub came back the '
        "summer the old weir went, and I would rather they stayed.\" (LWC007) The Guild's "
        'response quotes a bailiff from Ebbside: "I have not seen a salmon above the mill '
        'since I was a boy." (LWC012)\n\n'
        "Responses received\n\n"
        "- LWC007 Mr Arthur Greaves\n"
        "- LWC012 Wenford Anglers' Guild\n"
    )
    angler, bailiff = _quotations(text)
    assert (angler.speaker_name, angler.via_name) == ("Mr Arthur Greaves", None)
    assert (bailiff.speaker_name, bailiff.unnamed) == ("a bailiff from Ebbside", True)
    assert bailiff.via_name == "Wenford Anglers' Guild"


def test_the_parties_a_headings_lines_name_speak_by_their_roles():
    text = (
        "APPEAL DECISION\n\n"
        "Appellant: Mr Tobias Reed\n"
        "Respondent: Wenford District Council\n\n"
        "1. The appeal concerns a barn at Low Garth. The respondent's statement of case says "
        'that the barn is "a working building and not a dwelling in waiting". The appellant '
        'argues that the barn has been "empty of hay and full of swallows for twenty years".\n'
    )
    assert _speakers(text) == ["Wenford District Council", "Mr Tobias Reed"]


def test_a_role_given_by_what_someone_did_names_them_later():
    text = (
        "The atlas was presented by Dr Alan Brook in 1961, with a letter. In it the donor "
        'wrote that the atlas had "travelled further in my rucksack than most atlases travel '
        'in a lifetime".\n'
    )
    assert _speakers(text) == ["Alan Brook"]


def test_a_note_by_a_role_speaks_with_the_voice_of_the_one_given_that_role():
    text = (
        "The Ebbside Book of Days was compiled by Mrs Edna Soulby in 1932. A note by the "
        "book's compiler says that the fair was \"held on the green until the year the "
        'green was sold" (p. 41).\n'
    )
    (fair,) = _quotations(text)
    assert (fair.speaker_name, fair.page) == ("Mrs Edna Soulby", "41")


def test_a_bodys_document_that_quotes_someone_relays_them_for_the_body():
    text = (
        "The Ebb Rivers Trust surveyed the banks in 2019. Its report quotes a lock-keeper at "
        'Dunham: "The otters use my steps more than the boats do."\n'
    )
    (otters,) = _quotations(text)
    assert (otters.speaker_name, otters.unnamed) == ("a lock-keeper at Dunham", True)
    assert otters.via_name == "Ebb Rivers Trust"


def test_a_partys_submission_is_their_speech():
    text = (
        "Ms Hannah Quirk appeared for the tenants. Ms Quirk submitted that the landlord had "
        '"let the roof fail so that the tenants would leave of their own accord".\n'
    )
    assert _speakers(text) == ["Ms Hannah Quirk"]


def test_an_opening_phrase_without_its_comma_leaves_the_subject_the_speaker():
    text = (
        "The appellant, Mr Silas Hebb, farmed at Low Garth until 2015.\n\n"
        'In his written representations the appellant says that the track was "never '
        'closed to walkers, only to cattle".\n'
    )
    assert _speakers(text) == ["Mr Silas Hebb"]


def test_who_a_party_appears_for_is_no_part_of_the_subject():
    text = (
        "Mr Alun Gower appeared for the council and Ms Ffion Lake for the residents.\n\n"
        'For the residents, Ms Lake submitted that the lane had been "a public road in all '
        'but name since the enclosure award".\n'
    )
    assert _speakers(text) == ["Ms Ffion Lake"]


def test_a_letter_described_by_its_writer_and_recipient_in_capitals_is_no_work():
    text = (
        "The Head of Music, Mr Idris Vaughan, answered the governors within the week. He "
        'wrote that the choir would "sing in the cathedral or not at all" (Letter from the '
        "Head of Music to the Chair of Governors, 3 May 2024).\n"
    )
    (choir,) = _quotations(text)
    assert (choir.speaker_name, choir.work_title, choir.page) == ("Mr Idris Vaughan", None, None)


def test_a_time_at_the_start_of_a_sentence_without_its_comma_leaves_the_subject_the_speaker():
    text = (
        "At 6.40 on 2 June the duty officer, Sgt Carol Mabey, sent the crew a message reading: "
        '"Stand down, the boat is safe in the harbour."\n'
    )
    assert _speakers(text) == ["Carol Mabey"]


def test_the_kind_of_body_in_small_letters_is_the_one_body_of_that_kind_named():
    text = (
        "The Thornby Parish Council met in the chapel schoolroom. In 1962 the council wrote "
        'that the ford was "a road for ducks and for nobody else".\n'
    )
    assert _speakers(text) == ["Thornby Parish Council"]


def test_a_case_a_sentence_opens_on_is_the_work_of_the_judge_it_quotes():
    text = (
        "The tenants relied on an older authority. In Pollard v Wyke Estates Ltd [1987] 2 EGLR "
        '61, His Honour Judge Ines Carver said at paragraph 14 that a landlord "cannot repair '
        'a roof by writing letters about it".\n'
    )
    (roof,) = _quotations(text)
    assert (roof.speaker_name, roof.work_title, roof.page) == (
        "Ines Carver",
        "Pollard v Wyke Estates Ltd",
        "para. 14",
    )


def test_a_paper_that_asked_relays_the_answer():
    text = (
        "Nell Askew bred the rose at Thirsk in 1928. Asked about it by the *Yorkshire Post* "
        'in 1931, Askew said that it had "come up by itself between two failures".\n'
    )
    (rose,) = _quotations(text)
    assert (rose.speaker_name, rose.work_title, rose.via_name) == (
        "Nell Askew",
        None,
        "Yorkshire Post",
    )


def test_a_document_the_sentence_before_says_someone_issued_speaks_for_them():
    text = (
        "The Wenford Hospitals Trust issued a leaflet for visitors in 1974. The leaflet warns "
        'that the lifts are "for patients first and visitors when there is room".\n'
    )
    assert _speakers(text) == ["Wenford Hospitals Trust"]


def test_according_to_a_body_by_its_kind_is_the_one_body_so_named():
    text = (
        "The Lune Valley Conservation Society surveyed the hedges in 1988. According to the "
        'Society, the lane had "more species in a mile than the county has in a parish".\n'
    )
    assert _speakers(text) == ["Lune Valley Conservation Society"]


def test_a_guide_compiled_by_someone_speaks_with_their_voice():
    text = (
        "The gallery's guide, compiled by Dr Ann Voss, calls the portrait \"the only honest "
        'face in the long room".\n'
    )
    assert _speakers(text) == ["Ann Voss"]


def test_a_witnesss_evidence_was_that_is_their_speech():
    text = (
        "The tribunal heard from the ferryman, Mr Colm Hegarty. Mr Hegarty's evidence, which "
        'the tribunal accepted, was that the slipway had been "under water at every spring '
        'tide since the sea wall went".\n'
    )
    assert _speakers(text) == ["Mr Colm Hegarty"]


def test_a_speakers_own_statement_cited_by_an_abbreviation_is_no_work():
    text = (
        "The inspector heard the objectors on the second day. Mrs Enid Marlow said the path "
        'had been "walked by every child in the village on the way to school" (Marlow PoE '
        "para. 4.2).\n"
    )
    (path,) = _quotations(text)
    assert (path.speaker_name, path.work_title, path.page) == ("Mrs Enid Marlow", None, "para. 4.2")


def test_whoever_prints_anothers_letter_relays_the_writers_words():
    text = (
        "Martha Quill kept the toll house until 1871. Her grandson, Edwin Quill, wrote the "
        "family's history in 1910. He prints her last letter to the turnpike trustees: "
        '"I have taken no toll from a funeral and I never shall." (p. 44) He also prints a '
        'note from her lodger, Amos Fearn: "Paid in full, and the bread was good." (p. 45)\n'
    )
    letter, note = _quotations(text)
    assert (letter.speaker_name, letter.via_name, letter.page) == (
        "Martha Quill",
        "Edwin Quill",
        "44",
    )
    assert (note.speaker_name, note.via_name, note.page) == ("Amos Fearn", "Edwin Quill", "45")

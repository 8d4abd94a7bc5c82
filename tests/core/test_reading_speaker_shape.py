"""A speaker is somebody: whatever the reader proposes as the speaker of quoted words is a
person or a body a reader would accept as having said or written them, named or described,
never a work, a record, a time or a thing the sentence speaks of. When a candidate is not
somebody the reader takes, in order, the owner of the thing it names, the subject of the
lead-in, the author of the cited work, an unnamed person the lead-in describes; else nobody,
and the moderator is told why. Each rule on sentences written for it (invented glovers,
brass bands and ferry companies; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(p.speaker_name, p.unnamed) for p in quoted(text)]


def test_a_noun_phrase_after_a_preposition_qualifies_the_person_before_it():
    found = speakers(
        "The band broke up in 1962. The conductor's deputy at the old hall in Cressing, a "
        "cornet player who had joined as a boy, told me bluntly, "
        '"We were never as good as the photographs make us look."\n'
    )
    # not "the old hall in Cressing": the deputy it says where he played
    assert found == [("The conductor's deputy at the old hall in Cressing", True)]


def test_a_thing_after_a_preposition_names_no_speaker():
    found = quoted(
        "A page in the Order Book from the spring of 1871 records a delivery that went wrong: "
        '"Forty dozen sent to Ludlow in error. Carrier blames the rain."\n'
    )
    # the order book is no one; nobody is guessed
    assert [p.speaker_name for p in found] == [None]


def test_a_described_speaker_whose_head_is_a_thing_yields_to_the_citation():
    found = quoted(
        "Eastwood (1908: 33) found the glovers of the town "
        '"a quarrelsome trade, and the best-paid in the county," and his table of wages, '
        "copied from the guild's books, bears him out.\n\n"
        "References\n\n"
        "Eastwood, Martin. 1908. The Glove Trade of Yeovil. Yeovil: Western Press.\n"
    )
    # "his table of wages" after the words is a thing, not whoever spoke them
    assert [(p.speaker_name, p.unnamed) for p in found] == [("Martin Eastwood", False)]


def test_a_work_someone_wrote_is_not_its_author_and_the_owner_speaks():
    found = speakers(
        "Ivo Brandt never liked being called a nature writer. In a note to his publisher in "
        "1950, he was sharp about what Ivo Brandt's Moorland Year had been meant to be: "
        '"It is a book about work. The birds are only there because the men are."\n'
    )
    assert found == [("Ivo Brandt", False)]


def test_a_broadcast_series_named_after_its_kind_is_no_one_a_pronoun_stands_for():
    found = speakers(
        "Dora Pengelly kept the ferry for twenty years. Speaking on the local radio programme "
        "Tidelines in 1988, she remembered it simply: "
        '"You learned the river or you learned to swim, and most of us did both."\n'
    )
    assert found == [("Dora Pengelly", False)]


def test_an_almanac_cited_for_an_unsigned_verdict_is_the_work_of_the_one_who_wrote_it():
    [found] = quoted(
        "Harker's last season was his best. Wisden's correspondent, writing in 1931, thought "
        'him "the slowest scorer and the surest catcher in the north" '
        "(Wisden Cricketers' Almanack, 1931, p. 412).\n"
    )
    assert (found.speaker_name, found.unnamed, found.work_title, found.page) == (
        "Wisden's correspondent",
        True,
        "Wisden Cricketers' Almanack",
        "412",
    )


def test_a_thing_named_in_the_sentence_after_the_words_does_not_take_them():
    found = speakers(
        "The ferryman, Reuben Colley, gave evidence on the second day. "
        '"I have never lost a passenger," he said. "I have lost a good many hats." '
        "The company's own accident book, which the inspector read, tells the same story.\n"
    )
    # the accident book is not the second half's speaker: the one who said the first half is
    assert found == [("Reuben Colley", False), ("Reuben Colley", False)]


def test_a_body_whose_name_has_a_plural_apostrophe_is_somebody():
    found = speakers(
        "The Tanners’ Company wrote to the mayor the same week: "
        '"We cannot answer for the river while the dyers are upstream of us."\n'
    )
    assert found == [("Tanners’ Company", False)]


def test_a_speaker_set_aside_tells_the_moderator_why():
    [found] = quoted(
        "A sheet in the Minute Book of 1904 sets it out plainly: "
        '"No member to bring a dog to practice, nor a child under ten."\n'
    )
    assert found.speaker_name is None
    assert found.doubt is not None


def test_a_thing_someone_owns_as_the_lead_ins_subject_is_theirs():
    found = speakers(
        "Hannah Pell ran the shop alone after 1890. Pell's ledger for that winter is mostly "
        'sums, with one line of comment: "Snow to the sills. Sold nothing but candles."\n'
    )
    # the ledger is no one; the one named as its owner wrote in it
    assert found == [("Hannah Pell", False)]


def test_a_note_in_someones_hand_is_theirs():
    found = speakers(
        "The parish chest holds, among the receipts, a loose sheet in the hand of the sexton, "
        'Job Ridley: "Bell rope frayed again. Told the churchwarden twice."\n'
    )
    assert found == [("Job Ridley", False)]


def test_a_document_of_someone_named_by_role_is_theirs():
    found = speakers(
        "The examiner that year was Dr Walter Greig. The verdict of the examiner was "
        'short: "Good voices, poor breathing, and a piano that should be burnt."\n'
    )
    assert found == [("Walter Greig", False)]


def test_a_document_by_someone_named_beside_it_is_theirs():
    found = speakers(
        "The hymn sheet, by the organist Ruth Mallory, told the choir what to do: "
        '"Hold the last note until I lift my hand, and not a moment longer."\n'
    )
    assert found == [("Ruth Mallory", False)]


def test_a_book_the_words_are_quoted_in_does_not_make_its_author_their_speaker():
    found = quoted(
        "Abel Stott left no papers. One remark of his is quoted in Ann Pell's history of the "
        'mill: "A loom is a clock that eats cotton."\n'
    )
    assert [p.speaker_name for p in found] != ["Ann Pell"]


def test_people_described_as_a_colon_lead_ins_subject_speak_whatever_their_verb():
    found = speakers(
        "The new vicar changed the hymn book in his first month. The older members of the "
        "choir, who had sung the old tunes for forty years, sent a note to the vestry: "
        '"We will sing what we know, or we will sit down."\n'
    )
    assert found == [("The older members of the choir", True)]


def test_a_pronoun_inside_a_clause_about_the_subject_does_not_speak():
    found = speakers(
        "Miss Vane retired in 1958. One former pupil, who did not give her name, wrote: "
        '"She made us read aloud until we stopped being afraid of it." The boys of the top '
        "form at Denby Grammar School, whom she had taught Latin, sent a telegram: "
        '"Gratias tibi agimus, magistra."\n'
    )
    assert found[1] == ("The boys of the top form at Denby Grammar School", True)


def test_a_word_the_text_writes_only_inside_longer_names_is_no_one_a_pronoun_stands_for():
    found = quoted(
        "Nora Quill ran the lending library until 1979.\n\n"
        "On a programme made for ITV Tyne Tees, recorded in 1977, she was asked about the "
        'rule of silence: "I never kept it myself. Books are for talking about."\n\n'
        "Her papers are now at the Tyne Tees Film Archive.\n"
    )
    # "Tees" is never anyone in this text: only a word of a channel's and an archive's name
    assert [p.speaker_name for p in found] == ["Nora Quill"]

"""Who speaks when a text names a role, an archive or a paper's letters column, in conventions
the fourth blind measure (blind17) met: each rule on sentences written for it (invented mills,
harbours and choirs; no essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def test_a_job_title_after_a_capitalised_paper_name_keeps_the_named_speaker():
    # "Its critic, Ivo Dunn," always worked; a paper's name before the job title lost the words
    for lead in (
        "The Herald reviewer, Ivo Dunn, called it",
        "The Morning Herald music reviewer, Ivo Dunn, wrote that the choir was",
        "The *Herald*'s music reviewer, Ivo Dunn, called it",
    ):
        text = f"The choir sang in the mill yard. {lead} “loud, brave and mostly in tune”."
        found = quoted(text)
        assert [(p.text, p.speaker_name) for p in found] == [
            ("loud, brave and mostly in tune", "Ivo Dunn")
        ], lead


def test_an_archive_and_its_call_mark_are_neither_speaker_nor_work():
    for cited in ("(Tyne and Wear Archives, DF/77/2)", "(TWA Newcastle, DF 77/2)"):
        text = (
            "The harbourmaster, Silas Venn, kept a journal for forty years. His entry for the "
            f"great gale is short: ‘Lost the small boat, saved the men.’ {cited}"
        )
        found = quoted(text)
        assert [(p.text, p.speaker_name, p.work_title) for p in found] == [
            ("Lost the small boat, saved the men.", "Silas Venn", None)
        ], cited


def test_a_correspondents_letter_is_in_the_paper_and_a_told_remark_is_relayed_by_it():
    opening = "All that spring the Harbour Courier printed letters about the new breakwater. "
    cited = "“it will silt the harbour within ten years” (Harbour Courier, 3 Apr. 1931, p. 6)."
    letter = quoted(opening + f"A correspondent from the quay was blunter: {cited}")
    assert [(p.speaker_name, p.work_title, p.via_name) for p in letter] == [
        ("A correspondent", "Harbour Courier", None)
    ]
    told = quoted(opening + f"The harbour master, Owen Tregear, told the paper that {cited}")
    assert [(p.speaker_name, p.work_title, p.via_name) for p in told] == [
        ("Owen Tregear", None, "Harbour Courier")
    ]

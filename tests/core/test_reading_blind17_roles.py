"""Who speaks when a text names a role, an archive or a paper's letters column, in conventions
the fourth blind measure (blind17) met: each rule on sentences written for it (invented mills,
harbours and choirs; no essay's wording)."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str) -> list[Proposal]:
    return [p for p in propose_passages(text, author="The Essayist") if p.kind == "quotation"]


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

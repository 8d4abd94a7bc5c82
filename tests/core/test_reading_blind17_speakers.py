"""Who speaks, and which words are a quotation, in conventions the fourth blind measure
(blind17) met: each rule on sentences written for it (invented lighthouses and ropewalks; no
essay's wording)."""

from __future__ import annotations

from tests.fixtures.readings import quotations as quoted


def test_an_indented_block_in_a_text_written_one_line_a_paragraph_is_one_quotation():
    text = (
        "THE ROPEWALK\n"
        "The ropewalk at Fennick closed in 1911. Its last foreman, Amos Lyle, wrote down what "
        "the work was like in a notebook his granddaughter kept:\n"
        "    We walked backwards all day, paying out the hemp, and a new boy always fell over "
        "the first morning. Nobody laughed, because “every man here has been down once”.\n"
        "    By the end of the first week he would walk backwards in his sleep. (Lyle "
        "notebook, p. 12)\n"
        "The notebook stops in the spring of 1911. Nothing in it mentions the closure.\n"
    )
    found = quoted(text)
    assert [p.text[:20] for p in found] == ["We walked backwards "]
    block = found[0]
    assert block.text.endswith("walk backwards in his sleep.")
    assert "every man here has been down once" in block.text  # inside it, not of its own
    assert (block.speaker_name, block.page) == ("Amos Lyle", "12")


def test_indented_lines_with_no_colon_before_them_are_no_block_quotation():
    text = (
        "THE LIGHT\n"
        "Hollin Point light was built in 1852 by the harbour board.\n"
        "    Its lantern came from a Birmingham works in eleven crates.\n"
        "The first keeper, Jonas Pike, kept it for thirty years.\n"
    )
    assert quoted(text) == []


def test_words_quoted_inside_a_block_quotation_are_part_of_the_block_only():
    text = (
        "Of her apprenticeship at the ropewalk, Martha Senn wrote in her memoir, Hemp and "
        "Tar (1931):\n\n"
        "    Twisting went on until the palms bled. The foreman, Abel Dray, said “a slack "
        "rope drowns a sailor”, and the new girls believed him. (p. 22)\n\n"
        "Few memoirs of the trade survive.\n"
    )
    found = quoted(text)
    assert len(found) == 1
    assert found[0].text.startswith("Twisting went on")
    assert (found[0].speaker_name, found[0].page) == ("Martha Senn", "22")

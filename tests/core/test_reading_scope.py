"""What a heading or a lead-in announces holds for what follows it, until the text says
otherwise (HELDOUT.md, "Scope"; ``reading/scope.py``). Each rule on sentences written for it
(invented ships, choirs, allotments and surgeries; no essay's or probe's wording): a list of
comments after the sentence that says who wrote them, a diary's entries under dated headings,
the section a "Foreword by" heading opens, a name heading over remembered words, the text's
own "our", and where each stops."""

from __future__ import annotations

from bot.core.extract.reading import Proposal, propose_passages


def quoted(text: str, author: str = "The Essayist") -> list[Proposal]:
    return [p for p in propose_passages(text, author=author) if p.kind == "quotation"]


def who(text: str, author: str = "The Essayist") -> list[tuple[str | None, bool, str | None]]:
    return [(p.speaker_name, p.unnamed, p.work_title) for p in quoted(text, author)]


def test_a_lead_in_holds_for_every_item_of_the_list_after_it():
    for items in (
        # separate paragraphs (an HTML list), a Markdown list, numbered items
        "“The hall was colder than the church and twice as damp.”\n\n"
        "“We sang the Nunc Dimittis with our coats on, every week of that winter.”",
        '- "The hall was colder than the church and twice as damp."\n'
        '- "We sang the Nunc Dimittis with our coats on, every week of that winter."',
        '1. "The hall was colder than the church and twice as damp."\n'
        '2. "We sang the Nunc Dimittis with our coats on, every week of that winter."',
    ):
        text = (
            "## Winter rehearsals\n\n"
            "The choir met in the parish hall until 1963. Dorothy Fenwick, who sang alto for "
            "forty years, sent the society her memories of those winters. Two of them:\n\n"
            f"{items}\n"
        )
        assert who(text) == [("Dorothy Fenwick", False, None)] * 2, items


def test_a_counted_group_that_wrote_speaks_each_comment_listed_after_it():
    text = (
        "## Plot holders\n\n"
        "The committee asked for views on the new water troughs. Several tenants wrote "
        "back, and we print a selection. Among them:\n\n"
        "“The trough by the gate fills with leaves every October and nobody clears it.”\n\n"
        "“I would rather carry my own cans than queue behind the onion growers.”\n"
    )
    assert who(text) == [("Several tenants", True, None)] * 2


def test_the_entries_of_a_diary_someone_kept_are_theirs_across_dated_headings():
    text = (
        "## The surgeon's journal\n\n"
        "Aboard the Halcyon the ship's surgeon, Matthew Orde, kept a journal from Gravesend "
        "to Hobart. Three entries give the voyage's middle weeks.\n\n"
        "### 3 May 1841\n\n"
        "    Calm all day. Two cases of the flux below decks, both women, both recovering.\n\n"
        "### 19 May 1841\n\n"
        "    Wind at last. The children were let up on deck and would not go down again.\n\n"
        "## Arrival\n\n"
        "The ship reached Hobart in August. A harbour clerk logged the passengers:\n\n"
        "    One hundred and twelve landed, four buried at sea, one born off the Cape.\n"
    )
    found = quoted(text)
    assert [p.speaker_name for p in found[:2]] == ["Matthew Orde", "Matthew Orde"]
    # the next heading ends the journal's scope: the clerk's words are not the surgeon's
    assert found[2].speaker_name != "Matthew Orde"


def test_an_entry_named_in_the_lead_in_is_the_diarist_named_earlier_in_the_paragraph():
    text = (
        "Ada Brereton kept a garden book from 1931 until her death, and her grandson has "
        "lent it to the society. The page for 9 June is typical: “Peas in at last. Slugs "
        "everywhere. Mr Hale says beer, I say nonsense.” It is her only mention of him."
    )
    assert who(text) == [("Ada Brereton", False, None)]


def test_a_heading_naming_its_writer_and_role_makes_the_role_that_person_later():
    for heading in (
        "Foreword by the Secretary, Rosalind Achterberg",
        "Foreword by Rosalind Achterberg, Secretary",
    ):
        text = (
            "# The Orchard Street Surgery at Fifty\n\n"
            f"## {heading}\n\n"
            "Fifty years is a long time for a surgery to stay in one street, and a longer one "
            "for its patients to put up with the stairs.\n\n"
            "## Our patients\n\n"
            "As the Secretary puts it in her foreword, “a longer one for its patients to put "
            "up with the stairs”, and the lift fund is open.\n"
        )
        assert who(text) == [("Rosalind Achterberg", False, None)], heading


def test_words_set_right_under_a_heading_that_is_a_name_are_that_persons():
    text = (
        "## Voices from the mill\n\n"
        "We recorded four former weavers in 2002.\n\n"
        "Harriet Sugden\n\n"
        "“You could not hear yourself think, so you learned to read lips instead.”\n\n"
        "Walter Illingworth\n\n"
        "“The overlooker had a whistle, and we had our own whistle back.”\n"
    )
    assert who(text) == [
        ("Harriet Sugden", False, None),
        ("Walter Illingworth", False, None),
    ]


def test_the_texts_own_our_is_its_maker_speaking_in_its_document():
    text = (
        "## The year in review\n\n"
        "Our plan, *Clear Water by 2030*, promised that “every culvert on the lower river will "
        "be opened or mapped before the decade ends” (p. 9). Half of them are."
    )
    found = quoted(text, author="Lower Wend Rivers Trust")
    assert [(p.speaker_name, p.work_title, p.page) for p in found] == [
        ("Lower Wend Rivers Trust", "Clear Water by 2030", "9")
    ]


def test_our_person_or_words_told_to_us_are_not_the_makers():
    text = (
        "Our treasurer, Imogen Pask, was blunt: “We cannot mend the sluice and pay the "
        "warden in the same year.” The warden stayed."
    )
    assert who(text, author="Lower Wend Rivers Trust") == [("Imogen Pask", False, None)]


def test_what_a_lead_in_announced_stops_at_the_next_heading():
    text = (
        "## The keeper's log\n\n"
        "Samuel Treen kept the lighthouse log for thirty years. His entry for the great gale "
        "is brief:\n\n"
        "    Lamp lit at four. Glass cracked at nine. Lamp lit again at ten past.\n\n"
        "## The inquiry\n\n"
        "The Board held an inquiry the next spring, and its findings survive:\n\n"
        "    The keeper did all that could be asked, and more than most would have done.\n"
    )
    found = quoted(text)
    assert found[0].speaker_name == "Samuel Treen"
    assert found[1].speaker_name != "Samuel Treen"


def test_a_lead_in_naming_someone_else_ends_the_announcement():
    text = (
        "Samuel Treen kept the lighthouse log for thirty years, and his daughter Mercy kept "
        "the house.\n\n"
        "The inspector from Trinity House, Captain Jonas Reeve, wrote in his report that “the "
        "station is clean, the keeper sober and the oil accounted for to the pint”.\n\n"
        "One line of the visit survives without a name on it:\n\n"
        "    Visited by the Brethren. All in order. Rain.\n"
    )
    found = quoted(text)
    assert found[0].speaker_name == "Jonas Reeve"
    assert found[1].speaker_name is None


def test_a_body_named_in_between_is_no_she_of_the_paragraphs_subject():
    text = (
        "Agnes Pell kept the herbarium of the Fenland Botanical Society for thirty years. "
        "When she retired, the Fenland Botanical Society minuted its thanks for “thirty years "
        "of pressed flowers and unpressed opinions”. In her last letter to the secretary, she "
        "wrote: “Keep the sedges dry and the committee damp, and both will last.”"
    )
    assert [p.speaker_name for p in quoted(text)] == ["Fenland Botanical Society", "Agnes Pell"]


def test_a_cross_reference_to_the_texts_own_section_is_no_citation():
    for remark in ("(see section 4, Grants and donations)", "(see the appendix)", "(see below)"):
        text = (
            "## Foreword by Hilary Gaunt, Treasurer\n\n"
            "We spent more than we raised this year, and the roof is the reason.\n\n"
            "## The year\n\n"
            "As the Treasurer writes in her foreword, “we spent more than we raised this "
            f"year, and the roof is the reason” {remark}, which the members accepted."
        )
        assert who(text) == [("Hilary Gaunt", False, None)], remark


def test_the_owner_a_lead_in_gives_a_document_speaks_each_item_it_introduces():
    text = (
        "# A Hundred Years of the Pendle Bellringers' Guild\n\n"
        "The Pendle Bellringers' Guild was founded at Barley in 1921.\n\n"
        "## Resolutions\n\n"
        "The minutes of the guild's meeting of 4 June 1923 set down two resolutions:\n\n"
        '1. "That no ringer climb the tower after taking strong drink."\n'
        '2. "That the treble be rehung before the bishop comes."\n'
    )
    assert who(text) == [("Pendle Bellringers' Guild", False, None)] * 2


def test_a_heading_that_names_a_writers_diary_or_letters_announces_the_blocks_under_it():
    text = (
        "## Extracts from the diary of Cuthbert Lamb\n\n"
        "The diary runs from 1915 to 1917 and sits in the county record office.\n\n"
        "    Rain again. The new drafts came up at dusk and nobody slept.\n\n"
        "## Hester Lamb's letters, 1916\n\n"
        "Only nine survive, and most are short.\n\n"
        "    Dear Cuth, the hens are laying and your aunt is not, so she is well.\n\n"
        "## The regimental history\n\n"
        "The history is less candid about that winter.\n\n"
        "    The battalion held its line through the winter without notable incident.\n"
    )
    assert [p.speaker_name for p in quoted(text)] == ["Cuthbert Lamb", "Hester Lamb", None]


def test_the_words_after_a_sentence_about_someones_memory_are_theirs():
    text = (
        "The flood reached the chapel steps in 1947. Ivy Crossland's own account of that "
        "night is mostly about the piano. “We got it up on the pews, four of us, and then "
        "we sat on it and sang until the water went down.”"
    )
    assert who(text) == [("Ivy Crossland", False, None)]


def test_our_after_as_or_in_and_lettered_items_and_numeric_dates_keep_the_scope():
    text = (
        "## The year\n\n"
        "As our annual plan put it, “every member should be within a mile of a working pump "
        "by the spring”, and most are.\n\n"
        "Grace Ollerton kept the pump log for the committee. She wrote two entries that "
        "winter:\n\n"
        "## 12.1.1963\n\n"
        "    Frozen solid at Long Lane. Kettles from the vicarage, bless them.\n\n"
        "## 19.1.1963\n\n"
        "    Still frozen. The vicarage has run out of kettles.\n\n"
        "## Decisions\n\n"
        "At its spring meeting the Upper Wend Pump Society recorded two decisions:\n\n"
        "(a) “That the pump at Long Lane be lagged before the next winter.”\n"
        "(b) “That the vicarage be thanked for its kettles, again.”\n"
    )
    found = quoted(text, author="Upper Wend Pump Society")
    assert [p.speaker_name for p in found] == [
        "Upper Wend Pump Society",
        "Grace Ollerton",
        "Grace Ollerton",
        "Upper Wend Pump Society",
        "Upper Wend Pump Society",
    ]


def test_a_lead_in_about_another_thing_is_out_of_the_diarys_scope():
    text = (
        "## The winter of 1947\n\n"
        "Martha Pye kept a diary through the worst of the snow. The entry for 3 February is "
        "short:\n\n"
        "    Snowed in. Milk frozen in the churn. Jack dug to the lane and back.\n\n"
        "A notice pinned to the chapel door that week read:\n\n"
        "    No service until the road is open. The Lord will understand.\n\n"
        "The longest entry, for 9 February, runs to a page:\n\n"
        "    The drift is up to the bedroom sill. We can hear the sheep but not see them.\n"
    )
    assert [p.speaker_name for p in quoted(text)] == ["Martha Pye", None, "Martha Pye"]

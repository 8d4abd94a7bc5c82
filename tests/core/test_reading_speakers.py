"""Who speaks, as the sentence structure says: rules a reader of any essay would state, each
on sentences written for it (invented tanneries, canals, markets and chapels; no essay's
wording). When the structure does not say, the speaker stays empty for the moderator's review:
a wrong speaker is worse than none."""

from __future__ import annotations

from bot.core.extract.reading import propose_passages
from tests.fixtures.readings import quotations as quoted


def speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(p.speaker_name, p.unnamed) for p in quoted(text)]


def test_they_after_an_unnamed_group_is_that_group_never_one_person():
    found = speakers(
        "Silas Crane ran the tannery on the Ebb. A deputation of washerwomen from Ebbfield "
        "called at his office in 1889. “The river is brown on Mondays and black on Fridays,” "
        "they wrote afterwards, “and we are tired of guessing which it will be.”"
    )
    assert found == [("A deputation of washerwomen from Ebbfield", True)] * 2


def test_they_never_stands_for_the_one_person_named_before():
    found = speakers(
        "Silas Crane ran the tannery on the Ebb and answered every complaint himself. "
        "“The smell is the smell of wages and nobody in Ebbfield objects to wages,” they "
        "wrote in reply."
    )
    assert ("Silas Crane", False) not in found


def test_a_committee_that_reports_is_the_they_of_its_words():
    found = speakers(
        "The vestry’s finance committee examined the chapel roof in 1911. “The slates are "
        "sound and the rafters are not, which is the wrong way round,” they reported."
    )
    assert found == [("The vestry’s finance committee", True)]


def test_a_surname_alone_is_the_person_last_named_with_it():
    found = speakers(
        "Martha Dunne opened the school in 1850. Forty years later her nephew, Oliver Dunne, "
        "was its master. “We teach what the parish can afford and a little more,” Dunne said."
    )
    assert found == [("Oliver Dunne", False)]


def test_a_courtesy_title_and_surname_is_the_person_named_in_full_before():
    found = speakers(
        "The surveyor Lionel Parr inspected the chapel in May 1899. Mr Parr's verdict was a "
        "single line: “The roof will outlast the congregation but not the minister.”"
    )
    assert found == [("Lionel Parr", False)]


def test_a_month_or_a_date_after_the_words_is_never_a_speaker():
    found = quoted(
        "Agnes Tull kept the chapel accounts for thirty years. She wrote “Paid the "
        "organ-blower, grudgingly, one shilling” (June 1902) and “Organ-blower paid again, "
        "more grudgingly still” (July 1903)."
    )
    assert [p.speaker_name for p in found] == ["Agnes Tull", "Agnes Tull"]


def test_a_pronoun_and_an_auxiliary_after_the_words_is_the_person_before():
    found = speakers(
        "Hester Bloom nursed in the fever ward until 1871. She never thought much of the "
        "governors. “A governor is a man who visits on Sundays and complains on Mondays,” "
        "she had written to her sister the winter before."
    )
    assert found == [("Hester Bloom", False)]


def test_whoever_is_asked_does_not_speak_the_question_and_answers_by_surname():
    found = speakers(
        "The tenant, Joseph Barr, went up to the hall and asked Edmund Hale whether the rent "
        "would fall. “Will it be less at Michaelmas, sir?” he asked. “It will be less when the "
        "harvest is more,” Hale replied."
    )
    assert found == [("Joseph Barr", False), ("Edmund Hale", False)]


def test_whom_the_words_are_told_to_does_not_speak_them():
    found = speakers(
        "The last word went to Clara Finch, who had kept the shop for forty years. “Nobody "
        "ever paid on a Friday,” she told her grandson, Peter Finch, in 1975. “They paid on "
        "Saturday, after the pub, when they were sorry.”"
    )
    assert found == [("Clara Finch", False), ("Clara Finch", False)]


def test_according_to_or_in_the_words_of_a_role_and_a_name():
    found = speakers(
        "The canal froze in 1895. According to the lock-keeper, Amos Rill, “the ice was so "
        "thick that the ducks walked to Stourport”. In the words of the company’s treasurer, "
        "Jane Oake, “the frost cost us more than the flood and was less trouble”."
    )
    assert found == [("Amos Rill", False), ("Jane Oake", False)]


def test_someone_remembered_for_words_a_historian_wrote_down_speaks_them():
    found = quoted(
        "Thomas Wray, a drover from Alston, is remembered for a saying that the folklorist "
        "Ada Kell collected sixty years afterwards: “A dog that knows the road is worth two "
        "men who know the price.”"
    )
    assert [(p.speaker_name, p.unnamed, p.via_name) for p in found] == [
        ("Thomas Wray", False, "Ada Kell")
    ]
    found = quoted(
        "The carrier Joseph Lund, who drove the Kendal road for thirty years, was a talker, "
        "and he is remembered for a joke that the diarist Ann Lyle recorded in 1888: “The "
        "road is the same length both ways, but nobody believes it going up.”"
    )
    assert [(p.speaker_name, p.via_name) for p in found] == [("Joseph Lund", "Ann Lyle")]


def test_an_unnamed_writer_described_by_a_clause_speaks_what_a_historian_prints():
    found = quoted(
        "Ada Kell collected drovers' sayings all her life. An old shepherd from Garrigill, "
        "talking to her in 1932, left a description of the road that Kell also prints: “Wet "
        "from Alston to the Tyne and dry only in the pubs.”"
    )
    assert [(p.speaker_name, p.unnamed, p.via_name) for p in found] == [
        ("An old shepherd from Garrigill", True, "Ada Kell")
    ]


def test_someone_who_told_a_newspaper_is_relayed_by_it():
    found = quoted(
        "The market hall closed in 1962. One stallholder, a fishmonger, told the Leeds "
        "Mercury that “the hall was cold in summer and colder in winter, and we loved it”."
    )
    assert [(p.speaker_name, p.unnamed, p.via_name) for p in found] == [
        ("One stallholder", True, "Leeds Mercury")
    ]


def test_words_asked_for_are_the_asker_s_own():
    found = quoted(
        "Nobody saw the horse again. Its rider, a dealer named Jacob Venn, was last seen at "
        "the toll-gate asking the keeper for “a night’s lodging and no questions about the "
        "horse”. The keeper gave him neither."
    )
    assert [p.speaker_name for p in found] == ["Jacob Venn"]


def test_a_sentence_that_introduces_the_next_words_does_not_claim_the_words_before():
    found = {
        p.text[:12]: p.speaker_name
        for p in quoted(
            "The inspector’s report came out in June. “The bridge is safe,” it began, “for "
            "anyone who does not need to cross it.” The borough engineer, in a note to the "
            "mayor, answered it: “The bridge has been crossed daily since 1820.”"
        )
    }
    assert found.get("for anyone w") is None  # the report's words: nobody named is its author
    assert found["The bridge h"] == "The borough engineer"


def test_a_newspaper_that_writes_in_its_own_leader_speaks_its_words():
    found = quoted(
        "“A town that cannot mend a bridge,” wrote the Bristol Mercury in its leader, "
        "“should not be trusted with a river.”"
    )
    assert [(p.speaker_name, p.work_title) for p in found] == [
        ("Bristol Mercury", "Bristol Mercury")
    ] * 2


def test_a_body_named_in_full_as_the_subject_of_a_colon_lead_in_speaks():
    found = speakers(
        "Ebbfield Burial Board closed the old yard in 1879 and recorded its reasons: “That "
        "the ground is full, and the neighbours are of the same opinion.”"
    )
    assert found == [("Ebbfield Burial Board", False)]


def test_said_the_rank_is_the_person_the_text_gave_that_rank():
    found = speakers(
        "The coroner, Major Alfred Penn, heard the ostler first. “The horse was lame before "
        "it left the yard, sir,” Tapley answered. “Lame horses do not gallop,” said the "
        "major."
    )
    assert found[-1] == ("Alfred Penn", False)


def test_words_with_a_said_clause_nobody_can_resolve_do_not_take_the_previous_speaker():
    found = speakers(
        "Daniel Tapley kept the livery stable. “The horse was lame before it left the yard,” "
        "Tapley said. “Lame horses do not gallop at all,” said the foreman."
    )
    assert found[0] == ("Daniel Tapley", False)
    assert found[1] != ("Daniel Tapley", False)


def test_a_kinsman_named_at_the_start_of_a_lead_in_is_its_subject_not_the_one_before():
    found = speakers(
        "Mr Josiah Wentworth stayed in Bath all spring. His nephew Arthur Wentworth went to "
        "the mill instead, and his report of the visit survives in a letter to his uncle: "
        "“The looms are idle and the weavers are the most cheerful men in Lancashire.”"
    )
    assert found == [("Arthur Wentworth", False)]


def test_a_clergyman_s_abbreviated_title_does_not_end_the_sentence():
    found = speakers(
        "The rector of Much Hadham, the Rev. T. W. Pilling, preached against the fair in "
        "1871: “A fair is a market where the only thing sold is the afternoon.”"
    )
    assert found == [("T. W. Pilling", False)]


def test_so_wrote_someone_unnamed_in_the_next_sentence_is_who_wrote_the_words():
    found = quoted(
        "The fête raised eleven pounds. “The vicar was dignified throughout, except during "
        "the pig race.” So wrote the Hadham Gazette’s correspondent, who had plainly enjoyed "
        "himself."
    )
    assert [(p.speaker_name, p.unnamed, p.work_title) for p in found] == [
        ("the Hadham Gazette’s correspondent", True, "Hadham Gazette")
    ]


def test_a_body_s_minute_is_the_words_of_the_one_such_body_named_in_full():
    found = speakers(
        "The Much Hadham Cricket Committee banned the pig race in 1872. The committee’s "
        "minute is brief: “That no livestock be raced upon the square at any time.”"
    )
    assert found == [("Much Hadham Cricket Committee", False)]


def test_a_reported_exchange_cited_once_gives_each_turn_to_its_speaker():
    found = quoted(
        "When the folklorist Ida Marsh called on Hannah Birkett at Grasmere in 1931, she "
        "asked her what every visitor asked. “Did you ever see the boggart yourself?” “Once, "
        "by the tarn,” Hannah replied. “It was smaller than people say, and a good deal "
        "ruder.”[^3]\n\n"
        "[^3]: Ida Marsh, *Lakeland Lore* (Kendal: Titus Press, 1934), p. 57.\n"
    )
    assert [(p.speaker_name, p.work_title, p.page, p.via_name) for p in found] == [
        ("Ida Marsh", "Lakeland Lore", "57", None),
        ("Hannah Birkett", None, "57", "Ida Marsh"),
        ("Hannah Birkett", None, "57", "Ida Marsh"),
    ]


def test_a_paper_in_italics_that_someone_told_relays_the_words_whatever_its_name():
    found = quoted(
        "One of the older quarrymen, a man who had split slate since he was nine, told the "
        "*Caernarfon Herald and Advertiser* that “the mountain pays the wages and the owners "
        "take the credit”."
    )
    assert [(p.speaker_name, p.unnamed, p.via_name) for p in found] == [
        ("One of the older quarrymen", True, "Caernarfon Herald and Advertiser")
    ]
    found = quoted(
        "The quarry closed in 1969. “We cut the roofs of half the world and cannot mend our "
        "own.” Those were Idris Pugh's words at the last meeting, as the *Cambrian News* "
        "reported them."
    )
    assert [(p.speaker_name, p.via_name) for p in found] == [("Idris Pugh", "Cambrian News")]


def test_such_was_the_verdict_of_someone_named_in_the_next_sentence():
    found = speakers(
        "“Twelve men for a winter, and not one of them for the summer.” Such was the verdict "
        "of the lodge's treasurer, a chapel deacon named Owain Parry, in 1931."
    )
    assert found == [("Owain Parry", False)]


def test_was_the_reply_is_the_words_of_the_one_the_sentence_before_asked():
    found = speakers(
        "The manager sent for Idris Pugh in April. He asked Pugh what the men would accept. "
        "“A shilling more and the Whitsun week,” was the reply."
    )
    assert found == [("Idris Pugh", False)]


def test_the_one_a_colon_lead_in_says_ends_with_words_of_her_own_speaks_them():
    found = speakers(
        "The last word belongs to Gwen Rowlands, who closes her memoir of the strike with a "
        "sentence of her own: “The slate won; it always does, being older than us.”"
    )
    assert found == [("Gwen Rowlands", False)]


def test_someone_introduced_by_name_in_apposition_to_a_role_speaks_not_the_role():
    found = speakers(
        "A committee to save the baths met weekly. Its chairman, a retired engineer named "
        "Hubert Crane, told the council that “a town that fills in its baths will soon be "
        "asked to fill in its harbour”."
    )
    assert found == [("Hubert Crane", False)]


def test_the_objection_of_someone_in_a_body_s_minutes_is_theirs():
    found = speakers(
        "The library committee's minutes record the objection of Councillor Ruth Amery, who "
        "wanted the money spent on the wash-house: “We are buying books for people who have "
        "no candles to read them by.”"
    )
    assert found == [("Ruth Amery", False)]


def test_a_name_the_essay_inserts_after_a_pronoun_is_who_speaks():
    found = speakers(
        "Jonas Pell's history of the dispensaries is kind to Dr Ambrose Vane. In his preface "
        "he [Pell] calls them “charities run by men who could not bear to send a bill”."
    )
    assert found == [("Jonas Pell", False)]


def test_someone_compared_with_the_subject_is_not_the_he_of_the_next_sentence():
    found = speakers(
        "Jonas Pell, whose history of the dispensaries is still read, is generous to doctors "
        "like Vane. In his first chapter he describes them as “charities run by men who could "
        "not bear to send a bill”."
    )
    assert found == [("Jonas Pell", False)]


def test_a_first_name_after_his_brother_takes_the_family_s_surname():
    found = speakers(
        "The Pennock brothers ran the mill together. “Sell the looms while they still turn,” "
        "Edgar Pennock said. “Sell them,” his brother Silas answered, “and you sell the "
        "town.”"
    )
    assert found == [("Edgar Pennock", False), ("Silas Pennock", False), ("Silas Pennock", False)]


def test_they_is_never_one_person_named_by_a_single_name():
    found = speakers(
        "Silas had the last word at the mill. The next morning the weavers’ meeting was "
        "short. “The looms stop at noon on Saturdays or not at all,” they resolved."
    )
    assert ("Silas", False) not in found


def test_those_who_met_are_the_they_of_what_they_resolved():
    found = speakers(
        "The mill's shareholders met on the third day. “The board views the stoppage with "
        "regret but without surprise,” they resolved, “and leaves the matter to the "
        "manager.”"
    )
    assert found == [("The mill's shareholders", True)] * 2


def test_a_diary_s_entry_is_the_words_of_whoever_the_sentence_before_says_kept_it():
    found = speakers(
        "Amos Reddy was pensioned off in 1911. He kept a diary through his last winter at the "
        "lock, and his niece, Clara Reddy, gave it to the museum. Its last entry is “Frost. "
        "Gates stiff. Nobody came through all day.” (3 March 1911)."
    )
    assert found == [("Amos Reddy", False)]


def test_a_document_s_words_split_by_it_began_are_its_writer_s():
    found = speakers(
        "Dr Ellen Marsh inspected the cottages in 1899. Dr Marsh's report was printed by the "
        "council in May. “The drains are older than the houses,” it began, “and in better "
        "repair than the tenants.”"
    )
    assert found == [("Ellen Marsh", False)] * 2


def test_it_began_with_no_document_owner_before_leaves_the_speaker_empty():
    found = speakers(
        "The notice went up on the chapel door in May. “The drains are older than the "
        "houses,” it began, “and in better repair than the tenants.”"
    )
    assert all(name is None for name, _ in found)


def test_someone_s_own_rule_set_out_after_a_colon_is_theirs():
    found = speakers(
        "The ferry was worked by Tobias Hale for forty years. Tobias Hale's own rule of the "
        "crossing was painted on the landing stage: “Pay first, sit down, and do not advise "
        "the ferryman.”"
    )
    assert found == [("Tobias Hale", False)]


def test_someone_named_who_rose_to_object_speaks_the_words_a_body_s_minutes_record():
    found = quoted(
        "The society's minutes for March 1904 record that a shepherd named Ewan Rae rose to "
        "object that “a ram is not improved by a committee, and nor is a shepherd” (Tweed "
        "Valley Flockmasters’ Society 12).\n\n"
        "## Works Cited\n\n"
        "Tweed Valley Flockmasters’ Society. *Minutes, 1898–1920*. Society papers.\n"
    )
    assert [(p.speaker_name, p.page) for p in found] == [("Ewan Rae", "12")]


def test_someone_the_quoted_words_speak_of_as_coming_up_to_me_did_not_say_them():
    found = speakers(
        "The organist, Mr Silas Greaves, heard the crack from the vestry. Nell was with him, "
        "and she never doubted what he had heard. ‘Mr Greaves came up to me after and said the "
        "organ was finished, and it was.’"
    )
    assert ("Silas Greaves", False) not in found


def test_a_short_prepositional_term_of_art_is_no_quotation_even_with_a_citation():
    found = quoted(
        "The fishermen had dried their nets on the shingle ‘by custom’ (Foreshore Act 1866, "
        "s 4), and the harbour board never disputed it."
    )
    assert found == []


def test_a_title_set_off_by_commas_with_the_comma_inside_the_marks_is_no_quotation():
    found = quoted(
        "The ferryman's daughter wrote one piece about the crossing. Her essay, “Nine Miles "
        "of Grey Water,” is all we have of her, and it is kind to nobody."
    )
    assert found == []


def test_a_linked_post_s_title_after_it_is_no_quotation():
    found = quoted(
        "I wrote about the chapel organ in [an earlier post](https://example.org/organ), "
        '"Who Sold the Pipes?", and three readers wrote back.'
    )
    assert found == []


def test_words_given_in_the_words_of_an_unnamed_person_are_that_person_s_not_the_subject_s():
    found = speakers(
        "Agnes Pell chaired the chapel meeting. Mrs Pell closed it by reminding the members, "
        "in the words of a former warden, that the chapel “keeps no accounts; it keeps "
        "faith”.\n\nThen the lights went out. “Find the candles, all of you,” she said."
    )
    assert found == [("a former warden", True), ("Agnes Pell", False)]


def test_someone_unnamed_who_sent_the_essayist_words_speaks_them():
    found = speakers(
        "I asked for memories of the Saturday market and had more than I could use. One "
        "stallholder sent me this: “We sold eels on Saturdays and apologies on Mondays.”"
    )
    assert found == [("One stallholder", True)]


def test_a_historian_who_reprints_a_line_from_someone_relays_that_person_s_words():
    found = quoted(
        "Marta Voss says little of the men who worked the yard. But she does reprint a line "
        "from Abel Crane, who by then owned it: “The river is brown on Mondays and nobody "
        "minds Mondays” (quoted in Voss, p. 12)."
    )
    assert [(p.speaker_name, p.via_name, p.page) for p in found] == [
        ("Abel Crane", "Marta Voss", "12")
    ]


def test_a_notice_signed_by_someone_and_quoted_in_a_book_is_the_signer_s():
    found = quoted(
        "The order closing the yard, signed by Abel Crane himself, is quoted in Marta Voss's "
        "history of the tannery, which is hard to find:\n\n"
        "> The yard will close at the end of the month and every man will be paid to the "
        "Saturday.\n\nIt was not."
    )
    assert [(p.speaker_name, p.via_name) for p in found] == [("Abel Crane", "Marta Voss")]


def test_words_split_by_the_letter_said_are_both_the_letter_writer_s():
    found = speakers(
        "Agnes Pell, who could not attend, had written to the warden. “I shall not take the "
        "chair again,” the letter said. “Nine years is long enough for anyone.”"
    )
    assert found == [("Agnes Pell", False)] * 2


MINUTES = """MINUTES OF THE ANNUAL MEETING

Present: Agnes Pell (Warden), Harold Quist (Treasurer), Walter Brine, and nine others.

Apologies: Lily Tamm, Oscar Venn.

1. OPENING

The Warden opened the meeting. She reminded the members that the chapel is older than the \
village, and read its first rule: “to keep the doors open to all who knock” (Rules of the Ebb \
Chapel, 1880, p. 2).

2. ACCOUNTS

Mr Quist said that in his experience ‘the roof costs more than the faith, and always has’."""


def test_a_name_on_a_minutes_apologies_list_is_no_later_she():
    found = [p for p in propose_passages(MINUTES, author="Harold Quist") if p.kind == "quotation"]
    assert "Oscar Venn" not in [p.speaker_name for p in found]


def test_a_titled_surname_in_minutes_is_the_full_name_the_minutes_give():
    found = [p for p in propose_passages(MINUTES, author="Harold Quist") if p.kind == "quotation"]
    assert [p.speaker_name for p in found][-1] == "Harold Quist"
    other = [p for p in propose_passages(MINUTES, author="Walter Brine") if p.kind == "quotation"]
    assert [p.speaker_name for p in other][-1] == "Harold Quist"


def test_a_letter_from_someone_named_after_a_role_is_theirs_not_the_reader_s():
    found = speakers(
        "Walter Brine reported on the roof. He then read part of a letter from the owner of "
        "the quarry, Thomas Gill, dated 4 May, which the chapel keeps:\n\n"
        "> The slate you asked for is the slate we no longer cut, and I am sorry for it.\n"
    )
    assert found == [("Thomas Gill", False)]


def test_a_saying_of_a_founder_quoted_in_a_pamphlet_is_the_founder_s():
    found = quoted(
        "Mrs Pell also read a saying of the first warden of the chapel, Abel Crane, which is "
        "quoted in Lily Tamm’s pamphlet “Stones and Sermons” (1950), on page 4: “A chapel is "
        "a roof over an argument.”"
    )
    assert [(p.speaker_name, p.page) for p in found] == [("Abel Crane", "4")]


def test_a_notice_a_committee_posted_reprinted_by_a_historian_is_the_committee_s():
    found = speakers(
        "The Ebbfield Vestry Committee ran the public baths until 1930, and the Vestry "
        "Committee was never popular. Marta Voss reproduces a notice the Committee posted on "
        "the baths door in 1911: “Boys will not be admitted after six o'clock on any "
        "account.”"
    )
    assert found == [("Ebbfield Vestry Committee", False)]


def test_a_doctor_named_in_full_in_the_lead_is_the_initial_the_reference_list_gives():
    found = speakers(
        "The baths opened in 1911 under Silas Crane. By 1938 the baths were clean and the "
        "queues were long; Crane’s successor, Dr Ada Rook, reported in that year that “the "
        "Ebbfield child now swims before she reads, and is not grateful for it.”¹⁽ᵖ²²⁾\n\n"
        "References\n\n"
        "1. Rook A. Annual Report of the Baths Committee for 1938. Ebbfield Vestry; 1939.\n"
    )
    assert found == [("Ada Rook", False)]


def test_a_surname_whose_given_name_opens_with_an_accent_is_that_full_name():
    found = speakers(
        "The keeper's drawings found a reader in Lyon. Étienne Farge, a clerk at the city "
        "library, wrote to him in 1902: « Your river is browner than ours, and your spelling "
        "is worse. »"
    )
    assert found == [("Étienne Farge", False)]


def test_of_someone_she_says_gives_the_words_to_her_not_to_whom_they_are_about():
    found = speakers(
        "Marta Voss knew the tannery as a girl. Of the old foreman, Abel Crane, she writes: "
        "“He would swear at the river and then apologise to it.”"
    )
    assert found == [("Marta Voss", False)]


def test_someone_described_who_told_a_board_that_speaks_the_words():
    found = speakers(
        "The best evidence came from Ann Rudd, a ferry keeper, who told the harbour board "
        "that ‘the tide has never once asked our leave and never will’."
    )
    assert found == [("Ann Rudd", False)]


def test_the_writer_of_a_report_whose_report_describes_something_as_follows_speaks():
    found = speakers(
        "Marta Voss found the survey made by the borough engineer, Silas Crane, whose report, "
        "Baths and Wash-houses of Ebbfield (1931), pp. 2–3, describes the building as "
        "follows: “The baths are the best kept in the borough and the worst heated.”"
    )
    assert found == [("Silas Crane", False)]


def test_and_this_before_a_block_continues_the_speaker_and_work_just_quoted():
    found = quoted(
        "Marta Voss's memoir *Wet Hides* is the best thing on the yard. She says the river "
        '"was brown on Mondays and black on Fridays" (p. 12). And this, on the owner, which '
        "I keep rereading:\n\n"
        "> Mr Crane was a fair man in the way that the tide is fair: it came for everyone.\n\n"
        "I'll come back to him."
    )
    assert [(p.speaker_name, p.work_title) for p in found][-1] == ("Marta Voss", "Wet Hides")


def test_what_the_one_company_named_advertised_that_its_wares_did_is_its_words():
    found = quoted(
        "The Ebb Leather Company was never modest. In 1904 the company had advertised in the "
        'trade paper that its hides went "to every saddler in the county, and to London '
        'when asked", which was true only of the county.'
    )
    assert [(p.speaker_name, p.text[:9]) for p in found] == [("Ebb Leather Company", "to every ")]


def test_the_foreword_to_its_catalogue_is_the_body_the_sentence_before_is_about():
    found = speakers(
        "## A tannery that knew its customers\n\n"
        "Crane was small, never more than thirty men, and proud of it. The foreword to its "
        "1911 *List of Leathers* sets out the whole creed on page 2:\n\n"
        "> Every hide we tan is tanned for a saddler we know by name.\n\n"
        "The Crane Leather Company closed in 1959."
    )
    assert found == [("Crane Leather Company", False)]

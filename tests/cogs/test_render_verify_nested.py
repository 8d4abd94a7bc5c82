"""The verify reply for a paste that spans a speaker's words and the words they quote."""

from bot.core.search import SearchIndex
from bot.core.verify import verify
from bot.render import verify_embed
from tests.fixtures.meeting import meeting_corpus


def test_the_reply_names_whom_the_speaker_quotes_and_never_calls_it_their_words():
    index = SearchIndex(meeting_corpus())
    pasted = (
        "Lis: The founder was right when he wrote: a society that stops counting its tools "
        "will soon stop counting its members"
    )
    embed = verify_embed(index.corpus, verify(index, pasted))
    assert embed.title == "Real words, wrong speaker: Olga Brandt (quoting Piotr Lis), not Lis"
    text = embed.description or ""
    assert "those are Piotr Lis's, not Olga Brandt's" in text
    assert "The founder was right when he wrote" in text


def test_a_frame_matching_the_lead_in_shows_the_quoted_speakers_sentence():
    index = SearchIndex(meeting_corpus())
    embed = verify_embed(
        index.corpus,
        verify(index, "The founder wrote: a society that stops counting its spades"),
    )
    assert (embed.title or "").startswith("Close to a real quotation (1 word differs)")
    assert "Piotr Lis" in (embed.title or "")
    text = embed.description or ""
    assert "right when he wrote" not in text
    assert "> A society that stops counting its ~~spades~~ **tools** will soon" in text

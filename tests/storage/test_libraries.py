"""Each server's library through the service the bot runs with (``StoredLibraries``), over a
real database: what members of a server can find, what another server never sees, what a
moderator's review changes, what survives a restart, and every file refused unchanged."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.citation import citation
from bot.core.errors import UserFacingError
from bot.core.library import GuildView
from bot.libraries import LibraryLimits, StoredLibraries
from bot.storage import Database
from tests.fixtures.library_files import SHELF, essay_epub, essay_pdf, hostile_files
from tests.fixtures.readings import READINGS

SERVER_A, SERVER_B = 1_000_000_000_000_000_001, 2_000_000_000_000_000_002
MODERATOR = 42
OTHER_MODERATOR = 43
MILL = (READINGS / "fenwick-mill.txt").read_bytes()


@pytest.fixture
def shipped(sample_corpus, sample_index) -> GuildView:
    return GuildView(sample_corpus, sample_index)


async def open_libraries(target, shipped, **limits) -> tuple[Database, StoredLibraries]:
    database = await Database.open(target)
    return database, StoredLibraries(database, shipped, limits=LibraryLimits(**limits))


@pytest.fixture
async def libraries(tmp_path, shipped):
    database, libraries = await open_libraries(tmp_path / "lectern.db", shipped)
    yield libraries
    await database.close()


async def add_shelf(libraries, guild=SERVER_A, data=SHELF, file_name="shelf.md"):
    return await libraries.add(
        guild,
        file_name=file_name,
        data=data,
        title="The Lending Shelf",
        author="Jo Pell",
        year=2024,
        added_by=MODERATOR,
    )


def found(view: GuildView, words: str) -> list[str]:
    """The sources of the passages a member's search for ``words`` shows first."""
    return [hit.passage.source for hit in view.index.search(words, limit=3)]


async def library_rows(libraries: StoredLibraries) -> dict[str, int]:
    counts = await libraries.store.database.table_counts()
    return {t: c for t, c in counts.items() if t.startswith("library_")}


async def test_a_published_reading_is_found_in_its_server_and_never_in_another(
    database_target, shipped
):
    database, libraries = await open_libraries(database_target, shipped)
    try:
        entry = await add_shelf(libraries)
        assert (entry.origin, entry.status, entry.enabled) == ("own", "draft", True)
        assert entry.quotations >= 5 and entry.passages > entry.quotations
        # A draft is invisible, even in its own server.
        assert await libraries.view(SERVER_A) is shipped
        assert entry.id not in found(
            await libraries.view(SERVER_A), "the shelf belongs to the parish"
        )

        published = await libraries.publish(SERVER_A, entry.id)
        assert published.status == "published"
        view_a = await libraries.view(SERVER_A)
        assert found(view_a, "the shelf belongs to the parish")[0] == entry.id
        assert entry.id in view_a.corpus.sources
        # Server B answers from the shipped corpus only.
        view_b = await libraries.view(SERVER_B)
        assert view_b is shipped and entry.id not in view_b.corpus.sources
        # Its new speakers (Tobias Renn...) exist only in A's view.
        own_speakers = {s for s in view_a.corpus.speakers if s.startswith(f"{entry.id}-")}
        assert own_speakers and not own_speakers & set(view_b.corpus.speakers)
        assert view_a.index.resolve_speaker("Tobias Renn") in own_speakers
        assert view_b.index.resolve_speaker("Tobias Renn") is None
        assert entry.id not in found(view_b, "the shelf belongs to the parish")
        assert await libraries.view(None) is shipped
        # B cannot reach A's reading by its id either.
        for action in (
            libraries.publish(SERVER_B, entry.id),
            libraries.remove(SERVER_B, entry.id),
            libraries.proposals(SERVER_B, entry.id),
            libraries.set_enabled(SERVER_B, entry.id, False),
        ):
            with pytest.raises(UserFacingError, match="no reading"):
                await action
        assert [e.id for e in await libraries.catalog(SERVER_B) if e.origin == "own"] == []
    finally:
        await database.close()


async def test_a_correction_changes_the_attribution_members_see(libraries):
    entry = await add_shelf(libraries)
    proposals = await libraries.proposals(SERVER_A, entry.id)
    renn = next(p for p in proposals if p.kind == "quotation" and "to the parish" in p.text)
    assert renn.speaker_name == "Tobias Renn" and renn.new_speaker
    await libraries.publish(SERVER_A, entry.id)

    fixed = await libraries.correct(
        SERVER_A,
        entry.id,
        renn.passage_id,
        speaker="Lenin",
        page="p. 5",
        work="Parish Letters",
        by=MODERATOR,
    )
    assert (fixed.speaker_name, fixed.page, fixed.work_title) == ("Lenin", "5", "Parish Letters")
    assert not fixed.new_speaker and fixed.new_work  # Lenin is registered; the work is new
    view = await libraries.view(SERVER_A)
    shown = citation(view.corpus, view.corpus.by_id[renn.passage_id])
    assert (shown.speaker, shown.page, shown.work) == ("V. I. Lenin", "5", "Parish Letters")
    assert view.index.resolve_speaker("Lenin") == "lenin"


async def test_a_moderator_corrects_who_a_quotation_is_quoted_by(libraries):
    entry = await add_shelf(libraries)
    proposals = await libraries.proposals(SERVER_A, entry.id)
    # The essay gives Renn's later note without a source; say it was found in Hollis.
    quotations = [p for p in proposals if p.kind == "quotation"]
    kettle = next(p for p in quotations if "wrong about the kettle" in p.text)
    coal = next(p for p in quotations if "Follow the coal" in p.text)
    assert kettle.via_name is None and coal.via_name == "Owen Bayliss"  # as the text says
    await libraries.publish(SERVER_A, entry.id)

    fixed = await libraries.correct(
        SERVER_A, entry.id, kettle.passage_id, via="Ruth Hollis", by=MODERATOR
    )
    assert fixed.via_name == "Ruth Hollis"
    view = await libraries.view(SERVER_A)
    assert citation(view.corpus, view.corpus.by_id[kettle.passage_id]).via == "Ruth Hollis"

    # Emptied: the words are no longer shown as relayed by anyone.
    cleared = await libraries.correct(SERVER_A, entry.id, coal.passage_id, via="", by=MODERATOR)
    assert cleared.via_name is None
    view = await libraries.view(SERVER_A)
    assert citation(view.corpus, view.corpus.by_id[coal.passage_id]).via is None

    # Nonsense is refused politely and changes nothing.
    author_words = next(p for p in proposals if p.kind == "commentary")
    refusals = (
        (kettle.passage_id, "Jo Pell", "wrote this reading"),  # the author quotes everything
        (author_words.passage_id, "Ruth Hollis", "Only a quotation"),
        (coal.passage_id, "Ruth Hollis", "is the speaker"),
        (kettle.passage_id, "x" * 121, "cannot be a person"),
    )
    for passage_id, via, reason in refusals:
        with pytest.raises(UserFacingError, match=reason):
            await libraries.correct(SERVER_A, entry.id, passage_id, via=via, by=MODERATOR)
    after = {p.passage_id: p.via_name for p in await libraries.proposals(SERVER_A, entry.id)}
    assert after[kettle.passage_id] == "Ruth Hollis" and after[coal.passage_id] is None
    assert after[author_words.passage_id] is None


async def test_every_correction_is_kept_with_its_moderator_time_and_change(tmp_path, shipped):
    times = iter(datetime(2026, 12, 6, 9, minute, tzinfo=UTC) for minute in (0, 1, 2, 3, 4, 5, 6))
    database = await Database.open(tmp_path / "lectern.db")
    libraries = StoredLibraries(database, shipped, clock=lambda: next(times))
    entry = await add_shelf(libraries)
    renn = next(
        p
        for p in await libraries.proposals(SERVER_A, entry.id)
        if p.kind == "quotation" and "to the parish" in p.text
    )
    assert renn.corrections == ()  # nothing corrected yet: nothing to show
    first = await libraries.correct(
        SERVER_A, entry.id, renn.passage_id, speaker="Ada Merrow", page="4", by=MODERATOR
    )
    second = await libraries.correct(
        SERVER_A, entry.id, renn.passage_id, speaker="Tobias Renn", by=OTHER_MODERATOR
    )
    assert [c.by for c in second.corrections] == [MODERATOR, OTHER_MODERATOR]
    assert [c.changes for c in second.corrections] == [
        (("speaker", "Tobias Renn", "Ada Merrow"),),  # the page was 4 already
        (("speaker", "Ada Merrow", "Tobias Renn"),),
    ]
    assert first.corrections[-1].at < second.corrections[-1].at
    with pytest.raises(UserFacingError, match="Nothing changed"):
        await libraries.correct(
            SERVER_A, entry.id, renn.passage_id, speaker="Tobias Renn", by=MODERATOR
        )
    await database.close()

    # A restart keeps the audit; another server cannot read it.
    database, reopened = await open_libraries(tmp_path / "lectern.db", shipped)
    try:
        audit = {p.passage_id: p.corrections for p in await reopened.proposals(SERVER_A, entry.id)}
        assert audit.pop(renn.passage_id) == second.corrections
        assert set(audit.values()) == {()}  # no other passage was corrected
        with pytest.raises(UserFacingError, match="no reading"):
            await reopened.proposals(SERVER_B, entry.id)
        await reopened.remove(SERVER_A, entry.id)
        assert (await library_rows(reopened))["library_corrections"] == 0
    finally:
        await database.close()


async def test_a_correction_of_a_draft_does_not_rebuild_any_view(libraries):
    entry = await add_shelf(libraries)
    renn = next(p for p in await libraries.proposals(SERVER_A, entry.id) if p.kind == "quotation")
    before = libraries.views_built
    await libraries.correct(
        SERVER_A, entry.id, renn.passage_id, speaker="Tobias Renn", by=MODERATOR
    )
    assert libraries.views_built == before
    with pytest.raises(UserFacingError):
        await libraries.correct(SERVER_A, entry.id, renn.passage_id, kind="poem", by=MODERATOR)  # type: ignore[arg-type]
    with pytest.raises(UserFacingError):
        await libraries.correct(SERVER_A, entry.id, renn.passage_id, page="the end", by=MODERATOR)


async def test_shipped_sources_and_own_readings_are_disabled_and_enabled_per_server(libraries):
    entry = await add_shelf(libraries)
    await libraries.publish(SERVER_A, entry.id)
    shipped_source = next(e for e in await libraries.catalog(SERVER_A) if e.origin == "shipped")
    assert shipped_source.enabled

    off = await libraries.set_enabled(SERVER_A, shipped_source.id, False)
    assert not off.enabled
    view = await libraries.view(SERVER_A)
    assert shipped_source.id not in view.corpus.sources
    assert all(p.source != shipped_source.id for p in view.corpus.passages)
    assert shipped_source.id in (await libraries.view(SERVER_B)).corpus.sources

    await libraries.set_enabled(SERVER_A, entry.id, False, by=OTHER_MODERATOR)
    view = await libraries.view(SERVER_A)
    assert entry.id not in view.corpus.sources
    assert not next(e for e in await libraries.catalog(SERVER_A) if e.id == entry.id).enabled
    # Who switched it is kept with the switch.
    switched_by = await libraries.store.database.fetch_value(
        "SELECT changed_by FROM library_switches WHERE entry_id = ?", (entry.id,)
    )
    assert switched_by == OTHER_MODERATOR

    await libraries.set_enabled(SERVER_A, entry.id, True)
    await libraries.set_enabled(SERVER_A, shipped_source.id, True)
    view = await libraries.view(SERVER_A)
    assert {entry.id, shipped_source.id} <= set(view.corpus.sources)
    with pytest.raises(UserFacingError):
        await libraries.set_enabled(SERVER_A, "no-such-source", False)


async def test_removing_a_reading_deletes_it_and_its_passages(libraries):
    entry = await add_shelf(libraries)
    other = await add_shelf(libraries, data=MILL, file_name="mill.txt")
    await libraries.publish(SERVER_A, entry.id)
    passages = set((await libraries.view(SERVER_A)).corpus.by_id)
    removed = await libraries.remove(SERVER_A, entry.id)
    assert removed.id == entry.id
    view = await libraries.view(SERVER_A)
    assert entry.id not in view.corpus.sources
    assert not {p for p in passages if p.startswith(f"{entry.id}-")} & set(view.corpus.by_id)
    assert await libraries.store.passages(SERVER_A, entry.id) == []
    rows = await library_rows(libraries)
    assert rows["library_readings"] == 1
    assert rows["library_passages"] == other.passages
    with pytest.raises(UserFacingError, match="no reading"):
        await libraries.remove(SERVER_A, entry.id)
    shipped_id = next(iter(view.corpus.sources))
    with pytest.raises(UserFacingError, match="disable it instead"):
        await libraries.remove(SERVER_A, shipped_id)


async def test_the_catalog_names_who_added_and_published_and_removals_name_who_removed(
    tmp_path, shipped
):
    at = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    database = await Database.open(tmp_path / "lectern.db")
    libraries = StoredLibraries(database, shipped, clock=lambda: at)
    try:
        entry = await add_shelf(libraries)
        mill = await add_shelf(libraries, data=MILL, file_name="mill.txt")
        await libraries.publish(SERVER_A, entry.id, by=OTHER_MODERATOR)
        listed = {e.id: e for e in await libraries.catalog(SERVER_A)}
        assert (listed[entry.id].added_by, listed[entry.id].published_by) == (
            MODERATOR,
            OTHER_MODERATOR,
        )
        assert listed[entry.id].published_at == at
        assert (listed[mill.id].added_by, listed[mill.id].published_by) == (MODERATOR, None)
        assert await libraries.removals(SERVER_A) == []

        await libraries.remove(SERVER_A, mill.id, by=OTHER_MODERATOR)
        [removed] = await libraries.removals(SERVER_A)
        assert (removed.id, removed.title, removed.status) == (mill.id, mill.title, "draft")
        assert (removed.removed_by, removed.removed_at, removed.passages) == (
            OTHER_MODERATOR,
            at,
            mill.passages,
        )
        assert await libraries.removals(SERVER_B) == []
        # A refused removal (another server's reading) records nothing.
        with pytest.raises(UserFacingError, match="no reading"):
            await libraries.remove(SERVER_B, entry.id, by=MODERATOR)
        assert [r.id for r in await libraries.removals(SERVER_A)] == [mill.id]
        assert await libraries.removals(SERVER_B) == []
    finally:
        await database.close()


async def test_the_library_is_intact_after_a_restart(database_target, shipped):
    path = database_target
    database, libraries = await open_libraries(path, shipped)
    entry = await add_shelf(libraries)
    await libraries.publish(SERVER_A, entry.id)
    draft = await add_shelf(libraries, data=MILL, file_name="mill.txt")
    off = next(iter(shipped.corpus.sources))
    await libraries.set_enabled(SERVER_A, off, False)
    before = await libraries.view(SERVER_A)
    catalog = await libraries.catalog(SERVER_A)
    await database.close()

    database, libraries = await open_libraries(path, shipped)
    try:
        after = await libraries.view(SERVER_A)
        assert set(after.corpus.by_id) == set(before.corpus.by_id)
        assert after.corpus.source_texts[entry.id] == before.corpus.source_texts[entry.id]
        assert await libraries.catalog(SERVER_A) == catalog
        assert draft.id not in after.corpus.sources
        assert found(after, "the shelf belongs to the parish")[0] == entry.id
        assert await libraries.view(SERVER_B) is shipped
    finally:
        await database.close()


async def test_an_epub_and_a_pdf_are_added_with_their_quotations(libraries, tmp_path):
    epub = await libraries.add(
        SERVER_A,
        file_name="ferry.epub",
        data=essay_epub(tmp_path),
        title="The Ferry Readers",
        author="Nell Haskard",
        year=None,
        added_by=MODERATOR,
    )
    pdf = await libraries.add(
        SERVER_A,
        file_name="mill.pdf",
        data=essay_pdf(tmp_path),
        title=None,
        author=None,
        year=None,
        added_by=MODERATOR,
    )
    assert epub.quotations >= 6 and pdf.quotations >= 5
    assert (pdf.title, pdf.author) == ("mill", "Unknown author")
    for entry in (epub, pdf):
        await libraries.publish(SERVER_A, entry.id)
    view = await libraries.view(SERVER_A)
    assert found(view, "the crossing was too short")[0] == epub.id
    assert found(view, "they want chairs give them chairs")[0] == pdf.id


async def test_every_unusable_file_is_refused_politely_and_changes_nothing(libraries, tmp_path):
    entry = await add_shelf(libraries)
    before = await library_rows(libraries)
    cases = hostile_files(tmp_path)
    cases["the same file twice"] = ("again.md", SHELF)
    messages = {}
    for case, (file_name, data) in cases.items():
        with pytest.raises(UserFacingError) as refused:
            await libraries.add(
                SERVER_A,
                file_name=file_name,
                data=data,
                title=None,
                author=None,
                year=None,
                added_by=MODERATOR,
            )
        messages[case] = refused.value.message
        assert await library_rows(libraries) == before, case
    assert "already in this server's library" in messages["the same file twice"]
    assert entry.id in messages["the same file twice"]
    assert "OCR" in messages["scanned pdf"]
    assert "password" in messages["encrypted pdf"]
    assert "far more than" in messages["epub bomb"]
    assert "scripts" in messages["html with scripts"]
    assert "no quotations" in messages["no quotations"]
    assert ".docx" in messages["unsupported type"]
    for message in messages.values():
        assert "Traceback" not in message and len(message) < 400


async def test_a_file_over_the_limit_is_refused_saying_the_limit(tmp_path, shipped):
    database, libraries = await open_libraries(
        tmp_path / "lectern.db", shipped, max_file_bytes=1024 * 1024
    )
    try:
        with pytest.raises(UserFacingError, match="at most 1 MB"):
            await add_shelf(libraries, data=SHELF + b" " * (1024 * 1024))
        assert set((await library_rows(libraries)).values()) == {0}
    finally:
        await database.close()


async def test_an_extraction_past_its_time_budget_is_refused(tmp_path, shipped):
    database, libraries = await open_libraries(
        tmp_path / "lectern.db", shipped, extract_seconds=0.0
    )
    try:
        with pytest.raises(UserFacingError, match="longer than"):
            await add_shelf(libraries)
        assert (await library_rows(libraries))["library_readings"] == 0
    finally:
        await database.close()


async def test_a_server_reaching_its_reading_limit_is_told_so(tmp_path, shipped):
    database, libraries = await open_libraries(tmp_path / "lectern.db", shipped, max_readings=1)
    try:
        await add_shelf(libraries)
        with pytest.raises(UserFacingError, match="limit"):
            await add_shelf(libraries, data=MILL, file_name="mill.txt")
        await add_shelf(libraries, guild=SERVER_B)  # another server has its own limit
    finally:
        await database.close()


async def test_views_are_built_once_bounded_and_rebuilt_only_for_the_server_that_changed(
    tmp_path, shipped
):
    database, libraries = await open_libraries(tmp_path / "lectern.db", shipped, views_cached=2)
    try:
        guilds = [SERVER_A, SERVER_B, 3]
        for guild in guilds:
            await libraries.publish(guild, (await add_shelf(libraries, guild=guild)).id)
        built = libraries.views_built
        views = await asyncio.gather(*(libraries.view(SERVER_A) for _ in range(5)))
        assert all(v is views[0] for v in views)  # concurrent callers share one build
        assert libraries.views_cached <= 2
        view_b = await libraries.view(SERVER_B)
        built = libraries.views_built
        assert await libraries.view(SERVER_B) is view_b  # cached: no rebuild
        await libraries.set_enabled(SERVER_A, next(iter(shipped.corpus.sources)), False)
        assert libraries.views_built == built + 1  # A's view only
        assert await libraries.view(SERVER_B) is view_b
        assert await libraries.view(4) is shipped  # nothing of its own: no build at all
        assert libraries.views_built == built + 1
    finally:
        await database.close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "A\u202etitle", "invisible"),
        ("author", "`Ann`", "backticks"),
        ("title", "T" * 300, "at most"),
        ("year", 99_999, "not a year"),
    ],
)
async def test_odd_titles_authors_and_years_are_refused(libraries, field, value, message):
    details = {"title": "The Shelf", "author": "Jo Pell", "year": 2024, field: value}
    with pytest.raises(UserFacingError, match=message):
        await libraries.add(
            SERVER_A, file_name="shelf.md", data=SHELF, added_by=MODERATOR, **details
        )
    assert (await library_rows(libraries))["library_readings"] == 0


async def test_only_the_attachments_name_is_kept(libraries):
    entry = await add_shelf(libraries, file_name="../../etc/\x07shelf.md")
    [stored] = await libraries.store.readings(SERVER_A)
    assert stored.file_name == "shelf.md" and entry.title == "The Lending Shelf"


async def test_a_small_library_is_searched_by_sentence_meaning_once_embedded(tmp_path, shipped):
    if not shipped.index.sentence_meaning:
        pytest.skip("the optional sentence encoder is not installed")
    database, libraries = await open_libraries(
        tmp_path / "lectern.db", shipped, meaning_passages=1000
    )
    try:
        entry = await add_shelf(libraries)
        await libraries.publish(SERVER_A, entry.id)
        first = await libraries.view(SERVER_A)
        assert not first.index.sentence_meaning  # served at once, by words
        await libraries.settled()
        upgraded = await libraries.view(SERVER_A)
        assert upgraded.index.sentence_meaning and upgraded.corpus is first.corpus
        assert found(upgraded, "the shelf belongs to the parish")[0] == entry.id
        # A change while an upgrade waits: the stale upgrade is dropped, the new view kept.
        await libraries.set_enabled(SERVER_A, next(iter(shipped.corpus.sources)), False)
        changed = await libraries.view(SERVER_A)
        await libraries.settled()
        assert (await libraries.view(SERVER_A)).corpus is changed.corpus
    finally:
        await libraries.close()
        await database.close()


async def test_an_extraction_past_its_budget_never_has_a_second_one_started_beside_it(
    tmp_path, shipped, monkeypatch
):
    """A worker thread cannot be stopped: while one file's extraction runs on past its budget,
    the next moderator is told politely to try later, nothing is stored, and adding works
    again once the thread has ended."""
    monkeypatch.setattr("bot.libraries._BACKSTOP_SECONDS", 0.2)
    database, libraries = await open_libraries(
        tmp_path / "lectern.db", shipped, extract_seconds=0.3
    )
    released = threading.Event()
    extract = libraries._extract

    def stuck(*args):
        released.wait(30)  # an extractor that ignores its budget
        return extract(*args)

    try:
        before = await library_rows(libraries)
        monkeypatch.setattr(libraries, "_extract", stuck)
        with pytest.raises(UserFacingError, match=r"took longer than 0.3 s"):
            await add_shelf(libraries)
        with pytest.raises(UserFacingError, match="still reading another file"):
            await add_shelf(libraries, data=MILL, file_name="mill.txt")
        assert await library_rows(libraries) == before
        released.set()
        for _ in range(100):  # the stuck thread ends and frees its slot
            if not libraries._extracting.locked():
                break
            await asyncio.sleep(0.05)
        monkeypatch.setattr(libraries, "_extract", extract)
        libraries.limits = LibraryLimits(extract_seconds=30)
        entry = await add_shelf(libraries, data=MILL, file_name="mill.txt")
        assert entry.quotations > 0
    finally:
        released.set()
        await database.close()


async def test_large_libraries_are_closed_first_when_their_passages_fill_the_budget(
    tmp_path, shipped
):
    database, libraries = await open_libraries(tmp_path / "lectern.db", shipped, views_cached=10)
    try:
        shelf = await add_shelf(libraries, guild=SERVER_A)
        await libraries.publish(SERVER_A, shelf.id)
        # Room for one shelf's passages: a second server's view closes the first.
        libraries.limits = replace(libraries.limits, passages_cached=shelf.passages + 1)
        await libraries.publish(SERVER_B, (await add_shelf(libraries, guild=SERVER_B)).id)
        assert libraries.views_cached == 1
        built = libraries.views_built
        assert found(await libraries.view(SERVER_A), "lending shelf")[0] == shelf.id
        assert libraries.views_built == built + 1 and libraries.views_cached == 1
        # Room for both: both stay open.
        libraries.limits = replace(libraries.limits, passages_cached=2 * shelf.passages)
        await libraries.view(SERVER_B)
        assert libraries.views_cached == 2
    finally:
        await database.close()

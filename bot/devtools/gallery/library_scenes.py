"""A server's own reading from start to end, as its moderators and members see it.

A moderator adds an invented essay (``FERRY_READING``: a long block quotation, a bracketed
insertion and a "[sic]", an unnamed speaker, a "cited in" relay, speakers and works Lectern
does not know yet), pages through its review, corrects a passage and publishes it; then
disables, enables and removes readings; every refusal of ``/library add``; and the members'
commands answering from that reading.
"""

from __future__ import annotations

import asyncio
import io
import zipfile
from typing import Any

from bot.devtools.fakediscord.server import MANAGE_GUILD, MEMBER_PERMISSIONS
from bot.devtools.gallery.html import Scene, Shot, Thread
from bot.devtools.gallery.scenes import Director, buttons_of, finished, reading_id

FERRY_TITLE = "The Ferry Timetable and Its Readers"
FERRY_READING = """# The Ferry Timetable and Its Readers

For thirty years the crossing at Hollin Ford ran to a printed timetable, and the village argued
about it in the parish newsletter. This essay follows that argument in the words of those who
made it.

The ferryman, Amos Trelawney, wrote in *The Ford Gazette* that "a boat that leaves on time
leaves somebody behind" (p. 4). His critics thought the opposite. Harriet Quayle answered him
in a letter: "The tide keeps a timetable, Mr Trelawney, and nobody calls the tide unkind."
(*Letters to the Gazette*, p. 11)

Trelawney did not give way. In his memoir he set out his case at length:

> I have rowed this river since I was fourteen, and in all those years I have never once seen a
> timetable carry a parcel, mend a net, or wait for a doctor's wife who has run the length of
> the lane with her coat half on. The printed sheet pinned to the shed door is a fine thing to
> argue over on a Sunday, and the parish council has argued over little else since the war,
> but it does not know that the Pennocks' cow is calving, that the mill wants its flour across
> before the rain, or that old Mrs Eddy cannot manage the steps before nine. A ferryman who
> keeps to the minute keeps to nothing that matters; he keeps only to the minute. I would
> rather be late and useful than punctual and alone, and I believe, whatever the council
> minutes say, that the village would rather have me so.
> (Trelawney, *Forty Years on the Ford*, p. 88)

Quayle was unmoved. "It [the timetable] is the only promise the ferry makes to those who
cannot wait on the bank all morning," she told the council, adding that "a promise kept
sometimes is a promise broke [sic] always" (*Council Minutes*, p. 3).

One passenger's wife wrote to the newsletter: "We plan our week around the boat, and the boat
plans its week around the weather." No name was printed under the letter.

The schoolmaster, Edwin Lusk, put it more sharply: "Punctuality is the courtesy of the poor
to the poor." He was quoted by the vicar, Ruth Ambler, who added that "the council would do
well to print the tides beside the times" (cited in Ambler, *Parish Notes*, p. 7).

"A timetable," said Trelawney at the last meeting he attended, "is a map of a river that
nobody has rowed."

The younger pilots took his side. Jem Pascoe wrote that "the river was here before the
council and will be here after it" (*Pilot's Log*, p. 2), and his sister Nell Pascoe said
the printed sheet "made liars of honest boatmen." Even the harbourmaster, Owen Treffry,
conceded: "A timetable that the tide ignores is a timetable for nobody."

In the end the council printed both.
"""


def _menu(message: dict[str, Any]) -> dict[str, Any]:
    return next(
        c for row in message.get("components", []) for c in row["components"] if c["type"] == 3
    )


async def _add(
    d: Director, name: str, data: bytes, user: int | None = None, **options: Any
) -> tuple[Shot, Shot]:
    """``/library add`` (as the server's admin unless ``user``): the first answer and the
    final one."""
    upload = d.fake.upload(name, data, size=options.pop("size", None))
    first, reply = await d.run(
        "library", "add", {"file": upload, **options}, user=user or d.fake.admin_id
    )
    first.used = " ".join(
        ["/library add", f"file: {name}", *(f"{k}: {v}" for k, v in options.items())]
    )
    if reply.type != 5:  # refused at once
        return first, first
    last = await finished(d, int(first.message["id"]))
    last.used = first.used
    last.by = first.by
    return first, last


async def library_review(d: Director) -> list[Scene]:
    admin = d.fake.admin_id
    progress, summary = await _add(
        d,
        "ferry-timetable.md",
        FERRY_READING.encode(),
        title=FERRY_TITLE,
        author="N. Garrow",
        year=2025,
    )
    first = await d.click(summary, "Review the quotations", user=admin)
    # "Looks right" on the first attribution Lectern was unsure of: kept, no longer counted.
    looks_right = next(label for label in buttons_of(first.message) if "looks right" in label)
    checked = await d.click(first, looks_right, user=admin)
    pages = [checked]
    while "Next page ▶" in buttons_of(pages[-1].message) and not _disabled(
        pages[-1].message, "Next page ▶"
    ):
        pages.append(await d.click(pages[-1], "Next page ▶", user=admin))
        if len(pages) > 6:
            break
    menu = _menu(pages[-1].message)
    opened_menu = d.shot({"menu": menu}, used="the menu under the last page", user=admin)
    # Correct the vicar's quotation: hers, from her Parish Notes, relayed by nobody.
    last = pages[-1]
    for _ in pages:  # back to the page that shows it (the one message, edited in place)
        if any("print the tides" in o["label"] for o in _menu(last.message)["options"]):
            break
        last = await d.click(last, "◀ Previous page", user=admin)
    option = next(o for o in _menu(last.message)["options"] if "print the tides" in o["label"])
    opened = await d.fake.choose(
        last.message, _menu(last.message)["custom_id"], [option["value"]], user=admin
    )
    form = d.shot({"modal": opened.data}, used="the menu: " + option["label"], user=admin)
    inputs = {r.get("label"): r["component"]["custom_id"] for r in opened.data["components"]}
    await d.fake.submit_modal(
        opened,
        {inputs["Speaker"]: "Ruth Ambler", inputs["Work"]: "Parish Notes", inputs["Quoted by"]: ""},
        user=admin,
    )
    corrected = d.shot(d.fake.messages[int(last.message["id"])], used="Submit", user=admin)
    everything = await d.click(corrected, "Show every passage", user=admin)
    rid = reading_id(summary)
    published, _ = await d.run("library", "publish", {"reading": rid}, user=admin)
    published.used = f"/library publish reading: {rid}"
    middle = pages[len(pages) // 2]
    return [
        Scene(
            "library-add-reading",
            "/library add of an essay: the progress line, then the summary",
            [progress, summary],
        ),
        Scene(
            "library-review-first",
            "/library review, first page: the attribution to check first (🔍, with how many), "
            "a long block quotation shown by its start and end, an insertion",
            [first],
        ),
        Scene(
            "library-review-looks-right",
            "/library review: a moderator confirms a doubted attribution as it is (Looks "
            "right); the page keeps its passages and says what is left to check",
            [first, checked],
        ),
        Scene(
            "library-review-middle",
            "/library review, a middle page: an unnamed speaker, a wrong 'quoted by'",
            [middle],
        ),
        Scene(
            "library-review-last",
            "/library review, last page, and its menu of passages to correct",
            [pages[-1], opened_menu],
        ),
        Scene(
            "library-review-everything",
            "/library review with every passage (the author's own words too)",
            [everything],
        ),
        Scene(
            "library-review-correct",
            "/library review: naming a speaker and her work, clearing a wrong 'quoted by'; "
            "then /library publish",
            [form, corrected, published],
        ),
    ]


def _disabled(message: dict[str, Any], label: str) -> bool:
    return any(
        c.get("disabled")
        for row in message.get("components", [])
        for c in row["components"]
        if c.get("label") == label
    )


async def library_switches(d: Director) -> list[Scene]:
    admin = d.fake.admin_id
    entries = await d.fake.autocomplete(
        "library", "disable", options={"entry": ""}, focused="entry", user=admin
    )
    ferry = next(c["value"] for c in entries if FERRY_TITLE in c["name"])
    typed = d.shot(
        {"autocomplete": {"option": "entry", "typed": "", "choices": entries}},
        used="/library disable entry:",
        user=admin,
    )
    disabled, _ = await d.run("library", "disable", {"entry": ferry}, user=admin)
    listed, _ = await d.run("library", "list", user=admin)
    enabled, _ = await d.run("library", "enable", {"entry": ferry}, user=admin)
    question, _ = await d.run("library", "remove", {"reading": ferry}, user=admin)
    kept = await d.click(question, "Keep it", user=admin)
    again, _ = await d.run("library", "remove", {"reading": ferry}, user=admin)
    removed = await d.click(again, "Remove it", user=admin)
    return [
        Scene(
            "library-switch",
            "/library disable (autocomplete), /library list with a reading disabled, "
            "/library enable",
            [typed, disabled, listed, enabled],
        ),
        Scene(
            "library-remove",
            "/library remove asks first: Keep it changes nothing, Remove it removes",
            [question, kept, removed],
        ),
    ]


def _blank_pdf(password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if password is not None:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _epub_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("META-INF/container.xml", "<container/>")
        archive.writestr("OEBPS/huge.xhtml", b"\0" * 20_000_000)
    return buffer.getvalue()


async def library_refusals(d: Director) -> list[Scene]:
    """Every file ``/library add`` refuses, each answered privately, changing nothing."""
    files: list[tuple[str, bytes, dict[str, Any]]] = [
        ("whole-archive.pdf", b"%PDF-1.7", {"size": 64 * 1024 * 1024}),
        ("scan.pdf", _blank_pdf(), {}),
        ("locked.pdf", _blank_pdf("secret"), {}),
        ("bomb.epub", _epub_bomb(), {}),
        (
            "page.html",
            b'<p>He said: "Read it twice, then argue."</p><script>alert(1)</script>',
            {},
        ),
        ("notes.docx", b"PK\x03\x04 not a reading", {}),
        ("plain.txt", b"This essay has no quotation at all. It argues in its own words.\n", {}),
        ("ferry-again.md", FERRY_READING.encode(), {}),
    ]
    shots: list[Shot | Thread] = []
    for number, (name, data, options) in enumerate(files):
        # Several moderators (Manage Server): one alone would meet /library add's cooldown.
        moderator = d.fake.add_member(f"mod-{number}", MEMBER_PERMISSIONS | MANAGE_GUILD)
        _, last = await _add(d, name, data, user=moderator, **options)
        shots.append(last)
    refused, _ = await d.run("library", "list", user=d.fake.moderator_id)
    shots.append(refused)
    return [
        Scene(
            "library-refusals",
            "/library add refusals: too large, scanned PDF, encrypted PDF, zip bomb EPUB, "
            "HTML with scripts, unsupported type, no quotations, the same file twice; "
            "a moderator without Manage Server",
            shots,
        )
    ]


async def own_reading_members(d: Director) -> list[Scene]:
    """Members of the server, on its own reading (published in ``library_review``)."""
    reader = d.fake.add_member("reader-ferry")
    choices = await d.fake.autocomplete(
        "quote", "search", options={"query": "timetable"}, focused="query", user=reader
    )
    completed = d.shot(
        {"autocomplete": {"option": "query", "typed": "timetable", "choices": choices}},
        used="/quote search query: timetable",
        user=reader,
    )
    speakers = await d.fake.autocomplete(
        "quote", "search", options={"speaker": "tre"}, focused="speaker", user=reader
    )
    named = d.shot(
        {"autocomplete": {"option": "speaker", "typed": "tre", "choices": speakers}},
        used="/quote search speaker: tre",
        user=reader,
    )
    found, _ = await d.run("quote", "search", {"query": "ferry timetable tide"}, user=reader)
    return [
        Scene(
            "own-search",
            "A member of that server: /quote search and its autocomplete on its own reading",
            [completed, named, found],
        )
    ]


async def _passage_id(d: Director, words: str, user: int) -> str:
    choices = await d.fake.autocomplete(
        "quote", "show", options={"id": words}, focused="id", user=user
    )
    return str(choices[0]["value"])


async def own_reading_cards(d: Director) -> list[Scene]:
    reader = d.fake.add_member("reader-cards")
    long_id = await _passage_id(d, "rowed this river since I was fourteen", reader)
    inserted_id = await _passage_id(d, "only promise the ferry makes", reader)
    sic_id = await _passage_id(d, "a promise kept sometimes", reader)
    unnamed_id = await _passage_id(d, "We plan our week around the boat", reader)
    relayed_id = await _passage_id(d, "print the tides beside the times", reader)
    cards: list[Shot | Thread] = []
    for passage_id in (long_id, inserted_id, sic_id, unnamed_id, relayed_id):
        other = d.fake.add_member(f"reader-{passage_id}")
        cards.append((await d.run("quote", "show", {"id": passage_id}, user=other))[0])
    source, _ = await d.run("source", None, {"id": inserted_id}, user=reader)
    random_shot, _ = await d.run("quote", "random", {"speaker": "Harriet Quayle"}, user=reader)
    return [
        Scene(
            "own-show",
            "/quote show on the server's own reading: long, with an insertion, with [sic], "
            "unnamed speaker, relayed",
            cards,
        ),
        Scene(
            "own-source",
            "/source and /quote random on the server's own reading",
            [source, random_shot],
        ),
    ]


async def own_reading_verify(d: Director) -> list[Scene]:
    reader = d.fake.add_member("reader-verify")
    quote = "The tide keeps a timetable, Mr Trelawney, and nobody calls the tide unkind."
    real, _ = await d.run("verify", None, {"text": f"{quote} — Harriet Quayle"}, user=reader)
    altered, _ = await d.run(
        "verify",
        None,
        {
            "text": "The tide keeps a schedule, Mr Trelawney, and nobody calls the tide "
            "unkind. — Harriet Quayle"
        },
        user=d.fake.add_member("reader-verify-2"),
    )
    wrong, _ = await d.run(
        "verify",
        None,
        {"text": f"Amos Trelawney: {quote}"},
        user=d.fake.add_member("reader-verify-3"),
    )
    half_invented, _ = await d.run(
        "verify",
        None,
        {
            "text": "Harriet Quayle said the ferry should run all night, and that the tide "
            "keeps a timetable, Mr Trelawney, and nobody calls the tide unkind."
        },
        user=d.fake.add_member("reader-verify-4"),
    )
    second_invented, _ = await d.run(
        "verify",
        None,
        {
            "text": "Harriet Quayle said the tide keeps a timetable, Mr Trelawney, and nobody "
            "calls the tide unkind, and that the ferry should run all night."
        },
        user=d.fake.add_member("reader-verify-6"),
    )
    aside, _ = await d.run(
        "verify",
        None,
        {"text": f"{quote} Honestly."},
        user=d.fake.add_member("reader-verify-5"),
    )
    compared, _ = await d.run(
        "compare",
        "speakers",
        {"query": "timetable", "speakers": "Amos Trelawney, Harriet Quayle"},
        user=reader,
    )
    return [
        Scene(
            "own-verify",
            "/verify on the server's own reading: real, altered, wrong speaker; a claim "
            "whose first part is invented, one whose second part is; a framing word after "
            "the quotation",
            [real, altered, wrong, half_invented, second_invented, aside],
        ),
        Scene("own-compare", "/compare speakers on the server's own reading", [compared]),
    ]


async def own_reading_daily_and_stats(d: Director) -> list[Scene]:
    mod = d.fake.moderator_id
    channel = d.fake.channel_option(d.fake.channel_id)
    daily, _ = await d.run(
        "daily",
        "set",
        {
            "channel": channel,
            "time": "07:15",
            "timezone": "Europe/London",
            "speaker": "Amos Trelawney",
        },
        user=mod,
    )
    daily.used = (
        "/daily set channel: #reading time: 07:15 timezone: Europe/London speaker: Amos Trelawney"
    )
    preview, _ = await d.run("daily", "preview", user=mod)
    reader = d.fake.add_member("reader-stats")
    passage_id = await _passage_id(d, "is a map of a river", reader)
    shot, _ = await d.run("discuss", None, {"id": passage_id}, user=reader)
    message_id = int(shot.message["id"])
    await d.fake.wait_for(lambda r: r.path.endswith(f"/messages/{message_id}/threads"))
    for _ in range(200):
        if d.bot.events.passage_of_thread(message_id) is not None:
            break
        await asyncio.sleep(0.02)
    for user in (reader, d.fake.member_id, reader):
        await d.fake.send_message("The river has no timetable", user=user, channel=message_id)
    await asyncio.sleep(0.3)
    top, _ = await d.run("stats", "top", user=mod)
    return [
        Scene("own-daily", "/daily set and preview on the server's own reading", [daily, preview]),
        Scene("own-stats", "/discuss and /stats top with the server's own reading", [shot, top]),
    ]


LIBRARY_SCENES = (
    library_review,
    own_reading_members,
    own_reading_cards,
    own_reading_verify,
    own_reading_daily_and_stats,
    library_refusals,
    library_switches,
)

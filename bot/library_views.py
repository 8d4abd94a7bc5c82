"""The buttons, menu and form of ``/library`` (beside ``bot.views``, which registers them).

Every component carries its state in its custom id, so it works after a restart, and checks
again, server-side, that whoever presses it manages the server (the messages are private,
but a custom id can be forged):

- ``lectern:lib:list:<page>:<p|n>``: another page of ``/library list``;
- ``lectern:lib:rev:<reading>:<page>:<q|a>:<p|n|o|m>``: a page of a reading's review (``q``
  the quotations, ``a`` every passage): previous, next, open (from the summary after
  ``/library add``) or switch between quotations and every passage;
- ``lectern:lib:fix:<reading>:<page>:<q|a>``: the menu of the passages on a review page;
  picking one opens a form (a modal, ``lectern:lib:form:<reading>:<passage>:<page>:<q|a>``)
  to correct its speaker, work, page, whom it is quoted by or kind, which then shows the
  page again with the correction and who made it;
- ``lectern:lib:ok:<reading>:<passage>:<page>:<q|a>``: "Looks right", under a draft's
  review page for each attribution there that Lectern was unsure of: the moderator confirms
  it as proposed (recorded: who, when) and sees the page again;
- ``lectern:lib:pub:<reading>``: publish a draft;
- ``lectern:lib:rm:<reading>:<y|n>``: confirm or cancel ``/library remove``.

The form is answered by ``submit_correction`` from its custom id alone (the cog listens for
it), so a form left open across a restart still works.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast, get_args

import discord

from bot.checks import MANAGE_SERVER_ONLY, manages_server
from bot.core.errors import UserFacingError, shown_input
from bot.core.library import LibraryManager, Proposal, ReadingEntry
from bot.core.models import PassageKind
from bot.library_render import (
    CHECKED,
    KEPT,
    KIND_LABELS,
    UNAVAILABLE,
    ReviewMode,
    catalog_embed,
    checked_text,
    corrected_text,
    next_to_check,
    option_label,
    published_text,
    removed_text,
    review_embed,
    unattributed,
)
from bot.render import NO_MENTIONS
from bot.replies import run_component

if TYPE_CHECKING:
    from bot.client import LecternBot

_ID = r"[a-z0-9][a-z0-9-]{0,59}"
LIST_TEMPLATE = r"lectern:lib:list:(?P<page>\d{1,4}):(?P<way>[pn])"
REVIEW_TEMPLATE = (
    rf"lectern:lib:rev:(?P<rid>{_ID}):(?P<page>\d{{1,5}}):(?P<mode>[qa]):(?P<way>[pnom])"
)
FIX_TEMPLATE = rf"lectern:lib:fix:(?P<rid>{_ID}):(?P<page>\d{{1,5}}):(?P<mode>[qa])"
CONFIRM_TEMPLATE = (
    rf"lectern:lib:ok:(?P<rid>{_ID}):(?P<pid>[a-z0-9][a-z0-9-]*):(?P<page>\d{{1,5}}):(?P<mode>[qa])"
)
PUBLISH_TEMPLATE = rf"lectern:lib:pub:(?P<rid>{_ID})"
REMOVE_TEMPLATE = rf"lectern:lib:rm:(?P<rid>{_ID}):(?P<answer>[yn])"
FORM_TEMPLATE = re.compile(
    rf"lectern:lib:form:(?P<rid>{_ID}):(?P<pid>[a-z0-9][a-z0-9-]*):(?P<page>\d{{1,5}}):(?P<mode>[qa])"
)
FORM_PREFIX = "lectern:lib:form:"
_CUSTOM_ID_LIMIT = 100  # Discord's, for a component's custom id
LIBRARY_TEMPLATES = (
    LIST_TEMPLATE,
    REVIEW_TEMPLATE,
    FIX_TEMPLATE,
    CONFIRM_TEMPLATE,
    PUBLISH_TEMPLATE,
    REMOVE_TEMPLATE,
)
_MANAGER_METHODS = (
    "catalog",
    "add",
    "proposals",
    "correct",
    "confirm",
    "publish",
    "set_enabled",
    "remove",
    "removals",
)
_KINDS: tuple[PassageKind, ...] = get_args(PassageKind)


def library_manager(interaction: discord.Interaction[Any]) -> LibraryManager:
    """The bot's library manager, for a member who manages this server; else a polite
    ``UserFacingError`` (checked again here: a button's custom id can be forged)."""
    if not manages_server(interaction):
        raise UserFacingError(MANAGE_SERVER_ONLY)
    bot: LecternBot = interaction.client
    libraries = bot.libraries
    if not all(callable(getattr(libraries, name, None)) for name in _MANAGER_METHODS):
        raise UserFacingError(UNAVAILABLE)
    return cast("LibraryManager", libraries)


def _guild(interaction: discord.Interaction[Any]) -> int:
    if interaction.guild_id is None:  # guild-only commands: Discord never sends one
        raise UserFacingError("Use /library in a server.")
    return interaction.guild_id


async def own_entry(manager: LibraryManager, guild_id: int, reading_id: str) -> ReadingEntry:
    """One of this server's own readings, by id, or a polite refusal."""
    wanted = reading_id.strip().lower()
    for entry in await manager.catalog(guild_id):
        if entry.id == wanted:
            if entry.origin == "shipped":
                raise UserFacingError(
                    f"`{entry.id}` comes with Lectern, reviewed already; only this server's "
                    "own readings are reviewed, published or removed here."
                )
            return entry
    raise UserFacingError(
        f"This server has no reading `{shown_input(reading_id)}`; `/library list` lists the "
        "readings here (pick one from the list as you type)."
    )


# ------------------------------------------------------------------------------ catalog


async def catalog_message(
    manager: LibraryManager, guild_id: int, page: int = 0
) -> tuple[discord.Embed, discord.ui.View]:
    """A page of ``/library list``: what this server reads, and what it removed lately."""
    entries = await manager.catalog(guild_id)
    removals = await manager.removals(guild_id)
    embed, pages = catalog_embed(entries, page, removals)
    view = discord.ui.View(timeout=None)
    if pages > 1:
        page = max(0, min(page, pages - 1))
        view.add_item(CatalogButton(max(page - 1, 0), "p", disabled=page == 0))
        view.add_item(CatalogButton(min(page + 1, pages - 1), "n", disabled=page == pages - 1))
    return embed, view


class CatalogButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=LIST_TEMPLATE):
    """Another page of ``/library list`` (edits the private message in place)."""

    def __init__(self, page: int, way: str, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="◀ Previous" if way == "p" else "Next ▶",
                style=discord.ButtonStyle.secondary,
                custom_id=f"lectern:lib:list:{page}:{way}",
                disabled=disabled,
            )
        )
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> CatalogButton:
        return cls(int(match["page"]), match["way"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            manager = library_manager(interaction)
            embed, view = await catalog_message(manager, _guild(interaction), self.page)
            await interaction.response.edit_message(
                embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)


# ------------------------------------------------------------------------------ review


async def review_message(
    manager: LibraryManager, guild_id: int, reading_id: str, page: int, mode: ReviewMode
) -> tuple[discord.Embed, discord.ui.View]:
    """A page of a reading's review with its pager, its menu of passages, its "Looks
    right" buttons and Publish."""
    entry = await own_entry(manager, guild_id, reading_id)
    proposals = await manager.proposals(guild_id, entry.id)
    embed, view, _ = review_page(entry, proposals, page, mode)
    return embed, view


async def settled_message(
    manager: LibraryManager,
    guild_id: int,
    entry: ReadingEntry,
    page: int,
    mode: ReviewMode,
    passage_id: str,
    done: Callable[[int, Proposal, ReadingEntry], str],
) -> tuple[str | None, discord.Embed, discord.ui.View]:
    """The review page a moderator was on, after they corrected or confirmed a passage on
    it: first a line saying what it is now (``done``, given its number and state), then how
    many attributions are left to check and where the next is. The page shows the same
    passages as before: one settled stays where it was (``review_pages``)."""
    proposals = await manager.proposals(guild_id, entry.id)
    embed, view, page = review_page(entry, proposals, page, mode)
    found = next(((n, p) for n, p in enumerate(proposals, 1) if p.passage_id == passage_id), None)
    lines = [done(found[0], found[1], entry)] if found else []
    left = next_to_check(proposals, entry, mode, page)
    return "\n".join([*lines, left] if left else lines) or None, embed, view


def review_page(
    entry: ReadingEntry, proposals: Sequence[Proposal], page: int, mode: ReviewMode
) -> tuple[discord.Embed, discord.ui.View, int]:
    """A review page's embed and controls, and the page shown (``page`` within bounds)."""
    embed, pages, positions = review_embed(entry, proposals, page, mode)
    page = max(0, min(page, pages - 1))
    view = discord.ui.View(timeout=None)
    if pages > 1:
        view.add_item(ReviewButton(entry.id, max(page - 1, 0), mode, "p", disabled=page == 0))
        view.add_item(
            ReviewButton(entry.id, min(page + 1, pages - 1), mode, "n", disabled=page >= pages - 1)
        )
    view.add_item(ReviewButton(entry.id, 0, "a" if mode == "q" else "q", "m"))
    if entry.status == "draft":
        view.add_item(PublishButton(entry.id))
    if positions:
        view.add_item(CorrectMenu(entry, proposals, positions, page, mode))
    if entry.status == "draft":
        for position in positions:
            passage_id = proposals[position].passage_id
            custom_id = LooksRightButton.custom_id_of(entry.id, passage_id, page, mode)
            if proposals[position].to_check and len(custom_id) <= _CUSTOM_ID_LIMIT:
                view.add_item(LooksRightButton(entry.id, passage_id, page, mode, position + 1))
    return embed, view, page


_REVIEW_LABELS = {
    "p": "◀ Previous page",
    "n": "Next page ▶",
    "o": "Review the quotations",
}


class ReviewButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=REVIEW_TEMPLATE):
    """Show a page of a reading's review, in place."""

    def __init__(
        self, reading_id: str, page: int, mode: str, way: str, disabled: bool = False
    ) -> None:
        label = _REVIEW_LABELS.get(way) or (
            "Show every passage" if mode == "a" else "Only the quotations"
        )
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.primary if way == "o" else discord.ButtonStyle.secondary,
                custom_id=f"lectern:lib:rev:{reading_id}:{page}:{mode}:{way}",
                disabled=disabled,
                row=0,
            )
        )
        self.reading_id = reading_id
        self.page = page
        self.mode: ReviewMode = "a" if mode == "a" else "q"

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ReviewButton:
        return cls(match["rid"], int(match["page"]), match["mode"], match["way"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            manager = library_manager(interaction)
            embed, view = await review_message(
                manager, _guild(interaction), self.reading_id, self.page, self.mode
            )
            await interaction.response.edit_message(
                content=None, embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)


class CorrectMenu(discord.ui.DynamicItem[discord.ui.Select[Any]], template=FIX_TEMPLATE):
    """The passages of a review page; picking one opens the form to correct it."""

    def __init__(
        self,
        entry: ReadingEntry | None,
        proposals: Sequence[Proposal],
        positions: Sequence[int],
        page: int,
        mode: str,
        reading_id: str | None = None,
    ) -> None:
        rid = entry.id if entry is not None else reading_id or ""
        options = [
            discord.SelectOption(
                label=option_label(i + 1, proposals[i], entry),
                value=proposals[i].passage_id[:100],
                description=f"line {proposals[i].line} · {KIND_LABELS[proposals[i].kind]}"[:100],
            )
            for i in positions
            if entry is not None
        ] or [discord.SelectOption(label="-", value="-")]
        super().__init__(
            discord.ui.Select(
                placeholder="Correct a passage: speaker, work, page, quoted by, kind…",
                custom_id=f"lectern:lib:fix:{rid}:{page}:{mode}",
                options=options,
                row=1,
            )
        )
        self.reading_id = rid
        self.page = page
        self.mode: ReviewMode = "a" if mode == "a" else "q"

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> CorrectMenu:
        return cls(None, [], [], int(match["page"]), match["mode"], reading_id=match["rid"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def open_form() -> None:
            manager = library_manager(interaction)
            guild_id = _guild(interaction)
            entry = await own_entry(manager, guild_id, self.reading_id)
            picked = self.item.values[0] if self.item.values else ""
            proposals = await manager.proposals(guild_id, entry.id)
            found = next(((i, p) for i, p in enumerate(proposals) if p.passage_id == picked), None)
            if found is None:
                raise UserFacingError(
                    "That passage is no longer in this reading; open the review again."
                )
            number, proposal = found[0] + 1, found[1]
            await interaction.response.send_modal(
                correction_form(entry, proposal, number, self.page, self.mode)
            )

        await run_component(interaction, open_form)


def _typed(value: str) -> str:
    return " ".join(value.split())


_FIELDS = ("speaker", "work", "page", "via", "kind")


def correction_form(
    entry: ReadingEntry, proposal: Proposal, number: int, page: int, mode: ReviewMode
) -> discord.ui.Modal:
    """The form to correct one passage: its speaker (as the text should name them), work,
    page, the person it is quoted by and its kind, filled in with what they are now
    (five inputs: as many as a Discord form holds).

    Stateless: its custom id names the reading, passage and review page, and its answer is
    handled by ``submit_correction`` (the cog's listener), so it works after a restart; the
    modal is never kept in discord.py's memory."""
    custom_id = f"lectern:lib:form:{entry.id}:{proposal.passage_id}:{page}:{mode}"
    if not FORM_TEMPLATE.fullmatch(custom_id):
        raise UserFacingError("This passage's id is too long to correct here; tell the operator.")
    form = discord.ui.Modal(title=f"Correct passage {number}"[:45], custom_id=custom_id)
    speaker = "" if unattributed(proposal) else proposal.speaker_name or entry.author
    inputs: tuple[tuple[str, str, discord.ui.Item[Any]], ...] = (
        (
            "Speaker",
            "Who said it, as the text names them; a new name is added here only",
            discord.ui.TextInput(
                custom_id="speaker", default=speaker[:120] or None, max_length=120, required=False
            ),
        ),
        (
            "Work",
            "The book, speech or letter it comes from; empty: none given",
            discord.ui.TextInput(
                custom_id="work",
                default=(proposal.work_title or "")[:200] or None,
                max_length=200,
                required=False,
            ),
        ),
        (
            "Page",
            'As the text gives it: "14", "pp. 12-14"; or empty',
            discord.ui.TextInput(
                custom_id="page",
                default=(proposal.page or "")[:20] or None,
                max_length=20,
                required=False,
            ),
        ),
        (
            "Quoted by",
            'Whose text the author found it in ("quoted in …"); empty: none',
            discord.ui.TextInput(
                custom_id="via",
                default=(proposal.via_name or "")[:120] or None,
                max_length=120,
                required=False,
            ),
        ),
        (
            "Kind",
            "A quotation is someone's words; the rest are the author's own",
            discord.ui.Select(
                custom_id="kind",
                options=[
                    discord.SelectOption(
                        label=KIND_LABELS[kind], value=kind, default=kind == proposal.kind
                    )
                    for kind in _KINDS
                ],
                required=True,
            ),
        ),
    )
    for text, description, component in inputs:
        form.add_item(discord.ui.Label(text=text, description=description, component=component))
    form.stop()  # never stored: ``submit_correction`` answers it, even after a restart
    return form


def _submitted(components: Sequence[dict[str, Any]]) -> dict[str, str]:
    """The values of a submitted form by input custom id (a select: its first value)."""
    values: dict[str, str] = {}
    for row in components:
        inner = row.get("component") or (row.get("components") or [{}])[0]
        custom_id = str(inner.get("custom_id") or "")
        if "values" in inner:
            chosen = inner.get("values") or []
            values[custom_id] = str(chosen[0]) if chosen else ""
        else:
            values[custom_id] = str(inner.get("value") or "")
    return values


async def submit_correction(interaction: discord.Interaction[Any]) -> None:
    """Answer a submitted correction form: correct the passage, show the page again with a
    line saying what it is now. Checks the member again (a form can be forged too)."""
    data = cast("dict[str, Any]", interaction.data or {})
    match = FORM_TEMPLATE.fullmatch(str(data.get("custom_id", "")))

    async def correct() -> None:
        if match is None:
            raise UserFacingError("This form is from an older version of Lectern; open it again.")
        manager = library_manager(interaction)
        guild_id = _guild(interaction)
        entry = await own_entry(manager, guild_id, match["rid"])
        proposals = await manager.proposals(guild_id, entry.id)
        found = next(
            ((i, p) for i, p in enumerate(proposals) if p.passage_id == match["pid"]), None
        )
        if found is None:
            raise UserFacingError(
                "That passage is no longer in this reading; open the review again."
            )
        number, proposal = found[0] + 1, found[1]
        values = _submitted(data.get("components") or [])
        was_speaker = "" if unattributed(proposal) else proposal.speaker_name or entry.author
        speaker, work, page, via = (_typed(values.get(name, "")) for name in _FIELDS[:4])
        changes: dict[str, Any] = {}
        kind = values.get("kind") or proposal.kind
        if kind != proposal.kind:
            changes["kind"] = kind
        if speaker and speaker != was_speaker:
            changes["speaker"] = speaker
        if work != (proposal.work_title or ""):
            changes["work"] = work
        if page != (proposal.page or ""):
            changes["page"] = page
        if via != (proposal.via_name or ""):
            changes["via"] = via
        if not changes:
            raise UserFacingError(f"Nothing changed in passage {number}.")
        corrected = await manager.correct(
            guild_id, entry.id, proposal.passage_id, **changes, by=interaction.user.id
        )
        mode: ReviewMode = "a" if match["mode"] == "a" else "q"
        note, embed, view = await settled_message(
            manager, guild_id, entry, int(match["page"]), mode, corrected.passage_id, corrected_text
        )
        if interaction.message is not None:
            await interaction.response.edit_message(
                content=note, embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )
        else:
            await interaction.response.send_message(
                content=note, embed=embed, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
            )

    await run_component(interaction, correct)


class LooksRightButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=CONFIRM_TEMPLATE):
    """ "Looks right": confirm one doubtful attribution of a draft as proposed, in place.
    Checked again server-side: a moderator only, a draft still, a doubt not settled yet
    (else a polite private answer, and nothing changes)."""

    def __init__(
        self, reading_id: str, passage_id: str, page: int, mode: str, number: int | None = None
    ) -> None:
        label = f"{CHECKED} Passage {number} looks right" if number else "Looks right"
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                custom_id=self.custom_id_of(reading_id, passage_id, page, mode),
                row=2,
            )
        )
        self.reading_id = reading_id
        self.passage_id = passage_id
        self.page = page
        self.mode: ReviewMode = "a" if mode == "a" else "q"

    @staticmethod
    def custom_id_of(reading_id: str, passage_id: str, page: int, mode: str) -> str:
        return f"lectern:lib:ok:{reading_id}:{passage_id}:{page}:{mode}"

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> LooksRightButton:
        return cls(match["rid"], match["pid"], int(match["page"]), match["mode"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def confirm() -> None:
            manager = library_manager(interaction)
            guild_id = _guild(interaction)
            entry = await own_entry(manager, guild_id, self.reading_id)
            await manager.confirm(guild_id, entry.id, self.passage_id, by=interaction.user.id)
            note, embed, view = await settled_message(
                manager, guild_id, entry, self.page, self.mode, self.passage_id, checked_text
            )
            await interaction.response.edit_message(
                content=note, embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, confirm)


async def unchecked_doubts(manager: LibraryManager, guild_id: int, reading_id: str) -> int:
    """Attributions of a draft the extractor was unsure of that no moderator corrected."""
    return sum(1 for p in await manager.proposals(guild_id, reading_id) if p.to_check)


class PublishButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=PUBLISH_TEMPLATE):
    """Publish a draft reading: members of this server find it from now on."""

    def __init__(self, reading_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Publish",
                style=discord.ButtonStyle.success,
                custom_id=f"lectern:lib:pub:{reading_id}",
                row=0,
            )
        )
        self.reading_id = reading_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PublishButton:
        return cls(match["rid"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def publish() -> None:
            manager = library_manager(interaction)
            guild_id = _guild(interaction)
            await own_entry(manager, guild_id, self.reading_id)
            await interaction.response.defer()  # a view is rebuilt: may take a moment
            unchecked = await unchecked_doubts(manager, guild_id, self.reading_id)
            entry = await manager.publish(guild_id, self.reading_id, by=interaction.user.id)
            await interaction.edit_original_response(
                content=published_text(entry, unchecked),
                embed=None,
                view=None,
                allowed_mentions=NO_MENTIONS,
            )

        await run_component(interaction, publish)


# ------------------------------------------------------------------------------ remove


def remove_view(reading_id: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(RemoveButton(reading_id, "y"))
    view.add_item(RemoveButton(reading_id, "n"))
    return view


class RemoveButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=REMOVE_TEMPLATE):
    """Confirm (``y``) or cancel (``n``) removing a reading and its passages."""

    def __init__(self, reading_id: str, answer: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Remove it" if answer == "y" else "Keep it",
                style=discord.ButtonStyle.danger
                if answer == "y"
                else discord.ButtonStyle.secondary,
                custom_id=f"lectern:lib:rm:{reading_id}:{answer}",
            )
        )
        self.reading_id = reading_id
        self.confirmed = answer == "y"

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> RemoveButton:
        return cls(match["rid"], match["answer"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def answer() -> None:
            manager = library_manager(interaction)
            guild_id = _guild(interaction)
            if not self.confirmed:
                await interaction.response.edit_message(
                    content=KEPT, embed=None, view=None, allowed_mentions=NO_MENTIONS
                )
                return
            await own_entry(manager, guild_id, self.reading_id)
            await interaction.response.defer()
            entry = await manager.remove(guild_id, self.reading_id, by=interaction.user.id)
            await interaction.edit_original_response(
                content=removed_text(entry), embed=None, view=None, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, answer)


LIBRARY_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    CatalogButton,
    ReviewButton,
    CorrectMenu,
    LooksRightButton,
    PublishButton,
    RemoveButton,
)

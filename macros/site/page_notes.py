"""The source notes of one page: each figure's numbered footnote and its provenance panel, collected while
the page's macros run and written out at the end of each of its sections (`footnotes.py`).

One `PageNotes` belongs to one rendering of one page: `mkdocs_plugin` makes it when the page's first
macro asks for the page (`notes_of`), every `html.PageContext` of that page carries it, and
`footnotes.with_notes` takes it off the page when the page's Markdown is complete. Nothing is kept at
module level, so no page, edition or rebuild sees another's notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The attribute of MkDocs' page object that carries its notes while its macros run.
_PAGE_ATTRIBUTE = "factsheet_notes"


@dataclass(frozen=True)
class Note:
    number: int  # the footnote's number on its page, from 1, in order of first use
    panel_id: str  # the id of the figure's provenance panel, unique on the page
    footnote: Any  # the footnote's content (html.Html): who stated the figure, where, when, the link
    panel: Any  # the provenance panel (html.Html), a popover


class PageNotes:
    """The notes of one page, in the order the page first uses them. A figure shown twice on a page
    has one note, so its footnote number and its panel's id are the same both times."""

    def __init__(self) -> None:
        self._by_key: dict[str, Note] = {}
        self.lang = "en"  # the page's language, as its figures say: the notes' heading is in it

    def note(self, key: str, panel_id: str, make: Callable[[str], tuple[Any, Any]], lang: str = "en") -> Note:
        """The note of the figure `key`; on its first use, `make(panel_id)` gives its footnote and
        panel. `panel_id` is made unique on the page should two figures ask for the same."""
        found = self._by_key.get(key)
        if found is not None:
            return found
        self.lang = lang
        taken = {note.panel_id for note in self._by_key.values()}
        unique = panel_id if panel_id not in taken else f"{panel_id}-{len(self._by_key) + 1}"
        footnote, panel = make(unique)
        found = self._by_key[key] = Note(len(self._by_key) + 1, unique, footnote, panel)
        return found

    def numbered(self) -> dict[int, Note]:
        """Footnote number -> its note."""
        return {note.number: note for note in self._by_key.values()}

    def __len__(self) -> int:
        return len(self._by_key)


def notes_of(mkdocs_page: object | None) -> PageNotes:
    """The notes of the page being rendered, made on its first macro; a page-less call (a test, a
    macro run outside a page) gets notes of its own, which no page shows."""
    if mkdocs_page is None:
        return PageNotes()
    notes = getattr(mkdocs_page, _PAGE_ATTRIBUTE, None)
    if notes is None:
        notes = PageNotes()
        setattr(mkdocs_page, _PAGE_ATTRIBUTE, notes)
    return notes


def take_notes(mkdocs_page: object | None) -> PageNotes | None:
    """The page's notes, taken off it: the next rendering of the page (a rebuild) starts afresh."""
    if mkdocs_page is None:
        return None
    notes = getattr(mkdocs_page, _PAGE_ATTRIBUTE, None)
    if notes is not None:
        delattr(mkdocs_page, _PAGE_ATTRIBUTE)
    return notes

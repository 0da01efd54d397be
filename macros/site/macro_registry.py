"""The list of the macros editors call in docs/: each one's name, what its arguments name, what it shows
in full, and its summary in the other languages, declared once with `@macro(...)` on the method of
`PageMacros` (page_macros.py) that implements it.

Everything that needs the list reads it from `page_macros.MACROS`, so a new macro is one decorated method:
- `define_env` (mkdocs_plugin.py) registers each macro with mkdocs-macros;
- the scan of docs/ (docs_scan.py) checks the ids each call names against data/;
- the page index (page_index.py) records which page shows what in full;
- the macro reference in the editors' guide (macro_reference.py) lists them, in each language.

This module holds only the shape of an entry and the decorator, so the scan of docs/ can use the
entries without importing the renderers.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, TypeVar

# What a macro's arguments name: one fact id first ("fact"), a fact id in every argument ("facts"),
# an event or area id first, an event or area id in every argument ("events", "areas"), the letters
# of a source list, the name of a download, or nothing.
ArgumentKind = Literal["fact", "facts", "event", "events", "area", "areas", "letters", "download", "none"]

# What a page shows in full when it calls the macro, which makes it the page every link to that
# thing leads to (page_index.py): one fact, every fact of an area, an area's events, an area's
# summary (the area's own page), every event (the timeline), or the sources filed under some letters.
Shows = Literal["fact", "area_facts", "area_events", "area_summary", "timeline", "sources", "commitments"]

# The kinds whose arguments are ids in data/, and the kind of id each names (docs_scan.py checks them).
ID_KINDS: Mapping[ArgumentKind, Literal["fact", "event", "area"]] = MappingProxyType(
    {"fact": "fact", "facts": "fact", "event": "event", "events": "event", "area": "area", "areas": "area"}
)

_ENTRY = "macro_entry"  # the attribute `macro` puts on a method, read back by `registry_of`

Method = TypeVar("Method", bound=Callable[..., Any])


@dataclass(frozen=True)
class MacroEntry:
    """One macro: its name, what its arguments name, what it shows in full, its documentation in
    English (the docstring) and a summary in each other language."""

    name: str
    takes: ArgumentKind
    shows: Shows | None
    doc: str
    summaries: Mapping[str, str]  # language -> summary of the docstring's first paragraph

    def ids_named(self, strings: tuple[str, ...]) -> tuple[str, ...]:
        """The ids in data/ that a call with these string arguments names (a period, say, is not one)."""
        if self.takes in ("facts", "events", "areas"):
            return strings
        return strings[:1] if self.takes in ID_KINDS else ()


def macro(*, takes: ArgumentKind, shows: Shows | None = None, **summaries: str) -> Callable[[Method], Method]:
    """Declare a method of PageMacros a macro: `@macro(takes="fact", ru="Цифра внутри предложения")`.

    The method itself is returned unchanged, so mkdocs-macros sees its own signature and docstring.
    """

    def declare(method: Method) -> Method:
        entry = MacroEntry(method.__name__, takes, shows, inspect.getdoc(method) or "", MappingProxyType(summaries))
        setattr(method, _ENTRY, entry)
        return method

    return declare


def registry_of(cls: type) -> Mapping[str, MacroEntry]:
    """The macros a class declares, by name, in the order of the class body (the reference's order), then
    those of the classes it inherits from (a group of macros may live in a module of its own, as
    layout_macros.py's do); a macro the class redefines keeps the class's own entry."""
    found: dict[str, MacroEntry] = {}
    for declaring in cls.__mro__:
        for member in vars(declaring).values():
            entry = getattr(member, _ENTRY, None)
            if isinstance(entry, MacroEntry):
                found.setdefault(entry.name, entry)
    return MappingProxyType(found)

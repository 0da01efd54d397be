"""The numbered sources at the end of each section of a page, with the provenance panels of its figures.

A figure in the text carries a control that opens its panel and a footnote reference `[N]`
(`figures.py`); the panel is a `<div popover>`, which may not sit inside the paragraph or list item the
figure is in, so both the footnote and the panel are collected on the page (`page_notes.PageNotes`)
and written here, after the page's macros have run (mkdocs-macros' `on_post_page_macros`), at the end
of the H2 section where the figure first appears: `<ol class="fs-footnotes">` with one line per source,
which print, search engines and readers without CSS or JavaScript read, then the panels, which the
browser shows in its top layer wherever they sit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from macros.site.html import Html, concat, element
from macros.site.page_notes import Note, PageNotes
from macros.site.provenance_text import PROVENANCE_WORDS

_H2 = re.compile(r"^## ", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)", re.MULTILINE)
# The footnote reference every figure writes (figures.footnote_reference): its number says which note.
_REFERENCE = re.compile(r'class="fs-fnref" href="#fn-(\d+)"')


def footnote_id(number: int) -> str:
    return f"fn-{number}"


def _sections(markdown: str) -> Iterator[str]:
    """The page cut before each `## ` heading that is not inside a fenced code block."""
    fenced = [match.start() for match in _FENCE.finditer(markdown)]
    start = 0
    for match in _H2.finditer(markdown):
        inside_fence = sum(1 for position in fenced if position < match.start()) % 2 == 1
        if inside_fence or match.start() == 0:
            continue
        yield markdown[start : match.start()]
        start = match.start()
    yield markdown[start:]


def _notes_block(notes: list[Note], lang: str) -> Html:
    """The section's numbered sources, then its figures' panels: one block of HTML, on one line, which
    Python-Markdown passes through as it is."""
    items = (element("li", {"id": footnote_id(note.number), "value": note.number}, note.footnote) for note in notes)
    heading = PROVENANCE_WORDS[lang]["sources_heading"]
    return element(
        "div",
        {"class": "fs-notes"},
        element("p", {"class": "fs-notes-title"}, heading),
        element("ol", {"class": "fs-footnotes"}, *items),
        concat(*(note.panel for note in notes)),
    )


def with_notes(markdown: str, notes: PageNotes | None) -> str:
    """`markdown` with each section's notes at its end: the notes of the figures whose footnote first
    appears in that section, in footnote order. Unchanged when the page has no notes."""
    if not notes:
        return markdown
    numbered = notes.numbered()
    written: set[int] = set()
    out = []
    for section in _sections(markdown):
        numbers = [int(found) for found in _REFERENCE.findall(section)]
        new = sorted({n for n in numbers if n in numbered and n not in written})
        written.update(new)
        if new:
            block = _notes_block([numbered[n] for n in new], notes.lang)
            section = f"{section.rstrip()}\n\n{block}\n\n"
        out.append(section)
    return "".join(out)

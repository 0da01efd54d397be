"""HTML primitives for the fact sheet's fragments: the escape, elements, tables, anchors and links.

Every renderer (`figures.py`, `charts.py`, `citation.py`, `edit_links.py`, `page_macros.py`) builds
its HTML from these, so text and HTML are different types and escaping cannot be forgotten:
`Html` (a `markupsafe.Markup`) is markup already safe to print; anything else is text, and
`escape_for_page` turns it into `Html` when it is put into an element, an attribute or a join.

The fragments land in Markdown pages that Python-Markdown and Jinja (mkdocs-macros) read after us,
so the escape also neutralises Markdown's and Jinja's own special characters: a value such as
`<script>`, `*text*` or `{{ x }}` reaches the reader as typed, never as markup. Links are relative to
the current page, so the same HTML works under `/` and under `/ru/`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from markupsafe import Markup

from macros.data.model import Event, Fact
from macros.site.page_index import PageIndex
from macros.site.page_notes import PageNotes
from macros.site.text import PAGE_WORDS

# One pass over the characters: HTML's specials, then Markdown's and Jinja's, each to an entity.
# (Escaping in two passes would escape the '#' of the entities the first pass wrote.)
_ESCAPES = MappingProxyType(
    str.maketrans(
        {
            "&": "&amp;",
            "<": "&lt;",
            ">": "&gt;",
            '"': "&quot;",
            "'": "&#x27;",
            "*": "&#42;",
            "_": "&#95;",
            "`": "&#96;",
            "[": "&#91;",
            "]": "&#93;",
            "{": "&#123;",
            "}": "&#125;",
            "#": "&#35;",
            "|": "&#124;",
            "\\": "&#92;",
            "~": "&#126;",
        }
    )
)
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(map(chr, _ESCAPES))) + "]")


class Html(Markup):
    """Markup that is safe to put in a page. Joining, `+` and `format` escape any plain text with
    `escape_for_page`, not with markupsafe's own escape, which leaves Markdown and Jinja syntax alone."""

    __slots__ = ()

    @classmethod
    def escape(cls, s: Any, /) -> Html:
        return escape_for_page(s)


def escape_for_page(value: object) -> Html:
    """Text as HTML, with Markdown and Jinja syntax neutralised too; `Html` passes unchanged."""
    if isinstance(value, Html):
        return value
    if hasattr(value, "__html__"):
        return Html(value.__html__())
    text = str(value)
    # Most texts need nothing: finding that out in C is several times faster than translating them.
    return Html(text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text)


EMPTY = Html("")
LINE_BREAK = Html("<br>")
Attributes = Mapping[str, object]


def _attributes(attributes: Attributes | None) -> str:
    # None or False leaves an attribute out; True writes it bare (`download`).
    if not attributes:
        return ""
    return "".join(
        f" {name}" if value is True else f' {name}="{escape_for_page(value)}"'
        for name, value in attributes.items()
        if value is not None and value is not False
    )


def element(tag: str, attributes: Attributes | None = None, *children: object) -> Html:
    """`<tag name="value">children</tag>`; attribute values and children that are not `Html` are escaped."""
    return Html(f"<{tag}{_attributes(attributes)}>{''.join(map(escape_for_page, children))}</{tag}>")


def empty_element(tag: str, attributes: Attributes | None = None) -> Html:
    """`<tag name="value"/>`: an SVG element with no content."""
    return Html(f"<{tag}{_attributes(attributes)}/>")


def join(separator: str, items: Iterable[Any]) -> Html:
    """The items with `separator` between them, each escaped unless it is `Html` (so is the separator)."""
    return escape_for_page(separator).join(items)


def concat(*items: Any) -> Html:
    """The items one after another, each escaped unless it is `Html`."""
    return EMPTY.join(items)


def code_spans(text: str) -> Html:
    """Plain text with each `backquoted` word as code: the values a column description names (`true`)."""
    parts = text.split("`")
    return concat(*(element("code", None, part) if index % 2 else part for index, part in enumerate(parts)))


def table(
    headers: Iterable[object],
    rows: Iterable[Iterable[object]],
    caption: str = "",
    css: str = "",
    anchor: str = "",
    numeric: Collection[int] = (),
    stacked: bool = False,
    labelled: bool = False,
) -> Html:
    """A table with its caption, in a focusable wrapper that scrolls should a table ever be too wide;
    every header and cell is escaped unless it is `Html`. The columns at the indexes in `numeric` hold
    numbers (right-aligned in tabular figures, facts.css). A `stacked` table reflows into one block per
    row on a phone (facts.css). It carries no ARIA roles: the Nu HTML Checker rejects a role on a cell or
    row of a table (issue 13 asks for valid pages), and Chromium keeps a restyled table a table with
    its rows and cells for screen readers (measured with its accessibility tree at 390 px). A
    `labelled` table names each cell's column in `data-label`, which facts.css shows before the cell
    when every table stacks on a phone: for tables whose columns cannot be told apart by their content
    (the glossary's "avoid" column must not read as an accepted form)."""
    headers = list(headers)

    def cell(index: int, content: object) -> Html:
        label = str(headers[index]) if labelled and index < len(headers) else None
        return element("td", {"class": "fs-num" if index in numeric else None, "data-label": label}, content)

    head = concat(
        *(
            element("th", {"scope": "col", "class": "fs-num" if i in numeric else None}, header)
            for i, header in enumerate(headers)
        )
    )
    body = concat(*(element("tr", None, *(cell(i, content) for i, content in enumerate(row))) for row in rows))
    classes = " ".join(c for c in ("fs-table", css, "fs-stacked" if stacked else "") if c)
    return element(
        "div",
        {"class": "fs-table-wrap", "id": anchor or None, "tabindex": "0"},
        element(
            "table",
            {"class": classes},
            element("caption", None, caption) if caption else EMPTY,
            element("thead", None, element("tr", None, head)),
            element("tbody", None, body),
        ),
    )


@dataclass(frozen=True)
class PageContext:
    """The page a fragment is for: the reader's language and the page's URL relative to the site root.

    Not MkDocs' `Page`: `mkdocs_plugin.py` makes one from it for each macro call."""

    lang: str = "en"
    url: str = ""  # e.g. "trade/" or "ru/trade/"
    language_prefix: str = ""  # "" for the default language, "ru/" for Russian
    page_index: PageIndex = field(default_factory=PageIndex)  # the page that shows each fact and event in full
    title: str = ""  # the page's own title, its first heading ("Trade in goods"); "" when unknown
    # The page's source notes (footnotes and provenance panels), shared by every macro call on the page.
    notes: PageNotes = field(default_factory=PageNotes, compare=False, repr=False)

    @property
    def path_in_edition(self) -> str:
        """The page's URL inside its language's edition: 'trade/' for both 'trade/' and 'ru/trade/'."""
        prefix = self.language_prefix
        return self.url[len(prefix) :] if self.url.startswith(prefix) else self.url

    def link(self, target: str) -> str:
        """A relative link from this page to `target` (a path within this page's language)."""
        depth = self.path_in_edition.count("/")
        return ("../" * depth) + target if (depth or target) else "./"

    def ui(self, key: str) -> str:
        """The interface text `key` of text.PAGE_WORDS in the page's language."""
        return str(PAGE_WORDS[self.lang][key])

    def text(self, localized: Mapping[str, str] | None) -> str:
        """The page's language's version of a text from the data ('' for none)."""
        return localized[self.lang] if localized else ""


def fact_anchor(fact_id: str) -> str:
    return "fact-" + fact_id.replace(".", "-").replace("_", "-")


def event_anchor(event_id: str) -> str:
    return "event-" + event_id.replace(".", "-").replace("_", "-")


def fact_link(page: PageContext, fact: Fact) -> str:
    return page.link(page.page_index.fact_page(fact)) + "#" + fact_anchor(fact.id)


def event_link(page: PageContext, event: Event) -> str:
    return page.link(page.page_index.event_page(event)) + "#" + event_anchor(event.id)


def area_link(page: PageContext, area: Any) -> str:
    return page.link(page.page_index.area_page(area))

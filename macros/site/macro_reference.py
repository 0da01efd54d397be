"""The table of macros in the editors' guide (`{{ macro_reference() }}`), in the reader's language.

The English text of each row is the first paragraph of the macro's docstring; another language's is the
summary declared with the macro (`@macro(ru=...)` in page_macros.py) followed by the usage example taken
from the docstring, so each example is written once. tests/test_editions.py fails while a macro has no
Russian summary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from macros.site.fact_block_text import TABLE_CAPTIONS
from macros.site.html import Html, PageContext, element, escape_for_page, table
from macros.site.macro_registry import MacroEntry
from macros.site.text import MACRO_TABLE_HEADER

_EXAMPLE = re.compile(r"`(.+?)`")
_ESCAPED_EXAMPLE = re.compile(r"&#96;(.+?)&#96;")  # a `backticked` span, once escaped for the page


def description(entry: MacroEntry, lang: str) -> str:
    """What a macro shows, with its usage example, in `lang` (English where no summary is declared)."""
    first = entry.doc.split("\n\n")[0].replace("\n", " ")
    summary = entry.summaries.get(lang)
    if summary is None:
        return first
    example = _EXAMPLE.findall(first)[-1]  # the usage example ends the first paragraph
    return f"{summary}: `{example}`."


def _with_code(text: str) -> Html:
    # Docstrings show usage in `backticks`: render those as code, so template syntax in an example
    # stays an example and is never mistaken for (or rendered as) a macro call. The text is escaped
    # first, so only the <code> tags put back here are markup.
    return Html(_ESCAPED_EXAMPLE.sub(r"<code>\1</code>", str(escape_for_page(text))))  # str: sub() on Html escapes


def macro_table(page: PageContext, macros: Mapping[str, MacroEntry]) -> Html:
    """The table: each macro's name, and what it shows."""
    rows = [[element("code", None, name), _with_code(description(entry, page.lang))] for name, entry in macros.items()]
    header = MACRO_TABLE_HEADER.get(page.lang, MACRO_TABLE_HEADER["en"])
    return table(list(header), rows, caption=TABLE_CAPTIONS[page.lang]["macros"], css="fs-macros")

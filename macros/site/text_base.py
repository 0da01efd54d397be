"""What every module of interface text shares: the languages the site is built in, the spaces Russian
typography needs, and `frozen_table`, which makes a table of words read-only.

The words themselves are in `text.py` (pages, citations, edit links) and its siblings named
`*_text.py` (charts, number formatting, commitments, publishing, ...), each keyed by language first.
`tests/test_text.py` finds every one of those modules and fails if a language lacks a key that
English has, so adding a language is a new block in each table and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: Russian "п. п." keeps its two letters together

LANGUAGES = ("en", "ru")  # the editions mkdocs.yml builds; tests/test_text.py holds the two lists together
DEFAULT_LANGUAGE = "en"
Words = Mapping[str, Mapping[str, str]]  # language -> key -> text


def frozen_table(table: Mapping[str, Any]) -> Mapping[str, Any]:
    """The table and every table inside it as read-only mappings: interface text is a constant."""
    return MappingProxyType(
        {key: frozen_table(value) if isinstance(value, Mapping) else value for key, value in table.items()}
    )

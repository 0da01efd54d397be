"""Filing the sources by the first letter of their publisher, so a long source list can spread over pages:
`{{ sources_list("0", "k") }}` on one page and `{{ sources_list("l", "я") }}` on another.

Two callers must agree on it: the page index (page_index.py), which finds the page that lists each
source so every citation links there, and the renderer of `sources_list` (source_list.py), which picks the
sources one list shows.
"""

from __future__ import annotations

from macros.data.model import Source


def filing_letter(source: Source) -> str:
    """The character a source is filed under: the first of its publisher's name, lowercased."""
    return source.publisher.lower()[:1]


def in_letters(source: Source, first: str | None, last: str | None) -> bool:
    """Whether a source is filed between `first` and `last` (inclusive; None: no bound) in code-point order,
    where digits come before 'a' and Cyrillic after 'z'."""
    letter = filing_letter(source)
    return (first is None or letter >= first.lower()) and (last is None or letter <= last.lower())

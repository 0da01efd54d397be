"""Which page shows what, read from the macro calls in docs/: each fact's and event's home page.

A fact's home is the one page that shows it in full (`fact("trade.turnover")`, or
`area_facts("trade")` for every fact of an area); an event's home is the page with its area's
`area_events(...)`, else the page with the `timeline()`; a source's, the page whose
`sources_list(first, last)` covers its publisher's first letter. An area's page is the one with its
`area_summary(...)`, else the home of its first fact. Every link to a fact or event (summaries,
key figures, the source list, the timeline) points to that home, so an area can spread over as
many pages as its facts need and the pages stay the only place that says where things are.

Only the default language's pages are read: a translated twin (`trade.ru.md`) has the same
address under its language's prefix. Problems name the page and line, or the data file and line
of a fact or event that no page shows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from macros.site.docs_scan import macro_calls
from macros.data.model import Dataset, Event, Fact
from macros.data.problems import Problem

_TRANSLATION = re.compile(r"\.[a-z]{2}(?:_[A-Z]{2})?\.md$")  # trade.ru.md: mkdocs-static-i18n's suffix
# Jinja prints a raw block as text: the editors' guide shows macro calls this way, and they render nothing.
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.S)


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))  # keeps the line numbers of what follows


def page_url(relative: str) -> str:
    """The address of a page in docs/ from the site root, as MkDocs writes it with directory URLs:
    'index.md' -> '', 'trade.md' -> 'trade/', 'trade/index.md' -> 'trade/', 'trade/energy.md' -> 'trade/energy/'."""
    stem = relative[:-len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[:-len("index")].rstrip("/")
    return stem + "/" if stem else ""


@dataclass(frozen=True)
class Homes:
    """Page addresses (relative to the language's root, e.g. 'trade/') of what the pages show."""

    facts: dict = field(default_factory=dict)  # fact id -> page
    events: dict = field(default_factory=dict)  # area id -> page with its area_events()
    summaries: dict = field(default_factory=dict)  # area id -> page with its area_summary()
    timeline: str | None = None  # the page with timeline()
    source_lists: tuple = ()  # (first letter, last letter, page) of each sources_list(), in page order
    sources: dict = field(default_factory=dict)  # source id -> the page that lists it

    def source_page(self, source) -> str:
        """The page that lists a source: the first sources_list() whose letters include its publisher's."""
        return self.sources.get(source.id) or next(
            (url for first, last, url in self.source_lists if in_letters(source, first, last)), "sources/")

    def fact_page(self, fact: Fact) -> str:
        return self.facts.get(fact.id, f"{fact.area}/")

    def event_page(self, event: Event) -> str:
        return self.events.get(event.area) or self.timeline or f"{event.area}/"

    def area_page(self, area) -> str:
        """An area's own page: its summary's, else its first fact's, else its events'."""
        if area.id in self.summaries:
            return self.summaries[area.id]
        first = next(iter(area.facts.values()), None)
        if first is not None and first.id in self.facts:
            return self.facts[first.id]
        return self.events.get(area.id) or f"{area.id}/"

    def area_of_page(self, url: str) -> str | None:
        """The one area a page is about (its summary, else all its facts'), or None."""
        summarised = [area for area, page in self.summaries.items() if page == url]
        if len(summarised) == 1:
            return summarised[0]
        shown = {fact_id.partition(".")[0] for fact_id, page in self.facts.items() if page == url}
        return shown.pop() if len(shown) == 1 and not summarised else None


def initial(source) -> str:
    """The character a source is filed under: the first of its publisher's name, lowercased."""
    return source.publisher.lower()[:1]


def in_letters(source, first: str | None, last: str | None) -> bool:
    """Whether a source is filed between `first` and `last` (inclusive; None: no bound) in code-point order,
    where digits come before 'a' and Cyrillic after 'z'."""
    letter = initial(source)
    return (first is None or letter >= first.lower()) and (last is None or letter <= last.lower())


def default_language_pages(root: Path) -> list[Path]:
    docs = root / "docs"
    return [page for page in sorted(docs.rglob("*.md")) if not _TRANSLATION.search(page.name)]


def find_homes(root: Path, dataset: Dataset) -> tuple[Homes, list[Problem]]:
    """Each fact's and event's page, and a problem for a fact shown in full twice or shown nowhere."""
    problems = []
    facts, events, summaries, timeline, source_lists = {}, {}, {}, None, []
    shown_at = {}  # fact id -> 'docs/page.md:LINE' of its full section, for the message on a second one
    for page in default_language_pages(root):
        relative = page.relative_to(root).as_posix()
        url = page_url(page.relative_to(root / "docs").as_posix())
        for call in macro_calls(_RAW.sub(_blank, page.read_text(encoding="utf-8"))):
            argument = call.strings[0] if call.strings else None
            if call.name == "fact" and argument in dataset.facts:
                shown = [argument]
            elif call.name == "area_facts" and argument in dataset.areas:
                shown = [fact.id for fact in dataset.areas[argument].facts.values()]
            else:
                shown = []
                if call.name == "area_events" and argument in dataset.areas:
                    events.setdefault(argument, url)
                elif call.name == "area_summary" and argument in dataset.areas:
                    summaries.setdefault(argument, url)
                elif call.name == "timeline" and timeline is None:
                    timeline = url
                elif call.name == "sources_list":
                    first, last = (list(call.strings) + [None, None])[:2]
                    source_lists.append((first, last, url))
            for fact_id in shown:
                if fact_id in shown_at:
                    problems.append(Problem(relative, call.line, "",
                                            f"fact {fact_id!r} is already shown in full at {shown_at[fact_id]}; "
                                            "expected one full section per fact: mention it elsewhere with "
                                            "figure() or fact_label(), which link to that section"))
                    continue
                shown_at[fact_id] = f"{relative}:{call.line}"
                facts[fact_id] = url
    for fact in dataset.facts.values():
        if fact.id not in facts:
            problems.append(Problem(fact.at.path, fact.at.line, fact.id,
                                    "is shown on no page; expected {{ fact(\"%s\") }} on one page in docs/, or "
                                    "{{ area_facts(\"%s\") }}" % (fact.id, fact.area)))
    if timeline is None:
        for event in dataset.events.values():
            if event.area not in events:
                problems.append(Problem(event.at.path, event.at.line, event.id,
                                        "is shown on no page; expected {{ area_events(\"%s\") }} on one page in "
                                        "docs/, or {{ timeline() }}" % event.area))
    source_pages = {}
    if source_lists:
        for source in dataset.sources.values():
            source_pages[source.id] = next((url for first, last, url in source_lists
                                            if in_letters(source, first, last)), None)
            if source_pages[source.id] is None:
                problems.append(Problem(source.at.path, source.at.line, source.id,
                                        f"is listed on no page: no sources_list() in docs/ covers the letter "
                                        f"{initial(source)!r}; expected the letters of the lists to cover every "
                                        "publisher's first letter"))
    return Homes(facts, events, summaries, timeline, tuple(source_lists), source_pages), problems

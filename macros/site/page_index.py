"""Which page shows what, read from the macro calls in docs/: the page that shows each fact, event and
source in full, which every link to it leads to.

A fact is shown in full by `fact("trade.turnover")`, or by `area_facts("trade")` for every fact of an
area; an event on the page with its area's `area_events(...)`, else on the page with the `timeline()`;
a source on the page whose `sources_list(first, last)` covers its publisher's first letter. An area's
own page is the one with its `area_summary(...)`, else the one with its `area_events(...)` (an area's
overview lists its events and leads to the pages of its facts), else the page of its first fact. Every link to a
fact or event (summaries, key figures, the source list, the timeline) leads there, so an area can
spread over as many pages as its facts need and the pages stay the only place that says where
things are. What each macro shows is declared with it (`@macro(shows=...)` in page_macros.py).

`project.load_project` builds the index from the pages docs_scan.py has read, and hands it on with the
dataset; the renderers ask it for links. Only the default language's pages count: a translated twin
(`trade.ru.md`) has the same address under its language's prefix. Problems name the page and line,
or the data file and line of a fact, event or source that no page shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from macros.data.model import Area, Dataset, Event, Fact, Source
from macros.data.problems import Problem
from macros.site.docs_scan import DocsPage, MacroCall
from macros.site.macro_registry import MacroEntry
from macros.site.sources_by_letter import filing_letter, in_letters


@dataclass(frozen=True)
class SourceList:
    """One `sources_list(first, last)` call: the letters it covers (None: no bound) and its page."""

    first: str | None
    last: str | None
    url: str

    def covers(self, source: Source) -> bool:
        return in_letters(source, self.first, self.last)


@dataclass(frozen=True)
class PageIndex:
    """The page that shows each fact, event and source in full, as addresses relative to the language's
    root (e.g. 'trade/')."""

    facts: dict[str, str] = field(default_factory=dict)  # fact id -> page
    events: dict[str, str] = field(default_factory=dict)  # area id -> page with its area_events()
    summaries: dict[str, str] = field(default_factory=dict)  # area id -> page with its area_summary()
    timeline: str | None = None  # the page with timeline()
    source_lists: tuple[SourceList, ...] = ()  # each sources_list(), in page order
    sources: dict[str, str | None] = field(default_factory=dict)  # source id -> the page that lists it
    commitments: dict[str, str] = field(default_factory=dict)  # area id -> the page with its commitment cards

    def commitment_page(self, area_id: str) -> str:
        """The page with an area's commitment cards (`commitments(...)`)."""
        return self.commitments.get(area_id, "commitments/")

    def source_page(self, source: Source) -> str:
        """The page that lists a source: the first sources_list() whose letters include its publisher's."""
        return self.sources.get(source.id) or next(
            (listing.url for listing in self.source_lists if listing.covers(source)), "sources/"
        )

    def fact_page(self, fact: Fact) -> str:
        return self.facts.get(fact.id, f"{fact.area}/")

    def event_page(self, event: Event) -> str:
        return self.events.get(event.area) or self.timeline or f"{event.area}/"

    def area_page(self, area: Area) -> str:
        """An area's own page: its summary's, else its events', else its first fact's."""
        if area.id in self.summaries:
            return self.summaries[area.id]
        if area.id in self.events:
            return self.events[area.id]
        first = next(iter(area.facts.values()), None)
        if first is not None and first.id in self.facts:
            return self.facts[first.id]
        return self.events.get(area.id) or f"{area.id}/"

    def area_of_page(self, url: str) -> str | None:
        """The one area a page is about (its summary, else its events', else all its facts'), or None."""
        summarised = [area for area, page in self.summaries.items() if page == url]
        if len(summarised) == 1:
            return summarised[0]
        if not summarised:
            listed = [area for area, page in self.events.items() if page == url]
            if len(listed) == 1:
                return listed[0]
        shown = {fact_id.partition(".")[0] for fact_id, page in self.facts.items() if page == url}
        return shown.pop() if len(shown) == 1 and not summarised else None


@dataclass
class _Reading:
    """What the pages read so far show, and where each fact was shown in full (for the second-time message)."""

    facts: dict[str, str] = field(default_factory=dict)
    events: dict[str, str] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)
    timeline: str | None = None
    source_lists: list[SourceList] = field(default_factory=list)
    commitments: dict[str, str] = field(default_factory=dict)
    shown_at: dict[str, str] = field(default_factory=dict)  # fact id -> 'docs/page.md:LINE'
    problems: list[Problem] = field(default_factory=list)


def _read_call(page: DocsPage, call: MacroCall, entry: MacroEntry, dataset: Dataset, reading: _Reading) -> None:
    argument = call.strings[0] if call.strings else None
    if entry.shows == "fact" and argument in dataset.facts:
        shown = [argument]
    elif entry.shows == "area_facts" and argument in dataset.areas:
        shown = [fact.id for fact in dataset.areas[argument].facts.values()]
    else:
        shown = []
        if entry.shows == "area_events" and argument in dataset.areas:
            reading.events.setdefault(argument, page.url)
        elif entry.shows == "area_summary" and argument in dataset.areas:
            reading.summaries.setdefault(argument, page.url)
        elif entry.shows == "timeline" and reading.timeline is None:
            reading.timeline = page.url
        elif entry.shows == "sources":
            first, last = ([*call.strings, None, None])[:2]
            reading.source_lists.append(SourceList(first, last, page.url))
        elif entry.shows == "commitments":  # the areas named, or every area
            for area_id in call.strings or tuple(dataset.areas):
                reading.commitments.setdefault(area_id, page.url)
    for fact_id in shown:
        if fact_id in reading.shown_at:
            reading.problems.append(
                Problem(
                    page.path,
                    call.line,
                    "",
                    f"fact {fact_id!r} is already shown in full at {reading.shown_at[fact_id]}; "
                    "expected one full section per fact: mention it elsewhere with "
                    "figure() or fact_label(), which link to that section",
                )
            )
            continue
        reading.shown_at[fact_id] = f"{page.path}:{call.line}"
        reading.facts[fact_id] = page.url


def _shown_nowhere(dataset: Dataset, index: PageIndex) -> list[Problem]:
    """A problem for each fact, event or source that no page shows."""
    problems = []
    areas_shown_by_fact = {fact_id.partition(".")[0] for fact_id in index.facts}
    for fact in dataset.facts.values():
        if fact.id not in index.facts:
            # area_facts() would show the area's other facts a second time once any of them is shown
            alternative = "" if fact.area in areas_shown_by_fact else f', or {{{{ area_facts("{fact.area}") }}}}'
            expected = f'{{{{ fact("{fact.id}") }}}} on one page in docs/ and its .ru.md twin{alternative}'
            problems.append(
                Problem(fact.origin.path, fact.origin.line, fact.id, f"is shown on no page; expected {expected}")
            )
    if index.timeline is None:
        for event in dataset.events.values():
            if event.area not in index.events:
                expected = f'{{{{ area_events("{event.area}") }}}} on one page in docs/, or {{{{ timeline() }}}}'
                problems.append(
                    Problem(event.origin.path, event.origin.line, event.id, f"is shown on no page; expected {expected}")
                )
    for source in dataset.sources.values():
        if index.source_lists and index.sources[source.id] is None:
            problems.append(
                Problem(
                    source.origin.path,
                    source.origin.line,
                    source.id,
                    f"is listed on no page: no sources_list() in docs/ covers the letter "
                    f"{filing_letter(source)!r}; expected the letters of the lists to cover every "
                    "publisher's first letter",
                )
            )
    for commitment in dataset.commitments.values():
        if commitment.area not in index.commitments:
            expected = f'{{{{ commitments("{commitment.area}") }}}} on one page in docs/, or {{{{ commitments() }}}}'
            message = f"is shown on no page; expected {expected}"
            problems.append(Problem(commitment.origin.path, commitment.origin.line, commitment.id, message))
    return problems


def index_pages(
    pages: tuple[DocsPage, ...], dataset: Dataset, macros: Mapping[str, MacroEntry]
) -> tuple[PageIndex, list[Problem]]:
    """Each fact's, event's and source's page, and a problem for a fact shown in full twice or for
    anything shown nowhere."""
    reading = _Reading()
    for page in pages:
        if page.language is not None:
            continue
        for call in page.calls:
            entry = macros.get(call.name)
            if entry is not None and entry.shows is not None:
                _read_call(page, call, entry, dataset, reading)
    source_lists = tuple(reading.source_lists)
    sources = (
        {
            source.id: next((listing.url for listing in source_lists if listing.covers(source)), None)
            for source in dataset.sources.values()
        }
        if source_lists
        else {}
    )
    index = PageIndex(
        reading.facts, reading.events, reading.summaries, reading.timeline, source_lists, sources, reading.commitments
    )
    return index, reading.problems + _shown_nowhere(dataset, index)

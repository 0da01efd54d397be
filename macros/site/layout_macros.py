"""The macros that lay out the home page and the end of an area page: the line under the home page's
title, the area tiles, the annotated example of a figure, a one-line list of events, and an area's
downloads. `PageMacros` (page_macros.py) inherits them, so they are registered, scanned and listed in the
editors' reference like every other macro (macro_registry.py reads the macros of a class and of the
classes it inherits from); page_blocks.py builds their HTML.

Like page_macros.py, each macro only looks up what it is asked for; the first paragraph of each
docstring is what an editor sees in the editors' guide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from macros.data.model import Dataset
from macros.site import page_blocks
from macros.site.build_info import DataChange, Site
from macros.site.html import Html, PageContext
from macros.site.macro_registry import macro

Found = TypeVar("Found")


def _lookup(table: Mapping[str, Found], kind: str, ident: str) -> Found:
    """The fact or event `ident` names. docs_scan.py has checked every id a page names before any macro
    runs, with the page's line, so this only guards a call it could not read."""
    try:
        return table[ident]
    except KeyError:
        raise LookupError(f"unknown {kind} {ident!r}") from None


class LayoutMacros:
    """The layout macros; PageMacros provides the dataset, the current page, the build (its downloads),
    the key-figure cards and when each area's data last changed (asked of git once per build)."""

    data: Dataset
    current_page: Callable[[], PageContext]
    site: Site

    def _area_change(self, area_id: str) -> DataChange:
        raise NotImplementedError  # PageMacros's: when an area's data last changed

    def key_figures(self, *fact_ids: str) -> Html:
        raise NotImplementedError  # PageMacros's: the key-figure cards

    @macro(takes="none", ru="Строка под заголовком: число показателей, число источников и дата обновления данных")
    def site_meta_line(self) -> Html:
        """A line for under the site's title: how many facts and sources the data holds and when it last
        changed: `{{ site_meta_line() }}` gives "75 facts · 232 sources · updated 28 Nov 2026".

        The date is the last change to any area's data file (its last commit), as "Cite this page" dates
        an area; without git's history, the newest date among the sources.
        """
        changes = (self._area_change(area_id).when for area_id in self.data.areas)
        dated = [when for when in changes if when is not None]
        updated = max(dated, key=lambda when: (when.first, when.last)) if dated else None
        return page_blocks.meta_line(self.current_page(), len(self.data.facts), len(self.data.sources), updated)

    @macro(takes="facts", ru="Плитки направлений: название, как в навигации, одна цифра и ссылка на страницу")
    def area_tiles(self, *fact_ids: str) -> Html:
        """A tile for each area, led by one of its figures: `{{ area_tiles("trade.russian_investment",
        "education.students_in_russia") }}`, one fact per area, in the order given.

        Each tile names the area as the navigation does and links to its page, then shows the fact's
        headline value and what it measures, linked to the fact's section.
        """
        facts = [_lookup(self.data.facts, "fact", fact_id) for fact_id in fact_ids]
        return page_blocks.area_tiles(self.current_page(), ((self.data.areas[fact.area], fact) for fact in facts))

    @macro(takes="fact", ru="Пример: карточка одной цифры и пояснение каждой её части")
    def how_to_read(self, fact_id: str) -> Html:
        """One real figure as a key-figure card, with what each of its parts means (value, period, who
        said it, the sources control, status): `{{ how_to_read("trade.companies_with_russian_participation") }}`.

        Pick a fact that no other card on the page shows: a figure appears in full once per page.
        """
        _lookup(self.data.facts, "fact", fact_id)
        return page_blocks.how_to_read(self.current_page(), self.key_figures(fact_id))

    @macro(takes="events", ru="Список событий по одному в строке, каждое со ссылкой на его запись")
    def event_list(self, *event_ids: str) -> Html:
        """A list of events, one title a line, each linking to its entry on its area's page (or the
        timeline): `{{ event_list("diplomacy.joint_statement_signed", "security.mtc_protocol_signed") }}`."""
        events = [_lookup(self.data.events, "event", event_id) for event_id in event_ids]
        return page_blocks.event_titles(self.current_page(), events)

    @macro(takes="area", ru="Ссылки на файлы данных направления (CSV и JSON, с размером) и на страницу данных")
    def area_downloads(self, area_id: str | None = None) -> Html:
        """Links to an area's data files, CSV and JSON with their sizes, and to the Data page:
        `{{ area_downloads() }}` at the end of an area page, after `cite_this()`.

        It finds the area from the page as `cite_this()` does, or name it: `{{ area_downloads("trade") }}`.
        """
        page = self.current_page()
        area_id = area_id or page.page_index.area_of_page(page.path_in_edition)
        if area_id is None:
            raise LookupError(f"area_downloads() on {page.url!r}, which is not the page of one area; name the area")
        area = _lookup(self.data.areas, "area", area_id)
        files = self.site.downloads.contents(self.site.name) if self.site.downloads is not None else {}
        return page_blocks.area_downloads(page, area, files)

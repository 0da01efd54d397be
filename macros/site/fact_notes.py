"""What the publishing side adds to each fact's section: when it last changed (and what it was before),
and "Cite this figure".

`page_macros` adds `fact_notes` to every fact's section, after the edit links; the figure's provenance
panel can call `figure_citation_for` (one figure's citation) in the same way. Both read the build's
one `ChangeLog` (`changes.py`), asked of git once per build.
"""

from __future__ import annotations

from macros.data.model import Dataset, Fact
from macros.data.periods import Point
from macros.site.build_info import DataChange, Site
from macros.site.change_notes import fact_history
from macros.site.changes import ChangeLog
from macros.site.citation import CitedPage, figure_citation, page_address
from macros.site.formatting import format_period
from macros.site.html import Html, PageContext, concat, fact_anchor


def figure_title(page: PageContext, fact: Fact) -> str:
    """'Bilateral trade turnover, 2024': what the fact measures and the period of the figure shown."""
    period = fact.shown.period
    if getattr(period, "is_undated", False):
        return page.text(fact.label)
    return f"{page.text(fact.label)}, {format_period(period, page.lang)}"


def fact_change(fact: Fact, log: ChangeLog, area_change: DataChange) -> DataChange:
    """When the fact last changed: its last commit; the area's date when the history does not say (or the
    area's file has changes not yet committed, which the history cannot see)."""
    found = log.last_change("facts", fact.id)
    if found is None or area_change.basis != "commit":
        return area_change
    return DataChange(Point.parse(found[0].when.date().isoformat()), "commit")


def cited_figure(page: PageContext, fact: Fact, site: Site, log: ChangeLog, area_change: DataChange) -> CitedPage:
    """The citation of a fact's figure on this page: its anchor's full address, its own date."""
    url, full = page_address(site.url, f"{page.url}#{fact_anchor(fact.id)}")
    accessed = site.stamp.date if site.stamp is not None else None
    change = fact_change(fact, log, area_change)
    return CitedPage(site.name, figure_title(page, fact), url, full, fact.origin.path, change, accessed, fact.id)


def figure_citation_for(page: PageContext, fact: Fact, site: Site, log: ChangeLog, area_change: DataChange) -> Html:
    """ "Cite this figure" for one fact, folded: plain text here, BibTeX and CSL-JSON by the page's script."""
    return figure_citation(page, cited_figure(page, fact, site, log, area_change))


def fact_notes(
    page: PageContext, fact: Fact, site: Site, dataset: Dataset, log: ChangeLog, area_change: DataChange
) -> Html:
    """The fact's last change and its citation, for its section."""
    return concat(fact_history(page, fact, log, dataset), figure_citation_for(page, fact, site, log, area_change))

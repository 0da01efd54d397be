"""The fact sheet's sections as HTML: a figure with its attribution, a fact's section, the tables of
observations, facts and events, the source list and the list of downloads.

`page_macros.py` calls these for the macros in docs/*.md; `fragments.py` reuses the small pieces.
Every value from the data is text and goes through `html.element`/`html.join`, which escape it;
what these functions return is `html.Html`, safe to put in a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from macros.data.model import Area, Event, Fact, Observation, OtherDate, Source, Speaker
from macros.data.periods import Point
from macros.site.evidence import basis_text, cited_name, copy_marker, derivation_html, period_text, quote_html
from macros.site.formatting import format_long_date, format_period, format_short_date, format_value
from macros.site.html import (
    EMPTY,
    LINE_BREAK,
    Html,
    PageContext,
    area_link,
    concat,
    element,
    event_anchor,
    event_link,
    fact_anchor,
    fact_link,
    join,
    table,
)
from macros.site.source_list import sources_list
from macros.site.text import PAGE_WORDS

__all__ = ("sources_list",)  # re-exported: page_macros.py calls every section from here


def source_citation(page: PageContext, source: Source, original: bool = True) -> Html:
    """'TRT World, 26 Nov 2025' linked to the sources page, then (`original`) ↗ to the original page."""
    return _source_citation(
        page.lang,
        page.link(page.page_index.source_page(source)),
        source.id,
        cited_name(page, source),
        source.published,
        source.url if original else None,
    )


def _source_citation(
    lang: str, list_href: str, source_id: str, publisher: str, published: Point | None, url: str | None
) -> Html:
    label = publisher
    date = format_short_date(published, lang)
    if date:
        label += f", {date}"
    # Kept lean: a long page cites a hundred sources, so every attribute here is paid for many times.
    # The page's referrer policy already covers what rel="noreferrer" would.
    # A bare '#' before the id: every other href is escaped whole, '#' included; this one never was.
    href = concat(list_href, Html("#"), source_id)
    link = element("a", {"class": "fs-source", "href": href}, label)
    if not url:
        return link
    label = f"{PAGE_WORDS[lang]['open_original']}: {publisher}"
    return concat(link, " ", element("a", {"class": "fs-original", "href": url, "aria-label": label}, "↗"))


def speaker_text(page: PageContext, speaker: Speaker | None) -> str:
    if speaker is None:
        return ""
    name = page.text(speaker.name)
    role = page.text(speaker.role)
    return f"{name}, {role}" if role else name


def value_html(page: PageContext, fact: Fact, observation: Observation) -> Html:
    text = format_value(observation.value, fact.unit, observation.qualifier, page.lang)
    attributes = {
        "class": "fs-value",
        "data-fact": fact.id,
        "data-period": observation.period.text,
        "data-value": observation.value,
        "data-qualifier": observation.qualifier,
    }
    return element("strong", attributes, text)


def attribution(page: PageContext, observation: Observation, with_period: bool = True) -> Html:
    """'(2024; according to …; source: TRT World, 26 Nov 2025 ↗)' for one observation; for a value the
    editors calculated, '(2017; calculated from Interfax ↗ (“…”): difference of …)', never a speaker."""
    parts = []
    if with_period:
        parts.append(element("span", {"class": "fs-period"}, period_text(page, observation)))
    if observation.derived is not None:
        parts.append(derivation_html(page, observation.derived, source_citation))
        return element("span", {"class": "fs-meta"}, "(", join("; ", parts), ")")
    if observation.stated_by:
        speaker = f"{page.ui('according_to')} {speaker_text(page, observation.stated_by)}"
        parts.append(element("span", {"class": "fs-speaker", "data-side": observation.stated_by.side}, speaker))
    sources = [source_citation(page, s) for s in (observation.source, *observation.also_reported_by)]
    parts.append(concat(page.ui("source"), ": ", join(", ", sources)))
    if observation.only_from_copies:
        parts.append(copy_marker(page))
    return element("span", {"class": "fs-meta"}, "(", join("; ", parts), ")")


def _other_reports(page: PageContext, observation: Observation, reports: Html, *after: Html) -> Html:
    """'Other reports for 2024: …', the reports that differ from `observation`'s figure for its period."""
    period = format_period(observation.period, page.lang)
    return element("span", {"class": "fs-differs"}, f"{page.ui('other_reports')} {period}: ", reports, *after)


def _agreeing(page: PageContext, fact: Fact, observation: Observation) -> Html:
    """'3 reports agree' when other reports of the period agree with `observation`; empty otherwise."""
    agreeing = fact.agreeing_reports(observation)
    if not agreeing:
        return EMPTY
    return element("span", {"class": "fs-agree"}, page.ui("reports_agree").format(count=len(agreeing) + 1))


def _basis_differs(page: PageContext, fact: Fact, observation: Observation) -> Html:
    if fact.disagreements.get(observation.period.text) != "basis":
        return EMPTY
    return concat(" ", element("span", {"class": "fs-basis-differs"}, page.ui("basis_differs")))


def differing_values(page: PageContext, fact: Fact, observation: Observation, target: str) -> Html:
    """'Other reports for 2024: $3.2 billion, almost $4 billion (every source in the table)': the
    figures only, where the table at `target` attributes each of them; empty when none differs."""
    differing = fact.differing_reports(observation)
    if not differing:
        return EMPTY
    values = join(", ", (value_html(page, fact, other) for other in differing))
    see_table = element("a", {"href": target}, page.ui("see_table"))
    return _other_reports(page, observation, values, Html(" "), see_table, _basis_differs(page, fact, observation))


def figure(page: PageContext, fact: Fact, observation: Observation, compact: bool = False) -> Html:
    """One figure with its period, speaker and source, and any differing report for that period:
    in full inline, or `compact` (values only) in its fact's section, above the table of them all."""
    parts = [value_html(page, fact, observation), Html(" "), attribution(page, observation)]
    agreeing = _agreeing(page, fact, observation)
    if agreeing:
        parts += [Html(" "), agreeing]
    if compact:
        differing = differing_values(page, fact, observation, f"#{fact_anchor(fact.id)}-all")
        if differing:
            parts += [Html(" "), differing]
    else:
        reports = [
            concat(value_html(page, fact, other), " ", attribution(page, other, with_period=False))
            for other in fact.differing_reports(observation)
        ]
        if reports:
            basis = _basis_differs(page, fact, observation)
            parts += [Html(" "), _other_reports(page, observation, join("; ", reports), basis)]
    return element("span", {"class": "fs-figure"}, *parts)


def _table_note(page: PageContext, observation: Observation) -> Html:
    """The note column: the note, whose statistics, how a value was calculated, the copy mark, the quote."""
    parts: list[Html | str] = [page.text(observation.note)]
    if observation.basis is not None:
        parts.append(element("span", {"class": "fs-basis"}, basis_text(page, observation.basis) + "."))
    if observation.derived is not None:
        parts.append(derivation_html(page, observation.derived, source_citation))
    elif observation.only_from_copies:
        parts.append(copy_marker(page))
    parts.append(quote_html(page, observation.quote, observation.quote_gloss, observation.source.language))
    return join(" ", (part for part in parts if part))


def observations_table(page: PageContext, fact: Fact) -> Html:
    rows = []
    # Oldest first; undated figures, which have no place in time, last.
    for observation in sorted(fact.observations, key=lambda o: (o.period.is_undated, o.period.first, o.period.last)):
        # Rows link to the sources page only (which links the original): the figure above the table
        # carries the ↗, and a hundred more of them would double the weight of a long page.
        sources = (observation.source, *observation.also_reported_by)
        rows.append(
            [
                period_text(page, observation),
                value_html(page, fact, observation),
                speaker_text(page, observation.stated_by),
                join(", ", (source_citation(page, s, original=False) for s in sources)),
                _table_note(page, observation),
            ]
        )
    headers = [page.ui(k) for k in ("period", "figure", "stated_by", "source_col", "note")]
    return table(
        headers,
        rows,
        caption=f"{page.text(fact.label)}: {page.ui('all_reports')}",
        css="fs-observations",
        anchor=f"{fact_anchor(fact.id)}-all",
    )


def fact_block(page: PageContext, fact: Fact, extras: Html = EMPTY) -> Html:
    """A fact's section on its area page: heading, headline figure, note, every observation."""
    headline = fact.shown
    parts = [
        element("h3", None, page.text(fact.label)),
        element("p", {"class": "fs-headline"}, figure(page, fact, headline, compact=len(fact.observations) > 1)),
    ]
    if fact.note:
        parts.append(element("p", {"class": "fs-note"}, page.text(fact.note)))
    if extras:
        parts.append(extras)
    if len(fact.observations) > 1:
        parts.append(observations_table(page, fact))
    else:
        quote = quote_html(page, headline.quote, headline.quote_gloss, headline.source.language)
        if quote:
            parts.append(element("p", {"class": "fs-evidence"}, f"{page.ui('quote')}: ", quote))
    # Each part on a line of its own, as Python-Markdown reads a block of HTML.
    section = {"class": "fs-fact", "id": fact_anchor(fact.id), "data-fact": fact.id}
    return element("section", section, Html("\n"), join("\n", parts), Html("\n"))


def facts_summary_table(page: PageContext, facts: Iterable[Fact]) -> Html:
    rows = []
    for fact in facts:
        headline = fact.shown
        # A disputed figure is never shown alone; its section's table attributes each one.
        differing = differing_values(page, fact, headline, fact_link(page, fact) + "-all")
        figure_cell = value_html(page, fact, headline)
        if differing:
            figure_cell = concat(figure_cell, LINE_BREAK, differing)
        rows.append(
            [
                element("a", {"href": fact_link(page, fact)}, page.text(fact.label)),
                figure_cell,
                period_text(page, headline),
                speaker_text(page, headline.stated_by),
                source_citation(page, headline.source),
            ]
        )
    headers = [page.ui(k) for k in ("fact", "figure", "period", "stated_by", "source_col")]
    return table(headers, rows, css="fs-summary")


def event_date_html(page: PageContext, event: Event) -> Html:
    out = element("time", {"datetime": event.date.first.isoformat()}, format_period(event.date, page.lang))
    if event.planned:
        out = concat(out, " ", element("span", {"class": "fs-planned"}, f"({page.ui('planned')})"))
    return out


def _event_description(page: PageContext, event: Event, compact: bool) -> Html:
    """The title (a link to the event's own entry when `compact`), then its summary, quote and other dates."""
    title: Html | str = page.text(event.title)
    if compact:
        title = element("a", {"href": event_link(page, event)}, title)
    parts: list[Html | str] = [element("strong", {"id": event_anchor(event.id)}, title)]
    if event.summary and not compact:
        parts.append(page.text(event.summary))
    quote = EMPTY if compact else quote_html(page, event.quote, event.quote_gloss, event.source.language)
    if quote:
        parts.append(quote)
    if event.other_dates:
        others = join("; ", (_other_date(page, other) for other in event.other_dates))
        parts.append(element("span", {"class": "fs-differs"}, f"{page.ui('other_dates')}: ", others))
    return join(LINE_BREAK, parts)


def _other_date(page: PageContext, other: OtherDate) -> Html:
    """'12 May 2025 (TASS, 13 May 2025 ↗) and its note': the date another source gives an event."""
    note = f" {page.text(other.note)}" if other.note else ""
    return concat(f"{format_period(other.date, page.lang)} (", source_citation(page, other.source), ")", note)


def event_row(
    page: PageContext,
    event: Event,
    with_area: bool = False,
    areas: Mapping[str, Area] | None = None,
    compact: bool = False,
) -> list[Html]:
    """A table row for an event. `compact` (the timeline): the title leads to the event's entry on its
    own page, which has the summary and quote; the row keeps its date, other dates and sources."""
    compact = compact and page.page_index.event_page(event) != page.path_in_edition
    row = [event_date_html(page, event), _event_description(page, event, compact)]
    if with_area and areas is not None:
        area = areas[event.area]
        row.append(element("a", {"href": area_link(page, area)}, page.text(area.title)))
    row.append(join(", ", (source_citation(page, s) for s in (event.source, *event.also_reported_by))))
    return row


def events_table(
    page: PageContext,
    events: Iterable[Event],
    with_area: bool = False,
    areas: Mapping[str, Area] | None = None,
    css: str = "fs-events",
    compact: bool = False,
) -> Html:
    keys = ["date", "event"] + (["area"] if with_area else []) + ["source_col"]
    rows = [event_row(page, event, with_area, areas, compact) for event in events]
    return table([page.ui(k) for k in keys], rows, css=css)


def downloads_list(page: PageContext, files: Sequence[tuple[str, str, str]], stamp: Any) -> Html:
    """Links to the data files, (href, name, what it holds) each, and the build date and commit they carry."""
    items = (
        element(
            "li",
            None,
            element("a", {"class": "fs-download", "href": href, "download": True}, element("code", None, name)),
            f" — {doc}",
        )
        for href, name, doc in files
    )
    out = element("ul", {"class": "fs-downloads"}, *items)
    if stamp is None:
        return out
    if stamp.commit:
        commit = concat(page.ui("from_commit"), " ", element("code", None, stamp.commit))
    else:
        commit = concat(page.ui("commit_unknown"))
    when = element("time", {"datetime": stamp.date.isoformat()}, format_long_date(stamp.date, page.lang))
    return concat(out, element("p", {"class": "fs-build-stamp"}, f"{page.ui('built')} ", when, ", ", commit, "."))

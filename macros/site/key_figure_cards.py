"""Key-figure cards (the `key_figures` macro): GOV.UK's "key stat" tile, extended with what only this site
needs, whether the sources agree.

A card gives the area (named as the navigation names it) and what the figure measures, linked to its
section; the figure itself, large, with its period, short attribution and source control
(`figures.figure`); the fact block's own status badge (`fact_blocks.fact_status` and `status_badge`:
sources agree, sources differ, single source, target), so a fact says the same wherever it shows, the
range left to the strip where there is one; and, when the sources differ, a range
strip: one marker per report from the lowest value to the highest, shaped by whose statistics it is
or else by the speaker's side (circle Russian, square Kyrgyz, triangle other), the figure shown ringed,
and both ends labelled in text. The strip is drawn as a small SVG with presentation attributes only
(the CSP allows no style attribute) and hidden from screen readers, which read its ends and the badge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import MappingProxyType

from macros.data.model import Area, Fact, Observation
from macros.site.event_lists import area_name
from macros.site.fact_blocks import fact_status, status_badge, status_reports
from macros.site.figures import figure
from macros.site.formatting import format_value
from macros.site.html import EMPTY, Html, PageContext, element, empty_element, fact_link
from macros.site.provenance_text import STATUS_WORDS

STRIP_WIDTH = 300  # the SVG's user units; it is drawn to the card's width
STRIP_HEIGHT = 22
_MARGIN = 12  # room for a marker, and the headline's ring, at either end
_RADIUS = 5
_RING = 8.5
# Whose figure a marker is: by the statistics it rests on where the data says, else by who stated it.
_GROUP_OF_BASIS = MappingProxyType({"russian_official": "russia", "kyrgyz_official": "kyrgyzstan"})


def marker_group(observation: Observation) -> str:
    """'russia', 'kyrgyzstan' or 'other': the statistics a report rests on, else its speaker's side."""
    if observation.basis is not None and observation.basis != "unknown":
        return _GROUP_OF_BASIS.get(observation.basis, "other")
    speaker = observation.stated_by
    return speaker.side if speaker is not None else "other"


def strip_reports(fact: Fact) -> tuple[Observation, ...]:
    """The reports on the strip: those the status weighs (`fact_blocks.status_reports`), every stated
    report for the headline's period, lowest first (a value the editors calculated is no report)."""
    return status_reports(fact)


def _shape(group: str, x: float, y: float, css: str) -> Html:
    """A circle (Russian), a square (Kyrgyz) or a triangle (other) centred on (x, y)."""
    r = _RADIUS
    if group == "russia":
        return empty_element("circle", {"class": css, "cx": f"{x:.1f}", "cy": y, "r": r})
    if group == "kyrgyzstan":
        return empty_element("rect", {"class": css, "x": f"{x - r:.1f}", "y": y - r, "width": 2 * r, "height": 2 * r})
    points = f"{x:.1f},{y - r - 1} {x - r - 1:.1f},{y + r} {x + r + 1:.1f},{y + r}"
    return empty_element("polygon", {"class": css, "points": points})


def range_strip_svg(fact: Fact, reports: Sequence[Observation]) -> Html:
    """The strip itself: a line from the lowest report to the highest, a marker per report (reports
    with the same value side by side, a little apart), the headline ringed."""
    low, high = reports[0].value, reports[-1].value
    span = (high - low) or 1
    usable = STRIP_WIDTH - 2 * _MARGIN
    middle = STRIP_HEIGHT / 2
    parts = [
        empty_element(
            "line", {"class": "fs-strip-axis", "x1": _MARGIN, "y1": middle, "x2": STRIP_WIDTH - _MARGIN, "y2": middle}
        )
    ]
    seen: dict[float, int] = {}
    for report in reports:
        x = _MARGIN + (report.value - low) / span * usable
        repeat = seen[report.value] = seen.get(report.value, -1) + 1
        x += repeat * 2.5 * _RADIUS * (-1 if x > STRIP_WIDTH / 2 else 1)  # same value: set beside, inwards
        group = marker_group(report)
        if report is fact.shown:
            ring = {"class": "fs-strip-ring", "cx": f"{x:.1f}", "cy": middle, "r": _RING, "fill": "none"}
            parts.append(empty_element("circle", ring))
        parts.append(_shape(group, x, middle, f"fs-mark-{group}"))
    box = {
        "class": "fs-strip",
        "viewBox": f"0 0 {STRIP_WIDTH} {STRIP_HEIGHT}",
        "width": STRIP_WIDTH,  # provenance.css draws it to the card's width, keeping its shape
        "height": STRIP_HEIGHT,
        "aria-hidden": "true",
        "focusable": "false",
    }
    return element("svg", box, *parts)


def _end_label(page: PageContext, fact: Fact, report: Observation) -> Html:
    """'$3.2 billion (Kyrgyz statistics)': a strip's end, its value and whose figure it is."""
    value = format_value(report.value, fact.unit, report.qualifier, page.lang)
    known_basis = report.basis is not None and report.basis != "unknown"
    whose = STATUS_WORDS[page.lang][f"end_{report.basis if known_basis else marker_group(report)}"]
    return element("span", None, f"{value} ({whose})")


def range_strip(page: PageContext, fact: Fact) -> Html:
    """The strip with its two ends in text (what a screen reader reads); empty unless the sources differ."""
    reports = strip_reports(fact)
    if len(reports) < 2 or reports[0].value == reports[-1].value:
        return EMPTY
    return element(
        "div",
        {"class": "fs-card-strip"},
        range_strip_svg(fact, reports),
        element(
            "p", {"class": "fs-strip-ends"}, _end_label(page, fact, reports[0]), _end_label(page, fact, reports[-1])
        ),
    )


def key_figure_card(page: PageContext, fact: Fact, area: Area) -> Html:
    """One card: area and label, the figure with its control, the status, the strip."""
    status = fact_status(fact)
    strip = range_strip(page, fact) if status.status == "differ" else EMPTY
    # The fact block's badge, word for word; it leaves the range to the strip's two ends where there is one.
    badge = status_badge(page, fact, status, with_range=not strip)
    return element(
        "li",
        {"class": "fs-card", "data-fact": fact.id, "data-status": status.status, "data-dispute": status.dispute},
        element(
            "p",
            {"class": "fs-card-head"},
            element("span", {"class": "fs-card-area"}, area_name(page, area)),
            " ",
            element("a", {"class": "fs-card-label", "href": fact_link(page, fact)}, page.text(fact.label)),
        ),
        element("p", {"class": "fs-card-figure"}, figure(page, fact, fact.shown)),
        element(
            "p",
            {"class": "fs-card-status"},
            badge,
        ),
        strip,
    )


def key_figure_cards(page: PageContext, facts: Iterable[tuple[Fact, Area]]) -> Html:
    """A card for each fact, with its area, in the order given."""
    return element("ul", {"class": "fs-cards"}, *(key_figure_card(page, fact, area) for fact, area in facts))

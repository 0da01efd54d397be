"""Every figure is one tap from its source (issue 13): one provenance control per figure, a panel that holds
the source's link (or says there is none), who stated the figure and when, opened and closed with the
keyboard, and never an "other report" that repeats the figure within 2%.

The markup is the contract of the redesign: a figure `.fs-value` sits in a `.fs-figure` (inline) or a
`.fs-card` (a key-figure card) holding one `button[popovertarget]`, whose target is a `[popover]` panel.
What the panel must say is checked against the data (macros.data), in the page's language.

A value in a line of evidence (a row of a fact's table of every report, a line of the commitments'
progress) is not a figure in the design's sense: the line itself attributes it (period, who stated it,
the outlet and date). It is one tap from its source too: the line links the original page of one of
its sources, or, where no source of it kept an address, the source's entry on the sources pages.
"""

from __future__ import annotations

import re
from types import MappingProxyType

import pytest
from conftest import ROOT

from macros.data.disagreement import reports_agree
from macros.data.model import Observation
from macros.site.project import load_project

from .conftest import PHONE

pytestmark = pytest.mark.browser

MIN_TARGET_PX = 24  # WCAG 2.5.8, the T12
# The panel's words for a source without an address: PAGE_WORDS["no_address"] in macros/site/text.py.
NO_LINK = MappingProxyType({"en": "no link available", "ru": "ссылки нет"})
# A month and year as the panels write them ("26 Nov 2025", "Nov 2025", "26 нояб. 2025", "мая 2022").
MONTH_AND_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s\d{4}"
    r"|(янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\w*\.?\s\d{4}",
    re.IGNORECASE,
)
# Pages on which the keyboard is tried: the home page's cards, an area page and a chart page.
KEYBOARD_PAGES = ("", "trade/", "turnover/", "ru/", "ru/turnover/")
SHOWN = 15


def language(path: str) -> str:
    return "ru" if path.startswith("ru/") else "en"


@pytest.fixture(scope="module")
def dataset():
    return load_project(ROOT)


@pytest.fixture(scope="module")
def figures(sweep_figures) -> dict[str, list[dict]]:
    """Every figure of every page, with its control and panel, as a phone shows them: {path: [figure, ...]}.

    The session's sweep (sweep.py) loads each page once on a phone for every reader test.
    """
    return sweep_figures


def reported(dataset, figure: dict) -> list[Observation]:
    """The observations a figure can stand for: its fact's, for its period (every one when it gives none)."""
    fact = dataset.facts.get(figure["fact"])
    if fact is None:
        return []
    matching = [o for o in fact.observations if o.period.text == figure["period"]]
    return matching or list(fact.observations)


def source_addresses(dataset, figure: dict) -> tuple[set[str], int]:
    """The addresses of the sources of the reports a value can stand for (same fact, period and value),
    and how many such reports there are."""
    observations = reported(dataset, figure)
    same = [o for o in observations if figure["value"] and float(figure["value"]) == o.value] or observations
    sources = [s for o in same for s in (o.source, *o.also_reported_by, *o.input_sources)]
    return {s.url for s in sources if s.url}, len(same)


def line_problems(dataset, where: str, figure: dict) -> list[str]:
    """A value in a line of evidence: the line links its source's page (or its entry, when it has none)."""
    urls, reports = source_addresses(dataset, figure)
    if not reports:
        return [f"{where}: data-fact and data-period name no report"]
    links = set(figure["lineLinks"])
    if urls and not links & urls:
        return [f"{where}: its {figure['line']} {figure['lineText']!r} links none of {sorted(urls)[:2]}"]
    if not urls and not any("sources" in link for link in links):
        return [f"{where}: no source of it has an address, and its {figure['line']} links no sources entry"]
    return []


def control_problems(dataset, path: str, figure: dict) -> list[str]:
    where = f"/{path} {figure['fact']} {figure['period']} {figure['shown']!r}"
    if not figure["holder"] and figure["line"]:
        return line_problems(dataset, where, figure)
    if figure["controls"] != 1:
        return [f"{where}: {figure['controls']} provenance controls in its {figure['holder'] or 'figure'} (expected 1)"]
    problems = []
    fact = dataset.facts.get(figure["fact"])
    name = figure["name"].casefold()
    if fact is None:
        problems.append(f"{where}: data-fact names no fact")
    elif fact.label[language(path)].casefold() not in name:
        problems.append(
            f"{where}: the control's name {figure['name']!r} lacks the label {fact.label[language(path)]!r}"
        )
    missing_years = [year for year in re.findall(r"\d{4}", figure["period"]) if year not in name]
    if missing_years:
        problems.append(f"{where}: the control's name {figure['name']!r} lacks the period's {missing_years}")
    if not (figure["panelFound"] and figure["panelIsPopover"]):
        problems.append(f"{where}: its control targets #{figure['panelId']}, which is not a [popover] on the page")
    if min(figure["size"]) < MIN_TARGET_PX:
        problems.append(f"{where}: the control is {figure['size'][0]:.0f}x{figure['size'][1]:.0f}px (at least 24x24)")
    return problems


def test_every_figure_has_one_control_named_for_its_fact_and_period(dataset, figures):
    problems = [
        p for path, found in figures.items() for figure in found for p in control_problems(dataset, path, figure)
    ]
    count = sum(len(found) for found in figures.values())
    assert count, "no .fs-value on any page"
    assert not problems, f"{len(problems)} problems in {count} figures:\n" + "\n".join(problems[:SHOWN])


def who_stated(observation: Observation, lang: str) -> list[str]:
    """The names a panel may give for who stated the figure: the speaker, else the publishers."""
    if observation.stated_by is not None:
        return [observation.stated_by.name[lang]]
    sources = (observation.source, *observation.also_reported_by, *observation.input_sources)
    return [name for source in sources for name in (source.publisher, source.publisher_ru) if name]


def date_shown(observation: Observation, text: str) -> bool:
    """The panel gives the source's date as precisely as the data knows it: the year, and the month if known."""
    published = observation.source.published
    if published is None:
        return True  # an undated source: nothing to show
    if str(published.first.year) not in text:
        return False
    return published.precision == "year" or MONTH_AND_YEAR.search(text) is not None


def panel_problems(dataset, path: str, figure: dict) -> list[str]:
    if not figure["panelFound"]:
        return []  # the control's test says so
    where = f"/{path} {figure['fact']} {figure['period']} #{figure['panelId']}"
    lang, text = language(path), figure["panelText"]
    problems = []
    if not figure["panelLinks"] and NO_LINK[lang] not in text:
        problems.append(f"{where}: no http(s) link and no {NO_LINK[lang]!r}")
    observations = reported(dataset, figure)
    names = [name for observation in observations for name in who_stated(observation, lang)]
    if names and not any(name in text for name in names):
        problems.append(f"{where}: none of {sorted(set(names))[:4]} in the panel")
    if not figure["panelTimes"] and not any(date_shown(o, text) for o in observations):
        problems.append(f"{where}: no date of its source (neither a <time> nor the date as precise as the data's)")
    return problems


def test_every_panel_gives_the_source_link_the_speaker_and_a_date(dataset, figures):
    problems = [p for path, found in figures.items() for figure in found for p in panel_problems(dataset, path, figure)]
    assert not problems, f"{len(problems)} panels lack what a reader needs:\n" + "\n".join(problems[:SHOWN])


def test_no_other_report_repeats_the_figure_within_2_percent(figures):
    """Reports that agree with the figure are counted as agreeing ("N reports agree"), never listed as other reports."""
    problems = []
    for path, found in figures.items():
        for figure in found:
            if not figure["value"]:
                continue
            own = (float(figure["value"]), figure["qualifier"] or "exact")
            for other in figure["others"]:
                where = f"/{path} {figure['fact']} {figure['period']}: {figure['shown']!r}"
                if not other["value"]:
                    problems.append(f"{where}: the other report {other['text']!r} carries no data-value to check")
                elif reports_agree(own, (float(other["value"]), other["qualifier"])):
                    problems.append(f"{where} listed beside {other['text']!r}")
    assert not problems, f"{len(problems)} other reports within 2% of their figure:\n" + "\n".join(problems[:SHOWN])


def open_and_close(page, control, key: str) -> list[str]:
    """Open the panel with `key` and close it with Escape; what went wrong, if anything."""
    panel = page.locator(f"#{control.get_attribute('popovertarget')}")
    control.focus()
    page.keyboard.press(key)
    problems = [] if panel.evaluate("p => p.matches(':popover-open')") else [f"{key} did not open the panel"]
    page.keyboard.press("Escape")
    if panel.evaluate("p => p.matches(':popover-open')"):
        problems.append("Escape did not close the panel")
    if not control.evaluate("c => document.activeElement === c"):
        problems.append(f"after {key} and Escape the focus is not on the control")
    return problems


@pytest.mark.parametrize("path", KEYBOARD_PAGES)
def test_a_panel_opens_with_enter_or_space_and_escape_returns_focus(new_tab, site_url, path):
    tab = new_tab(site_url, **PHONE)
    tab.visit(path)
    controls = tab.page.locator("article .fs-figure button[popovertarget], article .fs-card button[popovertarget]")
    assert controls.count(), f"/{path}: no provenance control"
    # The first control, and the first of the other kind (a card's or an inline figure's) if there is one.
    tried = [controls.first]
    if tab.page.locator("article .fs-card button[popovertarget]").count():
        tried.append(tab.page.locator("article .fs-figure button[popovertarget]").first)
    problems = [
        f"/{path} control {index}: {problem}"
        for index, control in enumerate(tried)
        if control.count()
        for key in ("Enter", "Space")
        for problem in open_and_close(tab.page, control, key)
    ]
    assert not problems, "\n".join(problems)

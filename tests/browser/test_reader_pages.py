"""The reader redesign (issue 13), measured as a reader gets the pages: on a phone (390x844) and a desktop (1280x900).

Each page of both editions is loaded once per width by the session's sweep (sweep.py) and measured in one
script (reader_scripts.py); the tests below judge those measurements against the acceptance table of the reader-experience review
(../shared/research/reader-experience.md, 3.12): page heights in screens, facts in the first screen,
nothing that scrolls sideways, no word broken mid-word, chart text of 12 px or more, a time axis that is
linear in time, short inline attribution and no quote shown before a reader asks for it.
"""

from __future__ import annotations

import itertools
from types import MappingProxyType

import pytest

from tests.conftest import ROOT

from .conftest import DESKTOP, PHONE
from .reader_scripts import YEAR_LABELS

pytestmark = pytest.mark.browser

EDITIONS = ("", "ru/")
AREA_SECTION = "Cooperation areas"  # the navigation section whose pages are the areas' (mkdocs.yml)
OVERVIEW_SCREENS, SUB_PAGE_SCREENS = 8, 10  # T2, T3
HOME_SCREENS, TIMELINE_SCREENS = 6, 8  # T1, T4


def area_pages() -> dict[str, int]:
    """Each area's overview page and sub-pages, read from mkdocs.yml's navigation, with their limit:
    a page added to an area is measured without anyone listing it here."""
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader: it knows mkdocs.yml's tags

    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as file:
        nav = yaml_load(file)["nav"]
    areas = next(entry[AREA_SECTION] for entry in nav if isinstance(entry, dict) and AREA_SECTION in entry)
    limits = {}
    for area in areas:
        for index, page in enumerate(next(iter(area.values()))):
            limits[next(iter(page.values())).removesuffix(".md") + "/"] = (
                OVERVIEW_SCREENS if index == 0 else SUB_PAGE_SCREENS
            )
    return limits


# The most screens (document height / 844) each page may take on a phone, by page (T1-T4).
MAX_SCREENS = MappingProxyType({"": HOME_SCREENS, **area_pages(), "timeline/": TIMELINE_SCREENS})
MIN_FACTS_IN_FIRST_SCREEN = 2  # on the home page (T5)
MAX_ATTRIBUTION_WORDS = 4  # per figure (T9)
MAX_ATTRIBUTION_SHARE = 0.05  # of a page's visible words (T8)
MIN_CHART_TEXT_PX = 12  # as rendered at 390 px (T15)
TIME_AXIS_RATIO = 7  # (x2018 - x2011) / (x2023 - x2022) on a linear time axis (T16)
SHOWN = 5  # offenders listed per page in a failure message


@pytest.fixture(scope="module")
def on_phone(sweep_reader) -> dict[str, dict]:
    """Every page measured at 390x844 (touch, mobile viewport), light palette: {path: measurements}."""
    return sweep_reader["light", "phone"]


@pytest.fixture(scope="module")
def on_desktop(sweep_reader) -> dict[str, dict]:
    """Every page measured at 1280x900."""
    return sweep_reader["light", "desktop"]


def listing(items: list[str]) -> str:
    more = f" ... and {len(items) - SHOWN} more" if len(items) > SHOWN else ""
    return "; ".join(items[:SHOWN]) + more


def test_pages_fit_their_number_of_phone_screens(on_phone):
    heights, problems = [], []
    for edition, (page, limit) in itertools.product(EDITIONS, MAX_SCREENS.items()):
        path = edition + page
        assert path in on_phone, f"/{path}: no such page in the build"
        screens = on_phone[path]["height"] / on_phone[path]["viewport"]
        heights.append(f"/{path} {screens:.1f}")
        if screens > limit:
            problems.append(f"/{path}: {screens:.1f} screens (at most {limit})")
    assert not problems, "\n".join(problems) + "\nall heights at 390x844: " + ", ".join(heights)


def test_the_home_page_shows_two_whole_facts_in_the_first_phone_screen(on_phone):
    for path in EDITIONS:
        measured = on_phone[path]
        first_screen = {v["fact"] for v in measured["values"] if v["top"] >= 0 and v["bottom"] <= measured["viewport"]}
        assert len(first_screen) >= MIN_FACTS_IN_FIRST_SCREEN, (
            f"/{path}: {len(first_screen)} facts wholly in the first {measured['viewport']}px "
            f"({sorted(first_screen)}); first values at "
            f"{[round(v['top']) for v in measured['values'][:4]]}px"
        )


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_nothing_scrolls_sideways(width, on_phone, on_desktop):
    measured = on_phone if width == "phone" else on_desktop
    problems = [
        f"/{path}: {listing(m['sideways'])}"
        + (f"; sticking out: {', '.join(m['sticking_out'])}" if m["sticking_out"] else "")
        for path, m in measured.items()
        if m["sideways"]
    ]
    total = sum(len(m["sideways"]) for m in measured.values())
    assert not problems, f"{total} elements scroll sideways ({width}):\n" + "\n".join(problems)


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_no_word_is_broken_mid_word(width, on_phone, on_desktop):
    measured = on_phone if width == "phone" else on_desktop
    problems = [f"/{path} ({len(m['breaks'])}): {listing(m['breaks'])}" for path, m in measured.items() if m["breaks"]]
    total = sum(len(m["breaks"]) for m in measured.values())
    assert not problems, f"{total} words broken mid-word ({width}):\n" + "\n".join(problems)


def test_chart_text_is_12px_or_more_on_a_phone(on_phone):
    problems = []
    for path, measured in on_phone.items():
        small = [t for t in measured["chartTexts"] if t["px"] < MIN_CHART_TEXT_PX - 0.01]
        if small:
            worst = min(small, key=lambda t: t["px"])
            problems.append(
                f"/{path}: {len(small)} chart texts under {MIN_CHART_TEXT_PX}px, "
                f"{worst['text']!r} in {worst['chart']} at {worst['px']:.1f}px"
            )
    assert any(m["chartTexts"] for m in on_phone.values()), "no chart text measured on any page"
    assert not problems, "\n".join(problems)


def x_of_year(labels: list[dict], year: float) -> float:
    """The x of `year` on the drawn axis: between the two nearest labelled years, or beyond the outermost two."""
    labels = sorted(labels, key=lambda label: label["year"])
    low, high = next(
        ((a, b) for a, b in itertools.pairwise(labels) if year <= b["year"]),
        (labels[-2], labels[-1]),
    )
    return low["x"] + (year - low["year"]) * (high["x"] - low["x"]) / (high["year"] - low["year"])


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_turnover_chart_s_time_axis_is_linear_in_time(new_tab, site_url, viewport):
    """Seven years from 2011 to 2018 take seven times the width of the one from 2022 to 2023."""
    tab = new_tab(site_url, **viewport)
    for path in ("turnover/", "ru/turnover/"):
        tab.visit(path)
        labels = tab.page.locator('figure.fs-chart[data-chart="trade.turnover"]').first.evaluate(YEAR_LABELS)
        assert len(labels) >= 2, f"/{path}: {len(labels)} year labels on the turnover chart"
        ratio = (x_of_year(labels, 2018) - x_of_year(labels, 2011)) / (
            x_of_year(labels, 2023) - x_of_year(labels, 2022)
        )
        assert ratio == pytest.approx(TIME_AXIS_RATIO, abs=0.1), f"/{path}: ratio {ratio:.2f}; year labels {labels}"


def test_inline_attribution_is_short(on_phone):
    long_ones, heavy_pages = [], []
    for path, measured in on_phone.items():
        long_ones += [f"/{path}: {a['text']!r}" for a in measured["attributions"] if a["words"] > MAX_ATTRIBUTION_WORDS]
        share = sum(a["words"] for a in measured["attributions"]) / max(measured["words"], 1)
        if share > MAX_ATTRIBUTION_SHARE:
            heavy_pages.append(f"/{path}: {share:.0%} of {measured['words']} words")
    assert not long_ones, f"{len(long_ones)} attributions over {MAX_ATTRIBUTION_WORDS} words:\n" + "\n".join(
        long_ones[:20]
    )
    assert not heavy_pages, "inline attribution over 5% of the page's words:\n" + "\n".join(heavy_pages)


def test_no_quote_is_visible_on_load(on_phone):
    reader_pages = [edition + page for edition, page in itertools.product(EDITIONS, MAX_SCREENS)]
    problems = [
        f"/{path} ({len(on_phone[path]['quotes'])}): {listing(on_phone[path]['quotes'])}"
        for path in reader_pages
        if on_phone[path]["quotes"]
    ]
    assert not problems, "quotes shown before a reader asks for them:\n" + "\n".join(problems)

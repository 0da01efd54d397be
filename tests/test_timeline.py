"""The timeline and the events lists as a reader gets them: years as headings, a choice of area that
needs no script, one line per event that opens to its details, "Planned" and "Date disputed" badges,
and the areas named as the navigation names them. Real data; the last test reads the built site.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, read_page

from macros.site import event_lists, timeline
from macros.site.fact_block_text import AREA_NAMES, EVENT_WORDS
from macros.site.html import PageContext
from macros.site.project import load_project

EN = PageContext(lang="en", url="timeline/")
RU = PageContext(lang="ru", url="ru/timeline/", language_prefix="ru/")
NAVIGATION = {
    "en": ["Trade and economy", "Education", "Migration", "Security", "Diplomacy"],
    "ru": ["Торговля и экономика", "Образование", "Миграция", "Безопасность", "Дипломатия"],
}


@pytest.fixture(scope="module")
def real():
    return load_project(ROOT)


def the_timeline(real, page: PageContext) -> str:
    return str(timeline.timeline(page, real.timeline(), real.areas))


@pytest.mark.parametrize("page", [EN, RU], ids=["en", "ru"])
def test_the_timeline_is_grouped_by_year_oldest_first(real, page):
    out = the_timeline(real, page)
    years = [int(y) for y in re.findall(r'<h3 id="year-(\d{4})">\1</h3>', out)]
    assert years == sorted({event.date.first.year for event in real.timeline()})
    assert len(re.findall(r"<li data-area=", out)) == len(real.timeline())


@pytest.mark.parametrize("page", [EN, RU], ids=["en", "ru"])
def test_the_area_filter_is_radio_buttons_named_as_the_navigation(real, page):
    out = the_timeline(real, page)
    fieldset = re.search(r'<fieldset class="fs-area-filter">.*?</fieldset>', out, re.S).group(0)
    assert f"<legend>{EVENT_WORDS[page.lang]['filter']}</legend>" in fieldset
    values = re.findall(
        r'<input type="radio" class="fs-chip-input" name="fs-timeline-area" id="([^"]+)" value="(\w+)"', fieldset
    )
    assert [v for _, v in values] == ["all", *real.areas]
    labels = re.findall(r'<label class="fs-chip" for="([^"]+)" data-area="\w+">([^<]+)</label>', fieldset)
    assert [i for i, _ in labels] == [i for i, _ in values]
    assert sorted(name for _, name in labels[1:]) == sorted(NAVIGATION[page.lang])
    assert 'value="all" checked' in fieldset
    assert "<script" not in out


def test_every_area_of_the_data_has_its_navigation_name(real):
    for lang in ("en", "ru"):
        assert set(AREA_NAMES[lang]) == set(real.areas)
        assert sorted(AREA_NAMES[lang].values()) == sorted(NAVIGATION[lang])


def test_a_row_is_one_line_that_opens_to_its_details(real):
    event = real.events["diplomacy.state_visit"] if "diplomacy.state_visit" in real.events else real.timeline()[-1]
    row = str(event_lists.event_item(EN, event, real.areas[event.area], with_year=False))
    assert re.match(r'<li data-area="\w+"><details><summary><time datetime="[\d-]+">[^<]+</time> <span>', row)
    # The summary gives the date; the details open to the description and sources, not the date again.
    assert row.count("<time") == 1
    assert "</summary><div><p>" in row
    assert "fs-quote" not in row  # away from the event's own page, the quote is one link further
    assert "Full entry" in row


def test_planned_and_disputed_dates_have_badges(real):
    planned = next(e for e in real.timeline() if e.planned)
    disputed = next(e for e in real.timeline() if e.other_dates)
    assert '<span class="fs-badge" data-badge="planned">Planned</span>' in str(event_lists.event_item(EN, planned))
    out = str(event_lists.event_item(EN, disputed))
    assert '<span class="fs-badge" data-badge="disputed">Date disputed</span>' in out
    assert "Other sources give" in out.split("</summary>")[1]
    assert ".;" not in out  # each note's full stop gives way to the semicolon that joins the other dates


def test_an_area_page_list_carries_the_anchors_and_the_quotes(real):
    area = real.areas["diplomacy"]
    page = PageContext(lang="en", url=real.page_index.area_page(area), page_index=real.page_index)
    events = sorted(area.events.values(), key=lambda e: (e.date.first, e.id))
    out = str(event_lists.events_list(page, events))
    at_home = [e for e in events if page.page_index.event_page(e) == page.path_in_edition]
    assert at_home
    assert "fs-quote" in out or not any(e.quote for e in at_home)
    for event in at_home:
        assert f'id="event-{event.id.replace(".", "-").replace("_", "-")}"' in out


@pytest.mark.build
@pytest.mark.parametrize("url", ["timeline/", "ru/timeline/"])
def test_the_built_timeline_has_years_a_filter_and_rows(built_site, url):
    page = read_page(built_site, url)
    assert '<fieldset class="fs-area-filter">' in page
    assert len(re.findall(r'<h3 id="year-\d{4}">', page)) >= 10
    assert "<table" not in re.search(r"<article.*?</article>", page, re.S).group(0)

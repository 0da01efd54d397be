"""Key-figure cards as a reader sees them: area and label, the figure with its one control, a status
badge, and for sources that differ a range strip with one marker per report, shaped by side or
statistics, the figure shown ringed and both ends named in text."""

from __future__ import annotations

import re

import pytest

from macros.data.load import load_dataset
from macros.site.fact_blocks import fact_status, status_badge
from macros.site.html import PageContext
from macros.site.key_figure_cards import key_figure_cards, marker_group, strip_reports
from tests.conftest import ROOT

STATUSES = {"agree", "differ", "measure", "single", "target"}
SHAPE_OF_GROUP = {"russia": "circle", "kyrgyzstan": "rect", "other": "polygon"}


@pytest.fixture(scope="module")
def dataset():
    data, problems = load_dataset(ROOT)
    assert data is not None, problems
    return data


def cards_html(dataset, lang: str, *fact_ids: str) -> str:
    page = PageContext(lang=lang, url="" if lang == "en" else "ru/", language_prefix="" if lang == "en" else "ru/")
    facts = [dataset.facts[fact_id] for fact_id in fact_ids]
    return str(key_figure_cards(page, ((fact, dataset.areas[fact.area]) for fact in facts)))


def cards_of(html: str) -> list[str]:
    return re.findall(r'<li class="fs-card".*?</li>(?=<li class="fs-card"|</ul>$)', html, re.S)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_card_has_a_known_status_and_one_control(dataset, lang):
    html = cards_html(dataset, lang, *dataset.facts)
    cards = cards_of(html)
    assert len(cards) == len(dataset.facts)
    for card in cards:
        status = re.search(r'data-status="([a-z]+)"', card).group(1)
        assert status in STATUSES
        assert card.count('class="fs-prov"') == 1
        assert card.count('class="fs-value"') == 1


def test_a_card_names_the_area_as_the_navigation_does(dataset):
    html = cards_html(dataset, "en", "trade.turnover", "security.base_rent")
    assert '<span class="fs-card-area">Trade and economy</span>' in html
    assert '<span class="fs-card-area">Security</span>' in html


def test_sources_that_differ_within_two_percent_are_never_differ(dataset):
    for fact in dataset.facts.values():
        card = cards_html(dataset, "en", fact.id)
        if 'data-status="differ"' in card:
            values = [o.value for o in fact.for_period(fact.shown.period.text)]
            assert max(values) - min(values) > 0.02 * max(abs(v) for v in values), fact.id


def test_the_range_strip_has_a_marker_per_report_shaped_by_side_and_the_headline_ringed(dataset):
    fact = dataset.facts["trade.turnover"]
    card = cards_html(dataset, "en", fact.id)
    assert 'data-status="differ"' in card
    svg = re.search(r"<svg.*?</svg>", card, re.S).group(0)
    assert 'aria-hidden="true"' in svg
    assert "style=" not in svg
    reports = strip_reports(fact)
    marks = re.findall(r'<(circle|rect|polygon) class="fs-mark-([a-z]+)"', svg)
    assert len(marks) == len(reports)
    assert sorted(marks) == sorted((SHAPE_OF_GROUP[marker_group(o)], marker_group(o)) for o in reports)
    assert svg.count('class="fs-strip-ring"') == 1
    ends = re.search(r'<p class="fs-strip-ends"><span>(.*?)</span><span>(.*?)</span>', card)
    assert tuple(end.replace("\xa0", " ") for end in ends.groups()) == (
        "$3.2 billion (Kyrgyz statistics)",
        "$4.1 billion (Russian side)",
    )


def test_a_single_source_card_has_no_strip(dataset):
    single = next(f for f in dataset.facts.values() if len(f.observations) == 1 and not f.planned)
    card = cards_html(dataset, "en", single.id)
    assert 'data-status="single"' in card
    assert "<svg" not in card


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_cards_badge_is_its_fact_blocks_badge(dataset, lang):
    """One badge for a fact wherever it shows: the card's says what the block's says (a headline known only
    from copies says so), leaving the range to the strip where there is one."""
    page = PageContext(lang=lang, url="" if lang == "en" else "ru/", language_prefix="" if lang == "en" else "ru/")
    for fact in dataset.facts.values():
        status = fact_status(fact)
        card = cards_html(dataset, lang, fact.id)
        badge = str(status_badge(page, fact, status, with_range="<svg" not in card))
        assert badge in card, fact.id


def test_a_calculated_value_makes_no_card_say_sources_differ(dataset):
    card = cards_html(dataset, "en", "trade.debt_writeoff_effect_on_debt_ratio")
    assert 'data-status="differ"' not in card
    assert "<svg" not in card

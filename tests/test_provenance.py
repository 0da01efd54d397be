"""A figure as a reader meets it: the number, its period, at most four words of attribution and one source
control; the panel that control opens, in the agreed order; the numbered sources at the end of each
section; and the same on the built site."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from macros.data.disagreement import reports_agree
from macros.data.load import load_dataset
from macros.site.event_dates import event_date_in_sentence
from macros.site.figures import differing_values, figure
from macros.site.footnotes import with_notes
from macros.site.html import PageContext
from macros.site.provenance import SHORT_WORDS, short_attribution
from tests.conftest import ROOT, read_page

LANGS = ("en", "ru")


@pytest.fixture(scope="module")
def dataset():
    data, problems = load_dataset(ROOT)
    assert data is not None, problems
    return data


def page_in(lang: str) -> PageContext:
    return PageContext(
        lang=lang, url="trade/" if lang == "en" else "ru/trade/", language_prefix="" if lang == "en" else "ru/"
    )


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def panel_of(html: str, panel_id: str) -> str:
    match = re.search(rf'<div popover id="{re.escape(panel_id)}".*?</div>(?=<div popover|</div>$)', html, re.S)
    assert match, f"no panel {panel_id}"
    return match.group(0)


@pytest.mark.parametrize("lang", LANGS)
def test_a_figure_has_one_control_named_for_its_label_period_and_reports(dataset, lang):
    page = page_in(lang)
    fact = dataset.facts["trade.turnover"]
    html = str(figure(page, fact, fact.shown))
    assert html.count('<button type="button" class="fs-prov"') == 1
    reports = len(fact.for_period("2024"))
    name = re.search(r'aria-label="([^"]+)"', html).group(1)
    expected = {
        "en": f"Sources for Bilateral trade turnover, 2024: {reports} reports",
        "ru": f"Источники: {fact.label['ru']}, 2024; сообщений: {reports}",
    }
    assert name == expected[lang]
    assert 'popovertarget="src-trade-turnover-2024"' in html
    assert '<a class="fs-fnref" href="#fn-1">[1]</a>' in html
    assert "according to Putin" in html if lang == "en" else "(Путин)" in html


@pytest.mark.parametrize("lang", LANGS)
def test_every_short_attribution_has_at_most_four_words(dataset, lang):
    page = page_in(lang)
    for fact in dataset.facts.values():
        for observation in fact.observations:
            words = text_of(str(short_attribution(page, observation))).split()
            assert len(words) <= SHORT_WORDS, (fact.id, words)


def test_every_speaker_has_a_short_name_of_at_most_two_english_words(dataset):
    for speaker in dataset.speakers.values():
        assert speaker.short, speaker.id
        assert len(speaker.short["en"].split()) <= 2, speaker.id
        assert speaker.short["ru"], speaker.id


def test_a_calculated_value_is_attributed_as_calculated(dataset):
    fact = dataset.facts["trade.debt_writeoff_effect_on_debt_ratio"]
    derived = next(o for o in fact.observations if o.derived is not None)
    assert text_of(str(short_attribution(page_in("en"), derived))) == "calculated"
    assert text_of(str(short_attribution(page_in("ru"), derived))) == "(расчёт)"


def rendered_page(dataset, lang: str, *fact_ids: str) -> tuple[str, PageContext]:
    """A page with an intro figure, then one H2 section per fact, each with its headline figure."""
    page = page_in(lang)
    first = dataset.facts[fact_ids[0]]
    parts = ["# Title\n\nIntro " + str(figure(page, first, first.shown))]
    for fact_id in fact_ids[1:]:
        fact = dataset.facts[fact_id]
        parts.append(f"## {fact_id}\n\nText {figure(page, fact, fact.shown)}\n")
    return with_notes("\n\n".join(parts), page.notes), page


def test_each_sections_sources_and_panels_come_at_its_end(dataset):
    markdown, _ = rendered_page(dataset, "en", "trade.turnover", "trade.national_currency_share", "trade.turnover")
    sections = re.split(r"^## ", markdown, flags=re.M)
    assert '<li id="fn-1"' in sections[0]
    assert '<div popover id="src-trade-turnover-2024"' in sections[0]
    assert '<li id="fn-2"' in sections[1]
    assert 'id="src-trade-national-currency-share-2025"' in sections[1]
    # The figure shown again later keeps its number and its panel, written once.
    assert '<li id="fn-' not in sections[2]
    assert 'href="#fn-1"' in sections[2]
    assert markdown.count('id="src-trade-turnover-2024"') == 1
    ids = re.findall(r' id="([^"]+)"', markdown)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lang", LANGS)
def test_the_panel_gives_value_period_speaker_outlet_and_date_in_that_order(dataset, lang):
    markdown, _ = rendered_page(dataset, lang, "trade.turnover")
    panel = text_of(panel_of(markdown.strip(), "src-trade-turnover-2024"))
    fact = dataset.facts["trade.turnover"]
    expected = {
        "en": ["$4.1 billion", "2024", "Vladimir Putin, President of Russia", "Russian side", "TRT World, 26 Nov 2025"],
        "ru": ["4,1 млрд долларов", "2024", "Владимир Путин, президент России", "российская сторона", "TRT World"],
    }[lang]
    positions = [panel.index(item) for item in expected]
    assert positions == sorted(positions), panel
    assert 'href="https://www.trtworld.com/' in panel_of(markdown.strip(), "src-trade-turnover-2024")
    assert fact.shown.quote
    assert "<details>" in panel_of(markdown.strip(), "src-trade-turnover-2024")


def test_a_source_without_an_address_says_no_link_available(dataset):
    for fact in dataset.facts.values():
        if fact.shown.source.url is None and fact.shown.derived is None:
            markdown, _ = rendered_page(dataset, "en", fact.id)
            assert "no link available" in markdown
            return
    pytest.skip("every headline source has an address")


def test_no_agreeing_or_calculated_report_is_listed_among_other_reports(dataset):
    page = page_in("en")
    for fact in dataset.facts.values():
        for observation in fact.observations:
            if observation.period.is_undated:
                continue
            markdown = with_notes(f"# T\n\n{figure(page, fact, observation)}", page.notes)
            others = re.search(r'<ul class="fs-prov-others">(.*?)</ul>', markdown)
            listed = (
                re.findall(r'<li data-value="([^"]+)" data-qualifier="([^"]+)">', others.group(1)) if others else []
            )
            expected = [o for o in fact.differing_reports(observation) if o.derived is None]
            assert len(listed) == len(expected), (fact.id, observation.period.text)
            own = (observation.value, observation.qualifier)
            for value, qualifier in listed:  # each line carries its value, and none agrees with the figure
                assert not reports_agree(own, (float(value), qualifier)), (fact.id, value)
            agree = re.search(r'<ul class="fs-prov-agree">(.*?)</ul>', markdown)
            said_to_agree = len(re.findall(r"<li ", agree.group(1))) if agree else 0
            assert said_to_agree == len([o for o in fact.agreeing_reports(observation) if o.derived is None])
            page = page_in("en")  # a fresh page each time: one figure, one note


def test_the_panel_lists_reports_that_agree_as_agreeing_not_as_other_reports(dataset):
    fact = dataset.facts["trade.turnover"]
    markdown, _ = rendered_page(dataset, "en", "trade.turnover")
    panel = panel_of(markdown.strip(), "src-trade-turnover-2024")
    agree = re.search(r'<ul class="fs-prov-agree">(.*?)</ul>', panel).group(1)
    others = re.search(r'<ul class="fs-prov-others">(.*?)</ul>', panel).group(1)
    for report in fact.agreeing_reports(fact.shown):
        assert report.source.url in agree
        assert report.source.url not in others


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_a_panel_links_is_in_the_sections_footnotes(dataset, lang):
    markdown, _ = rendered_page(
        dataset, lang, "trade.turnover", "trade.national_currency_share", "trade.turnover_growth"
    )
    for section in re.split(r"^## ", markdown, flags=re.M):
        panels = "".join(re.findall(r"<div popover.*?</div>(?=<div popover|</div>)", section, re.S))
        footnotes = re.search(r'<ol class="fs-footnotes">(.*?)</ol>', section, re.S).group(1)
        linked = set(re.findall(r'href="(https?://[^"]+)"', panels))
        assert linked, section[:80]
        assert linked <= set(re.findall(r'href="(https?://[^"]+)"', footnotes))


def test_the_panel_links_the_figures_citation_in_its_section(dataset):
    markdown, _ = rendered_page(dataset, "en", "trade.turnover")
    panel = panel_of(markdown.strip(), "src-trade-turnover-2024")
    assert re.search(r'<a href="[^"]*#fact-trade-turnover-cite">Cite this figure</a>', panel.replace("&#35;", "#"))


def test_the_russian_panel_names_outlets_in_russian_with_full_month_names(dataset):
    markdown, _ = rendered_page(dataset, "ru", "trade.turnover")
    panel = text_of(panel_of(markdown.strip(), "src-trade-turnover-2024"))
    assert "«Интерфакс» в изложении" in panel
    assert "Interfax" not in panel
    assert "26\xa0ноября\xa02025," in panel or "26 ноября 2025," in panel
    assert not re.search(r"\b(янв|февр?|сент?|окт|нояб|дек)\.", panel)


@pytest.mark.parametrize("lang", LANGS)
def test_an_event_date_in_a_sentence_is_attributed_in_four_words_with_one_control(dataset, lang):
    page = page_in(lang)
    event = dataset.events["diplomacy.putin_state_visit_2025"]
    html = str(event_date_in_sentence(page, event))
    assert html.count('class="fs-prov"') == 1
    assert 'href="#fn-1"' in html
    attribution = text_of(re.search(r'<span class="fs-meta">(.*?)</span>', html).group(1))
    assert len(attribution.split()) <= SHORT_WORDS
    assert "↗" not in html
    markdown = with_notes(f"# T\n\nOn {html}.", page.notes)
    footnotes = re.search(r'<ol class="fs-footnotes">(.*?)</ol>', markdown, re.S).group(1)
    for source in (event.source, *event.also_reported_by):
        assert source.url is None or source.url in footnotes


def test_differing_values_leave_out_calculated_values(dataset):
    fact = dataset.facts["trade.debt_writeoff_effect_on_debt_ratio"]
    stated = next(o for o in fact.observations if o.derived is None and o.period.text == "2017")
    assert "−4.6" not in str(differing_values(page_in("en"), fact, stated, "#t"))


class _Figures(HTMLParser):
    """Counts, per `.fs-figure` (a figure or an event's date), its source controls and notes their panels'
    ids and names."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.figures: list[list[dict[str, str]]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        if "id" in attributes:
            self.ids.add(attributes["id"])
        # A figure, or an event's date in a sentence, which has a control of its own too.
        if tag == "span" and attributes.get("class") == "fs-figure" and {"data-fact", "data-event"} & set(attributes):
            self.figures.append([])
        if tag == "button" and attributes.get("class") == "fs-prov":
            self.figures[-1].append(attributes)


@pytest.mark.build
@pytest.mark.parametrize("url", ["", "trade", "turnover", "migration", "ru", "ru/trade"])
def test_every_figure_on_the_built_site_has_one_control_with_its_panel_and_footnote(built_site: Path, url):
    html = read_page(built_site, url)
    parser = _Figures()
    parser.feed(html)
    assert parser.figures, url
    for controls in parser.figures:
        assert len(controls) == 1
        control = controls[0]
        assert control["popovertarget"] in parser.ids
        assert re.search(r"(reports?|сообщений: )\s*\d+|\d+ reports?$", control["aria-label"])
    for number in re.findall(r'class="fs-fnref" href="#fn-(\d+)"', html):
        assert f'id="fn-{number}"' in html
    assert '<ol class="fs-footnotes">' in html

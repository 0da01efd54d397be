"""What a reader sees of a fact: its block (label, headline, status, note clamped with "Read more"), the
views Chart / Table / Sources / Download that work without JavaScript, the tables (caption, scope,
stacked on a phone), "where the sources disagree", and each fact's own files. Real data; the last tests
read the built site.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from conftest import ROOT, read_page

from macros.site import disagreements, fact_blocks, fact_downloads, fact_views, observation_tables
from macros.site.chart_series import has_chart
from macros.site.charts import ChartMaker
from macros.site.fact_block_text import FACT_BLOCK_WORDS
from macros.site.html import PageContext, table
from macros.site.project import load_project

EN = PageContext(lang="en", url="trade/")
RU = PageContext(lang="ru", url="ru/trade/", language_prefix="ru/")


@pytest.fixture(scope="module")
def real():
    return load_project(ROOT)


def block(real, fact_id: str, page: PageContext = EN) -> str:
    fact = real.facts[fact_id]
    chart = ChartMaker(real.events).figure(page, fact) if has_chart(fact) else ""
    return str(fact_blocks.fact_block(page, fact, chart=chart))


class Tables(HTMLParser):
    """Every <table>: whether it has a caption, and the scope of each of its header cells."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": False, "scopes": [], "class": dict(attrs).get("class", "")})
        elif tag == "caption" and self.tables:
            self.tables[-1]["caption"] = True
        elif tag == "th" and self.tables:
            self.tables[-1]["scopes"].append(dict(attrs).get("scope"))


def tables_of(markup: str) -> list[dict]:
    parser = Tables()
    parser.feed(markup)
    return parser.tables


def test_a_series_has_four_views_that_need_no_script(real):
    out = block(real, "trade.turnover")
    views = re.findall(r'<div class="fs-view" data-view="(\w+)">', out)
    assert views == ["chart", "table", "sources", "download"]
    radios = re.findall(r'<label><input type="radio" name="(v\w+)" value="(\w+)"( checked)?/>([^<]+)</label>', out)
    assert [value for _, value, _, _ in radios] == views
    assert len({name for name, *_ in radios}) == 1
    assert [checked for _, _, checked, _ in radios] == [" checked", "", "", ""]  # the chart shows on load
    assert [label for *_, label in radios] == ["Chart", "Table", "Sources", "Download"]
    assert 'role="radiogroup" aria-label="Views of Bilateral trade turnover"' in out
    assert "<script" not in out


def test_a_fact_that_is_no_series_has_no_chart_view(real):
    fact = next(f for f in real.facts.values() if not has_chart(f) and len(f.observations) > 1)
    out = block(real, fact.id)
    assert re.findall(r'data-view="(\w+)"', out) == ["table", "sources", "download"]
    assert "fs-chart" not in out


def test_the_block_says_its_status(real):
    out = block(real, "trade.turnover")
    status = fact_blocks.fact_status(real.facts["trade.turnover"])
    assert re.search(
        rf'<section class="fs-fact" id="fact-trade-turnover" data-fact="[^"]+" data-status="{status.status}"', out
    )
    assert f'<span class="fs-status" data-status="{status.status}">' in out
    for fact in real.facts.values():
        status = fact_blocks.fact_status(fact)
        assert status.status in {"agree", "differ", "measure", "single", "target"}
        reports = () if fact.shown.period.is_undated else fact.for_period(fact.shown.period.text)
        stated = [o for o in reports if o.derived is None or o is fact.shown]
        assert (status.dispute is not None) == (len(stated) > 1), fact.id
        if fact.planned:
            assert status.status == "target"


def test_a_calculated_value_is_no_report_that_differs(real):
    # -3.8 stated by 24.kg, and -4.6 the editors calculated from Interfax's two ratios: one report.
    fact = real.facts["trade.debt_writeoff_effect_on_debt_ratio"]
    assert any(o.derived is not None for o in fact.for_period(fact.shown.period.text))
    assert fact_blocks.fact_status(fact) == fact_blocks.FactStatus("single", None)
    assert '<span class="fs-status" data-status="single">Single source</span>' in block(real, fact.id)
    assert fact.id not in str(disagreements.disagreements_list(EN, real.facts.values()))


def test_a_headline_known_only_from_a_copy_says_so_in_both_editions(real):
    fact = real.facts["diplomacy.russian_regions_in_cooperation"]
    assert fact.shown.only_from_copies
    for page, marker in ((EN, "known only from a copy"), (RU, "известно только по перепечатке")):
        headline = re.search(r'<p class="fs-headline">.*?</p>', block(real, fact.id, page)).group(0)
        assert re.search(
            rf'<span class="fs-status" [^>]+>[^<]+ · <span class="fs-copy-only">{marker}</span></span>', headline
        )
    assert "fs-copy-only" not in re.search(r'<p class="fs-headline">.*?</p>', block(real, "trade.turnover")).group(0)


def test_sources_that_differ_give_their_range(real):
    fact = next(f for f in real.facts.values() if fact_blocks.fact_status(f).status == "differ" and not f.planned)
    badge = str(fact_blocks.status_badge(EN, fact, fact_blocks.fact_status(fact)))
    assert re.search(r">Sources differ: .+ to .+</span>$", badge)
    short = str(fact_blocks.status_badge(RU, fact, fact_blocks.fact_status(fact), with_range=False))
    assert short.endswith('data-status="differ">Источники расходятся</span>')


def test_a_long_note_is_clamped_with_a_read_more_that_needs_no_script(real):
    fact = next(f for f in real.facts.values() if f.note and len(f.note["en"]) > fact_blocks.CLAMPED_NOTE_CHARACTERS)
    out = str(fact_blocks.clamped_note(EN, fact))
    switch = re.search(r'<input type="checkbox" class="fs-more-input" id="([^"]+)"/>', out).group(1)
    assert '<p class="fs-note fs-clamped">' in out
    assert f'<label class="fs-more" for="{switch}">Read more</label>' in out
    short = next(f for f in real.facts.values() if f.note and len(f.note["en"]) <= fact_blocks.CLAMPED_NOTE_CHARACTERS)
    assert "fs-more" not in str(fact_blocks.clamped_note(EN, short))


def test_the_sources_view_is_a_key_data_list(real):
    out = str(fact_views.sources_view(EN, real.facts["trade.turnover"], charted=True))
    terms = re.findall(r"<dt>([^<]+)</dt>", out)
    assert terms == ["Sources", "Stated by", "Period covered", "Unit", "Reports", "About this chart"]
    assert "2011 – 2025" in out or "2011" in out


def test_the_download_view_links_the_fact_own_files(real):
    out = str(fact_views.download_view(EN, real.facts["trade.turnover"], charted=True))
    hrefs = re.findall(r'href="([^"]+)" download', out)
    assert [html.unescape(h) for h in hrefs] == [
        "../data/facts/trade.turnover.csv",
        "../data/facts/trade.turnover.json",
        "../data/charts/trade.turnover.svg",
    ]


def test_every_table_has_a_caption_and_scoped_headers(real):
    area = real.areas["trade"]
    markups = [
        observation_tables.observations_table(EN, real.facts["trade.turnover"]),
        observation_tables.facts_summary_table(RU, area.facts.values(), "Торговля и экономика"),
    ]
    for found in (t for markup in markups for t in tables_of(str(markup))):
        assert found["caption"], found
        assert found["scopes"], found
        assert all(scope == "col" for scope in found["scopes"]), found
        assert "fs-table" in found["class"].split()


def test_a_stacked_table_is_a_plain_table_that_marks_its_figures():
    # No ARIA roles: the Nu HTML Checker rejects role="row" and role="cell" inside a <table>.
    out = str(table(["Period", "Figure"], [["2024", "$4.1 billion"]], caption="c", numeric=(1,), stacked=True))
    assert '<table class="fs-table fs-stacked">' in out
    assert '<tbody><tr><td>2024</td><td class="fs-num">$4.1 billion</td></tr></tbody>' in out
    assert "role=" not in out
    assert '<th scope="col" class="fs-num">Figure</th>' in out


def test_notes_and_quotes_of_a_row_are_folded(real):
    out = str(observation_tables.observations_table(EN, real.facts["trade.turnover"]))
    rows = re.findall(r"<tr><td.*?</tr>", out, re.S)
    assert rows
    assert any('<q class="fs-quote"' in row for row in rows)
    for row in rows:
        for quote in re.finditer(r'<q class="fs-quote"', row):
            assert row.rfind("<details", 0, quote.start()) > row.rfind("</details>", 0, quote.start()), row


def test_where_the_sources_disagree_is_at_most_three_lines_widest_first(real):
    out = str(disagreements.disagreements_list(EN, real.areas["trade"].facts.values()))
    lines = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', out)
    assert 1 <= len(lines) <= disagreements.MOST_LINES
    assert all(text.endswith("→") and " to " in text for _, text in lines)
    assert all(href.startswith(("#fact-", "../")) or "#fact-" in html.unescape(href) for href, _ in lines)


def test_chart_files_are_standalone_svg(real):
    files = fact_downloads.chart_files(real, "ru")
    assert fact_downloads.chart_file("trade.turnover") in files
    assert set(files) == {fact_downloads.chart_file(f.id) for f in real.facts.values() if has_chart(f)}
    text = files[fact_downloads.chart_file("trade.turnover")]
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')
    assert "<style>" in text


def test_the_words_exist_in_both_languages():
    assert set(FACT_BLOCK_WORDS["en"]) == set(FACT_BLOCK_WORDS["ru"])


@pytest.mark.build
def test_built_pages_have_fact_blocks_with_views_and_captioned_tables(built_site):
    for url in ("turnover/", "ru/turnover/", "trade/", "ru/security/"):
        page = read_page(built_site, url)
        article = re.search(r"<article.*?</article>", page, re.S).group(0)
        for found in tables_of(article):
            assert found["caption"], (url, found)
            assert all(s == "col" for s in found["scopes"]), (url, found)
        for section in re.findall(r'<section class="fs-fact" .*?</section>', article, re.S):
            assert 'data-status="' in section
            assert 'data-view="sources"' in section, url
            assert 'data-view="download"' in section, url


@pytest.mark.build
def test_each_fact_download_is_written_and_linked(built_site):
    page = read_page(built_site, "turnover/")
    for href in re.findall(r'<a href="(\.\./data/[^"]+)" download>', page):
        assert (built_site / "turnover" / html.unescape(href)).resolve().is_file(), href
    assert (built_site / "data" / "charts" / "trade.turnover.svg").is_file()
    assert (built_site / "ru" / "data" / "charts" / "trade.turnover.svg").is_file()
    # The Russian edition's file speaks Russian: a series name may wrap onto two lines (one <tspan> each).
    svg = ElementTree.parse(built_site / "ru" / "data" / "charts" / "trade.turnover.svg").getroot()
    texts = [
        " ".join(part.strip() for part in text.itertext()) for text in svg.iter("{http://www.w3.org/2000/svg}text")
    ]
    assert "Российские данные" in texts, texts

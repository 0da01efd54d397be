"""What a reader copies: "Cite this page" and "Cite this figure" in plain text, BibTeX and CSL-JSON, each
with the reader's own date as the access date (docs/assets/javascripts/cite.js), in both editions.
"""

import datetime as dt
import json

import pytest

pytestmark = pytest.mark.browser


def formats(tab, selector: str) -> dict[str, str]:
    return tab.page.evaluate(
        """(selector) => Object.fromEntries([...document.querySelector(selector)
            .querySelectorAll('.fs-cite-format')].map((block) => [
                block.querySelector('.fs-cite-format-name').textContent, block.querySelector('code').textContent]))""",
        selector,
    )


def test_a_figure_s_citation_opens_with_bibtex_and_csl_json_dated_today(desktop_tab):
    visit = desktop_tab.visit("turnover/")
    assert not visit.console_errors
    assert not visit.csp_violations
    figure = desktop_tab.page.locator("#fact-trade-turnover details.fs-cite-figure")
    figure.locator("> summary").click()
    today = dt.date.today()
    text = figure.locator(".fs-cite-text").inner_text()
    assert "(fact trade.turnover)" in text
    assert f"(accessed {today.day} {today:%B} {today.year})" in text
    found = formats(desktop_tab, "#fact-trade-turnover details.fs-cite-figure")
    assert found["BibTeX"].startswith("@misc{rukg-factsheet-trade.turnover,")
    assert f"urldate = {{{today.isoformat()}}}" in found["BibTeX"]
    assert "note = {fact trade.turnover}" in found["BibTeX"]
    [item] = json.loads(found["CSL-JSON"])
    assert item["URL"].endswith("/turnover/#fact-trade-turnover")
    assert item["accessed"] == {"date-parts": [[today.year, today.month, today.day]]}
    assert item["type"] == "dataset"
    assert item["issued"]["date-parts"][0][0] >= 2025


def test_the_russian_page_citation_is_in_russian_with_a_gost_access_date(desktop_tab):
    desktop_tab.visit("ru/trade/")
    today = dt.date.today()
    text = desktop_tab.page.locator("div.fs-cite .fs-cite-text").inner_text()
    assert f"(дата обращения: {today:%d.%m.%Y})" in text
    assert " // " in text
    # BibTeX and CSL-JSON are folded under their names until a reader opens one.
    assert desktop_tab.page.locator("div.fs-cite details.fs-cite-format").count() == 2
    assert desktop_tab.page.locator("div.fs-cite details.fs-cite-format[open]").count() == 0
    found = formats(desktop_tab, "div.fs-cite")
    assert "language = {russian}" in found["BibTeX"]
    [item] = json.loads(found["CSL-JSON"])
    assert (item["type"], item["language"]) == ("webpage", "ru")
    assert item["URL"].endswith("/ru/trade/")

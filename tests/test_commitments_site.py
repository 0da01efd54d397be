"""What readers see of the commitments, in the built site: each card's promise, deadline, status with its
as-of date, progress computed from the linked fact and a link to every evidence source; the same
commitments, figures and statuses in both editions; the compact lists on the area pages, the counts on
the home page, and the columns documented on the Data page.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

import pytest
from conftest import ROOT, read_page

from macros.site.commitment_downloads import COMMITMENT_COLUMNS
from macros.site.formatting import format_period
from macros.site.project import load_project

pytestmark = pytest.mark.build
AREA_PAGES = ("trade", "education", "migration", "security", "diplomacy")


class Cards(HTMLParser):
    """Per card (data-commitment): its status and as-of date, the hrefs inside it, the percentages and
    the figures (fact, period, value) of its progress, its target, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cards: dict[str, dict] = {}
        self.counts: dict[str, str] = {}
        self._card: dict | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article" and a.get("data-commitment"):
            self._card = {"status": a["data-status"], "as_of": a["data-as-of"], "hrefs": [], "percents": [],
                          "figures": [], "target": None, "text": []}  # fmt: skip
            self.cards[a["data-commitment"]] = self._card
            self._depth = 0
        if tag == "li" and a.get("data-count"):
            self.counts[a["data-status"]] = a["data-count"]
        if self._card is None:
            return
        if tag == "article":
            self._depth += 1
        if tag == "a" and a.get("href"):
            self._card["hrefs"].append(a["href"])
        if a.get("data-percent"):
            self._card["percents"].append(int(a["data-percent"]))
        if tag == "strong" and "fs-value" in (a.get("class") or ""):
            self._card["figures"].append((a["data-fact"], a["data-period"], float(a["data-value"])))
        if tag == "strong" and "fs-target" in (a.get("class") or ""):
            self._card["target"] = (float(a["data-value"]), a["data-unit"])

    def handle_endtag(self, tag):
        if self._card is not None and tag == "article":
            self._depth -= 1
            if self._depth == 0:
                self._card = None

    def handle_data(self, data):
        if self._card is not None:
            self._card["text"].append(data)


def cards(site, url: str) -> Cards:
    parser = Cards()
    parser.feed(read_page(site, url))
    return parser


def all_cards(site, lang: str = "") -> dict[str, dict]:
    """The cards of both commitments pages: trade and energy, then the other areas."""
    return cards(site, f"{lang}commitments/").cards | cards(site, f"{lang}commitments-areas/").cards


@pytest.fixture(scope="module")
def dataset():
    return load_project(ROOT)


def test_each_card_shows_its_promise_deadline_status_and_reaches_every_evidence_source(built_site, dataset):
    shown = all_cards(built_site)
    assert set(shown) == set(dataset.commitments)
    for commitment in dataset.commitments.values():
        card = shown[commitment.id]
        text = " ".join("".join(card["text"]).split())
        assert (card["status"], card["as_of"]) == (commitment.status, commitment.status_as_of.text)
        assert commitment.announced.quote in text, commitment.id
        deadline = format_period(commitment.deadline, "en") if commitment.deadline else "none set"
        assert f"Deadline: {deadline}" in text, commitment.id
        for source in commitment.sources():
            assert any(href.endswith(f"#{source.id}") for href in card["hrefs"]), (commitment.id, source.id)
            if source.url:
                assert source.url in card["hrefs"], (commitment.id, source.id)


def test_the_trade_target_s_progress_is_computed_from_the_turnover_figures(built_site, dataset):
    card = all_cards(built_site)["trade.turnover_5bn"]
    expected = dataset.commitments["trade.turnover_5bn"].progress()
    assert card["figures"] == [("trade.turnover", p.observation.period.text, p.observation.value) for p in expected]
    assert card["percents"] == [p.percent for p in expected] == [62, 82]
    assert card["target"] == (5.0, "usd_billion")
    text = " ".join("".join(card["text"]).split())
    assert "$4.1 billion in 2024 by Russian figures (82% of the target" in text
    assert "more than $3.1 billion in 2025 by Kyrgyz figures (62% of the target" in text


def test_both_editions_show_the_same_commitments_figures_and_statuses(built_site):
    english, russian = all_cards(built_site), all_cards(built_site, "ru/")
    keys = ("status", "as_of", "percents", "figures", "target")
    assert {cid: [card[k] for k in keys] for cid, card in english.items()} == {
        cid: [card[k] for k in keys] for cid, card in russian.items()
    }
    ru_text = " ".join("".join(russian["trade.turnover_5bn"]["text"]).split())
    assert "по российским данным (82% от цели" in ru_text.replace("\u00a0", " ")


@pytest.mark.parametrize("lang", ["", "ru/"])
def test_area_pages_list_their_commitments_and_the_home_page_counts_them(built_site, dataset, lang):
    for area in AREA_PAGES:
        html = read_page(built_site, f"{lang}{area}/")
        for commitment in dataset.areas[area].commitments.values():
            assert f'data-commitment="{commitment.id.replace("_", "&#95;")}"' in html, (lang, area, commitment.id)
            card_page = "commitments" if area == "trade" else "commitments-areas"
            anchor = "commitment-" + commitment.id.replace(".", "-").replace("_", "-")
            assert f'href="../{card_page}/#{anchor}"' in html, (lang, area, commitment.id)
    counts = cards(built_site, lang).counts
    assert counts == {status: str(n) for status, n in Counter(c.status for c in dataset.commitments.values()).items()}
    assert 'href="commitments/"' in read_page(built_site, lang)


def test_the_data_page_documents_every_commitment_column(built_site):
    for lang in ("", "ru/"):
        html = read_page(built_site, f"{lang}data/")
        assert 'href="../data/commitments.csv"' in html
        assert 'href="../data/commitments.json"' in html
        for column in COMMITMENT_COLUMNS:
            assert f"<code>{column.name.replace('_', '&#95;')}</code>" in html, (lang, column.name)

"""The site as published: built with its public address and repository set (FACTSHEET_SITE_URL and
FACTSHEET_REPOSITORY, as the Pages workflow sets them), every page carries its canonical address and
Open Graph tags, every fact its edit and report links and an absolute citation, the sitemap lists every
page with its full address, robots.txt points at it, and the Data page describes the dataset for
search engines. Built without them (the session's `built_site`), nothing claims an address.
"""

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ROOT, read_page

from macros.site import csp
from macros.site.publishing_hooks import robots_txt

SITE_URL = "https://example.org/factsheet/"
REPOSITORY = "https://github.com/example/factsheet"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class Head(HTMLParser):
    """The head's meta and link tags, the fact sections and the links and citations inside them."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.facts, self.cites, self.json_ld = {}, {}, [], [], []
        self._script = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        elif tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href")
        elif tag == "section" and "fs-fact" in (a.get("class") or "").split():
            self.facts.append({"id": a["id"], "hrefs": {}})
        elif tag == "a" and self.facts and a.get("class") in ("fs-edit", "fs-report"):
            self.facts[-1]["hrefs"][a["class"]] = a["href"]
        elif "data-cite" in a:
            self.cites.append(a)
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._script = ""

    def handle_data(self, data):
        if self._script is not None:
            self._script += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.json_ld.append(json.loads(self._script))
            self._script = None


def parse(html: str) -> Head:
    head = Head()
    head.feed(html)
    return head


def pages(site: Path) -> list[str]:
    """Every page's URL relative to the site root ('', 'trade/', 'ru/trade/'), 404 aside."""
    folders = (p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return sorted("" if folder == "." else folder + "/" for folder in folders)


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The real site built as the Pages workflow builds it."""
    site = tmp_path_factory.mktemp("published")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FACTSHEET_SITE_URL": SITE_URL, "FACTSHEET_REPOSITORY": REPOSITORY}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def url_of(page: str) -> str:
    return SITE_URL + page


@pytest.mark.build
def test_every_page_has_its_canonical_address_and_open_graph_tags(published):
    for page in pages(published):
        head = parse(read_page(published, page))
        address = url_of(page)
        assert head.links.get("canonical") == address, page
        assert head.meta.get("og:url") == address, page
        assert head.meta.get("og:title"), page
        assert head.meta.get("og:description"), page
        assert head.meta.get("description") == head.meta["og:description"], page
        assert head.meta.get("og:locale") == ("ru_RU" if page.startswith("ru/") else "en_US"), page


@pytest.mark.build
def test_every_fact_links_to_its_line_and_to_a_prefilled_report(published):
    seen = 0
    for page in pages(published):
        for fact in parse(read_page(published, page)).facts:
            seen += 1
            edit, report = fact["hrefs"].get("fs-edit"), fact["hrefs"].get("fs-report")
            assert re.fullmatch(rf"{REPOSITORY}/blob/main/data/\w+\.yaml#L\d+", edit or ""), (page, fact["id"])
            query = parse_qs(urlsplit(report or "").query)
            assert report.startswith(f"{REPOSITORY}/issues/new?"), (page, fact["id"])
            assert query["template"] == ["report-a-figure.yml"]
            assert query["page"] == [f"{url_of(page)}#{fact['id']}"]
    assert seen > 100  # both editions, every fact section


@pytest.mark.build
def test_every_citation_gives_the_full_address_with_the_fact_s_anchor(published):
    html = read_page(published, "ru/turnover/")
    head = parse(html)
    figures = [cite for cite in head.cites if "fs-cite-figure" in cite.get("class", "")]
    assert len(figures) == len(head.facts)  # one "Cite this figure" per fact
    for cite in figures:
        assert cite["data-cite"].startswith("rukg-factsheet-")
        assert cite["data-cite-changed"]
    texts = re.findall(r'<p class="fs-cite-text">(.*?)</p>', unescape(html))
    assert len(texts) == len(figures) + 1
    for fact, text in zip(head.facts, texts, strict=False):
        assert f"URL: {SITE_URL}ru/turnover/#{fact['id']} (дата обращения:" in text
    assert texts[-1].split("URL: ")[1].startswith(f"{SITE_URL}ru/turnover/ (")
    assert f"URL: {SITE_URL}ru/turnover/#fact-trade-turnover (дата обращения:" in unescape(html)
    assert "built without its public address" not in read_page(published, "turnover/")


@pytest.mark.build
def test_the_sitemap_lists_every_page_by_its_full_address(published):
    root = ET.parse(published / "sitemap.xml").getroot()
    listed = {loc.text for loc in root.iter(f"{SITEMAP}loc")}
    alternates = {link.get("href") for link in root.iter("{http://www.w3.org/1999/xhtml}link")}
    for page in pages(published):
        address = url_of(page)
        assert address in (listed if not page.startswith("ru/") else listed | alternates), page
    assert all(address.startswith(SITE_URL) for address in listed | alternates)
    assert (published / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {SITE_URL}sitemap.xml\n")


@pytest.mark.build
def test_the_data_page_describes_the_dataset_for_search_engines(published):
    for page, lang in (("data/", "en"), ("ru/data/", "ru")):
        html = read_page(published, page)
        [dataset] = parse(html).json_ld
        assert (dataset["@type"], dataset["inLanguage"]) == ("Dataset", lang)
        assert dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
        assert dataset["creator"]["name"]
        assert dataset["description"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", dataset["temporalCoverage"])
        assert {place["name"] for place in dataset["spatialCoverage"]} == (
            {"Russia", "Kyrgyzstan"} if lang == "en" else {"Россия", "Киргизия"}
        )
        formats = {(d["contentUrl"], d["encodingFormat"]) for d in dataset["distribution"]}
        prefix = SITE_URL + ("ru/" if lang == "ru" else "")
        assert (f"{prefix}data/facts.csv", "text/csv") in formats
        assert (f"{prefix}data/datapackage.json", "application/json") in formats
        # The data block is hashed like any inline script, so the page's policy holds either way.
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        assert csp.script_hash(block) in html


@pytest.mark.build
def test_the_feeds_link_absolutely_when_the_address_is_known(published):
    for edition in ("", "ru/"):
        root = ET.parse(published / edition / "changes.xml").getroot()
        self_link = next(link for link in root.iter("{http://www.w3.org/2005/Atom}link") if link.get("rel") == "self")
        assert self_link.get("href") == f"{SITE_URL}{edition}changes.xml"


@pytest.mark.build
def test_a_build_without_the_address_claims_none(built_site):
    assert not (built_site / "sitemap.xml").exists()  # its entries would read "None/trade/"
    assert "Sitemap" not in (built_site / "robots.txt").read_text(encoding="utf-8")
    head = parse(read_page(built_site, "turnover/"))
    assert "canonical" not in head.links
    assert "og:url" not in head.meta
    assert head.meta["og:title"]
    assert head.meta["og:description"]
    assert all(not fact["hrefs"] for fact in head.facts)  # no repository: no edit or report links
    assert re.search(
        r'class="fs-cite-text">[^<]*/turnover/&#35;fact-trade-turnover \(accessed', read_page(built_site, "turnover/")
    )


@pytest.mark.build
def test_the_licences_are_stated_in_the_four_places(built_site):
    for page in ("data/", "ru/data/"):
        html = read_page(built_site, page)
        assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in html
        footer = html[html.index("<footer") :]
        assert "CC BY 4.0" in footer
        assert "MIT" in footer
    assert "CC BY 4.0" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    package = json.loads((built_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"


def test_robots_txt_points_at_the_sitemap_only_when_the_address_is_known():
    assert robots_txt(None) == "User-agent: *\nAllow: /\n"
    assert robots_txt("https://x.org/a/") == "User-agent: *\nAllow: /\n\nSitemap: https://x.org/a/sitemap.xml\n"

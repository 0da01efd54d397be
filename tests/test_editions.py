"""The English and Russian editions: the same pages, the same figures, each in its own language.

Each English page has its Russian twin under /ru/ and the other way round; every figure a Russian
page shows, read back from its Russian text, equals the one its English twin shows; each edition
declares its language, searches only its own pages, and speaks its own language in the interface
the project writes (site name, heading links, the macro reference).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT
from mkdocs.utils.yaml import yaml_load

from macros.site.formatting import parse_number
from macros.site.page_macros import MACROS
from macros.site.project import load_project

RUSSIAN = "ru"
DOCS = ROOT / "docs"
CYRILLIC = re.compile("[а-яё]", re.I)

# What a reader sees before the digits, per qualifier in the data; written out here rather than
# taken from macros.formatting, so a wrong word there is caught.
QUALIFIER_SHOWN = {
    "exact": ("", ""),
    "about": ("about", "около"),
    "almost": ("almost", "почти"),
    "more_than": ("more than", "более"),
    "at_least": ("at least", "не менее"),
    "less_than": ("less than", "менее"),
    "up_to": ("up to", "до"),
}
MAGNITUDE_WORDS = {"billion": 10**9, "million": 10**6, "млрд": 10**9, "млн": 10**6, "тыс": 10**3}
# The digits of a figure in each locale: '1,800.5' in English, '1 800,5' (no-break spaces) in Russian.
DIGITS = {
    "en": re.compile(r"[−-]?\d(?:[\d,]*\d)?(?:\.\d+)?"),
    "ru": re.compile(r"[−-]?\d(?:[\d\u00a0\u202f]*\d)?(?:,\d+)?"),
}


def markdown_pages() -> tuple[set[str], set[str]]:
    """The page names of docs/: (English, Russian), e.g. 'trade' for docs/trade.md and docs/trade.ru.md."""
    english = {path.stem for path in DOCS.glob("*.md") if not path.name.endswith(f".{RUSSIAN}.md")}
    russian = {path.name.removesuffix(f".{RUSSIAN}.md") for path in DOCS.glob(f"*.{RUSSIAN}.md")}
    return english, russian


def built_pages(site: Path) -> tuple[set[str], set[str]]:
    """The built pages as URL paths inside their edition ('' is the home page): (English, Russian)."""
    english, russian = set(), set()
    for page in site.rglob("index.html"):
        path = page.parent.relative_to(site).as_posix()
        url = "" if path == "." else f"{path}/"
        if url.startswith(f"{RUSSIAN}/"):
            russian.add(url.removeprefix(f"{RUSSIAN}/"))
        else:
            english.add(url)
    return english, russian


class _Page(HTMLParser):
    """What the edition tests read from one built page."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.h1 = []
        self.figures = []  # ((fact, period, qualifier), text shown)
        self.language_links = {}  # hreflang -> href of the language selector
        self._in_h1 = False
        self._figure = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "h1":
            self._in_h1 = True
        elif tag == "strong" and "fs-value" in (attributes.get("class") or "").split():
            key = tuple(attributes.get(name) for name in ("data-fact", "data-period", "data-qualifier"))
            self._figure = (key, [])
        elif tag == "a" and attributes.get("hreflang") and "md-select__link" in (attributes.get("class") or ""):
            self.language_links[attributes["hreflang"]] = attributes["href"]

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        elif tag == "strong" and self._figure is not None:
            key, parts = self._figure
            self.figures.append((key, "".join(parts)))
            self._figure = None

    def handle_data(self, data):
        if self._in_h1:
            self.h1.append(data)
        if self._figure is not None:
            self._figure[1].append(data)

    @property
    def title(self) -> str:
        return "".join(self.h1).replace("¶", "").strip()


def read(site: Path, url: str) -> _Page:
    page = _Page()
    page.feed((site / url / "index.html").read_text(encoding="utf-8"))
    return page


def russian_url(url: str) -> str:
    return f"{RUSSIAN}/{url}"


def shown_amount(text: str, qualifier: str, lang: str) -> Decimal:
    """The amount a figure's text says, read back in its locale: 'about $2.4 billion' -> 2400000000."""
    words = QUALIFIER_SHOWN[qualifier][lang == RUSSIAN]
    assert text.startswith(words), f"{text!r} does not start with the qualifier {words!r}"
    rest = text[len(words) :]
    digits = DIGITS[lang].search(rest)
    assert digits, f"no number in {text!r}"
    amount = parse_number(digits.group(0), lang)
    scale = next(
        (
            factor
            for word, factor in MAGNITUDE_WORDS.items()
            if re.search(rf"(?<!\w){word}(?!\w)", rest[digits.end() :])
        ),
        1,
    )
    return amount * scale


@pytest.mark.parametrize(
    ("text", "qualifier", "lang", "amount"),
    [
        ("about $2.4\u00a0billion", "about", "en", Decimal("2400000000")),
        ("около 2,4\u00a0млрд\u00a0долларов", "about", "ru", Decimal("2400000000")),
        ("более 1\u00a0млн", "more_than", "ru", Decimal("1000000")),
        ("около 350\u00a0тыс.", "about", "ru", Decimal("350000")),
        ("more than 1\u00a0million", "more_than", "en", Decimal("1000000")),
        ("−3,8\u00a0п.\u202fп.", "exact", "ru", Decimal("-3.8")),
        ("1.2\u00a0million\u00a0tonnes", "exact", "en", Decimal("1200000")),
        ("не менее 128\u00a0497", "at_least", "ru", Decimal("128497")),
    ],
)
def test_a_figure_is_read_back_from_its_locale(text, qualifier, lang, amount):
    """The reader of figures the edition tests rely on, proved on texts of both locales."""
    assert shown_amount(text, qualifier, lang) == amount


def test_every_english_page_source_has_its_russian_twin_and_back():
    english, russian = markdown_pages()
    assert english, "no pages in docs/"
    assert not english - russian, f"no Russian twin (docs/<page>.ru.md) for: {sorted(english - russian)}"
    assert not russian - english, f"no English original (docs/<page>.md) for: {sorted(russian - english)}"


@pytest.mark.build
def test_every_built_english_page_has_its_russian_twin_and_back(built_site):
    english, russian = built_pages(built_site)
    assert english == russian, (
        f"only in English: {sorted(english - russian)}; only in Russian: {sorted(russian - english)}"
    )
    assert len(english) == len(markdown_pages()[0])  # one built page per page source, in each edition


@pytest.mark.build
def test_each_page_declares_its_language(built_site):
    english, _ = built_pages(built_site)
    wrong = [
        f"/{url}: lang={read(built_site, url).lang!r}, expected 'en'"
        for url in sorted(english)
        if read(built_site, url).lang != "en"
    ]
    wrong += [
        f"/{russian_url(url)}: lang={read(built_site, russian_url(url)).lang!r}, expected 'ru'"
        for url in sorted(english)
        if read(built_site, russian_url(url)).lang != RUSSIAN
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.build
def test_the_language_selector_keeps_the_reader_on_the_same_page(built_site):
    english, _ = built_pages(built_site)
    wrong = []
    for url in sorted(english):
        for here, other, there in ((url, RUSSIAN, russian_url(url)), (russian_url(url), "en", url)):
            href = read(built_site, here).language_links.get(other)
            target = (built_site / here / href).resolve() if href else None
            if target != (built_site / there).resolve():
                wrong.append(f"/{here}: the {other!r} link {href!r} does not lead to /{there}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.build
def test_every_figure_on_a_russian_page_equals_the_one_on_its_english_twin(built_site):
    english, _ = built_pages(built_site)
    shown_facts = set()
    differences = []
    for url in sorted(english):
        amounts = {}
        for lang, path in (("en", url), (RUSSIAN, russian_url(url))):
            by_key = defaultdict(list)
            for key, text in read(built_site, path).figures:
                by_key[key].append(shown_amount(text, key[2], lang))
            amounts[lang] = {key: sorted(values) for key, values in by_key.items()}
        for key in sorted(amounts["en"].keys() | amounts[RUSSIAN].keys(), key=str):
            if amounts["en"].get(key) != amounts[RUSSIAN].get(key):
                differences.append(
                    f"/{url} {key}: English shows {amounts['en'].get(key)}, Russian shows {amounts[RUSSIAN].get(key)}"
                )
        shown_facts |= {key[0] for key in amounts["en"]}
    assert not differences, "\n".join(differences)
    unshown = set(load_project(ROOT).facts) - shown_facts
    assert not unshown, f"facts no page shows, so never compared: {sorted(unshown)}"


@pytest.mark.build
def test_each_language_s_search_index_holds_only_its_own_pages(built_site):
    indexes = {
        "en": built_site / "search" / "search_index.json",
        RUSSIAN: built_site / RUSSIAN / "search" / "search_index.json",
    }
    pages = dict(zip(("en", RUSSIAN), built_pages(built_site), strict=False))
    for lang, index_file in indexes.items():
        index = json.loads(index_file.read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang], f"{index_file}: stemmer {index['config']['lang']}"
        page_entries = {doc["location"]: doc["title"] for doc in index["docs"] if "#" not in doc["location"]}
        assert set(page_entries) == pages[lang], f"{index_file}: pages {sorted(page_entries)}"
        for doc in index["docs"]:
            assert doc["location"].split("#")[0] in pages[lang], f"{index_file}: {doc['location']!r}"
        for url, title in page_entries.items():
            edition_url = russian_url(url) if lang == RUSSIAN else url
            assert title == read(built_site, edition_url).title, (
                f"{index_file}: {url!r} is titled {title!r}, not as the {lang} page /{edition_url}"
            )


def russian_site_name() -> str:
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: it knows !ENV
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    return next(language["site_name"] for language in i18n["languages"] if language["locale"] == RUSSIAN)


# English text the project or the theme once put on Russian pages: a reader of /ru/ must not see it.
ENGLISH_ON_RUSSIAN_PAGES = [
    "Russia–Kyrgyzstan partnership fact sheet",
    'title="Permanent link"',
    "Made with",
    "What it shows",
    "Data last changed",
    "Cite this page",
]


@pytest.mark.build
def test_russian_pages_carry_no_english_interface_text(built_site):
    _, russian = built_pages(built_site)
    found = [
        f"/{russian_url(url)}: {text!r}"
        for url in sorted(russian)
        for text in ENGLISH_ON_RUSSIAN_PAGES
        if text in (built_site / russian_url(url) / "index.html").read_text(encoding="utf-8")
    ]
    assert not found, "\n".join(found)


@pytest.mark.build
def test_the_source_list_names_each_source_s_language_in_the_reader_s_language(built_site):
    # Each entry says the language of its original in words ("in English", «на английском»), never as a code.
    shown = {lang: Counter() for lang in ("en", RUSSIAN)}
    for lang, prefix in (("en", ""), (RUSSIAN, f"{RUSSIAN}/")):
        for page in sorted(built_site.glob(f"{prefix}sources*/index.html")):
            html = page.read_text(encoding="utf-8")
            assert not re.search(r"(language|язык):\s[a-z]{2}\b", html), page.relative_to(built_site)
            found = re.findall(r";\s(in\s[A-Z][a-z]+|на\s[а-я]+ом)[;)]", html)
            shown[lang].update(" ".join(words.split()) for words in found)  # Russian typography's no-break spaces
    assert shown["en"]["in English"], shown["en"]
    assert shown["en"]["in Russian"], shown["en"]
    assert shown[RUSSIAN]["на английском"] == shown["en"]["in English"], shown
    assert shown[RUSSIAN]["на русском"] == shown["en"]["in Russian"], shown


@pytest.mark.build
@pytest.mark.parametrize("area", ["trade", "education", "migration", "security"])
def test_the_russian_citation_names_the_russian_site(built_site, area):
    html = (built_site / RUSSIAN / area / "index.html").read_text(encoding="utf-8")
    # Every citation on the page, each figure's and the page's, in the Russian form: "Title // Site. ..."
    citations = re.findall(r'<p class="fs-cite-text">(.*?)</p>', html)
    assert citations
    for citation in citations:
        assert f" // {russian_site_name()}. " in citation, citation
        assert re.search(r"Последнее изменение данных: .*\b(года|год)\. URL: ", citation), citation
        assert "(дата обращения: " in citation, citation


@pytest.mark.build
def test_heading_links_are_titled_in_the_page_s_language(built_site):
    titles = {
        lang: set(
            re.findall(
                r'class="headerlink" href="[^"]*" title="([^"]*)"',
                (built_site / prefix / "about" / "index.html").read_text(encoding="utf-8"),
            )
        )
        for lang, prefix in (("en", ""), (RUSSIAN, RUSSIAN))
    }
    assert titles == {"en": {"Permanent link"}, RUSSIAN: {"Постоянная ссылка"}}


def test_every_macro_has_a_russian_summary():
    # Declared with the macro (@macro(ru=...) in page_macros.py); without one the reference falls back to English.
    assert [name for name, entry in MACROS.items() if not CYRILLIC.search(entry.summaries.get(RUSSIAN, ""))] == []


@pytest.mark.build
def test_the_russian_macro_reference_is_in_russian_with_the_same_examples(built_site):
    def rows(url):
        html = (built_site / url / "index.html").read_text(encoding="utf-8")
        table = re.search(r'<table class="fs-table fs-macros">(.*?)</table>', html, re.S).group(1)
        header = re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", table)
        cells = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", table)
        return header, cells

    english_header, english_rows = rows("editors-guide")
    russian_header, russian_rows = rows(f"{RUSSIAN}/editors-guide")
    assert (english_header, russian_header) == (["Macro", "What it shows"], ["Макрос", "Что показывает"])
    assert [name for name, _ in russian_rows] == [name for name, _ in english_rows]
    for (name, english), (_, russian) in zip(english_rows, russian_rows, strict=False):
        example = re.findall(r"<code>(.*?)</code>", english)[-1]
        assert CYRILLIC.search(russian), (name, russian)
        assert russian.rstrip(".").endswith(f"<code>{example}</code>"), (name, russian)

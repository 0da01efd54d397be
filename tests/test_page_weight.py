"""Readers' side: what each built page costs a reader, measured on the site `mkdocs build` writes.

No page refers to another host for anything it loads; each page's own HTML stays under 100 KB; the
heaviest page, with everything it loads (HTML, CSS, JavaScript, images, SVG), stays within a budget
set from what the theme alone costs; no page loads a font file. Links a reader may follow (`<a
href>` to a source) are navigation, not loads, and are not counted.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from conftest import ROOT

pytestmark = pytest.mark.build

PAGE_HTML_LIMIT = 100 * 1024  # bytes of a page's own HTML, uncompressed: issue 6's target

# The theme alone: a one-page site with this project's mkdocs.yml theme settings (Material 9.8.1,
# font: false, the same palette and features, the search plugin) and no macros, no extra CSS and
# no content but a heading and a sentence, built with `mkdocs build`; what its page loads, summed by
# `page_loads` below: 12,607 bytes of HTML, the main and palette stylesheets (149,502), the bundle and
# the search worker (153,595) and the favicon (1,870). Measured 29 November 2026 with the features
# of today's mkdocs.yml (navigation.prune included). Re-measure when Material or the features change.
THEME_BASELINE_BYTES = 317_574
# What a page of ours may add on top: its content (figures, tables, inline SVG charts, the Russian
# edition's two-byte letters), the navigation of a dozen pages, and the site's own stylesheet.
# A page whose own HTML is at its limit still fits, with a fifth of that again for the rest.
ALLOWANCE_BYTES = 120 * 1024
PAGE_BUDGET_BYTES = THEME_BASELINE_BYTES + ALLOWANCE_BYTES

FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)$", re.I)
# rel values of <link> that make the browser fetch the target; others (canonical, alternate, ...) name a
# page without loading it, and are checked only for their host.
LOADING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "preload",
    "modulepreload",
    "prefetch",
    "manifest",
    "mask-icon",
    "preconnect",
    "dns-prefetch",
}
# Elements and the attributes through which they load something.
LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "audio": ("src",),
    "video": ("src", "poster"),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.I)


class PageLoads(HTMLParser):
    """The URLs a page loads, and the URLs of <link> elements that only name another page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.loads = []  # (what, url)
        self.named = []  # (what, url): link rel=canonical and the like
        self.inline_css = []
        self.config_json = ""
        self._in_style = False
        self._in_config = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("href"):
            rels = set((attributes.get("rel") or "").lower().split())
            (self.loads if rels & LOADING_RELS else self.named).append(
                (f"link rel={' '.join(sorted(rels))}", attributes["href"])
            )
        for attribute in LOADING_ATTRIBUTES.get(tag, ()):
            value = attributes.get(attribute)
            if value:
                urls = (
                    [part.split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" else [value]
                )
                self.loads += [(f"{tag} {attribute}", url) for url in urls]
        if attributes.get("style"):
            self.inline_css.append(attributes["style"])
        self._in_style = tag == "style"
        self._in_config = tag == "script" and attributes.get("id") == "__config"

    def handle_endtag(self, tag):
        self._in_style = self._in_config = False

    def handle_data(self, data):
        if self._in_style:
            self.inline_css.append(data)
        if self._in_config:
            self.config_json += data


def css_urls(css: str) -> list:
    return [(match.group(2) or match.group(4)).strip() for match in _CSS_URL.finditer(css)]


def is_local(url: str) -> bool:
    """A URL of the site itself: relative, or a data: URI (inside the file that holds it)."""
    parts = urlsplit(url)
    return (not parts.scheme and not parts.netloc) or parts.scheme == "data"


def site_file(site: Path, base_url: str, url: str) -> Path | None:
    """The file in the built site a local URL resolves to (None for data: URIs)."""
    if urlsplit(url).scheme == "data":
        return None
    path = unquote(urlsplit(urljoin(base_url, url)).path).lstrip("/")
    target = site / path
    return target / "index.html" if target.is_dir() or path.endswith("/") or not path else target


def page_url(site: Path, html_file: Path) -> str:
    """The URL of a built page relative to a site served at http://site.test/."""
    return "http://site.test/" + html_file.relative_to(site).as_posix()


def page_loads(site: Path, html_file: Path) -> dict:
    """Everything the page loads: {'remote': [...], 'files': {path: bytes}, 'fonts': [...]}, following
    stylesheets to what their url() and @import load, and Material's search worker (named in the
    page's __config)."""
    html = html_file.read_text(encoding="utf-8")
    parser = PageLoads()
    parser.feed(html)
    base = page_url(site, html_file)
    remote, fonts, files = [], [], {html_file: html_file.stat().st_size}
    pending = [(what, url, base) for what, url in parser.loads]
    pending += [("inline style", url, base) for css in parser.inline_css for url in css_urls(css)]
    if parser.config_json:
        config = json.loads(parser.config_json)
        if config.get("search"):  # the search worker starts with the page
            pending.append(("search worker", config["search"], urljoin(base, config.get("base", ".") + "/")))
    while pending:
        what, url, relative_to = pending.pop()
        if FONT_FILE.search(urlsplit(url).path) or url.startswith("data:font"):
            fonts.append((what, url))
        if not is_local(url):
            remote.append((what, url))
            continue
        target = site_file(site, relative_to, url)
        if target is None or target in files:
            continue
        files[target] = target.stat().st_size if target.is_file() else 0
        if target.suffix == ".css" and target.is_file():
            stylesheet_url = urljoin(relative_to, url)
            pending += [
                (f"url() in {target.name}", inner, stylesheet_url)
                for inner in css_urls(target.read_text(encoding="utf-8"))
            ]
    return {"remote": remote, "files": files, "fonts": fonts, "named": parser.named}


def site_host() -> str:
    """The host of `site_url` in mkdocs.yml ('' when unset): a canonical link may name the site itself."""
    from mkdocs.utils.yaml import yaml_load  # MkDocs' own loader, for its tags

    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as file:
        return urlsplit(yaml_load(file).get("site_url") or "").netloc


def built_pages(site: Path) -> list:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 1, f"no pages found in {site}"
    return pages


def test_no_page_loads_or_names_another_host(built_site):
    problems, own_host = [], site_host()
    for page in built_pages(built_site):
        loads = page_loads(built_site, page)
        problems += [f"{page.relative_to(built_site)}: {what} {url}" for what, url in loads["remote"]]
        # Links that only name a page (canonical, alternate) may name the site itself, nothing else.
        problems += [
            f"{page.relative_to(built_site)}: {what} {url}"
            for what, url in loads["named"]
            if not is_local(url) and not (own_host and urlsplit(url).netloc == own_host)
        ]
    assert not problems, "pages refer to another host:\n" + "\n".join(problems)


def test_every_file_a_page_loads_exists(built_site):
    missing = []
    for page in built_pages(built_site):
        for path in page_loads(built_site, page)["files"]:
            if not path.is_file():
                missing.append(f"{page.relative_to(built_site)}: {path.relative_to(built_site)}")
    assert not missing, "pages load files the site does not have:\n" + "\n".join(sorted(set(missing)))


def test_no_page_loads_a_font_file(built_site):
    fonts = [
        f"{page.relative_to(built_site)}: {what} {url}"
        for page in built_pages(built_site)
        for what, url in page_loads(built_site, page)["fonts"]
    ]
    assert not fonts, "pages load font files:\n" + "\n".join(fonts)


def test_each_page_html_is_under_100_kb(built_site):
    # A page that grows past the limit is split: move some of its fact() sections to a new page; every
    # link to those facts follows them (macros/site/page_index.py), so nothing else changes.
    heavy = [
        f"{page.relative_to(built_site)}: {page.stat().st_size / 1024:.1f} KB"
        for page in built_pages(built_site)
        if page.stat().st_size >= PAGE_HTML_LIMIT
    ]
    assert not heavy, f"pages over {PAGE_HTML_LIMIT // 1024} KB of HTML:\n" + "\n".join(heavy)


def test_heaviest_page_with_what_it_loads_stays_within_budget(built_site):
    totals = {page: sum(page_loads(built_site, page)["files"].values()) for page in built_pages(built_site)}
    heaviest = max(totals, key=totals.get)
    loads = page_loads(built_site, heaviest)["files"]
    detail = "\n".join(
        f"  {size:>9,} {path.relative_to(built_site)}"
        for path, size in sorted(loads.items(), key=lambda item: -item[1])
    )
    assert totals[heaviest] <= PAGE_BUDGET_BYTES, (
        f"{heaviest.relative_to(built_site)} loads {totals[heaviest]:,} bytes; the budget is {PAGE_BUDGET_BYTES:,} "
        f"(the theme alone: {THEME_BASELINE_BYTES:,}, plus {ALLOWANCE_BYTES:,}):\n{detail}"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<script src="https://cdn.example/x.js"></script>', [("script src", "https://cdn.example/x.js")]),
        ('<link rel="stylesheet" href="//fonts.example/a.css">', [("link rel=stylesheet", "//fonts.example/a.css")]),
        ('<img srcset="a.png 1x, https://img.example/b.png 2x">', [("img srcset", "https://img.example/b.png")]),
        ('<a href="https://source.example/article">source</a>', []),  # a link to follow, not a load
        (
            "<div style=\"background: url('https://x.example/bg.png')\"></div>",
            [("inline style", "https://x.example/bg.png")],
        ),
    ],
)
def test_remote_loads_are_found(tmp_path, html, expected):
    page = tmp_path / "index.html"
    page.write_text(f"<html><head></head><body>{html}</body></html>", encoding="utf-8")
    assert page_loads(tmp_path, page)["remote"] == expected


def test_fonts_are_found_through_stylesheets(tmp_path):
    (tmp_path / "site.css").write_text("@font-face { src: url(fonts/Inter.woff2) format('woff2'); }", encoding="utf-8")
    page = tmp_path / "index.html"
    page.write_text('<link rel="stylesheet" href="site.css">', encoding="utf-8")
    assert page_loads(tmp_path, page)["fonts"] == [("url() in site.css", "fonts/Inter.woff2")]

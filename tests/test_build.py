"""End to end: a strict MkDocs build, and what a reader finds in the pages it writes.

The real site is built once (`built_site`); the small fixture project checks what must never reach a
reader (markup injected through data) and what an editor sees when a build is refused.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs_build, read_page

pytestmark = pytest.mark.build


class _Page(HTMLParser):
    """Ids, links and the text outside code of one HTML page."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.text_outside_code = set(), [], []
        self._in_code = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag in ("code", "pre", "script"):
            self._in_code += 1

    def handle_endtag(self, tag):
        if tag in ("code", "pre", "script") and self._in_code:
            self._in_code -= 1

    def handle_data(self, data):
        if not self._in_code:
            self.text_outside_code.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name == "index.html")


def test_no_template_syntax_reaches_a_reader(built_site):
    for path in html_pages(built_site):
        text = "".join(parse(path.read_text(encoding="utf-8")).text_outside_code)
        assert "{{" not in text, path
        assert "{%" not in text, path


def test_every_internal_link_and_anchor_resolves(built_site):
    # Each page is parsed once: the pages link thousands of anchors on other pages.
    parsed = {path.resolve(): parse(path.read_text(encoding="utf-8")) for path in html_pages(built_site)}
    for path, page in parsed.items():
        for href in page.links:
            if re.match(r"^[a-z]+:|^//|^#$", href) or href.startswith("mailto:"):
                continue
            target, _, anchor = href.partition("#")
            target_path = (path.parent / target).resolve() if target else path
            if target_path.is_dir():
                target_path = target_path / "index.html"
            assert target_path.exists(), f"{path}: broken link {href}"
            if anchor and target_path.suffix == ".html":
                target = parsed.get(target_path) or parse(target_path.read_text(encoding="utf-8"))
                assert anchor in target.ids, f"{path}: no anchor {href}"


def test_html_in_data_values_is_shown_as_text(tmp_path):
    project = copy_project("valid", tmp_path)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    trade = read_page(tmp_path / "site", "trade")
    sources = read_page(tmp_path / "site", "sources")
    for page in (trade, sources, read_page(tmp_path / "site", "")):
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<iframe src=x" not in page
    assert "Trade &lt;img src=x onerror=alert(1)&gt;" in trade
    assert "&lt;script&gt;alert(&#x27;quote&#x27;)&lt;/script&gt;" in trade
    assert "&lt;script&gt;alert(&#x27;publisher&#x27;)&lt;/script&gt; Agency" in sources
    # Markdown and Jinja syntax inside values stays literal too.
    assert "A note with &#42;asterisks&#42; and &#96;code&#96;" in trade
    assert "<em>grew</em>" not in sources
    assert "Trade &#42;grew&#42; &#123;&#123; config.site&#95;name &#125;&#125;" in sources


def break_project(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("relative", "old", "new", "message"),
    [
        (
            "data/trade.yaml",
            "period: '2024'",
            "period: '2024-13'",
            "data/trade.yaml:9: trade.turnover.period: '2024-13' is not a period: there is no month 13; expected YYYY, "
            "YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'",
        ),
        (
            "data/sources.yaml",
            "url: https://example.org/news/2",
            "url: javascript:alert(1)",
            "data/sources.yaml:12: ministry-2025.url: unsafe URL 'javascript:alert(1)' (scheme 'javascript:'); expected an "
            "http:// or https:// address",
        ),
        (
            "data/trade.yaml",
            "title: {en: Trade and economy",
            "title: {en: [Trade and economy",
            "data/trade.yaml:1: YAML syntax error at column 13: the bracket [ opened here is not closed;",
        ),
        (
            "docs/index.md",
            'figure("trade.turnover")',
            'figure("trade.turnovr")',
            "docs/index.md:3: unknown fact 'trade.turnovr'; did you mean 'trade.turnover'?",
        ),
    ],
)
def test_a_refused_build_explains_itself_and_changes_nothing_published(tmp_path, relative, old, new, message):
    project = copy_project("valid", tmp_path)
    site = tmp_path / "published"
    assert mkdocs_build(project, site).returncode == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    break_project(project, relative, old, new)
    result = mkdocs_build(project, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert message in output
    assert "Traceback" not in output
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_an_undefined_template_variable_fails_the_build(tmp_path):
    project = copy_project("valid", tmp_path)
    break_project(project, "docs/trade.md", "# Trade", "# Trade {{ no_such_variable }}")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "no_such_variable" in result.stdout + result.stderr

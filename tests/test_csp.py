"""The security policy in every built page: only the site itself, each inline script by its hash.

The hashes are recomputed here from each page's scripts as an HTML parser sees them, independently
of macros/site/csp.py. That the policy blocks nothing the site needs is proven in Chromium by the
browser tests (no console error, no CSP violation, search works).
"""

import base64
import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from macros.site import csp

PAGE = """<!doctype html><html><head>
<meta charset="utf-8"><title>t</title><script>var a = 1;</script>
</head><body><script src="x.js"></script><script id="__config" type="application/json">{"b": 2}</script>
<script>
  document.body.dataset.ok = "yes"
</script></body></html>"""


class _Scripts(HTMLParser):
    """Inline scripts, external resources and the CSP/referrer metas of one page, in document order."""

    def __init__(self):
        super().__init__()
        self.inline, self.resources, self.metas, self.order, self.styles = [], [], {}, [], []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.order.append("script")
            if "src" in attrs:
                self.resources.append(attrs["src"])
            else:
                self._script = []
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.order.append("csp")
            self.metas.setdefault("csp", []).append(attrs["content"])
        if tag == "meta" and attrs.get("name") == "referrer":
            self.metas.setdefault("referrer", []).append(attrs["content"])
        if tag in ("link", "img", "iframe", "source", "audio", "video", "embed", "object"):
            self.resources += [attrs[a] for a in ("href", "src", "data") if attrs.get(a)]
        if "style" in attrs or tag == "style":
            self.styles.append(tag)

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.inline.append("".join(self._script))
            self._script = None


def parse(html: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(html)
    return parser


def sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def directives(policy: str) -> dict:
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_a_known_script_has_the_hash_browsers_expect():
    # The value Chromium prints in its console when `alert(1)` is blocked.
    assert csp.script_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


def test_the_policy_lists_exactly_the_page_s_inline_scripts():
    secured = parse(csp.secure_page(PAGE))
    policy = directives(secured.metas["csp"][0])
    assert policy["script-src"] == ["'self'", *(sha256(s) for s in secured.inline)]
    assert len(secured.inline) == 3  # whitespace and newlines included, exactly as written


def test_the_policy_comes_before_the_first_script_and_allows_only_the_site():
    secured = parse(csp.secure_page(PAGE))
    assert secured.order[0] == "csp"
    policy = directives(secured.metas["csp"][0])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["worker-src"] == ["'self'"]
    everything = " ".join(" ".join(sources) for sources in policy.values())
    assert "unsafe" not in everything
    assert "*" not in everything
    assert "http" not in everything
    assert secured.metas["referrer"] == ["strict-origin-when-cross-origin"]


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<p>no head</p>", "no <head>"),
        (csp.secure_page(PAGE), "already carries"),
    ],
)
def test_a_page_that_cannot_carry_the_policy_is_refused(html, message):
    with pytest.raises(csp.PolicyError, match=message):
        csp.secure_page(html)


def built_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.build
def test_every_built_page_carries_a_policy_that_allows_exactly_its_scripts(built_site):
    pages = built_pages(built_site)
    assert len(pages) > 5
    for path in pages:
        page = parse(path.read_text(encoding="utf-8"))
        assert len(page.metas.get("csp", [])) == 1, path
        assert page.order[0] == "csp", f"{path}: a script comes before the policy"
        policy = directives(page.metas["csp"][0])
        assert policy["script-src"] == ["'self'", *dict.fromkeys(sha256(s) for s in page.inline)], path
        assert page.metas["referrer"] == ["strict-origin-when-cross-origin"], path


@pytest.mark.build
def test_nothing_on_any_page_loads_from_another_host(built_site):
    for path in built_pages(built_site):
        page = parse(path.read_text(encoding="utf-8"))
        foreign = [r for r in page.resources if r.startswith(("http:", "https:", "//"))]
        assert foreign == [], path


@pytest.mark.build
def test_no_page_needs_inline_styles(built_site):
    # style-src is 'self' only: a style attribute or <style> element would be blocked in the browser.
    for path in built_pages(built_site):
        assert parse(path.read_text(encoding="utf-8")).styles == [], path

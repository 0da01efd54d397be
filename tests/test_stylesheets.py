"""The built stylesheets: smaller than their sources, with the same rules (stylesheets.py)."""

from __future__ import annotations

import re

import pytest

from macros.site.stylesheets import minify
from tests.conftest import ROOT

SOURCES = sorted((ROOT / "docs" / "assets" / "stylesheets").glob("*.css"))


def _rules_only(css: str) -> str:
    """The CSS without comments and without any whitespace: what minifying must leave unchanged."""
    return re.sub(r"\s+", "", re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL))


def test_quoted_strings_are_kept_as_written():
    css = 'html[lang="ru"] q { quotes: "«" "»" "„" "“"; }\n.x::before { content: "a  /* not a comment */ b" ; }'
    assert minify(css) == 'html[lang="ru"] q{quotes: "«" "»" "„" "“";}.x::before{content: "a  /* not a comment */ b";}'


def test_spaces_that_carry_meaning_stay():
    assert minify("a :hover , b > c { margin: 0 calc(1px + 2px) }") == "a :hover,b > c{margin: 0 calc(1px + 2px)}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_each_stylesheet_loses_only_comments_and_whitespace(source):
    css = source.read_text(encoding="utf-8")
    minified = minify(css)
    assert "/*" not in minified
    assert _rules_only(minified) == _rules_only(css)
    assert len(minified) < len(css)


@pytest.mark.build
def test_the_built_site_serves_the_minified_stylesheets(built_site):
    for source in SOURCES:
        built = (built_site / "assets" / "stylesheets" / source.name).read_text(encoding="utf-8")
        assert built == minify(source.read_text(encoding="utf-8")), source.name

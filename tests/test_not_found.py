"""The page a host serves for a missing address: the root one speaks both editions' languages, each
edition's own speaks its language (overrides/404.html, editions.place_not_found_page)."""

from __future__ import annotations

import re

import pytest


def _html_lang(page: str) -> str:
    match = re.search(r'<html[^>]*\slang="([^"]+)"', page)
    assert match, "no lang on <html>"
    return match.group(1)


@pytest.mark.build
def test_the_root_not_found_page_speaks_both_languages_and_links_both_home_pages(built_site):
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert _html_lang(page) == "en"  # the default edition's, whichever edition was built last
    english = re.search(r'<div lang="en">(.*?)</div>', page, re.DOTALL)
    russian = re.search(r'<div lang="ru">(.*?)</div>', page, re.DOTALL)
    assert english, "no English part marked lang=en"
    assert russian, "no Russian part marked lang=ru"
    assert "Page not found" in english.group(1)
    assert 'href="/"' in english.group(1)
    assert "Страница не найдена" in russian.group(1)
    assert 'href="/ru/"' in russian.group(1)
    assert "404 - Not found" not in page


@pytest.mark.build
def test_the_russian_edition_has_its_own_not_found_page_in_russian(built_site):
    page = (built_site / "ru" / "404.html").read_text(encoding="utf-8")
    assert _html_lang(page) == "ru"
    assert re.search(r"<h1[^>]*>Страница не найдена</h1>", page)
    assert 'href="/ru/"' in page
    assert "Page not found" not in page
    assert "Content-Security-Policy" in page

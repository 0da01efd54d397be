"""The page a host serves for a missing address speaks both editions' languages (overrides/404.html)."""

from __future__ import annotations

import re

import pytest


@pytest.mark.build
def test_the_not_found_page_speaks_both_languages_and_links_both_home_pages(built_site):
    page = (built_site / "404.html").read_text(encoding="utf-8")
    english = re.search(r'<div lang="en">(.*?)</div>', page, re.DOTALL)
    russian = re.search(r'<div lang="ru">(.*?)</div>', page, re.DOTALL)
    assert english, "no English part marked lang=en"
    assert russian, "no Russian part marked lang=ru"
    assert "Page not found" in english.group(1)
    assert 'href="/"' in english.group(1)
    assert "Страница не найдена" in russian.group(1)
    assert 'href="/ru/"' in russian.group(1)
    assert "404 - Not found" not in page

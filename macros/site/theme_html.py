"""Material's own markup, mended where it breaks a rule the site holds itself to (every page valid HTML).

- Material puts autocomplete="off" on the two hidden checkboxes that open the drawer and the search,
  so that Firefox does not restore an open drawer after a reload (its script closes both on load
  anyway); HTML allows the attribute on text-like inputs only.
- A navigation section that cannot take focus gets tabindex="" on its label; an empty value is not
  allowed.
- The table of contents' title is a label for the checkbox "__toc", which Material writes only for a
  page in the navigation; on a page outside it (the editors' guide) the label points at no control.

Mending the output, rather than keeping copies of Material's templates with one attribute changed,
leaves the theme upgradable: if Material changes that markup, the fault survives and the Nu
validator test (tests/test_html_valid.py) says so.
"""

from __future__ import annotations

import re

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')
_EMPTY_TABINDEX = re.compile(r' tabindex=""')
_TOC_TITLE_FOR = re.compile(r'(<label class="md-nav__title") for="__toc"')


def mend_theme_markup(html: str) -> str:
    html = _EMPTY_TABINDEX.sub("", _TOGGLE_AUTOCOMPLETE.sub(r"\1", html))
    if 'id="__toc"' not in html:  # the title's checkbox is not on this page
        html = _TOC_TITLE_FOR.sub(r"\1", html)
    return html

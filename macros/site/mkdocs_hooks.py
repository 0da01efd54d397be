"""MkDocs hooks (mkdocs.yml, `hooks:`): HTML post-processing of what MkDocs writes. The security policy
in every page, each edition's pages pointed at their own search index, and, once every edition is
written, the project's stylesheets minified and the search index split per language. Glue only: the
work is done in csp.py, stylesheets.py, editions.py and theme_html.py, and the language is read through
languages.py. (The downloads are the macros module's: mkdocs_plugin.py.)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# MkDocs imports this file by its path while it reads mkdocs.yml, with only this file's folder
# (macros/site) on sys.path and before mkdocs-macros has put the project root there. The project root
# is added so the hooks import the package by its own name, `macros`, and share its modules with the
# macros plugin rather than loading second copies of csp.py and editions.py as top-level modules.
_PROJECT_ROOT = str(Path(__file__).resolve().parents[2])
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402  (after the path above, as the imports below)
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from macros.site import csp, editions, russian_typography, stylesheets, theme_html  # noqa: E402
from macros.site.languages import is_serving, languages_of, whole_build_done  # noqa: E402

log = logging.getLogger("mkdocs.hooks.factsheet")

# Under `mkdocs serve` pages carry no Content-Security-Policy: the server injects its live-reload
# script into each page after these hooks run, with a new number each time, and a policy written
# here would block it. The combined search index is kept too, and pages are not rebased, so search
# works in every edition while editing.


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """Drop the head's alternate links, make the language links relative, mend the theme's markup
    (theme_html.py); when built, rebase a non-default edition's search and add the security policy."""
    output = editions.relative_language_links(editions.drop_alternate_links(output), page.url)
    output = theme_html.mend_theme_markup(output)
    languages = languages_of(config)
    if languages.current == "ru":  # Russian typography is set by rule, not typed (russian_typography.py)
        output = russian_typography.typeset_page(output)
    if is_serving(config):
        return output
    return csp.secure_page(editions.rebase_page(output, page.url, languages.current, languages.default))


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    """404.html is a theme template, not a page: it needs the mended theme markup and the policy too
    (sitemap.xml does not), and each edition's goes to its own place."""
    if template_name.endswith(".html"):
        output_content = theme_html.mend_theme_markup(output_content)
        if not is_serving(config):
            output_content = csp.secure_page(output_content)
    if template_name == "404.html":
        output_content = editions.place_not_found_page(output_content, Path(config.site_dir), languages_of(config))
    return output_content


@event_priority(-110)  # after mkdocs-static-i18n's (-100), which builds the other editions and the combined index
def on_post_build(*, config: MkDocsConfig) -> None:
    """Once every edition is written, minify the project's stylesheets and split the combined search
    index into one per language."""
    if not whole_build_done(config):
        return
    stylesheets.minify_built_stylesheets(Path(config.site_dir), config.extra_css)
    if is_serving(config):
        log.info("Served locally: pages carry no Content-Security-Policy (`mkdocs build` adds it).")
        return
    languages = languages_of(config)
    editions.split_index(Path(config.site_dir), list(languages.every), languages.default)

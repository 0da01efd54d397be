"""The fact sheet as mkdocs-macros runs it: `define_env` at the start of each language edition's build,
`on_post_build` at its end. `macros/__init__.py` re-exports both, since mkdocs-macros looks them up in
the module it loads (`module_name: macros` in mkdocs.yml).

Only glue lives here: load and check the project, register the macros, write the downloads. What a
build computes once is in its `BuildContext` (`build_context.py`, which also says when it starts
afresh); everything else is in plain modules that do not import MkDocs, so tests run without a build.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from html import escape
from pathlib import Path
from types import MappingProxyType
from typing import Any

from markdown.extensions.toc import slugify_unicode

from macros.data.problems import ProblemReport
from macros.site.build_context import BuildContext, context_of_build
from macros.site.build_info import Site
from macros.site.changes_feed import write_feed
from macros.site.edit_links import editor_links
from macros.site.fact_downloads import write_chart_files
from macros.site.footnotes import with_notes
from macros.site.html import PageContext
from macros.site.languages import edition_site_name, is_serving, languages_of
from macros.site.page_macros import MACROS, PageMacros
from macros.site.page_notes import notes_of, take_notes
from macros.site.text import DEFAULT_LANGUAGE, PERMALINK_TITLES

log = logging.getLogger("mkdocs.plugins.macros.factsheet")
_FIRST_HEADING = re.compile(r"^# +(.+?)(?:\s*\{[^{}]*\})?\s*$", re.M)

# The attribute of the MkDocs config object that carries the problems of a build served with them.
_PROBLEMS_ATTRIBUTE = "factsheet_problems"
# For editors running `make serve`, not readers: the problems themselves are in English in both editions.
_PROBLEMS_TITLE = MappingProxyType(
    {
        "en": "The data or the pages have problems: this page shows no figures until they are fixed",
        "ru": "В данных или страницах есть ошибки: цифры не показываются, пока они не исправлены",
    }
)


def define_env(env: Any) -> None:
    """Load and check the project once per build, then register the macros for this edition."""
    from mkdocs.exceptions import Abort  # the one MkDocs import: fail the build without a traceback

    config, root = env.conf, Path(env.project_dir)
    try:
        context = context_of_build(config, root)
        links = editor_links(config)  # extra.repository in mkdocs.yml
    except ProblemReport as report:
        if not is_serving(config):
            raise Abort(f"The fact sheet's data or pages have problems:\n{report}") from None
        _serve_problems(env, report)
        return
    language = languages_of(config).current
    _configure_headings(config, language)
    site = Site(
        edition_site_name(config, language),
        config.get("site_url") or None,
        root,
        context.git.stamp,
        context.git,
        context.downloads,
    )
    macros = PageMacros(context.dataset, _page_reader(env, context), site, links)
    for name in MACROS:  # the registry: every method declared with @macro
        env.macro(getattr(macros, name), name)


def _serve_problems(env: Any, report: ProblemReport) -> None:
    """Under `mkdocs serve`, a build whose data or pages have problems still serves every page, each
    opening with the list of problems (`on_post_page_macros`), instead of aborting: an aborted rebuild
    leaves the browser waiting until the mistake is fixed. The macros show nothing meanwhile.
    `mkdocs build` never gets here: it fails with the same list."""
    log.error("The fact sheet's data or pages have problems (every page shows them until fixed):\n%s", report)
    setattr(env.conf, _PROBLEMS_ATTRIBUTE, report)
    for name in MACROS:
        env.macro(_shows_nothing, name)


def _shows_nothing(*args: object, **kwargs: object) -> str:
    return ""


def on_post_page_macros(env: Any) -> None:
    """Put each section's numbered sources and figure panels at its end (footnotes.py); and while the data
    has problems under `mkdocs serve` (see `_serve_problems`), put them at the top of every page, in the
    terminal's words, so the browser shows what the terminal says."""
    env.markdown = with_notes(env.markdown, take_notes(env.page))  # sources at each section's end: footnotes.py
    report = getattr(env.conf, _PROBLEMS_ATTRIBUTE, None)
    if report is None:
        return
    lines = escape(str(report))
    title = _PROBLEMS_TITLE.get(languages_of(env.conf).current, _PROBLEMS_TITLE[DEFAULT_LANGUAGE])
    env.markdown = (
        f'<div class="admonition failure" markdown="0"><p class="admonition-title">{escape(title)}</p>'
        f"<pre><code>{lines}</code></pre></div>\n\n{env.markdown}"
    )


def _page_reader(env: Any, context: BuildContext) -> Callable[[], PageContext]:
    """What the macros ask for the page being rendered: its language, address and edition."""

    def current_page() -> PageContext:
        languages = languages_of(env.conf)
        url = env.page.url if env.page is not None else ""
        return PageContext(
            lang=languages.current,
            url=url,
            language_prefix=languages.url_prefix,
            page_index=context.dataset.page_index,
            title=_page_title(env.page),
            notes=notes_of(env.page),  # one page's footnotes and panels, across its macro calls
        )

    return current_page


def _page_title(page: Any) -> str:
    """The page's first heading ('# Trade in goods { #id }' -> 'Trade in goods'); '' without one. Not
    MkDocs' `page.title`, which is the navigation's label ('Overview') where mkdocs.yml gives one."""
    found = _FIRST_HEADING.search(getattr(page, "markdown", None) or "")
    return found.group(1).strip() if found else ""


def _configure_headings(config: Any, language: str) -> None:
    """The ids of headings, and the title of the ¶ link on every heading. Python-Markdown's toc takes one
    title for the whole build
    and mkdocs-static-i18n refuses per-language markdown_extensions, so each edition sets it here,
    before its pages are rendered."""
    toc = config.get("mdx_configs", {}).get("toc")
    if toc is not None:
        toc["permalink_title"] = PERMALINK_TITLES.get(language, PERMALINK_TITLES[DEFAULT_LANGUAGE])
        # A heading's id keeps its letters in every alphabet: a new Russian heading gets a readable id
        # ("олимпиады"), not "_1". The same rule as Python-Markdown's default otherwise, so every English
        # id stays; set here, as the title above, because mkdocs.yml is also read as plain YAML.
        toc["slugify"] = slugify_unicode


def on_post_build(env: Any) -> None:
    """Write the downloads beside this edition's Data page (/data/ and /ru/data/) and its feed of data
    changes (/changes.xml, /ru/changes.xml); mkdocs-macros calls this at the end of each edition's build."""
    config = env.conf
    if getattr(config, _PROBLEMS_ATTRIBUTE, None) is not None:
        return  # served with problems: no downloads until they are fixed
    context = context_of_build(config, Path(env.project_dir))
    edition_root = Path(config["site_dir"]) / languages_of(config).url_prefix
    written = context.downloads.write(edition_root, config["site_name"])
    written.append(write_feed(config, context, edition_root))  # the Atom feed of data changes: changes_feed.py
    written += write_chart_files(edition_root, context.dataset, languages_of(config).current)  # fact_downloads.py
    log.info("Downloads written: %s", ", ".join(str(path.relative_to(config["site_dir"])) for path in written))

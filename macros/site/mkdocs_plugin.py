"""The fact sheet as mkdocs-macros runs it: `define_env` at the start of each language edition's build,
`on_post_build` at its end. `macros/__init__.py` re-exports both, since mkdocs-macros looks them up in
the module it loads (`module_name: macros` in mkdocs.yml).

Only glue lives here: load and check the project, register the macros, write the downloads. What a
build computes once is in its `BuildContext` (`build_context.py`, which also says when it starts
afresh); everything else is in plain modules that do not import MkDocs, so tests run without a build.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from macros.data.problems import ProblemReport
from macros.site.build_context import BuildContext, context_of_build
from macros.site.build_info import Site
from macros.site.edit_links import editor_links
from macros.site.html import PageContext
from macros.site.languages import edition_site_name, languages_of
from macros.site.page_macros import MACROS, PageMacros
from macros.site.text import DEFAULT_LANGUAGE, PERMALINK_TITLES

log = logging.getLogger("mkdocs.plugins.macros.factsheet")


def define_env(env: Any) -> None:
    """Load and check the project once per build, then register the macros for this edition."""
    from mkdocs.exceptions import Abort  # the one MkDocs import: fail the build without a traceback

    config, root = env.conf, Path(env.project_dir)
    try:
        context = context_of_build(config, root)
        links = editor_links(config)  # extra.repository in mkdocs.yml
    except ProblemReport as report:
        raise Abort(f"The fact sheet's data or pages have problems:\n{report}") from None
    language = languages_of(config).current
    _set_permalink_title(config, language)
    site = Site(
        edition_site_name(config, language), config.get("site_url") or None, root, context.git.stamp, context.git
    )
    macros = PageMacros(context.dataset, _page_reader(env, context), site, links)
    for name in MACROS:  # the registry: every method declared with @macro
        env.macro(getattr(macros, name), name)


def _page_reader(env: Any, context: BuildContext) -> Callable[[], PageContext]:
    """What the macros ask for the page being rendered: its language, address and edition."""

    def current_page() -> PageContext:
        languages = languages_of(env.conf)
        url = env.page.url if env.page is not None else ""
        return PageContext(
            lang=languages.current, url=url, language_prefix=languages.url_prefix, page_index=context.dataset.page_index
        )

    return current_page


def _set_permalink_title(config: Any, language: str) -> None:
    """The title of the ¶ link on every heading. Python-Markdown's toc takes one title for the whole build
    and mkdocs-static-i18n refuses per-language markdown_extensions, so each edition sets it here,
    before its pages are rendered."""
    toc = config.get("mdx_configs", {}).get("toc")
    if toc is not None:
        toc["permalink_title"] = PERMALINK_TITLES.get(language, PERMALINK_TITLES[DEFAULT_LANGUAGE])


def on_post_build(env: Any) -> None:
    """Write the downloads beside this edition's Data page: /data/ and /ru/data/ (mkdocs-macros calls
    this at the end of each edition's build)."""
    config = env.conf
    context = context_of_build(config, Path(env.project_dir))
    edition_root = Path(config["site_dir"]) / languages_of(config).url_prefix
    written = context.downloads.write(edition_root, config["site_name"])
    log.info("Downloads written: %s", ", ".join(str(path.relative_to(config["site_dir"])) for path in written))

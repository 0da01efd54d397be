"""The MkDocs side of the fact sheet: mkdocs-macros calls `define_env` once per build.

Only glue lives here: load and check the project, then register the macros. Everything else is in
plain modules that do not import MkDocs, so tests run without a build and a later move to another
generator stays cheap.
"""
from __future__ import annotations

from pathlib import Path


def current_language(env) -> str:
    """The language being built: mkdocs-static-i18n rebuilds once per language."""
    i18n = env.conf["plugins"].get("i18n") if "plugins" in env.conf else None
    language = getattr(i18n, "current_language", None) if i18n is not None else None
    return language or "en"


# The title of the ¶ link on every heading. Python-Markdown's toc takes one title for the whole build
# and mkdocs-static-i18n refuses per-language markdown_extensions, so each edition sets it here,
# before its pages are rendered.
PERMALINK_TITLES = {"en": "Permanent link", "ru": "Постоянная ссылка"}


def edition_site_name(env, language: str) -> str:
    """The site name of the edition being built. mkdocs-static-i18n applies a language's own
    site_name only after define_env has run (its on_config comes last), so read it from there."""
    i18n = env.conf["plugins"].get("i18n") if "plugins" in env.conf else None
    if i18n is None:
        return env.conf["site_name"]
    own = next((lang.site_name for lang in i18n.config.languages if lang.locale == language), None)
    # After another language's build (mkdocs serve) config.site_name still holds that language's
    # name; the plugin keeps the one from mkdocs.yml.
    return own or getattr(i18n, "original_configs", {}).get("site_name") or env.conf["site_name"]


# What git said for the build under way, which its editions share: (dataset, buildinfo.BuildGit).
# mkdocs-static-i18n builds the default edition first and the others right after it in the same
# process, so the default edition (or new data) starts a new one; `mkdocs serve` too, on every change.
_build_git = None


def define_env(env):
    from mkdocs.exceptions import Abort  # the one MkDocs import: fail the build without a traceback

    from macros.site.build_info import BuildGit, Site
    from macros.site.edit_links import editor_links
    from macros.site.page_macros import PageMacros
    from macros.data.problems import ProblemReport
    from macros.site.project import load_project
    from macros.site.render import Page

    default_language = "en"
    language = current_language(env)
    root = Path(env.project_dir)
    try:
        dataset = load_project(root)  # read once: the other editions get the same dataset back
        links = editor_links(env.conf)  # extra.repository in mkdocs.yml
    except ProblemReport as report:
        raise Abort(f"The fact sheet's data or pages have problems:\n{report}") from None
    global _build_git
    if language == default_language or _build_git is None or _build_git[0] is not dataset:
        _build_git = (dataset, BuildGit(root))
    build_git = _build_git[1]

    def current_page() -> Page:
        lang = current_language(env)
        url = env.page.url if env.page is not None else ""
        return Page(lang=lang, url=url, language_prefix="" if lang == default_language else f"{lang}/",
                    homes=dataset.homes)

    if env.conf.get("mdx_configs", {}).get("toc") is not None:
        env.conf["mdx_configs"]["toc"]["permalink_title"] = PERMALINK_TITLES.get(language, PERMALINK_TITLES["en"])
    site = Site(edition_site_name(env, language), env.conf.get("site_url") or None, root, build_git.stamp,
                build_git)
    macros = PageMacros(dataset, current_page, site, links)
    for name in macros.names:
        env.macro(getattr(macros, name), name)
    env.variables["factsheet"] = dataset
    env.variables["factsheet_build"] = site.stamp  # the downloads (hooks.py) carry the same stamp

"""The language editions as readers meet them: search that stays in one language, and a language
switch that needs no sitemap.

mkdocs-static-i18n builds every language into one site and the search plugin writes one index for
all of them at /search/search_index.json; Material fetches it from `config.base`. After the build,
`split_index` moves each non-default language's entries into /<lang>/search/search_index.json with
that language's stemmer, and `rebase_page` points that language's pages at their own index.
`drop_alternate_links` removes the head's `<link rel="alternate" hreflang>`: Material fetches a
sitemap.xml beside each of them (a 404 and a console error on every page), while the language
selector's own links already lead to the same page in the other language.
Called from the MkDocs hooks in `mkdocs_hooks.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from macros.site.languages import Languages

_BASE = re.compile(r'("base":\s*")([^"]*)(")')
_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')


_ABSOLUTE_LANGUAGE_LINK = re.compile(r'(<a href=")/([^"]*)(" hreflang=")')


def place_not_found_page(html: str, site_dir: Path, languages: Languages) -> str:
    """The 404.html to write at the site root, given the edition being built and its own `html`.

    MkDocs writes the theme's 404.html to the site root in every edition's build, the last one's over
    the first's. The default edition's stays there (the page hosts serve for any missing address; it
    speaks both languages); another edition's is written to its own folder, /ru/404.html."""
    if languages.current == languages.default:
        return html
    own = site_dir / languages.url_prefix / "404.html"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(html, encoding="utf-8")
    root = site_dir / "404.html"
    return root.read_text(encoding="utf-8") if root.exists() else html


def drop_alternate_links(html: str) -> str:
    return _ALTERNATE.sub("", html)


def relative_language_links(html: str, page_url: str) -> str:
    """mkdocs-static-i18n writes the home pages' language links as '/' and '/ru/'; a site served
    under a sub-path (a GitHub Pages project site) needs them relative, like every other link."""
    prefix = "../" * page_url.count("/")
    return _ABSOLUTE_LANGUAGE_LINK.sub(lambda m: f"{m.group(1)}{prefix + m.group(2) or './'}{m.group(3)}", html)


def rebase_page(html: str, page_url: str, language: str, default_language: str) -> str:
    """Make a page of a non-default language treat /<language>/ as its site root for search."""
    if language == default_language or not page_url.startswith(f"{language}/"):
        return html
    depth = page_url[len(language) + 1 :].count("/")  # "ru/trade/" -> 1 level below /ru/
    base = "/".join([".."] * depth) or "."
    return _BASE.sub(lambda m: f"{m.group(1)}{base}{m.group(3)}", html, count=1)


def split_index(site_dir: Path, languages: list[str], default_language: str) -> None:
    """Write one index per language; the root index keeps the default language only. Idempotent."""
    root_index = site_dir / "search" / "search_index.json"
    if not root_index.exists():
        return
    index = json.loads(root_index.read_text(encoding="utf-8"))
    others = [lang for lang in languages if lang != default_language]
    kept: list[dict[str, Any]] = []
    by_language: dict[str, list[dict[str, Any]]] = {lang: [] for lang in others}
    for doc in index["docs"]:
        language = next((lang for lang in others if doc["location"].startswith(f"{lang}/")), None)
        if language is None:
            kept.append(doc)
        else:
            by_language[language].append({**doc, "location": doc["location"][len(language) + 1 :]})
    for language, docs in by_language.items():
        target = site_dir / language / "search" / "search_index.json"
        if not docs and target.exists():
            continue  # already split by an earlier call
        target.parent.mkdir(parents=True, exist_ok=True)
        config = {**index["config"], "lang": [language]}
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    config = {**index["config"], "lang": [default_language]}
    root_index.write_text(json.dumps({"config": config, "docs": kept}, ensure_ascii=False), encoding="utf-8")

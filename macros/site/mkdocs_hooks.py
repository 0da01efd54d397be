"""MkDocs hooks (registered in mkdocs.yml under `hooks:`): the security policy in every page, and the
downloads written after every build. Glue only; the work is done in csp.py and exports.py.

MkDocs loads this file by path, not as part of the `macros` package, so the project root is put on
sys.path to import the package the macros plugin uses.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from macros.site import csp, editions  # noqa: E402  (needs the path above)
from macros.site import downloads as exports  # noqa: E402
from macros.site.build_info import build_stamp  # noqa: E402

log = logging.getLogger("mkdocs.hooks.factsheet")
_serving = False
_search_to_split = None  # (site_dir, languages, default language): split once the whole build is done


def on_startup(command, dirty):
    global _serving
    # `mkdocs serve` injects its live-reload script into each page after these hooks run, with a
    # new number each time; a policy written here would block it, so pages served live go without.
    _serving = command == "serve"
    if _serving:
        log.info("Serving locally: pages carry no Content-Security-Policy (`mkdocs build` adds it).")


def _languages(config) -> tuple[str, str, list]:
    """(language being built, default language, all languages) from mkdocs-static-i18n."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return "en", "en", ["en"]
    languages = [language.locale for language in i18n.config.languages]
    default = next(language.locale for language in i18n.config.languages if language.default)
    return i18n.current_language or default, default, languages


def on_post_page(output, page, config):
    output = editions.relative_language_links(editions.drop_alternate_links(output), page.url)
    if _serving:
        return output  # one combined search index while serving: see on_shutdown
    language, default, _ = _languages(config)
    return csp.secure_page(editions.rebase_page(output, page.url, language, default))


def on_post_template(output_content, template_name, config):
    # 404.html is a theme template, not a page: it needs the policy too; sitemap.xml does not.
    if _serving or not template_name.endswith(".html"):
        return output_content
    return csp.secure_page(output_content)


def on_post_build(config):
    variables = config.plugins["macros"].variables
    dataset = variables["factsheet"]
    stamp = variables.get("factsheet_build") or build_stamp(Path(config.config_file_path).parent)
    language, default, languages = _languages(config)
    # Each edition's Data page links to the files beside it: /data/ and /ru/data/.
    edition_root = Path(config.site_dir) / ("" if language == default else language)
    written = exports.write_downloads(dataset, edition_root, stamp, config.site_name)
    log.info("Downloads written: %s", ", ".join(str(path.relative_to(config.site_dir)) for path in written))
    global _search_to_split
    _search_to_split = (Path(config.site_dir), languages, default)


def on_shutdown():
    # mkdocs-static-i18n rewrites the combined search index after each language's build, so the
    # index is split per language only here, once everything is written. `mkdocs serve` keeps the
    # combined index (and pages not rebased) so search works while editing.
    if _search_to_split and not _serving:
        editions.split_index(*_search_to_split)

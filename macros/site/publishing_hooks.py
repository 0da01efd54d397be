"""MkDocs hooks (mkdocs.yml, `hooks:`) for what the site publishes beside its pages, once every edition is
written: robots.txt, and a sitemap only when it can be true. Neither reads the data (the feeds of data
changes are the macros module's, written with the downloads: changes_feed.py).

- robots.txt allows everything and, when the public address is known (FACTSHEET_SITE_URL), points at
  the sitemap; without the address it has no Sitemap line, since a sitemap needs full addresses.
- sitemap.xml (mkdocs-static-i18n's, with each page's other-language address) is removed when the
  address is not known: its entries would read "None/trade/".
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# As mkdocs_hooks.py: MkDocs imports this file by its path, before the project root is on sys.path.
_PROJECT_ROOT = str(Path(__file__).resolve().parents[2])
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402  (after the path above, as the imports below)
from mkdocs.plugins import event_priority  # noqa: E402

from macros.site.languages import is_serving, whole_build_done  # noqa: E402

log = logging.getLogger("mkdocs.hooks.factsheet.publishing")
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")


def robots_txt(site_url: str | None) -> str:
    """Everything may be crawled; the sitemap's full address when the site's address is known."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/sitemap.xml"]
    return "\n".join(lines) + "\n"


@event_priority(-120)  # after mkdocs-static-i18n's (-100): every edition is written
def on_post_build(*, config: MkDocsConfig) -> None:
    """robots.txt and the sitemap, once the whole site is written."""
    if not whole_build_done(config) or is_serving(config):
        return
    site = Path(config.site_dir)
    site_url = config.get("site_url") or None
    (site / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")
    if not site_url:
        for name in SITEMAPS:
            (site / name).unlink(missing_ok=True)
    log.info("robots.txt written%s", "" if site_url else "; no sitemap without the site's address")

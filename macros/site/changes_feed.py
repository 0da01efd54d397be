"""The Atom feed of data changes (RFC 4287), one per edition: /changes.xml and /ru/changes.xml.

The macros module's `on_post_build` (`mkdocs_plugin.py`) writes it with `write_feed` at the end of each
edition's build, beside the downloads, from the build's one `ChangeLog`;
each entry is one commit that changed data/, its content the same list the Changes page shows for it
(`change_notes.commit_changes`). Ids are `urn:uuid:` names derived from the commit's hash (and the
feed's from its edition), so they never change from one build to the next, whatever the address.
Links are absolute when the site's public address is known, else relative to the feed, which a feed
reader resolves against the address it fetched the feed from.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from macros.data.model import Dataset
from macros.site.change_notes import FEED_FILE, CommitLink, change_anchor, commit_changes
from macros.site.changes import ChangeLog
from macros.site.edit_links import commit_link, editor_links
from macros.site.formatting import format_long_date
from macros.site.html import PageContext
from macros.site.languages import edition_site_name, languages_of
from macros.site.publishing_text import CHANGE_WORDS

CHANGES_PAGE = "changes/"
# The namespace of the feed's ids: fixed, so an entry keeps its id across builds and addresses.
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:factsheet:russia-kyrgyzstan:data-changes")

# The newest entries a feed carries, as feeds do: a reader's feed program keeps the older ones, and the
# Changes page lists every commit.
FEED_ENTRIES = 50


def entry_id(commit: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, commit)}"


def feed_id(lang: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'feed:' + lang)}"


@dataclass(frozen=True)
class FeedEdition:
    """The edition a feed is for: its language, its name, and its address (None when unknown)."""

    lang: str
    site_name: str
    base_url: str | None  # e.g. https://example.org/factsheet/ru/, with the trailing slash
    language_prefix: str = ""  # '' or 'ru/': the edition's folder in the site

    def link(self, path: str) -> str:
        return (self.base_url or "") + path


def _element(name: str, text: str, **attributes: str) -> str:
    attrs = "".join(f" {key}={quoteattr(value)}" for key, value in attributes.items())
    return f"<{name}{attrs}>{escape(text)}</{name}>"


def _base(edition: FeedEdition) -> str:
    """xml:base, so the entries' relative links resolve to the edition even in a copy of the feed."""
    return f" xml:base={quoteattr(edition.base_url)}" if edition.base_url else ""


def _link(href: str, rel: str = "alternate", kind: str = "text/html") -> str:
    return f"<link rel={quoteattr(rel)} type={quoteattr(kind)} href={quoteattr(href)}/>"


def atom_feed(
    edition: FeedEdition, log: ChangeLog, dataset: Dataset, commit_link: CommitLink, built: dt.datetime
) -> str:
    """The feed's XML. Without history it has no entry and is dated by the build."""
    words = CHANGE_WORDS[edition.lang]
    # Links inside the entries are written relative to the edition's root, where the feed lives.
    page = PageContext(lang=edition.lang, url=edition.language_prefix, language_prefix=edition.language_prefix)
    updated = log.commits[0].when if log.commits else built
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{edition.lang}"{_base(edition)}>',
        _element("id", feed_id(edition.lang)),
        _element("title", f"{edition.site_name}: {words['feed_title']}"),
        _element("updated", updated.isoformat()),
        f"<author>{_element('name', edition.site_name)}</author>",
        _link(edition.link(FEED_FILE), "self", "application/atom+xml"),
        _link(edition.link(CHANGES_PAGE)),
    ]
    for commit in log.commits[:FEED_ENTRIES]:
        anchor = f"{CHANGES_PAGE}#{change_anchor(commit)}"
        content = str(commit_changes(page, commit, dataset, commit_link))
        lines += [
            "<entry>",
            _element("id", entry_id(commit.commit)),
            _element("title", words["entry_title"].format(date=format_long_date(commit.when.date(), edition.lang))),
            _element("updated", commit.when.isoformat()),
            _link(edition.link(anchor)),
            _element("content", content, type="html"),
            "</entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def write_feed(config: Any, context: Any, edition_root: Path) -> Path:
    """Write the feed of the edition being built into its root; `mkdocs_plugin.on_post_build` calls this
    for each edition, with the build's `BuildContext` (its one ChangeLog, dataset and stamp)."""
    languages = languages_of(config)
    prefix = languages.url_prefix
    site_url = config.get("site_url") or None
    base = f"{site_url.rstrip('/')}/{prefix}" if site_url else None
    edition = FeedEdition(languages.current, edition_site_name(config, languages.current), base, prefix)
    built = dt.datetime.combine(context.git.stamp.date, dt.time(), dt.UTC)
    feed = atom_feed(edition, context.git.change_log, context.dataset, commit_link(editor_links(config)), built)
    path = edition_root / FEED_FILE
    path.write_text(feed, encoding="utf-8")
    return path

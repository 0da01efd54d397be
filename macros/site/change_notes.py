"""The record of changes in words a reader reads: the Changes page, each feed entry, each fact's "last changed".

`page_macros.changes` renders the Changes page with `changes_list`; `changes_feed.py` puts each
commit's `commit_changes` into an Atom entry; `page_macros` adds `fact_history` to each fact's
section. All read the one `ChangeLog` of the build (`changes.py`). Figures are formatted as the pages
format them, in the reader's language; a record the current data still has is named by its label and
linked to where the site shows it, one it no longer has by its id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from macros.data.model import Dataset, Fact
from macros.data.periods import UNDATED, Period, PeriodError
from macros.data.snapshot import ObservationView
from macros.data.snapshot_diff import FieldChange, ItemChange, ObservationChange
from macros.data.units import UNITS
from macros.data.vocabulary import QUALIFIERS
from macros.site.changes import ChangeLog, DataCommit
from macros.site.evidence import publisher_name
from macros.site.formatting import format_long_date, format_period, format_value
from macros.site.html import EMPTY, Html, PageContext, concat, element, event_link, fact_link, join
from macros.site.publishing_text import CHANGE_WORDS, COLLECTION_WORDS, FIELD_WORDS
from macros.site.text import PAGE_WORDS

# Fields whose old and new values a reader is shown; for the others, that they changed.
SHOWN_VALUES = ("value", "period", "date", "source", "url", "published", "publisher", "unit", "planned")
FEED_FILE = "changes.xml"  # each edition's Atom feed, in its root (changes_feed.py writes it)
# A commit that adds more records of one kind than this lists them as a count.
MAX_LISTED_ADDITIONS = 12
# A commit lists at most this many records of one kind, then how many more: one sweeping commit (the
# sources rework of December 2026 touched 156 sources) would otherwise outweigh the page's budget,
# and the commit itself lists every change.
MAX_LISTED_CHANGES = 40
# The Changes page lists this many of the newest commits change by change, and each older one on a
# line of its own (its date, its commit, how many records of each kind it touched), under the same
# anchor, so that the page's weight grows by a line per commit rather than by a section, and the
# feed's links to older entries still land.
FULL_COMMITS = 20

CommitLink = Callable[[str], str | None]  # commit hash -> its page in the repository, or None


def _words(page: PageContext) -> Any:
    return CHANGE_WORDS[page.lang]


def field_name(page: PageContext, name: str) -> Html:
    word = FIELD_WORDS[page.lang].get(name)
    return concat(word) if word else element("code", None, name)


def _period(text: object, lang: str) -> str:
    """A period as the pages write it: 'undated' in the reader's words, the raw text if it is no period."""
    if text == UNDATED:
        return str(PAGE_WORDS[lang]["undated"])
    try:
        return format_period(Period.parse(str(text)), lang)
    except PeriodError:
        return str(text)


def _value(page: PageContext, view: ObservationView | None, unit: object) -> str:
    """'about $2.9 billion' as the pages show it; the raw value when it cannot be formatted so."""
    if view is None:
        return "—"
    value, qualifier = view.value, view.get("qualifier")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and unit in UNITS and qualifier in QUALIFIERS:
        return format_value(value, UNITS[str(unit)], str(qualifier), page.lang)
    return str(value)


def _shown(page: PageContext, name: str, value: object, dataset: Dataset) -> str:
    if value in (None, "", ()):
        return "—"
    if name in ("period", "date", "published"):
        return _period(value, page.lang)
    if name == "source" and str(value) in dataset.sources:
        return publisher_name(page, dataset.sources[str(value)])
    return str(value)


def _field_text(page: PageContext, change: FieldChange, dataset: Dataset) -> Html:
    if change.name not in SHOWN_VALUES:
        return field_name(page, change.name)
    old, new = (_shown(page, change.name, value, dataset) for value in (change.before, change.after))
    return concat(field_name(page, change.name), ": ", old, " → ", new)


def _observation_text(page: PageContext, change: ObservationChange, unit: object, dataset: Dataset) -> Html:
    view = change.after or change.before
    assert view is not None  # an observation change has at least one side
    when = _period(view.period, page.lang)
    if change.kind != "changed":
        return concat(when, ": ", _words(page)[change.kind], " ", _value(page, view, unit))
    parts: list[Html] = []
    if any(item.name in ("value", "qualifier") for item in change.fields):
        parts.append(concat(_value(page, change.before, unit), " → ", _value(page, change.after, unit)))
    parts += [_field_text(page, item, dataset) for item in change.fields if item.name not in ("value", "qualifier")]
    return concat(when, ": ", join("; ", parts))


def _item_name(page: PageContext, change: ItemChange, dataset: Dataset) -> Html:
    """The record's label linked to where the site shows it, or its id when the data no longer has it."""
    if change.collection == "facts" and change.id in dataset.facts:
        fact = dataset.facts[change.id]
        return element("a", {"href": fact_link(page, fact)}, page.text(fact.label))
    if change.collection == "events" and change.id in dataset.events:
        event = dataset.events[change.id]
        return element("a", {"href": event_link(page, event)}, page.text(event.title))
    if change.collection == "sources" and change.id in dataset.sources:
        return concat(publisher_name(page, dataset.sources[change.id]), " (", element("code", None, change.id), ")")
    return element("code", None, change.id)


def change_details(page: PageContext, change: ItemChange, dataset: Dataset) -> Html:
    """What changed in one record: its own fields, then its observations, old → new."""
    unit = (change.after.fields.get("unit") if change.after is not None else None) if change.observations else None
    parts = [_field_text(page, item, dataset) for item in change.fields]
    parts += [_observation_text(page, item, unit, dataset) for item in change.observations]
    return join("; ", parts)


def _item_line(page: PageContext, change: ItemChange, dataset: Dataset) -> Html:
    if change.kind != "changed":
        return concat(_item_name(page, change, dataset), " — ", _words(page)[change.kind])
    return concat(_item_name(page, change, dataset), ": ", change_details(page, change, dataset))


def _collection_list(page: PageContext, collection: str, changes: list[ItemChange], dataset: Dataset) -> Html:
    """One kind of record's changes in a commit; many additions at once (a new area) as a count."""
    added = [change for change in changes if change.kind == "added"]
    title = COLLECTION_WORDS[page.lang].get(collection, collection)
    lines = [_item_line(page, change, dataset) for change in changes if change not in added]
    if len(added) > MAX_LISTED_ADDITIONS:
        lines.insert(0, concat(_words(page)["added_many"].format(count=len(added), what=title.lower())))
    else:
        lines[:0] = [_item_line(page, change, dataset) for change in added]
    if len(lines) > MAX_LISTED_CHANGES:
        more = _words(page)["listed_no_more"].format(count=len(lines) - MAX_LISTED_CHANGES, what=title.lower())
        lines[MAX_LISTED_CHANGES:] = [concat(more)]
    items = (element("li", None, line) for line in lines)
    return concat(
        element("p", {"class": "fs-change-kind"}, element("strong", None, title)), element("ul", None, *items)
    )


def commit_changes(page: PageContext, commit: DataCommit, dataset: Dataset, commit_link: CommitLink) -> Html:
    """What one commit changed, kind by kind, with the commit's id (linked to it when the repository is known)."""
    return concat(
        element("p", {"class": "fs-change-commit"}, _words(page)["commit"], " ", _commit_name(commit, commit_link)),
        *(_collection_list(page, kind, commit.changes_in(kind), dataset) for kind in commit.collections),
    )


def _commit_name(commit: DataCommit, commit_link: CommitLink) -> Html:
    """The commit's short id, linked to it where the repository is known."""
    short = element("code", None, commit.commit[:7])
    link = commit_link(commit.commit)
    return element("a", {"href": link}, short) if link else short


def commit_date(page: PageContext, commit: DataCommit) -> Html:
    day = commit.when.date()
    return element("time", {"datetime": commit.when.isoformat()}, format_long_date(day, page.lang))


def changes_list(page: PageContext, log: ChangeLog, dataset: Dataset, commit_link: CommitLink) -> Html:
    """The Changes page's list: every commit that changed data/, newest first, each under its date."""
    feed = element(
        "p",
        {"class": "fs-feed"},
        element("a", {"href": page.link(FEED_FILE), "type": "application/atom+xml"}, _words(page)["feed_link"]),
    )
    if not log.available:
        return concat(feed, element("p", {"class": "fs-changes-unavailable"}, _words(page)["unavailable"]))
    if not log.commits:
        return concat(feed, element("p", None, _words(page)["none"]))
    sections = (
        element(
            "section",
            {"class": "fs-change", "id": change_anchor(commit)},
            element("h2", None, commit_date(page, commit)),
            commit_changes(page, commit, dataset, commit_link),
        )
        for commit in log.commits[:FULL_COMMITS]
    )
    return concat(feed, Html("\n"), join("\n", sections), _earlier_commits(page, log, commit_link))


def change_anchor(commit: DataCommit) -> str:
    """The commit's anchor on the Changes page ('change-3f1e8ab0c2d4'); the feed's entries link it."""
    return f"change-{commit.commit[:12]}"


def _earlier_commits(page: PageContext, log: ChangeLog, commit_link: CommitLink) -> Html:
    """The commits older than the newest FULL_COMMITS, a line each: '2 May 2026 — commit abc1234:
    Facts: 3 · Sources: 1', each under its own anchor."""
    older = log.commits[FULL_COMMITS:]
    if not older:
        return EMPTY
    lines = (
        element(
            "li",
            {"id": change_anchor(commit)},
            commit_date(page, commit),
            " — ",
            _commit_counts(page, commit, commit_link),
        )
        for commit in older
    )
    return concat(
        Html("\n"), element("h2", {"id": "earlier-changes"}, _words(page)["earlier"]), element("ul", None, *lines)
    )


def _commit_counts(page: PageContext, commit: DataCommit, commit_link: CommitLink) -> Html:
    titles = COLLECTION_WORDS[page.lang]
    counts = " · ".join(f"{titles.get(kind, kind)}: {len(commit.changes_in(kind))}" for kind in commit.collections)
    return concat(_commit_name(commit, commit_link), ": ", counts)


def _with_date(template: str, when: Html) -> Html:
    """A sentence of CHANGE_WORDS with the date element in its {date}."""
    before, _, after = template.partition("{date}")
    return concat(before, when, after)


def fact_history(page: PageContext, fact: Fact, log: ChangeLog, dataset: Dataset) -> Html:
    """When this fact last changed and what it was before: a line for its section's sources view."""
    words = _words(page)
    if not log.available:
        return element("p", {"class": "fs-fact-history"}, words["no_history"])
    found = log.last_change("facts", fact.id)
    if found is None:  # changed only in the working tree, not yet committed
        return EMPTY
    commit, change = found
    when = commit_date(page, commit)
    if change.kind == "added":
        return element(
            "p",
            {"class": "fs-fact-history"},
            _with_date(words["last_changed"], when),
            ": ",
            words["fact_added_short"],
            ".",
        )
    details = change_details(page, change, dataset)
    return element(
        "p",
        {"class": "fs-fact-history"},
        _with_date(words["last_changed"], when),
        " (",
        words["was"],
        " ",
        details,
        ").",
    )

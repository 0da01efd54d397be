"""Which facts changed between two versions of data/: the table a reviewer reads on a pull request.

`python -m macros diff BASE [HEAD]` calls `diff_report`. Each side is data/ at a revision
(`revisions.py`), read leniently into plain views (`macros/data/snapshot.py`, which the site's
Changes page reads too): a side whose data has problems still shows what can be read, and the report
says so. Values are formatted as readers see them, in English.

Observations carry no id: `snapshot.pair_observations` pairs the two sides' observations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from macros.data.periods import Period, PeriodError
from macros.data.schema import QUALIFIERS
from macros.data.snapshot import (
    EventView,
    FactView,
    ObservationView,
    Snapshot,
    SourceFields,
    pair_observations,
    read_snapshot,
)
from macros.data.units import UNITS
from macros.editors.commitment_diff import commitments_section
from macros.editors.revisions import Revision, data_at
from macros.site.formatting import format_period, format_value

WARNING = "⚠️"


# --- Formatting for the table --------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell, on one line, with plain spaces."""
    return (
        str(text)
        .replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("|", "\\|")
        .replace("\r", " ")
        .replace("\n", " ")
    )


def _code(value: Any) -> str:
    return f"`{value}`" if value not in (None, "") else "—"


def period_text(text: str) -> str:
    try:
        return format_period(Period.parse(text), "en")
    except PeriodError:
        return f"{text!r} (not a period)"


def period_order(text: str) -> tuple[dt.date, dt.date, str]:
    """Sorts periods by their first and last day; unreadable ones last, by their text."""
    try:
        period = Period.parse(text)
    except PeriodError:
        return (dt.date.max, dt.date.max, text)
    return (period.first, period.last, text)


def value_text(view: ObservationView, unit: Any) -> str:
    """'about $2.9 billion' as a reader sees it; the raw value when it cannot be formatted."""
    value, qualifier = view.value, view.get("qualifier")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and unit in UNITS and qualifier in QUALIFIERS:
        return format_value(value, UNITS[unit], qualifier, "en")
    return f"{value!r} ({unit or 'no unit'})"


# --- Comparing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of a table; `order` sorts the rows of one item (fact or event)."""

    item: str
    order: tuple[Any, ...]
    cells: tuple[str, ...]
    warning: bool = False


def _source_cell(before: Any, after: Any, old: Snapshot, new: Snapshot) -> tuple[str, bool]:
    """The Source column for a pair, and whether the source counts as changed."""
    if before != after:
        return f"{_code(before)} → {_code(after)}", True
    edited = _entry_changes(old.sources, new.sources, after)
    if edited:
        return f"{_code(after)} (entry edited: {', '.join(edited)})", True
    return f"unchanged ({_code(after)})", False


def _entry_changes(old_sources: SourceFields | None, new_sources: SourceFields | None, source_id: Any) -> list[str]:
    """The fields of a source's registry entry that differ between the two sides."""
    if old_sources is None or new_sources is None:
        return []
    before, after = old_sources.get(source_id), new_sources.get(source_id)
    if before is None or after is None:
        return []
    return [name for name in before if before[name] != after[name]]


def _warning(changed: list[str], what: str) -> str:
    return f"{WARNING} {' and '.join(changed)} changed but {what} did not"


def _observation_row(fact_id: str, observation: ObservationView, unit: Any, change: tuple[int, str, str]) -> Row:
    """A row for an observation only one side has; `change`: (sort rank, the word, the review note)."""
    rank, word, review = change
    return Row(
        fact_id,
        (1, period_order(observation.period), rank, observation.line),
        (
            _code(fact_id),
            period_text(observation.period),
            f"{word}: {value_text(observation, unit)}",
            _code(observation.source),
            review,
        ),
    )


def _whole_fact_rows(fact_id: str, view: FactView, removed: bool) -> list[Row]:
    """A fact only one side has: one row per observation, or one for the fact without any."""
    word, review = (
        ("removed", f"{WARNING} fact removed: a published fact id is never removed or renamed")
        if removed
        else ("added", "new fact")
    )
    rows = [
        Row(
            fact_id,
            (1, period_order(observation.period), observation.line),
            (
                _code(fact_id),
                period_text(observation.period),
                f"{word}: {value_text(observation, view.fields['unit'])}",
                _code(observation.source),
                review,
            ),
            warning=removed,
        )
        for observation in view.observations
    ]
    return rows or [Row(fact_id, (0,), (_code(fact_id), "—", word, "—", review), warning=removed)]


def _fact_detail_row(before: FactView, after: FactView) -> list[Row]:
    """A row for a change to the fact itself (its label, unit, note...), if there is one."""
    changed = [name for name in before.fields if before.fields[name] != after.fields[name]]
    if not changed:
        return []
    described = [
        f"unit `{before.fields['unit']}` → `{after.fields['unit']}`" if name == "unit" else name for name in changed
    ]
    return [Row(before.id, (0,), (_code(before.id), "—", "—", "—", "fact changed: " + ", ".join(described)))]


def _paired_row(
    fact_id: str, pair: tuple[ObservationView, ObservationView], units: tuple[Any, Any], old: Snapshot, new: Snapshot
) -> Row | None:
    """The row for an observation both sides have, or None when nothing about it changed."""
    old_obs, new_obs = pair
    old_value, new_value = value_text(old_obs, units[0]), value_text(new_obs, units[1])
    details = [name for name in old_obs.fields if name != "qualifier" and old_obs.get(name) != new_obs.get(name)]
    source, source_changed = _source_cell(old_obs.source, new_obs.source, old, new)
    changed = [
        name
        for name, differs in (("value", old_value != new_value), ("period", old_obs.period != new_obs.period))
        if differs
    ]
    if not (changed or details or source_changed):
        return None
    value = f"{old_value} → {new_value}" if old_value != new_value else f"{new_value} (unchanged)"
    period = (
        period_text(new_obs.period)
        if old_obs.period == new_obs.period
        else f"{period_text(old_obs.period)} → {period_text(new_obs.period)}"
    )
    warn = bool(changed) and not source_changed
    notes = [_warning(changed, "its source")] if warn else []
    if details:
        notes.append("also changed: " + ", ".join(details))
    return Row(
        fact_id,
        (1, period_order(new_obs.period), 0, new_obs.line),
        (_code(fact_id), period, value, source, "; ".join(notes)),
        warning=warn,
    )


def fact_rows(fact_id: str, old: Snapshot, new: Snapshot) -> list[Row]:
    """The rows for one fact: the fact itself, then each of its observations that changed."""
    before, after = old.facts.get(fact_id), new.facts.get(fact_id)
    if after is None:
        return _whole_fact_rows(fact_id, before, removed=True) if before is not None else []
    if before is None:
        return _whole_fact_rows(fact_id, after, removed=False)
    units = before.fields["unit"], after.fields["unit"]
    pairs, removed, added = pair_observations(before.observations, after.observations)
    rows = _fact_detail_row(before, after)
    rows += [row for pair in pairs if (row := _paired_row(fact_id, pair, units, old, new)) is not None]
    rows += [_observation_row(fact_id, o, units[0], (1, "removed", "observation removed")) for o in removed]
    rows += [_observation_row(fact_id, o, units[1], (2, "added", "new observation")) for o in added]
    return rows


def _whole_event_row(event_id: str, before: EventView | None, after: EventView | None) -> list[Row]:
    """An event only one side has."""
    if after is not None:
        return [
            Row(event_id, (), (_code(event_id), f"added: {period_text(after.date)}", _code(after.source), "new event"))
        ]
    if before is None:
        return []
    removed = f"{WARNING} event removed: a published event id is never removed or renamed"
    cells = (_code(event_id), f"removed: {period_text(before.date)}", _code(before.source), removed)
    return [Row(event_id, (), cells, warning=True)]


def event_rows(event_id: str, old: Snapshot, new: Snapshot) -> list[Row]:
    """The row for one event, or none when nothing about it changed."""
    before, after = old.events.get(event_id), new.events.get(event_id)
    if before is None or after is None:
        return _whole_event_row(event_id, before, after)
    details = [name for name in before.fields if before.fields[name] != after.fields[name]]
    source, source_changed = _source_cell(before.source, after.source, old, new)
    if before.date == after.date and not details and not source_changed:
        return []
    date = (
        period_text(after.date)
        if before.date == after.date
        else f"{period_text(before.date)} → {period_text(after.date)}"
    )
    notes: list[str] = []
    warn = before.date != after.date and not source_changed
    if warn:
        notes.append(_warning(["date"], "its source"))
    if details:
        notes.append("also changed: " + ", ".join(details))
    return [Row(event_id, (), (_code(event_id), date, source, "; ".join(notes)), warning=warn)]


def source_rows(old: Snapshot, new: Snapshot) -> list[Row]:
    """A row for each source added to, removed from or edited in the registry."""
    if old.sources is None or new.sources is None:
        return []
    rows: list[Row] = []
    for source_id in sorted(set(old.sources) | set(new.sources)):
        if source_id not in old.sources:
            rows.append(Row(source_id, (), (_code(source_id), "added")))
        elif source_id not in new.sources:
            rows.append(Row(source_id, (), (_code(source_id), "removed")))
        else:
            changed = _entry_changes(old.sources, new.sources, source_id)
            if changed:
                rows.append(Row(source_id, (), (_code(source_id), "changed: " + ", ".join(changed))))
    return rows


# --- The report ----------------------------------------------------------------------------------


def _table(headers: tuple[str, ...], rows: list[Row]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row.cells) + " |" for row in rows]
    return lines


def _skipped_areas(old: Snapshot, new: Snapshot) -> set[str]:
    """Areas whose file one side cannot parse: comparing them would report every fact as added or removed."""
    return {Path(path).stem for snapshot in (old, new) for path in snapshot.unreadable}


def compare(old: Snapshot, new: Snapshot) -> tuple[list[Row], list[Row], list[Row]]:
    """The rows of the three tables: facts, events, sources."""
    skipped = _skipped_areas(old, new)
    fact_ids = sorted(i for i in set(old.facts) | set(new.facts) if i.partition(".")[0] not in skipped)
    event_ids = sorted(i for i in set(old.events) | set(new.events) if i.partition(".")[0] not in skipped)
    facts = [row for i in fact_ids for row in sorted(fact_rows(i, old, new), key=lambda r: r.order)]
    events = [row for i in event_ids for row in event_rows(i, old, new)]
    return facts, events, source_rows(old, new)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render_report(base: Revision, head: Revision, old: Snapshot, new: Snapshot) -> str:
    facts, events, sources = compare(old, new)
    lines = [f"## Fact changes from {base.label} to {head.label}", ""]
    for revision, snapshot in ((base, old), (head, new)):
        for path, reason in sorted(snapshot.unreadable.items()):
            lines.append(
                f"> {WARNING} {path} cannot be read at {revision.label}, so its changes are left out: {reason}"
            )
        if snapshot.problems and not snapshot.unreadable:
            lines.append(
                f"> {WARNING} The data at {revision.label} has {_count(len(snapshot.problems), 'problem')}; "
                "this diff shows what could be read. Run `python -m macros check` to list them."
            )
    if lines[-1] != "":
        lines.append("")
    if not (facts or events or sources):
        readable = " in the files that could be read" if old.unreadable or new.unreadable else ""
        lines.append(f"No facts, events or sources changed{readable}.")
        return "\n".join(lines) + "\n"
    warnings = sum(row.warning for row in facts + events)
    summary = [
        _count(len({row.item for row in facts}), "fact"),
        _count(len(events), "event"),
        _count(len(sources), "source"),
    ]
    lines.append(
        "Changed: "
        + ", ".join(summary)
        + "."
        + (f" {WARNING} {_count(warnings, 'warning')}: check them before merging." if warnings else "")
    )
    if facts:
        lines += ["", "### Facts", "", *_table(("Fact", "Period", "Value", "Source", "Review"), facts)]
    if events:
        lines += ["", "### Events", "", *_table(("Event", "Date", "Source", "Review"), events)]
    if sources:
        lines += ["", "### Sources", "", *_table(("Source", "Change"), sources)]
    return "\n".join(lines) + "\n"


def diff_report(root: Path, base: Revision, head: Revision) -> str:
    """The Markdown report of what changed in data/ from `base` to `head`."""
    with data_at(root, base) as old_root, data_at(root, head) as new_root:
        old, new = read_snapshot(old_root), read_snapshot(new_root)
        commitments = commitments_section(old_root, new_root)  # status changes first
    return render_report(base, head, old, new) + commitments

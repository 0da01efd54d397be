"""Which facts changed between two versions of data/: the table a reviewer reads on a pull request.

`python -m macros diff BASE [HEAD]` calls `diff_report`. Each side is read with the project's own
line-aware loader, leniently: a side whose data has problems still shows what can be read, and the
report says so (a file that cannot be parsed at all is named and left out, rather than shown as
"every fact removed"). Values are formatted as readers see them, in English.

Observations carry no id, so the two sides are paired per fact: first identical ones, then those
with the same period and source (the value was edited), the same period and value (the source was
replaced), the same period, and finally the same source and value (the period was corrected).
What is left was added or removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from macros.data.periods import Period, PeriodError
from macros.data.problems import Problem
from macros.data.schema import QUALIFIERS
from macros.data.units import UNITS
from macros.data.validate import REGISTRY_FILES, load_dataset
from macros.data.yaml_reader import YamlList, YamlMap, load_yaml
from macros.editors.revisions import Revision, data_at
from macros.site.formatting import format_period, format_value

# Fields compared for "what else changed"; the value, period and sources have their own columns.
OBSERVATION_DETAILS = ("qualifier", "stated_by", "also_reported_by", "quote", "quote_gloss", "note", "headline", "ref")
FACT_DETAILS = ("label", "unit", "note", "planned", "review_every_days")
EVENT_DETAILS = (
    "title",
    "summary",
    "also_reported_by",
    "quote",
    "quote_gloss",
    "planned",
    "state_visit_2025",
    "other_dates",
    "ref",
)
SOURCE_FIELDS = ("publisher", "title", "url", "published", "date_inferred", "language", "via", "note")
WARNING = "⚠️"


def _plain(value):
    """A loaded YAML value as plain, comparable Python (tuples and sorted pairs, no line numbers)."""
    if isinstance(value, dict):
        return tuple(sorted((str(key), _plain(item)) for key, item in value.items()))
    if isinstance(value, list):
        return tuple(_plain(item) for item in value)
    return value


def _get(node, key, default=None):
    return node.get(key, default) if isinstance(node, YamlMap) else default


@dataclass(frozen=True)
class ObservationView:
    period: str
    value: object
    source: object
    fields: dict  # OBSERVATION_DETAILS -> plain value
    line: int

    def get(self, name):
        return self.fields.get(name)


@dataclass(frozen=True)
class FactView:
    id: str
    fields: dict  # FACT_DETAILS -> plain value
    observations: tuple
    line: int


@dataclass(frozen=True)
class EventView:
    id: str
    date: str
    source: object
    fields: dict
    line: int


@dataclass
class Snapshot:
    """What could be read of one side's data/."""

    facts: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)  # id -> plain fields; None when sources.yaml is unreadable
    areas: set = field(default_factory=set)  # area ids whose file was read
    unreadable: dict = field(default_factory=dict)  # data file -> why it could not be read
    problems: list = field(default_factory=list)  # what the full validator reports


def _observation(node, line) -> ObservationView:
    qualifier = _get(node, "qualifier")
    fields = {name: _plain(_get(node, name)) for name in OBSERVATION_DETAILS}
    fields["qualifier"] = "exact" if qualifier is None else qualifier
    fields["headline"] = bool(_get(node, "headline"))
    fields["also_reported_by"] = tuple(sorted(map(str, _get(node, "also_reported_by") or ())))
    return ObservationView(str(_get(node, "period")), _get(node, "value"), _get(node, "source"), fields, line)


def read_snapshot(root: Path, today: dt.date | None = None) -> Snapshot:
    """Read `root/data` as far as it can be read, and validate it in full for the report's notes."""
    snapshot = Snapshot()
    _, snapshot.problems = load_dataset(root, today)
    data = root / "data"
    for path in sorted(data.glob("*.yaml")) if data.is_dir() else []:
        relative = f"data/{path.name}"
        parse_problems: list[Problem] = []
        node = load_yaml(path, relative, parse_problems)
        if not isinstance(node, YamlMap):
            reason = parse_problems[0] if parse_problems else "it is empty or not a mapping"
            snapshot.unreadable[relative] = str(reason)
            continue
        if relative == REGISTRY_FILES["sources"]:
            for source_id, entry in (_get(node, "sources") or {}).items():
                snapshot.sources[source_id] = {name: _plain(_get(entry, name)) for name in SOURCE_FIELDS}
        elif relative != REGISTRY_FILES["speakers"]:
            _read_area(path.stem, node, snapshot)
    if REGISTRY_FILES["sources"] in snapshot.unreadable:
        snapshot.sources = None
    return snapshot


def _read_area(area_id: str, node: YamlMap, snapshot: Snapshot) -> None:
    snapshot.areas.add(area_id)
    facts = _get(node, "facts")
    for name, fact in facts.items() if isinstance(facts, YamlMap) else ():
        observations = _get(fact, "observations")
        views = tuple(
            _observation(item, observations.item_lines[index])
            for index, item in enumerate(observations if isinstance(observations, YamlList) else ())
            if isinstance(item, YamlMap)
        )
        fields = {name_: _plain(_get(fact, name_)) for name_ in FACT_DETAILS}
        fields["planned"] = bool(fields["planned"])
        snapshot.facts[f"{area_id}.{name}"] = FactView(f"{area_id}.{name}", fields, views, facts.key_lines[name])
    events = _get(node, "events")
    for name, event in events.items() if isinstance(events, YamlMap) else ():
        fields = {name_: _plain(_get(event, name_)) for name_ in EVENT_DETAILS}
        fields["planned"], fields["state_visit_2025"] = bool(fields["planned"]), bool(fields["state_visit_2025"])
        fields["also_reported_by"] = tuple(sorted(map(str, _get(event, "also_reported_by") or ())))
        snapshot.events[f"{area_id}.{name}"] = EventView(
            f"{area_id}.{name}", str(_get(event, "date")), _get(event, "source"), fields, events.key_lines[name]
        )


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


def _code(value) -> str:
    return f"`{value}`" if value not in (None, "") else "—"


def period_text(text: str) -> str:
    try:
        return format_period(Period.parse(text), "en")
    except PeriodError:
        return f"{text!r} (not a period)"


def period_order(text: str) -> tuple:
    """Sorts periods by their first and last day; unreadable ones last, by their text."""
    try:
        period = Period.parse(text)
    except PeriodError:
        return (dt.date.max, dt.date.max, text)
    return (period.first, period.last, text)


def value_text(view: ObservationView, unit) -> str:
    """'about $2.9 billion' as a reader sees it; the raw value when it cannot be formatted."""
    value, qualifier = view.value, view.get("qualifier")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and unit in UNITS and qualifier in QUALIFIERS:
        return format_value(value, UNITS[unit], qualifier, "en")
    return f"{value!r} ({unit or 'no unit'})"


# --- Pairing and comparing -----------------------------------------------------------------------

PAIRING_KEYS = (
    lambda o: (o.period, o.value, o.source, tuple(sorted(o.fields.items()))),
    lambda o: (o.period, o.source, o.get("stated_by")),
    lambda o: (o.period, o.value, o.get("qualifier"), o.get("stated_by")),
    lambda o: (o.period, o.source),
    lambda o: (o.period,),
    lambda o: (o.source, o.value, o.get("qualifier"), o.get("stated_by")),
)


def pair_observations(old: tuple, new: tuple):
    """(pairs, removed, added): each observation of `old` matched with at most one of `new`."""
    old_left, new_left, pairs = list(old), list(new), []
    for key in PAIRING_KEYS:
        for before in list(old_left):
            match = next((after for after in new_left if key(after) == key(before)), None)
            if match is not None:
                pairs.append((before, match))
                old_left.remove(before)
                new_left.remove(match)
    return pairs, old_left, new_left


@dataclass(frozen=True)
class Row:
    """One line of a table; `order` sorts the rows of one item (fact or event)."""

    item: str
    order: tuple
    cells: tuple
    warning: bool = False


def _source_cell(before, after, old: Snapshot, new: Snapshot) -> tuple[str, bool]:
    """The Source column for a pair, and whether the source counts as changed."""
    if before != after:
        return f"{_code(before)} → {_code(after)}", True
    edited = _entry_changes(old.sources, new.sources, after)
    if edited:
        return f"{_code(after)} (entry edited: {', '.join(edited)})", True
    return f"unchanged ({_code(after)})", False


def _entry_changes(old_sources, new_sources, source_id) -> list:
    if old_sources is None or new_sources is None:
        return []
    before, after = old_sources.get(source_id), new_sources.get(source_id)
    if before is None or after is None:
        return []
    return [name for name in SOURCE_FIELDS if before[name] != after[name]]


def _warning(changed: list, what: str) -> str:
    return f"{WARNING} {' and '.join(changed)} changed but {what} did not"


def fact_rows(fact_id: str, old: Snapshot, new: Snapshot) -> list:
    before, after = old.facts.get(fact_id), new.facts.get(fact_id)
    rows = []
    if before is None or after is None:
        view = after or before
        unit = view.fields["unit"]
        word, review = (
            ("added", "new fact")
            if before is None
            else ("removed", f"{WARNING} fact removed: a published fact id is never removed or renamed")
        )
        for observation in view.observations:
            rows.append(
                Row(
                    fact_id,
                    (1, period_order(observation.period), observation.line),
                    (
                        _code(fact_id),
                        period_text(observation.period),
                        f"{word}: {value_text(observation, unit)}",
                        _code(observation.source),
                        review,
                    ),
                    warning=before is not None,
                )
            )
        if not view.observations:
            rows.append(Row(fact_id, (0,), (_code(fact_id), "—", word, "—", review), warning=before is not None))
        return rows
    changed_details = [name for name in FACT_DETAILS if before.fields[name] != after.fields[name]]
    if changed_details:
        described = [
            f"unit `{before.fields['unit']}` → `{after.fields['unit']}`" if name == "unit" else name
            for name in changed_details
        ]
        rows.append(Row(fact_id, (0,), (_code(fact_id), "—", "—", "—", "fact changed: " + ", ".join(described))))
    unit_before, unit_after = before.fields["unit"], after.fields["unit"]
    pairs, removed, added = pair_observations(before.observations, after.observations)
    for old_obs, new_obs in pairs:
        old_value, new_value = value_text(old_obs, unit_before), value_text(new_obs, unit_after)
        details = [
            name for name in OBSERVATION_DETAILS if name != "qualifier" and old_obs.get(name) != new_obs.get(name)
        ]
        if (
            old_value == new_value
            and old_obs.period == new_obs.period
            and old_obs.source == new_obs.source
            and not details
            and not _entry_changes(old.sources, new.sources, new_obs.source)
        ):
            continue
        source, source_changed = _source_cell(old_obs.source, new_obs.source, old, new)
        value = f"{old_value} → {new_value}" if old_value != new_value else f"{new_value} (unchanged)"
        period = (
            period_text(new_obs.period)
            if old_obs.period == new_obs.period
            else f"{period_text(old_obs.period)} → {period_text(new_obs.period)}"
        )
        changed = [
            name
            for name, differs in (("value", old_value != new_value), ("period", old_obs.period != new_obs.period))
            if differs
        ]
        notes = []
        warn = bool(changed) and not source_changed
        if warn:
            notes.append(_warning(changed, "its source"))
        if details:
            notes.append("also changed: " + ", ".join(details))
        rows.append(
            Row(
                fact_id,
                (1, period_order(new_obs.period), 0, new_obs.line),
                (_code(fact_id), period, value, source, "; ".join(notes)),
                warning=warn,
            )
        )
    for observation in removed:
        rows.append(
            Row(
                fact_id,
                (1, period_order(observation.period), 1, observation.line),
                (
                    _code(fact_id),
                    period_text(observation.period),
                    f"removed: {value_text(observation, unit_before)}",
                    _code(observation.source),
                    "observation removed",
                ),
            )
        )
    for observation in added:
        rows.append(
            Row(
                fact_id,
                (1, period_order(observation.period), 2, observation.line),
                (
                    _code(fact_id),
                    period_text(observation.period),
                    f"added: {value_text(observation, unit_after)}",
                    _code(observation.source),
                    "new observation",
                ),
            )
        )
    return rows


def event_rows(event_id: str, old: Snapshot, new: Snapshot) -> list:
    before, after = old.events.get(event_id), new.events.get(event_id)
    if before is None:
        return [
            Row(event_id, (), (_code(event_id), f"added: {period_text(after.date)}", _code(after.source), "new event"))
        ]
    if after is None:
        return [
            Row(
                event_id,
                (),
                (
                    _code(event_id),
                    f"removed: {period_text(before.date)}",
                    _code(before.source),
                    f"{WARNING} event removed: a published event id is never removed or renamed",
                ),
                warning=True,
            )
        ]
    details = [name for name in EVENT_DETAILS if before.fields[name] != after.fields[name]]
    source, source_changed = _source_cell(before.source, after.source, old, new)
    if before.date == after.date and not details and not source_changed:
        return []
    date = (
        period_text(after.date)
        if before.date == after.date
        else f"{period_text(before.date)} → {period_text(after.date)}"
    )
    notes = []
    warn = before.date != after.date and not source_changed
    if warn:
        notes.append(_warning(["date"], "its source"))
    if details:
        notes.append("also changed: " + ", ".join(details))
    return [Row(event_id, (), (_code(event_id), date, source, "; ".join(notes)), warning=warn)]


def source_rows(old: Snapshot, new: Snapshot) -> list:
    if old.sources is None or new.sources is None:
        return []
    rows = []
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


def _table(headers: tuple, rows: list) -> list:
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row.cells) + " |" for row in rows]
    return lines


def _skipped_areas(old: Snapshot, new: Snapshot) -> set:
    """Areas whose file one side cannot parse: comparing them would report every fact as added or removed."""
    return {Path(path).stem for snapshot in (old, new) for path in snapshot.unreadable}


def compare(old: Snapshot, new: Snapshot) -> tuple[list, list, list]:
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
    with data_at(root, base) as old_root:
        old = read_snapshot(old_root)
    with data_at(root, head) as new_root:
        new = read_snapshot(new_root)
    return render_report(base, head, old, new)

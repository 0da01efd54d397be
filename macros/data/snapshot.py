"""data/ as far as it can be read, as plain comparable views: one side of a comparison of two versions.

Two readers compare versions of data/: `python -m macros diff` (`macros/editors/fact_diff.py`, the
reviewer's table) and the site's record of changes (`macros/site/changes.py`, the Changes page, the
Atom feed and each fact's "last changed"), which walks data/'s git history. Both read each version
with `read_snapshot` (a folder) or `read_file_text` (one file's text, as git returns it), pair
observations with `pair_observations`, and the site lists what differs with `snapshot_diff.py`.

Each file is read with the project's own line-aware loader, leniently: a side whose data has
problems still shows what can be read, and the validator's problems are kept for the report's note
(a file that cannot be parsed at all is named and left out, rather than shown as "every fact removed").

Which fields are compared comes from the field specification (`macros/data/schema.py`): every field
of a record, except those the report gives a column of their own. A field added to the specification
therefore shows in the reviewer's table with no change here (tests/test_factdiff.py holds that).

Observations carry no id, so the two sides are paired per fact: first identical ones, then those
with the same period and source (the value was edited), the same period and value (the source was
replaced), the same period, and finally the same source and value (the period was corrected).
What is left was added or removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from macros.data import schema
from macros.data.load import load_dataset
from macros.data.problems import Problem
from macros.data.vocabulary import REGISTRY_FILES
from macros.data.yaml_reader import YamlList, YamlMap, load_yaml_text

# The fields with a column of their own in the report; every other field is compared as a detail.
OBSERVATION_COLUMNS = ("value", "period", "source")
FACT_COLUMNS = ("observations",)
EVENT_COLUMNS = ("date", "source")


def compared_fields(record: Any, *own_columns: str) -> tuple[str, ...]:
    """The names of a record's fields in the specification's order, without those in `own_columns`.
    Read at each use, not at import, so the specification stays the one list."""
    return tuple(name for name in record.fields if name not in own_columns)


def _plain(value: Any) -> Any:
    """A loaded YAML value as plain, comparable Python (tuples and sorted pairs, no line numbers)."""
    if isinstance(value, dict):
        return tuple(sorted((str(key), _plain(item)) for key, item in value.items()))
    if isinstance(value, list):
        return tuple(_plain(item) for item in value)
    return value


def _get(node: Any, key: str, default: Any = None) -> Any:
    return node.get(key, default) if isinstance(node, YamlMap) else default


def _ids(node: Any, key: str) -> tuple[str, ...]:
    """A list of ids, in an order that does not count as a change."""
    return tuple(sorted(map(str, _get(node, key) or ())))


@dataclass(frozen=True)
class ObservationView:
    period: str
    value: object
    source: object
    fields: dict[str, Any]  # the compared fields -> plain value
    line: int

    def get(self, name: str) -> Any:
        return self.fields.get(name)


@dataclass(frozen=True)
class FactView:
    id: str
    fields: dict[str, Any]  # the compared fields -> plain value
    observations: tuple[ObservationView, ...]
    line: int


@dataclass(frozen=True)
class EventView:
    id: str
    date: str
    source: object
    fields: dict[str, Any]
    line: int


SourceFields = dict[str, dict[str, Any]]  # source id -> compared field -> plain value


@dataclass
class Snapshot:
    """What could be read of one side's data/."""

    facts: dict[str, FactView] = field(default_factory=dict)
    events: dict[str, EventView] = field(default_factory=dict)
    sources: SourceFields | None = field(default_factory=dict)  # None: sources.yaml is unreadable
    areas: set[str] = field(default_factory=set)  # area ids whose file was read
    unreadable: dict[str, str] = field(default_factory=dict)  # data file -> why it could not be read
    problems: list[Problem] = field(default_factory=list)  # what the full validator reports

    def collections(self) -> dict[str, Mapping[str, Any]]:
        """Every kind of record by its plural name ('facts', 'events', 'sources'), id -> view: what
        `snapshot_diff.diff_snapshots` walks, so a kind added here is compared with no other change."""
        return {"facts": self.facts, "events": self.events, "sources": self.sources or {}}


def _observation(node: Any, line: int) -> ObservationView:
    fields = {name: _plain(_get(node, name)) for name in compared_fields(schema.OBSERVATION, *OBSERVATION_COLUMNS)}
    qualifier = _get(node, "qualifier")
    fields["qualifier"] = "exact" if qualifier is None else qualifier
    fields["headline"] = bool(_get(node, "headline"))
    fields["also_reported_by"] = _ids(node, "also_reported_by")
    return ObservationView(str(_get(node, "period")), _get(node, "value"), _get(node, "source"), fields, line)


def read_snapshot(root: Path, today: dt.date | None = None) -> Snapshot:
    """Read `root/data` as far as it can be read, and validate it in full for the report's notes."""
    snapshot = Snapshot()
    _, snapshot.problems = load_dataset(root, today)
    data = root / "data"
    for path in sorted(data.glob("*.yaml")) if data.is_dir() else []:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            snapshot.unreadable[f"data/{path.name}"] = f"is not UTF-8 text ({error.reason})"
            continue
        read_file_text(snapshot, f"data/{path.name}", text)
    if REGISTRY_FILES["sources"] in snapshot.unreadable:
        snapshot.sources = None
    return snapshot


def read_file_text(snapshot: Snapshot, relative: str, text: str) -> bool:
    """Add one data file (`relative`: 'data/trade.yaml'), given its text, to `snapshot`; False (and the
    file named in `snapshot.unreadable`) when it cannot be parsed. No validation: that needs every file."""
    parse_problems: list[Problem] = []
    node = load_yaml_text(text, relative, parse_problems)
    if not isinstance(node, YamlMap):
        snapshot.unreadable[relative] = str(parse_problems[0]) if parse_problems else "it is empty or not a mapping"
        return False
    if relative == REGISTRY_FILES["sources"]:
        sources = snapshot.sources if snapshot.sources is not None else {}
        for source_id, entry in (_get(node, "sources") or {}).items():
            sources[source_id] = {name: _plain(_get(entry, name)) for name in compared_fields(schema.SOURCE)}
        snapshot.sources = sources
    elif relative != REGISTRY_FILES["speakers"]:
        _read_area(Path(relative).stem, node, snapshot)
    return True


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
        fields = {key: _plain(_get(fact, key)) for key in compared_fields(schema.FACT, *FACT_COLUMNS)}
        fields["planned"] = bool(fields["planned"])
        snapshot.facts[f"{area_id}.{name}"] = FactView(f"{area_id}.{name}", fields, views, facts.key_lines[name])
    events = _get(node, "events")
    for name, event in events.items() if isinstance(events, YamlMap) else ():
        fields = {key: _plain(_get(event, key)) for key in compared_fields(schema.EVENT, *EVENT_COLUMNS)}
        fields["planned"], fields["state_visit_2025"] = bool(fields["planned"]), bool(fields["state_visit_2025"])
        fields["also_reported_by"] = _ids(event, "also_reported_by")
        snapshot.events[f"{area_id}.{name}"] = EventView(
            f"{area_id}.{name}", str(_get(event, "date")), _get(event, "source"), fields, events.key_lines[name]
        )


# From the surest match to the loosest; each observation is paired at most once.
PAIRING_KEYS: tuple[Callable[[ObservationView], tuple[Any, ...]], ...] = (
    lambda o: (o.period, o.value, o.source, tuple(sorted(o.fields.items()))),
    lambda o: (o.period, o.source, o.get("stated_by")),
    lambda o: (o.period, o.value, o.get("qualifier"), o.get("stated_by")),
    lambda o: (o.period, o.source),
    lambda o: (o.period,),
    lambda o: (o.source, o.value, o.get("qualifier"), o.get("stated_by")),
)


def pair_observations(
    old: tuple[ObservationView, ...], new: tuple[ObservationView, ...]
) -> tuple[list[tuple[ObservationView, ObservationView]], list[ObservationView], list[ObservationView]]:
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

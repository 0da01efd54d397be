"""What changed between two snapshots of data/, as plain records a reader's page can word in any language.

`macros/site/changes.py` calls `diff_snapshots` for each commit that touched data/, to list on the
Changes page, in the Atom feed and under each fact what changed, old → new. It compares every kind
of record a snapshot holds (`Snapshot.collections`: facts, events, sources, and any kind added
there later) field by field; a fact's observations are paired with `snapshot.pair_observations`,
the pairing `python -m macros diff` uses, so the two never disagree on which figure became which.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from macros.data.snapshot import ObservationView, Snapshot, pair_observations

ChangeKind = Literal["added", "removed", "changed"]
# Attributes of a view that identify or locate it rather than say something about it.
_NOT_COMPARED = ("id", "line", "fields", "observations")


@dataclass(frozen=True)
class FieldChange:
    name: str
    before: Any  # a plain value (str, number, bool, None, or tuples of them)
    after: Any


@dataclass(frozen=True)
class ObservationChange:
    kind: ChangeKind
    before: ObservationView | None  # None for an observation added
    after: ObservationView | None  # None for one removed
    fields: tuple[FieldChange, ...] = ()  # for "changed": what differs (value, period, source, ...)


@dataclass(frozen=True)
class ItemChange:
    collection: str  # 'facts', 'events', 'sources', ... as `Snapshot.collections` names them
    id: str
    kind: ChangeKind
    fields: tuple[FieldChange, ...] = ()  # for "changed": the record's own fields that differ
    observations: tuple[ObservationChange, ...] = ()  # for a fact: its observations added, removed, changed
    before: Any = None  # the two views, for a renderer that needs more than what differs (a fact's unit)
    after: Any = None

    @property
    def is_empty(self) -> bool:
        return self.kind == "changed" and not self.fields and not self.observations


def comparable(view: Any) -> dict[str, Any]:
    """A view (or a source's field mapping) as one mapping of field name -> plain value."""
    if isinstance(view, Mapping):
        return dict(view)
    own = {item.name: getattr(view, item.name) for item in dataclasses.fields(view) if item.name not in _NOT_COMPARED}
    return {**own, **getattr(view, "fields", {})}


def field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """The fields whose value differs, in the order of `after` (then those only `before` has)."""
    names = list(after) + [name for name in before if name not in after]
    return tuple(
        FieldChange(name, before.get(name), after.get(name)) for name in names if before.get(name) != after.get(name)
    )


def _observation_changes(before: Any, after: Any) -> tuple[ObservationChange, ...]:
    pairs, removed, added = pair_observations(before.observations, after.observations)
    changes = [
        ObservationChange("changed", old, new, changed)
        for old, new in pairs
        if (changed := field_changes(comparable(old), comparable(new)))
    ]
    changes += [ObservationChange("removed", old, None) for old in removed]
    changes += [ObservationChange("added", None, new) for new in added]
    return tuple(changes)


def item_change(collection: str, item_id: str, before: Any, after: Any) -> ItemChange | None:
    """How one record changed, or None when it did not (or neither side has it)."""
    if before is None and after is None:
        return None
    if before is None or after is None:
        return ItemChange(collection, item_id, "added" if before is None else "removed", before=before, after=after)
    observations = _observation_changes(before, after) if hasattr(after, "observations") else ()
    fields = field_changes(comparable(before), comparable(after))
    change = ItemChange(collection, item_id, "changed", fields, observations, before, after)
    return None if change.is_empty else change


def diff_snapshots(old: Snapshot, new: Snapshot) -> list[ItemChange]:
    """Every record added, removed or changed from `old` to `new`, kind by kind, by id. (The history
    walk compares one file's two versions at a time, each read into a snapshot of its own.)"""
    changes: list[ItemChange] = []
    old_collections, new_collections = old.collections(), new.collections()
    for collection, after_items in new_collections.items():
        before_items = old_collections.get(collection, {})
        for item_id in sorted(set(before_items) | set(after_items)):
            change = item_change(collection, item_id, before_items.get(item_id), after_items.get(item_id))
            if change is not None:
                changes.append(change)
    return changes

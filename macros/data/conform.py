"""Conform the values read from one data file to its record in `schema.py`, reporting every mistake.

`Checker` holds what checking one file needs (its path, the problem list, the ids the registries
declare, the load's period parser) and walks a record field by field; each field's kind
(`fields.FIELD_KINDS`) checks the value itself. What could be read comes back as `RawRecord`s: every
field of the record, its default where absent and None where unreadable, with the line of each key.
The cross-field rules (`rules.py`) read them, and `build.py` turns them into the model.

Called by `load.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from macros.data.field_kinds import FIELD_KINDS, NESTED_KINDS
from macros.data.fields import Field, Record, report_wrong_type
from macros.data.periods import Period, PeriodParser
from macros.data.problems import Problem, did_you_mean
from macros.data.vocabulary import Registry
from macros.data.yaml_reader import YamlMap, line_of

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record as read and conformed: a fact, an observation, a source... `fields` has every field
    of its schema record; `line` is where the record starts."""

    fields: Mapping[str, object]
    line: int
    key_lines: Mapping[str, int]

    def line_of(self, key: str) -> int:
        """The line of `key`, or the record's own line where the key is absent."""
        return self.key_lines.get(key, self.line)

    def get(self, key: str, kind: type[T]) -> T | None:
        """The field's value if it is a `kind` (None where absent or unreadable)."""
        value = self.fields.get(key)
        return value if isinstance(value, kind) else None

    def need(self, key: str, kind: type[T]) -> T:
        """The value of a field every check has passed: for building the model."""
        value = self.fields[key]
        if not isinstance(value, kind):  # a bug: the model is built only from data that passed every check
            raise TypeError(f"{key} is {value!r}, not a {kind.__name__}")
        return value

    def records(self, key: str) -> list[RawRecord]:
        """The records of a list field (observations, other dates); empty where absent or unreadable."""
        value: Any = self.fields.get(key)
        return value if isinstance(value, list) else []

    def named(self, key: str) -> dict[str, RawRecord]:
        """The records of a map field (facts, events, sources, speakers) by name; empty where absent."""
        value: Any = self.fields.get(key)
        return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class RawArea:
    """One area file as far as it could be read: `data/<id>.yaml`."""

    id: str
    path: str  # relative to the repository root
    record: RawRecord


@dataclass(frozen=True)
class RawData:
    """Everything the data files hold as far as it could be read: what the rules check and the model is built from."""

    sources: Mapping[str, RawRecord]
    speakers: Mapping[str, RawRecord]
    areas: tuple[RawArea, ...]  # in file-name order
    today: dt.date  # a date later than this lies in the future


class Checker:
    """The context of conforming one file: the kinds of field report through it and ask it for what they
    need (see `fields.FieldContext`)."""

    def __init__(
        self,
        path: str,
        problems: list[Problem],
        registries: Mapping[Registry, set[str]],
        periods: PeriodParser | None = None,
    ):
        self.path = path
        self.problems = problems
        self.registries = registries  # "sources"/"speakers" -> the ids declared there, once read
        self.periods = periods or PeriodParser()

    def report(self, line: int, key_path: str, message: str) -> None:
        self.problems.append(Problem(self.path, line, key_path, message))

    def known_ids(self, registry: Registry) -> set[str] | None:
        return self.registries.get(registry)

    def parse_period(self, text: object) -> Period:
        return self.periods.parse(text)

    def field(self, value: object, spec: Field, key_path: str, line: int) -> object | None:
        """The value conformed by its field's kind, or None (reported) when it cannot be read."""
        return FIELD_KINDS[spec.kind].check(value, spec, self, key_path, line)

    def report_duplicates(self, node: YamlMap, key_path: str) -> bool:
        """Report each key written twice; True when there is none."""
        for key, line, first in node.duplicates:
            self.report(
                line,
                f"{key_path}.{key}" if key_path else key,
                f"duplicate key (first defined on line {first}); expected each key once",
            )
        return not node.duplicates

    def report_item_without_dash(self, node: YamlMap, record: Record, key_path: str) -> bool:
        """One problem, not one per key, when a list item repeats several of its own keys: the editor
        left out the '- ' that starts the next item, so YAML read both as one. True when reported."""
        if not node.list_item or len(node.duplicates) < 2:
            return False
        start = min(line for _key, line, _first in node.duplicates)
        first_key = min(node.duplicates, key=lambda duplicate: duplicate[1])[0]
        repeated = ", ".join(key for key, _line, _first in node.duplicates)
        message = (
            f"a new {record.name} starts here without '- ' ({repeated} repeat the keys of the {record.name} "
            f"on line {node.line}); expected '- {first_key}: ...', its '-' in the column of the '-' on line {node.line}"
        )
        self.report(start, key_path, message)
        return True

    def record(self, value: object, record: Record, key_path: str, line: int) -> RawRecord | None:
        """Every field of `record` as far as it can be read; None when `value` is not a mapping at all."""
        if not isinstance(value, YamlMap):
            example = ", ".join(list(record.fields)[:3])
            report_wrong_type(self, line, key_path, value, f"a {record.name} (a mapping of keys such as {example})")
            return None
        if not self.report_item_without_dash(value, record, key_path):
            self.report_duplicates(value, key_path)
        for key in value:
            if key not in record.fields:
                known = ", ".join(record.fields)
                self.report(
                    line_of(value, key),
                    f"{key_path}.{key}" if key_path else key,
                    f"unknown key {key!r}; expected one of {known}{did_you_mean(key, record.fields)}",
                )
        fields: dict[str, object] = {}
        for name, spec in record.fields.items():
            if name not in value or value[name] is None:
                if spec.required:
                    expected = f"{spec.doc[0].lower()}{spec.doc[1:].rstrip('.')}"
                    self.report(line, key_path, f"missing required key {name!r}; expected {expected}")
                fields[name] = spec.default
                continue
            # Facts, events, sources and observations are named by their own id, not by the key that
            # holds them: `trade.turnover.period`, not `trade.facts.turnover.observations.period`.
            child_path = key_path if spec.kind in NESTED_KINDS else (f"{key_path}.{name}" if key_path else name)
            fields[name] = self.field(value[name], spec, child_path, line_of(value, name))
        return RawRecord(fields, line, value.key_lines)

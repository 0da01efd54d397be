"""What a field of a data file is, and what each kind of field must do.

`Field` and `Record` are the units `schema.py` describes the data files with. Each field names its
kind ("text", "period", "refs"...); `field_kinds.FIELD_KINDS` maps that name to one `FieldKind`
object, whose `check()` conforms a value as the validator (`conform.Checker`) reads it, reporting
every problem in the editors' words, and whose `json_schema()` is the same rule for editors'
autocompletion (`schema.json_schema`). Both sides go through that one registry.

Adding a field kind: write one subclass of `FieldKind` with both methods (in `simple_kinds.py` for a
value on its own, in `field_kinds.py` for one made of other values), add its name to `FieldKindName`
and an instance to `FIELD_KINDS`; `tests/test_fields.py` fails if a name, a class or either side is
missing, or if the kind has no test cases.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, ClassVar, Literal, Protocol

from macros.data.periods import Period
from macros.data.vocabulary import REGISTRY_FILES, SNAKE_CASE_ID, Registry
from macros.data.yaml_reader import Ambiguous, YamlList, YamlMap

if TYPE_CHECKING:
    from macros.data.conform import RawRecord

FieldKindName = Literal[
    "text", "localized", "number", "bool", "count", "period", "date", "url", "language", "enum", "ref", "refs", "list",
    "map", "glosses", "record", "period_or_undated", "ids",
]  # fmt: skip
JsonSchema = dict[str, object]


@dataclass(frozen=True)
class Field:
    kind: FieldKindName
    doc: str
    required: bool = False
    default: object = None
    choices: tuple[str, ...] = ()  # for enum
    registry: Registry | None = None  # for ref and refs
    record: Record | None = None  # for list, map and record: the record each item (or the value) is
    key_pattern: str = SNAKE_CASE_ID  # for map: the names its keys may have

    def item_record(self) -> Record:
        if self.record is None:  # a mistake in schema.py, not in the data
            raise ValueError(f"a {self.kind} field needs the record of its items: {self.doc}")
        return self.record

    def registry_file(self) -> str:
        if self.registry is None:  # a mistake in schema.py, not in the data
            raise ValueError(f"a {self.kind} field needs the registry its ids come from: {self.doc}")
        return REGISTRY_FILES[self.registry]


@dataclass(frozen=True)
class Record:
    name: str
    doc: str
    fields: Mapping[str, Field] = field(default_factory=dict)  # name -> Field, in the order editors write them

    def __post_init__(self) -> None:
        # The specification is a constant that the validator, the schema and the diff all read: read-only.
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))


class FieldContext(Protocol):
    """What a field kind needs from the validator while it checks one value (`conform.Checker`)."""

    def report(self, line: int, key_path: str, message: str) -> None: ...

    def known_ids(self, registry: Registry) -> set[str] | None: ...

    def parse_period(self, text: object) -> Period: ...

    def report_duplicates(self, node: YamlMap, key_path: str) -> bool: ...

    def record(self, value: object, record: Record, key_path: str, line: int) -> RawRecord | None: ...


def describe(value: object) -> str:
    """What an editor wrote, as the start of a message: "'4,1' is text", "2024 is a number"."""
    if isinstance(value, Ambiguous):
        return f"{str(value)!r} {value.reason}"
    if isinstance(value, bool):
        return f"{value!r} is a yes/no value"
    if isinstance(value, (int, float)):
        return f"{value!r} is a number"
    if isinstance(value, YamlMap):
        return "a mapping is given"
    if isinstance(value, YamlList):
        return "a list is given"
    if value is None:
        return "nothing is given"
    return f"{value!r} is text"


def report_wrong_type(
    ctx: FieldContext, line: int, key_path: str, value: object, expected: str, right_type: bool = False
) -> None:
    """Report a value of the wrong type, or (`right_type`) of the right type in the wrong form."""
    what = f"{value!r} is not valid here" if right_type else describe(value)
    ctx.report(line, key_path, f"{what}; expected {expected}")


def is_plain_text(value: object) -> bool:
    return isinstance(value, str) and not isinstance(value, Ambiguous)


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class FieldKind(ABC):
    """One kind of field. `check` returns the value conformed, or None when it could not be read (after
    reporting why); `json_schema` says the same to an editor's autocompletion, without `description`
    and `default`, which every field adds from its `doc` and `default`."""

    name: ClassVar[FieldKindName]

    @abstractmethod
    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> object | None: ...

    @abstractmethod
    def json_schema(self, spec: Field) -> JsonSchema: ...

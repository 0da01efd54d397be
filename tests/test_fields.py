"""Each kind of field (macros/data/fields.py): what it accepts, what it tells an editor otherwise, and its
JSON Schema. One registry feeds the validator and the schema, and a kind cannot lack either side."""

from __future__ import annotations

from typing import get_args

import pytest

from macros.data import schema
from macros.data.conform import Checker
from macros.data.field_kinds import FIELD_KINDS, field_schema
from macros.data.fields import Field, FieldKind, FieldKindName, Record
from macros.data.periods import Period, Point
from macros.data.yaml_reader import load_yaml

ITEM = Record("item", "An item.", {"name": Field("text", "Its name.", required=True)})

CASES = [
    # kind, the rest of the field, the value as written in YAML, the value read, the messages
    ("text", {}, "' Trade '", "Trade", []),
    ("text", {}, "''", None, ["'' is text; expected text (quote it if it looks like a number or yes/no)"]),
    (
        "text",
        {},
        "no",
        None,
        ["'no' would be read as a yes/no value; expected text (quote it if it looks like a number or yes/no)"],
    ),
    ("localized", {}, "{en: Trade, ru: Торговля}", {"en": "Trade", "ru": "Торговля"}, []),
    (
        "localized",
        {},
        "Trade",
        None,
        ["'Trade' is not translated; expected a text in every language: {en: ..., ru: ...}"],
    ),
    (
        "localized",
        {},
        "{en: Trade, de: Handel}",
        None,
        [
            "'de' is not a language of the site; expected one of en, ru",
            "missing the 'ru' translation; expected a text for every language (en, ru)",
        ],
    ),
    ("number", {}, "4.1", 4.1, []),
    ("number", {}, "'4,1'", None, ["'4,1' uses a decimal comma; expected a dot: 4.1"]),
    ("bool", {}, "false", False, []),
    ("bool", {}, "yes", None, ["'yes' would be read as a yes/no value; expected true or false"]),
    ("count", {}, "30", 30, []),
    ("count", {}, "0", None, ["0 is a number; expected a whole number of at least 1"]),
    ("period", {}, "'2025-01/2025-09'", Period.parse("2025-01/2025-09"), []),
    ("period", {}, "2024", None, ["2024 is a number; expected it quoted, such as '2024'"]),
    # One rule for every form: a month or a day unquoted is refused as a year is (CONTRIBUTING says "quote").
    ("period", {}, "2024-05", None, ["2024-05 is not quoted; expected it quoted, such as '2024-05'"]),
    ("date", {}, "2025-11-26", None, ["2025-11-26 is not quoted; expected it quoted, such as '2025-11-26'"]),
    (
        "date",
        {},
        "'2025-13-01'",
        None,
        [
            "'2025-13-01' is not a date: there is no month 13; "
            "expected YYYY, YYYY-MM or YYYY-MM-DD, such as '2025-11-26'"
        ],
    ),
    ("number", {}, "'1,800'", None, ["'1,800' has a thousands separator; expected the digits alone: 1800"]),
    ("number", {}, "'3.4'", None, ["'3.4' is quoted, so it is text; expected the number without quotes: 3.4"]),
    ("date", {}, "'2025-11-26'", Point.parse("2025-11-26"), []),
    (
        "date",
        {},
        "'2025-01/2025-09'",
        None,
        ["'2025-01/2025-09' is a range; expected a single date: YYYY, YYYY-MM or YYYY-MM-DD, such as '2025-11-26'"],
    ),
    ("url", {}, "https://example.org/a?b=1", "https://example.org/a?b=1", []),
    (
        "url",
        {},
        "https://example.org/новости…",
        None,
        [
            "'https://example.org/новости…' is not a complete web address; expected an http:// or https:// address with a host and no spaces or '…'"
        ],
    ),
    (
        "url",
        {},
        "ftp://example.org",
        None,
        ["unsafe URL 'ftp://example.org' (scheme 'ftp:'); expected an http:// or https:// address"],
    ),
    (
        "url",
        {},
        "https://user:secret@example.org",
        None,
        ["'https://user:secret@example.org' carries a user name or password; expected a public address"],
    ),
    ("language", {}, "ky", "ky", []),
    (
        "language",
        {},
        "english",
        None,
        ["'english' is not valid here; expected a two-letter ISO 639-1 code such as 'en' or 'ru'; did you mean 'en'?"],
    ),
    ("enum", {"choices": ("exact", "about")}, "about", "about", []),
    (
        "enum",
        {"choices": ("exact", "about")},
        "aboot",
        None,
        ["'aboot' is not allowed; expected one of exact, about; did you mean 'about'?"],
    ),
    (
        "enum",
        {"choices": ("exact", "about")},
        "aprox",
        None,
        ["'aprox' is not allowed; expected one of exact, about; did you mean 'about'?"],
    ),
    (
        "url",
        {},
        "example.org/page",
        None,
        [
            "'example.org/page' lacks the https:// at its start; expected the full address as the browser shows it, "
            "such as 'https://example.org/page'"
        ],
    ),
    ("ref", {"registry": "sources"}, "agency-2025", "agency-2025", []),
    (
        "ref",
        {"registry": "sources"},
        "agency-2024",
        None,
        ["'agency-2024' is not in data/sources.yaml; did you mean 'agency-2025'?"],
    ),
    ("ref", {"registry": "sources"}, "zzz", None, ["'zzz' is not in data/sources.yaml; expected an id defined there"]),
    ("refs", {"registry": "sources"}, "[agency-2025, ministry-2025]", ("agency-2025", "ministry-2025"), []),
    ("refs", {"registry": "sources"}, "[agency-2025, agency-2025]", None, ["lists an id twice; expected each id once"]),
    (
        "refs",
        {"registry": "sources"},
        "[{id: agency-2025}]",
        None,
        ["a mapping is given; expected an id from data/sources.yaml"],
    ),
    ("ids", {}, "[trade.summit, diplomacy.state_visit_2019]", ("trade.summit", "diplomacy.state_visit_2019"), []),
    ("ids", {}, "[trade.summit, trade.summit]", None, ["lists an id twice; expected each id once"]),
    (
        "ids",
        {},
        "trade.summit",
        None,
        ["'trade.summit' is text; expected a list of ids such as [diplomacy.state_visit_2019]"],
    ),
    ("list", {"record": ITEM}, "[{name: A}, {name: B}]", ["A", "B"], []),
    (
        "list",
        {"record": ITEM},
        "[{name: A}, 4]",
        ["A"],
        ["4 is a number; expected a item (a mapping of keys such as name)"],
    ),
    ("list", {"record": ITEM, "required": True}, "[]", None, ["has no items; expected at least one"]),
    ("map", {"record": ITEM}, "{first: {name: A}}", {"first": "A"}, []),
    (
        "map",
        {"record": ITEM},
        "{First: {name: A}, second: {}}",
        {"second": None},
        [
            "'First' is not a valid name; expected snake_case: lowercase letters, digits and underscores",
            "missing required key 'name'; expected its name",
        ],
    ),
]


CASES += [  # issue 12: a quote's glosses, one record as a value, a figure's period or 'undated'
    ("glosses", {}, "{ru: Товарооборот}", {"ru": "Товарооборот"}, []),
    (
        "glosses",
        {},
        "Trade",
        None,
        ["a single text is given; expected the gloss by language, such as {en: ..., ru: ...}"],
    ),
    (
        "glosses",
        {},
        "{de: Handel}",
        None,
        ["'de' is not a language of the site; expected one of en, ru"],
    ),
    ("record", {"record": ITEM}, "{name: A}", "A", []),
    ("record", {"record": ITEM}, "[A]", None, ["a list is given; expected a item (a mapping of keys such as name)"]),
    ("period_or_undated", {}, "undated", Period.undated(), []),
    ("period_or_undated", {}, "'2024'", Period.parse("2024"), []),
    (
        "period_or_undated",
        {},
        "someday",
        None,
        [
            "'someday' is not a period; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'"
        ],
    ),
]


def read(value):
    """A record's fields as plain values, so the table can name what a list or map reads."""
    if hasattr(value, "fields"):  # one record (the `record` kind)
        return value.fields["name"]
    if isinstance(value, list):
        return [item.fields["name"] for item in value]
    if isinstance(value, dict) and value and not isinstance(next(iter(value.values())), str):
        return {key: item.fields["name"] for key, item in value.items()}
    return value


@pytest.mark.parametrize(
    ("kind", "options", "written", "expected", "messages"), CASES, ids=[f"{case[0]}-{case[2]}" for case in CASES]
)
def test_a_kind_reads_a_value_or_says_what_is_wrong(tmp_path, kind, options, written, expected, messages):
    path = tmp_path / "x.yaml"
    path.write_text(f"x: {written}\n", encoding="utf-8")
    problems = []
    node = load_yaml(path, "data/x.yaml", problems)
    checker = Checker("data/x.yaml", problems, {"sources": {"agency-2025", "ministry-2025"}})
    value = checker.field(node["x"], Field(kind, "Its value.", **options), "x", 1)
    assert [problem.message for problem in problems] == messages
    assert read(value) == expected


def test_every_kind_is_tested_accepting_a_value_and_refusing_one():
    for name in FIELD_KINDS:
        assert {bool(messages) for kind, _, _, _, messages in CASES if kind == name} == {False, True}, name


def test_every_kind_name_has_one_kind_with_a_check_and_a_json_schema():
    assert set(FIELD_KINDS) == set(get_args(FieldKindName))
    for name, kind in FIELD_KINDS.items():
        assert kind.name == name
        assert {"check", "json_schema"} <= set(vars(type(kind))), f"{type(kind).__name__} lacks a side"


def test_a_kind_without_its_json_schema_cannot_be_made():
    class Half(FieldKind):
        name = "text"

        def check(self, value, spec, ctx, key_path, line):
            return value

    with pytest.raises(TypeError, match="json_schema"):
        Half()


def all_records(records, seen=None):
    seen = seen if seen is not None else {}
    for record in records:
        seen.setdefault(record.name, record)
        all_records([spec.record for spec in record.fields.values() if spec.record], seen)
    return seen


@pytest.mark.parametrize("record", all_records(schema.FILE_RECORDS.values()).values(), ids=lambda r: r.name)
def test_every_field_of_the_specification_has_a_kind_and_a_json_schema(record):
    for spec in record.fields.values():
        assert spec.kind in FIELD_KINDS
        generated = field_schema(spec)
        assert generated["description"] == spec.doc
        assert generated.get("default") == spec.default

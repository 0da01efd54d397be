"""The kinds of field made of other values (texts in every language, lists of ids, lists and maps of
records), and `FIELD_KINDS`: the one registry of every kind, which the validator (`conform.py`) and
the editors' JSON Schema (`field_schema`, `record_schema`, used by `schema.json_schema`) both read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from macros.data.fields import (
    Field,
    FieldContext,
    FieldKind,
    FieldKindName,
    JsonSchema,
    Record,
    is_plain_text,
    report_wrong_type,
)
from macros.data.periods import UNDATED, Period
from macros.data.problems import did_you_mean
from macros.data.simple_kinds import (
    Bool,
    Count,
    DateKind,
    Enum,
    Language,
    Number,
    PeriodKind,
    Ref,
    Text,
    Url,
    check_id,
)
from macros.data.vocabulary import LANGUAGES, SOURCE_ID
from macros.data.yaml_reader import YamlList, YamlMap, line_of

if TYPE_CHECKING:
    from macros.data.conform import RawRecord


_ONE_TRANSLATION = Field("text", "")


class Localized(FieldKind):
    name = "localized"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> dict[str, str] | None:
        if not isinstance(value, YamlMap):
            example = ", ".join(f"{lang}: ..." for lang in LANGUAGES)
            if is_plain_text(value):
                ctx.report(
                    line, key_path, f"{value!r} is not translated; expected a text in every language: {{{example}}}"
                )
                return None
            report_wrong_type(ctx, line, key_path, value, f"a text in every language: {{{example}}}")
            return None
        texts, ok = _texts_by_language(value, ctx, key_path)
        for lang in LANGUAGES:
            if lang not in value:
                ctx.report(
                    line,
                    key_path,
                    f"missing the {lang!r} translation; expected a text for every language ({', '.join(LANGUAGES)})",
                )
                ok = False
        return texts if ok else None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {
            "type": "object",
            "required": list(LANGUAGES),
            "additionalProperties": False,
            "properties": {lang: {"type": "string", "minLength": 1} for lang in LANGUAGES},
        }


class Ids(FieldKind):
    """Ids of facts, events or commitments (`<area>.<name>`), each once. Whether each exists only a rule
    across the area files can tell (`commitment_rules.commitment_unknown_id`)."""

    name = "ids"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> tuple[str, ...] | None:
        if not isinstance(value, YamlList) or not all(is_plain_text(item) for item in value):
            report_wrong_type(ctx, line, key_path, value, "a list of ids such as [diplomacy.state_visit_2019]")
            return None
        if len(set(value)) != len(value):
            ctx.report(line, key_path, "lists an id twice; expected each id once")
            return None
        return tuple(str(item) for item in value)

    def json_schema(self, spec: Field) -> JsonSchema:
        item = {"type": "string", "pattern": "^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$"}
        return {"type": "array", "items": item, "uniqueItems": True}


class Refs(FieldKind):
    name = "refs"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> tuple[str, ...] | None:
        if not isinstance(value, YamlList):
            report_wrong_type(ctx, line, key_path, value, f"a list of ids from {spec.registry_file()}")
            return None
        ids = [check_id(item, spec, ctx, key_path, line_of(value, index)) for index, item in enumerate(value)]
        hashable = [item for item in value if not isinstance(item, (YamlMap, YamlList))]
        if len(set(hashable)) != len(hashable):
            ctx.report(line, key_path, "lists an id twice; expected each id once")
            return None
        valid = tuple(ident for ident in ids if ident is not None)
        return valid if len(valid) == len(ids) else None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}


class ListOf(FieldKind):
    """Records in a sequence (`Field.record`): observations, other dates."""

    name = "list"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> list[RawRecord] | None:
        record = spec.item_record()
        if not isinstance(value, YamlList):
            report_wrong_type(ctx, line, key_path, value, f"a list of {record.name}s")
            return None
        if spec.required and not value:
            ctx.report(line, key_path, f"has no {record.name}s; expected at least one")
            return None
        # The items that could be read, even when some could not: the checks across fields still see them.
        items = (ctx.record(item, record, key_path, line_of(value, index)) for index, item in enumerate(value))
        return [item for item in items if item is not None]

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "array", "minItems": 1 if spec.required else 0, "items": record_schema(spec.item_record())}


class MapOf(FieldKind):
    """Records by name (`Field.record`, names matching `Field.key_pattern`): facts, events, sources, speakers."""

    name = "map"

    def check(
        self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int
    ) -> dict[str, RawRecord] | None:
        record = spec.item_record()
        if not isinstance(value, YamlMap):
            report_wrong_type(ctx, line, key_path, value, f"a mapping of {record.name}s by name")
            return None
        ctx.report_duplicates(value, key_path)
        items = {}
        for key, item in value.items():
            item_path = f"{key_path}.{key}" if key_path else key
            if not re.fullmatch(spec.key_pattern, key):
                rule = (
                    "lowercase letters, digits and hyphens"
                    if spec.key_pattern == SOURCE_ID
                    else "snake_case: lowercase letters, digits and underscores"
                )
                ctx.report(line_of(value, key), item_path, f"{key!r} is not a valid name; expected {rule}")
                continue
            checked = ctx.record(item, record, item_path, line_of(value, key))
            if checked is not None:
                items[key] = checked
        return items

    def json_schema(self, spec: Field) -> JsonSchema:
        return {
            "type": "object",
            "additionalProperties": False,
            "patternProperties": {spec.key_pattern: record_schema(spec.item_record())},
        }


class Glosses(FieldKind):
    """A quote's glosses: language -> text, in languages of the site. Which languages a quote needs (every
    site language but its source's own) only the rule `quote-gloss` can tell, since it knows the source."""

    name = "glosses"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> dict[str, str] | None:
        example = ", ".join(f"{lang}: ..." for lang in LANGUAGES)
        if not isinstance(value, YamlMap) or not value:
            what = "a single text is given" if is_plain_text(value) else None
            if what:
                ctx.report(line, key_path, f"{what}; expected the gloss by language, such as {{{example}}}")
            else:
                report_wrong_type(ctx, line, key_path, value, f"the gloss by language, such as {{{example}}}")
            return None
        glosses, ok = _texts_by_language(value, ctx, key_path)
        return glosses if ok else None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": False,
            "properties": {lang: {"type": "string", "minLength": 1} for lang in LANGUAGES},
        }


class OneRecord(FieldKind):
    """One record as the field's value (`Field.record`): an observation's derivation."""

    name = "record"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> RawRecord | None:
        return ctx.record(value, spec.item_record(), key_path, line)

    def json_schema(self, spec: Field) -> JsonSchema:
        return record_schema(spec.item_record())


class PeriodOrUndated(FieldKind):
    """The period a figure refers to, or 'undated' when its source gives none (`periods.Period.undated`)."""

    name = "period_or_undated"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> Period | None:
        if isinstance(value, str) and is_plain_text(value) and value.strip() == UNDATED:
            return Period.undated()
        return PeriodKind().check(value, spec, ctx, key_path, line)

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"anyOf": [PeriodKind().json_schema(spec), {"const": UNDATED}]}


FIELD_KINDS: Mapping[FieldKindName, FieldKind] = MappingProxyType(
    {
        kind.name: kind
        for kind in (
            Text(),
            Localized(),
            Number(),
            Bool(),
            Count(),
            PeriodKind(),
            DateKind(),
            Url(),
            Language(),
            Enum(),
            Ref(),
            Refs(),
            ListOf(),
            MapOf(),
            Glosses(),
            OneRecord(),
            PeriodOrUndated(),
            Ids(),
        )
    }
)
NESTED_KINDS = ("list", "map")  # their items are named by their own key path, not by the field's name


# --- JSON Schema for editors -------------------------------------------------------------------


def field_schema(spec: Field) -> JsonSchema:
    schema = FIELD_KINDS[spec.kind].json_schema(spec)
    schema["description"] = spec.doc
    if spec.default is not None:
        schema["default"] = spec.default
    return schema


def record_schema(record: Record) -> JsonSchema:
    return {
        "type": "object",
        "description": record.doc,
        "additionalProperties": False,
        "required": [name for name, spec in record.fields.items() if spec.required],
        "properties": {name: field_schema(spec) for name, spec in record.fields.items()},
    }


def _texts_by_language(value: YamlMap, ctx: FieldContext, key_path: str) -> tuple[dict[str, str], bool]:
    """The texts of a mapping keyed by the site's languages (a localized text, a quote's glosses), each
    checked as one text; False where a key is repeated, not a language, or a text is wrong."""
    ok = ctx.report_duplicates(value, key_path)
    texts: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in LANGUAGES:
            ctx.report(
                line_of(value, lang),
                f"{key_path}.{lang}",
                f"{lang!r} is not a language of the site; "
                f"expected one of {', '.join(LANGUAGES)}{did_you_mean(lang, LANGUAGES)}",
            )
            ok = False
            continue
        checked = Text().check(text, _ONE_TRANSLATION, ctx, f"{key_path}.{lang}", line_of(value, lang))
        ok = ok and checked is not None
        if checked is not None:
            texts[lang] = checked
    return texts, ok

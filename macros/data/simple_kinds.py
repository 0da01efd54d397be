"""The kinds of field that hold one value on their own: text, numbers, yes/no, periods and dates,
addresses, languages, words from a closed list, and ids from a registry. See `fields.py` for what a
kind is; `field_kinds.FIELD_KINDS` lists them all.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from macros.data.fields import (
    Field,
    FieldContext,
    FieldKind,
    JsonSchema,
    describe,
    is_number,
    is_plain_text,
    report_wrong_type,
)
from macros.data.hints import number_hint, suggest_choice, suggest_language
from macros.data.periods import PERIOD_FORMS, Period, PeriodError, Point
from macros.data.problems import did_you_mean
from macros.data.yaml_reader import Ambiguous, Unquoted

SAFE_URL_SCHEMES = ("http", "https")


class Text(FieldKind):
    name = "text"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> str | None:
        if isinstance(value, str) and is_plain_text(value) and value.strip():
            return value.strip()
        report_wrong_type(ctx, line, key_path, value, "text (quote it if it looks like a number or yes/no)")
        return None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "string", "minLength": 1}


class Number(FieldKind):
    name = "number"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> float | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        hint = number_hint(value) if isinstance(value, str) and is_plain_text(value) else None
        if hint is not None:
            ctx.report(line, key_path, hint)
            return None
        report_wrong_type(ctx, line, key_path, value, "a number such as 4.1 (no units, no thousands separators)")
        return None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "number"}


class Bool(FieldKind):
    name = "bool"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> bool | None:
        if isinstance(value, bool):
            return value
        report_wrong_type(ctx, line, key_path, value, "true or false")
        return None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "boolean"}


class Count(FieldKind):
    name = "count"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        report_wrong_type(ctx, line, key_path, value, "a whole number of at least 1")
        return None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "integer", "minimum": 1}


_POINT_PATTERN = r"\d{4}(-\d{2}(-\d{2})?)?"
_ACADEMIC_YEAR_PATTERN = r"\d{4}/\d{2}"


DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD, such as '2025-11-26'"


def _check_period(value: object, ctx: FieldContext, key_path: str, line: int, single: bool = False) -> Period | None:
    """The period (or, `single`, the date) as written, quoted: one rule for every form, since an
    unquoted year is a number to YAML (CONTRIBUTING.md and the editors' guide say the same)."""
    if is_number(value) or isinstance(value, Unquoted):
        what = "is a number" if is_number(value) else "is not quoted"
        ctx.report(line, key_path, f"{value} {what}; expected it quoted, such as '{value}'")
        return None
    try:
        return ctx.parse_period(value)
    except PeriodError as error:
        message = str(error)
        if single:  # a publication date or an event's date: no range is offered
            message = message.replace("is not a period", "is not a date").replace(PERIOD_FORMS, DATE_FORMS)
        ctx.report(line, key_path, message)
        return None


class PeriodKind(FieldKind):
    """A period a figure refers to: a year, month or day, a range START/END, or an academic year (a
    `periods.Period`)."""

    name = "period"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> Period | None:
        return _check_period(value, ctx, key_path, line)

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "string", "pattern": f"^({_POINT_PATTERN}(/{_POINT_PATTERN})?|{_ACADEMIC_YEAR_PATTERN})$"}


class DateKind(FieldKind):
    """One year, month or day (a `periods.Point`), never a range."""

    name = "date"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> Point | None:
        period = _check_period(value, ctx, key_path, line, single=True)
        if period is None:
            return None
        if period.end is not None:
            ctx.report(line, key_path, f"{value!r} is a range; expected a single date: {DATE_FORMS}")
            return None
        return period.start

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "string", "pattern": f"^{_POINT_PATTERN}$"}


class Url(FieldKind):
    name = "url"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> str | None:
        if not isinstance(value, str) or isinstance(value, Ambiguous):
            report_wrong_type(ctx, line, key_path, value, "an http:// or https:// address")
            return None
        parts = urlsplit(value.strip())
        scheme = parts.scheme.lower()
        if not scheme and re.match(r"(www\.)?[\w-]+(\.[\w-]+)+(/|$)", value.strip()):
            ctx.report(
                line,
                key_path,
                f"{value!r} lacks the https:// at its start; expected the full address as the browser "
                f"shows it, such as 'https://{value.strip()}'",
            )
            return None
        if scheme not in SAFE_URL_SCHEMES:
            shown = f"scheme {scheme + ':'!r}" if scheme else "no scheme"
            ctx.report(line, key_path, f"unsafe URL {value!r} ({shown}); expected an http:// or https:// address")
            return None
        if not parts.hostname or re.search(r"\s|…", value):  # '…': an address shortened for display
            ctx.report(
                line,
                key_path,
                f"{value!r} is not a complete web address; expected an http:// or https:// "
                "address with a host and no spaces or '…'",
            )
            return None
        if parts.username or parts.password:
            ctx.report(line, key_path, f"{value!r} carries a user name or password; expected a public address")
            return None
        return value.strip()

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "string", "pattern": "^https?://[^\\s]+$"}


class Language(FieldKind):
    name = "language"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> str | None:
        if isinstance(value, str) and re.fullmatch(r"[a-z]{2}", value):
            return value
        expected = "a two-letter ISO 639-1 code such as 'en' or 'ru'"
        if isinstance(value, str) and is_plain_text(value):
            expected += suggest_language(value)
        report_wrong_type(ctx, line, key_path, value, expected, right_type=is_plain_text(value))
        return None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "string", "pattern": "^[a-z]{2}$"}


class Enum(FieldKind):
    """One word of a closed list (`Field.choices`)."""

    name = "enum"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> str | None:
        if isinstance(value, str) and value in spec.choices:
            return value
        what = f"{value!r}" if is_plain_text(value) else describe(value)
        ctx.report(
            line,
            key_path,
            f"{what} is not allowed; expected one of {', '.join(spec.choices)}{suggest_choice(value, spec.choices)}",
        )
        return None

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"enum": list(spec.choices)}


def check_id(value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> str | None:
    """One id from the registry the field names (`Field.registry`)."""
    if not isinstance(value, str) or isinstance(value, Ambiguous):
        report_wrong_type(ctx, line, key_path, value, f"an id from {spec.registry_file()}")
        return None
    assert spec.registry is not None  # registry_file() raised otherwise
    known = ctx.known_ids(spec.registry)
    if known is not None and value not in known:
        hint = did_you_mean(value, known) or "; expected an id defined there"
        ctx.report(line, key_path, f"{value!r} is not in {spec.registry_file()}{hint}")
        return None
    return value


class Ref(FieldKind):
    name = "ref"

    def check(self, value: object, spec: Field, ctx: FieldContext, key_path: str, line: int) -> str | None:
        return check_id(value, spec, ctx, key_path, line)

    def json_schema(self, spec: Field) -> JsonSchema:
        return {"type": "string", "minLength": 1}

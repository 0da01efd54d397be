"""Check every data file against `schema.py` and build the `Dataset`, collecting every problem.

Called by `project.load_project`, which the MkDocs hook and the command line share. Nothing here
raises for a data mistake: each becomes a `Problem` with its file, line and key path, and the
caller fails once with all of them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from macros.data import schema
from macros.data.model import Area, Dataset, Event, Fact, Located, Observation, OtherDate, Source, Speaker
from macros.data.periods import Period, PeriodError
from macros.data.problems import Problem
from macros.data.units import UNITS
from macros.data.yaml_reader import Ambiguous, YamlList, YamlMap, line_of, load_yaml

SAFE_URL_SCHEMES = ("http", "https")
REGISTRY_FILES = {"sources": "data/sources.yaml", "speakers": "data/speakers.yaml"}


def did_you_mean(value, candidates) -> str:
    if not isinstance(value, str):
        return ""
    match = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""


def _describe(value) -> str:
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


class Checker:
    """Conforms YAML values to schema records for one file, appending problems."""

    def __init__(self, path: str, problems: list, registries: dict):
        self.path = path
        self.problems = problems
        self.registries = registries  # "sources"/"speakers" -> set of ids, once loaded

    def report(self, line: int, where: str, message: str) -> None:
        self.problems.append(Problem(self.path, line, where, message))

    # Each field kind returns (ok, value) and reports its own problems.
    def field(self, value, spec: schema.Field, where: str, line: int):
        kind = spec.kind
        if kind == "text":
            if isinstance(value, str) and not isinstance(value, Ambiguous) and value.strip():
                return True, value.strip()
            return self._wrong(line, where, value, "text (quote it if it looks like a number or yes/no)")
        if kind == "localized":
            return self.localized(value, where, line)
        if kind == "number":
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return True, value
            return self._wrong(line, where, value, "a number such as 4.1 (no units, no thousands separators)")
        if kind == "bool":
            if isinstance(value, bool):
                return True, value
            return self._wrong(line, where, value, "true or false")
        if kind == "count":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
                return True, value
            return self._wrong(line, where, value, "a whole number of at least 1")
        if kind in ("period", "date"):
            return self.period(value, where, line, allow_range=kind == "period")
        if kind == "url":
            return self.url(value, where, line)
        if kind == "language":
            if isinstance(value, str) and re.fullmatch(r"[a-z]{2}", value):
                return True, value
            return self._wrong(
                line,
                where,
                value,
                "a two-letter ISO 639-1 code such as 'en' or 'ru'",
                right_type=isinstance(value, str) and not isinstance(value, Ambiguous),
            )
        if kind == "enum":
            if isinstance(value, str) and value in spec.choices:
                return True, value
            what = f"{value!r}" if isinstance(value, str) and not isinstance(value, Ambiguous) else _describe(value)
            self.report(
                line,
                where,
                f"{what} is not allowed; expected one of {', '.join(spec.choices)}{did_you_mean(value, spec.choices)}",
            )
            return False, None
        if kind == "ref":
            return self.ref(value, spec.registry, where, line)
        if kind == "refs":
            if not isinstance(value, YamlList):
                return self._wrong(line, where, value, f"a list of ids from {REGISTRY_FILES[spec.registry]}")
            results = [self.ref(item, spec.registry, where, line_of(value, index)) for index, item in enumerate(value)]
            if len(set(value)) != len(value):
                self.report(line, where, "lists an id twice; expected each id once")
                return False, None
            return all(ok for ok, _ in results), tuple(item for _, item in results)
        if kind == "list":
            if not isinstance(value, YamlList):
                return self._wrong(line, where, value, f"a list of {spec.record.name}s")
            if spec.required and not value:
                self.report(line, where, f"has no {spec.record.name}s; expected at least one")
                return False, None
            items = [self.record(item, spec.record, where, line_of(value, index)) for index, item in enumerate(value)]
            return all(ok for ok, _ in items), [
                (item, line_of(value, index)) for index, (_, item) in enumerate(items) if item is not None
            ]
        if kind == "map":
            return self.mapping(value, spec, where, line)
        raise ValueError(f"unknown field kind {kind!r}")  # a bug in schema.py, not a data mistake

    def _wrong(self, line, where, value, expected, right_type=False):
        """Report a value of the wrong type, or (`right_type`) of the right type in the wrong form."""
        what = f"{value!r} is not valid here" if right_type else _describe(value)
        self.report(line, where, f"{what}; expected {expected}")
        return False, None

    def localized(self, value, where, line):
        if not isinstance(value, YamlMap):
            example = ", ".join(f"{lang}: ..." for lang in schema.LANGUAGES)
            if isinstance(value, str) and not isinstance(value, Ambiguous):
                self.report(
                    line, where, f"{value!r} is not translated; expected a text in every language: {{{example}}}"
                )
                return False, None
            return self._wrong(line, where, value, f"a text in every language: {{{example}}}")
        ok = self.duplicates(value, where)
        texts = {}
        for lang, text in value.items():
            if lang not in schema.LANGUAGES:
                self.report(
                    line_of(value, lang),
                    f"{where}.{lang}",
                    f"{lang!r} is not a language of the site; "
                    f"expected one of {', '.join(schema.LANGUAGES)}{did_you_mean(lang, schema.LANGUAGES)}",
                )
                ok = False
                continue
            text_ok, texts[lang] = self.field(text, schema.Field("text", ""), f"{where}.{lang}", line_of(value, lang))
            ok = ok and text_ok
        for lang in schema.LANGUAGES:
            if lang not in value:
                self.report(
                    line,
                    where,
                    f"missing the {lang!r} translation; expected a text for every language "
                    f"({', '.join(schema.LANGUAGES)})",
                )
                ok = False
        return ok, texts

    def period(self, value, where, line, allow_range=True):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.report(line, where, f"{value!r} is a number; expected it quoted, such as '{value}'")
            return False, None
        try:
            period = Period.parse(value)
        except PeriodError as error:
            self.report(line, where, str(error))
            return False, None
        if not allow_range and period.end is not None:
            self.report(line, where, f"{value!r} is a range; expected a single date: YYYY, YYYY-MM or YYYY-MM-DD")
            return False, None
        return True, period if allow_range else period.start

    def url(self, value, where, line):
        if not isinstance(value, str) or isinstance(value, Ambiguous):
            return self._wrong(line, where, value, "an http:// or https:// address")
        parts = urlsplit(value.strip())
        scheme = parts.scheme.lower()
        if scheme not in SAFE_URL_SCHEMES:
            shown = f"scheme {scheme + ':'!r}" if scheme else "no scheme"
            self.report(line, where, f"unsafe URL {value!r} ({shown}); expected an http:// or https:// address")
            return False, None
        if not parts.hostname or re.search(r"\s|…", value) or (not value.isascii() and "…" in value):
            self.report(
                line,
                where,
                f"{value!r} is not a complete web address; expected an http:// or https:// "
                "address with a host and no spaces or '…'",
            )
            return False, None
        if parts.username or parts.password:
            self.report(line, where, f"{value!r} carries a user name or password; expected a public address")
            return False, None
        return True, value.strip()

    def ref(self, value, registry, where, line):
        known = self.registries.get(registry)
        if not isinstance(value, str) or isinstance(value, Ambiguous):
            return self._wrong(line, where, value, f"an id from {REGISTRY_FILES[registry]}")
        if known is not None and value not in known:
            self.report(
                line,
                where,
                f"{value!r} is not in {REGISTRY_FILES[registry]}{did_you_mean(value, known)}"
                if did_you_mean(value, known)
                else f"{value!r} is not in {REGISTRY_FILES[registry]}; expected an id defined there",
            )
            return False, None
        return True, value

    def duplicates(self, node: YamlMap, where: str) -> bool:
        for key, line, first in getattr(node, "duplicates", []):
            self.report(
                line,
                f"{where}.{key}" if where else key,
                f"duplicate key (first defined on line {first}); expected each key once",
            )
        return not getattr(node, "duplicates", [])

    def mapping(self, value, spec: schema.Field, where, line):
        if not isinstance(value, YamlMap):
            return self._wrong(line, where, value, f"a mapping of {spec.record.name}s by name")
        ok = self.duplicates(value, where)
        items = {}
        for key, item in value.items():
            item_where = f"{where}.{key}" if where else key
            if not re.fullmatch(spec.key_pattern, key):
                self.report(
                    line_of(value, key),
                    item_where,
                    f"{key!r} is not a valid name; expected "
                    + (
                        "lowercase letters, digits and hyphens"
                        if spec.key_pattern == schema.SOURCE_ID
                        else "snake_case: lowercase letters, digits and underscores"
                    ),
                )
                ok = False
                continue
            item_ok, record = self.record(item, spec.record, item_where, line_of(value, key))
            if record is not None:
                items[key] = record
            ok = ok and item_ok
        return ok, items

    def record(self, value, record: schema.Record, where, line):
        """A dict of every field (None where absent or invalid), or (False, ...) if any problem."""
        if not isinstance(value, YamlMap):
            return self._wrong(
                line, where, value, f"a {record.name} (a mapping of keys such as {', '.join(list(record.fields)[:3])})"
            )
        ok = self.duplicates(value, where)
        result = {"_line": line, "_lines": dict(value.key_lines)}
        for key in value:
            if key not in record.fields:
                self.report(
                    line_of(value, key),
                    f"{where}.{key}" if where else key,
                    f"unknown key {key!r}; expected one of {', '.join(record.fields)}"
                    f"{did_you_mean(key, record.fields)}",
                )
                ok = False
        for name, spec in record.fields.items():
            if name not in value or value[name] is None:
                if spec.required:
                    self.report(
                        line,
                        where,
                        f"missing required key {name!r}; expected {spec.doc[0].lower()}{spec.doc[1:].rstrip('.')}",
                    )
                    ok = False
                result[name] = spec.default
                continue
            # Facts, events, sources and observations are named by their own id, not by the key that
            # holds them: `trade.turnover.period`, not `trade.facts.turnover.observations.period`.
            child_where = where if spec.kind in ("map", "list") else (f"{where}.{name}" if where else name)
            field_ok, result[name] = self.field(value[name], spec, child_where, line_of(value, name))
            if not field_ok and spec.kind not in ("map", "list"):
                result[name] = None  # unreadable: later checks skip it
            ok = ok and field_ok
        return ok, result


@dataclass
class Declared:
    """The ids the data files declare, valid or not: enough to check the pages' references even when
    the data has problems, so an editor sees both kinds in one run."""

    facts: set = field(default_factory=set)
    events: set = field(default_factory=set)
    areas: set = field(default_factory=set)


_UNREAD = object()


def _load_file(
    root: Path, relative: str, record: schema.Record, where: str, problems: list, registries: dict, node=_UNREAD
):
    """The file's fields as far as they could be read (None if it is not a readable mapping). `node`: the
    file as `load_yaml` already read it, if it has been."""
    checker = Checker(relative, problems, registries)
    if node is _UNREAD:
        node = load_yaml(root / relative, relative, problems)
    if node is None:
        if (root / relative).exists() and not any(p.path == relative for p in problems):
            checker.report(0, "", f"is empty; expected {record.doc[0].lower()}{record.doc[1:]}")
        return None
    _, result = checker.record(node, record, where, getattr(node, "line", 1))
    return result


def _declared_keys(node, key: str) -> set:
    """The names a registry file declares under `key`, even when the file has other problems."""
    return set(node[key]) if isinstance(node, YamlMap) and isinstance(node.get(key), YamlMap) else set()


def load_dataset(root: Path, today: dt.date | None = None, declared: Declared | None = None):
    """Validate `root/data` and build the dataset: (dataset, problems). The dataset is None whenever
    any problem was found. `declared`, when given, is filled with every id the files declare."""
    today = today or dt.date.today()
    declared = declared if declared is not None else Declared()
    problems: list[Problem] = []
    for name, relative in REGISTRY_FILES.items():
        if not (root / relative).is_file():
            problems.append(Problem(relative, 0, "", f"is missing; expected the {name} registry"))
    if problems:
        return None, problems

    # Each registry is read once: its ids are needed before any file is checked, its records after.
    # (Reading the source registry twice was a fifth of the time it takes to load the data.)
    nodes = {name: load_yaml(root / relative, relative, problems) for name, relative in REGISTRY_FILES.items()}
    registries = {name: _declared_keys(node, name) for name, node in nodes.items()}
    sources_raw = (
        _load_file(root, REGISTRY_FILES["sources"], schema.SOURCES_FILE, "", problems, {}, nodes["sources"]) or {}
    )
    speakers_raw = (
        _load_file(root, REGISTRY_FILES["speakers"], schema.SPEAKERS_FILE, "", problems, {}, nodes["speakers"]) or {}
    )
    sources_raw = sources_raw.get("sources") or {}
    speakers_raw = speakers_raw.get("speakers") or {}
    for source_id, raw in sources_raw.items():
        published = raw.get("published")
        if published is not None and published.first > today:
            problems.append(
                Problem(
                    REGISTRY_FILES["sources"],
                    raw["_lines"]["published"],
                    f"{source_id}.published",
                    f"{published.text!r} lies in the future; expected the date it was published",
                )
            )

    areas_raw = {}
    for path in sorted(p for p in (root / "data").glob("*.yaml") if p.stem not in REGISTRY_FILES):
        relative = f"data/{path.name}"
        area_id = path.stem
        if not re.fullmatch(schema.NAME, area_id):
            problems.append(
                Problem(
                    relative,
                    0,
                    "",
                    f"{area_id!r} is not a valid area name; expected a snake_case file name such as trade.yaml",
                )
            )
            continue
        raw = _load_file(root, relative, schema.AREA_FILE, area_id, problems, registries)
        if raw is None:
            continue
        declared.areas.add(area_id)
        declared.facts.update(f"{area_id}.{name}" for name in raw.get("facts") or {})
        declared.events.update(f"{area_id}.{name}" for name in raw.get("events") or {})
        _check_area(area_id, relative, raw, sources_raw, today, problems)
        areas_raw[area_id] = (relative, raw)
    if problems:
        return None, problems
    return _build(sources_raw, speakers_raw, areas_raw)


def _check_area(area_id, path, raw, sources_raw, today, problems) -> None:
    """Checks across fields: dates in the future, periods after publication, headlines, repeats."""
    for name, fact in (raw.get("facts") or {}).items():
        fact_id = f"{area_id}.{name}"
        planned = bool(fact.get("planned"))
        headline_line = None
        seen = {}
        for obs, item_line in fact.get("observations") or []:
            line = obs["_lines"].get("period", item_line)
            period, source = obs.get("period"), sources_raw.get(obs.get("source") or "")
            if period is not None and not planned and period.first > today:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"{fact_id}.period",
                        f"{period.text!r} lies in the future; "
                        "expected a past period, or `planned: true` on the fact for a target or plan",
                    )
                )
            elif (
                period is not None
                and not planned
                and source
                and source.get("published") is not None
                and not source.get("date_inferred")
                and period.first > source["published"].last
            ):
                problems.append(
                    Problem(
                        path,
                        line,
                        f"{fact_id}.period",
                        f"{period.text!r} starts after its "
                        f"source {obs['source']!r} was published ({source['published'].text}); "
                        "expected the period the source reports",
                    )
                )
            if obs.get("source") and obs["source"] in (obs.get("also_reported_by") or ()):
                problems.append(
                    Problem(
                        path,
                        obs["_lines"]["also_reported_by"],
                        f"{fact_id}.also_reported_by",
                        f"repeats the source {obs['source']!r}; expected only other sources",
                    )
                )
            if obs.get("headline"):
                if headline_line is not None:
                    problems.append(
                        Problem(
                            path,
                            obs["_lines"]["headline"],
                            f"{fact_id}.headline",
                            f"a second headline (the first is on line {headline_line}); expected at most one per fact",
                        )
                    )
                headline_line = headline_line or obs["_lines"]["headline"]
            key = (period, obs.get("value"), obs.get("qualifier"), obs.get("source"), obs.get("stated_by"))
            if period is not None and key in seen:
                problems.append(
                    Problem(
                        path,
                        item_line,
                        fact_id,
                        f"repeats the observation on line {seen[key]}; expected each report once",
                    )
                )
            seen.setdefault(key, item_line)
    for name, event in (raw.get("events") or {}).items():
        if event.get("source") and event["source"] in (event.get("also_reported_by") or ()):
            problems.append(
                Problem(
                    path,
                    event["_lines"]["also_reported_by"],
                    f"{area_id}.{name}.also_reported_by",
                    f"repeats the source {event['source']!r}; expected only other sources",
                )
            )
        date = event.get("date")
        if date is not None and not event.get("planned") and date.first > today:
            problems.append(
                Problem(
                    path,
                    event["_lines"]["date"],
                    f"{area_id}.{name}.date",
                    f"{date.text!r} lies in the "
                    "future; expected a past date, or `planned: true` for an event still ahead",
                )
            )


def _build(sources_raw, speakers_raw, areas_raw):
    """The model, from raw data that passed every check."""
    sources = {
        sid: Source(
            sid,
            r["publisher"],
            r["title"],
            r["url"],
            r["published"],
            r["date_inferred"],
            r["language"],
            r["via"],
            r["note"],
            Located(REGISTRY_FILES["sources"], r["_line"]),
        )
        for sid, r in sources_raw.items()
    }
    speakers = {
        sid: Speaker(sid, r["name"], r["role"], r["side"], Located(REGISTRY_FILES["speakers"], r["_line"]))
        for sid, r in speakers_raw.items()
    }
    dataset = Dataset(sources, speakers, {})
    for area_id, (path, raw) in areas_raw.items():
        facts, events = {}, {}
        for name, f in (raw["facts"] or {}).items():
            fact_id = f"{area_id}.{name}"
            observations = tuple(
                Observation(
                    fact_id,
                    o["value"],
                    o["period"],
                    o["qualifier"],
                    speakers[o["stated_by"]] if o["stated_by"] else None,
                    sources[o["source"]],
                    tuple(sources[s] for s in o["also_reported_by"] or ()),
                    o["quote"],
                    o["quote_gloss"],
                    o["note"],
                    o["headline"],
                    o["ref"],
                    Located(path, line),
                )
                for o, line in f["observations"]
            )
            facts[name] = Fact(
                fact_id,
                area_id,
                f["label"],
                UNITS[f["unit"]],
                f["note"],
                f["planned"],
                f["review_every_days"],
                observations,
                Located(path, f["_line"]),
            )
            dataset.facts[fact_id] = facts[name]
        for name, e in (raw["events"] or {}).items():
            other_dates = tuple(
                OtherDate(d["date"], sources[d["source"]], d["note"], d["ref"]) for d, _ in e["other_dates"] or []
            )
            events[name] = Event(
                f"{area_id}.{name}",
                area_id,
                e["date"],
                e["title"],
                e["summary"],
                sources[e["source"]],
                tuple(sources[s] for s in e["also_reported_by"] or ()),
                e["quote"],
                e["quote_gloss"],
                e["planned"],
                e["state_visit_2025"],
                other_dates,
                e["ref"],
                Located(path, e["_line"]),
            )
            dataset.events[events[name].id] = events[name]
        dataset.areas[area_id] = Area(area_id, raw["title"], facts, events, path)
    problems = [
        Problem(
            source.at.path,
            source.at.line,
            source.id,
            "is not cited by any fact or event; expected it cited, or removed from the registry",
        )
        for source in sources.values()
        if not dataset.citations(source.id)
    ]
    return (None if problems else dataset), problems

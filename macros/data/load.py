"""Load the data: the one entry point from `data/*.yaml` to the frozen `Dataset`, collecting every problem.

The steps, in order:
1. find the files: the two registries (`data/sources.yaml`, `data/speakers.yaml`) and one file per area;
2. read the registries first, since every other file cites their ids;
3. conform each file to its record in `schema.py` (`conform.py`);
4. run the rules across fields and files (`rules.py`);
5. build the model (`build.py`), only when nothing was found.

Nothing here raises for a data mistake: each becomes a `Problem` with its file, line and key path, and
the caller fails once with all of them. Called by `macros/site/project.py` (the build and `python -m
macros check`, with the pages' checks) and by the editors' commands that need the data alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from macros.data import schema
from macros.data.build import build_dataset
from macros.data.conform import Checker, RawArea, RawData, RawRecord
from macros.data.fields import Record
from macros.data.model import Dataset
from macros.data.periods import PeriodParser
from macros.data.problems import Problem
from macros.data.rules import check_rules
from macros.data.vocabulary import REGISTRY_FILES, SNAKE_CASE_ID, Registry
from macros.data.yaml_reader import YamlMap, load_yaml


@dataclass
class DeclaredIds:
    """The ids the data files declare, valid or not: enough to check the pages' references even when
    the data has problems, so an editor sees both kinds in one run."""

    facts: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    areas: set[str] = field(default_factory=set)
    # Area id -> (its file, why) for each area file that could not be read in full (a YAML syntax error,
    # `facts:` written twice): the pages' references to its unknown ids are not checked, since what the
    # file declares is not known, and one line says so instead.
    unreadable_areas: dict[str, tuple[str, str]] = field(default_factory=dict)


class _Load:
    """One load of the data: where it reads, the problems found so far, and what is worth reading only
    once per load (the tags of recurring YAML scalars, parsed periods). Nothing outlives the load."""

    def __init__(self, root: Path, problems: list[Problem]):
        self.root = root
        self.problems = problems
        self.plain_tags: dict[str, str] = {}
        self.periods = PeriodParser()

    def read(self, relative: str) -> object:
        return load_yaml(self.root / relative, relative, self.problems, self.plain_tags)

    def conform(
        self, relative: str, node: object, record: Record, key_path: str, registries: dict[Registry, set[str]]
    ) -> RawRecord | None:
        """The file's fields as far as they could be read; None if it is not a readable mapping."""
        checker = Checker(relative, self.problems, registries, self.periods)
        if node is None:
            if (self.root / relative).exists() and not any(p.path == relative for p in self.problems):
                checker.report(0, "", f"is empty; expected {record.doc[0].lower()}{record.doc[1:]}")
            return None
        return checker.record(node, record, key_path, getattr(node, "line", 1))


def _missing_registries(root: Path) -> list[Problem]:
    return [
        Problem(relative, 0, "", f"is missing; expected the {name} registry")
        for name, relative in REGISTRY_FILES.items()
        if not (root / relative).is_file()
    ]


def _declared_keys(node: object, key: str) -> set[str] | None:
    """The names a registry file declares under `key`, even when the file has other problems; None when
    the file could not be read at all, so that the ids other files cite from it are not checked."""
    if not isinstance(node, YamlMap):
        return None
    return set(node[key]) if isinstance(node.get(key), YamlMap) else set()


def _unreadable_registries(registries: dict[Registry, set[str] | None]) -> list[Problem]:
    """One line per registry that could not be read, saying what was not checked because of it (instead
    of one "not in data/sources.yaml" for every citation)."""
    return [
        Problem(
            "data/",
            0,
            "",
            f"the ids cited from {REGISTRY_FILES[name]} were not checked: the file could not be read",
        )
        for name, ids in registries.items()
        if ids is None
    ]


def _area_files(root: Path, problems: list[Problem]) -> list[tuple[str, str]]:
    """(area id, path) of each area file, in file-name order; a file whose name is not an id is reported."""
    found = []
    for path in sorted(p for p in (root / "data").glob("*.yaml") if p.stem not in REGISTRY_FILES):
        relative = f"data/{path.name}"
        if re.fullmatch(SNAKE_CASE_ID, path.stem):
            found.append((path.stem, relative))
        else:
            message = f"{path.stem!r} is not a valid area name; expected a snake_case file name such as trade.yaml"
            problems.append(Problem(relative, 0, "", message))
    return found


def _read_areas(load: _Load, registries: dict[Registry, set[str]], declared: DeclaredIds) -> tuple[RawArea, ...]:
    areas = []
    for area_id, relative in _area_files(load.root, load.problems):
        node = load.read(relative)
        raw = load.conform(relative, node, schema.AREA_FILE, area_id, registries)
        if raw is None:
            declared.unreadable_areas[area_id] = (relative, "the file could not be read")
            continue
        twice = sorted({key for key, _line, _first in getattr(node, "duplicates", ())} & {"facts", "events"})
        if twice:  # YAML keeps the first: the ids under the second are unknown
            declared.unreadable_areas[area_id] = (relative, f"'{twice[0]}:' is written twice in it")
        declared.areas.add(area_id)
        declared.facts.update(f"{area_id}.{name}" for name in raw.named("facts"))
        declared.events.update(f"{area_id}.{name}" for name in raw.named("events"))
        areas.append(RawArea(area_id, relative, raw))
    return tuple(areas)


def read_data(root: Path, today: dt.date, problems: list[Problem], declared: DeclaredIds) -> RawData:
    """Every data file as far as it can be read and conformed, appending what is wrong to `problems`."""
    load = _Load(root, problems)
    # Each registry is read once: its ids are needed before any file is checked, its records after.
    # (Reading the source registry twice was a fifth of the time it takes to load the data.)
    nodes = {name: load.read(relative) for name, relative in REGISTRY_FILES.items()}
    declared_keys = {name: _declared_keys(node, name) for name, node in nodes.items()}
    problems += _unreadable_registries(declared_keys)
    registries = {name: ids for name, ids in declared_keys.items() if ids is not None}
    sources = load.conform(REGISTRY_FILES["sources"], nodes["sources"], schema.SOURCES_FILE, "", {})
    speakers = load.conform(REGISTRY_FILES["speakers"], nodes["speakers"], schema.SPEAKERS_FILE, "", {})
    return RawData(
        sources=sources.named("sources") if sources else {},
        speakers=speakers.named("speakers") if speakers else {},
        areas=_read_areas(load, registries, declared),
        today=today,
    )


def load_dataset(
    root: Path, today: dt.date | None = None, declared: DeclaredIds | None = None
) -> tuple[Dataset | None, list[Problem]]:
    """Validate `root/data` and build the dataset: (dataset, problems). The dataset is None whenever
    any problem was found. `declared`, when given, is filled with every id the files declare."""
    problems = _missing_registries(root)
    if problems:
        return None, problems
    data = read_data(root, today or dt.date.today(), problems, declared if declared is not None else DeclaredIds())
    problems += check_rules(data, found_so_far=problems)
    if problems:
        return None, problems
    return build_dataset(data), problems

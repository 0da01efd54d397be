"""What editors are told matches what the checks do: CONTRIBUTING.md's templates, the editor setup.

The templates are the editors' reference for every key, so each key of `macros/data/schema.py` must
appear in them, marked mandatory or optional as the validator treats it, with its default; and
each template must pass the validator. `.vscode/settings.json` and the first line of every data
file must give editors the schema that belongs to that file.
"""

import json
import re
import shutil

import pytest
from conftest import FIXTURE_TODAY, ROOT

from macros.data import schema
from macros.data.commitment_schema import ANNOUNCEMENT, COMMITMENT, EVIDENCE, TARGET
from macros.data.conform import Checker
from macros.data.load import load_dataset
from macros.data.units import UNITS
from macros.data.vocabulary import REGISTRY_FILES
from macros.data.yaml_reader import YamlList, YamlMap, line_of, load_yaml
from macros.editors.stale import DEFAULT_REVIEW_DAYS

CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
TEMPLATES = re.findall(r"^```yaml\n(.*?)^```$", CONTRIBUTING, re.S | re.M)
ANNOTATION = re.compile(r"#\s*(?P<kind>mandatory|optional)(?: \(default: (?P<default>[^)]*)\))?:")
FIELD_NAMES = {
    name
    for record in (
        schema.FACT,
        schema.OBSERVATION,
        schema.EVENT,
        schema.OTHER_DATE,
        schema.SOURCE,
        schema.SPEAKER,
        schema.AREA_FILE,
        schema.SOURCES_FILE,
        schema.SPEAKERS_FILE,
        COMMITMENT,
        ANNOUNCEMENT,
        TARGET,
        EVIDENCE,
    )
    for name in record.fields
}


def templates_of(kind: str) -> list:
    modeline = f"# yaml-language-server: $schema=schema/{kind}.schema.json\n"
    return [text for text in TEMPLATES if text.startswith(modeline) and text != modeline]


def uncomment_optional_keys(text: str) -> str:
    """The template with its commented-out optional keys ('# quote_gloss: ...') written as keys."""

    def restore(match):
        return match.group(1) + match.group(2) if match.group(3) in FIELD_NAMES else match.group(0)

    return re.sub(r"^(\s*)# ((\w+): .*)$", restore, text, flags=re.M)


def annotations(record, node, lines, found):
    """(record, key) -> the annotation on each line where the template writes that key."""
    for name, spec in record.fields.items():
        if not isinstance(node, YamlMap) or name not in node:
            continue
        match = ANNOTATION.search(lines[line_of(node, name) - 1])
        found.setdefault((record.name, name), []).append(match and (match["kind"], match["default"]))
        value = node[name]
        if spec.kind == "map" and isinstance(value, YamlMap):
            for item in value.values():
                annotations(spec.record, item, lines, found)
        elif spec.kind == "list" and isinstance(value, YamlList):
            for item in value:
                annotations(spec.record, item, lines, found)
        elif spec.kind == "record" and isinstance(value, YamlMap):
            annotations(spec.record, value, lines, found)
    return found


def expected_annotation(spec):
    if spec.required:
        return ("mandatory", None)
    default = None if spec.default is None else json.dumps(spec.default).strip('"')
    return ("optional", default)


def test_there_is_a_template_for_each_kind_of_file():
    assert len(templates_of("area")) == 4
    assert len(templates_of("sources")) == 1
    assert len(templates_of("speakers")) == 1


@pytest.mark.parametrize("kind", sorted(schema.FILE_RECORDS))
def test_templates_show_every_key_marked_as_the_validator_treats_it(kind, tmp_path):
    found = {}
    for number, text in enumerate(templates_of(kind)):
        path = tmp_path / f"{kind}-{number}.yaml"
        path.write_text(uncomment_optional_keys(text), encoding="utf-8")
        problems = []
        node = load_yaml(path, path.name, problems)
        assert problems == []
        annotations(schema.FILE_RECORDS[kind], node, path.read_text(encoding="utf-8").splitlines(), found)
    records = {schema.FILE_RECORDS[kind].name: schema.FILE_RECORDS[kind]}
    pending = list(records.values())
    while pending:  # the file's record and every record nested in it
        for spec in pending.pop().fields.values():
            if spec.record is not None and spec.record.name not in records:
                records[spec.record.name] = spec.record
                pending.append(spec.record)
    for record in records.values():
        for name, spec in record.fields.items():
            assert (record.name, name) in found, f"CONTRIBUTING.md: the {record.name} template lacks {name!r}"
            for annotation in found[(record.name, name)]:
                assert annotation == expected_annotation(spec), f"CONTRIBUTING.md: {record.name}.{name}"


def test_fact_and_event_templates_pass_the_validator(tmp_path):
    """Checked against the real registries, so the sources and speakers they cite exist."""
    data = tmp_path / "data"
    data.mkdir()
    for relative in REGISTRY_FILES.values():
        shutil.copy(ROOT / relative, tmp_path / relative)
    for number, text in enumerate(templates_of("area")):
        (data / f"template{number}.yaml").write_text(text, encoding="utf-8")
    _, problems = load_dataset(tmp_path, FIXTURE_TODAY)
    assert [str(p) for p in problems if "is not cited by any fact or event" not in p.message] == []


@pytest.mark.parametrize("kind", ["sources", "speakers"])
def test_registry_templates_pass_the_validator(kind, tmp_path):
    path = tmp_path / f"{kind}.yaml"
    path.write_text(templates_of(kind)[0], encoding="utf-8")
    problems = []
    conformed = Checker(path.name, problems, {}).record(
        load_yaml(path, path.name, problems), schema.FILE_RECORDS[kind], "", 1
    )
    assert [str(p) for p in problems] == []
    assert conformed is not None


def test_every_unit_and_qualifier_is_listed():
    for word in (*UNITS, *schema.QUALIFIERS, *schema.SIDES):
        assert re.search(rf"(?<![\w-]){word}(?![\w-])", CONTRIBUTING), word


@pytest.mark.parametrize(("kind", "wording"), [("year", "a year"), ("month", "a month"), ("day", "a single day")])
def test_review_intervals_are_the_ones_stale_uses(kind, wording):
    """Compared with the text's line breaks and indents folded into single spaces: rewrapping a
    paragraph of CONTRIBUTING.md must not fail the test, a changed number must."""
    prose = " ".join(CONTRIBUTING.split())
    assert f"{DEFAULT_REVIEW_DAYS[kind]} days for {wording}" in prose


def test_every_command_is_documented():
    documented = set(re.findall(r"^\| `python -m macros (\w+)", CONTRIBUTING, re.M))
    from macros.editors.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    assert documented == set(commands)


# --- The editor setup --------------------------------------------------------------------------


def schema_kind(path) -> str:
    return path.stem if path.name in {"sources.yaml", "speakers.yaml"} else "area"


DATA_FILES = sorted((ROOT / "data").glob("*.yaml"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_each_data_file_names_its_schema_on_its_first_line(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=schema/{schema_kind(path)}.schema.json"


def test_vscode_maps_each_data_file_to_its_schema():
    mapping = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    files = {pattern: target for target, patterns in mapping.items() for pattern in patterns}
    for target in mapping:
        assert (ROOT / target).is_file(), target
    assert sorted(files) == sorted(f"data/{path.name}" for path in DATA_FILES), (
        "add the new data file to .vscode/settings.json"
    )
    for path in DATA_FILES:
        assert files[f"data/{path.name}"] == f"./data/schema/{schema_kind(path)}.schema.json"

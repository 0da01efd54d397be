"""The JSON Schema editors get is generated from the validator's own specification and kept current."""

import json

import pytest
from conftest import FIXTURES, ROOT

from macros.data import schema


@pytest.mark.parametrize("kind", sorted(schema.FILE_RECORDS))
def test_committed_schema_equals_generated(kind):
    committed = json.loads((ROOT / "data" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema.json_schema(kind), "run `python -m macros schema` and commit the result"


def _keys(node, found):
    if isinstance(node, dict):
        found.update(node.get("properties", {}))
        for value in node.values():
            _keys(value, found)
    return found


NAMED_MAPS = {"sources", "speakers", "facts", "events"}  # their keys are ids, not field names


def _used_keys(node, found, parent_key=None):
    if isinstance(node, dict):
        for key, value in node.items():
            if parent_key not in NAMED_MAPS and key not in schema.LANGUAGES:
                found.add(key)
            _used_keys(value, found, key)
    elif isinstance(node, list):
        for item in node:
            _used_keys(item, found)
    return found


@pytest.mark.parametrize(
    ("kind", "file_name"), [("sources", "sources.yaml"), ("speakers", "speakers.yaml"), ("area", "trade.yaml")]
)
def test_schema_knows_every_key_the_data_uses(kind, file_name):
    """A key the validator accepts in real use must autocomplete in the editor too."""
    import yaml

    data = yaml.safe_load((FIXTURES / "valid" / "data" / file_name).read_text(encoding="utf-8"))
    assert _used_keys(data, set()) <= _keys(schema.json_schema(kind), set()) | set(
        schema.json_schema(kind)["properties"]
    )


def test_localized_texts_require_every_language():
    localized = schema.json_schema("area")["properties"]["title"]
    assert localized["required"] == list(schema.LANGUAGES)

"""The JSON Schema editors get is generated from the validator's own specification and kept current."""

import json

import pytest
from conftest import ROOT

from macros.data import schema


@pytest.mark.parametrize("kind", sorted(schema.FILE_RECORDS))
def test_committed_schema_equals_generated(kind):
    committed = json.loads((ROOT / "data" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema.json_schema(kind), "run `python -m macros schema` and commit the result"


def nested_schemas(record, generated, path):
    """(path, record, its JSON Schema) for a record and every record inside it, read from the generated
    schema the way an editor's autocompletion descends it."""
    yield path, record, generated
    for name, spec in record.fields.items():
        if spec.kind == "list":
            yield from nested_schemas(spec.record, generated["properties"][name]["items"], f"{path}.{name}[]")
        elif spec.kind == "map":
            (item,) = generated["properties"][name]["patternProperties"].values()
            yield from nested_schemas(spec.record, item, f"{path}.{name}.*")


@pytest.mark.parametrize("kind", sorted(schema.FILE_RECORDS))
def test_every_key_the_validator_accepts_autocompletes_where_it_is_written(kind):
    """Each record's keys, and which are required, at the place in the JSON Schema where the data writes them."""
    for path, record, generated in nested_schemas(schema.FILE_RECORDS[kind], schema.json_schema(kind), kind):
        assert list(generated["properties"]) == list(record.fields), path
        assert generated["required"] == [name for name, spec in record.fields.items() if spec.required], path
        assert generated["additionalProperties"] is False, path


def test_localized_texts_require_every_language():
    localized = schema.json_schema("area")["properties"]["title"]
    assert localized["required"] == list(schema.LANGUAGES)

"""The loader turns YAML 1.1 traps into values the validator reports, and keeps line numbers."""

import pytest
import yaml

from macros.data import yaml_reader as yamlload
from macros.data.problems import Problem
from macros.data.yaml_reader import Ambiguous, YamlList, YamlMap, line_of, load_yaml


def load(tmp_path, text):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    problems = []
    return load_yaml(path, "data/x.yaml", problems), problems


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no", "would be read as a yes/no value"),
        ("yes", "would be read as a yes/no value"),
        ("off", "would be read as a yes/no value"),
        ("010", "would be read as an octal, hexadecimal or base-60 number"),
        ("0x1F", "would be read as an octal, hexadecimal or base-60 number"),
        ("1:30", "would be read as an octal, hexadecimal or base-60 number"),
        (".inf", "would be read as a special number"),
    ],
)
def test_yaml_11_traps_become_ambiguous_values(tmp_path, text, reason):
    value, problems = load(tmp_path, f"key: {text}\n")
    assert isinstance(value["key"], Ambiguous)
    assert value["key"] == text
    assert value["key"].reason == reason
    assert problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True),
        ("false", False),
        ("4.1", 4.1),
        ("-17.5", -17.5),
        ("1800", 1800),
        ("1_800", 1800),
        ("'2024'", "2024"),
        ("2025-11-26", "2025-11-26"),
        ("2024-13-01", "2024-13-01"),
        ("'no'", "no"),
        ("", None),
    ],
)
def test_plain_values_load_as_written(tmp_path, text, expected):
    value, problems = load(tmp_path, f"key: {text}\n")
    assert value["key"] == expected
    assert type(value["key"]) is type(expected)
    assert problems == []


def test_duplicate_keys_are_recorded_with_both_lines(tmp_path):
    value, _ = load(tmp_path, "a: 1\nb: 2\na: 3\n")
    assert value["a"] == 1
    assert value.duplicates == [("a", 3, 1)]


def test_line_numbers_of_keys_and_items(tmp_path):
    value, _ = load(tmp_path, "facts:\n  turnover:\n    observations:\n      - value: 1\n      - value: 2\n")
    observations = value["facts"]["turnover"]["observations"]
    assert isinstance(value, YamlMap)
    assert isinstance(observations, YamlList)
    assert line_of(value["facts"], "turnover") == 2
    assert [line_of(observations, i) for i in range(2)] == [4, 5]


def test_syntax_error_names_the_line(tmp_path):
    value, problems = load(tmp_path, "a: 1\nb: [1,\nc: 2\n")
    assert value is None
    assert len(problems) == 1
    assert problems[0].path == "data/x.yaml"
    assert problems[0].line == 4
    assert problems[0].message.startswith("YAML syntax error:")


def test_python_tags_are_refused(tmp_path):
    _value, problems = load(tmp_path, "a: !!python/object:os.system echo\n")
    assert problems == [
        Problem(
            "data/x.yaml",
            1,
            "",
            "tag 'tag:yaml.org,2002:python/object:os.system' is not allowed; expected plain YAML values",
        )
    ]


# Plain scalars YAML 1.1 reads as something other than text, and some it reads as text.
PLAIN_SCALARS = [
    "",
    "yes",
    "No",
    "on",
    "OFF",
    "~",
    "null",
    "Null",
    "010",
    "0x1F",
    "1:30",
    "1_000",
    "3.14",
    ".inf",
    "-.Inf",
    ".NaN",
    "2024-13-01",
    "2024-01-01",
    "2024",
    "value",
    "true",
    "False",
    "y",
    "n",
    "+1",
    "-0.5",
    "1e3",
    "1.0e+3",
    "<<",
    "=",
    "0b101",
    "190:20:30",
    "2001-12-14t21:59:43.10-05:00",
    "hello world",
]


@pytest.mark.parametrize("text", PLAIN_SCALARS)
def test_plain_scalars_get_the_tag_pyyaml_would_give_them(text):
    # The fast composer leaves plain scalars untagged and the reader tags them when it reads them.
    expected = yaml.SafeLoader("").resolve(yaml.ScalarNode, text, (True, False))
    assert yamlload._plain_tag(text) == expected
    converter = yamlload._NodeConverter("data/x.yaml", [], {})
    assert converter.tag(yamlload._compose(f"key: {text}\n").value[0][1]) == expected


def test_the_tag_cache_is_the_one_the_caller_passes(tmp_path):
    # One load shares one cache across its files; nothing is remembered between loads.
    path = tmp_path / "x.yaml"
    path.write_text("key: no\nother: 2024\n", encoding="utf-8")
    plain_tags = {}
    value = load_yaml(path, "data/x.yaml", [], plain_tags)
    assert plain_tags == {"key": "tag:yaml.org,2002:str", "no": "tag:yaml.org,2002:bool",
                          "other": "tag:yaml.org,2002:str", "2024": "tag:yaml.org,2002:int"}  # fmt: skip
    assert isinstance(value["key"], Ambiguous)
    assert not any(isinstance(obj, dict) and "no" in obj for obj in vars(yamlload).values())

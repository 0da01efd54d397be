"""The loader turns YAML 1.1 traps into values the validator reports, and keeps line numbers."""

import pytest
import yaml

from macros.data import yaml_reader as yamlload
from macros.data.problems import Problem
from macros.data.yaml_errors import unclosed_quote
from macros.data.yaml_reader import Ambiguous, Unquoted, YamlList, YamlMap, line_of, load_yaml


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
        ("2025-11-26", Unquoted("2025-11-26")),
        ("2024-13-01", Unquoted("2024-13-01")),
        ("2024-05", Unquoted("2024-05")),
        ("'2024-05'", "2024-05"),
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
    assert [str(problem) for problem in problems] == [
        "data/x.yaml:2: YAML syntax error at column 4: the bracket [ opened here is not closed; "
        "expected ] before the end of the value, or the text quoted"
    ]


OBSERVATIONS = """facts:
  turnover:
    observations:
      - value: 4.1
        period: '2024'
        source: agency
        quote: "Trade grew"
      - value: 3.2
        period: '2023'
        source: agency
"""

# Each slip editors make, with the one message it gets: the line of the slip (not where the parser
# gave up), the column, and what to write instead.
SYNTAX_SLIPS = [
    (
        ("        period: '2024'", "      period: '2024'"),
        "data/x.yaml:5: YAML syntax error at column 7 (in the block that starts on line 4): the indentation of "
        "this line (column 7) matches no key of its block; expected column 9, as on line 4",
    ),
    (
        ("        period: '2024'", "          period: '2024'"),
        "data/x.yaml:5: YAML syntax error at column 11: this line is indented deeper (column 11) than the key on "
        "line 4 (column 9), so YAML reads it as part of that key's value; expected column 9, as on line 4",
    ),
    (
        ("        source: agency\n        quote", "\tsource: agency\n        quote"),
        "data/x.yaml:6: YAML syntax error at column 1: a tab character; expected spaces (YAML indents with spaces "
        "only), with the key in column 9 as on line 5",
    ),
    (
        ("period: '2024'", "period: '2024"),
        "data/x.yaml:5: YAML syntax error at column 17 (in the block that starts on line 4): the quote ' opened "
        "here is not closed on this line; expected a closing ' at the end of the value (a ' inside it is written '')",
    ),
    (
        ('quote: "Trade grew"', 'quote: "Trade grew'),
        'data/x.yaml:7: YAML syntax error at column 16: the quote " opened here is never closed; expected a closing '
        '" at the end of the value',
    ),
    (
        ('quote: "Trade grew"', 'quote: "Trade "grew""'),
        'data/x.yaml:7: YAML syntax error at column 23 (in the block that starts on line 4): the quote " here '
        'ends the value, and text follows it; expected a " inside a quoted value written \\"',
    ),
    (
        ("source: agency\n        quote", "source:agency\n        quote"),
        "data/x.yaml:6: YAML syntax error at column 15: no space after the colon; expected 'key: value', with a "
        "space after ':'",
    ),
    (
        ("source: agency\n        quote", "source: agency: x\n        quote"),
        "data/x.yaml:6: YAML syntax error at column 23: a second ': ' in this line; expected the value quoted if it "
        "holds ': '",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), SYNTAX_SLIPS)
def test_a_syntax_slip_is_one_message_at_its_own_line(tmp_path, edit, expected):
    old, new = edit
    assert old in OBSERVATIONS
    value, problems = load(tmp_path, OBSERVATIONS.replace(old, new, 1))
    assert value is None
    assert [str(problem) for problem in problems] == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("key: 'open", ("'", 6)),
        ('key: "open', ('"', 6)),
        ("key: 'it''s closed'", None),
        ('key: "say \\"hi\\""', None),
        ("key: it's plain", None),
        ("- 'item", ("'", 3)),
        ("key: value # it's a comment", None),
    ],
)
def test_a_quote_left_open_is_found_on_its_line(line, expected):
    assert unclosed_quote(line) == expected


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

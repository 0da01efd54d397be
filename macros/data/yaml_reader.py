"""Read a YAML file into plain Python values that remember their line numbers.

PyYAML follows YAML 1.1, which hides several traps from an editor: a repeated key silently
replaces the first, `no` becomes False, `010` becomes 8, `1:30` becomes 90 and an impossible date
such as `2024-13-01` raises a bare ValueError with no line. Here the file is only *composed* by
PyYAML (syntax, anchors); turning nodes into values is done below. A trap becomes an
`Ambiguous` value and a repeated key is recorded on its mapping, so the validator can report each
with the key path an editor knows (`trade.turnover.period`). Dates are kept as the text the editor
wrote (an unquoted one as `Unquoted`, so the validator can ask for the quotes); the validator parses
them and reports impossible ones. A syntax error becomes one problem in the editors' words, on the
line of the slip (`yaml_errors.py`).

Called by `load.py` (every data file), and by `macros/editors/fact_diff.py`, which reads two revisions.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from macros.data import yaml_errors
from macros.data.problems import Problem

_TAG = "tag:yaml.org,2002:"
_TRUE_FALSE = MappingProxyType({"true": True, "false": False})
_PLAIN_TAGS = frozenset(_TAG + name for name in ("str", "null", "bool", "int", "float", "timestamp", "map", "seq"))


class Ambiguous(str):
    """A scalar YAML 1.1 would read as something other than what the editor most likely meant."""

    reason: str

    def __new__(cls, text: str, reason: str) -> Ambiguous:
        value = super().__new__(cls, text)
        value.reason = reason
        return value


class Unquoted(str):
    """A plain (unquoted) scalar that looks like a date or a period, such as 2024-05 or 2025-11-26.
    Periods and dates follow one rule, always quoted ('2024', '2024-05'): unquoted, a year is a
    number to YAML and a day a timestamp, so the period kinds ask for the quotes whatever the form."""


_DATE_LIKE = re.compile(r"\d{4}-\d")


class YamlMap(dict[str, Any]):
    """A mapping that knows the line of itself and of each of its keys."""

    line: int
    key_lines: dict[str, int]
    duplicates: list[tuple[str, int, int]]  # (key, line, line of the first definition)
    list_item: bool = False  # an item of a sequence ('- key: ...'): a missing '- ' shows as repeated keys


class YamlList(list[Any]):
    """A sequence that knows the line of itself and of each of its items."""

    line: int
    item_lines: list[int]


def line_of(container: object, key: object) -> int:
    """The 1-based line of `key` in a YamlMap (or index in a YamlList); the container's own line otherwise."""
    if isinstance(container, YamlMap) and key in container.key_lines:
        return container.key_lines[key]
    if isinstance(container, YamlList) and isinstance(key, int) and key < len(container.item_lines):
        return container.item_lines[key]
    line: int = getattr(container, "line", 0)
    return line


class _NodeConverter:
    """Turns the nodes PyYAML composed into values, reporting each trap. `plain_tags` remembers the tag of
    each plain scalar seen (keys and many values recur in every file: "id", "exact", "2024"); the data
    loader passes one for a whole load."""

    def __init__(self, display_path: str, problems: list[Problem], plain_tags: dict[str, str]):
        self.path = display_path
        self.problems = problems
        self.plain_tags = plain_tags

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.start_mark.line + 1, "", message))

    def tag(self, node: yaml.Node) -> str:
        tag: str = node.tag
        if tag != _PLAIN:
            return tag
        text: str = node.value
        known = self.plain_tags.get(text)
        if known is None:
            known = self.plain_tags[text] = _plain_tag(text)
        return known

    def value(self, node: yaml.Node) -> object:
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node)
        if isinstance(node, yaml.SequenceNode):
            result = YamlList(self.value(item) for item in node.value)
            for item in result:
                if isinstance(item, YamlMap):
                    item.list_item = True
            result.line = node.start_mark.line + 1
            result.item_lines = [item.start_mark.line + 1 for item in node.value]
            return result
        assert isinstance(node, yaml.ScalarNode)  # the third and last kind of node
        return self.scalar(node)

    def mapping(self, node: yaml.MappingNode) -> YamlMap:
        result = YamlMap()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        result.duplicates = []
        for key_node, value_node in node.value:
            if key_node.value == "<<" and self.tag(key_node) == _TAG + "merge":  # the one merge key
                self.problem(key_node, "merge keys ('<<') are not supported; expected each key written out")
                continue
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or isinstance(key, Ambiguous):
                self.problem(key_node, f"key {key_node.value!r} is not a name; expected a plain name such as 'label'")
                continue
            if key in result.key_lines:
                result.duplicates.append((key, key_node.start_mark.line + 1, result.key_lines[key]))
                continue
            result.key_lines[key] = key_node.start_mark.line + 1
            result[key] = self.value(value_node)
        return result

    def scalar(self, node: yaml.ScalarNode) -> object:
        text, tag = node.value, self.tag(node)
        if node.style in ("'", '"'):
            return text
        if tag == _TAG + "str":
            return Unquoted(text) if not node.style and _DATE_LIKE.match(text) else text
        if tag == _TAG + "null":
            return None
        if tag not in _PLAIN_TAGS:
            self.problem(node, f"tag {tag!r} is not allowed; expected plain YAML values")
            return Ambiguous(text, "carries a YAML tag")
        if tag == _TAG + "bool":
            if text in _TRUE_FALSE:
                return _TRUE_FALSE[text]
            return Ambiguous(text, "would be read as a yes/no value")
        if tag == _TAG + "int":
            if re.fullmatch(r"[-+]?(0|[1-9][0-9_]*)", text):
                return int(text.replace("_", ""))
            return Ambiguous(text, "would be read as an octal, hexadecimal or base-60 number")
        if tag == _TAG + "float":
            if re.fullmatch(r"[-+]?([0-9][0-9_]*)?\.[0-9_]+([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*\.", text):
                return float(text.replace("_", ""))
            return Ambiguous(text, "would be read as a special number")
        return Unquoted(text)  # a timestamp stays as written: the validator parses it and reports impossible dates


_PLAIN = "!plain-scalar"  # a plain scalar's tag until it is read: see _CLoaderWithoutResolvers
_IMPLICIT_TAGS = yaml.resolver.Resolver.yaml_implicit_resolvers  # first character -> [(tag, pattern)]


def _plain_tag(text: str) -> str:
    """The tag YAML 1.1 gives a plain (unquoted, untagged) scalar: bool, int, float, null, timestamp or str.
    PyYAML's own rules, as its resolver applies them (its path resolvers are not used here)."""
    for tag, pattern in _IMPLICIT_TAGS.get(text[0] if text else "", ()):
        if pattern.match(text):
            return str(tag)
    return _TAG + "str"


# libyaml (PyYAML's C extension) composes about ten times faster than PyYAML's Python parser and
# gives the same nodes: tags, values, quoting and lines. Its error wording differs, so a file it
# rejects is parsed again in Python, and editors read one set of messages.
_C_LOADER = getattr(yaml, "CSafeLoader", None)


if _C_LOADER is not None:

    class _CLoaderWithoutResolvers(_C_LOADER):  # type: ignore[misc,valid-type]  # PyYAML ships no types
        """libyaml composes in C but asks Python three times per node for its tag (descend, resolve,
        ascend): a third of the composing time. Path resolvers are not used, so descending and
        ascending do nothing, and a plain scalar keeps a placeholder tag until it is read
        (`_NodeConverter.tag`)."""

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                return _PLAIN if implicit[0] else _TAG + "str"
            return _TAG + ("seq" if kind is yaml.SequenceNode else "map")


_FAST_LOADER = _CLoaderWithoutResolvers if _C_LOADER is not None else None


def _compose(text: str) -> yaml.Node | None:
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def load_yaml(
    path: Path, display_path: str, problems: list[Problem], plain_tags: dict[str, str] | None = None
) -> object:
    """The file's value (YamlMap, YamlList or scalar), or None after appending a problem. `plain_tags`:
    a cache of scalar tags to share across the files of one load (see `_NodeConverter`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        problems.append(Problem(display_path, 0, "", f"is not UTF-8 text ({error.reason}); expected a UTF-8 file"))
        return None
    return load_yaml_text(text, display_path, problems, plain_tags)


def load_yaml_text(
    text: str, display_path: str, problems: list[Problem], plain_tags: dict[str, str] | None = None
) -> object:
    """As `load_yaml`, for a file's text already read (a past version from git: `snapshot.py`)."""
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        explanation = yaml_errors.explain(error, text)
        block_line = error.context_mark.line + 1 if error.context_mark else None
        problems.append(Problem(display_path, explanation.line, "", yaml_errors.describe(explanation, block_line)))
        return None
    except yaml.YAMLError as error:
        problems.append(Problem(display_path, 0, "", f"YAML error: {error}; expected valid YAML"))
        return None
    if node is None:
        return None
    return _NodeConverter(display_path, problems, {} if plain_tags is None else plain_tags).value(node)

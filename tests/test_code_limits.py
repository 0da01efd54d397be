"""The size and state limits of the code under `macros/`, read from the source with `ast` (no build, no import).

- a module is at most 350 lines and a function at most 50 (from its `def` line to the end of its body):
  what is longer does more than one job, and a newcomer cannot hold it in view;
- no `global` statement, no module-level dict, list or set, no function cache (`functools.cache`,
  `lru_cache`): state that outlives one build makes `mkdocs serve` show stale data, so what a build
  learns lives on the build's objects (`build_context.BuildContext`) and module constants are
  tuples, frozensets or read-only mappings (`types.MappingProxyType`).

Each broken rule is reported as `path:line: what is wrong`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "macros"
MAX_MODULE_LINES = 350
MAX_FUNCTION_LINES = 50
# A module-level value made by one of these is a container anyone can change (`str.maketrans` makes a dict).
MUTABLE_DISPLAYS = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
MUTABLE_CALLS = frozenset(
    {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque", "bytearray", "maketrans"}
)
# `cached_property` is not here: its cache lives on the instance, which one build creates.
CACHES = frozenset({"cache", "lru_cache"})
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def called_name(node: ast.expr) -> str:
    """`lru_cache` for lru_cache, lru_cache(maxsize=9) and functools.lru_cache; '' for anything else."""
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else ""


def module_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements that run at import: the module's own, and those inside its `if`, `try` and `with`
    blocks (`if TYPE_CHECKING:`, `try: import ...`), but not a function's or a class's body."""
    for node in body:
        yield node
        if isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)):
            for block in ("body", "orelse", "finalbody"):
                yield from module_statements(getattr(node, block, []))
            for handler in getattr(node, "handlers", []):
                yield from module_statements(handler.body)


def is_mutable(value: ast.expr | None) -> bool:
    if isinstance(value, MUTABLE_DISPLAYS):
        return True
    return isinstance(value, ast.Call) and called_name(value) in MUTABLE_CALLS


def limit_problems(tree: ast.Module, line_count: int) -> Iterator[tuple[int, str]]:
    if line_count > MAX_MODULE_LINES:
        yield 1, f"module is {line_count} lines; at most {MAX_MODULE_LINES}"
    for node in ast.walk(tree):
        if isinstance(node, FUNCTIONS):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                yield node.lineno, f"function {node.name}() is {length} lines; at most {MAX_FUNCTION_LINES}"


def state_problems(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            yield node.lineno, f"`global {', '.join(node.names)}`: keep per-build state on the build's objects"
        if isinstance(node, FUNCTIONS):
            for decorator in node.decorator_list:
                if called_name(decorator) in CACHES:
                    yield node.lineno, f"function {node.name}() has a @{called_name(decorator)} that outlives a build"
    for node in module_statements(tree.body):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and is_mutable(node.value):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = ", ".join(ast.unparse(target) for target in targets)
            yield node.lineno, f"{names} is module-level mutable state; use a tuple, frozenset or MappingProxyType"


def problems(path: Path, text: str | None = None) -> list[str]:
    """Every broken limit of one module, as `path:line: what is wrong`, in line order."""
    source = path.read_text(encoding="utf-8") if text is None else text
    tree = ast.parse(source)
    found = sorted([*limit_problems(tree, len(source.splitlines())), *state_problems(tree)])
    return [f"{path.relative_to(ROOT)}:{line}: {message}" for line, message in found]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_keeps_the_size_and_state_limits(path):
    assert problems(path) == []


BROKEN = (
    """\
import functools
from collections import defaultdict
from types import MappingProxyType

ALLOWED = ("a", "b")
FROZEN = frozenset({"a"})
READ_ONLY = MappingProxyType({"a": 1})
SEEN = {}
NAMES: list[str] = []
COUNTS = defaultdict(int)
BY_LENGTH = {name: len(name) for name in ALLOWED}
try:
    import yaml
except ImportError:
    FALLBACK = []


@functools.lru_cache(maxsize=8)
def cached(name):
    global SEEN
    return name


class Holder:
    @functools.cache
    def method(self):
        def inner():
            items = []
            return items

        return inner


def long():
"""
    + "    step = 1\n" * 49
)


def test_every_rule_can_fail_and_names_the_line():
    path = PACKAGE / "site" / "example.py"
    assert problems(path, BROKEN) == [
        "macros/site/example.py:8: SEEN is module-level mutable state; use a tuple, frozenset or MappingProxyType",
        "macros/site/example.py:9: NAMES is module-level mutable state; use a tuple, frozenset or MappingProxyType",
        "macros/site/example.py:10: COUNTS is module-level mutable state; use a tuple, frozenset or MappingProxyType",
        "macros/site/example.py:11: BY_LENGTH is module-level mutable state; use a tuple, frozenset or MappingProxyType",
        "macros/site/example.py:15: FALLBACK is module-level mutable state; use a tuple, frozenset or MappingProxyType",
        "macros/site/example.py:19: function cached() has a @lru_cache that outlives a build",
        "macros/site/example.py:20: `global SEEN`: keep per-build state on the build's objects",
        "macros/site/example.py:26: function method() has a @cache that outlives a build",
    ]  # and nothing for the tuple, the frozenset, the read-only mapping, a function's list or long() at 50 lines


def test_a_function_of_51_lines_and_a_module_of_351_are_too_long():
    function = "def long():\n" + "    step = 1\n" * 50
    assert problems(PACKAGE / "f.py", function) == ["macros/f.py:1: function long() is 51 lines; at most 50"]
    module = "STEP = 1\n" * 351
    assert problems(PACKAGE / "m.py", module) == ["macros/m.py:1: module is 351 lines; at most 350"]
    assert problems(PACKAGE / "m.py", "STEP = 1\n" * 350) == []

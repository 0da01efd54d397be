"""The layers import only downwards: the data layer nothing of MkDocs, Jinja or the site, the site nothing of
the editors' commands. Read from the source (every import statement) and checked by importing for real."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "macros"
# What the data layer may never import: the page generator, its templates and formatting, or the layers above.
FORBIDDEN_IN_DATA = ("mkdocs", "mkdocs_macros", "jinja2", "markupsafe", "babel", "macros.site", "macros.editors")
# Third-party modules the data layer may load: PyYAML only, with its C extension (`yaml._yaml`, built
# with Cython, which registers modules of its own).
THIRD_PARTY_IN_DATA = ("yaml", "_yaml", "cython_runtime", "_cython_")


def imports_of(path: Path, text: str | None = None) -> set[str]:
    """Every module a file imports, relative imports resolved, wherever the statement stands."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8") if text is None else text)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            name = ".".join(part for part in (base, node.module) if part)
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)  # `from macros import site`
    return found


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("path", modules_of("data"), ids=lambda p: p.name)
def test_no_data_module_imports_the_site_mkdocs_or_templates(path):
    assert sorted(name for name in imports_of(path) if within(name, FORBIDDEN_IN_DATA)) == []


@pytest.mark.parametrize("path", modules_of("site"), ids=lambda p: p.name)
def test_no_site_module_imports_the_editors_commands(path):
    assert sorted(name for name in imports_of(path) if within(name, ("macros.editors",))) == []


def test_the_import_reader_sees_each_way_of_writing_an_import():
    # The checks above must be able to fail.
    text = "import jinja2\nfrom mkdocs.config import base\nfrom ..site import html\nfrom macros import editors\n"
    found = imports_of(PACKAGE / "data" / "example.py", text)
    assert [name for name in sorted(found) if within(name, FORBIDDEN_IN_DATA)] == [
        "jinja2",
        "macros.editors",
        "macros.site",
        "macros.site.html",
        "mkdocs.config",
        "mkdocs.config.base",
    ]


# The data layer is imported without `macros/__init__.py`, which loads the MkDocs glue for
# mkdocs-macros: a stand-in package object lets Python find macros.data on its own.
IMPORT_DATA_LAYER = """
import importlib, json, pkgutil, sys, types
package = types.ModuleType("macros")
package.__path__ = [sys.argv[1]]
sys.modules["macros"] = package
before = set(sys.modules)
import macros.data
for module in pkgutil.iter_modules(macros.data.__path__):
    importlib.import_module("macros.data." + module.name)
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_importing_the_data_layer_loads_only_the_standard_library_and_pyyaml():
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_DATA_LAYER, str(PACKAGE)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = json.loads(result.stdout)
    assert "macros.data.load" in loaded
    assert [name for name in loaded if within(name, FORBIDDEN_IN_DATA)] == []
    third_party = {name.partition(".")[0] for name in loaded} - set(sys.stdlib_module_names) - {"macros"}
    assert sorted(name for name in third_party if not name.startswith(THIRD_PARTY_IN_DATA)) == []


# That no module keeps state from one build to the next (module-level dicts, lists, sets, function caches,
# `global`) is checked for every layer at once, in tests/test_code_limits.py.

"""The macros are declared once, with `@macro(...)` on their PageMacros method, and every list of them
is read from that: what mkdocs-macros registers, what the scan of docs/ checks, what the page index
dispatches on, and the macro reference. These tests fail when a declaration and its method disagree,
or when a reader of the registry handles something no macro declares."""

import ast
import inspect
from pathlib import Path
from typing import get_args

import pytest
from conftest import ROOT

from macros.data.load import DeclaredIds
from macros.site import page_index
from macros.site.docs_scan import check_references, read_docs, scan_page
from macros.site.macro_reference import description
from macros.site.macro_registry import ID_KINDS, ArgumentKind, Shows, macro, registry_of
from macros.site.page_macros import MACROS, PageMacros

PARAMETER = inspect.Parameter


def test_every_public_method_is_a_declared_macro():
    # PageMacros's own, then those of the classes it inherits from (layout_macros.LayoutMacros), as
    # registry_of reads them; a method a class redefines counts once, where it is redefined.
    public: list[str] = []
    for declaring in PageMacros.__mro__[:-1]:  # not `object`
        public += [
            name
            for name, member in vars(declaring).items()
            if callable(member) and not name.startswith("_") and name not in public
        ]
    assert list(MACROS) == public


@pytest.mark.parametrize("name", list(MACROS))
def test_what_a_macro_takes_matches_its_signature(name):
    parameters = list(inspect.signature(getattr(PageMacros, name)).parameters.values())[1:]  # after self
    takes = MACROS[name].takes
    assert takes in get_args(ArgumentKind)
    if takes == "none":
        assert parameters == []
    elif takes in ("facts", "events", "areas"):
        assert [p.kind for p in parameters] == [PARAMETER.VAR_POSITIONAL]
    else:
        assert parameters
        assert parameters[0].kind == PARAMETER.POSITIONAL_OR_KEYWORD


def test_each_kind_of_full_showing_is_declared_by_exactly_one_macro():
    declared = sorted(entry.shows for entry in MACROS.values() if entry.shows is not None)
    assert declared == sorted(get_args(Shows))


def test_the_page_index_dispatches_on_exactly_the_declared_kinds_of_showing():
    # Every `entry.shows == "..."` in page_index.py: one the registry lacks would be dead code (as the
    # scanner's `area_charts` was), one missing would leave a macro's page unrecorded.
    tree = ast.parse(Path(page_index.__file__).read_text(encoding="utf-8"))
    compared = {
        node.comparators[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Attribute)
        and node.left.attr == "shows"
        and isinstance(node.ops[0], ast.Eq)
        and isinstance(node.comparators[0], ast.Constant)
    }
    assert compared == set(get_args(Shows))


@pytest.mark.parametrize("name", [name for name, entry in MACROS.items() if entry.takes in ID_KINDS])
def test_the_scan_checks_the_ids_of_every_macro_that_takes_them(name):
    kind = ID_KINDS[MACROS[name].takes]
    page = scan_page("docs/p.md", f'{{{{ {name}("nowhere.at_all") }}}}')
    messages = [problem.message for problem in check_references(page, DeclaredIds(), MACROS)]
    expected = {"fact": "a fact", "event": "an event", "area": "an area"}[kind]
    assert messages == [f"unknown {kind} 'nowhere.at_all'; expected {expected} id defined in data/"]


def test_an_unregistered_name_is_not_checked_as_a_macro():
    page = scan_page("docs/p.md", '{{ area_charts("nowhere") }}')
    assert check_references(page, DeclaredIds(), MACROS) == []


def test_every_macro_the_pages_call_is_registered():
    called = {call.name for page in read_docs(ROOT) for call in page.calls}
    assert called <= set(MACROS)


def test_the_decorator_returns_the_method_itself_and_records_it():
    class Sample:
        @macro(takes="fact", ru="Пример")
        def sample(self, fact_id: str) -> str:
            """An example: `{{ sample("a.b") }}`."""
            return fact_id

        def helper(self) -> None:
            """Not a macro."""

    assert Sample().sample("x") == "x"
    registry = registry_of(Sample)
    assert list(registry) == ["sample"]
    assert (registry["sample"].takes, registry["sample"].shows) == ("fact", None)
    assert registry["sample"].doc == 'An example: `{{ sample("a.b") }}`.'
    assert dict(registry["sample"].summaries) == {"ru": "Пример"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            'A chart of a fact\'s figures over time, with notes on how to read it: `{{ chart("trade.turnover") }}`.',
        ),
        ("ru", 'График цифр показателя по периодам, с пояснением, как его читать: `{{ chart("trade.turnover") }}`.'),
    ],
)
def test_the_reference_shows_the_docstring_or_the_summary_with_the_docstring_s_example(lang, expected):
    assert description(MACROS["chart"], lang) == expected

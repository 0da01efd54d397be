"""Check the Markdown pages in docs/: every fact, event and area they name exists, and no number
is typed into the prose (figures come from data/ through macros, so they are sourced and
translated once).

A macro cannot see the line of the page that called it, so the pages are scanned as text here,
before the build renders them, and each problem names `docs/page.md:LINE`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from macros.data.problems import Problem
from macros.data.validate import Declared, did_you_mean

FACT_MACROS = {"figure", "fact_label", "fact", "observations", "chart"}
EVENT_MACROS = {"event_date", "event_title"}
AREA_MACROS = {"area_facts", "area_summary", "area_events", "area_charts"}
MANY_FACT_MACROS = {"key_figures"}

_EXPRESSION = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}|\{#(.*?)#\}", re.S)
_CALL = re.compile(r"(\w+)\s*\(([^()]*)\)")
_STRING = re.compile(r"""(['"])(.*?)\1""")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_HIDDEN = [
    re.compile(r"<!--.*?-->", re.S),  # HTML comments
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"<[^>\n]*>"),  # HTML tags and their attributes
    re.compile(r"\]\([^)\n]*\)"),  # link targets
    re.compile(r"^\[[^\]\n]*\]:.*$", re.M),  # reference link definitions
    re.compile(r"\{[#:.][^}\n]*\}"),  # attribute lists such as {#anchor}
    re.compile(r"^[ \t]*\d+\.\s", re.M),  # ordered-list markers
]


_NOT_NEWLINE = re.compile(r"[^\n]")
_TYPED_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f]*\d|\d")


def _blank(match: re.Match) -> str:
    """Replace a match by spaces, keeping its newlines so line numbers stay right."""
    text = match.group(0)
    return " " * len(text) if "\n" not in text else _NOT_NEWLINE.sub(" ", text)


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@dataclass(frozen=True)
class MacroCall:
    """One macro call in a page: its name, the string arguments in order, and its line."""

    name: str
    strings: tuple
    line: int


def macro_calls(text: str):
    """Every macro call inside the page's template expressions, in page order."""
    for match in _EXPRESSION.finditer(text):
        body = next(group for group in match.groups() if group is not None)
        for call in _CALL.finditer(body):
            yield MacroCall(call.group(1), tuple(s.group(2) for s in _STRING.finditer(call.group(2))),
                            _line_at(text, match.start() + 2 + call.start()))


def check_references(path: str, text: str, declared: Declared) -> list[Problem]:
    problems = []
    for call in macro_calls(text):
        if call.name in FACT_MACROS:
            wanted, known, kind = call.strings[:1], declared.facts, "fact"
        elif call.name in MANY_FACT_MACROS:
            wanted, known, kind = call.strings, declared.facts, "fact"
        elif call.name in EVENT_MACROS:
            wanted, known, kind = call.strings[:1], declared.events, "event"
        elif call.name in AREA_MACROS:
            wanted, known, kind = call.strings[:1], declared.areas, "area"
        else:
            continue
        for ident in wanted:
            if ident not in known:
                article = "an" if kind[0] in "aeiou" else "a"
                hint = did_you_mean(ident, known) or f"; expected {article} {kind} id defined in data/"
                problems.append(Problem(path, call.line, "", f"unknown {kind} {ident!r}{hint}"))
    return problems


def prose_only(text: str) -> str:
    """The page with code, template expressions, markup and link targets blanked out."""
    text = _FRONT_MATTER.sub(_blank, text)
    if "```" in text or "~~~" in text:  # the fence pattern tries every line: only where a fence can be
        text = _FENCE.sub(_blank, text)
    text = _EXPRESSION.sub(_blank, text)
    for pattern in _HIDDEN:
        text = pattern.sub(_blank, text)
    return text


def check_typed_numbers(path: str, text: str) -> list[Problem]:
    problems = []
    prose = prose_only(text)
    reported_lines = set()
    # One search over the page (most pages have no match at all); the first number of a line is reported.
    for found in _TYPED_NUMBER.finditer(prose):
        number = _line_at(prose, found.start())
        if number not in reported_lines:
            reported_lines.add(number)
            problems.append(Problem(path, number, "", f"a number is typed into the prose: {found.group(0)!r}; "
                                                      "expected it to come from data/ through a macro"))
    return problems


def scan_docs(root: Path, declared: Declared) -> list[Problem]:
    problems = []
    for page in sorted((root / "docs").rglob("*.md")):
        relative = page.relative_to(root).as_posix()
        text = page.read_text(encoding="utf-8")
        problems += check_typed_numbers(relative, text)
        problems += check_references(relative, text, declared)
    return problems

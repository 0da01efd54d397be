"""Read the Markdown pages in docs/ once, for the check and for the build, and check them: every fact,
event and area they name exists, and no number is typed into the prose (figures come from data/
through macros, so they are sourced and translated once).

A macro cannot see the line of the page that called it, so the pages are scanned as text here,
before the build renders them, and each problem names `docs/page.md:LINE`. `project.load_project`
reads the pages with `read_docs`, checks them with `check_docs`, and hands the same pages to the page
index (page_index.py), which finds where each fact is shown from the same macro calls.

Each page is seen two ways, each by one rule kept here:
- what Jinja runs (`template_text`): the page without its `{% raw %}` blocks (Jinja prints them as
  text: the editors' guide shows macro calls that way) and its `{# comments #}`. The macro calls are
  read from it. Front matter and code fences stay: mkdocs-macros renders a title that holds a macro,
  and Jinja knows nothing of Markdown's fences.
- what a reader reads as prose (`prose_only`): the template text without front matter, code, template
  expressions, comments, markup and link targets. A number left in it was typed by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from macros.data.load import DeclaredIds
from macros.data.problems import Problem, did_you_mean
from macros.site.macro_registry import ID_KINDS, MacroEntry

_TRANSLATION = re.compile(r"\.([a-z]{2}(?:_[A-Z]{2})?)\.md$")  # trade.ru.md: mkdocs-static-i18n's suffix
_NOT_RUN = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}|\{#.*?#\}", re.S)  # raw blocks, comments
_EXPRESSION = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}|\{#(.*?)#\}", re.S)
_CALL = re.compile(r"(\w+)\s*\(([^()]*)\)")
_STRING = re.compile(r"""(['"])(.*?)\1""")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_HIDDEN = (
    re.compile(r"<!--.*?-->", re.S),  # HTML comments
    re.compile(r"`[^`\n]*`"),  # inline code
    re.compile(r"<[^>\n]*>"),  # HTML tags and their attributes
    re.compile(r"\]\([^)\n]*\)"),  # link targets
    re.compile(r"^\[[^\]\n]*\]:.*$", re.M),  # reference link definitions
    re.compile(r"\{[#:.][^}\n]*\}"),  # attribute lists such as {#anchor}
    re.compile(r"^[ \t]*\d+\.\s", re.M),  # ordered-list markers
)

_NOT_NEWLINE = re.compile(r"[^\n]")
# What counts as a number typed into the prose: a digit, or digits with separators between them.
_TYPED_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f]*\d|\d")


def _blank(match: re.Match[str]) -> str:
    """Replace a match by spaces, keeping its newlines so line numbers stay right."""
    text = match.group(0)
    return " " * len(text) if "\n" not in text else _NOT_NEWLINE.sub(" ", text)


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def page_url(relative: str) -> str:
    """The address of a page in docs/ from the site root, as MkDocs writes it with directory URLs:
    'index.md' -> '', 'trade.md' -> 'trade/', 'trade/index.md' -> 'trade/', 'trade/energy.md' -> 'trade/energy/'."""
    stem = relative[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")].rstrip("/")
    return stem + "/" if stem else ""


@dataclass(frozen=True)
class MacroCall:
    """One macro call in a page: its name, the string arguments in order, and its line."""

    name: str
    strings: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class DocsPage:
    """One Markdown page of docs/ as the check and the page index read it."""

    path: str  # from the repository root: 'docs/trade.md'
    url: str  # its address under its language's root, as MkDocs writes it: 'trade/'
    language: str | None  # 'ru' for a translated twin (trade.ru.md); None for the default language's page
    calls: tuple[MacroCall, ...]  # the macro calls Jinja runs, in page order
    prose: str  # the prose a reader reads, everything else blanked (same lines as the page)


def template_text(text: str) -> str:
    """The page as Jinja runs it: raw blocks and Jinja comments blanked, since they call nothing."""
    return _NOT_RUN.sub(_blank, text) if "{%" in text or "{#" in text else text


def macro_calls(template: str) -> Iterator[MacroCall]:
    """Every macro call inside the template expressions of a page's template text, in page order."""
    for match in _EXPRESSION.finditer(template):
        body = next(group for group in match.groups() if group is not None)
        for call in _CALL.finditer(body):
            yield MacroCall(
                call.group(1),
                tuple(s.group(2) for s in _STRING.finditer(call.group(2))),
                _line_at(template, match.start() + 2 + call.start()),
            )


def prose_only(template: str) -> str:
    """A page's template text with front matter, code, template expressions, markup and link targets blanked."""
    text = _FRONT_MATTER.sub(_blank, template)
    if "```" in text or "~~~" in text:  # the fence pattern tries every line: only where a fence can be
        text = _FENCE.sub(_blank, text)
    text = _EXPRESSION.sub(_blank, text)
    for pattern in _HIDDEN:
        text = pattern.sub(_blank, text)
    return text


def scan_page(path: str, text: str) -> DocsPage:
    """One page read by the rules above; `path` is from the repository root ('docs/trade.ru.md')."""
    relative = path.removeprefix("docs/")
    translation = _TRANSLATION.search(relative)
    language = translation.group(1) if translation else None
    default_twin = relative[: translation.start()] + ".md" if translation else relative
    template = template_text(text)
    return DocsPage(path, page_url(default_twin), language, tuple(macro_calls(template)), prose_only(template))


def read_docs(root: Path) -> tuple[DocsPage, ...]:
    """Every page in docs/, in path order, each read once."""
    docs = root / "docs"
    return tuple(
        scan_page(page.relative_to(root).as_posix(), page.read_text(encoding="utf-8"))
        for page in sorted(docs.rglob("*.md"))
    )


def check_references(
    page: DocsPage, declared: DeclaredIds, macros: Mapping[str, MacroEntry], skipped: Counter[str] | None = None
) -> list[Problem]:
    """A problem for each id a macro call names that data/ does not declare. An id of an area whose file
    could not be read is not checked (none of its ids can be known): it is counted in `skipped`, by area."""
    known_ids = {"fact": declared.facts, "event": declared.events, "area": declared.areas}
    problems = []
    for call in page.calls:
        entry = macros.get(call.name)
        if entry is None or entry.takes not in ID_KINDS:
            continue  # not one of ours (a Jinja function), or its arguments are not ids
        kind = ID_KINDS[entry.takes]
        for ident in entry.ids_named(call.strings):
            area = ident.partition(".")[0]
            if area in declared.unreadable_areas and ident not in known_ids[kind]:
                if skipped is not None:
                    skipped[area] += 1
                continue
            if ident not in known_ids[kind]:
                article = "an" if kind[0] in "aeiou" else "a"
                hint = did_you_mean(ident, known_ids[kind]) or f"; expected {article} {kind} id defined in data/"
                problems.append(Problem(page.path, call.line, "", f"unknown {kind} {ident!r}{hint}"))
    return problems


def check_typed_numbers(page: DocsPage) -> list[Problem]:
    """A problem for the first number typed into the prose on each line."""
    problems = []
    reported_lines = set()
    # One search over the page (most pages have no match at all); the first number of a line is reported.
    for found in _TYPED_NUMBER.finditer(page.prose):
        number = _line_at(page.prose, found.start())
        if number not in reported_lines:
            reported_lines.add(number)
            problems.append(
                Problem(
                    page.path,
                    number,
                    "",
                    f"a number is typed into the prose: {found.group(0)!r}; "
                    "expected it to come from data/ through a macro",
                )
            )
    return problems


def _call_text(call: MacroCall) -> str:
    arguments = ", ".join(f'"{string}"' for string in call.strings)
    return f"{{{{ {call.name}({arguments}) }}}}"


def _unknown_ids(call: MacroCall, declared: DeclaredIds, macros: Mapping[str, MacroEntry]) -> bool:
    """Whether the call names an id data/ does not declare (reported on its own by `check_references`)."""
    entry = macros[call.name]
    if entry.takes not in ID_KINDS:
        return False
    known = {"fact": declared.facts, "event": declared.events, "area": declared.areas}[ID_KINDS[entry.takes]]
    return any(
        ident not in known and ident.partition(".")[0] not in declared.unreadable_areas
        for ident in entry.ids_named(call.strings)
    )


def _missing_calls(
    page: DocsPage, twin: DocsPage, declared: DeclaredIds, macros: Mapping[str, MacroEntry]
) -> list[Problem]:
    """A problem, on `twin`, for each of our macro calls `page` makes that `twin` does not (counted, so
    a call made twice on one page is needed twice on the other). It names the line of the twin after
    which the call belongs: the twin's line of the last call before it that both pages make.

    A call naming an unknown id is left to its own message ("unknown fact ...; did you mean ..."):
    it is not compared, and it stands for the call of the same macro the other page makes instead."""
    ours = [call for call in page.calls if call.name in macros]  # not a Jinja function
    theirs = Counter((call.name, call.strings) for call in twin.calls if call.name in macros)
    misspelt = Counter(call.name for call in twin.calls if call.name in macros and _unknown_ids(call, declared, macros))
    lines_in_twin = {(call.name, call.strings): call.line for call in twin.calls}
    problems, line_before = [], 1
    for call in ours:
        key = (call.name, call.strings)
        if theirs[key] > 0:
            theirs[key] -= 1
            line_before = lines_in_twin[key]
        elif _unknown_ids(call, declared, macros):
            continue
        elif misspelt[call.name] > 0:
            misspelt[call.name] -= 1
        else:
            problems.append(
                Problem(
                    twin.path,
                    line_before,
                    "",
                    f"{_call_text(call)} is missing (after this line): {page.path}:{call.line} shows it; "
                    "expected the same facts, events and macros in both editions",
                )
            )
    return problems


def check_twins(pages: tuple[DocsPage, ...], declared: DeclaredIds, macros: Mapping[str, MacroEntry]) -> list[Problem]:
    """Each page of docs/ against its twin in the other edition (trade.md and trade.ru.md): both show the
    same facts, events and macros, so neither edition silently lacks a figure or has its summary link
    to a section the page does not have. A page without a twin is not compared: the other edition
    then shows the default one (`fallback_to_default` in mkdocs.yml), with every macro."""
    default_pages = {page.url: page for page in pages if page.language is None}
    problems = []
    for page in pages:
        default = default_pages.get(page.url)
        if page.language is not None and default is not None:
            problems += _missing_calls(default, page, declared, macros)
            problems += _missing_calls(page, default, declared, macros)
    return problems


def names_unknown_ids(pages: tuple[DocsPage, ...], declared: DeclaredIds, macros: Mapping[str, MacroEntry]) -> bool:
    """Whether a page names an id data/ does not declare: then a fact "shown on no page" may be the one
    the misspelt id meant, and `project.load_project` leaves that to the "did you mean" message."""
    return any(call.name in macros and _unknown_ids(call, declared, macros) for page in pages for call in page.calls)


def check_docs(pages: tuple[DocsPage, ...], declared: DeclaredIds, macros: Mapping[str, MacroEntry]) -> list[Problem]:
    """Every problem of every page (both editions), page by page; then each page against its twin in
    the other edition; then one line per unreadable data file whose ids the pages name."""
    problems = []
    skipped: Counter[str] = Counter()
    for page in pages:
        problems += check_typed_numbers(page)
        problems += check_references(page, declared, macros, skipped)
    problems += check_twins(pages, declared, macros)
    for area, count in sorted(skipped.items()):
        path, why = declared.unreadable_areas[area]
        noun = "reference" if count == 1 else "references"
        problems.append(
            Problem(
                "docs/",
                0,
                "",
                f"{count} {noun} to facts and events of {path} were not checked: {why}",
            )
        )
    return problems

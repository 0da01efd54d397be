"""A YAML syntax error in the editors' words: one problem, on the line where the mistake is.

PyYAML reports where its parser gave up, in its own terms ("expected <block end>, but found '?'"),
which is often lines after the slip: an unclosed quote swallows every line up to the next quote, a
missing space after a colon is noticed on the next line. `explain` looks at the text around the
parser's marks for the slips editors make (a tab, a quote never closed, a key without ': ', a line
indented unlike its neighbours, a bracket never closed) and says what happened, at which column,
and what to write instead; the block the parser was reading is named when it starts elsewhere.

Called by `yaml_reader.load_yaml` only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_KEY = re.compile(r"^(?P<indent> *)(?:- +)*(?P<key>[^\s#'\"\[{][^:#]*?):(?:\s|$)")
_COLON_WITHOUT_SPACE = re.compile(r"^ *(?:- +)?[\w-]+:(?=[^\s/])")


@dataclass(frozen=True)
class SyntaxExplanation:
    """Where the slip is (1-based line and column) and what to say about it ("what; expected what")."""

    line: int
    column: int
    message: str


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_column(line: str) -> int | None:
    """The 1-based column where the key of a `key: value` line (or a `- key: value` item) starts."""
    match = _KEY.match(line)
    if match is None:
        return None
    return match.start("key") + 1


def unclosed_quote(line: str) -> tuple[str, int] | None:
    """(quote, 1-based column) of a quoted value this line opens and does not close, or None.

    A quote opens a value only where a value can start: at the start of the line, or after ': ', '- ',
    '[', '{' or ','. Inside single quotes '' is a quote; inside double quotes a backslash escapes."""
    quote, opened, index = "", 0, 0
    while index < len(line):
        char = line[index]
        if quote == "'" and char == "'":
            if line[index + 1 : index + 2] == "'":
                index += 1
            else:
                quote = ""
        elif quote == '"' and char == "\\":
            index += 1
        elif quote == '"' and char == '"':
            quote = ""
        elif not quote and char in "'\"" and re.search(r"(^|[:\-\[{,])\s*$", line[:index]):
            quote, opened = char, index + 1
        elif not quote and char == "#" and (index == 0 or line[index - 1] == " "):
            break
        index += 1
    return (quote, opened) if quote else None


def _first_unclosed_quote(lines: list[str], first: int, last: int) -> tuple[int, str, int] | None:
    """(line, quote, column) of the first line in [first, last] (1-based) that opens a quote it does not close."""
    for number in range(max(first, 1), min(last, len(lines)) + 1):
        found = unclosed_quote(lines[number - 1])
        if found is not None:
            return number, *found
    return None


def _previous_content_line(lines: list[str], number: int) -> int | None:
    """The nearest line above `number` (1-based) that holds more than a comment or blanks."""
    for above in range(number - 1, 0, -1):
        text = lines[above - 1].strip()
        if text and not text.startswith("#"):
            return above
    return None


def _indentation(lines: list[str], number: int) -> str:
    """What is wrong with the indentation of line `number`, compared with the key above it."""
    above = _previous_content_line(lines, number)
    key_above = _key_column(lines[above - 1]) if above else None
    here = _indent(lines[number - 1]) + 1
    if above is None or key_above is None:
        return "this line is indented unlike the lines around it; expected the keys of one block in one column"
    if here > key_above and not lines[above - 1].rstrip().endswith((":", "|", ">", "|-", ">-")):
        return (
            f"this line is indented deeper (column {here}) than the key on line {above} (column {key_above}), "
            f"so YAML reads it as part of that key's value; expected column {key_above}, as on line {above}"
        )
    return (
        f"the indentation of this line (column {here}) matches no key of its block; "
        f"expected column {key_above}, as on line {above}"
    )


@dataclass(frozen=True)
class _ParserError:
    """What PyYAML said, with the file's lines: what each rule below reads."""

    lines: list[str]
    problem: str
    context: str
    line: int  # 1-based line and column where the parser gave up
    column: int
    context_mark: yaml.Mark | None  # where the block (or the quote, the bracket) it was reading starts

    @property
    def text(self) -> str:
        return self.lines[self.line - 1] if 0 < self.line <= len(self.lines) else ""

    def char_at(self, mark: yaml.Mark, default: str) -> str:
        line = self.lines[mark.line] if mark.line < len(self.lines) else ""
        return line[mark.column] if mark.column < len(line) else default


def _tab(error: _ParserError) -> SyntaxExplanation | None:
    text = error.text
    if "'\\t'" not in error.problem and "\t" not in text[: len(text) - len(text.lstrip())]:
        return None
    column = text.index("\t") + 1 if "\t" in text else error.column
    message = "a tab character; expected spaces (YAML indents with spaces only)"
    above = _previous_content_line(error.lines, error.line)
    key_above = _key_column(error.lines[above - 1]) if above else None
    if key_above is not None and not text[: column - 1].strip():
        message = (
            "a tab character; expected spaces (YAML indents with spaces only), "
            f"with the key in column {key_above} as on line {above}"
        )
    return SyntaxExplanation(error.line, column, message)


def _quote_never_closed(error: _ParserError) -> SyntaxExplanation | None:
    """A quote open at the end of the file: PyYAML marks where it opened."""
    if error.context != "while scanning a quoted scalar" or error.context_mark is None:
        return None
    mark, quote = error.context_mark, error.char_at(error.context_mark, "'")
    message = f"the quote {quote} opened here is never closed; expected a closing {quote} at the end of the value"
    return SyntaxExplanation(mark.line + 1, mark.column + 1, message)


def _quote_not_closed_on_its_line(error: _ParserError) -> SyntaxExplanation | None:
    """A quote left open swallows the lines after it; the parser gives up at the next quote, lines later."""
    first = error.context_mark.line + 1 if error.context_mark else max(error.line - 40, 1)
    found = _first_unclosed_quote(error.lines, first, error.line)
    if found is None or found[0] >= error.line:
        return None
    number, quote, column = found
    escape = "''" if quote == "'" else '\\"'
    message = (
        f"the quote {quote} opened here is not closed on this line; "
        f"expected a closing {quote} at the end of the value (a {quote} inside it is written {escape})"
    )
    return SyntaxExplanation(number, column, message)


def _text_after_closing_quote(error: _ParserError) -> SyntaxExplanation | None:
    """`quote: "He said "yes" then"`: the second quote ends the value, and the rest is left over."""
    before = error.text[error.column - 2 : error.column - 1] if error.column > 1 else ""
    if "'<scalar>'" not in error.problem or before not in ("'", '"'):
        return None
    escape = "''" if before == "'" else '\\"'
    message = (
        f"the quote {before} here ends the value, and text follows it; "
        f"expected a {before} inside a quoted value written {escape}"
    )
    return SyntaxExplanation(error.line, error.column - 1, message)


def _colon_without_space(error: _ParserError) -> SyntaxExplanation | None:
    """`source:agency`: a plain scalar, then the parser looks for its ':' on the next line."""
    if "could not find expected ':'" not in error.problem or error.context_mark is None:
        return None
    line = error.context_mark.line + 1
    text = error.lines[line - 1] if line <= len(error.lines) else ""
    missing = _COLON_WITHOUT_SPACE.match(text)
    if missing:
        return SyntaxExplanation(
            line, missing.end(), "no space after the colon; expected 'key: value', with a space after ':'"
        )
    return SyntaxExplanation(
        line, _indent(text) + 1, "this line has no 'key: '; expected 'key: value', or a '- ' list item"
    )


def _indentation_or_colon(error: _ParserError) -> SyntaxExplanation | None:
    """A line indented unlike its block, or a second ': ' inside a plain value."""
    if not any(
        words in error.problem for words in ("mapping values are not allowed", "expected <block end>", "expected key")
    ):
        return None
    text, above = error.text, _previous_content_line(error.lines, error.line)
    deeper = above is not None and _indent(text) > _indent(error.lines[above - 1])
    if "mapping values" in error.problem and not deeper:
        return SyntaxExplanation(
            error.line, error.column, "a second ': ' in this line; expected the value quoted if it holds ': '"
        )
    return SyntaxExplanation(error.line, _indent(text) + 1, _indentation(error.lines, error.line))


def _bracket_not_closed(error: _ParserError) -> SyntaxExplanation | None:
    """`[a, b` or `{en: A, ru: B`; or, when the bracket is closed on its line, a ',' left out inside."""
    if "flow" not in error.context or error.context_mark is None:
        return None
    mark, bracket = error.context_mark, error.char_at(error.context_mark, "[")
    closing = "]" if bracket == "[" else "}"
    if error.line == mark.line + 1 and closing in error.text[mark.column :]:
        message = f"a ',' is missing between two items; expected the items inside {bracket} {closing} separated by ', '"
        return SyntaxExplanation(error.line, error.column, message)
    message = (
        f"the bracket {bracket} opened here is not closed; "
        f"expected {closing} before the end of the value, or the text quoted"
    )
    return SyntaxExplanation(mark.line + 1, mark.column + 1, message)


_RULES = (
    _tab,
    _quote_never_closed,
    _quote_not_closed_on_its_line,
    _text_after_closing_quote,
    _colon_without_space,
    _indentation_or_colon,
    _bracket_not_closed,
)


def explain(error: yaml.MarkedYAMLError, text: str) -> SyntaxExplanation:
    """The editor's message for a syntax error PyYAML raised while reading `text`: the first rule that
    recognises the slip, or the parser's own words with the general advice."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    parsed = _ParserError(text.splitlines(), error.problem or "", error.context or "", line, column, error.context_mark)
    for rule in _RULES:
        found = rule(parsed)
        if found is not None:
            return found
    advice = "expected valid YAML: check the indentation against the line above, and the space after each 'key:'"
    return SyntaxExplanation(line, column, f"{parsed.problem or parsed.context}; {advice}")


def describe(explanation: SyntaxExplanation, block_line: int | None) -> str:
    """The problem's message: 'YAML syntax error at column C (in the block that starts on line N): what;
    expected what'. The block is named only when it starts above the line reported."""
    block = f" (in the block that starts on line {block_line})" if block_line and block_line < explanation.line else ""
    return f"YAML syntax error at column {explanation.column}{block}: {explanation.message}"

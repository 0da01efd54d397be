"""Russian typography, by rule: what a Russian typesetter does to the text of a /ru/ page, so editors
type ordinary spaces and the pages still read as a Russian newsroom would set them.

`typeset(text)` applies the rules to one piece of text; `typeset_page(html)` applies them to every
text node of a built Russian page and to its aria-label, title and alt attributes, leaving alone what
is not the edition's own words: quotations (q, blockquote), source titles (cite), code, scripts,
styles, anything marked with another language, and URLs (.fs-url, and every other attribute).
mkdocs_hooks.py calls `typeset_page` on each Russian page after the macros have written it.

The rules (tests/test_russian_typography.py holds each to an example, and the built pages to all):
- a no-break space inside a date («26 ноября 2025 г.»), after a number before its word or unit
  («4,1 млрд», «90 дней»), after «№», after an initial («Б. Н. Ельцин») and before a dash;
- a narrow no-break space (U+202F) between thousands, and no grouping of a four-digit number
  («1800», «408 448»);
- «13,6%» with no space; no «$»: «5,3 млн долларов»;
- month names in full, as a Russian newsroom writes dates: «17 марта», «26 ноября 2025», «апрель 2013»
  (not Babel's «мар.», «нояб.», «апр.»);
- year ranges unspaced with an en dash («2011–2025»); a spaced dash between word groups is an em
  dash («октябрь 2020 — июль 2021»);
- straight quotes become «ёлочки», with „лапки“ inside.
"""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Callable

NBSP = "\u00a0"
NNBSP = "\u202f"
EM_DASH = "\u2014"
EN_DASH = "\u2013"
_SPACE = f"[ {NBSP}{NNBSP}]"

# Babel's abbreviated months (its "d MMM y" and "LLL y"), with the full name after a day (genitive) and
# before a year on its own (nominative). Май, март, июнь and июль Babel already writes in full alone.
_SHORT_MONTHS = (
    ("янв.", "января", "январь"),
    ("февр.", "февраля", "февраль"),
    ("мар.", "марта", "март"),
    ("апр.", "апреля", "апрель"),
    ("июн.", "июня", "июнь"),
    ("июл.", "июля", "июль"),
    ("авг.", "августа", "август"),
    ("сент.", "сентября", "сентябрь"),
    ("окт.", "октября", "октябрь"),
    ("нояб.", "ноября", "ноябрь"),
    ("дек.", "декабря", "декабрь"),
)
_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
)
# Conjunctions and prepositions after a number start the next phrase: the number is not bound to them.
_FUNCTION_WORDS = "(?:и|а|в|во|с|со|к|ко|о|об|у|на|по|до|из|от|за|не|но|или|либо|что|как|при)"
# A number written in groups of three digits, with any of the spaces Babel or an editor may use.
_GROUPED = re.compile(rf"(?<![\d,.])\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)")
_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    *(
        (re.compile(rf"(\d){_SPACE}{re.escape(short)}(?=[\s{NBSP}]|$)"), rf"\1 {day}")
        for short, day, _ in _SHORT_MONTHS
    ),
    *(
        (re.compile(rf"(?<![\w.]){re.escape(short)}(?={_SPACE}\d{{4}}(?!\d))"), alone)
        for short, _, alone in _SHORT_MONTHS
    ),
    (re.compile(r"\$(\d[\d,]*)(\s(?:млрд|млн|тыс\.))?"), r"\1\2 долларов"),
    (re.compile(rf"(\d{{4}}){_SPACE}?[{EN_DASH}-]{_SPACE}?(\d{{4}})(?!\d)"), rf"\1{EN_DASH}\2"),
    (re.compile(rf"{_SPACE}[{EN_DASH}-]{_SPACE}"), f"{NBSP}{EM_DASH} "),
    (re.compile(rf"{_SPACE}{EM_DASH}"), f"{NBSP}{EM_DASH}"),
    (re.compile(rf"(\d){_SPACE}%"), r"\1%"),
    (re.compile(rf"({_MONTHS}){_SPACE}(?=\d{{4}})"), rf"\1{NBSP}"),
    (re.compile(rf"(\d){_SPACE}(?!{_FUNCTION_WORDS}(?!\w))(?=[А-Яа-яЁё№])"), rf"\1{NBSP}"),
    (re.compile(rf"№{_SPACE}?(?=\d)"), f"№{NBSP}"),
    (re.compile(rf"(?<![\w.])([А-ЯЁ]\.){_SPACE}(?=[А-ЯЁ])"), rf"\1{NBSP}"),
)


def _regroup(match: re.Match[str]) -> str:
    digits = re.sub(_SPACE, "", match.group())
    if len(digits) <= 4:
        return digits
    head = len(digits) % 3 or 3
    return NNBSP.join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])


def _quotes(text: str) -> str:
    """Straight and English double quotes as «ёлочки», with „лапки“ for a quote inside a quote."""
    if '"' not in text and "“" not in text:
        return text
    out, depth, lapki = [], 0, text.count("„")
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        if char == "“" and lapki:  # a Russian closing „лапка“, typed as such: left as it is
            lapki -= 1
            out.append(char)
            continue
        opening = char == "“" or (char == '"' and (before.isspace() or before in "([{«„—-/"))
        if char in '"“”' and opening:
            out.append("«" if depth == 0 else "„")
            depth += 1
        elif char in '"”' and depth:
            depth -= 1
            out.append("»" if depth == 0 else "“")
        else:
            out.append(char)
    return "".join(out)


def typeset(text: str) -> str:
    """One piece of Russian text, set by the rules above."""
    text = _GROUPED.sub(_regroup, _quotes(text))
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


# Elements whose text is not the edition's own words, or not words at all: left exactly as written.
_UNTOUCHED = frozenset({"q", "blockquote", "cite", "code", "pre", "kbd", "samp", "script", "style", "textarea"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w:-]*)")
_LABEL = re.compile(r'(\s(?:aria-label|title|alt)=")([^"]*)(")')
_FOREIGN = re.compile(r'\slang="(?!ru)[^"]*"')
_URL_CLASS = re.compile(r'\sclass="[^"]*\bfs-url\b')


def _untouched(tag: str, name: str) -> bool:
    return name in _UNTOUCHED or bool(_FOREIGN.search(tag)) or bool(_URL_CLASS.search(tag))


def _typeset_label(match: re.Match[str]) -> str:
    value = typeset(html_module.unescape(match.group(2)))
    return match.group(1) + html_module.escape(value, quote=True) + match.group(3)


def typeset_page(page: str) -> str:
    """Every text node and label of a Russian page, set; quotes, titles, code, URLs and other
    languages untouched."""
    parts = _TAG.split(page)
    stack: list[tuple[str, bool]] = []  # open elements: (name, whether their text is left alone)
    for index, part in enumerate(parts):
        left_alone = any(skip for _, skip in stack)
        if index % 2 == 0:
            if part and not left_alone:
                parts[index] = typeset(part)
            continue
        found = _TAG_NAME.match(part)
        if not found:
            continue
        closing, name = found.group(1), found.group(2).lower()
        if closing:
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == name), None)
            if depth is not None:
                del stack[depth:]
            continue
        skip = _untouched(part, name)
        if not left_alone and not skip:
            parts[index] = _LABEL.sub(_typeset_label, part)
        if name not in _VOID and not part.endswith("/>"):
            stack.append((name, skip))
    return "".join(parts)

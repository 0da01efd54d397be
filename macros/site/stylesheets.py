"""The site's own stylesheets as readers download them: comments and layout whitespace removed.

The files in docs/assets/stylesheets keep their comments, which say why each rule is there; the
built copies drop them, as Material ships its own CSS minified. That keeps the heaviest page inside
its weight budget (tests/test_page_weight.py). The minifier does only what is safe without parsing
CSS: it removes comments, turns each run of whitespace into one space and drops the spaces around
`{`, `}`, `;` and `,`. Quoted strings (`content: "…"`, `quotes: "«" "»"`) are kept as written.
mkdocs_hooks.py calls `minify_built_stylesheets` once the whole site is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

# A quoted string, a comment, or a run of whitespace: the three things the minifier looks at.
_STRING = r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
_TOKEN = re.compile(rf"{_STRING}|/\*.*?\*/|\s+", re.DOTALL)
_STRINGS = re.compile(rf"({_STRING})")  # the group keeps the strings in re.split's result
_AROUND_PUNCTUATION = re.compile(r" ?([{};,]) ?")
# Where the project's own stylesheets are, in docs/ and in the built site alike.
STYLESHEET_FOLDER = "assets/stylesheets"


def _without_comments_and_runs(match: re.Match[str]) -> str:
    token = match.group()
    if token.startswith(("'", '"')):
        return token
    return "" if token.startswith("/*") else " "


def _tighten(match: re.Match[str]) -> str:
    return match.group(1)


def minify(css: str) -> str:
    """The same rules in fewer bytes; strings untouched."""
    collapsed = _TOKEN.sub(_without_comments_and_runs, css)
    # re.split with a group alternates: text outside strings at even indexes, strings at odd ones.
    parts = _STRINGS.split(collapsed)
    return "".join(part if i % 2 else _AROUND_PUNCTUATION.sub(_tighten, part) for i, part in enumerate(parts)).strip()


def minify_built_stylesheets(site_dir: Path, extra_css: Iterable[str]) -> None:
    """Minify, in the built site, each of the project's stylesheets that mkdocs.yml lists."""
    for name in extra_css:
        if not name.startswith(STYLESHEET_FOLDER):
            continue
        built = site_dir / name
        if built.is_file():
            built.write_text(minify(built.read_text(encoding="utf-8")), encoding="utf-8")

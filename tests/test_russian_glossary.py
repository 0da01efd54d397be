"""The Russian texts follow the Russian edition's glossary (editorial/glossary.ru.yaml): no form the
glossary says not to write, and «Кыргыз…» only inside quotes, titles and the official names it lists.

Read: every `ru:` text of data/*.yaml, the prose of docs/*.ru.md (code, macros and «quotes» set aside)
and every Russian interface word of macros/site/text.py and its *_text.py siblings.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
import yaml

from macros.site.glossary import GLOSSARY_FILE, load_glossary

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = load_glossary()
KYRGYZ_STEM = re.compile(r"[Кк]ыргыз\w*")
QUOTED = re.compile(r"«[^«»]*»|„[^„“]*“")
MARKDOWN_NOT_PROSE = re.compile(r"```.*?```|`[^`]*`|\{\{.*?\}\}|\{%.*?%\}|\{ #[^}]*\}", re.S)


def _ru_texts_in(node: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "ru" and isinstance(value, str):
                yield path, value
            else:
                yield from _ru_texts_in(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _ru_texts_in(item, f"{path}[{index}]")


def data_texts() -> Iterator[tuple[str, str]]:
    for file in sorted((ROOT / "data").glob("*.yaml")):
        yield from _ru_texts_in(yaml.safe_load(file.read_text(encoding="utf-8")), f"data/{file.name}")


def page_texts() -> Iterator[tuple[str, str]]:
    for file in sorted((ROOT / "docs").glob("*.ru.md")):
        yield f"docs/{file.name}", MARKDOWN_NOT_PROSE.sub(" ", file.read_text(encoding="utf-8"))


def interface_texts() -> Iterator[tuple[str, str]]:
    names = ["text", *(p.stem for p in (ROOT / "macros" / "site").glob("*_text.py"))]
    for name in sorted(names):
        for attribute, table in vars(importlib.import_module(f"macros.site.{name}")).items():
            if attribute.isupper() and isinstance(table, Mapping) and "ru" in table:
                yield from _strings_in(table["ru"], f"{name}.{attribute}")


def _strings_in(node: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _strings_in(value, f"{path}.{key}")
    elif isinstance(node, tuple):
        for item in node:
            yield from _strings_in(item, path)


def running_text(text: str) -> str:
    """The text with the official names and anything in «quotes» taken out."""
    for pattern in GLOSSARY.official_name_patterns():
        text = pattern.sub(" ", text)
    previous = None
    while previous != text:  # innermost quotes first, so «… „…“ …» goes whole
        previous, text = text, QUOTED.sub(" ", text)
    return text


ALL_TEXTS = (*data_texts(), *page_texts(), *interface_texts())


def test_the_texts_are_found():
    sources = {where.split(".")[0].split("/")[0] for where, _ in ALL_TEXTS}
    assert {"data", "docs", "text", "chart_text"} <= sources


def test_kyrgyz_forms_appear_only_in_quotes_titles_and_official_names():
    found = [
        f"{where}: «{match.group()}» in …{text[max(0, match.start() - 40) : match.end() + 40]}…"
        for where, original in ALL_TEXTS
        for text in [running_text(original)]
        for match in KYRGYZ_STEM.finditer(text)
    ]
    assert not found, "write «Киргизия», «киргизский» (editorial/glossary.ru.yaml):\n" + "\n".join(found)


@pytest.mark.parametrize("term", [t for t in GLOSSARY.terms if t.avoid], ids=lambda t: t.en)
def test_no_text_uses_a_form_the_glossary_rules_out(term):
    avoided = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in term.avoid) + r")(?!\w)", re.I)
    found = [
        f"{where}: «{match.group()}»"
        for where, original in ALL_TEXTS
        for match in avoided.finditer(running_text(original))
    ]
    assert not found, f"write «{term.ru}» ({GLOSSARY_FILE.name}: {term.rule_ru}):\n" + "\n".join(found)


def test_an_official_name_is_matched_in_any_case():
    assert running_text("Национальный банк Кыргызской Республики оценил").split() == ["оценил"]
    assert running_text("кампуса Кыргызско-Российского Славянского университета").split() == ["кампуса"]
    assert KYRGYZ_STEM.search(running_text("граждане Кыргызстана"))
    assert not KYRGYZ_STEM.search(running_text("цитата: «граждане Кыргызстана „Кыргызстан“»"))

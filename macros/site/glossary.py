"""The Russian edition's glossary (editorial/glossary.ru.yaml): the one form of each name and term the
Russian texts use. Read here for the editors' guide (`{{ glossary() }}` in page_macros.py) and by
tests/test_russian_glossary.py, which holds data/, docs/*.ru.md and the interface words to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from macros.site.glossary_text import GLOSSARY_WORDS
from macros.site.html import Html, concat, element, table

GLOSSARY_PATH = Path("editorial") / "glossary.ru.yaml"  # from the project root
GLOSSARY_FILE = Path(__file__).resolve().parents[2] / GLOSSARY_PATH
# The letters a Russian word may change at its end when it is declined: an official name is matched
# in any case by its words cut back to these endings ("Кыргызской Республики" from "Кыргызская Республика").
_ENDING_LETTERS = "аеёиийоуыьэюя"


@dataclass(frozen=True)
class Term:
    en: str
    ru: str
    avoid: tuple[str, ...]
    rule_en: str
    rule_ru: str


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    official_names: tuple[tuple[str, str], ...]  # (Russian, English)

    def official_name_patterns(self) -> tuple[re.Pattern[str], ...]:
        """One pattern per official name, matching it in any grammatical case; the longest first, so
        «Национальный банк Кыргызской Республики» is taken whole before «Кыргызская Республика»."""
        names = sorted((russian for russian, _ in self.official_names), key=len, reverse=True)
        return tuple(_declined(russian) for russian in names)


def _declined(name: str) -> re.Pattern[str]:
    words = [re.escape(word.rstrip(_ENDING_LETTERS) or word) + r"\w*" for word in name.split()]
    return re.compile(r"\s+".join(words).replace(r"»\w*", r"\w*»"))


def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms = tuple(
        Term(t["en"], t["ru"], tuple(t.get("avoid") or ()), t["rule"]["en"], t["rule"]["ru"]) for t in raw["terms"]
    )
    names = tuple((n["ru"], n["en"]) for n in raw["official_names"])
    return Glossary(terms, names)


def _in(lang: str, text: str) -> Html:
    """Text marked with its language, so a screen reader reads an English term in English on /ru/."""
    return element("span", {"lang": lang}, text)


def glossary_table(glossary: Glossary, lang: str) -> Html:
    """The glossary as the editors' guide shows it: a table of terms, then the official names."""
    words = GLOSSARY_WORDS[lang]
    rows = [
        [
            _in("en", term.en),
            element("strong", {"lang": "ru"}, term.ru),
            _in("ru", ", ".join(term.avoid)),
            _in(lang, term.rule_ru if lang == "ru" else term.rule_en),
        ]
        for term in glossary.terms
    ]
    terms = table(
        [words["english"], words["russian"], words["avoid"], words["rule"]],
        rows,
        caption=words["caption"],
        labelled=True,
    )
    names = element(
        "ul",
        None,
        *(element("li", None, _in("ru", ru), " (", _in("en", en), ")") for ru, en in glossary.official_names),
    )
    return concat(terms, element("p", None, element("strong", None, words["official_names"])), names)

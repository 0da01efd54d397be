"""Nothing English where Russian is due: every Latin-script word on the built Russian pages, in the
text a reader sees and in aria-label, title, alt and placeholder (tests/russian_text.py reads them),
is a name that keeps its own script, or the test fails.

Set aside before looking: quotations (q, blockquote), source titles (cite), code, URLs and anything
marked with another language (russian_text.py). Allowed: the names of outlets that keep their own
name (a publisher in data/sources.yaml with no `publisher_ru`, and the `via` names the Russian
edition shows as written, macros/site/source_names_text.py), technical identifiers (a fact or source
id, a file name: they contain «_», «.» or «-» between letters, or are a language code), and the
short list below, each with its reason.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from russian_text import russian_texts

from macros.site.source_names_text import VIA_NAMES

ROOT = Path(__file__).resolve().parent.parent
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŞşĞğİı][A-Za-zÀ-ÖØ-öø-ÿŞşĞğİı'’&]*")
# A technical identifier, shown as such: snake_case, dotted ids and file names, slugs, domains.
IDENTIFIER = re.compile(r"\S*(?:[A-Za-z0-9][_.\-/][A-Za-z0-9])\S*")

ALLOWED = {
    # Abbreviations a Russian text writes in Latin script.
    "AFP": "Agence France-Presse; Russian media write AFP",
    "RT": "the channel's own name",
    "UPI": "United Press International; written so in Russian",
    "EIN": "EIN Presswire, a foreign wire's name",
    "BOM": "the byte-order mark, a technical term in the data page",
    "CSV": "a file format",
    "JSON": "a file format",
    "YAML": "a file format",
    "URL": "the citation standard's (ГОСТ Р 7.0.5) own word",
    "CC": "the licence's name, CC BY 4.0",
    "BY": "the licence's name, CC BY 4.0",
    "MIT": "the code licence's name",
    "LICENSE": "a file name",
    "GitHub": "a service's name",
    "Pages": "GitHub Pages, a service's name",
    "Markdown": "a markup language's name",
    "Material": "the theme's name",
    "MkDocs": "the site generator's name",
    "Excel": "a program's name",
    "LibreOffice": "a program's name",
    "pandas": "a program library's name",
    "VS": "Visual Studio Code, an editor's name",
    "Code": "Visual Studio Code, an editor's name",
    "Schema": "JSON Schema, a standard's name",
    "English": "the language selector names each language in itself",
    "A": "a letter of the Latin alphabet: the source list is filed A–K, L–R, S–Z",
    "K": "a letter of the Latin alphabet: the source list is filed A–K, L–R, S–Z",
    "L": "a letter of the Latin alphabet: the source list is filed A–K, L–R, S–Z",
    "R": "a letter of the Latin alphabet: the source list is filed A–K, L–R, S–Z",
    "S": "a letter of the Latin alphabet: the source list is filed A–K, L–R, S–Z",
    "Z": "a letter of the Latin alphabet: the source list is filed A–K, L–R, S–Z",
    "N": "a placeholder for a number in the editors' guide",
    "Nomad": "Nomad TV, a channel's own name",
    "TV": "Nomad TV, a channel's own name",
    "Alkanov": "Alkanov Group, a company's own name",
    "Group": "Alkanov Group, a company's own name",
    "Telegram": "a service's name",
    "Python": "a programming language's name",
    "Frictionless": "Frictionless Data Package, a standard's name",
    "Data": "Frictionless Data Package, a standard's name",
    "Package": "Frictionless Data Package, a standard's name",
    "SVG": "a file format (a chart to download)",
    "ISO": "the standards body's abbreviation (ISO 8601, ISO 639)",
    "Atom": "the feed format's name (RFC 4287), as a Russian text writes it",
    "git": "the version-control program's name (a «git-коммит»)",
}


def _foreign_names() -> set[str]:
    """The words of every name kept in its own script: publishers with no Russian form, shown `via` names."""
    sources = yaml.safe_load((ROOT / "data" / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    names = [s["publisher"] for s in sources.values() if not s.get("publisher_ru")]
    names += [s["publisher_ru"] for s in sources.values() if s.get("publisher_ru")]
    names += list(VIA_NAMES["ru"].values())
    return {word for name in names for word in LATIN_WORD.findall(name)}


def latin_words(site: Path) -> Counter[tuple[str, str]]:
    """(word, page) -> how often, for every Latin word the rules above do not allow."""
    allowed = set(ALLOWED) | _foreign_names()
    found: Counter[tuple[str, str]] = Counter()
    for text in russian_texts(site):
        for word in LATIN_WORD.findall(IDENTIFIER.sub(" ", text.text)):
            if word not in allowed and len(word) > 0:
                found[(word, text.page)] += 1
    return found


def test_every_allowed_word_says_why():
    assert all(reason.strip() for reason in ALLOWED.values())


@pytest.mark.build
def test_the_russian_pages_show_no_english_word(built_site):
    found = latin_words(built_site)
    listed = [f"{word!r} on /{page} ({count}×)" for (word, page), count in sorted(found.items())]
    assert not listed, f"{len(found)} Latin words on Russian pages:\n" + "\n".join(listed[:80])

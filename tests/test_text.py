"""The interface text: every language has every word English has, and every unit its axis title."""

import importlib
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from babel import Locale

from macros.data.units import UNITS
from macros.site import chart_text, formatting_text, text, text_base

ROOT = Path(__file__).resolve().parent.parent


def shape(value):
    """What a translation must match: the keys of a table (recursively), the length of a tuple, or 'text'."""
    if isinstance(value, Mapping):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return len(value)
    return "text"


TEXT_MODULES = sorted(
    ["text", *(path.stem for path in (ROOT / "macros" / "site").glob("*_text.py"))],
)


def _tables():
    """Every table of words of every text module, as (module.NAME, table): found, not listed, so a new
    module or table is checked the day it is added."""
    found = []
    for name in TEXT_MODULES:
        module = importlib.import_module(f"macros.site.{name}")
        for attribute, value in vars(module).items():
            if attribute.isupper() and isinstance(value, Mapping) and value is not getattr(text_base, attribute, None):
                found.append((f"{name}.{attribute}", value))
    return found


TABLES = dict(_tables())


def test_the_text_modules_are_found():
    assert {"text", "chart_text", "formatting_text", "commitment_text", "publishing_text"} <= set(TEXT_MODULES)
    assert {"text.PAGE_WORDS", "chart_text.CHART_WORDS", "formatting_text.DURATION_WORDS"} <= set(TABLES)


@pytest.mark.parametrize("table", sorted(set(TABLES) - {"formatting_text.DURATION_WORDS"}))
@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_each_language_has_every_key_english_has(table, lang):
    words = TABLES[table]
    assert set(words) == set(text.LANGUAGES)
    assert shape(words[lang]) == shape(words[text.DEFAULT_LANGUAGE])


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_durations_name_every_plural_category_of_the_language(lang):
    categories = set(Locale(lang).plural_form.tags) | {"other"}
    assert set(formatting_text.DURATION_WORDS[lang]) == {unit.id for unit in UNITS.values() if unit.kind == "duration"}
    for words in formatting_text.DURATION_WORDS[lang].values():
        assert set(words) == categories


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_every_unit_has_its_words(lang):
    assert set(chart_text.AXIS_TITLES[lang]) == set(UNITS)
    measures = {unit.id for unit in UNITS.values() if unit.kind == "measure"}
    assert set(formatting_text.MEASURE_WORDS[lang]) == measures
    currencies = {unit.currency for unit in UNITS.values() if unit.kind == "currency"}
    assert set(formatting_text.CURRENCY_WORDS[lang]) == currencies


def test_the_languages_are_those_mkdocs_builds():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    built = re.findall(r"^\s*- locale: (\w+)$", config, re.M)
    assert tuple(built) == text.LANGUAGES


def test_the_text_cannot_be_changed_at_run_time():
    with pytest.raises(TypeError):
        text.PAGE_WORDS["en"]["source"] = "changed"  # type: ignore[index]

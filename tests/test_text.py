"""The interface text: every language has every word English has, and every unit its axis title."""

import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from babel import Locale

from macros.data.units import UNITS
from macros.site import text

ROOT = Path(__file__).resolve().parent.parent


def shape(value):
    """What a translation must match: the keys of a table (recursively), the length of a tuple, or 'text'."""
    if isinstance(value, Mapping):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return len(value)
    return "text"


TABLES = sorted(set(text.TABLES) - {"DURATION_WORDS"})


def test_every_table_is_listed_for_the_check():
    tables = {
        name for name, value in vars(text).items() if name.isupper() and isinstance(value, Mapping) and name != "TABLES"
    }
    assert tables == set(text.TABLES)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_each_language_has_every_key_english_has(table, lang):
    words = text.TABLES[table]
    assert set(words) == set(text.LANGUAGES)
    assert shape(words[lang]) == shape(words[text.DEFAULT_LANGUAGE])


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_durations_name_every_plural_category_of_the_language(lang):
    categories = set(Locale(lang).plural_form.tags) | {"other"}
    assert set(text.DURATION_WORDS[lang]) == {unit.id for unit in UNITS.values() if unit.kind == "duration"}
    for words in text.DURATION_WORDS[lang].values():
        assert set(words) == categories


@pytest.mark.parametrize("lang", text.LANGUAGES)
def test_every_unit_has_its_words(lang):
    assert set(text.AXIS_TITLES[lang]) == set(UNITS)
    measures = {unit.id for unit in UNITS.values() if unit.kind == "measure"}
    assert set(text.MEASURE_WORDS[lang]) == measures
    currencies = {unit.currency for unit in UNITS.values() if unit.kind == "currency"}
    assert set(text.CURRENCY_WORDS[lang]) == currencies


def test_the_languages_are_those_mkdocs_builds():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    built = re.findall(r"^\s*- locale: (\w+)$", config, re.M)
    assert tuple(built) == text.LANGUAGES


def test_the_text_cannot_be_changed_at_run_time():
    with pytest.raises(TypeError):
        text.PAGE_WORDS["en"]["source"] = "changed"  # type: ignore[index]

"""What the MkDocs glue reads about the build under way (macros/site/languages.py): the edition being
built, its site name, whether the whole build is done, and whether `mkdocs serve` runs it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from macros.site.languages import Languages, edition_site_name, is_serving, languages_of, whole_build_done


def config(i18n: Any = None, **settings: Any) -> dict[str, Any]:
    plugins = {"i18n": i18n} if i18n is not None else {}
    return {"plugins": plugins, "site_name": "Fact sheet", "dev_addr": ("127.0.0.1", 8000), **settings}


def i18n(current: str | None, building: bool = False) -> SimpleNamespace:
    languages = [
        SimpleNamespace(locale="en", default=True, site_name=None),
        SimpleNamespace(locale="ru", default=False, site_name="Справочник"),
    ]
    return SimpleNamespace(
        config=SimpleNamespace(languages=languages),
        default_language="en",
        current_language=current,
        building=building,
        original_configs={"site_name": "Fact sheet"},
    )


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (None, Languages("en", "en", ("en", "ru"))),  # define_env of the first build: the plugin has not set it yet
        ("en", Languages("en", "en", ("en", "ru"))),
        ("ru", Languages("ru", "en", ("en", "ru"))),
    ],
)
def test_the_language_being_built(current, expected):
    assert languages_of(config(i18n(current))) == expected


def test_without_editions_the_theme_language_is_the_only_one():
    assert languages_of(config(theme={"language": "fr"})) == Languages("fr", "fr", ("fr",))


@pytest.mark.parametrize(("language", "url_prefix"), [("en", ""), ("ru", "ru/")])
def test_each_edition_lives_under_its_prefix(language, url_prefix):
    assert languages_of(config(i18n(language))).url_prefix == url_prefix


@pytest.mark.parametrize(
    ("language", "site_name", "expected"),
    [
        ("ru", "Fact sheet", "Справочник"),
        ("en", "Справочник", "Fact sheet"),  # after the Russian build the config still holds its name
    ],
)
def test_each_edition_has_its_own_site_name(language, site_name, expected):
    assert edition_site_name(config(i18n(language), site_name=site_name), language) == expected


@pytest.mark.parametrize(
    ("plugin", "done"),
    [(None, True), (i18n("en", building=False), True), (i18n("ru", building=True), False)],
)
def test_the_whole_build_is_done_once_the_plugin_has_built_every_edition(plugin, done):
    assert whole_build_done(config(plugin)) is done


@pytest.mark.parametrize(
    ("site_url", "dev_addr", "serving"),
    [
        ("http://127.0.0.1:8000/", ("127.0.0.1", 8000), True),
        ("http://127.0.0.1:8123/sub/", ("127.0.0.1", 8123), True),
        (None, ("127.0.0.1", 8000), False),
        ("https://example.org/factsheet/", ("127.0.0.1", 8000), False),
        ("http://127.0.0.1:8000/", ("127.0.0.1", 8123), False),
    ],
)
def test_serving_is_read_from_the_address_mkdocs_serve_sets(site_url, dev_addr, serving):
    assert is_serving(config(site_url=site_url, dev_addr=dev_addr)) is serving

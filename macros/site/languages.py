"""Which language edition MkDocs is building, read in one place from mkdocs-static-i18n.

mkdocs-static-i18n builds the default language into the site root first, then, from its own
`on_post_build`, each other language into /<language>/ with the same MkDocs config object. The
MkDocs glue asks this module what that means for the build under way: `define_env`
(`mkdocs_plugin.py`) for the language of the macros and the edition's site name, the hooks
(`mkdocs_hooks.py`) for the page's edition and for the end of the whole build. Without the plugin
the site has one edition, in the theme's language. Plain Python: the config is only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from macros.site.text import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Languages:
    """The language being built, the default one (served at the site root) and every one configured."""

    current: str
    default: str
    every: tuple[str, ...]

    @property
    def url_prefix(self) -> str:
        """Where the current edition lives inside the site: '' for the default one, else 'ru/'."""
        return "" if self.current == self.default else f"{self.current}/"


def _i18n(config: Any) -> Any:
    """mkdocs-static-i18n's plugin object, or None when the site has no language editions."""
    return config["plugins"].get("i18n") if "plugins" in config else None


def languages_of(config: Any) -> Languages:
    """The languages of the build under way."""
    i18n = _i18n(config)
    if i18n is None:
        language = config["theme"]["language"] if "theme" in config else DEFAULT_LANGUAGE
        return Languages(language, language, (language,))
    # The plugin sets current_language in its own on_config, which runs after every other plugin's:
    # in define_env of the first build it is still unset, and that build is the default language's.
    default = i18n.default_language
    return Languages(i18n.current_language or default, default, tuple(lang.locale for lang in i18n.config.languages))


def edition_site_name(config: Any, language: str) -> str:
    """The site name of an edition. mkdocs-static-i18n applies a language's own site_name only after
    define_env has run (its on_config comes last), so it is read from the plugin's settings."""
    i18n = _i18n(config)
    if i18n is None:
        return str(config["site_name"])
    own = next((lang.site_name for lang in i18n.config.languages if lang.locale == language), None)
    # During another language's build, config.site_name holds that language's name; the plugin keeps
    # the one from mkdocs.yml.
    return str(own or getattr(i18n, "original_configs", {}).get("site_name") or config["site_name"])


def whole_build_done(config: Any) -> bool:
    """True in an `on_post_build` that runs after mkdocs-static-i18n's (event priority below -100) once
    every edition is written: the plugin builds the others inside the default edition's on_post_build,
    with `building` set, and rewrites the combined search index at the end of that outer call."""
    i18n = _i18n(config)
    return i18n is None or not i18n.building


def is_serving(config: Any) -> bool:
    """Whether `mkdocs serve` runs this build: it sets site_url to its own address, http://{dev_addr}/,
    before every build (mkdocs/commands/serve.py). `mkdocs build` keeps the site_url of mkdocs.yml."""
    address = urlsplit(config.get("site_url") or "")
    host, port = config["dev_addr"]
    return address.scheme == "http" and address.hostname == host and address.port == port

"""One build, one BuildContext: what the editions share and when a new build starts afresh.

mkdocs-macros calls `define_env` and `on_post_build` once per language edition; here they are called
as mkdocs-static-i18n has them called (the default edition, then Russian, with one config object),
without building pages. Performance contract: per build the project is loaded once, git is asked
once and the downloads are made once; a new config (the next `mkdocs serve` rebuild) sees every edit.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import FIXTURES
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from macros import define_env, on_post_build
from macros.site import build_context, build_info, downloads

RUSSIAN_NAME = "Справочник"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for folder in ("data", "docs"):
        shutil.copytree(FIXTURES / "valid" / folder, root / folder)
    shutil.copy(FIXTURES / "valid" / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """What each build asks for: project loads, git commands, and the facts.csv made."""
    asked: dict[str, list] = {"load": [], "git": [], "facts.csv": []}

    def counted(name: str, function: Any, record: Any) -> Any:
        return lambda *args, **kwargs: asked[name].append(record(*args)) or function(*args, **kwargs)

    monkeypatch.setattr(build_context, "load_project", counted("load", build_context.load_project, lambda root: root))
    monkeypatch.setattr(build_info, "git", counted("git", build_info.git, lambda root, *args: args[0]))
    monkeypatch.setattr(downloads, "facts_csv", counted("facts.csv", downloads.facts_csv, lambda *args: None))
    return asked


def i18n_plugin() -> SimpleNamespace:
    """The parts of mkdocs-static-i18n's plugin object that the glue reads."""
    languages = [
        SimpleNamespace(locale="en", default=True, site_name=None),
        SimpleNamespace(locale="ru", default=False, site_name=RUSSIAN_NAME),
    ]
    return SimpleNamespace(
        config=SimpleNamespace(languages=languages),
        default_language="en",
        current_language=None,
        building=False,
        original_configs={},
    )


def build(project: Path, site: Path) -> Any:
    """One build of both editions, as far as the macros module sees it; returns its config."""
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
    i18n = config.plugins["i18n"] = i18n_plugin()
    english_name = config["site_name"]
    # mkdocs-static-i18n sets the language in its own on_config, after define_env has run; it builds
    # the other editions from its on_post_build, with `building` set and the same config object.
    for language, current, site_name in ((None, "en", english_name), ("ru", "ru", RUSSIAN_NAME)):
        i18n.current_language, i18n.building = language, language is not None
        env = SimpleNamespace(conf=config, project_dir=str(project), page=None, macro=lambda *args: None)
        define_env(env)
        i18n.current_language, config["site_name"] = current, site_name
        on_post_build(env)
    return config


def test_both_editions_share_one_load_one_git_stamp_and_one_making_of_the_downloads(project, tmp_path, calls):
    build(project, tmp_path / "site")
    assert calls["load"] == [project]
    assert calls["git"] == ["rev-parse"]  # not a repository: the stamp's one question, and no status
    assert len(calls["facts.csv"]) == 1
    english, russian = tmp_path / "site" / "data", tmp_path / "site" / "ru" / "data"
    assert (russian / "facts.csv").read_bytes() == (english / "facts.csv").read_bytes()
    assert f'"site": "{RUSSIAN_NAME}"' in (russian / "facts.json").read_text(encoding="utf-8")


def test_the_next_build_reads_the_edited_data_afresh(project, tmp_path, calls):
    first = build(project, tmp_path / "first")
    data_file = project / "data" / "trade.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("value: 4.1", "value: 4.2"), encoding="utf-8")
    second = build(project, tmp_path / "second")  # `mkdocs serve` loads a new config for every rebuild
    assert len(calls["load"]) == len(calls["facts.csv"]) == 2
    context = build_context.context_of_build(second, project)
    assert context is not build_context.context_of_build(first, project)
    assert context.dataset.facts["trade.turnover"].headline.value == 4.2
    assert ",4.2," in (tmp_path / "second" / "data" / "facts.csv").read_text(encoding="utf-8")


def test_problems_in_the_data_fail_the_build_with_the_editor_report(tmp_path):
    project = tmp_path / "broken"
    shutil.copytree(FIXTURES / "broken", project)
    shutil.copy(FIXTURES / "valid" / "mkdocs.yml", project / "mkdocs.yml")
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    env = SimpleNamespace(conf=config, project_dir=str(project), page=None, macro=lambda *args: None)
    with pytest.raises(Abort, match=r"^The fact sheet's data or pages have problems:\ndata/"):
        define_env(env)

"""Loading the project: a change gives a new dataset, and loading leaves the interpreter's garbage
collector as it found it. (Once per build, for every edition: tests/test_build_context.py.)"""

import gc
import shutil

import pytest
from conftest import FIXTURE_TODAY, FIXTURES

from macros.data.problems import ProblemReport
from macros.site.project import load_project


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", root)
    return root


def test_an_edit_gives_a_new_dataset(project):
    first = load_project(project, FIXTURE_TODAY)
    data_file = project / "data" / "trade.yaml"
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("value: 4.1", "value: 4.2"), encoding="utf-8")
    edited = load_project(project, FIXTURE_TODAY)
    assert edited is not first
    assert edited.facts["trade.turnover"].headline.value == 4.2


@pytest.mark.parametrize("broken", [False, True])
def test_loading_leaves_the_garbage_collector_running(project, broken):
    # Loading pauses the cycle collector and freezes what it built; a build must not go on without it.
    if broken:
        (project / "data" / "trade.yaml").write_text("facts: [", encoding="utf-8")
    assert gc.isenabled()
    try:
        load_project(project, FIXTURE_TODAY)
    except ProblemReport:
        assert broken
    assert gc.isenabled()

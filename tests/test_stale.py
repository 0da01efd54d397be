"""`python -m macros stale --today DATE`: what editors must re-check, on a fixed day."""

import datetime as dt

import pytest
from conftest import ROOT
from test_cli import run_cli

from macros.data.load import load_dataset
from macros.editors.stale import DEFAULT_REVIEW_DAYS, stale_items

SOURCES = """\
sources:
  agency-2026:
    publisher: Agency
    type: agency
    url: https://example.org/agency
    published: '2026-06-01'
    language: en
  undated-page:
    publisher: Ministry
    type: official
    url: https://example.org/undated
    language: ru
"""
SPEAKERS = "speakers:\n  minister:\n    name: {en: Minister, ru: Министр}\n    side: kyrgyzstan\n"
TRADE = """\
title: {en: Trade, ru: Торговля}
facts:
  turnover:
    label: {en: Turnover, ru: Товарооборот}
    unit: usd_billion
    observations:
      - value: 3.9
        period: '2023'
        source: agency-2026
      - value: 4.1
        period: '2024'
        source: agency-2026
  monthly_exports:
    label: {en: Exports, ru: Экспорт}
    unit: usd_million
    observations:
      - value: 40
        period: '2026-01/2026-03'
        source: agency-2026
  schools:
    label: {en: Schools, ru: Школы}
    unit: count
    review_every_days: 30
    observations:
      - value: 9
        period: '2026-04-15'
        source: undated-page
  fresh:
    label: {en: Fresh, ru: Свежее}
    unit: percent
    observations:
      - value: 12
        period: '2025'
        source: agency-2026
events:
  opening:
    date: '2026-09-01'
    title: {en: Opening, ru: Открытие}
    planned: true
    source: agency-2026
  forum:
    date: '2027'
    title: {en: Forum, ru: Форум}
    planned: true
    source: agency-2026
"""
TODAY = "2026-11-28"

EXPECTED = """\
Facts due for a re-check (3): add the newer figure, or raise `review_every_days` on a fact no newer figure will come for
data/trade.yaml:10: trade.turnover: the latest figure is for 2024; re-check due since 2026-03-31 (455 days after that period, the default for yearly figures)
data/trade.yaml:17: trade.monthly_exports: the latest figure is for January–March 2026; re-check due since 2026-07-29 (120 days after that period, the default for monthly figures)
data/trade.yaml:25: trade.schools: the latest figure is for 15 April 2026; re-check due since 2026-05-15 (30 days after that period, set by review_every_days)

Planned events whose date has passed (1): record what happened (and drop `planned`), or the new date
data/trade.yaml:36: trade.opening: planned for 1 September 2026, which has passed

Sources without a publication date (1): add `published:` once the date is found
data/sources.yaml:8: undated-page: has no publication date

5 items to re-check as of 2026-11-28
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "data").mkdir()
    for name, text in (("sources.yaml", SOURCES), ("speakers.yaml", SPEAKERS), ("trade.yaml", TRADE)):
        (tmp_path / "data" / name).write_text(text, encoding="utf-8")
    return tmp_path


def run_stale(project, *args):
    return run_cli(project, "stale", *args)


def test_stale_lists_what_is_due_on_a_fixed_day(project):
    result = run_stale(project, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED


def test_a_figure_is_due_the_day_after_its_interval_ends(project):
    """2025's figure ended on 2025-12-31; with the yearly default it is due on the 455th day after."""
    dataset, problems = load_dataset(project, dt.date.fromisoformat(TODAY))
    assert problems == []
    last_quiet_day = dt.date(2025, 12, 31) + dt.timedelta(days=DEFAULT_REVIEW_DAYS["year"])
    assert "trade.fresh" not in {item.subject for item in stale_items(dataset, last_quiet_day)}
    assert "trade.fresh" in {item.subject for item in stale_items(dataset, last_quiet_day + dt.timedelta(days=1))}


def test_nothing_due_says_so(project):
    fresh_only = TRADE[: TRADE.index("  turnover:")] + TRADE[TRADE.index("  fresh:") : TRADE.index("events:")]
    (project / "data" / "trade.yaml").write_text(fresh_only, encoding="utf-8")
    (project / "data" / "sources.yaml").write_text(SOURCES[: SOURCES.index("  undated-page:")], encoding="utf-8")
    result = run_stale(project, "--today", TODAY)
    assert result.stdout == f"Nothing to re-check as of {TODAY}.\n"


def test_invalid_data_is_reported_instead(project):
    (project / "data" / "trade.yaml").write_text(TRADE.replace("unit: count", "unit: counts"), encoding="utf-8")
    result = run_stale(project, "--today", TODAY)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("data/trade.yaml:22: trade.schools.unit: 'counts' is not allowed; expected one of")
    assert "Traceback" not in result.stderr


def test_the_real_data_can_be_reviewed():
    result = run_stale(ROOT, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith(f"to re-check as of {TODAY}")


def test_what_rests_only_on_copies_is_listed_to_upgrade_next(project):
    """A fact known only from a mirror, and a figure known only from one in a fact with better sources."""
    mirror = "  mirror-page:\n    publisher: Mirror\n    type: mirror\n    via: Agency\n    published: '2026-06-02'\n    language: en\n"
    (project / "data" / "sources.yaml").write_text(SOURCES + mirror, encoding="utf-8")
    copied = (
        "  copied:\n    label: {en: Copied, ru: Скопированное}\n    unit: count\n    observations:\n"
        "      - value: 5\n        period: '2026'\n        source: mirror-page\n"
        "      - value: 6\n        period: undated\n        source: mirror-page\n"
        "        note: {en: The page gives no year., ru: Год не указан.}\n"
    )
    trade = TRADE.replace("events:\n", copied + "events:\n").replace(
        "      - value: 4.1\n        period: '2024'\n        source: agency-2026\n",
        "      - value: 4.1\n        period: '2024'\n        source: agency-2026\n"
        "      - value: 4.2\n        period: '2024'\n        source: mirror-page\n",
    )
    (project / "data" / "trade.yaml").write_text(trade, encoding="utf-8")
    result = run_stale(project, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    section = result.stdout.split("Resting only on copies (aggregators, mirrors, blogs) (2): ", 1)[1]
    assert section.splitlines()[1:3] == [
        "data/trade.yaml:13: trade.turnover: its figure for 2024 rests only on copies: mirror-page (mirror, via Agency)",
        "data/trade.yaml:42: trade.copied: rests only on copies: mirror-page (mirror, via Agency); cite the original, "
        "keep a copy only as also_reported_by",
    ]

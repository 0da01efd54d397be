"""The real data/ and docs/: valid, complete, and faithful to the report the site started from.

Every figure of the seed article (../shared/research/seed-article.txt) must be in the data with
the seed article among its sources and the speaker the report names; each area must carry at least
twelve sourced facts or events; every conflict recorded in a fact is shown side by side.
"""

import pytest
from conftest import ROOT, read_page

from macros.data.model import Dataset
from macros.data.problems import ProblemReport
from macros.site.formatting import format_value
from macros.site.html import fact_anchor
from macros.site.project import load_project

# (fact id, period, value, qualifier, speaker): the figures as the seed article states them.
SEED_FIGURES = [
    ("trade.national_currency_share", None, 97, "almost", "putin"),  # "nearly 97% of bilateral payments"
    ("trade.turnover", "2024", 4.1, "exact", "putin"),  # "a record $4.1 billion last year"
    ("trade.turnover_growth", "2024", 13.6, "exact", "putin"),  # "growing by 13.6%"
    ("trade.turnover_growth", "2025-01/2025-09", 17, "exact", "putin"),  # "a further 17% in the first nine months"
    ("trade.russian_investment", None, 2, "almost", "putin"),  # "totaling almost $2 billion"
    ("trade.companies_with_russian_participation", None, 1800, "about", "putin"),  # "around 1,800 Russian companies"
]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The real project, loaded when a test first asks: a mistake in data/ fails these tests with the
    editor's `path:line:` messages, instead of stopping the whole collection with a traceback."""
    try:
        return load_project(ROOT)
    except ProblemReport as report:
        pytest.fail(f"data/ or docs/ has problems:\n{report}", pytrace=False)


def seed_observation(dataset, fact_id, period, value, qualifier):
    fact = dataset.facts[fact_id]
    for observation in fact.observations:
        cited = {observation.source.id, *(s.id for s in observation.also_reported_by)}
        if (
            "seed-article" in cited
            and observation.value == value
            and observation.qualifier == qualifier
            and (period is None or observation.period.text == period)
        ):
            return fact, observation
    raise AssertionError(f"{fact_id}: no observation of {value} ({qualifier}) citing the seed article")


@pytest.mark.parametrize(("fact_id", "period", "value", "qualifier", "speaker"), SEED_FIGURES)
def test_every_seed_figure_is_in_the_data_attributed(dataset, fact_id, period, value, qualifier, speaker):
    _, observation = seed_observation(dataset, fact_id, period, value, qualifier)
    assert observation.stated_by is not None
    assert observation.stated_by.id == speaker


@pytest.mark.build
@pytest.mark.parametrize(("fact_id", "period", "value", "qualifier", "speaker"), SEED_FIGURES)
def test_every_seed_figure_is_on_its_page_with_its_source(
    built_site, dataset, fact_id, period, value, qualifier, speaker
):
    fact, observation = seed_observation(dataset, fact_id, period, value, qualifier)
    page = read_page(built_site, dataset.page_index.fact_page(fact))
    section = page.split(f'id="{fact_anchor(fact_id)}"', 1)[1].split("</section>", 1)[0]
    shown = format_value(value, fact.unit, qualifier, "en")
    assert (
        f'data-period="{observation.period.text}" data-value="{value}" data-qualifier="{qualifier}">{shown}<' in section
    )
    seed_article_page = dataset.page_index.source_page(dataset.sources["seed-article"])
    assert f'href="../{seed_article_page}#seed-article"' in section


@pytest.mark.parametrize(
    ("event_id", "date"),
    [
        ("diplomacy.putin_state_visit_2025", "2025-11-25/2025-11-27"),  # "during a state visit to Bishkek"
        ("diplomacy.joint_policy_statement_ready", "2025-11-26"),  # "a 'joint policy statement' ready for signature"
        ("security.csto_bishkek_summit", "2025-11-27"),  # "a meeting of the CSTO's Collective Security Council"
    ],
)
def test_the_seed_events_are_dated_and_cite_the_seed_article(dataset, event_id, date):
    event = dataset.events[event_id]
    assert event.date.text == date
    assert event.state_visit_2025
    assert "seed-article" in {event.source.id, *(source.id for source in event.also_reported_by)}


@pytest.mark.parametrize("area", ["trade", "education", "migration", "security"])
def test_each_area_has_at_least_twelve_sourced_facts_or_events(dataset, area):
    data = dataset.areas[area]
    assert len(data.facts) + len(data.events) >= 12


def test_no_lead_without_a_source_is_published(dataset):
    """Dossier section 8: the 2019-2021 trade totals were never found in a source."""
    turnover = dataset.facts["trade.turnover"]
    assert not {"2019", "2020", "2021"} & {o.period.text for o in turnover.observations}


@pytest.mark.build
def test_disputed_figures_appear_side_by_side_on_the_page(built_site, dataset):
    """Where sources report different values for one period, the page shows every one of them."""
    for fact in dataset.facts.values():
        page = read_page(built_site, dataset.page_index.fact_page(fact))
        section = page.split(f'id="{fact_anchor(fact.id)}"', 1)[1].split("</section>", 1)[0]
        for observation in fact.observations:
            shown = format_value(observation.value, fact.unit, observation.qualifier, "en")
            assert f">{shown}<" in section, f"{fact.id} {observation.period.text}: {shown} not shown"

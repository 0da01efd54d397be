"""`python -m macros links` sorts each source address into fine, broken or check-by-hand.

The real requests run only in the scheduled workflow; here the fetcher is replaced, so no test
touches the network.
"""

import pytest
from conftest import FIXTURE_TODAY, FIXTURES

from macros.data.load import load_dataset
from macros.editors.link_check import check_links, classify, format_links


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (200, "ok"),
        (301, "ok"),
        (404, "broken"),
        (410, "broken"),
        ("host not found", "broken"),
        (403, "unsure"),
        (429, "unsure"),
        (500, "unsure"),
        ("timed out", "unsure"),
    ],
)
def test_each_answer_has_a_kind(status, kind):
    assert classify(status)[0] == kind


def test_report_names_file_line_and_what_to_do():
    dataset, problems = load_dataset(FIXTURES / "valid", FIXTURE_TODAY)
    assert problems == []
    answers = {"https://example.org/news/1?a=1&b=<2>": 404, "https://example.org/news/2": 403}
    results = check_links(dataset, fetch=answers.__getitem__, workers=2)
    assert format_links(results) == (
        "Broken source links (1):\n"
        "data/sources.yaml:2: agency-2025: https://example.org/news/1?a=1&b=<2> answered 404; "
        "expected the page, or an archived copy in `url`\n\n"
        "Source links to check by hand (1):\n"
        "data/sources.yaml:9: ministry-2025: https://example.org/news/2 answered 403; "
        "check it by hand (many sites refuse automated requests)\n\n"
        "0 of 2 source links answered OK\n"
    )


@pytest.mark.parametrize(
    ("statuses", "summary"),
    [
        ((200, 301), "2 of 2 source links answered OK"),
        ((200, 404), "1 of 2 source links answered OK"),
        ((403, 500), "0 of 2 source links answered OK"),  # they answered, but not with the page
    ],
)
def test_the_summary_counts_only_the_answers_that_are_ok(statuses, summary):
    dataset, _ = load_dataset(FIXTURES / "valid", FIXTURE_TODAY)
    answers = dict(zip(["https://example.org/news/1?a=1&b=<2>", "https://example.org/news/2"], statuses, strict=True))
    assert format_links(check_links(dataset, fetch=answers.__getitem__, workers=2)).splitlines()[-1] == summary

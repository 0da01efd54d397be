"""The kind of disagreement among the reports of one period (macros/data/disagreement.py)."""

from dataclasses import dataclass

import pytest

from macros.data.disagreement import kind_of_disagreement, reports_agree


@dataclass(frozen=True)
class Report:
    value: float
    qualifier: str = "exact"
    basis: str | None = None


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ((1800, "about"), (1800, "more_than"), True),  # both can be true
        ((1700, "about"), (1800, "about"), False),  # Putin's ~1,700 and Japarov's ~1,800
        ((4.1, "exact"), (4.15, "exact"), True),  # within 2%
        ((4.1, "exact"), (3.2, "exact"), False),
        ((40, "almost"), (39, "exact"), True),  # "almost 40" allows a little below 40
        ((25, "almost"), (22.3, "exact"), False),
        ((10, "less_than"), (9, "exact"), True),
        ((10, "less_than"), (12, "exact"), False),
        ((-4.6, "exact"), (-3.8, "exact"), False),
    ],
)
def test_two_reports_agree_within_two_percent_or_by_their_qualifiers(first, second, agree):
    assert reports_agree(first, second) is agree
    assert reports_agree(second, first) is agree


def test_the_kinds_of_disagreement():
    assert kind_of_disagreement([Report(4.1)]) == "single"
    assert kind_of_disagreement([Report(1800, "about"), Report(1800, "more_than")]) == "agree"
    assert kind_of_disagreement([Report(4.1), Report(3.2)]) == "differ"
    assert (
        kind_of_disagreement([Report(4.1, basis="russian_official"), Report(3.2, basis="kyrgyz_official")]) == "basis"
    )
    # an unknown basis explains nothing
    assert kind_of_disagreement([Report(4.1, basis="unknown"), Report(3.2, basis="kyrgyz_official")]) == "differ"

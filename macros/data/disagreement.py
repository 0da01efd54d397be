"""The kind of disagreement among the reports of one fact for one period: do they agree, differ, or rest
on different statistics?

Two reports agree when their values lie within 2% of each other, or when their qualifiers are
consistent: "about 1,800" and "more than 1,800" can both be true, "about 1,700" and "about 1,800" cannot.
Each report is read as the range of values it allows (`_allowed`), and two reports agree when the ranges
meet, allowing 2%. Reports that measure different things are split into separate facts in the data, so
they never meet here.

Read by `model.Fact` (`disagreements`, `differing_reports`); the site shows agreeing reports as "N reports
agree", never as other reports that differ.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import combinations
from typing import Literal, Protocol

from macros.data.vocabulary import Basis, Qualifier

Disagreement = Literal["single", "agree", "differ", "basis"]
DISAGREEMENTS: tuple[Disagreement, ...] = ("single", "agree", "differ", "basis")

TOLERANCE = 0.02  # reports within 2% of each other agree
ALMOST = 0.05  # "almost 40" allows values up to 5% below 40

Report = tuple[float, Qualifier]  # (value, qualifier)


class Reported(Protocol):
    """What the kind of disagreement reads of an observation."""

    @property
    def value(self) -> int | float: ...

    @property
    def qualifier(self) -> Qualifier: ...

    @property
    def basis(self) -> Basis | None: ...


def _allowed(report: Report) -> tuple[float, float]:
    """The values a report allows, as a closed range (open ends are infinite)."""
    value, qualifier = report
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier in ("less_than", "up_to"):
        return -math.inf, value
    if qualifier == "almost":
        return value - ALMOST * abs(value), value
    return value, value  # exact, about: the value itself; the tolerance covers "about"


def reports_agree(first: Report, second: Report) -> bool:
    """The two reports can both be true, allowing 2% of the larger value."""
    (low1, high1), (low2, high2) = _allowed(first), _allowed(second)
    gap = max(low1, low2) - min(high1, high2)  # <= 0 when the ranges meet
    return gap <= TOLERANCE * max(abs(first[0]), abs(second[0]))


def kind_of_disagreement(reports: Sequence[Reported]) -> Disagreement:
    """single (one report), agree (every pair agrees), basis (they disagree and rest on different
    statistics: two known, different `basis`), or differ."""
    if len(reports) <= 1:
        return "single"
    pairs = combinations([(r.value, r.qualifier) for r in reports], 2)
    if all(reports_agree(a, b) for a, b in pairs):
        return "agree"
    bases = {r.basis for r in reports if r.basis not in (None, "unknown")}
    return "basis" if len(bases) > 1 else "differ"

"""GitHub annotations: the lines `python -m macros check` prints in Actions so problems show on the pull request.

The format is GitHub's workflow command `::error file=PATH,line=N::MESSAGE`; a message may not
contain a raw newline or '%', and the file name no ',' or ':', which GitHub would cut or misread,
so they are escaped.
"""

import pytest

from macros.data.problems import Problem
from macros.editors.cli import github_annotation


@pytest.mark.parametrize(
    ("problem", "line"),
    [
        (
            Problem("data/trade.yaml", 9, "trade.turnover.period", "'2024-13' is not a period; expected YYYY"),
            "::error file=data/trade.yaml,line=9::trade.turnover.period: '2024-13' is not a period; expected YYYY",
        ),
        (
            Problem("data/sources.yaml", 0, "", "is missing; expected the sources registry"),
            "::error file=data/sources.yaml::is missing; expected the sources registry",
        ),
        (
            Problem("data/trade.yaml", 3, "trade.share", "'50%\nmore' is text; expected a number"),
            "::error file=data/trade.yaml,line=3::trade.share: '50%25%0Amore' is text; expected a number",
        ),
        (
            Problem("data/a,b:c.yaml", 1, "", "is not a valid area name"),
            "::error file=data/a%2Cb%3Ac.yaml,line=1::is not a valid area name",
        ),
    ],
)
def test_annotation_format(problem, line):
    assert github_annotation(problem) == line

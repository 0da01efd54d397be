"""A status says itself with one shape and a word: a fact's status draws its shape from the stylesheet,
a commitment's status writes its own (.fs-status-shape), and the two never stack ("○ ✓ Achieved")."""

import pytest

pytestmark = pytest.mark.browser

SHAPES = """() => Array.from(document.querySelectorAll('article .fs-status')).map(status => ({
    text: status.textContent.trim(),
    drawn: getComputedStyle(status, '::before').content,
    written: status.querySelectorAll('.fs-status-shape').length,
}))"""


@pytest.mark.parametrize("path", ["", "commitments/", "ru/", "turnover/"])
def test_each_status_shows_exactly_one_shape(desktop_tab, path):
    desktop_tab.visit(path)
    statuses = desktop_tab.page.evaluate(SHAPES)
    assert statuses, f"/{path}: no status found"
    for status in statuses:
        shapes = status["written"] + (status["drawn"] not in ("none", "normal"))
        assert shapes == 1, f"/{path}: {status['text']!r} shows {shapes} shapes"

"""On a phone (390x844) no page scrolls sideways: wide tables and charts must fit or scroll inside themselves."""

import pytest

pytestmark = pytest.mark.browser

# The page's scrollable width against its viewport, and, for the message, the outermost elements that
# stick out on the right (a table inside a scrolling wrapper may be wide: the wrapper scrolls, not the page).
_HORIZONTAL_OVERFLOW = """() => {
  const root = document.documentElement;
  const offenders = [];
  const visit = (element) => {
    for (const child of element.children) {
      const right = child.getBoundingClientRect().right;
      if (right > root.clientWidth + 1) {
        const classes = [...child.classList].map((name) => '.' + name).join('');
        offenders.push(`<${child.tagName.toLowerCase()}${child.id ? '#' + child.id : ''}${classes}> ends at ${Math.round(right)}px`);
      } else if (getComputedStyle(child).overflowX === 'visible') {
        visit(child);
      }
    }
  };
  visit(document.body);
  return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders: offenders.slice(0, 5)};
}"""


def test_no_page_scrolls_sideways_on_a_phone(phone_tab, site_pages):
    problems = []
    for path in site_pages:
        phone_tab.visit(path)
        found = phone_tab.page.evaluate(_HORIZONTAL_OVERFLOW)
        if found["scrollWidth"] > found["clientWidth"]:
            problems.append(
                f"/{path}: {found['scrollWidth']}px wide in a {found['clientWidth']}px viewport; "
                f"sticking out: {', '.join(found['offenders']) or 'nothing found outside a scroll box'}"
            )
    assert not problems, "\n".join(problems)

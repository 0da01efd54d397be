"""The measurements of the reader-experience review (issue 13), as scripts the browser runs on a page.

Definitions follow ../shared/research/reader-experience.md, section 1: screens are the document's
height over the viewport's; a figure is a `strong.fs-value`; inline attribution is the `.fs-meta` of a
figure; a mid-word break is a word of four or more letters whose text lies on more than one line
(`Range.getClientRects`), outside URLs. Each script returns plain data; the tests judge it.
"""

from __future__ import annotations

# Everything one visit measures, in one round trip: the tests of test_reader_pages.py read it.
MEASURE_PAGE = r"""() => {
  const root = document.documentElement;
  const shown = (element) => element.checkVisibility({visibilityProperty: true, opacityProperty: false});
  const describe = (element) => {
    const classes = [...element.classList].slice(0, 3).map((name) => '.' + name).join('');
    return `<${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${classes}>`;
  };
  const words = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$€₽-]*/gu) || []).length;

  // Sideways scrolling: the document, and every element that scrolls on the x axis.
  const sideways = [];
  if (root.scrollWidth > root.clientWidth) sideways.push(`the document (${root.scrollWidth}px in ${root.clientWidth}px)`);
  for (const element of document.body.querySelectorAll('*')) {
    const overflow = getComputedStyle(element).overflowX;
    const scrolls = overflow === 'auto' || overflow === 'scroll';
    // A box of no width (Material's closed search, a collapsed drawer) shows nothing to scroll.
    if (scrolls && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1 && shown(element)) {
      sideways.push(`${describe(element)} (${element.scrollWidth}px in ${element.clientWidth}px)`);
    }
  }

  // Mid-word breaks: each word of 4+ letters whose client rects lie on more than one line.
  const breaks = [];
  const url = /^(https?:\/\/|www\.)|\/\/|\w+\.\w+\/|@/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: (node) => {
    const parent = node.parentElement;
    // Closed things (Material's search box before it opens, a closed panel) wrap nothing a reader sees.
    if (!parent || parent.closest('svg, script, style, noscript, pre, code, .md-search') || !node.data.trim()
        || !shown(parent)) return NodeFilter.FILTER_REJECT;
    return NodeFilter.FILTER_ACCEPT;
  }});
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const token of node.data.matchAll(/\S+/g)) {
      if (url.test(token[0])) continue;
      for (const word of token[0].matchAll(/\p{L}{4,}/gu)) {
        const start = token.index + word.index;
        range.setStart(node, start);
        range.setEnd(node, start + word[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
        if (new Set(tops).size > 1 && Math.max(...tops) - Math.min(...tops) > 4) {
          breaks.push(`${word[0]} in ${describe(node.parentElement)}`);
        }
      }
    }
  }

  // Figures: where each value lies, its attribution, and the page's words.
  const article = document.querySelector('article') || document.body;
  const values = [...document.querySelectorAll('strong.fs-value')].filter(shown).map((value) => {
    const box = value.getBoundingClientRect();
    return {fact: value.dataset.fact || '', top: box.top + scrollY, bottom: box.bottom + scrollY};
  });
  const attributions = [...article.querySelectorAll('.fs-figure .fs-meta')].filter(shown)
    .map((meta) => ({text: meta.innerText.trim(), words: words(meta.innerText)}));
  const quotes = [...article.querySelectorAll('.fs-quote, .fs-gloss, blockquote, q')]
    .filter((quote) => shown(quote) && quote.innerText.trim() && quote.getBoundingClientRect().height > 0)
    .map((quote) => quote.innerText.trim().slice(0, 60));

  // Chart text as the reader gets it: the computed font size times the scale the SVG is drawn at.
  const chartTexts = [];
  for (const svg of document.querySelectorAll('figure.fs-chart svg')) {
    const matrix = svg.getScreenCTM();
    if (!matrix || !shown(svg)) continue;
    for (const text of svg.querySelectorAll('text, tspan')) {
      if (!text.textContent.trim() || (text.tagName === 'text' && text.querySelector('tspan'))) continue;
      const px = parseFloat(getComputedStyle(text).fontSize) * matrix.a;
      chartTexts.push({chart: svg.closest('figure').dataset.chart || '', text: text.textContent.trim(), px});
    }
  }
  return {
    height: root.scrollHeight, viewport: innerHeight, sideways, breaks, values, attributions, quotes, chartTexts,
    words: words(article.innerText),
  };
}"""

# The turnover chart's time axis as drawn: the centre of each year label, in CSS pixels.
YEAR_LABELS = """(figure) => [...figure.querySelectorAll('.fs-chart-years text')].map((text) => {
  const box = text.getBoundingClientRect();
  return {year: Number(text.textContent), x: box.left + box.width / 2};
})"""

# Every figure and its provenance control: the control's accessible name, and what its panel holds.
# The control belongs to the nearest figure or card around the value.
# A value inside a panel (an "other report" line) is part of that panel's figure, not a figure of its own.
# A value in a line of evidence (a table's row, a list's line) that is no figure carries its sources in
# that line: `line` is then set, with the line's links (as written in the page) and its text.
FIGURE_CONTROLS = r"""() => [...document.querySelectorAll('.fs-value')].filter((value) => !value.closest('[popover]')).map((value) => {
  const holder = value.closest('.fs-figure, .fs-card');
  const line = holder ? null : value.closest('tr, li');
  const controls = holder ? [...holder.querySelectorAll('button[popovertarget]')] : [];
  const control = controls[0];
  const panel = control ? document.getElementById(control.getAttribute('popovertarget')) : null;
  const labelledBy = control && control.getAttribute('aria-labelledby');
  const name = !control ? '' : labelledBy
    ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ')
    : (control.getAttribute('aria-label') || control.textContent);
  const box = control ? control.getBoundingClientRect() : null;
  return {
    fact: value.dataset.fact || '', period: value.dataset.period || '', value: value.dataset.value || '',
    qualifier: value.dataset.qualifier || '', shown: value.textContent.trim(), holder: holder ? holder.className : '',
    controls: controls.length, name: name.replace(/\s+/g, ' ').trim(), panelId: control ? control.getAttribute('popovertarget') : '',
    panelFound: !!panel, panelIsPopover: !!panel && panel.hasAttribute('popover'),
    panelText: panel ? panel.textContent.replace(/\s+/g, ' ') : '',
    panelLinks: panel ? [...panel.querySelectorAll('a[href^="http"]')].map((a) => a.href) : [],
    panelTimes: panel ? panel.querySelectorAll('time').length : 0,
    // The "other reports" lines: each carries its value as data-value (and data-qualifier), as the figure does.
    others: panel ? [...panel.querySelectorAll('.fs-prov-others > li, .fs-prov-others [data-value]')].map((o) => ({
      value: o.dataset.value || '', qualifier: o.dataset.qualifier || 'exact', text: o.textContent.trim().slice(0, 80)})) : [],
    size: box ? [box.width, box.height] : [0, 0],
    line: line ? line.tagName.toLowerCase() : '',
    lineLinks: line ? [...line.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) : [],
    lineText: line ? line.textContent.replace(/\s+/g, ' ').trim().slice(0, 120) : '',
  };
})"""

# The outbound links of every provenance panel, and those of the numbered source lists.
PANEL_AND_FOOTNOTE_LINKS = r"""() => ({
  panels: [...document.querySelectorAll('article [popover]')]
    .map((panel) => ({id: panel.id, links: [...panel.querySelectorAll('a[href^="http"]')].map((a) => a.href)})),
  footnotes: [...document.querySelectorAll('ol.fs-footnotes a[href^="http"]')].map((a) => a.href),
  footnotesShown: [...document.querySelectorAll('ol.fs-footnotes')].every((list) => list.checkVisibility()),
  footnoteLists: document.querySelectorAll('ol.fs-footnotes').length,
  figures: document.querySelectorAll('article .fs-value').length,
})"""

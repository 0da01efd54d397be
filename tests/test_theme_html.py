"""Material's markup mended where it is not valid HTML (macros/site/theme_html.py); the Nu validator
test checks the result on every built page."""

from macros.site.theme_html import mend_theme_markup


def test_the_drawer_and_search_checkboxes_lose_autocomplete_and_the_search_field_keeps_it():
    html = (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
        '<input type="text" class="md-search__input" autocomplete="off">'
    )
    assert mend_theme_markup(html) == (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input type="text" class="md-search__input" autocomplete="off">'
    )


def test_an_empty_tabindex_is_dropped_and_a_real_one_kept():
    html = '<label class="md-nav__link" for="a" tabindex="">A</label><label tabindex="0">B</label>'
    assert mend_theme_markup(html) == '<label class="md-nav__link" for="a">A</label><label tabindex="0">B</label>'


def test_the_contents_title_points_at_its_checkbox_only_where_the_page_has_one():
    title = '<label class="md-nav__title" for="__toc">Contents</label>'
    assert mend_theme_markup(title) == '<label class="md-nav__title">Contents</label>'
    with_checkbox = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">' + title
    assert mend_theme_markup(with_checkbox) == with_checkbox

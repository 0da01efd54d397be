"""HTML by construction: text is escaped (Markdown and Jinja syntax too) wherever it meets markup."""

import pytest
from markupsafe import Markup

from macros.site.html import Html, PageContext, element, empty_element, escape_for_page, join, table


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        ("<script>", "&lt;script&gt;"),
        ("a & b", "a &amp; b"),
        ('it\'s "x"', "it&#x27;s &quot;x&quot;"),
        ("*bold* _it_", "&#42;bold&#42; &#95;it&#95;"),
        ("{{ macro() }}", "&#123;&#123; macro() &#125;&#125;"),
        ("[link](x) # | ~ \\ `", "&#91;link&#93;(x) &#35; &#124; &#126; &#92; &#96;"),
        (4.1, "4.1"),
    ],
)
def test_text_is_escaped_for_html_markdown_and_jinja(value, expected):
    escaped = escape_for_page(value)
    assert escaped == expected
    assert isinstance(escaped, Html)


def test_html_passes_unescaped_and_plain_markup_keeps_its_text():
    assert escape_for_page(Html("<b>x</b>")) == "<b>x</b>"
    assert escape_for_page(Markup("<i>y</i>")) == "<i>y</i>"


def test_elements_escape_text_children_and_attributes_but_not_html():
    out = element("a", {"href": "x?a=1&b=2", "title": None, "download": True}, "<i>", Html("<b>ok</b>"))
    assert out == '<a href="x?a=1&amp;b=2" download>&lt;i&gt;<b>ok</b></a>'
    assert empty_element("rect", {"x": 1, "y": 2.5}) == '<rect x="1" y="2.5"/>'


def test_joining_and_adding_escape_with_the_page_escape():
    assert join(", ", ["*a*", Html("<b>b</b>")]) == "&#42;a&#42;, <b>b</b>"
    assert Html("<p>") + "_x_" == "<p>&#95;x&#95;"
    assert Html("<p>{}</p>").format("{{ y }}") == "<p>&#123;&#123; y &#125;&#125;</p>"


def test_a_table_escapes_plain_cells_and_keeps_html_cells():
    out = table(["<h>"], [["<td>", Html("<code>c</code>")]], caption="*cap*", css="fs-x", anchor="fact-x-all")
    assert out == (
        '<div class="fs-table-wrap" id="fact-x-all" tabindex="0"><table class="fs-table fs-x">'
        '<caption>&#42;cap&#42;</caption><thead><tr><th scope="col">&lt;h&gt;</th></tr></thead>'
        "<tbody><tr><td>&lt;td&gt;</td><td><code>c</code></td></tr></tbody></table></div>"
    )


@pytest.mark.parametrize(
    ("url", "prefix", "inside", "link"),
    [
        ("", "", "", "./"),
        ("trade/", "", "trade/", "../"),
        ("ru/trade/", "ru/", "trade/", "../"),
        ("ru/", "ru/", "", "./"),
        ("trade/energy/", "", "trade/energy/", "../../"),
    ],
)
def test_the_page_knows_its_path_inside_its_edition(url, prefix, inside, link):
    page = PageContext(lang="ru" if prefix else "en", url=url, language_prefix=prefix)
    assert page.path_in_edition == inside
    assert page.link("") == link

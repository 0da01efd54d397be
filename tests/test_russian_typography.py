"""Russian typography by rule (macros/site/russian_typography.py): each rule on an example, the parts
of a page it must leave alone, and every rule on the built /ru/ pages."""

from __future__ import annotations

import re

import pytest
from russian_text import russian_texts

from macros.site.russian_typography import typeset, typeset_page

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("typed", "set_"),
    [
        ("20 марта 1992 г.", f"20{NBSP}марта{NBSP}1992{NBSP}г."),
        ("ТАСС, 17 мар. 2022", f"ТАСС, 17{NBSP}марта{NBSP}2022"),
        ("26 июн. 2025 и 2 июл. 2021", f"26{NBSP}июня{NBSP}2025 и 2{NBSP}июля{NBSP}2021"),
        ("10 сент. 2025, 26 нояб. 2025", f"10{NBSP}сентября{NBSP}2025, 26{NBSP}ноября{NBSP}2025"),
        ("ТАСС, апр. 2013; дек. 2024", f"ТАСС, апрель{NBSP}2013; декабрь{NBSP}2024"),
        ("16 дек. и 10 февр.", f"16{NBSP}декабря и 10{NBSP}февраля"),
        ("около 1 800 школ", f"около 1800{NBSP}школ"),
        (f"более 1{NBSP}224", "более 1224"),
        ("408 448 человек", f"408{NNBSP}448{NBSP}человек"),
        (f"1{NBSP}000{NBSP}000", f"1{NNBSP}000{NNBSP}000"),
        ("рост на 13,6 %", "рост на 13,6%"),
        ("500 млн рублей ($5,3 млн)", f"500{NBSP}млн рублей (5,3{NBSP}млн долларов)"),
        ("2011 – 2025", "2011–2025"),
        ("октябрь 2020 – июль 2021", f"октябрь{NBSP}2020{NBSP}— июль{NBSP}2021"),
        ("Торговля - Справочник", f"Торговля{NBSP}— Справочник"),
        ("Киргизия — член ОДКБ", f"Киргизия{NBSP}— член ОДКБ"),
        ("Б. Н. Ельцина", f"Б.{NBSP}Н.{NBSP}Ельцина"),
        ("постановление № 570", f"постановление №{NBSP}570"),
        ("в 2024 году и в 2025", f"в 2024{NBSP}году и в 2025"),
        ('он назвал "проект "Школа" важным"', "он назвал «проект „Школа“ важным»"),
        ("«ТАСС со ссылкой на „Кабар“»", "«ТАСС со ссылкой на „Кабар“»"),
        ("4,1 млрд долларов", f"4,1{NBSP}млрд долларов"),
    ],
)
def test_each_rule_on_an_example(typed, set_):
    assert typeset(typed) == set_


def test_a_page_keeps_quotes_titles_code_urls_and_other_languages_as_written():
    page = (
        '<p title="17 мар. 2022">около 1 800 <q lang="ru">1 800 - x</q> <cite>1 800</cite>'
        '<span lang="en">1 800</span><code>1 800</code><span class="fs-url">a 1 800</span>'
        '<a href="/x?a=1 800" data-x="1 800">1 800</a><script>var a = "1 800";</script></p>'
    )
    assert typeset_page(page) == (
        f'<p title="17{NBSP}марта{NBSP}2022">около 1800 <q lang="ru">1 800 - x</q> <cite>1 800</cite>'
        '<span lang="en">1 800</span><code>1 800</code><span class="fs-url">a 1 800</span>'
        '<a href="/x?a=1 800" data-x="1 800">1800</a><script>var a = "1 800";</script></p>'
    )


def test_svg_text_and_void_elements_do_not_confuse_the_page_walk():
    page = '<svg><path d="M0 0"/><text x="1">-10</text></svg><br><img alt="5 лет"><p>5 лет</p>'
    assert (
        typeset_page(page)
        == f'<svg><path d="M0 0"/><text x="1">-10</text></svg><br><img alt="5{NBSP}лет"><p>5{NBSP}лет</p>'
    )


# What the rules leave out of every Russian page (each checked outside quotes, titles, code and URLs).
_SHORT = "янв|февр|мар|апр|июн|июл|авг|сент|окт|нояб|дек"
_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
BROKEN_RULES = {
    "a month abbreviated in a date": re.compile(
        rf"\d[\s\u00a0](?:{_SHORT})\.|(?<![\w.])(?:{_SHORT})\.[\s\u00a0]\d{{4}}"
    ),
    "an ordinary space inside a date": re.compile(rf"\d (?:{_MONTHS})|(?:{_MONTHS}) \d{{4}}|\d{{4}} г\."),
    "an ordinary space before a dash": re.compile(r" —"),
    "an ordinary space between a number and its unit": re.compile(
        r"\d (?:млрд|млн|тыс\.|долл|руб|лет|дн|г\.|га\b|т\b|МВт|п\.)"
    ),
    "a four-digit number split": re.compile(
        r"(?<![\d,.\u202f\u00a0 ])\d[ \u00a0\u202f]\d{3}(?![\d\u202f\u00a0]|[ ]\d{3})"
    ),
    "a thousands separator other than U+202F": re.compile(r"\d[ \u00a0]\d{3}(?:[\u202f\u00a0 ]\d{3})*(?!\d)(?<=\d{3})"),
    "a space before %": re.compile(r"\d[ \u00a0\u202f]%"),
    "a dollar sign": re.compile(r"\$\d"),
    "a spaced range of years": re.compile(r"\d{4}(?:[ \u00a0]–[ \u00a0]?|–[ \u00a0])\d{4}"),
    "a straight double quote": re.compile(r'"'),
    "an ordinary space after an initial": re.compile(r"(?<![\w.])[А-ЯЁ]\. [А-ЯЁ]"),
    "a hyphen for a minus": re.compile(r"^-\d"),
}


@pytest.mark.build
def test_the_built_russian_pages_follow_every_rule(built_site):
    broken = [
        f"/{text.page} ({text.where}): {rule}: …{text.text[max(0, m.start() - 30) : m.end() + 30]!r}…"
        for text in russian_texts(built_site)
        for rule, pattern in BROKEN_RULES.items()
        for m in [pattern.search(text.text)]
        if m
    ]
    assert not broken, f"{len(broken)} places:\n" + "\n".join(broken[:60])

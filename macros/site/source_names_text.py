"""The names a source's `via` (data/sources.yaml: whose report a copy or an aggregator carries) is
shown under, in each language: the data writes `via` once, in English, and the Russian edition names
Russian and Kyrgyz outlets and bodies in their Russian form («со ссылкой на ТАСС», «РИА Новости в
изложении XAirForces»), as `publisher_ru` does for publishers. A name not listed is shown as written
(a foreign outlet keeps its own name). Read by evidence.py and source_list.py through `via_name`.
"""

from __future__ import annotations

from collections.abc import Mapping

from macros.site.text_base import frozen_table

# (as the data writes it, as the Russian edition shows it)
_VIA_PAIRS: tuple[tuple[str, str], ...] = (
    ("24.kg", "24.kg"),
    ("AFP", "AFP"),
    ("CAMTO and RIA Novosti", "ЦАМТО и РИА Новости"),
    ("EUobserver", "EUobserver"),
    ("Finmarket", "«Финмаркет»"),
    ("Government of Russia", "Правительство России"),
    ("Interfax", "«Интерфакс»"),
    ("Interfax and the Kyrgyz Finance Ministry", "«Интерфакс» и Министерство финансов Киргизии"),
    ("KUNA", "KUNA"),
    ("Kabar", "«Кабар»"),
    ("Kommersant", "«Коммерсантъ»"),
    ("MENAFN", "MENAFN"),
    ("Prime", "ПРАЙМ"),
    ("RIA Novosti", "РИА Новости"),
    ("Radio Liberty", "Радио Свобода"),
    ("Regnum", "Regnum"),
    ("Rossiyskaya Gazeta", "«Российская газета»"),
    ("Sputnik", "«Спутник»"),
    ("Sputnik.kg", "Sputnik.kg"),
    ("TASS", "ТАСС"),
    ("Trend", "Trend"),
    ("Trend News Agency", "Trend"),
    ("Взгляд на Восток", "«Взгляд на Восток»"),
)
# Keyed by language first, like every text table: English shows each name as the data writes it.
VIA_NAMES: Mapping[str, Mapping[str, str]] = frozen_table(
    {"en": {name: name for name, _ in _VIA_PAIRS}, "ru": dict(_VIA_PAIRS)}
)


# The few names whose Russian form changes after «со ссылкой на» (the accusative): a name in quotes
# that is a noun phrase of its own declines («со ссылкой на „Российскую газету“»).
VIA_NAMES_AFTER_PREPOSITION: Mapping[str, Mapping[str, str]] = frozen_table(
    {"en": {"Rossiyskaya Gazeta": "Rossiyskaya Gazeta"}, "ru": {"Rossiyskaya Gazeta": "«Российскую газету»"}}
)


def via_name(lang: str, via: str, after_preposition: bool = False) -> str:
    """`via` as the reader's edition names it, in the case the preposition of the "via" label wants
    where `after_preposition`; as written when the table does not list it."""
    if after_preposition and via in VIA_NAMES_AFTER_PREPOSITION.get(lang, {}):
        return VIA_NAMES_AFTER_PREPOSITION[lang][via]
    return VIA_NAMES.get(lang, {}).get(via, via)

"""The words of the Russian edition's glossary table on the editors' guide (glossary.py), in each
language; the rules are text.py's (keyed by language first, plain text).
"""

from __future__ import annotations

from macros.site.text_base import Words, frozen_table

GLOSSARY_WORDS: Words = frozen_table(
    {
        "en": {
            "english": "English",
            "russian": "Write in Russian",
            "avoid": "Not",
            "rule": "When and why",
            "official_names": "Official names that keep the Kyrgyz form",
            "caption": "Glossary of the Russian edition",
        },
        "ru": {
            "english": "По-английски",
            "russian": "Пишем по-русски",
            "avoid": "Не пишем",
            "rule": "Когда и почему",
            "official_names": "Официальные названия, сохраняющие киргизскую форму",
            "caption": "Глоссарий русской версии",
        },
    }
)

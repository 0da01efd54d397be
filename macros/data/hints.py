"""Hints for values that are almost right: the number an editor meant by '3,4', the word of a closed
list meant by 'aprox', the language code meant by 'english'. Each hint, followed literally, fixes the
value and keeps what the editor meant. Used by the field kinds in `simple_kinds.py`.
"""

from __future__ import annotations

import difflib
import re
from types import MappingProxyType

_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"-?\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+")
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
_NUMBER_THEN_WORDS = re.compile(r"(-?\d[\d.,]*)\s*[^\d\s.,].*")


def _as_number(text: str) -> str | None:
    """The number an editor meant by `text`, written as YAML reads numbers; None if it is not one.
    A comma separating groups of three digits ('1,800') is a thousands separator; any other comma
    ('3,4', as a Russian source writes 3.4) is a decimal comma."""
    if _PLAIN_NUMBER.fullmatch(text):
        return text
    if _THOUSANDS.fullmatch(text):
        return re.sub(r"[,\s\u00a0\u202f]", "", text)
    if _DECIMAL_COMMA.fullmatch(text):
        return text.replace(",", ".")
    return None


def number_hint(text: str) -> str | None:
    """The message for text that is almost a number, naming the slip and the number to write, so the
    hint followed literally keeps the value; None for text that is no number at all."""
    text = text.strip()
    number = _as_number(text)
    if number == text:
        return f"{text!r} is quoted, so it is text; expected the number without quotes: {number}"
    if number is not None and "," in text and "." in number:
        return f"{text!r} uses a decimal comma; expected a dot: {number}"
    if number is not None:
        return f"{text!r} has a thousands separator; expected the digits alone: {number}"
    words = _NUMBER_THEN_WORDS.fullmatch(text)
    number = _as_number(words.group(1)) if words else None
    if number is not None:
        return (
            f"{text!r} is text; expected the number alone: {number} "
            "(the unit goes in the fact's unit:, the wording in qualifier:)"
        )
    return None


# Words editors write for a word of a closed list: what a source says ("approximately") or a habit
# ("approx"). A suggestion is made only when the word it leads to is one of the field's choices.
_SYNONYMS = MappingProxyType(
    {
        **dict.fromkeys(("approx", "approximately", "around", "roughly", "circa", "ca", "some"), "about"),
        **dict.fromkeys(("nearly", "just_under", "close_to"), "almost"),
        **dict.fromkeys(("over", "above", "more", "more_then", "greater_than", "exceeds", "plus"), "more_than"),
        **dict.fromkeys(("min", "minimum", "not_less_than", "no_less_than", "least"), "at_least"),
        **dict.fromkeys(("under", "below", "fewer_than", "less", "less_then"), "less_than"),
        **dict.fromkeys(("max", "maximum", "upto", "not_more_than", "no_more_than", "as_many_as"), "up_to"),
        **dict.fromkeys(("exactly", "precise", "precisely"), "exact"),
        **dict.fromkeys(("ru", "russian_federation"), "russia"),
        **dict.fromkeys(("kg", "kgz", "kyrgyz", "kyrgyz_republic", "kirghizia"), "kyrgyzstan"),
        **dict.fromkeys(("usd_bn", "billion_usd", "usd_billions", "bn_usd"), "usd_billion"),
        **dict.fromkeys(("usd_mn", "million_usd", "usd_millions", "mn_usd"), "usd_million"),
        **dict.fromkeys(("rub_bn", "billion_rub", "rub_billions"), "rub_billion"),
        **dict.fromkeys(("rub_mn", "million_rub", "rub_millions"), "rub_million"),
        **dict.fromkeys(("%", "per_cent", "pct"), "percent"),
        **dict.fromkeys(("pp", "points", "percent_points"), "percentage_points"),
        **dict.fromkeys(("government", "ministry", "gov"), "official"),
        **dict.fromkeys(("news", "newspaper", "press", "magazine"), "media"),
        **dict.fromkeys(("news_agency", "wire"), "agency"),
        **dict.fromkeys(("done", "met", "fulfilled", "complete", "completed", "reached"), "achieved"),
        **dict.fromkeys(("ongoing", "underway", "started", "in_work", "progress"), "in_progress"),
        **dict.fromkeys(("pending", "planned", "not_begun"), "not_started"),
        **dict.fromkeys(("failed", "not_met", "broken"), "missed"),
        **dict.fromkeys(("replaced", "outdated"), "superseded"),
        **dict.fromkeys(("unknown_status", "unsure", "uncertain"), "unclear"),
        **dict.fromkeys(("russian", "russia_official", "rosstat"), "russian_official"),
        **dict.fromkeys(("kyrgyz", "kyrgyz_official_statistics", "natstat", "nsc"), "kyrgyz_official"),
    }
)


def _normalized(word: str) -> str:
    """'More than' and 'more-than' are the editor's more_than."""
    return re.sub(r"[\s-]+", "_", word.strip().lower())


def suggest_choice(value: object, choices: tuple[str, ...]) -> str:
    """The end of a message about a word outside a closed list: "; did you mean 'about'?", or "".
    Tries, in order: the same word written differently, a known synonym, a near spelling (of a choice or
    a synonym), the start of a choice."""
    if not isinstance(value, str) or not value.strip():
        return ""
    word = _normalized(value)
    synonyms = {synonym: target for synonym, target in _SYNONYMS.items() if target in choices}
    found = word if word in choices else synonyms.get(word)
    if found is None:
        near = difflib.get_close_matches(word, [*choices, *synonyms], n=1, cutoff=0.6)
        found = synonyms.get(near[0], near[0]) if near else None
    if found is None:
        found = next((choice for choice in choices if len(word) >= 3 and choice.startswith(word)), None)
    return f"; did you mean {found!r}?" if found else ""


# The codes of the languages sources here are written in, by the names editors write instead.
_LANGUAGE_CODES = MappingProxyType(
    {
        "english": "en", "russian": "ru", "kyrgyz": "ky", "kirghiz": "ky", "kyrgyzch": "ky", "uzbek": "uz",
        "kazakh": "kk", "tajik": "tg", "chinese": "zh", "german": "de", "french": "fr", "turkish": "tr",
        "английский": "en", "русский": "ru", "кыргызский": "ky", "киргизский": "ky", "eng": "en", "rus": "ru",
        "kir": "ky", "kgz": "ky",
    }
)  # fmt: skip


def suggest_language(value: str) -> str:
    """The end of a message about a language written otherwise than as its code: "; did you mean 'en'?"
    for 'english', 'English', 'EN' or 'en-US'; "" when no code is known."""
    word = value.strip().lower()
    code = _LANGUAGE_CODES.get(word)
    if code is None and re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?", word):
        code = word[:2]
    return f"; did you mean {code!r}?" if code else ""

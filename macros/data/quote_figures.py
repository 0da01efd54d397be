"""Does a quote hold the figure it backs? The numbers a quote states, in digits or in words, English or
Russian, read as a reader would: "$4.1 billion", "408 448", "16,6%", "3 billion 160 million", "1,2 тыс.",
"seven", "семь", "a quarter", "четверть", "one million", «трех с половиной тысячи».

`numbers_in(text)` gives every value the text can be read as (a separator such as "1,800" may be a
thousands or a decimal separator, so both readings are kept); `holds_figure` asks whether a value in a
unit is among them, at the unit's scale or written out in full (4.1 usd_billion is "4.1 billion" or
"4,100,000,000"; 25 percent may be "a quarter"). Read by the rule `quote-holds-figure` (`source_rules.py`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from types import MappingProxyType

from macros.data.units import Unit

_SPACES = "\u00a0\u202f "  # a space, a no-break space and a narrow one all separate thousands
_NUMBER = re.compile(rf"\d+(?:[.,{_SPACES}]\d+)*")
_WORD = re.compile(r"[^\W\d_]+\.?")

# A scale word after a number multiplies it; matched on the lowercased word without a final dot.
_SCALE_PREFIXES: tuple[tuple[str, float], ...] = (
    ("thousand", 1e3), ("тысяч", 1e3), ("тыс", 1e3), ("million", 1e6), ("mln", 1e6), ("mn", 1e6), ("m", 1e6),
    ("млн", 1e6), ("миллион", 1e6), ("billion", 1e9), ("bln", 1e9), ("bn", 1e9), ("b", 1e9), ("млрд", 1e9),
    ("миллиард", 1e9),
    ("trillion", 1e12), ("трлн", 1e12),
)  # fmt: skip
_SHORT_SCALES = ("m", "mn", "b", "bn", "mln", "bln", "тыс", "млн", "млрд", "трлн")  # whole words only

_UNITS = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
})  # fmt: skip
# Russian number words in their common cases (nominative, genitive, instrumental...), by stem and value.
_RU_UNITS: tuple[tuple[str, int], ...] = (
    ("один", 1), ("одна", 1), ("одно", 1), ("одного", 1), ("одной", 1), ("два", 2), ("две", 2), ("двух", 2),
    ("три", 3), ("трех", 3), ("трёх", 3), ("четыре", 4), ("четырех", 4), ("четырёх", 4), ("пят", 5),
    ("шест", 6), ("сем", 7), ("восем", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11),
    ("двенадцат", 12), ("пятнадцат", 15), ("двадцат", 20), ("тридцат", 30), ("сорок", 40),
    ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80), ("девяносто", 90),
    ("двест", 200), ("двухсот", 200), ("трист", 300), ("трехсот", 300), ("трёхсот", 300), ("четырест", 400),
    ("пятьсот", 500), ("пятисот", 500), ("шестьсот", 600), ("семьсот", 700), ("семисот", 700),
    ("восемьсот", 800), ("девятьсот", 900),
)  # fmt: skip
_HUNDREDS = ("hundred", "сто", "ста", "сот")
_FRACTIONS = MappingProxyType(
    {"quarter": 0.25, "четверт": 0.25, "third": 1 / 3, "трет": 1 / 3, "half": 0.5, "половин": 0.5}
)
_CONNECTORS = ("and", "a", "an", "и", "с", "со")


def _readings(token: str) -> set[float]:
    """Every value a written number can be: '1,800' is 1800 or 1.8; '408 448' is 408448; '4,1' is 4.1."""
    plain = re.sub(f"[{_SPACES}]", " ", token)
    out: set[float] = set()
    for thousands, decimal in ((",", "."), (".", ","), ("", "."), ("", ",")):
        text = plain.replace(" ", thousands or " ")
        parts = text.split(decimal)
        if len(parts) > 2:
            continue
        groups = parts[0].split(thousands) if thousands else parts[0].split(" ")
        if len(groups) > 1 and not all(len(group) == 3 for group in groups[1:]):
            continue
        if any(not group.isdigit() for group in groups) or (len(parts) == 2 and not parts[1].isdigit()):
            continue
        out.add(float("".join(groups) + ("." + parts[1] if len(parts) == 2 else "")))
    # Each space-separated part alone too: "in 2024 1,200 schools" is not 20241200.
    if " " in plain:
        for part in plain.split(" "):
            out |= _readings(part)
    return out


def _scale(word: str) -> float | None:
    word = word.lower().rstrip(".")
    for prefix, factor in _SCALE_PREFIXES:
        if word == prefix or (prefix not in _SHORT_SCALES and word.startswith(prefix)):
            return factor
    return None


def _word_value(word: str) -> tuple[str, float] | None:
    """('unit', 7), ('hundred', 100), ('scale', 1e6), ('fraction', 0.25), ('connector', 0) or None."""
    word = word.lower().rstrip(".")
    if word in _UNITS:
        return "unit", _UNITS[word]
    if word in _CONNECTORS:
        return "connector", 0
    if word in _HUNDREDS:
        return "hundred", 100
    scale = _scale(word)
    if scale is not None and word not in _SHORT_SCALES:
        return "scale", scale
    for stem, fraction in _FRACTIONS.items():
        if word.startswith(stem):
            return "fraction", fraction
    for stem, value in sorted(_RU_UNITS, key=lambda item: -len(item[0])):
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            return "unit", value
    return None


def _word_runs(text: str) -> Iterator[float]:
    """The value of each run of number words: 'one million' 1e6, 'three quarters' 0.75, 'трех с половиной
    тысячи' 3500. A fraction after 'and'/'с' adds ('three and a half'), else it multiplies ('three quarters')."""
    total, current, seen, after_connector = 0.0, 0.0, False, False
    for match in _WORD.finditer(text + " .end"):
        read = _word_value(match.group())
        if read is None:
            if seen:
                yield total + current
            total, current, seen, after_connector = 0.0, 0.0, False, False
            continue
        role, value = read
        if role == "unit":
            current, seen = current + value, True
        elif role == "hundred":
            current, seen = (current or 1) * 100, True
        elif role == "fraction":
            joined = after_connector or not current
            current, seen = (current + value) if joined else current * value, True
        elif role == "scale" and (seen or after_connector):  # 'two million', 'a million'
            total, current, seen = total + (current or 1) * value, 0.0, True
        after_connector = role == "connector"


def numbers_in(text: str) -> set[float]:
    """Every number the text states, each as written and as multiplied by a scale word after it; a run
    such as '3 billion 160 million' also as its sum."""
    found: set[float] = set()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    run_total: set[float] = set()
    last_end = -1
    for match in _NUMBER.finditer(text):
        readings = _readings(match.group())
        found |= readings
        following = next((w for w in words if w[0] >= match.end()), None)
        attached = following is not None and not text[match.end() : following[0]].strip(" $")
        scale = _scale(following[2]) if attached and following else None
        if scale is None:
            run_total, last_end = set(), -1
            continue
        scaled = {reading * scale for reading in readings}
        found |= scaled
        # 'X billion Y million': the second amount right after the first one's scale word adds to it.
        joined = last_end >= 0 and not text[last_end : match.start()].strip()
        run_total = {a + b for a in run_total for b in scaled} if joined else scaled
        found |= run_total
        last_end = following[1] if following else -1
    found |= set(_word_runs(text))
    return found


def holds_figure(text: str, value: float, unit: Unit) -> bool:
    """Whether the quote states `value` (in `unit`): as written, at the unit's scale, or (for a percentage)
    as a fraction such as 'a quarter'. A fall (a negative value) may be stated as a positive number."""
    wanted = {abs(value), abs(value) * unit.scale}
    if unit.id in ("percent", "percentage_points"):
        wanted.add(abs(value) / 100)
    return any(math.isclose(number, target, rel_tol=1e-9) for number in numbers_in(text) for target in wanted)

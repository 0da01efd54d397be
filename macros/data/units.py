"""The units a fact may be measured in: a closed list, so a typo is caught, not published.

A unit names what the number counts and the scale the editor writes it in (`usd_billion`: 4.1 means
4.1 billion US dollars). Formatting converts to the base amount and chooses the words per language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

UnitKind = Literal["currency", "percent", "points", "count", "measure", "duration"]  # how formatting words it


@dataclass(frozen=True)
class Unit:
    id: str
    kind: UnitKind
    scale: int  # what one written unit is worth in the base unit
    currency: str = ""  # ISO 4217 code for currencies
    symbol: Mapping[str, str] | None = (
        None  # for measures: per-language unit words (singular, plural rules in formatting)
    )
    doc: str = ""


UNITS: Mapping[str, Unit] = MappingProxyType(
    {
        unit.id: unit
        for unit in (
            Unit("usd", "currency", 1, "USD", doc="US dollars"),
            Unit("usd_million", "currency", 10**6, "USD", doc="millions of US dollars"),
            Unit("usd_billion", "currency", 10**9, "USD", doc="billions of US dollars"),
            Unit("rub_million", "currency", 10**6, "RUB", doc="millions of Russian roubles"),
            Unit("rub_billion", "currency", 10**9, "RUB", doc="billions of Russian roubles"),
            Unit("percent", "percent", 1, doc="a share or a change, in per cent (13.6 means 13.6%)"),
            Unit("percentage_points", "points", 1, doc="a difference between two percentages"),
            Unit("count", "count", 1, doc="people, companies, documents, projects…: the label names what is counted"),
            Unit("tonnes", "measure", 1, symbol={"en": "tonnes", "ru": "т"}, doc="metric tonnes"),
            Unit("tonnes_thousand", "measure", 10**3, symbol={"en": "tonnes", "ru": "т"}, doc="thousands of tonnes"),
            Unit("tonnes_million", "measure", 10**6, symbol={"en": "tonnes", "ru": "т"}, doc="millions of tonnes"),
            Unit("hectares", "measure", 1, symbol={"en": "ha", "ru": "га"}, doc="hectares"),
            Unit("megawatts", "measure", 1, symbol={"en": "MW", "ru": "МВт"}, doc="megawatts"),
            Unit("days", "duration", 1, doc="days"),
            Unit("years", "duration", 1, doc="years"),
        )
    }
)

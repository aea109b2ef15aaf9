"""Place names, calendar words and peoples' words for the names finder, generated from CLDR.

Nothing here is typed by hand but a few short forms CLDR keeps as alternatives that babel does
not expose: the lists come from babel's English locale data (territories, languages, months,
weekdays) and from the time-zone database's exemplar cities as babel names them in English
(``Asia/Almaty`` → Almaty, ``Europe/Istanbul`` → Istanbul). Each list is built at its first use
and kept in memory for the rest of the process; nothing is read at import time.
"""

from __future__ import annotations

import functools

from translate.glossary.name_words import ADJECTIVE_PARTS, ADJECTIVES, NO_PLACE

__all__ = [
    "calendar_words", "cities", "currency_codes", "is_demonym", "languages", "tender_currencies",
    "territories",
]  # fmt: skip

#: Short forms CLDR keeps as alternatives that babel does not expose.
_SHORT_FORMS = frozenset({"u.s.", "us", "usa", "u.k.", "uk", "the netherlands"})
#: Endings that make a people's noun or adjective of a country's or language's name: Armeni-an,
#: Turk-ish, Leban-ese, Israel-i, French-man, Span-iard.
_PEOPLE_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "woman", "women", "man", "men", "iard")
_PERSON_ENDINGS = frozenset({"woman", "women", "man", "men", "iard"})


@functools.cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations, casefolded; weekdays in the plural
    too (flights on Mondays and Fridays)."""
    from babel import Locale

    locale = Locale.parse("en")
    names: set[str] = set()
    for table in (locale.months, locale.days):
        for width in ("wide", "abbreviated"):
            names.update(n.casefold().rstrip(".") for n in table["format"][width].values())
    names.update(n.casefold() + "s" for n in locale.days["format"]["wide"].values())
    return frozenset(names)


@functools.cache
def weekdays() -> frozenset[str]:
    """The days of the week as English writes them (Monday ... Sunday), from CLDR."""
    from babel import Locale

    return frozenset(Locale.parse("en").days["format"]["wide"].values())


@functools.cache
def languages() -> frozenset[str]:
    """English language names (Russian, Armenian, Azerbaijani ...), casefolded."""
    from babel import Locale

    return frozenset(name.casefold() for name in Locale.parse("en").languages.values())


@functools.cache
def territories() -> frozenset[str]:
    """English names of countries, territories and regions (no world nor unknown region)."""
    from babel import Locale

    names = {
        name.casefold()
        for code, name in Locale.parse("en").territories.items()
        if code not in NO_PLACE
    }
    return frozenset(names | _SHORT_FORMS)


@functools.cache
def cities() -> frozenset[str]:
    """The time-zone database's exemplar cities in English (Almaty, Tbilisi, Istanbul), the
    one-name ones only (not ``Center, North Dakota``), casefolded."""
    import zoneinfo

    from babel.dates import get_timezone_location

    found: set[str] = set()
    for zone in zoneinfo.available_timezones():
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/")):
            continue
        try:
            city = get_timezone_location(zone, locale="en", return_city=True)
        except (LookupError, ValueError):
            continue
        if "," not in city:
            found.add(city.casefold())
    return frozenset(found - territories())


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes of the currencies CLDR names in English (GEL, AZN, KGS, USD)."""
    from babel import Locale

    codes = Locale.parse("en").currencies
    return frozenset(code for code in codes if isinstance(code, str) and code.isupper())


#: The day `tender_currencies` asks CLDR about: fixed, so that the answer depends on the data
#: alone, not on the day it runs.
_TENDER_DAY = (2026, 1, 1)


@functools.cache
def tender_currencies() -> frozenset[str]:
    """The ISO 4217 codes of the currencies some territory tenders (USD, KES), not the
    withdrawn ones CLDR names as well (ESA, the Spanish peseta's, is also a space agency's)."""
    import datetime

    from babel import Locale
    from babel.numbers import get_territory_currencies

    day = datetime.date(*_TENDER_DAY)
    codes: set[str] = set()
    for territory in Locale.parse("en").territories:
        if isinstance(territory, str) and len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory, day, day, tender=True))
    return frozenset(codes)


@functools.lru_cache(maxsize=8192)
def is_demonym(word: str) -> bool:
    """A language name or a people's word: Russian, Iranian, Israeli, Azerbaijanis, Frenchman,
    Spaniard."""
    key = word.casefold()
    if key in territories():
        return False
    # A plural of a language's name is its people (Thais, Uzbeks), but not of a name of two
    # letters, which is a common word's stem as often (Gas is no Ga people).
    plural = key.removesuffix("s") if len(key) > 4 else key
    if key in languages() or plural in languages() or key in ADJECTIVES:
        return True
    if "-" in key:  # Russian-Ukrainian, Greco-Roman: every part an adjective
        return all(is_demonym(p) or p in ADJECTIVE_PARTS for p in key.split("-"))
    stem = key.removesuffix("s")
    # A land's name and -er: its people (Icelander, Greenlanders, Luxembourger).
    if stem.endswith("er") and len(stem) > 6 and stem[:-2] in territories():
        return True
    # A land of a people named with -stan or -istan: its people (Afghan of Afghanistan).
    if len(stem) > 3 and any(stem + end in territories() for end in ("stan", "istan")):
        return True
    for suffix in _PEOPLE_ENDINGS:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            base = stem[: len(stem) - len(suffix)]
            # The base is the country's or language's name but for its last letters (Armeni-an,
            # Turk-ish, Leban-ese, Spani-ard), not any start of one: Paris is no Par(aguay)-i,
            # Kazan no Kaz-an.
            if suffix in _PERSON_ENDINGS:  # of a language only: Norman is no Nor(th Korea)-man
                if any(t.startswith(base) and len(t) - len(base) <= 3 for t in languages()):
                    return True
            # ... and of a name of several words, the first word but for one letter (Bosni-an
            # of Bosnia & Herzegovina; Turan is no Tur(ks & Caicos)-an).
            elif any(
                t.startswith(base) and len(t.split()[0]) - len(base) <= (2 if " " not in t else 1)
                for t in territories()
            ):
                return True
    return False

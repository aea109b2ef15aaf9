"""Every country and territory, generated from CLDR through babel: ``glossary/countries.yaml``.

Country names are not typed by hand: CLDR already has them, reviewed, in every language we
translate into (Ukraine → ru Украина, es Ucrania, tr Ukrayna, az Ukrayna). `country_entries`
turns a table of territory names per language into glossary entries; `render_countries` writes
them as a glossary file whose first lines record the babel version the names came from.

Curated entries win: a territory whose English name (or a generated spelling of it) a curated
entry already claims, or whose CLDR names equal a curated entry's approved forms in two
languages or more (Czechia and ``czech-republic``), is left out and listed as skipped, so that
no name is claimed twice.

The output depends only on the names it is given; `babel_names` reads them from the installed
babel. A babel upgrade may change names (CLDR renamed Turkey to Türkiye): regenerate the file
with ``scripts/glossary-countries`` and review the diff. The test that the committed file is
what the generator writes runs only under the babel version recorded in the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from translate.glossary.matcher import phrase_key
from translate.glossary.model import Entry, Glossary, Kind, Status, Target, Variant
from translate.glossary.yaml import to_yaml

__all__ = [
    "ABBREVIATIONS",
    "NOT_COUNTRIES",
    "Countries",
    "babel_names",
    "country_entries",
    "recorded_version",
    "render_countries",
]

#: Two-letter CLDR territory codes that are not ISO 3166-1 countries or territories: unions,
#: zones, exceptionally reserved codes and CLDR's pseudo-locales. XK (Kosovo) is kept: its code
#: is user-assigned, but it is a country in news use.
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)
_CODE = re.compile(r"[A-Z]{2}\Z")
_VERSION = re.compile(r"^# source: CLDR via babel (\S+)$", re.MULTILINE)
#: CLDR abbreviates in English; articles write these out.
_SPELLED_OUT = (("&", "and"), ("St. ", "Saint "), ("U.S. ", "United States "))
#: ... or abbreviate "Saint" without its dot, as British and Caribbean usage does (St Lucia,
#: St Kitts and Nevis).
_BRITISH = (("&", "and"), ("St. ", "St "))
#: The full names that news style writes where CLDR's English name leaves a word out (CLDR's
#: long forms, which babel does not expose).
_FULL_NAMES: Mapping[str, tuple[str, ...]] = {
    "VC": ("Saint Vincent and the Grenadines", "St Vincent and the Grenadines"),
}

#: The standard abbreviations of the few countries that have one in English news style
#: (CLDR's short forms, which babel does not expose, and their dotted spellings). An acronym
#: is matched only in capitals (`translate.glossary.matcher`).
ABBREVIATIONS: Mapping[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E."),
    "US": ("US", "U.S.", "USA", "U.S.A."),
    "CD": ("DRC",),
}

Names = Callable[[str], Mapping[str, str]]


@dataclass(frozen=True)
class Countries:
    """The generated entries, and the territories left to a curated entry (code, entry id)."""

    entries: tuple[Entry, ...]
    skipped: tuple[tuple[str, str], ...]


def babel_names(language: str) -> Mapping[str, str]:
    """The territory names of *language* in the installed babel's CLDR data."""
    from babel import Locale

    return Locale.parse(language).territories


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")


def _english_spellings(name: str, code: str = "") -> list[str]:
    """The CLDR English name, its written-out spellings (St. Lucia, Saint Lucia, St Lucia), a
    full name it leaves a word out of (Saint Vincent and the Grenadines) and the country's
    standard abbreviations (UK)."""
    spellings = [name]
    for spelled in (_spelled(name, _SPELLED_OUT), _spelled(name, _BRITISH)):
        if spelled not in spellings:
            spellings.append(spelled)
    extra = (*_FULL_NAMES.get(code, ()), *ABBREVIATIONS.get(code, ()))
    return spellings + [a for a in extra if a not in spellings]


def _spelled(name: str, table: Sequence[tuple[str, str]]) -> str:
    for short, long in table:
        name = name.replace(short, long)
    return " ".join(name.split())


def _claimed(curated: Glossary) -> dict[tuple[str, ...], str]:
    """Every English phrase key a curated entry claims, with the entry's id."""
    claimed: dict[tuple[str, ...], str] = {}
    for entry in curated:
        forms = [entry.en, *entry.forms, *(v.form for v in entry.variants)]
        for alternative in entry.alternatives:
            forms += [alternative.en, *(v.form for v in alternative.variants)]
        for form in forms:
            claimed.setdefault(phrase_key(form), entry.id)
    return claimed


def _same_referent(curated: Glossary, names: Mapping[str, str]) -> str | None:
    """The curated place whose approved forms are these CLDR names in two languages or more."""
    for entry in curated:
        if entry.kind is not Kind.PLACE:
            continue
        same = sum(
            1
            for language, name in names.items()
            if (target := entry.target(language)) is not None
            and phrase_key(target.approved) == phrase_key(name)
        )
        if same >= 2:
            return entry.id
    return None


def country_entries(
    languages: Sequence[str], curated: Glossary, names: Names, version: str
) -> Countries:
    """One place entry per territory CLDR names in English, except those *curated* has.

    *names* gives a language's territory names by code; *version* goes into each note.
    """
    english = names("en")
    tables = {language: names(language) for language in languages}
    claimed = _claimed(curated)
    used_ids = {entry.id for entry in curated}
    entries: list[Entry] = []
    skipped: list[tuple[str, str]] = []
    for code in sorted(english):
        if not _CODE.match(code) or code in NOT_COUNTRIES:
            continue
        spellings = _english_spellings(english[code], code)
        local = {language: table[code] for language, table in tables.items() if code in table}
        owner = next((claimed[k] for s in spellings if (k := phrase_key(s)) in claimed), None)
        owner = owner or _same_referent(curated, local)
        if owner is not None:
            skipped.append((code, owner))
            continue
        missing = [language for language in languages if language not in local]
        if missing:
            raise ValueError(f"CLDR has no {', '.join(missing)} name for {code}")
        entry_id = _slug(_spelled(english[code], _SPELLED_OUT))
        if entry_id in used_ids:
            entry_id = f"{entry_id}-{code.lower()}"
        used_ids.add(entry_id)
        for spelling in spellings:
            claimed.setdefault(phrase_key(spelling), entry_id)
        entries.append(
            Entry(
                id=entry_id,
                kind=Kind.PLACE,
                en=spellings[0],
                variants=tuple(Variant(s, Status.ADMITTED) for s in spellings[1:]),
                note=f"ISO 3166-1 {code}; source: CLDR via babel {version}.",
                targets=tuple(Target(language, local[language]) for language in languages),
            )
        )
    return Countries(tuple(sorted(entries, key=lambda e: e.id)), tuple(skipped))


def _header(version: str, skipped: Sequence[tuple[str, str]]) -> Iterator[str]:
    yield "# Generated glossary: countries and territories. Do not edit by hand; regenerate with"
    yield "# scripts/glossary-countries (schema: glossary/README.md)."
    yield f"# source: CLDR via babel {version}"
    left = ", ".join(f"{code} ({owner})" for code, owner in skipped)
    yield "# Curated entries win; left to them:"
    line = "#"
    for word in left.split(" "):
        if len(line) + 1 + len(word) > 100:
            yield line
            line = "#"
        line += " " + word
    yield line


def render_countries(countries: Countries, version: str) -> str:
    """The text of ``glossary/countries.yaml``: a header naming the source, then the entries."""
    return (
        "\n".join(_header(version, countries.skipped))
        + "\n\n"
        + to_yaml(Glossary(countries.entries))
    )


def recorded_version(text: str) -> str | None:
    """The babel version a generated countries file names in its header."""
    found = _VERSION.search(text)
    return found.group(1) if found else None

"""glossary/countries.yaml: generated from CLDR, curated entries winning, and kept in step."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import babel
import pytest
from conftest import ROOT

from translate.config import load_config
from translate.glossary.countries import (
    babel_names,
    country_entries,
    recorded_version,
    render_countries,
)
from translate.glossary.model import Entry, Glossary, Kind, Status, Target, Variant
from translate.glossary.validate import validate_glossary
from translate.glossary.yaml import load_glossary, parse_entries

COMMITTED = ROOT / "glossary" / "countries.yaml"

NAMES: dict[str, dict[str, str]] = {
    "en": {"UA": "Ukraine", "KN": "St. Kitts & Nevis", "CZ": "Czechia", "GE": "Georgia",
           "EU": "European Union", "001": "World", "XK": "Kosovo", "FR": "France"},
    "ru": {"UA": "Украина", "KN": "Сент-Китс и Невис", "CZ": "Чехия", "GE": "Грузия",
           "EU": "Евросоюз", "001": "весь мир", "XK": "Косово", "FR": "Франция"},
    "es": {"UA": "Ucrania", "KN": "San Cristóbal y Nieves", "CZ": "Chequia", "GE": "Georgia",
           "EU": "Unión Europea", "001": "Mundo", "XK": "Kosovo", "FR": "Francia"},
}  # fmt: skip
CURATED = Glossary(
    (
        # Same referent, other English name: recognised by its targets.
        Entry("czech-republic", Kind.PLACE, "Czech Republic",
              targets=(Target("ru", "Чехия"), Target("es", "Chequia"))),
        # Claims the English name.
        Entry("france", Kind.PLACE, "France", targets=(Target("ru", "Франция"),)),
        # Takes the id a country would get, for something else.
        Entry("georgia", Kind.TERM, "Georgia State", targets=(Target("ru", "x"),)),
    )
)  # fmt: skip


def names(language: str) -> Mapping[str, str]:
    return NAMES[language]


def test_one_entry_per_country_with_every_language_and_its_source() -> None:
    countries = country_entries(("ru", "es"), CURATED, names, "9.9")
    by_id = {entry.id: entry for entry in countries.entries}
    assert list(by_id) == ["georgia-ge", "kosovo", "saint-kitts-and-nevis", "ukraine"]
    ukraine = by_id["ukraine"]
    assert (ukraine.kind, ukraine.en) == (Kind.PLACE, "Ukraine")
    assert ukraine.targets == (Target("ru", "Украина"), Target("es", "Ucrania"))
    assert ukraine.note == "ISO 3166-1 UA; source: CLDR via babel 9.9."
    assert by_id["saint-kitts-and-nevis"].variants == (
        Variant("Saint Kitts and Nevis", Status.ADMITTED),
        Variant("St Kitts and Nevis", Status.ADMITTED),
    )


def test_curated_entries_win_and_are_listed() -> None:
    countries = country_entries(("ru", "es"), CURATED, names, "9.9")
    assert countries.skipped == (("CZ", "czech-republic"), ("FR", "france"))
    text = render_countries(countries, "9.9")
    assert "# CZ (czech-republic), FR (france)" in text
    assert recorded_version(text) == "9.9"


def test_the_output_reads_back_and_validates(tmp_path: Path) -> None:
    text = render_countries(country_entries(("ru", "es"), CURATED, names, "9.9"), "9.9")
    entries = parse_entries(text, "countries.yaml")
    assert [entry.id for entry in entries] == [
        "georgia-ge",
        "kosovo",
        "saint-kitts-and-nevis",
        "ukraine",
    ]
    (tmp_path / "countries.yaml").write_text(text, "utf-8")
    assert validate_glossary(load_glossary(tmp_path), ("ru", "es")) == []


def test_a_language_cldr_lacks_is_an_error() -> None:
    partial = {**NAMES, "ru": {k: v for k, v in NAMES["ru"].items() if k != "UA"}}
    with pytest.raises(ValueError, match="no ru name for UA"):
        country_entries(("ru",), CURATED, lambda language: partial[language], "9.9")


def test_the_committed_file_validates_with_the_curated_glossary() -> None:
    config = load_config(ROOT)
    assert validate_glossary(load_glossary(config.glossary_dir), config.languages) == []


def test_the_committed_file_is_what_the_generator_writes() -> None:
    """Only under the babel it was generated with: another CLDR may rename countries."""
    text = COMMITTED.read_text("utf-8")
    version = recorded_version(text)
    if version != babel.__version__:
        pytest.skip(f"countries.yaml is from babel {version}; run scripts/glossary-countries")
    config = load_config(ROOT)
    curated = Glossary(
        tuple(e for e in load_glossary(config.glossary_dir) if Path(e.path) != COMMITTED)
    )
    countries = country_entries(config.languages, curated, babel_names, version)
    assert render_countries(countries, version) == text

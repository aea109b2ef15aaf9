"""Demonyms as nouns and as adjectives: ``the Armenians`` армяне, ``Armenian forces`` армянский."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from translate.drafts import Scheme, finish, prepare
from translate.glossary.matcher import source_matcher, target_matcher
from translate.glossary.model import Glossary
from translate.glossary.tbx import from_tbx, to_tbx
from translate.glossary.validate import validate_glossary
from translate.glossary.yaml import load_glossary, parse_entries, to_yaml
from translate.po.units import hints


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        pytest.param("The Armenians left the town.", True, id="plural-noun"),
        pytest.param("Armenians living abroad protested.", True, id="plural-noun-no-article"),
        pytest.param("Armenian forces shelled the town.", False, id="adjective"),
        pytest.param("the Armenian side", False, id="adjective-after-article"),
        pytest.param("613 Azerbaijanis were killed.", True, id="other-demonym-noun"),
        pytest.param("Azeris fled.", True, id="variant-spelling-noun"),
        pytest.param("the Azerbaijani army", False, id="other-demonym-adjective"),
    ],
)
def test_the_matcher_tells_the_noun_from_the_adjective(
    glossary: Glossary, text: str, noun: bool
) -> None:
    (match,) = source_matcher(glossary).find(text)
    assert match.noun is noun


@pytest.mark.parametrize(
    ("language", "noun", "adjective"),
    [
        ("ru", "армяне", "армянский"),
        ("fr", "Arméniens", "arménien"),
        ("de", "Armenier", "armenisch"),
        ("es", "armenios", "armenio"),
    ],
)
def test_hints_give_the_noun_for_the_people(
    glossary: Glossary, language: str, noun: str, adjective: str
) -> None:
    matcher = source_matcher(glossary)
    people = hints(matcher.find("The Armenians left."), glossary, language)
    assert people == (f"glossary: Armenians (noun, form of Armenian) → {noun}",)
    forces = hints(matcher.find("Armenian forces came."), glossary, language)
    assert forces == (f"glossary: Armenian → {adjective}",)


@pytest.mark.parametrize(
    ("language", "engine_output", "draft"),
    [
        ("ru", "Затем QX0 ушли. QX1 силы.", "Затем армяне ушли. Армянский силы."),
        ("fr", "Les QX0 sont partis. Les forces QX1.", "Les Arméniens sont partis. Les forces "
                                                      "arménien."),
        ("de", "Die QX0 gingen. Die QX1 Truppen.", "Die Armenier gingen. Die armenisch Truppen."),
        ("es", "Los QX0 se fueron. Fuerzas QX1.", "Los armenios se fueron. Fuerzas armenio."),
    ],
)  # fmt: skip
def test_drafts_put_the_noun_where_the_english_is_the_noun(
    glossary: Glossary, language: str, engine_output: str, draft: str
) -> None:
    """Placeholders carry no inflection: the approved form of each goes back in."""
    text = "The Armenians left. Armenian forces came."
    found = source_matcher(glossary).find(text)
    prepared = prepare(text, found, glossary, language, Scheme.PLACEHOLDER)
    assert finish(prepared, engine_output).text == draft


def test_the_target_matcher_and_check_know_the_noun(glossary: Glossary) -> None:
    (match,) = target_matcher(glossary, "fr").find("Les Arméniennes")
    assert match.entry == "armenian"
    assert "армяне" in glossary.get("armenian").target("ru").accepted()  # type: ignore[union-attr]


NOUN_ENTRY = """\
- id: georgian
  kind: term
  en: Georgian
  nouns: [Georgians]
  targets:
    ru:
      approved: грузинский
      noun:
        approved: грузины
        forms: [грузин]
    fr:
      approved: géorgien
      noun: {approved: Géorgiens}
"""


def test_nouns_read_write_and_survive_tbx() -> None:
    entries = parse_entries(NOUN_ENTRY, "terms.yaml")
    (entry,) = entries
    assert entry.nouns == ("Georgians",)
    noun = entry.target("ru").noun  # type: ignore[union-attr]
    assert noun is not None and (noun.approved, noun.forms) == ("грузины", ("грузин",))
    written = to_yaml(Glossary(tuple(entries)))
    assert "noun:" in written and "nouns: [Georgians]" in written
    assert parse_entries(written, "terms.yaml") == entries
    back = from_tbx(to_tbx(Glossary(tuple(entries)), ["ru", "fr"]), "x.tbx")
    assert back.entries[0].nouns == entry.nouns
    assert back.entries[0].targets == entry.targets


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            NOUN_ENTRY.replace("      noun: {approved: Géorgiens}\n", ""),
            "'georgian' has English nouns (Georgians) but no fr noun",
            id="nouns-without-a-target-noun",
        ),
        pytest.param(
            NOUN_ENTRY.replace("  nouns: [Georgians]\n", ""),
            "'georgian' has a ru noun but no English 'nouns'",
            id="target-noun-without-english-nouns",
        ),
    ],
)
def test_validation_wants_both_sides_of_a_noun(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "terms.yaml").write_text(textwrap.dedent(text), "utf-8")
    found = validate_glossary(load_glossary(tmp_path), ("ru", "fr"))
    assert {f.rule for f in found} == {"glossary.noun-form"}
    assert any(f.message.startswith(message) for f in found)

"""Glossary enforcement in drafts: stand-ins out, approved target forms in, problems reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from translate.drafts import Scheme, draft_batch, finish, prepare
from translate.engines.apertium import ApertiumEngine
from translate.glossary.matcher import source_matcher
from translate.glossary.model import Glossary
from translate.glossary.surnames import resolve_surnames
from translate.glossary.yaml import load_glossary
from translate.po.units import hints

ROOT = Path(__file__).resolve().parent.parent
needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="no apertium")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def drafts_for(glossary: Glossary, texts: list[str], language: str = "es") -> list[str]:
    engine = ApertiumEngine()
    matcher = source_matcher(glossary)
    done = draft_batch(
        texts,
        resolve_surnames([matcher.find(t) for t in texts], glossary),
        glossary,
        language,
        Scheme.SURROGATE,
        lambda batch: engine.translate_batch(batch, "en", language),
    )
    assert all(not d.problems for d in done), [d.problems for d in done]
    return [d.text for d in done]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            "Serzh Sargsyan spoke; Sargsyan also commanded armed Armenian units in Karabakh.",
            ["Serzh Sargsián", "; Sargsián", "unidades armenias armadas", "Karabaj"],
            id="surname-after-the-full-name-and-feminine-plural-demonym",
        ),
        pytest.param(
            "The Khojaly genocide was committed by Armenian forces.",
            ["El genocidio de Jodyalí", "fuerzas armenias"],
            id="term-keeps-the-phrase-intact",
        ),
        pytest.param(
            "613 Azerbaijanis were murdered.", ["613 azerbaiyanos"], id="plural-noun-demonym"
        ),
        pytest.param(
            "The purpose was to show what the cruelty of the Armenians could reach.",
            ["crueldad de los armenios"],
            id="people-take-the-generic-masculine-article-included",
        ),
        pytest.param(
            "Armenians killed Azerbaijanis in Khankandi.",
            ["Armenios", "azerbaiyanos", "Jankendi"],
            id="capitalised-at-sentence-start-and-spelling-variant",
        ),
        pytest.param(
            "Khojaly genocide was a crime. She spoke of the Khojaly genocide.",
            ["Genocidio de Jodyalí", "del genocidio de Jodyalí"],
            id="capitalised-only-where-a-sentence-opens",
        ),
        pytest.param(
            "Serzh Sargsyan and Robert Kocharyan became presidents of Armenia.",
            ["Serzh Sargsián", "Robert Kocharián", "Armenia"],
            id="several-names",
        ),
    ],
)
@needs_apertium
def test_apertium_drafts_use_approved_forms(
    glossary: Glossary, source: str, expected: list[str]
) -> None:
    (draft,) = drafts_for(glossary, [source])
    for form in expected:
        assert form in draft, draft
    assert "*" not in draft


@needs_apertium
def test_names_unknown_to_apertium_no_longer_break_the_phrase(glossary: Glossary) -> None:
    plain = ApertiumEngine().translate_batch(["The Khojaly genocide was terrible."], "en", "es")
    (draft,) = drafts_for(glossary, ["The Khojaly genocide was terrible."])
    assert "Khojaly" in plain[0]
    assert draft.startswith("El genocidio de Jodyalí")


def test_placeholders_for_neural_engines(glossary: Glossary) -> None:
    text = "Khojaly and Khankandi."
    prepared = prepare(
        text, source_matcher(glossary).find(text), glossary, "ru", Scheme.PLACEHOLDER
    )
    assert prepared.text == "QX0 and QX1."
    assert "_" not in prepared.text
    assert finish(prepared, "QX0 и QX1.").text == "Ходжалы и Ханкенди."


@pytest.mark.parametrize(
    ("output", "problem"),
    [
        pytest.param("и QX1.", "term lost: Khojaly", id="lost"),
        pytest.param("QX0 QX0 и QX1.", "term duplicated: Khojaly", id="duplicated"),
    ],
)
def test_lost_and_duplicated_stand_ins_are_problems(
    glossary: Glossary, output: str, problem: str
) -> None:
    text = "Khojaly and Khankandi."
    prepared = prepare(
        text, source_matcher(glossary).find(text), glossary, "ru", Scheme.PLACEHOLDER
    )
    draft = finish(prepared, output)
    assert any(p.startswith(problem) for p in draft.problems), draft.problems


def test_surrogates_avoid_names_already_in_the_sentence(glossary: Glossary) -> None:
    text = "John met Khojaly survivors."
    prepared = prepare(text, source_matcher(glossary).find(text), glossary, "es", Scheme.SURROGATE)
    assert prepared.text.count("John") == 1
    assert prepared.slots[0].token != "John"


def test_verbatim_names_keep_their_surface(glossary: Glossary) -> None:
    text = "Mehmet Yuce told Trend."
    prepared = prepare(
        text, source_matcher(glossary).find(text), glossary, "es", Scheme.PLACEHOLDER
    )
    restored = finish(prepared, prepared.text)
    assert restored.text.endswith("Trend.")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("Khojaly is free.", "ru", "glossary: Khojaly → Ходжалы", id="approved"),
        pytest.param(
            "It was deployed in Khankandi.",
            "ru",
            "glossary: Khankandi (admitted spelling of Khankendi) → Ханкенди; avoid Степанакерт",
            id="variant",
        ),
        pytest.param(
            "Azernews reports.",
            "de",
            "glossary: Azernews → Azernews (keep verbatim)",
            id="verbatim",
        ),
    ],
)
def test_hints(glossary: Glossary, text: str, language: str, expected: str) -> None:
    assert expected in hints(source_matcher(glossary).find(text), glossary, language)


def test_runs_of_spaces_the_engine_leaves_are_collapsed(glossary: Glossary) -> None:
    text = "It is the anniversary of Khojaly."
    prepared = prepare(text, source_matcher(glossary).find(text), glossary, "es", Scheme.SURROGATE)
    token = prepared.slots[0].token
    draft = finish(prepared, f" Es el aniversario próximo  de {token}.")
    assert draft.text == "Es el aniversario próximo de Jodyalí."


@needs_apertium
def test_the_glossary_gender_makes_the_article_agree(glossary: Glossary) -> None:
    (draft,) = drafts_for(glossary, ["It is the next anniversary of the Khojaly massacre."])
    assert "de la masacre de Jodyalí" in draft

"""Glossary enforcement in drafts: stand-ins out, approved target forms in, problems reported."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import ROOT
from draft_cases import ALWAYS_NOT, CASES

from translate.drafts import Draft, Scheme, draft_batch, finish, prepare
from translate.engines.apertium import ApertiumEngine, unmark
from translate.glossary.matcher import source_matcher
from translate.glossary.model import Glossary
from translate.glossary.surnames import resolve_surnames
from translate.glossary.yaml import load_glossary
from translate.po.units import hints

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="no apertium")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def drafts_for(glossary: Glossary, texts: list[str], language: str = "es") -> list[str]:
    engine = ApertiumEngine(mark_unknown=True)
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


@pytest.mark.parametrize(
    ("engine_output", "expected"),
    [
        ('" Es el aniversario,"  dijo.', '"Es el aniversario," dijo.'),
        ('Dijo: " nunca" y "siempre".', 'Dijo: "nunca" y "siempre".'),
        ("Dijo (“ nunca”).", "Dijo (“nunca”)."),
        # A straight mark after an odd number of them closes: its space stays.
        ('"Es el aniversario " dijo.', '"Es el aniversario " dijo.'),
        # French spaces inside guillemets: left as the engine wrote them.
        ("« Nous sommes prêts », dit-il.", "« Nous sommes prêts », dit-il."),
    ],
)
def test_no_space_after_an_opening_quotation_mark(
    glossary: Glossary, engine_output: str, expected: str
) -> None:
    prepared = prepare("He said so.", [], glossary, "es", Scheme.SURROGATE)
    assert finish(prepared, engine_output).text == expected


@needs_apertium
def test_apertium_quotations_come_out_as_the_source_writes_them(glossary: Glossary) -> None:
    quoted = ['"We are ready," he said in Khojaly.', "He added: “Nothing is lost.”"]
    assert ApertiumEngine().translate_batch(quoted, "en", "es")[0].startswith('" ')  # the engine
    for draft in drafts_for(glossary, quoted):
        assert not re.search(r'(?:^|[(\s])["“] ', draft) and "  " not in draft, draft


@needs_apertium
def test_the_glossary_gender_makes_the_article_agree(glossary: Glossary) -> None:
    (draft,) = drafts_for(glossary, ["It is the next anniversary of the Khojaly massacre."])
    assert "de la masacre de Jodyalí" in draft


@needs_apertium
def test_drafts_keep_the_grammar_around_the_names(glossary: Glossary) -> None:
    """The draft test set (tests/draft_cases.py): ours pass >= 95% of the properties, and fail
    one that plain Apertium passes in at most 2% of the sentences; bench/terms.py prints both."""
    engine = ApertiumEngine(mark_unknown=True)
    matcher = source_matcher(glossary)
    texts = [case[1] for case in CASES]
    plain = [
        unmark(out, text).text
        for out, text in zip(engine.translate_batch(texts, "en", "es"), texts, strict=True)
    ]
    ours = draft_batch(
        texts,
        [matcher.find(t) for t in texts],
        glossary,
        "es",
        Scheme.SURROGATE,
        lambda batch: engine.translate_batch(batch, "en", "es"),
    )
    passed = total = regressed = 0
    for (_, _, must, must_not), before, after in zip(CASES, plain, ours, strict=True):
        was, now = _properties(before, must, must_not), _properties(after.text, must, must_not)
        passed, total = passed + sum(now), total + len(now)
        regressed += any(w and not n for w, n in zip(was, now, strict=True))
    assert len(CASES) >= 80
    assert passed / total >= 0.95
    assert regressed / len(CASES) <= 0.02


def _properties(draft: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> list[bool]:
    return [re.search(p, draft, re.I) is not None for p in must] + [
        re.search(p, draft, re.I) is None for p in (*must_not, *ALWAYS_NOT)
    ]


@needs_apertium
def test_a_sentence_is_drafted_the_same_alone_and_in_the_corpus_batch(glossary: Glossary) -> None:
    from translate.text.articles import read_article
    from translate.text.segments import segment_article

    texts = list(
        dict.fromkeys(
            seg.text
            for path in sorted((ROOT / "corpus").glob("*.txt"))
            for seg in segment_article(read_article(path))
        )
    )
    engine = ApertiumEngine(mark_unknown=True)
    matcher = source_matcher(glossary)

    def draft(batch: list[str]) -> list[Draft]:
        return draft_batch(
            batch,
            [matcher.find(t) for t in batch],
            glossary,
            "es",
            Scheme.SURROGATE,
            lambda inner: engine.translate_batch(inner, "en", "es"),
        )

    together = draft(texts)
    for index in range(0, len(texts), 11):
        assert draft([texts[index]]) == [together[index]]


@pytest.mark.parametrize(
    ("source", "present", "absent"),
    [
        pytest.param("Armenia's policy changed.", "de Armenia", "Armenia póliza", id="possessive"),
        pytest.param("22 U.S. states agreed.", "Estados Unidos", "Unidos. ", id="dotted-whole"),
        pytest.param("The truth about Karabakh came out.", "sobre Karabaj", "aproximadamente",
                     id="preposition-before-unknown-name"),
        pytest.param("Khojaly victims will never be forgotten.", "íctimas de Jodyalí",
                     "Jodyalí víctimas", id="compound-modifier"),
        pytest.param("He studied in the United States.", "Estados Unidos", "el Estados",
                     id="plural-name"),
        pytest.param("A journalist of the BBC asked.", "de la BBC", "del BBC",
                     id="feminine-verbatim"),
    ],
)  # fmt: skip
@needs_apertium
def test_stand_ins_keep_the_role_of_the_name(
    glossary: Glossary, source: str, present: str, absent: str
) -> None:
    (draft,) = drafts_for(glossary, [source])
    assert present in draft and absent not in draft, draft


@needs_apertium
def test_unknown_words_are_listed_and_marks_stripped(glossary: Glossary) -> None:
    engine = ApertiumEngine(mark_unknown=True)
    text = "The sieged city of Khojaly was razing."
    (draft,) = draft_batch(
        [text],
        [source_matcher(glossary).find(text)],
        glossary,
        "es",
        Scheme.SURROGATE,
        lambda batch: engine.translate_batch(batch, "en", "es"),
    )
    assert "*" not in draft.text and "Jodyalí" in draft.text
    assert draft.unknown == ("sieged", "razing")

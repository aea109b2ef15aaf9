"""`Terms.analyse` on a small glossary whose target entries list no inflected forms.

The real glossary lists the common inflections (Гяндже, Gəncədə), which the matcher finds
before stemming is needed; here only the Snowball stems can accept an inflected name.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.check.terms import Terms, passes_check
from translate.glossary.model import Glossary
from translate.glossary.yaml import parse_glossary_file

FIXTURE = """\
- id: ganja
  kind: place
  en: Ganja
  targets:
    # A form without letters (a stray dash) must never count as written.
    ru: {approved: Гянджа, forms: ["–"], deprecated: [Гянжа]}
    es: {approved: Ganyá}
- id: agdam
  kind: place
  en: Aghdam
  targets:
    az: {approved: Ağdam}
    ru: {approved: Агдам}
- id: karabakh
  kind: place
  en: Karabakh
  targets:
    az: {approved: Qarabağ}
- id: foreign-ministry
  kind: organisation
  en: Foreign Ministry
  targets:
    tr: {approved: Dışişleri Bakanlığı}
- id: khankendi
  kind: place
  en: Khankendi
  alternatives:
    - en: Stepanakert
      targets: {ru: {approved: Степанакерт}}
  targets:
    ru: {approved: Ханкенди, admitted: [Ханкенды], deprecated: [Степанакерт]}
- id: armenia
  kind: place
  en: Armenia
  targets:
    es: {approved: Armenia}
- id: armenian
  kind: term
  en: Armenian
  targets:
    es: {approved: armenio, forms: [armenia, armenios, armenias]}
- id: shusha
  kind: place
  en: Shusha
  targets:
    ru: {approved: Шуша}
- id: lachin
  kind: place
  en: Lachin
"""

GLOSSARY = Glossary(tuple(parse_glossary_file(FIXTURE, "fixture.yaml")))
MISSING = "po.missing-term"


def problems(language: str, msgid: str, msgstr: str) -> list[tuple[str, str, str, str]]:
    analysis = Terms(GLOSSARY).analyse(language, msgid, msgstr)
    return [(p.rule, p.term, p.found, p.expected) for p in analysis.problems]


# (language, msgid, msgstr, expected problems): inflected forms the glossary does not list.
INFLECTED = [
    pytest.param("ru", "He lived in Ganja.", "Он жил под Гянджею.", [], id="ru-instrumental"),
    pytest.param("ru", "He lived in Ganja.", "ПОД ГЯНДЖЕЮ", [], id="ru-capitals"),
    pytest.param("ru", "Ganja was hit.", "Удар по Гянджею", [], id="ru-name-at-the-end"),
    pytest.param("ru", "Ganja was hit.", "Гянджею", [], id="ru-name-alone"),
    pytest.param("az", "Aghdam was freed.", "Ağdamda sülh", [], id="az-locative"),
    pytest.param("az", "Aghdam was freed.", "Biz Ağdamda", [], id="az-name-at-the-end"),
    pytest.param("az", "He was in Karabakh.", "O, Qarabağda idi.", [], id="az-karabakh"),
    pytest.param("tr", "The Foreign Ministry said.", "Dışişleri Bakanlığının açıklaması",
                 [], id="tr-two-words-genitive"),
    pytest.param("tr", "The Foreign Ministry said.", "Açıklama Dışişleri Bakanlığının",
                 [], id="tr-two-words-at-the-end"),
]  # fmt: skip

NOT_INFLECTED = [
    pytest.param("ru", "He lived in Ganja.", "Он жил под Гнджею.",
                 [(MISSING, "ganja", "", "Гянджа")], id="ru-other-stem"),
    pytest.param("es", "He lived in Aghdam.", "Vivía en Ganyás.",
                 [], id="es-aghdam-has-no-es-target"),
    pytest.param("es", "He lived in Ganja.", "Vivía en Ganyás.",
                 [(MISSING, "ganja", "", "Ganyá")], id="es-does-not-stem"),
    pytest.param("tr", "The Foreign Ministry said.", "Bakanlığının Dışişleri",
                 [(MISSING, "foreign-ministry", "", "Dışişleri Bakanlığı")],
                 id="tr-words-out-of-order"),
    pytest.param("az", "Aghdam was freed.", "Agdamda sülh",
                 [("po.near-miss", "agdam", "Agdamda", "Ağdam")], id="az-inflected-near-miss"),
    pytest.param("ru", "Stepanakert was renamed.", "Там переименован.",
                 [(MISSING, "khankendi", "", "Степанакерт")], id="alternative-name-missing"),
    pytest.param("tr", "The Foreign Ministry said.", "Dışişleri açıkladı",
                 [(MISSING, "foreign-ministry", "", "Dışişleri Bakanlığı")],
                 id="tr-half-a-name"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "msgid", "msgstr", "expected"), INFLECTED + NOT_INFLECTED)
def test_inflected_names(
    language: str, msgid: str, msgstr: str, expected: list[tuple[str, ...]]
) -> None:
    """In ru, tr and az an inflected name passes when its word stems are the form's."""
    assert problems(language, msgid, msgstr) == expected


@pytest.mark.parametrize(
    ("msgstr", "rendering"),
    [
        pytest.param("Он жил под Гянджею.", "Гянджа", id="inflected-counts-as-approved"),
        pytest.param("Он жил в Ханкенды.", "Ханкенды", id="admitted-form-kept"),
    ],
)
def test_renderings(msgstr: str, rendering: str) -> None:
    """The rendering recorded for po.inconsistent is the accepted form, inflection folded."""
    msgid = "He lived in Ganja." if "Гя" in msgstr else "He lived in Khankendi."
    analysis = Terms(GLOSSARY).analyse("ru", msgid, msgstr)
    assert [r[2] for r in analysis.renderings] == [rendering]
    assert analysis.problems == ()


@pytest.mark.parametrize(
    ("msgid", "msgstr", "expected"),
    [
        pytest.param("Armenian refugees.", "Refugiados armenios.", [], id="listed-form"),
        pytest.param("An Armenian village.", "Una aldea armenia", [],
                     id="form-claimed-by-another-entry-at-the-end"),
        pytest.param("An Armenian village.", "armenia", [], id="form-claimed-alone"),
        pytest.param("An Armenian village.", "Una aldea de Armenia y", [],
                     id="form-claimed-mid-sentence"),
    ],
)  # fmt: skip
def test_a_form_claimed_by_another_entry(
    msgid: str, msgstr: str, expected: list[tuple[str, ...]]
) -> None:
    """Spanish ``armenia`` is the country and the feminine of ``armenio``: both pass."""
    assert problems("es", msgid, msgstr) == expected


def test_wrong_name_and_missing_term() -> None:
    assert problems("ru", "He lived in Ganja.", "Он жил в Шуша.") == [
        ("po.wrong-name", "ganja", "Шуша", "Гянджа")
    ]
    assert problems("ru", "Ganja and Shusha.", "Гянджа и Агдам.") == [
        ("po.wrong-name", "shusha", "Агдам", "Шуша")
    ]
    assert problems("ru", "He lived in Ganja.", "Он жил там.") == [(MISSING, "ganja", "", "Гянджа")]


def test_deprecated_form() -> None:
    """A deprecated form is flagged once, not also as a missing term; the alternative allows it."""
    assert problems("ru", "In Khankendi.", "Там Степанакерт.") == [
        ("po.deprecated-form", "khankendi", "Степанакерт", "Ханкенди")
    ]
    assert problems("ru", "In Stepanakert.", "Там Степанакерт.") == []
    assert problems("ru", "In Khankendi.", "В Ханкенди, не Степанакерт.") == [
        ("po.deprecated-form", "khankendi", "Степанакерт", "Ханкенди")
    ]
    assert problems("ru", "Stepanakert, Ganja.", "Степанакерт, Гянжа.") == [
        ("po.deprecated-form", "ganja", "Гянжа", "Гянджа")
    ]


def test_a_deprecated_form_is_reported_and_not_recorded_as_a_rendering() -> None:
    assert Terms(GLOSSARY).analyse("ru", "In Ganja.", "В Гянжа.").renderings == ()
    analysis = Terms(GLOSSARY).analyse("ru", "In Khankendi.", "Там Степанакерт.")
    assert analysis.renderings == ()
    assert [p.message for p in analysis.problems] == [
        "'Степанакерт' is deprecated for 'khankendi'; write 'Ханкенди'"
    ]


@pytest.mark.parametrize(
    ("msgstr", "first"),
    [
        pytest.param("Гянжа и там.", ("po.deprecated-form", "ganja", "Гянжа", "Гянджа"),
                     id="after-a-deprecated-form"),
        pytest.param("Гян\u200bджа и там.", ("po.near-miss", "ganja", "Гян\u200bджа", "Гянджа"),
                     id="after-a-near-miss"),
    ],
)  # fmt: skip
def test_every_name_is_checked_after_a_problem(msgstr: str, first: tuple[str, ...]) -> None:
    assert problems("ru", "Ganja and Shusha.", msgstr) == [first, (MISSING, "shusha", "", "Шуша")]


def test_an_entry_without_the_language_is_not_checked() -> None:
    assert problems("ru", "Lachin and Ganja.", "Гянджа.") == []
    assert problems("ru", "Lachin and Ganja.", "Там.") == [(MISSING, "ganja", "", "Гянджа")]


def test_messages_name_the_form_to_write() -> None:
    analysis = Terms(GLOSSARY).analyse("ru", "He lived in Ganja.", "Он жил в Шуша.")
    [problem] = analysis.problems
    assert problem.message == "'Шуша' names 'shusha' where the source has 'Ganja'; write 'Гянджа'"
    [missing] = Terms(GLOSSARY).analyse("ru", "Ganja.", "Там.").problems
    assert missing.message == "'Ganja' is not rendered as 'Гянджа' or an accepted form"


def test_passes_check() -> None:
    passes = passes_check(GLOSSARY, "ru")
    assert passes("He lived in Ganja.", "Он жил под Гянджею.")
    assert not passes("He lived in Ganja.", "Он жил в Шуша.")
    assert passes_check(GLOSSARY, "az")("Aghdam.", "Ağdamda.")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Гянджа", "Гяндже", "гянджа", "Гянджа́", "Гянджи", "Ханкенди", "и", ","]),
        max_size=8,
    ),
    st.sampled_from([("Гянджа",), ("Гянджа", "Гяндже"), ("Ханкенди", "Гянджа")]),
)
def test_a_form_spelled_out_is_one_that_locate_finds(
    words: list[str], forms: tuple[str, ...]
) -> None:
    """The shortcut before the word index: a form written letter for letter is found by the
    exact comparison too, so the near-miss verdict does not change."""
    from translate.check.terms import _alike, _Words

    terms = Terms(Glossary(()))
    text = _Words(terms, "ru", " ".join(words))
    if text.spelled_out(forms):
        assert text.locate(forms, _alike(terms, "ru")[1]) is not None

"""Finding glossary names in English and target-language text, with spans into the original."""

from __future__ import annotations

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from translate.glossary.matcher import (
    Match,
    Matcher,
    fold,
    phrase_key,
    remembering_source_matcher,
    source_matcher,
    target_matcher,
)
from translate.glossary.model import Glossary, Status
from translate.glossary.yaml import load_glossary, parse_glossary_file

FIXTURE = """\
- id: khankendi
  kind: place
  en: Khankendi
  variants: [{form: Khankandi, status: admitted}]
  alternatives:
    - en: Stepanakert
      targets: {ru: {approved: Степанакерт}}
  targets:
    ru: {approved: Ханкенди, admitted: [Ханкенды], deprecated: [Степанакерт]}
- id: regiment-366
  kind: organisation
  en: 366th Motorized Rifle Regiment
  variants:
    - {form: 366th motor rifle regiment, status: admitted}
    - {form: 366th motorized infantry regiment, status: deprecated}
  targets:
    ru: {approved: 366-й мотострелковый полк, forms: [366-го мотострелкового полка]}
- id: nagorno-karabakh
  kind: place
  en: Nagorno-Karabakh
- id: karabakh
  kind: place
  en: Karabakh
- id: khojaly
  kind: place
  en: Khojaly
  variants: [{form: Xocalı, status: admitted}]
  targets:
    ru: {approved: Ходжалы, deprecated: [Ходжали]}
- id: khojaly-genocide
  kind: event
  en: Khojaly genocide
- id: ganja
  kind: place
  en: Ganja
  targets:
    ru: {approved: Гянджа, forms: [Гянджи, Гяндже]}
    de: {approved: Gəncə}
- id: foreign-ministry
  kind: organisation
  en: Foreign Ministry
  variants: [{form: "Azerbaijan's Foreign Ministry", status: admitted}]
  targets:
    de: {approved: Außenministerium}
- id: azernews
  kind: organisation
  en: Azernews
  translate: false
- id: armenian
  kind: term
  en: Armenian
  forms: [Armenians]
- id: us
  kind: place
  en: U.S.
"""

GLOSSARY = Glossary(tuple(parse_glossary_file(FIXTURE, "fixture.yaml")))


def source() -> Matcher:
    """Built in each test, not at import: a matcher built once would hide changes to how forms
    are collected (and mutation testing attributes each test to the code it runs)."""
    return source_matcher(GLOSSARY)


A, D = Status.ADMITTED, Status.DEPRECATED
P = Status.APPROVED

# (text, [(surface, entry id, status), ...])
SOURCE_CASES = [
    pytest.param("born in Khankendi in 1965", [("Khankendi", "khankendi", P)], id="canonical"),
    pytest.param("KHANKENDI", [("KHANKENDI", "khankendi", P)], id="case-insensitive"),
    pytest.param("Khankandi, 1992", [("Khankandi", "khankendi", A)], id="corpus-variant-khankandi"),
    pytest.param(
        "the former USSR’s 366th Motorized Rifle Regiment following massive shelling",
        [("366th Motorized Rifle Regiment", "regiment-366", P)],
        id="regiment-canonical",
    ),
    pytest.param(
        "the 366th motor rifle regiment of the former Soviet army",
        [("366th motor rifle regiment", "regiment-366", A)],
        id="regiment-motor-rifle",
    ),
    pytest.param(
        "by the 366th motorized infantry regiment.",
        [("366th motorized infantry regiment", "regiment-366", D)],
        id="regiment-motorized-infantry",
    ),
    pytest.param("the 366th Motorized Rifle unit", [], id="regiment-prefix-only"),
    pytest.param(
        "Nagorno-Karabakh, not just Karabakh",
        [("Nagorno-Karabakh", "nagorno-karabakh", P), ("Karabakh", "karabakh", P)],
        id="longest-nagorno-karabakh",
    ),
    pytest.param(
        "Nagorno Karabakh and Nagorno–Karabakh",
        [("Nagorno Karabakh", "nagorno-karabakh", P), ("Nagorno–Karabakh", "nagorno-karabakh", P)],
        id="hyphen-space-dash-equal",
    ),
    pytest.param(
        "the Khojaly genocide in Khojaly",
        [("Khojaly genocide", "khojaly-genocide", P), ("Khojaly", "khojaly", P)],
        id="longest-khojaly-genocide",
    ),
    pytest.param("Khojaly's victims", [("Khojaly", "khojaly", P)], id="possessive"),
    pytest.param("Khojaly’s victims", [("Khojaly", "khojaly", P)], id="possessive-curly"),
    pytest.param("a Khojaly-born poet", [("Khojaly", "khojaly", P)], id="hyphenated-compound"),
    pytest.param("Xocalı", [("Xocalı", "khojaly", A)], id="dotless-i"),
    pytest.param(
        "Xocali and XOCALI", [("Xocali", "khojaly", A), ("XOCALI", "khojaly", A)], id="folded-i"
    ),
    pytest.param("Kho\u0301jaly", [("Kho\u0301jaly", "khojaly", P)], id="combining-mark-in-word"),
    pytest.param("Khojaly, genocide", [("Khojaly", "khojaly", P)], id="comma-breaks-phrase"),
    pytest.param(
        "“Khojaly – genocide of 20th century”",
        [("Khojaly", "khojaly", P)],
        id="regression-spaced-dash-breaks-phrase",
    ),
    pytest.param("Khojaly\n\nGenocide", [("Khojaly", "khojaly", P)], id="paragraph-breaks-phrase"),
    pytest.param(
        "Khojaly\ngenocide", [("Khojaly\ngenocide", "khojaly-genocide", P)], id="line-wrap"
    ),
    pytest.param("Ganjaville and Karabakhi", [], id="no-match-inside-word"),
    pytest.param("Azernews reports", [("Azernews", "azernews", P)], id="verbatim-entry"),
    pytest.param("the Armenians", [("Armenians", "armenian", P)], id="english-form"),
    pytest.param(
        "Azerbaijan's Foreign Ministry said",
        [("Azerbaijan's Foreign Ministry", "foreign-ministry", A)],
        id="variant-with-apostrophe",
    ),
    pytest.param("the U.S. and the US", [("U.S", "us", P)], id="dots-must-match"),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_CASES)
def test_source_matcher(text: str, expected: list[tuple[str, str, Status]]) -> None:
    matches = source().find(text)
    assert [(m.surface, m.entry, m.status) for m in matches] == expected
    assert all(text[m.start : m.end] == m.surface for m in matches)


def test_match_names_the_canonical_or_alternative_name() -> None:
    assert source().find("Khankandi and Stepanakert") == [
        Match(0, 9, "Khankandi", "khankendi", "Khankendi", False, Status.ADMITTED),
        Match(14, 25, "Stepanakert", "khankendi", "Stepanakert", True, Status.APPROVED),
    ]


def ru() -> Matcher:
    return target_matcher(GLOSSARY, "ru")


RU_CASES = [
    pytest.param("город Гянджа", [("Гянджа", "ganja", P)], id="approved"),
    pytest.param("в Гяндже и Гянджи", [("Гяндже", "ganja", P), ("Гянджи", "ganja", P)], id="forms"),
    pytest.param("ГЯНДЖА", [("ГЯНДЖА", "ganja", P)], id="cyrillic-case"),
    pytest.param("Гянджабад", [], id="cyrillic-inside-word"),
    pytest.param("Ханкенды", [("Ханкенды", "khankendi", A)], id="admitted"),
    pytest.param("Ходжали", [("Ходжали", "khojaly", D)], id="deprecated"),
    pytest.param(
        "силами 366-го мотострелкового полка",
        [("366-го мотострелкового полка", "regiment-366", P)],
        id="multiword-form",
    ),
    pytest.param("Azernews сообщает", [("Azernews", "azernews", P)], id="verbatim-entry"),
]


@pytest.mark.parametrize(("text", "expected"), RU_CASES)
def test_russian_target_matcher(text: str, expected: list[tuple[str, str, Status]]) -> None:
    matches = ru().find(text)
    assert [(m.surface, m.entry, m.status) for m in matches] == expected
    assert all(text[m.start : m.end] == m.surface for m in matches)


def test_a_form_approved_for_an_alternative_wins_over_a_deprecated_one() -> None:
    [match] = ru().find("Степанакерт")
    assert (match.entry, match.name, match.alternative, match.status) == (
        "khankendi",
        "Stepanakert",
        True,
        Status.APPROVED,
    )


def test_spans_point_into_the_original_when_folding_changes_length() -> None:
    text = "Die Straße, dann das AUSSENMINISTERIUM und Gəncə."
    matches = target_matcher(GLOSSARY, "de").find(text)
    assert [(m.start, m.end, m.surface) for m in matches] == [
        (21, 38, "AUSSENMINISTERIUM"),
        (43, 48, "Gəncə"),
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("Xocalı", "XOCALI", id="dotless-i"),
        pytest.param("Gəncə", "gence", id="schwa"),
        pytest.param("Ağdərə", "Agdere", id="breve-and-schwa"),
        pytest.param("İstanbul", "istanbul", id="dotted-capital-i"),
        pytest.param("Straße", "STRASSE", id="sharp-s"),
        pytest.param("Łódź", "lodz", id="stroke-l"),
        pytest.param("Ørsted", "orsted", id="slashed-o"),
        pytest.param("Ёлка", "елка", id="cyrillic-yo"),
    ],
)
def test_fold_equates(left: str, right: str) -> None:
    assert fold(left) == fold(right)


def test_fold_keeps_cyrillic_short_i() -> None:
    assert fold("Мой") != fold("Мои")


def test_phrase_keys_keep_meaningful_punctuation() -> None:
    assert phrase_key("Nagorno-Karabakh") == ("nagorno", " ", "karabakh")
    assert phrase_key("U.S.") == ("u", ".", "s")
    assert phrase_key("Khojaly’s") == phrase_key("Khojaly's") == ("khojaly", "'", "s")


def test_matcher_is_reusable_and_stateless() -> None:
    assert source().find("Khojaly") == source().find("Khojaly")
    assert source().find("") == []


EDGES = Glossary(
    tuple(
        parse_glossary_file(
            """\
- id: stray
  kind: term
  en: Stray
  forms: ["–"]
- id: btc
  kind: organisation
  en: Baku – Tbilisi – Ceyhan pipeline
- id: ijssel
  kind: place
  en: IJssel
- id: khojaly-genocide
  kind: event
  en: Khojaly genocide
- id: baku-conference
  kind: event
  en: Baku, (Azerbaijan) conference
""",
            "edges.yaml",
        )
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "the Baku-Tbilisi-Ceyhan pipeline", ["Baku-Tbilisi-Ceyhan pipeline"],
            id="form-written-with-spaced-dashes-matches-hyphens",
        ),
        pytest.param("the Ĳssel river", ["Ĳssel"], id="ligature-folds-to-two-letters"),
        pytest.param(
            "Khojaly\n     genocide", ["Khojaly\n     genocide"], id="wrapped-and-indented-line"
        ),
        pytest.param("Khojaly\n      genocide", [], id="gap-longer-than-a-wrap-ends-a-phrase"),
        pytest.param(
            "Baku,(Azerbaijan) conference", ["Baku,(Azerbaijan) conference"],
            id="spacing-around-punctuation-ignored",
        ),
        pytest.param("Stray – and Stray", ["Stray", "Stray"], id="letterless-form-ignored"),
    ],
)  # fmt: skip
def test_edge_forms(text: str, expected: list[str]) -> None:
    """Forms are keyed like text: dashes, ligatures, wrapped lines and punctuation spacing."""
    assert [m.surface for m in source_matcher(EDGES).find(text)] == expected


# Forms shared by two entries, each time listed first in the entry that must lose it.
CLASH = Glossary(
    tuple(
        parse_glossary_file(
            """\
- id: a
  kind: place
  en: Alpha
  variants: [{form: Lachin town, status: admitted}, {form: Shared variant, status: admitted}]
  alternatives:
    - en: Berdzor
      variants: [{form: Other variant, status: admitted}]
      targets: {ru: {approved: Бердзор, admitted: [Делta], deprecated: [Эпсилон]}}
  targets:
    ru: {approved: Альфа, admitted: [Гамма], deprecated: [Дельта]}
- id: b
  kind: place
  en: Berdzor
  alternatives:
    - en: Lachin town
      variants: [{form: Shared variant, status: deprecated}]
      targets: {ru: {approved: Гамма, admitted: [Дельта], deprecated: [Альфа]}}
  variants: [{form: Other variant, status: admitted}]
  targets:
    ru: {approved: Бердзор, deprecated: [Эпсилон]}
- id: c
  kind: place
  en: Gamma town
  alternatives:
    - en: Zeta town
      targets: {ru: {approved: Зета}}
""",
            "clash.yaml",
        )
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Berdzor", ("b", "Berdzor", False, P), id="canonical-over-alternative"),
        pytest.param("Lachin town", ("b", "Lachin town", True, P),
                     id="alternative-over-variant"),
        pytest.param("Shared variant", ("a", "Alpha", False, A), id="equal-rank-earlier-entry"),
        pytest.param("Alpha", ("a", "Alpha", False, P), id="canonical-payload"),
        pytest.param("Other variant", ("a", "Berdzor", True, A),
                     id="equal-rank-alternative-variant-earlier-entry"),
    ],
)  # fmt: skip
def test_a_source_form_shared_by_two_entries(
    text: str, expected: tuple[str, str, bool, Status]
) -> None:
    [match] = source_matcher(CLASH).find(text)
    assert (match.entry, match.name, match.alternative, match.status) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Бердзор", ("b", "Berdzor", False, P), id="approved-over-alternative"),
        pytest.param("Гамма", ("b", "Lachin town", True, P),
                     id="alternative-over-admitted"),
        pytest.param("Дельта", ("b", "Lachin town", True, A),
                     id="admitted-alternative-over-deprecated"),
        pytest.param("Альфа", ("a", "Alpha", False, P), id="approved-over-deprecated"),
        pytest.param("Эпсилон", ("b", "Berdzor", False, D),
                     id="deprecated-main-over-deprecated-alternative"),
        pytest.param("Зета", ("c", "Zeta town", True, P),
                     id="alternative-of-an-entry-without-the-language"),
    ],
)  # fmt: skip
def test_a_target_form_shared_by_two_entries(
    text: str, expected: tuple[str, str, bool, Status]
) -> None:
    [match] = target_matcher(CLASH, "ru").find(text)
    assert (match.entry, match.name, match.alternative, match.status) == expected


def test_alternative_variants_and_target_forms_name_their_alternative() -> None:
    [match] = source_matcher(CLASH).find("Lachin town")
    assert match.alternative
    assert [
        (m.entry, m.name, m.alternative, m.status)
        for m in target_matcher(CLASH, "ru").find("Делta")
    ] == [("a", "Berdzor", True, A)]
    assert source_matcher(GLOSSARY).find("Stepanakert") == [
        Match(0, 11, "Stepanakert", "khankendi", "Stepanakert", True, P)
    ]
    assert source_matcher(GLOSSARY).find("Khankendi") == [
        Match(0, 9, "Khankendi", "khankendi", "Khankendi", False, P)
    ]
    alternative_variant = Glossary(
        tuple(
            parse_glossary_file(
                "- id: x\n  kind: place\n  en: Khankendi\n  alternatives:\n"
                "    - en: Stepanakert\n"
                "      variants: [{form: Stepanakerd, status: deprecated}]\n",
                "x.yaml",
            )
        )
    )
    assert source_matcher(alternative_variant).find("Stepanakerd") == [
        Match(0, 11, "Stepanakerd", "x", "Stepanakert", True, D)
    ]


# What each kind of source form claims, field by field, on the curated glossary: the
# acronym only in capitals, the demonym as a plural noun, a bare surname with its people.
@pytest.fixture(scope="module")
def curated() -> Glossary:
    return load_glossary(ROOT / "glossary")


def test_an_acronym_matches_only_in_capitals_and_alone(curated: Glossary) -> None:
    matcher = source_matcher(curated)
    [un] = matcher.find("The UN said so.")
    assert (un.surface, un.entry, un.name, un.alternative, un.status) == (
        "UN", "united-nations", "United Nations", False, Status.ADMITTED
    )  # fmt: skip
    assert [m.entry for m in matcher.find("He read un poème.")] == []
    assert [m.surface for m in matcher.find("An UN, then UN.")] == ["UN", "UN"]


def test_a_demonym_as_a_plural_noun_claims_the_entry_field_by_field(curated: Glossary) -> None:
    [noun] = source_matcher(curated).find("The Armenians left.")
    assert noun == Match(4, 13, "Armenians", "armenian", "Armenian", False, Status.APPROVED, True)
    ru = target_matcher(curated, "ru")
    # the target's noun forms (армяне) are its approved names too
    assert [(m.surface, m.status) for m in ru.find("Армяне ушли.") if m.entry == "armenian"] == [
        ("Армяне", Status.APPROVED)
    ]


def test_a_bare_surname_claims_its_people_field_by_field(curated: Glossary) -> None:
    found = [m for m in source_matcher(curated).find("Then Aliyev spoke.") if m.candidates]
    assert found
    [surname] = found
    assert surname.name == "Aliyev" and surname.alternative is False
    assert surname.status is Status.APPROVED and "heydar-aliyev" in surname.candidates


def _fold_by_definition(text: str) -> str:
    """`fold` as it is defined: each word in one script (Latin and Cyrillic look-alikes),
    casefold, then each character without its combining marks."""
    import unicodedata

    from translate.glossary.lookalikes import one_script

    out = []
    for char in one_script(text).casefold():
        if char == "й" or char.isascii():
            out.append(char)
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    letters: dict[str, str | int | None] = {
        "ı": "i", "ə": "e", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t",
        "þ": "th", "æ": "ae", "œ": "oe", "ŀ": "l", "ɨ": "i", "ß": "ss",
    }  # fmt: skip
    return "".join(out).translate(str.maketrans(letters))


@given(st.text(max_size=30) | st.text(alphabet="AaİIıəÉéßﬁＡйЙёЁ́̈ -'", max_size=30))
def test_fold_is_its_definition_on_any_text(text: str) -> None:
    """The ASCII fast path and the remembered characters change no fold."""
    assert fold(text) == _fold_by_definition(text)
    assert fold(text) == _fold_by_definition(text)  # the second time from memory


def test_a_remembering_matcher_answers_as_the_matcher_and_hands_out_its_own_list() -> None:
    plain, remembering = source_matcher(GLOSSARY), remembering_source_matcher(GLOSSARY)
    text = "Khankendi and Stepanakert, then Khankendi again."
    first = remembering.find(text)
    assert first == plain.find(text) and first
    first.clear()  # a caller's list: the next answer is whole
    assert remembering.find(text) == plain.find(text)
    assert remembering.find("Nothing here.") == []

"""The glossary model and YAML loader: what loads, and every schema error with its line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from translate.errors import GlossaryError
from translate.glossary.model import (
    Alternative,
    Entry,
    Gender,
    Glossary,
    Kind,
    Status,
    Target,
    Variant,
    file_for_kind,
)
from translate.glossary.yaml import load_glossary, parse_glossary_file

KHANKENDI = """\
# Places.
- id: khankendi
  kind: place
  en: Khankendi
  native: {az: Xankəndi}
  variants:
    - {form: Khankandi, status: admitted}
  forms: [Khankendi's]
  alternatives:
    - en: Stepanakert
      variants: [{form: Stepanakert, status: admitted}]
      note: Armenian name (1923-1991); keep it inside quotations.
      targets:
        ru: {approved: Степанакерт}
  translate: true
  note: Capital of the former NKAO; renamed Khankendi in 1991.
  review: needed
  targets:
    az: {approved: Xankəndi}
    ru:
      approved: Ханкенди
      admitted: [Ханкенды]
      deprecated: [Степанакерт]
      forms: []
      gender: m
      review: needed
    'no': {approved: Khankendi}
"""

AZERNEWS = """\
- id: azernews
  kind: organisation
  en: Azernews
  translate: false
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


def test_parses_every_field_of_the_readme_example() -> None:
    [entry] = parse_glossary_file(KHANKENDI, "places.yaml")
    assert entry == Entry(
        id="khankendi",
        kind=Kind.PLACE,
        en="Khankendi",
        native=(("az", "Xankəndi"),),
        variants=(Variant("Khankandi", Status.ADMITTED),),
        forms=("Khankendi's",),
        alternatives=(
            Alternative(
                en="Stepanakert",
                variants=(Variant("Stepanakert", Status.ADMITTED),),
                note="Armenian name (1923-1991); keep it inside quotations.",
                targets=(Target("ru", "Степанакерт"),),
            ),
        ),
        translate=True,
        note="Capital of the former NKAO; renamed Khankendi in 1991.",
        review=True,
        targets=(
            Target("az", "Xankəndi"),
            Target(
                "ru",
                "Ханкенди",
                ("Ханкенды",),
                ("Степанакерт",),
                (),
                review=True,
                gender=Gender.MASCULINE,
            ),
            Target("no", "Khankendi"),
        ),
        path="places.yaml",
        line=2,
    )


@pytest.mark.parametrize(
    ("written", "gender"),
    [
        pytest.param("es: {approved: masacre de Jodyalí, gender: f}", Gender.FEMININE, id="f"),
        pytest.param("es: {approved: genocidio de Jodyalí, gender: m}", Gender.MASCULINE, id="m"),
        pytest.param("de: {approved: Massaker von Chodschali, gender: n}", Gender.NEUTER, id="n"),
        pytest.param("es: {approved: Jodyalí}", None, id="unset"),
        pytest.param(
            "es:\n      approved: masacre de Jodyalí\n      gender: f",
            Gender.FEMININE,
            id="block-mapping",
        ),
    ],
)
def test_target_gender(written: str, gender: Gender | None) -> None:
    [entry] = parse_glossary_file(GOOD + f"  targets:\n    {written}\n", "places.yaml")
    [target] = entry.targets
    assert target.gender is gender


def test_alternative_target_gender() -> None:
    text = GOOD + (
        "  alternatives:\n    - en: Kirovabad\n      targets:\n"
        "        es: {approved: Kirovabad, gender: m}\n"
    )
    [entry] = parse_glossary_file(text, "places.yaml")
    assert entry.alternatives[0].target("es") == Target("es", "Kirovabad", gender=Gender.MASCULINE)


def test_target_lookup_and_accepted_order() -> None:
    [entry] = parse_glossary_file(KHANKENDI, "places.yaml")
    ru = entry.target("ru")
    assert ru is not None
    assert ru.accepted() == ("Ханкенди", "Ханкенды")
    assert Target("es", "armenio", ("armenia",), (), ("armenios",)).accepted() == (
        "armenio",
        "armenios",
        "armenia",
    )
    assert entry.target("de") is None
    assert entry.alternatives[0].target("ru") == Target("ru", "Степанакерт")
    assert entry.alternatives[0].target("az") is None


def test_translate_false_targets_are_the_english_name() -> None:
    [entry] = parse_glossary_file(AZERNEWS, "organisations.yaml")
    assert entry.translate is False
    assert entry.target("ru") == Target("ru", "Azernews")


def test_load_reads_every_yaml_file_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path, "places.yaml", KHANKENDI)
    write(tmp_path, "organisations.yaml", AZERNEWS)
    write(tmp_path, "notes.txt", "not a glossary file")
    glossary = load_glossary(tmp_path)
    assert [entry.id for entry in glossary] == ["azernews", "khankendi"]
    assert len(glossary) == 2
    assert glossary.get("khankendi").path == str(tmp_path / "places.yaml")
    assert glossary.get("khankendi").line == 2


def test_get_unknown_id_is_a_glossary_error() -> None:
    with pytest.raises(GlossaryError, match="no glossary entry with id 'gandja'"):
        Glossary(()).get("gandja")


def test_empty_file_has_no_entries() -> None:
    assert parse_glossary_file("# nothing yet\n", "terms.yaml") == []


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (Kind.PLACE, "places.yaml"),
        (Kind.PERSON, "people.yaml"),
        (Kind.ORGANISATION, "organisations.yaml"),
        (Kind.EVENT, "terms.yaml"),
        (Kind.TERM, "terms.yaml"),
    ],
    ids=lambda value: str(value),
)
def test_file_for_kind(kind: Kind, name: str) -> None:
    assert file_for_kind(kind) == name


GOOD = "- id: ganja\n  kind: place\n  en: Ganja\n"

SCHEMA_ERRORS = [
    pytest.param("id: ganja\n", 1, "must be a list of entries", id="top-level-mapping"),
    pytest.param(
        GOOD + "  capital: no\n", 4, "unknown key 'capital' in an entry", id="unknown-key"
    ),
    pytest.param("- id: ganja\n  kind: place\n", 1, "has no 'en'", id="missing-en"),
    pytest.param(GOOD + "  en: Gandja\n", 4, "key 'en' appears twice", id="duplicate-key"),
    pytest.param(GOOD.replace("place", "city"), 2, "kind must be one of", id="bad-kind"),
    pytest.param(GOOD.replace("ganja", "Ganja", 1), 1, "not lowercase ASCII", id="bad-id"),
    pytest.param(GOOD.replace("en: Ganja", "en: ''"), 3, "non-empty string", id="empty-en"),
    pytest.param(GOOD.replace("en: Ganja", "en: ' Ganja'"), 3, "outer spaces", id="padded-en"),
    pytest.param(
        GOOD + "  variants:\n    - {form: Gandja, status: approved}\n",
        5,
        "status must be one of admitted | deprecated",
        id="variant-approved",
    ),
    pytest.param(
        GOOD + "  variants:\n    - {form: Gandja}\n", 5, "a variant has no 'status'", id="no-status"
    ),
    pytest.param(GOOD + "  variants: Gandja\n", 4, "variants must be a list", id="variants-text"),
    pytest.param(GOOD + "  forms: Ganja's\n", 4, "forms must be a list", id="forms-text"),
    pytest.param(GOOD + "  translate: maybe\n", 4, "true or false", id="translate-not-bool"),
    pytest.param(GOOD + "  review: later\n", 4, "review must be 'needed'", id="review-value"),
    pytest.param(GOOD + "  targets: [ru]\n", 4, "must map language codes", id="targets-list"),
    pytest.param(
        GOOD + "  targets:\n    ru: Гянджа\n", 5, "target 'ru' must be a mapping", id="target-text"
    ),
    pytest.param(
        GOOD + "  targets:\n    ru: {admitted: [Гянджа]}\n",
        5,
        "target 'ru' has no 'approved'",
        id="target-no-approved",
    ),
    pytest.param(
        GOOD + "  targets:\n    ru: {approved: Гянджа, preferred: Гянджа}\n",
        5,
        "unknown key 'preferred' in target 'ru'",
        id="target-unknown-key",
    ),
    pytest.param(
        GOOD + "  targets:\n    ru: {approved: Гянджа}\n    ru: {approved: Гянжа}\n",
        6,
        "language 'ru' appears twice",
        id="target-language-twice",
    ),
    pytest.param(
        GOOD + "  alternatives:\n    - note: Soviet name\n",
        5,
        "an alternative has no 'en'",
        id="alternative-no-en",
    ),
    pytest.param(GOOD + "  note: [a, b]\n", 4, "note must be text", id="note-list"),
    pytest.param(
        GOOD + "  targets:\n    es:\n      approved: Ganyá\n      gender: feminine\n",
        7,
        "gender must be one of f | m | n, not 'feminine'",
        id="target-gender-word",
    ),
    pytest.param(
        GOOD + "  alternatives:\n    - en: Kirovabad\n      targets:\n"
        "        es: {approved: Kirovabad, gender: x}\n",
        7,
        "gender must be one of f | m | n, not 'x'",
        id="alternative-target-gender",
    ),
]


@pytest.mark.parametrize(("text", "line", "message"), SCHEMA_ERRORS)
def test_schema_errors_name_the_line(text: str, line: int, message: str) -> None:
    with pytest.raises(GlossaryError, match=message) as caught:
        parse_glossary_file(text, "places.yaml")
    assert caught.value.line == line
    assert caught.value.path == Path("places.yaml")
    assert caught.value.hint
    assert str(caught.value).startswith(f"places.yaml:{line}: ")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(GOOD + "  note: 'unclosed\n", 5, id="unclosed-quote"),
        pytest.param(GOOD + "   targets: {}\n", 4, id="bad-indentation"),
        pytest.param("- id: ganja\n- {en: [\n", 3, id="unclosed-flow"),
    ],
)
def test_yaml_syntax_errors_name_the_line(text: str, line: int) -> None:
    with pytest.raises(GlossaryError, match="YAML syntax error") as caught:
        parse_glossary_file(text, "places.yaml")
    assert caught.value.line == line


def test_missing_folder_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="glossary folder not found") as caught:
        load_glossary(tmp_path / "nowhere")
    assert "--glossary" in str(caught.value)


def test_folder_without_yaml_files(tmp_path: Path) -> None:
    write(tmp_path, "places.yml", GOOD)
    with pytest.raises(GlossaryError, match=r"no \*\.yaml glossary files"):
        load_glossary(tmp_path)


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "places.yaml").write_bytes("- id: gəncə\n".encode("utf-16"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        load_glossary(tmp_path)


def test_entry_alternative_finds_an_alternative_by_its_english_name() -> None:
    stepanakert = Alternative(en="Stepanakert", targets=(Target("ru", "Степанакерт"),))
    entry = Entry(id="khankendi", kind=Kind.PLACE, en="Khankendi", alternatives=(stepanakert,))
    assert entry.alternative("Stepanakert") is stepanakert
    assert entry.alternative("Khankendi") is None  # the entry's own name is no alternative
    assert entry.alternative("stepanakert") is None  # names are matched before this, exactly

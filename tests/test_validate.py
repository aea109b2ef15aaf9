"""Glossary validation: one test per rule, asserting rule ids, files and lines exactly."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from translate.findings import Finding, Severity
from translate.glossary.validate import language_problem, validate_glossary
from translate.glossary.yaml import load_glossary

LANGUAGES = ("ru", "tr")

GANJA = """\
- id: ganja
  kind: place
  en: Ganja
  targets:
    ru: {approved: Гянджа}
    tr: {approved: Gence}
"""


def findings(tmp_path: Path, files: dict[str, str], **options: bool) -> list[Finding]:
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text), "utf-8")
    return validate_glossary(load_glossary(tmp_path), LANGUAGES, **options)


def located(found: list[Finding]) -> list[tuple[str, str, int]]:
    return [(finding.rule, Path(finding.path).name, finding.line) for finding in found]


def test_a_clean_glossary_has_no_findings(tmp_path: Path) -> None:
    verbatim = "- id: azernews\n  kind: organisation\n  en: Azernews\n  translate: false\n"
    assert findings(tmp_path, {"places.yaml": GANJA, "organisations.yaml": verbatim}) == []


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    term = "# Terms.\n\n- id: ganja\n  kind: term\n  en: Ganjavi\n  translate: false\n"
    found = findings(tmp_path, {"places.yaml": GANJA, "terms.yaml": term})
    assert located(found) == [("glossary.duplicate-id", "terms.yaml", 3)]
    assert "places.yaml:1" in found[0].message
    assert found[0].severity is Severity.ERROR


def test_form_conflict_is_folded_and_names_both_ids(tmp_path: Path) -> None:
    gandja = """\
    - id: ganja
      kind: place
      en: Ganja
      translate: false
    - id: gandzak
      kind: place
      en: Gandzak
      variants: [{form: GANJA, status: deprecated}]
      translate: false
    - id: ganja-city
      kind: place
      en: Gánja
      translate: false
    """
    found = findings(tmp_path, {"places.yaml": gandja})
    assert located(found) == [
        ("glossary.form-conflict", "places.yaml", 5),
        ("glossary.form-conflict", "places.yaml", 10),
    ]
    assert "'ganja'" in found[0].message and "'gandzak'" in found[0].message
    assert found[1].found == "Gánja"


def test_form_conflict_within_one_entry_is_allowed(tmp_path: Path) -> None:
    khankendi = """\
    - id: khankendi
      kind: place
      en: Khankendi
      alternatives:
        - en: Stepanakert
          variants: [{form: Stepanakert, status: admitted}]
      translate: false
    """
    assert findings(tmp_path, {"places.yaml": khankendi}) == []


def test_missing_language(tmp_path: Path) -> None:
    only_ru = GANJA.replace("    tr: {approved: Gence}\n", "")
    found = findings(tmp_path, {"places.yaml": only_ru})
    assert located(found) == [("glossary.missing-language", "places.yaml", 1)]
    assert "'tr'" in found[0].message


def test_bad_language_in_targets_native_and_configuration(tmp_path: Path) -> None:
    text = (
        GANJA.replace("  targets:", "  native: {qq: Gəncə}\n  targets:") + "    xx: {approved: G}\n"
    )
    (tmp_path / "places.yaml").write_text(text, "utf-8")
    found = validate_glossary(load_glossary(tmp_path), ("ru", "tr", "zz"))
    # Sorted by path: tmp_path is absolute, so "/..." comes before "<languages>".
    assert located(found) == [
        ("glossary.bad-language", "places.yaml", 1),
        ("glossary.bad-language", "places.yaml", 1),
        ("glossary.missing-language", "places.yaml", 1),
        ("glossary.bad-language", "<languages>", 0),
    ]
    assert sorted(f.found for f in found[:2]) == ["qq", "xx"]
    assert "'zz'" in found[2].message and "'zz'" in found[3].message


def test_approved_form_also_deprecated(tmp_path: Path) -> None:
    text = GANJA.replace("{approved: Гянджа}", "{approved: Гянджа, deprecated: [гянджа]}")
    text += "- id: khojaly\n  kind: place\n  en: Khojaly\n  translate: false\n"
    text += "  variants: [{form: Khojaly, status: deprecated}]\n"
    found = findings(tmp_path, {"places.yaml": text})
    assert located(found) == [
        ("glossary.approved-deprecated", "places.yaml", 1),
        ("glossary.approved-deprecated", "places.yaml", 7),
    ]


def test_kind_must_match_the_file(tmp_path: Path) -> None:
    person = "- id: nizami\n  kind: person\n  en: Nizami Ganjavi\n  translate: false\n"
    other = person.replace("nizami", "fuzuli").replace("Nizami Ganjavi", "Fuzuli")
    found = findings(tmp_path, {"places.yaml": GANJA + person, "extra.yaml": other})
    assert located(found) == [("glossary.kind-file", "places.yaml", 7)]
    assert "places.yaml holds place entries" in found[0].message


@pytest.mark.parametrize(
    ("name", "kind", "ok"),
    [
        ("places.yaml", "place", True),
        ("people.yaml", "person", True),
        ("organisations.yaml", "organisation", True),
        ("terms.yaml", "event", True),
        ("terms.yaml", "term", True),
        ("terms.yaml", "place", False),
        ("people.yaml", "organisation", False),
        ("misc.yaml", "person", True),
    ],
    ids=lambda value: str(value),
)
def test_kind_file_table(tmp_path: Path, name: str, kind: str, ok: bool) -> None:
    text = f"- id: x\n  kind: {kind}\n  en: X\n  translate: false\n"
    assert (findings(tmp_path, {name: text}) == []) is ok


def test_review_needed_is_info_and_only_on_request(tmp_path: Path) -> None:
    text = GANJA.replace("{approved: Gence}", "{approved: Gence, review: needed}")
    assert findings(tmp_path, {"places.yaml": text}) == []
    found = findings(tmp_path, {"places.yaml": text}, include_info=True)
    assert located(found) == [("glossary.review-needed", "places.yaml", 1)]
    assert found[0].severity is Severity.INFO
    assert found[0].message == "'ganja' needs review: tr"


def test_findings_are_sorted_and_deterministic(tmp_path: Path) -> None:
    text = GANJA.replace("    tr: {approved: Gence}\n", "") + GANJA.replace("ganja", "gandja")
    first = findings(tmp_path, {"places.yaml": text, "terms.yaml": GANJA})
    assert first == sorted(first)
    assert first == findings(tmp_path, {})


@pytest.mark.parametrize(
    ("code", "ok"),
    [("az", True), ("ru", True), ("no", True), ("pt-BR", True), ("pt_BR", True), ("xx", False)],
    ids=lambda value: str(value),
)
def test_language_problem(code: str, ok: bool) -> None:
    assert (language_problem(code) is None) is ok


def _with_tr(form: str) -> str:
    """GANJA with *form* (YAML double-quoted escapes allowed) as its Turkish approved form."""
    return GANJA.replace("{approved: Gence}", f'{{approved: "{form}"}}')


@pytest.mark.parametrize(
    ("form", "rule"),
    [
        pytest.param("Gen\\u200bce", "glossary.hidden-character", id="zero-width-space"),
        pytest.param("Gen\\u200cce", "glossary.hidden-character", id="zwnj-in-latin"),
        pytest.param("Gen\\u200dce", "glossary.hidden-character", id="zwj-in-latin"),
        pytest.param("Gen\\u00adce", "glossary.hidden-character", id="soft-hyphen"),
        pytest.param("\\ufeffGence", "glossary.hidden-character", id="bom"),
        pytest.param("Gence\\u200e", "glossary.hidden-character", id="lrm"),
        pytest.param("Gence\\u200f", "glossary.hidden-character", id="rlm"),
        pytest.param("\\u202aGence\\u202c", "glossary.hidden-character", id="lre-pdf"),
        pytest.param("\\u202eecneG", "glossary.hidden-character", id="rlo"),
        pytest.param("\\u2066Gence\\u2069", "glossary.hidden-character", id="lri-pdi"),
        pytest.param("Gen\\u2060ce", "glossary.hidden-character", id="word-joiner"),
        pytest.param("Gence\\ufe0f", "glossary.hidden-character", id="variation-selector"),
        pytest.param("Gen\\u034fce", "glossary.hidden-character", id="grapheme-joiner"),
        pytest.param("Yeni\\u00a0Gence", "glossary.hidden-character", id="no-break-space"),
        pytest.param("Gen\\x07ce", "glossary.hidden-character", id="control"),
        pytest.param("G\\u0435nce", "glossary.mixed-script", id="cyrillic-e-in-latin"),
        pytest.param("\\u0391tina", "glossary.mixed-script", id="greek-alpha-in-latin"),
        pytest.param("Ｇence", "glossary.mixed-script", id="fullwidth-in-latin"),
        pytest.param("Gence", None, id="plain"),
        pytest.param("Hocalı'nın 2. bölgesi", None, id="turkish-apostrophe-digits"),
        pytest.param("Радио Azadlıq", None, id="two-scripts-two-words"),
        pytest.param("Xankəndi", None, id="schwa-is-latin"),
        pytest.param("Gəncəʼ", None, id="modifier-apostrophe"),
        pytest.param("می\\u200cخواهم", None, id="zwnj-in-persian"),
        pytest.param("東京タワー", None, id="kanji-and-kana"),
        pytest.param("Gence\\u0301", None, id="combining-accent"),
    ],
)
def test_hidden_characters_and_mixed_scripts(tmp_path: Path, form: str, rule: str | None) -> None:
    found = findings(tmp_path, {"places.yaml": _with_tr(form)})
    assert located(found) == ([(rule, "places.yaml", 1)] if rule else [])
    if rule:
        assert found[0].severity is Severity.ERROR
        assert "\n" not in found[0].message and "U+" in found[0].message


def test_every_kind_of_form_is_checked(tmp_path: Path) -> None:
    text = GANJA.replace("en: Ganja", 'en: "Gan\\u200bja"\n  native: {az: "G\\u0259nc\\u0259"}')
    text = text.replace("{approved: Гянджа}", '{approved: Гянджа, deprecated: ["Гяндж\\u0061"]}')
    text += '- id: baku\n  kind: place\n  en: Baku\n  variants: [{form: "Bak\\u0443", '
    text += "status: deprecated}]\n  translate: false\n"
    found = findings(tmp_path, {"places.yaml": text})
    assert [(f.rule, f.line, f.found) for f in found] == [
        # The matcher reads a mixed-script word in its main script: Гянджa is Гянджа.
        ("glossary.approved-deprecated", 1, "Гянджa"),
        ("glossary.hidden-character", 1, "Gan\u200bja"),
        ("glossary.mixed-script", 1, "Гянджa"),
        ("glossary.mixed-script", 8, "Bakу"),
    ]
    found = found[1:]
    assert found[1].message == (
        "'Гянджa': the word 'Гянджa' mixes CYRILLIC and LATIN letters "
        "(U+0061 LATIN SMALL LETTER A); retype it in one script"
    )
    assert found[0].message == (
        "'Gan\\u200bja' contains U+200B ZERO WIDTH SPACE, which a reader cannot see; "
        "retype the form without it"
    )

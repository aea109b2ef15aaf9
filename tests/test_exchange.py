"""Exchange formats: TBX v3 round trip, TBX 2008 import, OmegaT TSV, Weblate CSV, YAML."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from translate.errors import GlossaryError
from translate.glossary.exchange import to_csv, to_tsv
from translate.glossary.model import Entry, Gender, Glossary, Kind, Status, Target, Variant
from translate.glossary.tbx import from_tbx, to_tbx
from translate.glossary.yaml import load_glossary, parse_glossary_file, to_yaml

FIXTURE = """\
- id: khankendi
  kind: place
  en: Khankendi
  native: {az: Xankəndi, hy: Ստեփանակերտ}
  variants:
    - {form: Khankandi, status: admitted}
    - {form: Hankendi, status: deprecated}
  forms: [Khankendi's]
  alternatives:
    - en: Stepanakert
      variants: [{form: Stepanakert, status: admitted}]
      note: Armenian name (1923-1991); keep it inside quotations.
      targets:
        ru: {approved: Степанакерт, forms: [Степанакерта], gender: m}
  note: Capital of the former NKAO; renamed Khankendi in 1991.
  review: needed
  targets:
    az: {approved: Xankəndi}
    ru:
      approved: Ханкенди
      admitted: [Ханкенды]
      deprecated: [Степанакерт]
      forms: [Ханкенде]
      review: needed
- id: 366th-regiment
  kind: organisation
  en: 366th Motorized Rifle Regiment
  variants: [{form: 366th motor rifle regiment, status: admitted}]
  targets:
    az: {approved: 366-cı motoatıcı alay}
    ru: {approved: 366-й мотострелковый полк, gender: m}
- id: azernews
  kind: organisation
  en: Azernews
  translate: false
- id: armenian
  kind: term
  en: Armenian
  forms: [Armenians]
  targets:
    ru: {approved: армянский, forms: [армяне]}
"""
LANGUAGES = ("az", "ru")
GLOSSARY = Glossary(tuple(parse_glossary_file(FIXTURE, "fixture.yaml")))
NS = "{urn:iso:std:iso:30042:ed-2}"


def without_location(glossary: Glossary) -> list[Entry]:
    return [replace(entry, path="", line=0) for entry in glossary]


def in_language_order(glossary: Glossary, languages: tuple[str, ...]) -> list[Entry]:
    """Entries without location, targets in *languages* order (TBX writes them that way)."""

    def ordered(targets: tuple[Target, ...]) -> tuple[Target, ...]:
        return tuple(sorted(targets, key=lambda target: languages.index(target.language)))

    return [
        replace(
            entry,
            targets=ordered(entry.targets),
            alternatives=tuple(
                replace(alt, targets=ordered(alt.targets)) for alt in entry.alternatives
            ),
        )
        for entry in without_location(glossary)
    ]


def test_tbx_round_trip_keeps_every_field() -> None:
    back = from_tbx(to_tbx(GLOSSARY, LANGUAGES), "fixture.tbx")
    assert without_location(back) == without_location(GLOSSARY)
    assert [entry.path for entry in back] == ["fixture.tbx"] * 4


def test_tbx_is_tbx_basic_v3_and_deterministic() -> None:
    text = to_tbx(GLOSSARY, LANGUAGES)
    assert text == to_tbx(GLOSSARY, LANGUAGES)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" ')
    root = ET.fromstring(text)
    assert root.tag == f"{NS}tbx"
    assert (root.get("type"), root.get("style")) == ("TBX-Basic", "dca")
    concepts = root.findall(f".//{NS}conceptEntry")
    ids = [concept.get("id") for concept in concepts]
    assert ids == ["khankendi", "khankendi.1", "_366th-regiment", "azernews", "armenian"]
    assert concepts[0].findtext(f"{NS}descrip[@type='subjectField']") == "place"
    alternative = concepts[1].find(f"{NS}ref[@type='crossReference']")
    assert alternative is not None and alternative.get("target") == "khankendi"


def statuses(text: str, concept_id: str, language: str) -> list[tuple[str, str, str]]:
    """(term, administrativeStatus, termType) of one language section."""
    root = ET.fromstring(text)
    concept = root.find(f".//{NS}conceptEntry[@id='{concept_id}']")
    assert concept is not None
    section = next(
        sec
        for sec in concept.findall(f"{NS}langSec")
        if sec.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    )
    return [
        (
            term_sec.findtext(f"{NS}term") or "",
            term_sec.findtext(f"{NS}termNote[@type='administrativeStatus']") or "",
            term_sec.findtext(f"{NS}termNote[@type='termType']") or "",
        )
        for term_sec in section.findall(f"{NS}termSec")
    ]


@pytest.mark.parametrize(
    ("concept", "language", "expected"),
    [
        pytest.param(
            "khankendi",
            "en",
            [
                ("Khankendi", "preferredTerm-admn-sts", ""),
                ("Khankendi's", "preferredTerm-admn-sts", "variant"),
                ("Khankandi", "admittedTerm-admn-sts", "variant"),
                ("Hankendi", "deprecatedTerm-admn-sts", "variant"),
            ],
            id="english-name-forms-variants",
        ),
        pytest.param(
            "khankendi",
            "ru",
            [
                ("Ханкенди", "preferredTerm-admn-sts", ""),
                ("Ханкенде", "preferredTerm-admn-sts", "variant"),
                ("Ханкенды", "admittedTerm-admn-sts", ""),
                ("Степанакерт", "deprecatedTerm-admn-sts", ""),
            ],
            id="target-approved-forms-admitted-deprecated",
        ),
        pytest.param("khankendi", "hy", [("Ստեփանակերտ", "", "")], id="native-only-language"),
        pytest.param(
            "azernews", "ru", [("Azernews", "preferredTerm-admn-sts", "")], id="verbatim-name"
        ),
    ],
)
def test_tbx_term_statuses(concept: str, language: str, expected: list[tuple[str, ...]]) -> None:
    assert statuses(to_tbx(GLOSSARY, LANGUAGES), concept, language) == expected


def genders(text: str, concept_id: str, language: str) -> list[tuple[str, str | None]]:
    """(term, grammaticalGender) of one language section."""
    root = ET.fromstring(text)
    section = root.find(
        f".//{NS}conceptEntry[@id='{concept_id}']/{NS}langSec"
        f"[@{{http://www.w3.org/XML/1998/namespace}}lang='{language}']"
    )
    assert section is not None
    return [
        (
            term_sec.findtext(f"{NS}term") or "",
            term_sec.findtext(f"{NS}termNote[@type='grammaticalGender']"),
        )
        for term_sec in section.findall(f"{NS}termSec")
    ]


@pytest.mark.parametrize(
    ("concept", "language", "expected"),
    [
        pytest.param(
            "_366th-regiment",
            "ru",
            [("366-й мотострелковый полк", "masculine")],
            id="entry-target",
        ),
        pytest.param(
            "khankendi.1",
            "ru",
            [("Степанакерт", "masculine"), ("Степанакерта", None)],
            id="alternative-target-approved-term-only",
        ),
        pytest.param(
            "khankendi",
            "ru",
            [("Ханкенди", None), ("Ханкенде", None), ("Ханкенды", None), ("Степанакерт", None)],
            id="no-gender",
        ),
    ],
)
def test_tbx_grammatical_gender(
    concept: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert genders(to_tbx(GLOSSARY, LANGUAGES), concept, language) == expected


def test_tbx_round_trip_carries_gender() -> None:
    back = from_tbx(to_tbx(GLOSSARY, LANGUAGES), "fixture.tbx")
    regiment = back.get("366th-regiment").target("ru")
    stepanakert = back.get("khankendi").alternatives[0].target("ru")
    assert regiment is not None and regiment.gender is Gender.MASCULINE
    assert stepanakert is not None and stepanakert.gender is Gender.MASCULINE


MARTIF = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Exported</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="c1">
        <descrip type="subjectField">place</descrip>
        <note>Second city of Azerbaijan.</note>
        <langSet xml:lang="en-US">
          <tig>
            <term>Ganja</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <ntig>
            <termGrp>
              <term>Gyandzha</term>
              <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
            </termGrp>
          </ntig>
          <tig><term>Gandja</term></tig>
        </langSet>
        <langSet xml:lang="ru">
          <tig><term>Гянджа</term></tig>
          <tig>
            <term>Кировабад</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </tig>
        </langSet>
      </termEntry>
      <termEntry id="Term 2">
        <descrip type="subjectField">Geography</descrip>
        <langSet xml:lang="en"><tig><term>Kura <hi>River</hi></term></tig></langSet>
        <langSet xml:lang="de"><tig><term>Kura</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""


def test_tbx_2008_martif_import() -> None:
    ganja, kura = from_tbx(MARTIF, "old.tbx")
    assert ganja == Entry(
        id="c1",
        kind=Kind.PLACE,
        en="Ganja",
        variants=(Variant("Gyandzha", Status.DEPRECATED), Variant("Gandja", Status.ADMITTED)),
        note="Second city of Azerbaijan.",
        targets=(Target("ru", "Гянджа", deprecated=("Кировабад",)),),
        path="old.tbx",
        line=7,
    )
    assert (kura.id, kura.kind, kura.en) == ("term-2", Kind.TERM, "Kura River")
    assert kura.note == "Subject field: Geography."
    assert kura.targets == (Target("de", "Kura"),)


GENDERED_MARTIF = """\
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="khojaly-massacre">
    <langSet xml:lang="en"><tig><term>Khojaly massacre</term></tig></langSet>
    <langSet xml:lang="es">
      <tig>
        <term>masacre de Jodyalí</term>
        <termNote type="grammaticalGender">{es}</termNote>
      </tig>
    </langSet>
    <langSet xml:lang="de">
      <ntig>
        <termGrp>
          <term>Massaker von Chodschali</term>
          <termNote type="grammaticalGender">{de}</termNote>
        </termGrp>
      </ntig>
    </langSet>
  </termEntry>
</body></text></martif>
"""


@pytest.mark.parametrize(
    ("es", "de", "expected"),
    [
        pytest.param(
            "feminine",
            "neuter",
            {"es": Gender.FEMININE, "de": Gender.NEUTER},
            id="tig-and-ntig-termGrp",
        ),
        pytest.param(
            "masculine", "other", {"es": Gender.MASCULINE, "de": None}, id="other-is-left-out"
        ),
    ],
)
def test_tbx_2008_martif_import_reads_gender(
    es: str, de: str, expected: dict[str, Gender | None]
) -> None:
    [entry] = from_tbx(GENDERED_MARTIF.format(es=es, de=de), "old.tbx")
    assert {target.language: target.gender for target in entry.targets} == expected


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param("<tbx>\n<text>\n</tbx>", 3, "XML syntax error: mismatched tag", id="syntax"),
        pytest.param("<?xml version='1.0'?>\n\n<xliff/>", 3, "not a TBX document", id="not-tbx"),
        pytest.param(
            "<martif><text><body>\n<termEntry id='a'><langSet xml:lang='de'><tig><term>X</term>"
            "</tig></langSet></termEntry></body></text></martif>",
            2,
            "concept has no English term",
            id="no-english",
        ),
        pytest.param(
            "<tbx><text><body><conceptEntry id='a'><langSec xml:lang='en'>\n<termSec>"
            "<term> </term></termSec></langSec></conceptEntry></body></text></tbx>",
            2,
            "empty <term>",
            id="empty-term",
        ),
    ],
)
def test_tbx_errors_name_path_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(GlossaryError, match=message) as caught:
        from_tbx(text, "bad.tbx")
    assert (caught.value.path, caught.value.line) == (Path("bad.tbx"), line)


def test_omegat_tsv() -> None:
    rows = [line.split("\t") for line in to_tsv(GLOSSARY, "ru").splitlines()]
    assert all(len(row) == 3 for row in rows)
    assert [row[:2] for row in rows] == [
        ["Khankendi", "Ханкенди"],
        ["Khankendi's", "Ханкенди"],
        ["Khankandi", "Ханкенди"],
        ["Hankendi", "Ханкенди"],
        ["Stepanakert", "Степанакерт"],
        ["366th Motorized Rifle Regiment", "366-й мотострелковый полк"],
        ["366th motor rifle regiment", "366-й мотострелковый полк"],
        ["Azernews", "Azernews"],
        ["Armenian", "армянский"],
        ["Armenians", "армянский"],
    ]
    assert rows[3][2] == (
        "Deprecated spelling of Khankendi. "
        "Capital of the former NKAO; renamed Khankendi in 1991. "
        "Also acceptable: Ханкенды. Do not use: Степанакерт."
    )
    assert rows[7][2] == "Keep it verbatim."


def test_weblate_csv() -> None:
    text = to_csv(GLOSSARY, "az")
    assert text.splitlines()[0] == "source,target,context,developer_comments"
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["source"], row["target"], row["context"]) for row in rows] == [
        ("Khankendi", "Xankəndi", "khankendi"),
        ("Khankendi's", "Xankəndi", "khankendi"),
        ("Khankandi", "Xankəndi", "khankendi"),
        ("Hankendi", "Xankəndi", "khankendi"),
        ("366th Motorized Rifle Regiment", "366-cı motoatıcı alay", "366th-regiment"),
        ("366th motor rifle regiment", "366-cı motoatıcı alay", "366th-regiment"),
        ("Azernews", "Azernews", "azernews"),
    ]


YAML_ENTRY = """\
- id: khankendi
  kind: place
  en: Khankendi
  native: {az: Xankəndi}
  variants:
    - {form: Khankandi, status: admitted}
  forms: [Khankendi's]
  note: 'Renamed in 1991: see Stepanakert.'
  review: needed
  targets:
    az: {approved: Xankəndi}
    ru:
      approved: Ханкенди
      deprecated: [Степанакерт]
    'no': {approved: Khankendi}
"""


def test_yaml_follows_the_readme_layout() -> None:
    assert to_yaml(Glossary(tuple(parse_glossary_file(YAML_ENTRY, "places.yaml")))) == YAML_ENTRY


GENDERED_YAML = """\
- id: khojaly-genocide
  kind: event
  en: Khojaly genocide
  alternatives:
    - en: Khojaly massacre
      targets:
        es: {approved: masacre de Jodyalí, gender: f}
  targets:
    es:
      approved: genocidio de Jodyalí
      forms: [genocidios de Jodyalí]
      gender: m
      review: needed
    fr: {approved: génocide de Khodjaly, gender: m}
    de: {approved: Völkermord von Chodschali}
"""


def test_yaml_writes_gender_after_forms_and_before_review() -> None:
    glossary = Glossary(tuple(parse_glossary_file(GENDERED_YAML, "terms.yaml")))
    assert to_yaml(glossary) == GENDERED_YAML


def test_yaml_round_trip_separates_entries_with_a_blank_line() -> None:
    text = to_yaml(GLOSSARY)
    assert "\n\n- id: 366th-regiment\n" in text
    assert without_location(Glossary(tuple(parse_glossary_file(text, "x.yaml")))) == (
        without_location(GLOSSARY)
    )


REAL = Path(__file__).resolve().parent.parent / "glossary"


@pytest.mark.skipif(not any(REAL.glob("*.yaml")), reason="the real glossary is not written yet")
def test_real_glossary_survives_tbx_and_yaml_round_trips() -> None:
    glossary = load_glossary(REAL)
    every = [t.language for e in glossary for t in e.targets]
    every += [t.language for e in glossary for a in e.alternatives for t in a.targets]
    languages = tuple(dict.fromkeys(["az", "ru", "tr", "es", "fr", "de", *every]))
    back = from_tbx(to_tbx(glossary, languages), "real.tbx")
    assert without_location(back) == in_language_order(glossary, languages)
    again = Glossary(tuple(parse_glossary_file(to_yaml(glossary), "all.yaml")))
    assert without_location(again) == without_location(glossary)

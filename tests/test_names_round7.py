"""The names finder on the classes the sixth blind set showed (issue 11, seventh round):
organisations nested with ``of the``. Every sentence is written for these tests, from no
labelled set; places and bodies are invented."""

from __future__ import annotations

import pytest
from conftest import ROOT, needs_apertium

from translate.glossary.gazetteer import is_demonym
from translate.glossary.matcher import Matcher, source_matcher
from translate.glossary.model import Glossary
from translate.glossary.names import find_names
from translate.glossary.yaml import load_glossary
from translate.text.articles import parse_article
from translate.text.segments import credit_segments, segment_article


def names_in(text: str, matcher: Matcher | None = None) -> list[str]:
    article = parse_article(text, "t.txt")
    segments = (*credit_segments(article), *segment_article(article))
    return [o.name for o in find_names(segments, matcher or source_matcher(Glossary(())))]


CASES = [
    # A head noun with its own complement, "of the", then a name with its own head noun: one
    # name, the body's full name (a body "of" another is one name since the twenty-fifth round).
    ("institute-of-x-of-an-academy",
     "Divers from the Institute of Limnology of the Gonur Academy of Arts surveyed it.",
     ["Institute of Limnology of the Gonur Academy of Arts"]),
    # A modified head noun, "of the", then an acronym: one name as well.
    ("centre-of-an-acronym", "The Ujar Research Centre of the IWMB opened in May.",
     ["Ujar Research Centre of the IWMB"]),
    # ... not a treaty's subject after "on", nor a body of a state, nor a bare "Council".
    ("treaty-on-a-subject-of-a-sea",
     "They cited the Convention on the Fishing Rights of the Gonur Sea and the Penal Code of "
     "the Ujar Republic.",
     ["Convention on the Fishing Rights of the Gonur Sea", "Penal Code of the Ujar Republic"]),
    # An agent noun in -ist opening a sentence before a person is what the person does.
    ("occupation-before-a-person",
     "Volcanologist Aibek Turdu uly of the Gonur State University spoke. Pharmacologist "
     "Asel Omur Bek, 41, agreed.",
     ["Aibek Turdu uly", "Gonur State University", "Asel Omur Bek"]),
    # A person "of the" a body whose titles after "of" go on with a joiner: two names.
    ("person-of-a-body-of-titles-for-something",
     "Their lawyer, Aibek Turdu of the Union of Engineers for Peace, spoke; the Council of "
     "Ministers Asel Omur met.",
     ["Aibek Turdu", "Union of Engineers for Peace", "Council of Ministers", "Asel Omur"]),
    # A head noun's complement after "on" is no person after an organisation.
    ("complement-after-on-is-no-person",
     "They cited the Regional Charter on Water Rights and the Gonur Council Asel Omur.",
     ["Regional Charter on Water Rights", "Gonur Council", "Asel Omur"]),
    # A comma list after "the" and two words, then "and" and a head noun: one name.
    ("two-words-then-a-list-and-a-head-noun",
     "He met the Gonur Unity, Labour and Democracy Commission in Ujar, then Asel Omur, "
     "Aibek Turdu and Ulan Kasym.",
     ["Gonur Unity, Labour and Democracy Commission", "Ujar", "Asel Omur", "Aibek Turdu",
      "Ulan Kasym"]),
    # A court or office led by a place and an ordinal, or by titles before its head noun.
    ("place-ordinal-court-and-titled-office",
     "The 18th Gonur Film Festival opened as the Gonur 5th High Criminal Court and the "
     "Gonur Chief Public Prosecutor's Office met the Ujar Deputy Prime Minister Asel Omur.",
     ["Gonur Film Festival", "Gonur 5th High Criminal Court",
      "Gonur Chief Public Prosecutor's Office", "Ujar", "Asel Omur"]),
    # A capitalised "The" inside a sentence is the name's own; a dateline's dash after a
    # period opens a sentence, whose "The" is not.
    ("the-inside-a-sentence",
     "UJAR. – The Gonur Council met. The mayor told The Ujar Courier that The Kesh was shut.",
     ["Gonur Council", "The Ujar Courier", "The Kesh"]),
    # Lower-case particles inside a person's name: van 't, bin, al-.
    ("lower-case-particles",
     "He threw Dutch judoka Karel van 't Hoff, and Ali bin Omar al-Kesh won.",
     ["Karel van 't Hoff", "Ali bin Omar al-Kesh"]),
    # Initials before a name are inside it.
    ("initials-inside-a-name",
     "Birds were counted by biologists from V. N. Gonur Ujar National University and by "
     "J. Smith.",
     ["V. N. Gonur Ujar National University", "J. Smith"]),
    # A brand whose capital follows one or two lower-case letters, anywhere in a sentence.
    ("lower-case-brands",
     "Voters can watch on eKesh and iUjar, or read mRNA news. eGonur opened.",
     ["eKesh", "iUjar", "eGonur"]),
    # A work's title translated in brackets after it is no name of its own.
    ("translated-title-in-brackets",
     "She made the documentary \"Ujar Gonur Kesh\" (My Mother's Songs) with \"Gonur\" (Kesh).",
     ["Ujar Gonur Kesh", "Gonur", "Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round7_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_body_of_a_known_name_is_one_name_with_it() -> None:
    """The glossary knows the European Union and the Council of Europe: a service of the one
    and the Assembly of the other are each one name with it, the body's full name."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = (
        "Data go to the Gonur Flood Warning Service of the European Union, and the "
        "Parliamentary Assembly of the Council of Europe reads them."
    )
    assert names_in(text, matcher) == [
        "Gonur Flood Warning Service of the European Union",
        "Parliamentary Assembly of the Council of Europe",
    ]


def test_the_people_of_a_land_named_with_stan_is_a_demonym() -> None:
    assert is_demonym("Afghan")
    assert is_demonym("Afghans")
    assert not is_demonym("Afghanistan")
    assert not is_demonym("Pak")


def test_a_headline_read_as_a_paragraph_names_only_what_the_body_names() -> None:
    """When the date line carries the outlet, the reader reads no title: the title-case line
    after it is still a headline (its capitals prove nothing), and the outlet's line is one
    name, "The" and all."""
    text = (
        " date 2026-01-02 The Gonur Herald\n"
        "Ujar Dam Floods Kesh as Farmers Count the Losses\n\n"
        "The Ujar dam broke on Monday, the paper said. Water reached Kesh by noon.\n"
    )
    assert names_in(text) == ["The Gonur Herald", "Ujar", "Kesh", "Ujar", "Kesh"]


def test_a_line_that_ends_a_sentence_is_no_headline() -> None:
    text = " date 2026-01-02 Gonur\nThe Ujar Dam Floods Kesh as Farmers Count the Losses.\n"
    assert "Ujar Dam Floods Kesh" in names_in(text)


@needs_apertium
def test_an_outlet_in_lower_case_on_the_date_line() -> None:
    """One lower-case word on the date line that the body writes again is the outlet; a
    common English word there is not."""
    outlet = (
        " date 2026-01-02 gonurnews\nFloods hit Kesh\n\n"
        "Water reached Kesh, gonurnews's reporter said.\n"
    )
    common = " date 2026-01-02 floods\nFloods hit Kesh\n\nThe floods reached Kesh.\n"
    assert names_in(outlet) == ["gonurnews", "Kesh", "Kesh"]
    assert names_in(common) == ["Kesh", "Kesh"]

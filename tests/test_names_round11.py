"""The names finder on classes the tenth blind set showed (issue 11, eleventh round): sites
in lower case, dashes inside names, a one-letter network ending a sentence, an outlet on the
date line. Every sentence is written for
these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from conftest import ROOT, needs_apertium
from test_names_round7 import names_in
from test_names_round10 import kinds

from translate.glossary.matcher import source_matcher
from translate.glossary.suggest import NameKind
from translate.glossary.yaml import load_glossary

CASES = [
    # A site's domain in lower case is a name, a country's domain or a generic one ...
    ("lower-case-domain",
     "Rain fell on Kesh, according to the weather service gonurmeteo.kg on Monday.",
     ["Kesh", "gonurmeteo.kg"]),
    ("lower-case-domain-of-several-parts",
     "Claims are made through the aid.gov.kg platform, Asel Omur said.",
     ["aid.gov.kg", "Asel Omur"]),
    # ... not an abbreviation's periods, nor a web address's host.
    ("abbreviations-are-no-domains",
     "Asel Omur arrived at 9 a.m., e.g. before the rain, said https://kesh.kg/news today.",
     ["Asel Omur"]),
    # An en dash between two words, no space around it, joins them as a hyphen does: one
    # name before a head noun ...
    ("en-dash-before-a-head-noun",
     "Ships reach Ujar through the Gonur–Kesh Canal each spring.",
     ["Ujar", "Gonur–Kesh Canal"]),
    # ... two places before a route noun in lower case ...
    ("en-dash-before-a-route-noun",
     "Trucks use the Gonur–Kesh road, and Kesh is busy.",
     ["Gonur", "Kesh", "Kesh"]),
    # ... also with a word for what it carries before the route noun ...
    ("en-dash-before-a-freight-line",
     "Farmers in Gonur will fund a Kesh–Ujarabad freight line.",
     ["Gonur", "Kesh", "Ujarabad"]),
    # ... but before a name of several words that ends in no head noun, the dash links two
    # names (a place of two words after it).
    ("en-dash-before-a-place-of-two-words",
     "The Gonur–Novi Kesh railway opened.",
     ["Gonur", "Novi Kesh"]),
    # ... and a body's branch in a place, though the article writes the head noun alone.
    ("en-dash-a-bodys-branch-in-a-place",
     "The Ujar Citizens' Forum–Kesh said the Forum would send 60 observers to Kesh.",
     ["Ujar Citizens' Forum–Kesh", "Kesh"]),
    # A one-letter network ending a sentence is no initial of the next sentence's first word,
    # when that word opens sentences or is a place ...
    ("one-letter-network-before-a-city",
     "Asel Omur wrote on X. Tbilisi is expected to reply.",
     ["Asel Omur", "X", "Tbilisi"]),
    ("one-letter-network-before-an-opener",
     "She wrote on X. The ministry said nothing.",
     ["X"]),
    ("one-letter-network-ends-the-text",
     "Asel Omur wrote on X.",
     ["Asel Omur", "X"]),
    # ... but an initial before a surname stays the person's.
    ("initial-before-a-surname",
     "He gave the award to A. Ujarbek in May.",
     ["A. Ujarbek"]),
    # A film's title after the noun for it, unquoted, to the comma: one name, its place and
    # all ...
    ("unquoted-title-after-film",
     "They include Asel Omur's new film The Silent Hunter of Gonur, which won in Kesh.",
     ["Asel Omur", "The Silent Hunter of Gonur", "Kesh"]),
    # ... and a title opening a sentence before "a drama by" in apposition.
    ("title-before-a-drama-by",
     "Winter in Gonur, a drama by the Kazakh director Asel Omur, opens.",
     ["Winter in Gonur", "Asel Omur"]),
    # A film critic is no film: the person stays a person.
    ("film-critic-is-no-title",
     "Asel Omur, a film critic, praised Kesh.",
     ["Asel Omur", "Kesh"]),
    # A number after another language's small word, before a capital, is inside the name.
    ("number-inside-a-foreign-name",
     "She directs the Festival des 3 Continents in Kesh.",
     ["Festival des 3 Continents", "Kesh"]),
    # A lower-case noun that says what kind of body a run of capitals names makes it one name,
    # common words inside (a party after a person's possessive) ...
    ("party-of-common-words",
     "Asel Omur's Civil Harvest party won in Kesh.",
     ["Asel Omur", "Civil Harvest", "Kesh"]),
    # ... a compound of places that ends it included (the place after the hyphen is a name
    # of its own too) ...
    ("programme-with-a-compound-of-places",
     "Farms in Kesh and Ujar are paid by the Gonurreg NEXT Kesh-Ujar programme.",
     ["Kesh", "Ujar", "Gonurreg NEXT Kesh-Ujar", "Ujar"]),
    # ... but not a common word alone, nor titles only.
    ("common-words-before-a-kind",
     "The State programme and the Foreign Minister campaign began in Kesh.",
     ["Kesh"]),
    # An "and" after a complement before a land or a CLDR city joins two names ...
    ("and-before-a-city-after-a-complement",
     "The storm moves to the Sea of Gonur and Istanbul on Sunday.",
     ["Sea of Gonur", "Istanbul"]),
    ("and-before-a-land-after-a-complement",
     "Rain hit the Gulf of Kesh and Georgia.",
     ["Gulf of Kesh", "Georgia"]),
    # ... not before a field of the complement.
    ("and-before-a-field-stays-inside",
     "The Institute of Soil and Water Studies met in Kesh.",
     ["Institute of Soil and Water Studies", "Kesh"]),
    # What a credit names after its colon is a name, though the colon opens a clause; a code
    # in capitals before its version is a licence, no name.
    ("credit-after-its-colon-and-a-licence",
     "Main photo credit: GNRA (under CC BY-SA 4.0)",
     ["GNRA"]),
    # ... but an acronym before an amount is a name all the same.
    ("acronym-before-an-amount",
     "The GBRD 2.5 billion loan reached Kesh.",
     ["GBRD", "Kesh"]),
    ("source-after-its-colon",
     "Asel Omur spoke in Kesh. Source: Gonurstat",
     ["Asel Omur", "Kesh", "Gonurstat"]),
]  # fmt: skip

#: Cases that need the English lexicon to keep common words together (Ports and Roads).
LEXICON_CASES = [
    # A body "of" a province is one name with it: a place, no second body ...
    ("body-of-a-province",
     "The Ports and Roads Directorate of Gonur Province said so on Saturday.",
     ["Ports and Roads Directorate of Gonur Province"]),
    # ... and "General" after a head noun is the body's own, no title before a person.
    ("directorate-general",
     "The head of the Water Directorate General of Kesh Province said so.",
     ["Water Directorate General of Kesh Province"]),
    ("secretary-general-is-still-a-title",
     "Secretary General Asel Omur of the Ujar Union spoke.",
     ["Asel Omur", "Ujar Union"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round11_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@needs_apertium
@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LEXICON_CASES], ids=[c[0] for c in LEXICON_CASES]
)
def test_round11_classes_with_the_lexicon(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


DATE_LINES = [
    # An outlet's name alone on the date line is one name, small words and "The" included ...
    ("outlet-with-a-small-word",
     " date 2026-01-05 Notes from Gonur\n\nKesh opens a new road crossing\n\n"
     "Asel Omur opened it in Kesh on Monday.",
     ["Notes from Gonur", "Kesh", "Asel Omur", "Kesh"]),
    ("outlet-after-the",
     " date 2026-01-05 The Gonurian\n\nKesh opens a new road crossing\n\n"
     "Asel Omur opened it in Kesh on Monday.",
     ["The Gonurian", "Kesh", "Asel Omur", "Kesh"]),
    ("outlet-with-a-common-word",
     " date 2026-01-05 Daily Gonur\n\nKesh opens a new road crossing\n\n"
     "Asel Omur opened it in Kesh on Monday.",
     ["Daily Gonur", "Kesh", "Asel Omur", "Kesh"]),
    # ... not a byline there, which names its author.
    ("byline-on-the-date-line",
     " date 2026-01-05 By Asel Omur\n\nKesh opens a new road crossing\n\n"
     "Ujarbek Tok opened it in Kesh on Monday.",
     ["Asel Omur", "Kesh", "Ujarbek Tok", "Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DATE_LINES], ids=[c[0] for c in DATE_LINES]
)
def test_an_outlet_on_the_date_line(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_sites_and_outlets_on_the_date_line_are_media() -> None:
    text = (
        " date 2026-01-05 Notes from Gonur\n\nKesh opens a new road crossing\n\n"
        "Asel Omur opened it in Kesh, said gonurmeteo.kg."
    )
    found = kinds(text)
    assert found["Notes from Gonur"] is NameKind.MEDIA
    assert found["gonurmeteo.kg"] is NameKind.MEDIA
    assert found["Asel Omur"] is NameKind.PERSON


def test_a_directorate_general_of_a_region_is_an_organisation() -> None:
    text = "The Water Directorate General of Kesh Region met."
    assert kinds(text) == {"Water Directorate General of Kesh Region": NameKind.ORGANISATION}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Facility" and "Mechanism" are head nouns: a known name inside such a name leaves it
        # one unknown name, and the head noun alone is none.
        ("Money came from the EU's Linking Asia Facility.", ["Linking Asia Facility"]),
        ("Kesh asked for the EU Flood Relief Mechanism.", ["Kesh", "EU Flood Relief Mechanism"]),
        ("The Facility paid Kesh.", ["Kesh"]),
    ],
)
def test_facility_and_mechanism_are_head_nouns(text: str, expected: list[str]) -> None:
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    assert names_in(text, matcher) == expected


@needs_apertium
def test_a_places_body_of_a_known_name_is_one_name_with_it() -> None:
    """The glossary knows the Council of Europe: a body named by a place and a head noun ``of
    the`` it is one name with it, as a body named by an adjective is."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = (
        "The Venice Commission of the Council of Europe wrote to Kesh. The Parliamentary "
        "Assembly of the Council of Europe did not."
    )
    assert names_in(text, matcher) == [
        "Venice Commission of the Council of Europe",
        "Kesh",
        "Parliamentary Assembly of the Council of Europe",
    ]


@needs_apertium
def test_a_titles_field_of_two_english_words_after_for() -> None:
    """A title's field after ``for`` or ``and`` may take two English words (Climate Crisis);
    a portfolio is a field of its own, so the person after it keeps an English given name."""
    text = (
        "Minister for Climate Crisis and Civil Protection Asel Omur visited Kesh. Minister of "
        "Energy Mark Woodbek did not."
    )
    assert names_in(text) == ["Asel Omur", "Kesh", "Mark Woodbek"]


def test_a_head_noun_first_in_another_language_says_the_kind() -> None:
    text = "She directs the Festival des 3 Continents in Kesh."
    assert kinds(text)["Festival des 3 Continents"] is NameKind.EVENT

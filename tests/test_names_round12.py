"""The names finder on classes the eleventh blind set showed (issue 11, twelfth round): a
dateline's place in capitals, names written with a plus or a dot inside, an era's
abbreviation, a prefix cut from its word, a body and its branch's place after a hyphen, a
possessive before "of", head nouns of works and houses, an app after a possessive. Every
sentence is written for these tests, from no labelled set; places, bodies and people are
invented."""

from __future__ import annotations

import pytest
from conftest import needs_apertium
from test_names_round7 import names_in

CASES = [
    # A dateline's place in capitals is a place though it opens the lead: a CLDR city before
    # a colon, a dash, or a comma and a date before the dash ...
    ("dateline-city-and-colon",
     "TBILISI: The towns of Kesh and Ujar signed a deal on Monday, Asel Omur said.",
     ["TBILISI", "Kesh", "Ujar", "Asel Omur"]),
    ("dateline-city-and-dash",
     "TASHKENT - The towns of Kesh and Ujar signed a deal on Monday.",
     ["TASHKENT", "Kesh", "Ujar"]),
    ("dateline-city-comma-date-dash",
     "BISHKEK, March 5 - Kesh and Ujar signed a deal on Monday.",
     ["BISHKEK", "Kesh", "Ujar"]),
    ("dateline-city-comma-date-agency-dash",
     "BISHKEK, 5 March (Gonurpress) - The towns of Kesh and Ujar signed a deal.",
     ["BISHKEK", "Gonurpress", "Kesh", "Ujar"]),
    # ... the mark is what makes the dateline: a sentence's first word in capitals and no
    # mark after it proves nothing alone.
    ("capitals-without-a-dateline-mark",
     "TBILISI signed a deal with Kesh, Asel Omur said.",
     ["Kesh", "Asel Omur"]),
    # A name written with a plus after it is one name, the plus included ...
    ("plus-after-a-brand",
     "He launched the Railjet+ service between Kesh and Ujar.",
     ["Railjet+", "Kesh", "Ujar"]),
    # ... not a grade or a language's plus signs.
    ("grades-are-no-brands",
     "The grade was A+ in Kesh, and C++ is taught there, Asel Omur said.",
     ["Kesh", "Asel Omur"]),
    # A name with a dot before a capital inside it is one name ...
    ("dot-inside-a-name",
     "The case was first reported by the outlet Gonur.Media, whose journalists went to Kesh.",
     ["Gonur.Media", "Kesh"]),
    # ... not two sentences that lack the space between them.
    ("missing-space-between-sentences",
     "He went to Kesh.Then he left for Ujar.",
     ["Kesh", "Ujar"]),
    # An era's abbreviation after a century or beside a year is no body's acronym ...
    ("era-after-a-century",
     "The palace of Kesh was built in the fourth century BCE.",
     ["Kesh"]),
    ("era-beside-years",
     "The wall of Kesh dates to 300 BC and its tower to AD 79.",
     ["Kesh"]),
    # ... but the same letters elsewhere may name one.
    ("acronym-that-looks-like-an-era",
     "The BCE said Kesh would pay.",
     ["BCE", "Kesh"]),
    # A prefix cut from the lower-case word it makes is no name; before a capital it stays
    # inside the name.
    ("prefix-before-a-lower-case-word",
     "Anti-fraud activists in Kesh welcomed the verdict. Asel Omur of the Anti-Fraud Action "
     "Centre agreed.",
     ["Kesh", "Asel Omur", "Anti-Fraud Action Centre"]),
    ("prefix-opening-a-sentence",
     "Pro-government rallies filled Kesh.",
     ["Kesh"]),
    # A hyphenated name ending a name, its first part written alone and its second never, is
    # one name: a body and its branch's place ...
    ("body-and-its-branch",
     "The gold was shown at the Ujarium in 2020 and goes to the Ujarium-Kesh in 2028.",
     ["Ujarium", "Ujarium-Kesh"]),
    ("body-and-a-common-word-place",
     "The gold was shown at the Ujarium in 2020 and goes to the Ujarium-Lens in 2028.",
     ["Ujarium", "Ujarium-Lens"]),
    # ... but two places, each written alone, are two names, and so are places before a route
    # noun though one is written alone.
    ("two-places-each-alone",
     "Both Kesh and Ujar signed it, and the Kesh-Ujar said nothing.",
     ["Kesh", "Ujar", "Kesh", "Ujar"]),
    ("two-places-before-a-route-noun",
     "Then Kesh signed it, and the Kesh-Ujarabad road opened.",
     ["Kesh", "Kesh", "Ujarabad"]),
    # A head noun before a hyphen is one body's noun of two, though the article writes it
    # alone elsewhere.
    ("hyphenated-head-nouns",
     "The Kesh National Museum lent it to the Ujar Archaeological Museum-Reserve.",
     ["Kesh National Museum", "Ujar Archaeological Museum-Reserve"]),
    # A works, a plant, a factory, a municipality and a house are head nouns: a long works'
    # name with a head noun inside stays one, and so does a title's house ...
    ("long-works-name",
     "Cars were rebuilt at the Kesh Railway Car Building Works in Ujar.",
     ["Kesh Railway Car Building Works", "Ujar"]),
    ("plant-after-a-head-noun",
     "Cars were rebuilt at the Kesh Railway Car Repair Plant in Ujar.",
     ["Kesh Railway Car Repair Plant", "Ujar"]),
    ("title-adjective-before-a-municipality",
     "She met the mayor at the Kesh Metropolitan Municipality in May.",
     ["Kesh Metropolitan Municipality"]),
    ("title-possessive-before-a-house",
     "The deal was signed at the Prime Minister's House in Kesh.",
     ["Prime Minister's House", "Kesh"]),
    # ... and a title before a person is still a title.
    ("metropolitan-before-a-person",
     "Metropolitan Asel Omur of Kesh spoke.",
     ["Asel Omur", "Kesh"]),
    # A possessive right before "of" and a capitalised word is inside one name (a firm
    # "of" its city) ...
    ("possessive-before-of",
     "She insured the ship with Harrod's of Gonur in Kesh.",
     ["Harrod's of Gonur", "Kesh"]),
    # ... not a possessive before "of the" and common words, nor one before a common noun.
    ("possessive-before-of-the-common-words",
     "The houses of Kesh's of the time were poor, and Asel Omur's house of stone stood in Ujar.",
     ["Kesh", "Asel Omur", "Ujar"]),
    # An acronym and a place after its hyphen is a body's branch, also opening a sentence ...
    ("acronym-branch-opening-a-sentence",
     "The draft is weak. GWF-Kesh and the Ujar Foundation say so.",
     ["GWF-Kesh", "Ujar Foundation"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round12_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


#: Cases that need the English lexicon to tell an English word from a place not in CLDR.
LEXICON_CASES = [
    # A dateline's place in capitals that CLDR does not list is a place when English does not
    # know the word ...
    ("dateline-of-an-unknown-town",
     "GONURABAD: Kesh and Ujar signed a deal on Monday.",
     ["GONURABAD", "Kesh", "Ujar"]),
    # ... but a word English knows before a colon or a dash is a label, no place.
    ("label-in-capitals-before-a-colon",
     "WATCH: Kesh and Ujar signed a deal on Monday.",
     ["Kesh", "Ujar"]),
    ("update-in-capitals-before-a-dash",
     "UPDATE - Kesh and Ujar signed a deal on Monday.",
     ["Kesh", "Ujar"]),
    # An acronym and an English word after its hyphen opening a sentence is no body's branch.
    # A word English knows after a possessive is a role, but before a noun for where one
    # posts online it names the app or network ...
    ("app-after-a-possessive",
     "Riders complained on the railway's Telegram channel about Kesh.",
     ["Telegram", "Kesh"]),
    # ... and a common word after a possessive with no such noun is still no name.
    ("role-after-a-possessive",
     "Gonuria's Agent said so in Kesh.",
     ["Gonuria", "Kesh"]),
    ("acronym-and-a-common-word",
     "The draft is weak. COVID-Related cases rose in Kesh.",
     ["Kesh"]),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LEXICON_CASES], ids=[c[0] for c in LEXICON_CASES]
)
def test_round12_classes_with_the_lexicon(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

"""The names finder on the classes the seventh blind set showed (issue 11, eighth round):
coordinated modifiers inside an organisation's complement, a title word used as an
adjective after ``of``, a company's legal form, a model number after its maker, a given name
with an adverb's ending. Every sentence is written for these tests, from no labelled set;
places, bodies and people are invented."""

from __future__ import annotations

import pytest
from conftest import ROOT, needs_apertium
from test_names_round7 import names_in

from translate.glossary.matcher import source_matcher
from translate.glossary.yaml import load_glossary

CASES = [
    # "and" between two modifiers after an organisation's "of" stays inside its name; an
    # "and" before it still cuts two people apart.
    ("and-inside-a-complement",
     "Asel Omur and Ulan Kasym of the Gonur Institute of Marine and Coastal Geology spoke.",
     ["Asel Omur", "Ulan Kasym", "Gonur Institute of Marine and Coastal Geology"]),
    # ... but an "and" before a name of its own, after the complement, still cuts.
    ("and-before-a-name-of-its-own-after-a-complement",
     "Aibek Turdu of the Centre for Rural Studies and the Ujar Water Agency agreed.",
     ["Aibek Turdu", "Centre for Rural Studies", "Ujar Water Agency"]),
    # A title word after "of" before common words is the complement's adjective.
    ("title-word-as-an-adjective-after-of",
     "The case went to the Third Court of Appeal of General Jurisdiction in Kesh.",
     ["Third Court of Appeal of General Jurisdiction", "Kesh"]),
    # ... while a title after "of" before a person still separates them.
    ("title-after-of-before-a-person",
     "He received the Order of President Asel Omur in Kesh.",
     ["Order", "Asel Omur", "Kesh"]),
    # A company's legal form after its name is its last word, a known place inside included.
    ("legal-form-ends-a-company",
     "The mine belongs to Gonur Copper LLC, and Ujar Mining JSC buys its ore.",
     ["Gonur Copper LLC", "Ujar Mining JSC"]),
    # A model number after its maker's name ends the name; a common noun's number does not
    # make one, nor does a range of years.
    ("model-number-after-a-maker",
     "The airline leased a Gonuravia 321-200 under Article 12-3 of the 2020-2025 plan.",
     ["Gonuravia 321-200"]),
    # A site's domain whose brand starts in lower case is one name.
    ("lower-case-brand-domain",
     "Tickets are sold on eGonur.kz and at Kesh.",
     ["eGonur.kz", "Kesh"]),
    # A name's particle with a capital at a sentence's start is the name's own, though the
    # article writes it in lower case elsewhere; an English joiner there is not.
    ("capitalised-particle-opens-a-sentence",
     "Asel van Gonur won in Kesh. Van Gonur, who led, left. Of Ujar Kesh, little is known.",
     ["Asel van Gonur", "Kesh", "Van Gonur", "Ujar Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round8_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@needs_apertium
def test_a_given_name_with_an_adverbs_ending_opens_a_sentence() -> None:
    """A sentence's first word ending in -ly is an adverb only when English knows it as a
    common word: Vitaly is a given name, Reportedly is not."""
    assert names_in("Vitaly Gonurov was detained. Reportedly Asel Omur left.") == [
        "Vitaly Gonurov",
        "Asel Omur",
    ]


def test_a_legal_form_keeps_a_known_place_inside_a_company() -> None:
    """The glossary knows Armenia; a company named after it with a legal form last is one
    name, not the words after the place."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    assert names_in("The port is run by Armenia Gonur Terminals CJSC now.", matcher) == [
        "Armenia Gonur Terminals CJSC"
    ]


@needs_apertium
def test_and_between_a_known_word_and_a_field_stays_inside_a_foundation() -> None:
    """A word English knows (Art, also a given name) and a field (Culture) joined by "and"
    before a head noun are one name; an earlier "and" after another name still cuts."""
    text = "It was funded by Gonurbank and the Art and Culture Development Foundation."
    assert names_in(text) == ["Gonurbank", "Art and Culture Development Foundation"]


def test_a_title_of_a_land_before_a_person_is_no_name_a_body_of_a_land_is() -> None:
    """An honorific "of" a CLDR territory, then a given and a family name: the person is the
    name; a body of that territory before a person stays a name of its own."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = "She sang with the Honoured Singer of Georgia Asel Omurova and the Bank of Georgia."
    assert names_in(text, matcher) == ["Asel Omurova", "Bank of Georgia"]
    assert names_in("He met the Bank of Mongolia Ulan Kasym.") == ["Bank of Mongolia", "Ulan Kasym"]

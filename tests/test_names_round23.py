"""The names finder on classes the fifty-third to fifty-sixth blind sets showed (issue 11,
twenty-third round): an acronym of six capitals opening a sentence, a country whose name holds
"and" inside a body's name, a state's law "on" its subject, a field's title before a body's or
an act's name, a list of portfolios before a person's name, and a capitalised title "of" a city
before a person's name. Every sentence is written for these tests, from no labelled set; places,
bodies and people are invented, the countries are CLDR's."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

from translate.glossary.lexicon import lexicon_available

CASES = [
    ("and-inside-a-known-country",
     "The Chess Federation of Bosnia and Herzegovina and the Embassy of Trinidad and Tobago "
     "met in Kesh.",
     ["Chess Federation of Bosnia and Herzegovina", "Embassy of Trinidad and Tobago", "Kesh"]),
    ("a-states-law-on-its-subject",
     "Ujar cited the Law of Georgia on Ujar Pastures and the Law of the Republic of Kesh on the "
     "Protection of Gonur.",
     ["Ujar", "Law of Georgia on Ujar Pastures",
      "Law of the Republic of Kesh on the Protection of Gonur"]),
    # ... after a sentence's opening words too.
    ("a-states-law-after-an-opening",
     "Under the Law of Georgia on the Protection of Ujar Heritage, Kesh keeps it.",
     ["Law of Georgia on the Protection of Ujar Heritage", "Kesh"]),
    # ... not a law of a place that is no state.
    ("a-law-of-no-state",
     "A Law of Kesh on Ujar Fees passed.",
     ["Law of Kesh", "Ujar Fees"]),
    ("a-fields-title-before-an-act",
     "It broke the Foreign Employment Act, and the Health Insurance Fund paid Kesh.",
     ["Foreign Employment Act", "Health Insurance Fund", "Kesh"]),
    # ... but before a person's name it is a title still.
    ("a-fields-title-before-a-person",
     "Health Minister Asel Omur met Justice Ministry officials.",
     ["Asel Omur", "Justice Ministry"]),
    ("a-portfolio-list-then-a-person",
     "The Minister of Environment, Urbanisation and Climate Change Ujar Omurov met Kesh.",
     ["Ujar Omurov", "Kesh"]),
    ("a-capitalised-title-of-a-city-then-a-person",
     "The Mayor of Sarajevo Ujar Omurov came.",
     ["Sarajevo", "Ujar Omurov"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round23_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.skipif(not lexicon_available(), reason="needs Apertium's English analyser")
def test_an_acronym_of_six_capitals_opening_a_sentence() -> None:
    """Capitals the lexicon does not know at all, six of them too, open a sentence as a
    name's acronym (as UBS does), not as a common word."""
    assert names_in("UJARCO said it would open an office in Kesh.") == ["UJARCO", "Kesh"]

"""The names finder on classes the thirty-first to thirty-fourth blind sets showed (issue 11,
seventeenth round): Spanish, Arabic and German joiners, honorifics, legal forms after "of" a
place and in dots, a ruler's title before a street, a month before a joiner, "on" after a
building, a legal form before a joiner, and prepositions opening a sentence. Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("foreign-joiners",
     "Flights from Ujar es Salaam reached Kesh, and Unión por la Gonuria voted.",
     ["Ujar es Salaam", "Kesh", "Unión por la Gonuria"]),
    ("honorifics",
     "Hon Asel Omur-Ncube and Comrade Ujar Fashola spoke in Kesh.",
     ["Asel Omur-Ncube", "Ujar Fashola", "Kesh"]),
    ("legal-form-after-of-a-place",
     "Flour Mills of Gonuria Plc bought it from Kesh.",
     ["Flour Mills of Gonuria Plc", "Kesh"]),
    ("dotted-legal-form",
     "Ujartoo Capital Holdings S.à r.l. owns it.",
     ["Ujartoo Capital Holdings S.à r.l."]),
    # A ruler's or an imam's title before a street named after him is the street's.
    ("imam-before-an-avenue",
     "Fans gathered on Imam Ujarov Avenue in Kesh.",
     ["Imam Ujarov Avenue", "Kesh"]),
    # A month and the joiners after it open no name.
    ("month-before-a-joiner",
     "Wrestlers met in January for the Ujarov Grand Prix in Kesh.",
     ["Ujarov Grand Prix", "Kesh"]),
    # "on" after a building's head noun is where or what, not a complement.
    ("on-after-an-airport",
     "He landed at Kesh Airport on Gonur Airlines flight 1, as the Agreement on Trade says.",
     ["Kesh Airport", "Gonur Airlines", "Agreement on Trade"]),
    # A legal form ends a company's name before a joiner; what follows is another name.
    ("legal-form-before-a-joiner",
     "Ujarbank Limited and Keshmota & Co advised Gonur Metals CJSC for the Omur mine.",
     ["Ujarbank Limited", "Keshmota & Co", "Gonur Metals CJSC", "Omur"]),
    # A preposition opening a sentence is no part of a name after "the".
    ("preposition-opening",
     "Asel Omur spoke in Kesh. Unlike the Ujarton rocket, it flew.",
     ["Asel Omur", "Kesh", "Ujarton"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round17_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

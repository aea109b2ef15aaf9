"""The names finder on classes the thirty-fifth and thirty-sixth blind sets showed (issue 11,
eighteenth round): a group's possessive inside a name, "to" between two places' names, a
numbered instrument's year, Indonesian legal forms, and more head nouns. Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    # A group's possessive before capitalised words is inside one name.
    ("group-possessive",
     "She won the Ujar Women's Championship, and the Kesh Children's Medical Center thanked her.",
     ["Ujar Women's Championship", "Kesh Children's Medical Center"]),
    # "to" between a place's head noun and another name is a route, no complement.
    ("to-between-airports",
     "Flights from Kesh International Airport to Ujar Omur Airport resumed, as the Committee to "
     "Protect Gonurians said.",
     ["Kesh International Airport", "Ujar Omur Airport", "Committee to Protect Gonurians"]),
    # A numbered instrument's year after "of" is its own.
    ("numbered-instrument-of-a-year",
     "It cited Government Regulation No. 25 of 2024 and Law No. 3 of 2020, not Hospital No. 2 "
     "of Kesh.",
     ["Government Regulation No. 25 of 2024", "Law No. 3 of 2020", "Hospital No. 2", "Kesh"]),
    # Indonesian legal forms after a known place.
    ("indonesian-legal-form",
     "PT Ujar Indonesia Tbk signed in Kesh.",
     ["PT Ujar Indonesia Tbk", "Kesh"]),
    # A conservatory is a head noun: "of" a land goes on with it.
    ("conservatory-of-a-land",
     "She studied at the State Conservatory of Gonuria.",
     ["State Conservatory of Gonuria"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round18_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

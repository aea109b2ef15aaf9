"""The names finder on classes the hundred-and-twenty-fifth to hundred-and-twenty-eighth blind
sets showed (issue 11, forty-first round): a nickname in quotes before a family name that opens
with particles; titles Reeve, Pastor, Induna, Manager, Gov. and Rep.; a US lawmaker's party and
state in brackets (D-Md.) as no name; a year after a sentence's opening word as no part of the
name after it, unless an event follows; a comma list that holds an acronym among words sharing
the last item's head noun (Science, ICT, Broadcasting and Communications Committee), where one
of acronyms alone does not; units and currencies' abbreviations (MW, GWh, BD, LD); Indigenous
and Aboriginal as adjectives; a department named by its portfolios and its land (Environment
and Climate Change Canada). Every sentence is written for these tests, from no labelled set;
places, bodies and people are invented, except a country."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-nickname-before-particles",
     'Tomas "Tommy" de la Kesh-Omur spoke to Gonur officials.',
     ['Tomas "Tommy" de la Kesh-Omur', "Gonur"]),
    ("more-titles",
     "Reeve Ujar Kesh-Lund, Pastor Asel Omur-Paul and Induna Mukela Gonuri met.",
     ["Ujar Kesh-Lund", "Asel Omur-Paul", "Mukela Gonuri"]),
    ("a-general-manager",
     "General Manager Randy Kesh-Whitfield signed it.",
     ["Randy Kesh-Whitfield"]),
    ("a-lawmakers-party-and-state",
     "Sen. Omar Kesh (D-Md.) and Rep. Asel Gonur (R-Alaska) wrote to the agency.",
     ["Omar Kesh", "Asel Gonur"]),
    ("a-year-after-an-opening-word",
     "In 2024 Ganbaatarov won gold; The 2028 Gonur Games open later.",
     ["Ganbaatarov", "2028 Gonur Games"]),
    ("an-acronym-among-listed-portfolios",
     "Lawmakers on the Science, ICT, Broadcasting and Communications Committee met in Gonur.",
     ["Science, ICT, Broadcasting and Communications Committee", "Gonur"]),
    ("units-and-currencies",
     "The 450 MW plant in Gonur costs BD 1.2 billion and gives 900 GWh.",
     ["Gonur"]),
    ("indigenous-as-an-adjective",
     "Indigenous and Aboriginal leaders met in Gonur.",
     ["Gonur"]),
    ("a-department-of-portfolios-and-its-land",
     "It was awarded by Public Services and Procurement Canada on Friday.",
     ["Public Services and Procurement Canada"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round41_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

"""The names finder on classes the hundred-and-sixty-fifth to hundred-and-sixty-eighth blind
sets showed (issue 11, fifty-first round): a crosshead in capitals inside the article (MARKET
REACTION), no name, where the first paragraphs' lines in capitals (a date line's place, a
byline) and a closing credit stay what they are; titles Inspector, Consul and a Fijian Roko
Tui; a cycling race's "Tour of ..."; a regulation's or rules' year after a comma; a hyphenated
given name before a nickname in quotes (Lise-Lotte "Lotte" Damgaard). Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("inspector-consul-roko-tui",
     "Consul Asel B. Omurov, Inspector Kesh Bandara and Roko Tui Ujar Naulugonur met.",
     ["Asel B. Omurov", "Kesh Bandara", "Ujar Naulugonur"]),
    ("tours-of-a-land",
     "He won the Tour of Gonur and rode the Tour de Kesh in July.",
     ["Tour of Gonur", "Tour de Kesh"]),
    ("a-regulations-year-after-a-comma",
     "Climbers broke the Gonur Expedition Regulation, 2002, officials in Kesh said.",
     ["Gonur Expedition Regulation, 2002", "Kesh"]),
    ("a-hyphenated-given-name-before-a-nickname",
     'Union leader Asel-Gonur "Gonur" Kesh spoke.',
     ['Asel-Gonur "Gonur" Kesh']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round51_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


ARTICLE = """ date 2026-12-05 Gonur Daily
Chip plant to open in Kesh

By Asel Omur

UJARSK

The Ujar Semiconductor plant will open in Kesh.

It employs 3,000 people.

MARKET REACTION

Shares of Gonur Holdings rose in Ujarsk.

SUPPLY AND DEMAND

Traders in Omurabad said so.

- KESHPRESS
"""


def test_crossheads_in_capitals_are_no_names() -> None:
    names = names_in(ARTICLE)
    assert not {"MARKET REACTION", "SUPPLY AND DEMAND"} & set(names)
    # ... where the date line's place in capitals and the closing credit stay names
    assert {"UJARSK", "KESHPRESS", "Gonur Holdings", "Omurabad"} <= set(names)

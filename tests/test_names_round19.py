"""The names finder on classes the thirty-seventh to fortieth blind sets showed (issue 11,
nineteenth round): Portuguese and Dutch joiners, more titles, a date after a name, a title
"of the" a body, "for" and "to" after a place's head noun, a saint's possessive without a dot,
and a unit's ordinal. Every sentence is written for these tests, from
no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("portuguese-and-dutch-joiners",
     "The Instituto do Emprego e Formação Ujar and the Rijksdienst voor het Kesh Erfgoed met.",
     ["Instituto do Emprego e Formação Ujar", "Rijksdienst voor het Kesh Erfgoed"]),
    ("lord-and-father",
     "Lord Ujarson wrote of it, and Fr Asel Omuryan kept it in Kesh.",
     ["Ujarson", "Asel Omuryan", "Kesh"]),
    # A name before a date's weekday and day: the weekday is no part of it.
    ("name-before-a-date",
     "The note was signed Asel Ujar Omurova Monday, 7 December, in Kesh.",
     ["Asel Ujar Omurova", "Kesh"]),
    # A title "of the" a body: the body's name is what follows.
    ("title-of-the-body",
     "Asel Omur, Vice President of the Kesh Development Bank, said so.",
     ["Asel Omur", "Kesh Development Bank"]),
    # "for" after a place's head noun says what it is for.
    ("for-after-a-valley",
     "Land in the Ujar Valley for the Kesh Park was sold.",
     ["Ujar Valley", "Kesh Park"]),
    # A saint's possessive without a dot is inside the name.
    ("saint-without-a-dot",
     "She was treated at St Ujarin's Hospital Kesh.",
     ["St Ujarin's Hospital Kesh"]),
    # A military unit's or a circuit's ordinal is its name's; an edition's is not.
    ("unit-ordinal",
     "He served in the 64th Separate Kesh Brigade before the 31st Ujar Festival.",
     ["64th Separate Kesh Brigade", "Ujar Festival"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round19_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

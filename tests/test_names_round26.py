"""The names finder on classes the sixty-fifth to sixty-eighth blind sets showed (issue 11,
twenty-sixth round): an institution "named after" a person written with initials (which no
longer end a sentence), a model's code of letters after a demonym, "First" before a body's
name, and honorifics (His Highness, His Excellency). Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("named-after-initials",
     "Students of the Kesh State University named after I. Omurov and the Ujar Academy named "
     "after I. K. Keshbaev came.",
     ["Kesh State University named after I. Omurov", "Ujar Academy named after I. K. Keshbaev"]),
    ("a-models-letter-code-after-a-demonym",
     "The Russian Ujarus-V satellite flew.",
     ["Ujarus-V"]),
    ("first-before-a-bodys-name",
     "The First Kesh Ujar Bank lent, and First Deputy Prime Minister Asel Omur came.",
     ["First Kesh Ujar Bank", "Asel Omur"]),
    ("honorifics",
     "His Excellency Ujar Omurov met Her Majesty Asel Kesh.",
     ["Ujar Omurov", "Asel Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round26_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

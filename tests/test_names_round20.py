"""The names finder on classes the forty-first to forty-fourth blind sets showed (issue 11,
twentieth round): Hebrew and Arabic particles glued by a hyphen, a place's Arabic article
before a title's word, and more titles. Every sentence is written for these tests, from no
labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("hyphenated-particles",
     "Ujar ben-Asel Omurov and Kesh bin-Gonur spoke in Ujarabad.",
     ["Ujar ben-Asel Omurov", "Kesh bin-Gonur", "Ujarabad"]),
    # An Arabic article glued to a word that is a title elsewhere is a name's part.
    ("article-before-a-title-word",
     "Tourists flew to Ujar el-Sheikh on Monday.",
     ["Ujar el-Sheikh"]),
    ("more-titles",
     "PM Ujar Omurov, Brigadier Asel Keshova and Counsellor Gonur Ujarov met.",
     ["Ujar Omurov", "Asel Keshova", "Gonur Ujarov"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round20_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

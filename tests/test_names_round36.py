"""The names finder on classes the hundred-and-fifth to hundred-and-eighth blind sets showed
(issue 11, thirty-sixth round): an act's year after a comma, as South Asia writes it; a
knight's title before what is named after the knight; more titles and honorifics
(Administrator, Cde, Mai); the Norwegian and Swedish "og" and "och" inside a name; a dockyard
named after its owner; a vowel after a glottal stop at a word's end; and "Building" as a head
noun. The first case reverses the thirty-second round's reading (no year after a comma: the
Competition Act, 2010), which six of the eight such labels since the sixty-seventh set do not
share. Every sentence is written for these tests, from no labelled set; places,
bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("an-acts-year-after-a-comma",
     "The mine was surveyed under the Kesh Mines Act, 1923, and closed.",
     ["Kesh Mines Act, 1923"]),
    ("a-knights-title-before-what-is-named-after-the-knight",
     "The match was played at the Sir Ujar Keshov Stadium, and ministers met at the Dame Asel "
     "Omur Building.",
     ["Sir Ujar Keshov Stadium", "Dame Asel Omur Building"]),
    ("administrator-cde-and-mai",
     "Gonur City Council Special Administrator Ujar Kesh and Cde Asel Omur met Mai Ujara Gonur.",
     ["Gonur City Council", "Ujar Kesh", "Asel Omur", "Ujara Gonur"]),
    ("og-and-och-inside-a-name",
     "The slide hit Kesh og Ujardal, and Gonur och Omurby sent help.",
     ["Kesh og Ujardal", "Gonur och Omurby"]),
    ("a-dockyard-named-after-its-owner",
     "The yacht show will be at Keshov's Dockyard on Friday.",
     ["Keshov's Dockyard"]),
    ("a-vowel-after-a-glottal-stop",
     "Families sheltered at the Ujava'u High School in Gonur.",
     ["Ujava'u High School", "Gonur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round36_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

"""The names finder on classes the forty-ninth to fifty-second blind sets showed (issue 11,
twenty-second round): chess titles and honorifics that are titles only before a person's
name, post-nominal letters, a score after a name, an initial of two letters, Georgian
patronymic words, a place and a year before an event's adjective, a model's code after a
demonym and a body of a place named after its owner. Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("chess-titles",
     "He finished ahead of the Kazakh GM Ujar Omurov and IM Asel Keshova.",
     ["Ujar Omurov", "Asel Keshova"]),
    ("a-chess-title-after-a-demonym",
     "The Uzbek FM Ujar Omur Keshovich drew.",
     ["Ujar Omur Keshovich"]),
    # ... but FM ends a station's name, and GM alone is a company.
    ("fm-ends-a-station-gm-alone",
     "She told Ujar FM that GM would build a plant in Kesh.",
     ["Ujar FM", "GM", "Kesh"]),
    ("honorifics-before-a-full-name",
     "Daw Asel Ujar Keshi met Academician Omur Keshov and Dasho Ujar Namgay Omur.",
     ["Asel Ujar Keshi", "Omur Keshov", "Ujar Namgay Omur"]),
    ("post-nominal-letters",
     "Their counsel, Ujar van Kesh KC, argued the case in Gonur.",
     ["Ujar van Kesh", "Gonur"]),
    ("a-score-after-a-name",
     "Ujar Omurov beat Asel Keshov 5:1 in the final.",
     ["Ujar Omurov", "Asel Keshov"]),
    ("an-initial-of-two-letters",
     "Ujar Sh. Omuradze and Asel Kh. Keshova won bronze.",
     ["Ujar Sh. Omuradze", "Asel Kh. Keshova"]),
    ("georgian-patronymic-words",
     "Ujar Omuris dze Keshadze and Asel Omuris asuli Keshadze spoke.",
     ["Ujar Omuris dze Keshadze", "Asel Omuris asuli Keshadze"]),
    ("place-year-and-an-events-adjective",
     "They aim for the Kesh 2032 Olympic Games and the Ujar 2030 Asian Games.",
     ["Kesh 2032 Olympic Games", "Ujar 2030 Asian Games"]),
    # ... but a score between two countries joins neither to the other.
    ("a-score-between-countries",
     "Ujarov scored twice as Germany 2 France 1 ended.",
     ["Ujarov", "Germany", "France"]),
    ("a-models-code-after-a-demonym",
     "The Russian Ujar-2.1b rocket and the Turkish KS3 drones flew.",
     ["Ujar-2.1b", "KS3"]),
    # ... not an age group's.
    ("an-age-group-after-a-demonym",
     "She won at the European U23 Kesh Championships.",
     ["European U23 Kesh Championships"]),
    ("a-body-of-an-owners-place",
     "The Omur's Bay Rugby Union fed the crew in Kesh.",
     ["Omur's Bay Rugby Union", "Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round22_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

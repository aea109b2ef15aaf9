"""The names finder on classes the fifty-seventh to sixtieth blind sets showed (issue 11,
twenty-fourth round): a Kyrgyz patronymic word after the father's name alone, Senior Counsel's
letters after a person's name, more titles (Counsel, Doge, Madam, Mawlawi, the chess titles
IM, WGM, WIM, WFM), a firm of partners named by a comma list, and a person "of" a body whose
name is English words. Every sentence is written for these tests, from no labelled set;
places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-patronymic-word-after-the-fathers-name",
     "The striker Ujar uulu Keshbek scored, and Asel Omur kyzy saved it.",
     ["Ujar uulu Keshbek", "Asel Omur kyzy"]),
    ("senior-counsels-letters",
     "Counsel Asel O'Kesh-Ujarova SC argued, and Ujar Omur SC replied.",
     ["Asel O'Kesh-Ujarova", "Ujar Omur"]),
    # ... not a sports club's after a body's name.
    ("a-sports-clubs-letters",
     "The Kesh Sports Centre SC won.",
     ["Kesh Sports Centre SC"]),
    ("more-titles",
     "Mawlawi Ujar Omur met Doge Asel Kesh and Madam Justice Ujar Li.",
     ["Ujar Omur", "Asel Kesh", "Ujar Li"]),
    ("a-chess-title-alone",
     "She earned an IM norm and a WGM norm in Kesh.",
     ["Kesh"]),
    ("a-firm-of-partners",
     "The firm Ujarov, Keshova and Partners and Omur, Gonur & Associates advised.",
     ["Ujarov, Keshova and Partners", "Omur, Gonur & Associates"]),
    ("a-person-of-a-body-of-english-words",
     "Analyst Ujar Keshov of the Royal United Services Institute spoke.",
     ["Ujar Keshov", "Royal United Services Institute"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round24_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

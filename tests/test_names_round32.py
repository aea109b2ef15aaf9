"""The names finder on classes the eighty-ninth to ninety-second blind sets showed (issue 11,
thirty-second round): "wa" and "ul" inside names, places named after an owner (a town, a
hill), a Hawaiian ʻokina opening a name, Icelandic and American legal forms (hf., Co.), new
head nouns (industries, registry, county, pharmacy, clinic) and an act's year. Every sentence
is written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("wa-inside-a-place",
     "Fighters entered Ujar wa Keshan district.",
     ["Ujar wa Keshan"]),
    ("ul-inside-a-persons-name",
     "Writer Syed Ujar ul Hassan Keshi spoke.",
     ["Syed Ujar ul Hassan Keshi"]),
    ("a-town-and-a-hill-named-after-an-owner",
     "He lives at Ujar's Town near Kesh's Hill.",
     ["Ujar's Town", "Kesh's Hill"]),
    ("an-okina-opens-a-name",
     "The ʻUjarā Project began.",
     ["ʻUjarā Project"]),
    ("icelandic-legal-forms",
     "The contract went to Ujar Orka hf. and Kestak ehf. in Gonur.",
     ["Ujar Orka hf.", "Kestak ehf.", "Gonur"]),
    ("co-with-its-dot-ends-a-company",
     "Gas comes from Ujarstar Natural Gas Co. in Gonur.",
     ["Ujarstar Natural Gas Co.", "Gonur"]),
    ("industries-and-a-registry",
     "Ujarishi Heavy Industries and the Gonur Ship and Corporate Registry signed.",
     ["Ujarishi Heavy Industries", "Gonur Ship and Corporate Registry"]),
    ("an-acts-year",
     "He was charged under the Ujar Anti-Corruption and Economic Offences Act 1999.",
     ["Ujar Anti-Corruption and Economic Offences Act 1999"]),
    # (the year after a comma is the act's since the thirty-sixth round: test_names_round36.py)
    ("an-acts-year-after-a-comma",
     "It falls under the Ujar Competition Act, 2010 rules.",
     ["Ujar Competition Act, 2010"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round32_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

"""The names finder on classes the seventy-seventh to eightieth blind sets showed (issue 11,
twenty-ninth round): an initial before a capital beyond ASCII, a number that goes on after its
first digits, a weekday after a name, amounts and fiscal years written as one word, "Neither"
opening a sentence, an adjective made with a participle before a body, the titles Hajj and
Molavi, the Persian article "ol-", a court's numbered branch, a province named by two names,
brands that open with three small letters, a comma list of a body's fields, "Gulf" alone and
"Services" as a head noun. Every sentence is written for these tests, from no labelled set;
places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("an-initial-before-a-capital-beyond-ascii",
     "The Ujar M. Öskesh Foundation paid Gonur.",
     ["Ujar M. Öskesh Foundation", "Gonur"]),
    ("a-weekday-after-a-place",
     "The team lands in Ujarbaatar Saturday morning.",
     ["Ujarbaatar"]),
    ("a-weekday-after-a-common-word",
     "Crowds marked Bloody Sunday in Keshton.",
     ["Bloody Sunday", "Keshton"]),
    ("an-amount-and-its-multiplier-in-one-word",
     "The deal is worth Rs42bn to Gonur, and KSh 2,500 a tonne.",
     ["Gonur"]),
    ("a-fiscal-year",
     "Output rose in FY26 at Gonur.",
     ["Gonur"]),
    ("neither-opens-a-sentence",
     "Neither the KBDK nor the bank spoke.",
     ["KBDK"]),
    ("hajj-and-molavi",
     "Molavi Asel Ujarzahi and Hajj Omur Keshghasemi spoke.",
     ["Asel Ujarzahi", "Omur Keshghasemi"]),
    ("the-persian-article-ol",
     "Lawyers for Asel ol-Keshini said so.",
     ["Asel ol-Keshini"]),
    ("a-courts-numbered-branch",
     "Judge Asel Ujarani of Branch 15 of the Kesh Revolutionary Court refused.",
     ["Asel Ujarani", "Branch 15 of the Kesh Revolutionary Court"]),
    ("a-province-named-by-two-names",
     "The outbreak spread in Ujar and Keshestan Province.",
     ["Ujar and Keshestan Province"]),
    ("a-brand-with-three-small-letters-first",
     "Flights on airKesh resume from Gonur.",
     ["airKesh", "Gonur"]),
    ("a-nguni-languages-prefix-is-no-brand",
     "Songs in isiZulu filled the hall in Gonur.",
     ["Gonur"]),
    ("a-comma-list-of-a-bodys-fields",
     "The Ujar Department for the Protection, Study and Restoration of Monuments said so.",
     ["Ujar Department for the Protection, Study and Restoration of Monuments"]),
    ("a-comma-list-of-bodies-is-no-list-of-fields",
     "Officials from the Ministry of Energy of Ujar, Keshgaz and Gonur-Kazyna met.",
     ["Ministry of Energy of Ujar", "Keshgaz", "Gonur-Kazyna"]),
    ("the-gulf-alone",
     "Analysts in the Gulf see risks for Gonur.",
     ["Gulf", "Gonur"]),
    ("services-as-a-head-noun",
     "Workers trained by the Ujar Kesh Health Services went home.",
     ["Ujar Kesh Health Services"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round29_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

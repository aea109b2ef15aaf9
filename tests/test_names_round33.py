"""The names finder on classes the ninety-third to ninety-sixth blind sets showed (issue 11,
thirty-third round): a double family name whose second half opens with a particle after the
hyphen, honorifics before a full name (Lady, MK, Brunei's Haji, Hajah, Awang, Dayang,
Pengiran), more titles (Admiral, Atty, MUDr), an award's category after a name, a comma list
of fields whose complement names a land, and new head nouns and common acronyms. Every
sentence is written for these tests, from no labelled set; places, bodies and people are
invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-particle-after-the-hyphen",
     "Asel Omurova-von Kesh and Ujar Keshov-van der Gonur signed.",
     ["Asel Omurova-von Kesh", "Ujar Keshov-van der Gonur"]),
    ("a-particle-after-a-patronymics-family-name",
     "The deal went to Elvin Ujar oglu Keshov-van Houten, its chairman.",
     ["Elvin Ujar oglu Keshov-van Houten"]),
    ("lady-and-mk-before-a-full-name",
     "Lady Asel Omurova and MK Ujar Keshon came.",
     ["Asel Omurova", "Ujar Keshon"]),
    ("brunei-honorifics",
     "Awang Haji Ujar Kesh bin Haji Omur and Hajah Asel binti Haji Gonur spoke.",
     ["Ujar Kesh bin Haji Omur", "Asel binti Haji Gonur"]),
    ("an-honorific-before-a-body-named-after-someone",
     "Victims went to Lady Ujara Hospital in Gonur.",
     ["Lady Ujara Hospital", "Gonur"]),
    ("admiral-and-atty",
     "Admiral Ujar Kesh and Atty Asel Omurova spoke.",
     ["Ujar Kesh", "Asel Omurova"]),
    ("an-awards-category-after-a-name",
     "Ujar Keshovich Omurov Best Actor went home.",
     ["Ujar Keshovich Omurov"]),
    ("a-comma-list-of-fields-of-a-land",
     "The Ujar Society for the Study, Preservation and Popularization of the Legacy of "
     "Uzbekistan met.",
     ["Ujar Society for the Study, Preservation and Popularization of the Legacy of Uzbekistan"]),
    ("establishment-is-a-head-noun",
     "The Gonur Armament Research and Development Establishment won.",
     ["Gonur Armament Research and Development Establishment"]),
    ("ist-and-teu",
     "Ships carrying 5,000 TEU left Gonur at 10:00 IST.",
     ["Gonur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round33_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

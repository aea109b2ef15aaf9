"""The names finder on classes the hundred-and-forty-first to hundred-and-forty-fourth blind
sets showed (issue 11, forty-fifth round): an act or a bill with a bracketed part of its title
(the Mining Amendment (Critical Minerals Royalty) Bill 2026), without the sentence's opening
words or another act before "and", and without a year after a comma; Swedish ``af`` and Dutch
``ter`` inside a person's name; ``Nurse`` and ``MLC`` as titles; a body's head noun opening a
sentence before its "of" (Chamber of Mines of Zambia); common words before a body's head noun
after a field's title (the Community Health Sciences Unit); a road named after its owner
(Martindale's Road); a polyclinic named after a knight (Sir Winston Scott Polyclinic). Every
sentence is written for these tests, from no labelled set; places, bodies and people are
invented, except countries."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-bill-with-a-bracketed-title",
     "Labor will seek support for the Mining Amendment (Critical Minerals Royalty) Bill 2026 in "
     "Gonur.",
     ["Mining Amendment (Critical Minerals Royalty) Bill 2026", "Gonur"]),
    ("a-law-with-a-bracketed-title-after-an-opening-word",
     "Citing the Companies (Winding Up and Gonur Provisions) Ordinance, the judge ruled.",
     ["Companies (Winding Up and Gonur Provisions) Ordinance"]),
    ("another-act-before-and",
     "It enforces the Marine Resources Act and the Fisheries Enforcement (Amendment) Act 2024.",
     ["Marine Resources Act", "Fisheries Enforcement (Amendment) Act 2024"]),
    # ... its year after a comma is its own since the fiftieth round, as two of the three
    # such labels of the sets write it (and six of eight for acts with no brackets)
    ("a-year-after-a-comma",
     "Workers are covered by the Building Workers (Regulation of Employment) Act, 1996, he said.",
     ["Building Workers (Regulation of Employment) Act, 1996"]),
    ("swedish-and-dutch-particles",
     "It went to Tomas Gonursson af Klercker and Fleur ter Kesh-Ouwehand.",
     ["Tomas Gonursson af Klercker", "Fleur ter Kesh-Ouwehand"]),
    ("nurse-and-mlc",
     "Nurse Asel Omur and MLC Sophie Kesh-Bell spoke.",
     ["Asel Omur", "Sophie Kesh-Bell"]),
    ("a-body-opening-a-sentence-before-its-of",
     "Chamber of Mines of Gonuria president Asel Omur-Hara said so.",
     ["Chamber of Mines of Gonuria", "Asel Omur-Hara"]),
    ("common-words-before-a-head-noun-after-a-field",
     "Tests at the Community Health Sciences Unit in Kesh confirmed it.",
     ["Community Health Sciences Unit", "Kesh"]),
    ("a-road-and-a-polyclinic-named-after-people",
     "He lives on Gonurdale's Road near the Sir Asel Omur Polyclinic.",
     ["Gonurdale's Road", "Sir Asel Omur Polyclinic"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round45_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

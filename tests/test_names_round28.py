"""The names finder on classes the seventy-third to seventy-sixth blind sets showed (issue 11,
twenty-eighth round): an article before a model's code, a social network after another name,
"Jr." ending a person's name, the Bhutanese title Lyonpo, and "for" after a province's or a
region's head noun. Every sentence is written for these tests, from no labelled set; places,
bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("an-article-before-a-models-code",
     "A Ujarus-2.1b rocket lifted off.",
     ["Ujarus-2.1b"]),
    ("a-social-network-after-another-name",
     "Watch it on the Kesh Daily Facebook page and the Ujar Sports YouTube channel.",
     ["Kesh Daily", "Facebook", "Ujar Sports", "YouTube"]),
    ("jr-ends-a-name",
     "The winner, Ujar Omur Kesh Jr., thanked Gonur.",
     ["Ujar Omur Kesh Jr.", "Gonur"]),
    ("lyonpo",
     "Lyonpo Asel Ujar Keshang spoke.",
     ["Asel Ujar Keshang"]),
    ("for-after-a-provinces-head-noun",
     "Investors in the Kesh Province for Ujar firms came.",
     ["Kesh Province", "Ujar"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round28_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

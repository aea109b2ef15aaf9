"""The names finder on classes the forty-fifth to forty-eighth blind sets showed (issue 11,
twenty-first round): a month after a sentence's opening word, more Arabic articles, the Danish
legal form, two companies joined by "and", and more titles. Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("month-after-an-opening-word",
     "In June the Specialized Economic Court of Kesh ruled.",
     ["Specialized Economic Court of Kesh"]),
    ("arabic-article-es",
     "Pilgrims visit Deir es-Sultan in Kesh.",
     ["Deir es-Sultan", "Kesh"]),
    ("danish-legal-form",
     "Cables came from Ujar A/S of Kesh.",
     ["Ujar A/S", "Kesh"]),
    ("two-companies-joined-by-and",
     "It sold stakes to Ujarmont Corporation and Kesh Gold Mining Company Ltd.",
     ["Ujarmont Corporation", "Kesh Gold Mining Company Ltd"]),
    ("corporal-and-justices",
     "Corporal Ujar Omurov and Justices Asel Keshova spoke.",
     ["Ujar Omurov", "Asel Keshova"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round21_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

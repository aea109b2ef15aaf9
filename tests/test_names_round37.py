"""The names finder on classes the hundred-and-ninth to hundred-and-twelfth blind sets showed
(issue 11, thirty-seventh round): an Arabic family name with its article and a second family
name after a hyphen, and the Hadhrami "ba-"; a firm's comma list that ends in a partner's name
and the firm's legal form; a land in brackets before a legal form and Singapore's "Pte"; and
"Base" and "Highway" as head nouns (a base "on" an island is two names). Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("an-article-name-with-a-second-family-name",
     "Governor Ujar al-Kesh-Omuri and Asel Gonur al-Ujari-O'Kesh spoke.",
     ["Ujar al-Kesh-Omuri", "Asel Gonur al-Ujari-O'Kesh"]),
    ("the-hadhrami-ba",
     "Lawyer Omar Salem ba-Keshir spoke for him.",
     ["Omar Salem ba-Keshir"]),
    ("a-firms-list-that-ends-in-a-legal-form",
     "Her firm, Omuri, Keshan & Ujari LLP, said she was innocent.",
     ["Omuri, Keshan & Ujari LLP"]),
    ("a-land-in-brackets-before-pte",
     "The sawmill is owned by Gonur Hardwoods (Kesh) Pte Limited and Ujar Timber Pte Ltd.",
     ["Gonur Hardwoods (Kesh) Pte Limited", "Ujar Timber Pte Ltd"]),
    ("base-and-highway",
     "Helicopters flew from King Ujar Air Base, and the Kesh Highway closed.",
     ["King Ujar Air Base", "Kesh Highway"]),
    ("a-base-on-an-island",
     "Scientists at the Ujarsky Research Base on Gonur Island counted birds.",
     ["Ujarsky Research Base", "Gonur Island"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round37_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

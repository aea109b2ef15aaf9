"""The names finder on classes the sixty-first to sixty-fourth blind sets showed (issue 11,
twenty-fifth round): a society is a head noun, so a known land before one stays in its name;
and a body "of" another body is one name, its full name, as every labelled set now has it.
Every sentence is written for these tests, from no labelled set; places, bodies and people are
invented, the countries are CLDR's."""

from __future__ import annotations

import pytest
from conftest import ROOT
from test_names_round7 import names_in

from translate.glossary.matcher import source_matcher
from translate.glossary.yaml import load_glossary

CASES = [
    ("a-society-after-a-demonym",
     "The Ujari Red Lantern Society and the Kesh Geographical Society helped.",
     ["Ujari Red Lantern Society", "Kesh Geographical Society"]),
    ("an-institute-of-an-academy",
     "Asel Omur of the Institute of Ujar Studies of the Kesh Academy of Sciences spoke.",
     ["Asel Omur", "Institute of Ujar Studies of the Kesh Academy of Sciences"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round25_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_known_land_before_a_society_stays_in_its_name() -> None:
    """The glossary knows Azerbaijan: before a society's name it is part of that name, as it is
    before a university's (Azerbaijan State University)."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = "The Azerbaijan Green Shield Society sent aid to Kesh."
    assert names_in(text, matcher) == ["Azerbaijan Green Shield Society", "Kesh"]

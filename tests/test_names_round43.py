"""The names finder on classes the hundred-and-thirty-third to hundred-and-thirty-sixth blind
sets showed (issue 11, forty-third round): a nickname in guillemets (Øyvind «Øyvi» Hansen); the
Philippine particles dela and delos; Md., Mohd. and Ma. inside a person's name, with no sentence
break after them; the legal forms amba and sp. z o.o.; a consulate general; a pass named after
its owner (Sir Lowry's Pass); two places and a road's head noun after an en dash as one name; a
dateline in capitals with its country in title case, the outlet in brackets, and a spaced
hyphen; British spellings of CLDR's "St." countries (St Kitts and Nevis) and the full name of
St Vincent and the Grenadines. Every sentence is written for these tests, from no labelled set;
places, bodies and people are invented, except countries."""

from __future__ import annotations

import pytest
from test_articles import sentences_of
from test_names_round7 import names_in

from translate.glossary.countries import _english_spellings

CASES = [
    ("a-nickname-in-guillemets",
     "Øyvind «Øyvi» Keshsen and Maria Teresa «Terry» Lo Gonuro met in Ujar.",
     ["Øyvind «Øyvi» Keshsen", "Maria Teresa «Terry» Lo Gonuro", "Ujar"]),
    ("philippine-particles",
     'Juan dela Kesh-Santos, Ana delos Gonur and Maria "Malu" dela Omur spoke.',
     ["Juan dela Kesh-Santos", "Ana delos Gonur", 'Maria "Malu" dela Omur']),
    ("md-and-ma-in-a-persons-name",
     "Abu Naser Md. Kesh-Hasan and Ma. Theresa Gonur-Villanueva spoke.",
     ["Abu Naser Md. Kesh-Hasan", "Ma. Theresa Gonur-Villanueva"]),
    ("danish-and-polish-legal-forms",
     "Gonur Foods amba and Kesh Labs sp. z o.o. signed it.",
     ["Gonur Foods amba", "Kesh Labs sp. z o.o."]),
    ("a-consulate-general",
     "The family is assisted by the Consulate General of Gonur in Ujar.",
     ["Consulate General of Gonur", "Ujar"]),
    ("a-pass-named-after-its-owner",
     "The bus plunged off the road at Sir Gonur's Pass in March.",
     ["Sir Gonur's Pass"]),
    ("two-places-and-a-road",
     "Trucks use the Gonur–Keshtown Road daily.",
     ["Gonur–Keshtown Road"]),
    ("a-dateline-with-its-country-and-outlet",
     "GONURTOWN, Kesh (Gonur News) - The Ujar Bank said so.",
     ["GONURTOWN", "Kesh", "Gonur News", "Ujar Bank"]),
    ("a-dateline-with-its-country-and-a-hyphen",
     "GONURTOWN, Kesh - The Ujar Bank said so.",
     ["GONURTOWN", "Kesh", "Ujar Bank"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round43_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Abu Naser Md. Kesh spoke. Ma. Theresa Gonur left.", 2),
        ("It was founded by Jack Ma. The deal closed.", 2),
        ("Mohd. Gonur and Muhd. Kesh met.", 1),
    ],
)
def test_no_sentence_break_after_a_given_names_abbreviation(text: str, sentences: int) -> None:
    assert len(sentences_of(text + "\n")) == sentences


def test_british_spellings_of_cldr_saints() -> None:
    assert "St Kitts and Nevis" in _english_spellings("St. Kitts & Nevis", "KN")
    assert "Saint Kitts and Nevis" in _english_spellings("St. Kitts & Nevis", "KN")
    assert {"Saint Vincent and the Grenadines", "St Vincent and the Grenadines"} <= set(
        _english_spellings("St. Vincent & Grenadines", "VC")
    )
    assert _english_spellings("Ukraine", "UA") == ["Ukraine"]

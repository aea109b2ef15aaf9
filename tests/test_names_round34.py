"""The names finder on classes the ninety-seventh to hundredth blind sets showed (issue 11,
thirty-fourth round): a dateline's place in capitals beyond ASCII and a dateline that ends
in a date; more titles (Bailiff, Comptroller, Jurat, Delegate, Superintendent, DJ, a
company's Managing Director, Malay honorifics); an act's year after "of"; a funding round's
series; a plural possessive after a body's head noun; a firm's "and Sons" before its legal
form; an acronym that spells the name after an "and"; a field before a head noun after a
portfolio's word; a speaker after a university; the ship's noun before a list of names; a
Mongolian glued initial before a double family name; new head nouns (Treasury, Cross, Wing,
Yuan, Command, Charity) and common acronyms (CT, MRI, PhD). Every sentence is written for
these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-dateline-in-capitals-beyond-ascii",
     "SANTA OMÚR — Heavy rain fell on the town.",
     ["SANTA OMÚR"]),
    ("a-dateline-that-ends-in-a-date",
     "GONUR, May 3 — Heavy rain fell on the town.",
     ["GONUR"]),
    ("bailiff-comptroller-jurat-and-delegate",
     "The Bailiff, Sir Ujar Keshov, Jurat Asel Omurova and Delegate Ujar Gonurov met the "
     "Comptroller.",
     ["Ujar Keshov", "Asel Omurova", "Ujar Gonurov"]),
    ("superintendent-and-dj",
     "Superintendent Asel Omurova-O'Kesh and DJ Ujar Keshov played.",
     ["Asel Omurova-O'Kesh", "Ujar Keshov"]),
    ("a-companys-managing-director",
     "Gonur Copper Company Managing Director Asel Omurova resigned.",
     ["Gonur Copper Company", "Asel Omurova"]),
    ("malay-honorifics",
     "Dato Seri Paduka Ujar Kesh bin Omur met Datin Asel Omurova and Dato Sri Ujar Gonurov.",
     ["Ujar Kesh bin Omur", "Asel Omurova", "Ujar Gonurov"]),
    ("bte-and-hj",
     "The article is by Asel Ujara bte Hj Keshova.",
     ["Asel Ujara bte Hj Keshova"]),
    ("an-acts-year-after-of",
     "Gonur passed the Kesh Pastures Act of 2021 in May.",
     ["Gonur", "Kesh Pastures Act of 2021"]),
    ("a-funding-rounds-series",
     "Ujarpay raised money in a Series A round and then in Series B funding.",
     ["Ujarpay"]),
    ("a-plural-possessive-after-a-head-noun",
     "The Kesh Armed Forces' Cyber Defence Command and the Writers' Union of Gonur met.",
     ["Kesh Armed Forces", "Cyber Defence Command", "Writers' Union of Gonur"]),
    ("and-sons-before-a-legal-form",
     "It was built by Gonur-based Omurov and Sons Company.",
     ["Gonur", "Omurov and Sons Company"]),
    ("an-acronym-that-spells-the-name-after-and",
     "The Gonur Islands Wetlands Society and Women United Together Gonur Islands (WUTGI) "
     "handed out water.",
     ["Gonur Islands Wetlands Society", "Women United Together Gonur Islands"]),
    ("a-field-before-a-head-noun-after-a-portfolio",
     "The money went to the Gonur Health Care Fund and the Kesh Savings Account.",
     ["Gonur Health Care Fund", "Kesh Savings Account"]),
    ("a-speaker-after-a-university",
     "Students will train at the University of Gonur, Omurova said.",
     ["University of Gonur", "Omurova"]),
    ("the-ships-noun-before-a-list-of-names",
     "The vessel Ujar Star and the Kesh Lines feeder Kesh Dawn were diverted.",
     ["Ujar Star", "Kesh Lines", "Kesh Dawn"]),
    ("a-glued-initial-before-a-double-family-name",
     "Mining chief D.Omurbaatar-O'Kesh met Ch.Ujarsaikhan-MacGonur.",
     ["D.Omurbaatar-O'Kesh", "Ch.Ujarsaikhan-MacGonur"]),
    ("treasury-cross-wing-yuan-command-charity",
     "The Gonur Treasury, the Kesh Red Cross, the Ujar Dialysis Wing, the Executive Yuan, the "
     "Kesh Cyber Command and the Omur Hospital Charity helped.",
     ["Gonur Treasury", "Kesh Red Cross", "Ujar Dialysis Wing", "Executive Yuan",
      "Kesh Cyber Command", "Omur Hospital Charity"]),
    ("ct-mri-and-phd",
     "The Gonur clinic bought a CT scanner and an MRI suite for two PhD students.",
     ["Gonur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round34_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

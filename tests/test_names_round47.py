"""The names finder on classes the hundred-and-forty-ninth to hundred-and-fifty-second blind
sets showed (issue 11, forty-seventh round): an outlet's one-word name alone on the date line
(Sierraloaded); a land's abbreviation in brackets before a legal form, a comma too (Melco
Resorts (Macau), S.A., Bahari Cargo Handling (T) Ltd); a Polish partnership (i Wspólnicy
sp.k.); titles Kgosi, Legislator, Barrister; a building "on" a way; a combining accent inside a
name (Adébáyọ̀); an initial before a family name's particle (Rizal M. dela Peña); Korean places'
units (Wonsam-myeon); a committee's qualifier in brackets (... (Downstream)). Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-land-in-brackets-before-a-form",
     "Licences went to Gonur Resorts (Kesh), S.A. and Ujar Cargo Handling (T) Ltd in May.",
     ["Gonur Resorts (Kesh), S.A.", "Ujar Cargo Handling (T) Ltd"]),
    ("a-polish-partnership",
     "The firm Gonurska Wrona i Wspólnicy sp.k. advised.",
     ["Gonurska Wrona i Wspólnicy sp.k."]),
    ("kgosi-legislator-barrister",
     "Kgosi Asel Omur, Legislator Kesh Gonur and Barrister Ujar Omurov spoke.",
     ["Asel Omur", "Kesh Gonur", "Ujar Omurov"]),
    ("a-building-on-a-way",
     "They met at Gonur House on Asel Omur Way in Kesh.",
     ["Gonur House", "Asel Omur Way", "Kesh"]),
    ("a-combining-accent-and-a-body-after-of",
     "The lecturer Oyinkansola Gonúrọ̀-Ness of the University of Kesh said so.",
     ["Oyinkansola Gonúrọ̀-Ness", "University of Kesh"]),
    ("an-initial-before-a-particle",
     "Rizal M. dela Gonur-Ocampo spoke.",
     ["Rizal M. dela Gonur-Ocampo"]),
    ("korean-places-units",
     "The plant in Gonur-myeon of Kesh-si will open.",
     ["Gonur-myeon", "Kesh-si"]),
    ("a-committees-qualifier",
     "The Senate Committee on Gonur Resources (Downstream) met; the Committee on Ethics (COE) "
     "did not.",
     ["Senate Committee on Gonur Resources (Downstream)", "Committee on Ethics", "COE"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round47_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_one_word_outlet_on_the_date_line() -> None:
    text = " date 2026-12-02 Gonurloaded\nA Trial Begins in Kesh\n\nThe trial began in Ujar.\n"
    assert names_in(text)[:1] == ["Gonurloaded"]

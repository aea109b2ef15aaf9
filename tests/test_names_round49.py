"""The names finder on classes the hundred-and-fifty-seventh to hundred-and-sixtieth blind
sets showed (issue 11, forty-ninth round): a date line's outlet whose name is in lower case
after its first word, and the body's mentions of it (Jutarnji list); a French square or street
after an elided article with a capital beyond ASCII (Place de l'Étoile); Spanish and
Portuguese streets named after a date (Avenida 18 de Julio); a numbered instrument with its
issuer's letters (Decree 01/2025/ND-CP); a hotel's name that goes on after "and" (Hotel and
Suites); titles Monsignor, Intendant and an engineer's Ing.; the Kalenjin particle arap; a
nickname that opens with a Romance article (José Manuel "el Chato" Pereira); "Force" as a head
noun. Every sentence is written for these tests, from no labelled set; places, bodies and
people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-french-square-after-an-elided-article",
     "Works towards the Place de l'Étoile and the Rue de l'Église ended.",
     ["Place de l'Étoile", "Rue de l'Église"]),
    ("streets-named-after-a-date",
     "The stadium on Avenida 21 de Setiembre faces Plaza 25 de Mayo, not Rua 7 de Setembro.",
     ["Avenida 21 de Setiembre", "Plaza 25 de Mayo", "Rua 7 de Setembro"]),
    ("an-issuers-letters-after-the-number",
     "Decree 01/2025/GN-KS replaced Bill 8741/2026-CR in Gonur.",
     ["Decree 01/2025/GN-KS", "Bill 8741/2026-CR", "Gonur"]),
    ("a-hotel-and-suites",
     "The summit at the Gonur Hotel and Suites in Kesh ended.",
     ["Gonur Hotel and Suites", "Kesh"]),
    ("monsignor-intendant-ing",
     "Monsignor Asel Omurtek, Intendant Ujar Kesh and Ing. Gonur Omur-Ansah met.",
     ["Asel Omurtek", "Ujar Kesh", "Gonur Omur-Ansah"]),
    ("the-bank-ing-ends-a-sentence",
     "He banks with ING. Gonur Omur said so.",
     ["ING", "Gonur Omur"]),
    ("the-kalenjin-arap",
     "The coach Kesh Kipgonur arap Omurtek spoke.",
     ["Kesh Kipgonur arap Omurtek"]),
    ("a-nickname-with-an-article",
     'Ujar Manuel "el Gonuro" Kesh denied it.',
     ['Ujar Manuel "el Gonuro" Kesh']),
    ("force-a-head-noun",
     "The Gonur National Defense Force moved to Kesh.",
     ["Gonur National Defense Force", "Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round49_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_date_line_outlet_in_lower_case_after_its_first_word() -> None:
    text = (
        " date 2026-12-04 Gonurski list\nStaff walk out in Kesh\n\n"
        "Workers told Gonurski list that Ujar would strike.\n"
    )
    assert names_in(text) == ["Gonurski list", "Kesh", "Gonurski list", "Ujar"]


def test_an_english_line_in_lower_case_is_no_outlet_unless_written_again() -> None:
    text = " date 2026-12-04 Gonurski list\nStaff walk out in Kesh\n\nWorkers in Ujar struck.\n"
    assert "Gonurski list" not in names_in(text)

"""The names finder on classes the hundred-and-sixty-first to hundred-and-sixty-fourth blind
sets showed (issue 11, fiftieth round): an explainer's questions as headings (What Does the Law
Say?, WHO IS AFFECTED?); streets and squares in Central European languages, their noun in lower
case after the name or capitalised before it (Kossuth tér, Námestie slobody); places with
"am", "nad", "pod" (Frankfurt am Main, Týn nad Vltavou); the date line's outlet after a
byline's name; an amount's currency code or symbol and its number, no name (USD 250, Tk 20),
where a withdrawn code's letters may be one (ESA 44); a bracketed act's year after a comma;
Interstate roads and the "-bound" words before them; "ST." in a date line in capitals; "Sk."
for Sheikh; the title Agent; the Iban "anak"; a partner's name and "and" before a firm's.
Every sentence is written for these tests, from no labelled set; places, bodies and people
are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("central-european-streets-and-squares",
     "Marchers went from Gonur Lajos utca to Kesh tér and on to Námestie slobody.",
     ["Gonur Lajos utca", "Kesh tér", "Námestie slobody"]),
    ("places-with-am-and-nad",
     "The plants at Gonur am Main and Kesh nad Vltavou closed.",
     ["Gonur am Main", "Kesh nad Vltavou"]),
    ("an-amount-is-no-name",
     "Fares rose from Rs 10 to Rs 15, and vanilla fell to USD 250 and Tk 20 in Gonur.",
     ["Gonur"]),
    ("a-withdrawn-codes-letters",
     "Gonurtrans will install its ESA 44 interlocking.",
     ["Gonurtrans", "ESA 44"]),
    ("a-bracketed-act-and-its-year-after-a-comma",
     "The ban breaks the Gonur Life (Protection) Act, 1972, the court in Kesh said.",
     ["Gonur Life (Protection) Act, 1972", "Kesh"]),
    ("interstate-and-northbound",
     "Northbound Interstate 80 was closed between Gonur and Kesh.",
     ["Interstate 80", "Gonur", "Kesh"]),
    ("st-in-a-date-line-in-capitals",
     "ST. GONURSBURG — Ambulances were diverted from Kesh.",
     ["ST. GONURSBURG", "Kesh"]),
    ("sk-agent-anak",
     "Police held Sk. Gonur; Agent Asel Kesh and Ujar anak Omur spoke.",
     ["Sk. Gonur", "Asel Kesh", "Ujar anak Omur"]),
    ("a-partner-and-a-firm",
     "Inspectors from Gonur and Keshbeck Inc., the contractor, found it; Asel Omur and Kesh Ltd "
     "did not.",
     ["Gonur and Keshbeck Inc", "Asel Omur", "Kesh Ltd"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round50_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_an_explainers_questions_are_headings() -> None:
    text = (
        " date 2026-12-04 Gonur Times\nFares rise in Kesh\n\nThe PMGL raised fares in Ujar.\n\n"
        "What Did PMGL Announce?\n\nIt said so.\n\nWHO IS AFFECTED?\n\nPatients in Asel are.\n"
    )
    assert names_in(text) == ["Gonur Times", "Kesh", "PMGL", "Ujar", "PMGL", "Asel"]


def test_the_date_lines_outlet_after_a_bylines_name() -> None:
    text = (
        " date 2026-12-04 Gonur Tribune\nArena vote set\n\nBy Asel Kesh-Moua Gonur Tribune\n\n"
        "The council told the Gonur Tribune that Ujar would vote.\n"
    )
    # (the credit line is read first)
    assert names_in(text) == [
        "Asel Kesh-Moua", "Gonur Tribune", "Gonur Tribune", "Gonur Tribune", "Ujar",
    ]  # fmt: skip

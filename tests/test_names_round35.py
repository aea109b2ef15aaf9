"""The names finder on classes the hundred-and-first to hundred-and-fourth blind sets showed
(issue 11, thirty-fifth round): "and" before a word that is no English word after a body's
complement; a city whose name ends like a field's; a word beyond ASCII, which the lexicon is
not asked; a capitalised particle that opens a given name; an honorific that is no field;
more titles and honorifics (MEC, Arbiter, Messrs, Ko, Ma); new head nouns; "I" after a head
noun; a body's possessive; Malaysian a/l and a/p; a firm's comma list after Messrs; "and"
inside a body's name before a later "and"; a country's adjective before a runner's name;
"& Co. KG"; a place alone before a dash and "The"; aircraft makers (Harbin, Dornier, Mil).
Every sentence is written for these tests, from no labelled set; places, bodies and people
are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("and-before-a-brand-after-a-complement",
     "The app was built with the Department of the Public Service and Ujarcel, its partner.",
     ["Department of the Public Service", "Ujarcel"]),
    ("a-city-whose-name-ends-like-a-field",
     "Players came on a new flight between Almaty and Tan Son Kesh International Airport "
     "operated by Ujarjet.",
     ["Almaty", "Tan Son Kesh International Airport", "Ujarjet"]),
    ("a-word-beyond-ascii-before-and",
     "Members at Walvis Bay, Ujarötz and Henties Bay had been on short time.",
     ["Walvis Bay", "Ujarötz", "Henties Bay"]),
    ("a-capitalised-particle-opens-a-given-name",
     "Vice Chairman of the Gonur People's Committee Nguyen Van Ujar and Kesh Bank General "
     "Director Le Thanh Omur spoke.",
     ["Gonur People's Committee", "Nguyen Van Ujar", "Kesh Bank", "Le Thanh Omur"]),
    ("an-honorific-is-no-field",
     "The minister, U Tin Ujar Lwin, and Ko Aung Kesh Zaw and Ma Su Gonur Noe came.",
     ["Tin Ujar Lwin", "Aung Kesh Zaw", "Su Gonur Noe"]),
    ("mec-arbiter-and-messrs",
     "Sport MEC Asel Omurova and the Arbiter Ujar Keshov hired Messrs Omur, Kesh & Partners.",
     ["Asel Omurova", "Ujar Keshov", "Omur, Kesh & Partners"]),
    ("new-head-nouns",
     "Runners passed the Gonur Towers, the Kesh Convent and the Ujar Planetarium and Digital "
     "Dome in the Omur Marathon.",
     ["Gonur Towers", "Kesh Convent", "Ujar Planetarium and Digital Dome", "Omur Marathon"]),
    ("i-after-a-head-noun",
     '"At Gonur Towers I looked back," she said.',
     ["Gonur Towers"]),
    ("a-bodys-possessive",
     "The Assembly's Lands and Kesh Affairs Committee and the Attorney General's Chambers met.",
     ["Lands and Kesh Affairs Committee", "Attorney General's Chambers"]),
    ("a-l-and-a-p",
     "Counsel Ujar a/l Keshavan and Justice Asel a/p Omuram spoke.",
     ["Ujar a/l Keshavan", "Asel a/p Omuram"]),
    ("and-to-the-head-noun-before-a-later-and",
     "Demand comes from the Gonur Industrial and Business Park and the Kesh industrial park.",
     ["Gonur Industrial and Business Park", "Kesh"]),
    ("a-countrys-adjective-before-a-runners-name",
     "It finished ahead of Gonur's Ujar Kesh, with Kenyan Nicholas Keshotich of Omur Running "
     "Club third, and Kyrgyz Temir Ujaru.",
     ["Gonur", "Ujar Kesh", "Nicholas Keshotich", "Omur Running Club", "Kyrgyz Temir Ujaru"]),
    ("co-kg",
     "Kesh Hydro GmbH & Co. KG will supply the turbines.",
     ["Kesh Hydro GmbH & Co. KG"]),
    ("a-place-alone-before-a-dash-and-the",
     "Gonur – The General Court of Kesh ruled on Wednesday.",
     ["Gonur", "General Court of Kesh"]),
    ("aircraft-makers",
     "A Gonur Navy Harbin Z-9 and a Kesh Air Force Mil Mi-17 flew over.",
     ["Gonur Navy", "Harbin Z-9", "Kesh Air Force", "Mil Mi-17"]),
    ("wellness-and-elderly-portfolios",
     "The Ministry of Health, Wellness and Elderly Affairs of Gonur vaccinated children.",
     ["Ministry of Health, Wellness and Elderly Affairs of Gonur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round35_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

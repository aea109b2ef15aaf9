"""The names finder on classes the twenty-seventh and twenty-eighth blind sets showed (issue
11, sixteenth round): a people's adjective after a joiner at a run's end, an aircraft "of" its
operator, Turkish legal forms and joiners, numbered decrees with letters, honorifics, more
portfolios, and places named after an owner. Every sentence is written for these tests, from
no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    # A joiner and a people's or a region's adjective at a run's end describe the common noun
    # after them, not the name before them.
    ("adjective-after-a-joiner",
     "Ujar Berg, who advises the World Bank on Central Asian trade, went to the Persian Gulf "
     "for the Central Asian states.",
     ["Ujar Berg", "World Bank", "Persian Gulf"]),
    # ... but a sea's adjective before its port is the sea's name.
    ("sea-after-and-the",
     "Goods go to the Kazakh city of Ujarkent and the Caspian port of Keshtau.",
     ["Ujarkent", "Caspian", "Keshtau"]),
    # ... and an adjective before a capitalised head noun stays in the name.
    ("adjective-inside-a-name",
     "He leads the Institute for Central Asian Studies in Kesh.",
     ["Institute for Central Asian Studies", "Kesh"]),
    # An aircraft "of" its operator: two names.
    ("aircraft-of-an-operator",
     "Crews flew an Airbus A400M of the Gonur Air Force to Kesh.",
     ["Airbus A400M", "Gonur Air Force", "Kesh"]),
    # Turkish legal forms and "ve" (and) inside a company's name.
    ("turkish-legal-form",
     "The ship belongs to Ujarlar Bulk Denizcilik A.Ş., a firm in Kesh.",
     ["Ujarlar Bulk Denizcilik A.Ş.", "Kesh"]),
    ("turkish-joiner",
     "It went to Gonur İnşaat Yatırım ve Dış Ticaret A.Ş. and Asel Omur.",
     ["Gonur İnşaat Yatırım ve Dış Ticaret A.Ş.", "Asel Omur"]),
    # A decree's number with letters after a slash.
    ("decree-number-with-letters",
     "It follows Decree No. 166/LR of Gonuria.",
     ["Decree No. 166/LR", "Gonuria"]),
    # Honorifics before a person's name are titles.
    ("honorific",
     "Mallam Ujar Ali Ibn-Kesh and Alhaji Asel Omur spoke.",
     ["Ujar Ali Ibn-Kesh", "Asel Omur"]),
    # Business, jobs, skills and regions are portfolios.
    ("portfolios-of-business-and-jobs",
     "The Ministry of Business, Innovation and Employment and the Department of Jobs, Skills, "
     "Industry and Regions of Gonuria agreed.",
     ["Ministry of Business, Innovation and Employment",
      "Department of Jobs, Skills, Industry and Regions of Gonuria"]),
    # Hungarian and other legal forms, a known place before them included; no "-based"
    # adjective before the company's name.
    ("hungarian-legal-form",
     "Funds came from Ujarbank Hungary Zrt. and the Kesh-based Gonur Ticaret ve Sanayi A.Ş.",
     ["Ujarbank Hungary Zrt.", "Kesh", "Gonur Ticaret ve Sanayi A.Ş."]),
    # A hyphenated compound of two capitalised words that are no English ones is a name even
    # where a sentence opens (after a semicolon too); an English compound is not.
    ("foreign-compound-opening",
     "Gonuria asked; Ujar-Ölgii province is 250 kilometres away. Cross-Border trade grew.",
     ["Gonuria", "Ujar-Ölgii"]),
    # A sea's adjective after "the" before "and" is the sea's name.
    ("sea-before-and",
     "Trucks from Kesh must cross the Caspian and the Georgian border.",
     ["Kesh", "Caspian"]),
    # A cameraman's or a trainer's role before a person's name is a title.
    ("roles-before-a-name",
     "Cameraman Ujar Omurov-MacLean and trainer Asel Omur were held in Kesh.",
     ["Ujar Omurov-MacLean", "Asel Omur", "Kesh"]),
    # A place named after its owner keeps the possessive.
    ("owned-places",
     "Flights from Ujar's Bay and Kesh's Bazar left, as Gonur's Foreign Ministry said.",
     ["Ujar's Bay", "Kesh's Bazar", "Gonur", "Foreign Ministry"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round16_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

"""The names finder on classes the eighty-first to eighty-fourth blind sets showed (issue 11,
thirtieth round): a currency's symbol with its dot before an amount, the titles Officer,
Hetman and Magistrate and the honorifics U and Pa, a style's capital that a title is of, an
owner's possessive between two names, an aircraft maker's two-digit model and a model's family
name, a Romance name "de" a known land, new head nouns (quay, preserve), acronyms of common
things, "Follow" opening a credit, the legal form a.d., a plan's years, the Uzbek patronymic
o'g'li, a known title's possessive before an office and a trade's possessive before a body.
Every sentence is written for these tests, from no labelled set; places, bodies and people
are invented (Cuba is the glossary's)."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-currency-symbol-with-its-dot",
     "The plan will cost Rs. 410 million, Gonur officials said.",
     ["Gonur"]),
    ("officer-is-a-title",
     "Chief Commercial Officer Ujar Keshew said so.",
     ["Ujar Keshew"]),
    ("hetman-is-a-title",
     "Hetman Ujar Keshenko built it.",
     ["Ujar Keshenko"]),
    ("u-before-a-burmese-name",
     "A member, U Thein Ujar Kesh, spoke.",
     ["Thein Ujar Kesh"]),
    ("pa-before-a-full-name",
     "We have nothing, said Pa Ujar Keshura, a fisherman.",
     ["Ujar Keshura"]),
    ("the-republic-a-title-is-of",
     "The President of the Republic Ujar Keshed opened it.",
     ["Ujar Keshed"]),
    ("an-owners-possessive-between-two-names",
     "Gonuria joined the Ujar Monetary Fund's Extended Fund Facility.",
     ["Gonuria", "Ujar Monetary Fund", "Extended Fund Facility"]),
    ("a-makers-two-digit-model",
     "Tourists arrive on an ATR 42 from Gonur.",
     ["ATR 42", "Gonur"]),
    ("two-digits-that-count-are-no-model",
     "Last year Fokker 20 engineers came to Gonur.",
     ["Fokker", "Gonur"]),
    ("a-models-family-name",
     "The airline will fly a Boeing 787-8 Dreamliner to Gonur.",
     ["Boeing 787-8 Dreamliner", "Gonur"]),
    ("a-romance-name-de-a-known-land",
     "The Ballet Nacional de Cuba danced in Gonur.",
     ["Ballet Nacional de Cuba", "Gonur"]),
    ("a-quay-named-after-a-ruler",
     "The ship docked at Queen Ujara II Quay in Gonur.",
     ["Queen Ujara II Quay", "Gonur"]),
    ("a-preserve-is-a-body",
     "The National Ujar-Kesh Historical and Cultural Preserve lent icons.",
     ["National Ujar-Kesh Historical and Cultural Preserve"]),
    ("acronyms-of-common-things",
     "Farmers in Gonur get alerts by SMS and GPS collars and pay by QR code.",
     ["Gonur"]),
    ("follow-opens-a-credit",
     "Follow Gonurnews.org on Telegram.",
     ["Gonurnews.org", "Telegram"]),
    ("the-legal-form-a-d",
     "The drugmaker Ujarfarm a.d. will export to Gonur.",
     ["Ujarfarm a.d.", "Gonur"]),
    ("a-plans-years",
     "Funds came from the Ujar Development Programme 2021-2025.",
     ["Ujar Development Programme 2021-2025"]),
    ("the-uzbek-patronymic-ogli",
     "The engineer Sardor Ujar o'g'li Keshmatov leads the works.",
     ["Sardor Ujar o'g'li Keshmatov"]),
    ("a-known-titles-possessive-before-an-office",
     "Complaints went to the Ombudsman's Office in Gonur.",
     ["Ombudsman's Office", "Gonur"]),
    ("a-trades-possessive-before-a-body",
     "He chairs the Ujar Fishermen's Association.",
     ["Ujar Fishermen's Association"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round30_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

"""The names finder on classes the eighty-fifth to eighty-eighth blind sets showed (issue 11,
thirty-first round): Pacific names with a glottal stop beside a hyphen, the titles Ratu,
Crown and Princess, new head nouns (trust, navy, headquarters, park, lawyers, hotel), a
headquarters' ordinal, "ibni" in a name, Spanish joiners (en, con), a building "on" an island
or on a sea, a ruler's name before a body with its complement, an award's category, and
acronyms and time zones that name no body. Every sentence is written for these tests, from no
labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-glottal-stop-beside-a-hyphen",
     "Sione Ujarulu-'Ahio and Jimmy Kesh'a-Ramo spoke.",
     ["Sione Ujarulu-'Ahio", "Jimmy Kesh'a-Ramo"]),
    ("ratu-is-a-title",
     "The deal was signed by Ratu Viliame Ujarevu-O'Connor.",
     ["Viliame Ujarevu-O'Connor"]),
    ("crown-prince-and-princess-are-titles",
     "Crown Prince Ujar bin Kesh met Princess Asel Omurova.",
     ["Ujar bin Kesh", "Asel Omurova"]),
    ("a-trust-and-a-navy-are-bodies",
     "The Gonur Heritage Trust thanked the Royal Navy of Ujaria.",
     ["Gonur Heritage Trust", "Royal Navy of Ujaria"]),
    ("a-headquarters-ordinal",
     "He heads the 8th Regional Coast Guard Headquarters in Kesh.",
     ["8th Regional Coast Guard Headquarters", "Kesh"]),
    ("a-law-firm-and-a-park",
     "Ujarwards Lawyers met at the Gonur Islands Global Geopark.",
     ["Ujarwards Lawyers", "Gonur Islands Global Geopark"]),
    ("ibni-inside-a-name",
     "The Kesh State Medical University named after Abuali ibni Ujar trained them.",
     ["Kesh State Medical University named after Abuali ibni Ujar"]),
    ("spanish-joiners",
     "Ecologistas en Gonur and Amigos con Kesh protested.",
     ["Ecologistas en Gonur", "Amigos con Kesh"]),
    ("a-court-on-an-island",
     "The case went to the Island Court on Ujarate last week.",
     ["Island Court", "Ujarate"]),
    ("a-hotel-on-a-sea",
     "They played at the Gonur Kesh Hotel on the Ujar Sea coast.",
     ["Gonur Kesh Hotel", "Ujar Sea"]),
    ("an-agreement-on-a-sea-stays-one",
     "The Agreement on the Ujar Sea was signed.",
     ["Agreement on the Ujar Sea"]),
    ("a-rulers-name-before-a-body-with-its-complement",
     "The Princess Ujara University for Technology opened.",
     ["Princess Ujara University for Technology"]),
    ("an-awards-category",
     "The Golden Ujar Award for Best Feature Film went to Asel Omurova.",
     ["Golden Ujar Award", "Asel Omurova"]),
    ("a-category-alone-is-no-name",
     "Best Actress went to Asel Omurova.",
     ["Asel Omurova"]),
    ("acronyms-and-time-zones",
     "LPG prices in Gonur fell at 10:00 JST.",
     ["Gonur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round31_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

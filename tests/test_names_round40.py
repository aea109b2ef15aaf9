"""The names finder on classes the hundred-and-twenty-first to hundred-and-twenty-fourth blind
sets showed (issue 11, fortieth round): Welsh "ferch" and "verch" inside a person's name; "na"
inside a name (Thai and South Slavic usage); a people named by its land and "-er"; common
acronyms and a currency's abbreviation (GST, VPN, IPO, Shs); titles Cllr, ASP and Qari, also
before a nicknamed person; "Canton" and "Mansion" as head nouns; a building or a firm "on" a
river, a sea or a hill is two names (not a conference's subject); Danish "A/S" and Turkish
"Ltd. Şti." as legal forms. Every sentence is written for these tests, from no labelled set;
places, bodies and people are invented, except two demonyms."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("welsh-ferch",
     "Delegate Gwenllian ferch Omur spoke to Keshra Cymru.",
     ["Gwenllian ferch Omur", "Keshra Cymru"]),
    ("na-inside-names",
     "Warunee na Keshburi met the board of Hidroelektrane na Gonuri.",
     ["Warunee na Keshburi", "Hidroelektrane na Gonuri"]),
    ("a-land-and-er",
     "Greenlanders and Icelanders met Gonur officials.",
     ["Gonur"]),
    ("common-acronyms-and-shillings",
     "The GST, VPN and IPO rules cost Shs 4 billion in Gonur.",
     ["Gonur"]),
    ("cllr-asp-and-qari",
     'Cllr Ujar Kesh, Qari Omar Gonuri and ASP Asel "AK" Keshova-Omur prayed.',
     ["Ujar Kesh", "Omar Gonuri", 'Asel "AK" Keshova-Omur']),
    ("canton-and-mansion-on-a-hill",
     "Guards of the Executive Mansion on Omur Hill met the Gonura Canton police.",
     ["Executive Mansion", "Omur Hill", "Gonura Canton"]),
    ("a-firm-on-a-river-not-a-conference",
     "Keshdi Hydropower Limited on the Omur River met the Conference on the Gonur Sea.",
     ["Keshdi Hydropower Limited", "Omur River", "Conference on the Gonur Sea"]),
    ("danish-and-turkish-legal-forms",
     "Keshland Fisk A/S sold it to Gonur Denizcilik ve Ticaret Ltd. Şti. in May.",
     ["Keshland Fisk A/S", "Gonur Denizcilik ve Ticaret Ltd. Şti."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round40_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

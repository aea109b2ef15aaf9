"""The names finder on classes the hundred-and-thirteenth to hundred-and-sixteenth blind sets
showed (issue 11, thirty-eighth round): more titles before a person (Councillor, Advocate,
Maître, Sayadaw) and portfolios in a minister's title (Logistics, Water, Climate); a law "on"
a one-word subject; an act named with its "of" and its year after a comma; a numbered
instrument's number after a slash; a firm "of" the city or land it is from; a ship's prefix
before a title-like name; a nickname in quotes inside a person's name; a parish named after
its owner; a firm's comma list of three names and its legal form; a list of places before
"and" and one with its own noun (Bay); Sault "Ste." Marie; "Hub" as a head noun; a World
Heritage Site as no name; a person with a double family name "of" a body; and, where Apertium's
English analyser is installed, an acronym its dictionary writes as a word (Unesco) as a name.
Every sentence is written for these tests, from no labelled set; places, bodies and people are
invented, except the acronym and a country."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

from translate.glossary.lexicon import lexicon_available

CASES = [
    ("councillor-and-advocate",
     "Councillor Ujar Omuri and Advocate Asel Keshova-van Dyk walked out.",
     ["Ujar Omuri", "Asel Keshova-van Dyk"]),
    ("maitre-before-a-lawyer",
     "Her lawyer, Maître Gonzague Ujarimana, appealed.",
     ["Gonzague Ujarimana"]),
    ("a-ministers-portfolio-of-logistics",
     "Minister of Transport and Logistics Ujar Keshaw cut the ribbon.",
     ["Ujar Keshaw"]),
    ("a-law-on-one-word",
     "Under the Law on Notariate, deeds need a seal in Gonuria.",
     ["Law on Notariate", "Gonuria"]),
    ("a-constitutions-year-after-a-comma",
     "The Interim Constitution of the Republic of Gonuria, 2014 guarantees a fair trial.",
     ["Interim Constitution of the Republic of Gonuria, 2014"]),
    ("a-proclamations-number-with-a-slash",
     "Bids follow the Gonur Water Proclamation No. 512/2019 in full.",
     ["Gonur Water Proclamation No. 512/2019"]),
    ("a-firm-of-a-city",
     "Ferries will come from Keshmar Marine Company of Baku next year.",
     ["Keshmar Marine Company", "Baku"]),
    ("a-firm-whose-whole-name-has-of",
     "The Gonur Shipping Company of Ujaria bought two ferries.",
     ["Gonur Shipping Company of Ujaria"]),
    ("a-ships-prefix-before-a-title",
     "The crew repainted the SS Princess Ujara at the Kesh Pier.",
     ["SS Princess Ujara", "Kesh Pier"]),
    ("a-nickname-in-quotes",
     'Gonur Ferry, driven by Ujar "UJ" Kesh-Omuri, came second; Asel "Tata" Gonurova won.',
     ["Gonur Ferry", 'Ujar "UJ" Kesh-Omuri', 'Asel "Tata" Gonurova']),
    ("a-parish-named-after-its-owner",
     "The stable of Omuri's Parish won the cup.",
     ["Omuri's Parish"]),
    ("a-firms-list-of-three-names-and-a-legal-form",
     "The bonds were handled by Kesh, Omuri, Ujar-Gonur LLC, the board said.",
     ["Kesh, Omuri, Ujar-Gonur LLC"]),
    ("places-listed-before-one-with-its-noun",
     "Tourists travel on to Keshra, Omula and Ujar Bay by bus.",
     ["Keshra", "Omula", "Ujar Bay"]),
    ("ste-inside-a-name",
     "Steel came from Sault Ste. Marie and Gonur. It arrived late.",
     ["Sault Ste. Marie", "Gonur"]),
    ("hub-as-a-head-noun",
     "Funds came from the Lesotho Innovation Hub this year.",
     ["Lesotho Innovation Hub"]),
    ("a-world-heritage-site",
     "Ujar Fort, a UNESCO World Heritage Site, hosts a festival.",
     ["Ujar Fort", "UNESCO"]),
    ("a-double-family-name-of-a-body",
     "Asel Omurova-Kesh of Ujarbank and Emil Gonur-de Wit of Keshmet Holdings spoke.",
     ["Asel Omurova-Kesh", "Ujarbank", "Emil Gonur-de Wit", "Keshmet Holdings"]),
]  # fmt: skip


@pytest.mark.skipif(not lexicon_available(), reason="needs Apertium's English analyser")
def test_an_acronym_the_dictionary_writes_as_a_word_is_a_name() -> None:
    """Apertium's dictionary reads Unesco and UNESCO as the acronym ``Unesco``, a body's name,
    where it writes common acronyms in capitals (GDP, VAT): the first is a name, alone or
    opening a sentence; the others are not."""
    assert names_in("The old town was listed by Unesco, he said.") == ["Unesco"]
    assert names_in("UNESCO sent experts to Gonur.") == ["UNESCO", "Gonur"]
    assert names_in("GDP grew in Gonur.") == ["Gonur"]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round38_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

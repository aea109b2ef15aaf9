"""The names finder on classes the hundred-and-seventeenth to hundred-and-twentieth blind sets
showed (issue 11, thirty-ninth round): a nickname of two words in quotes, a title among them,
inside a person's name, and family names after it; demonyms of lands that CLDR's languages do
not give (Sammarinese, Motswana, Palestinian); weekdays in the plural; degrees Celsius; more
titles (Assoc., Oknha, Regent, Ña) and portfolios (State Assets); a bridge "and" an airport as
two names; a brand's plural possessive before a name; a comma list of acronyms before "and" a
bank; ordinances and ephorates as head nouns; the outlet alone on its date line kept whole
though the tagger reads its first word as none; a numbered road, zone or block named by its
noun and number. Every sentence is written for these tests, from no labelled set; places,
bodies and people are invented, except a country, a demonym and a weekday."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-nickname-of-two-words-with-a-title",
     'Ujar "Coach Kesh" Omurov won, and Asel "Lady Gonur" Keshova-Bell sang.',
     ['Ujar "Coach Kesh" Omurov', 'Asel "Lady Gonur" Keshova-Bell']),
    ("family-names-after-a-nickname",
     'Sebastien "Seb" Li Kwong Wing of the Gonur Centre spoke.',
     ['Sebastien "Seb" Li Kwong Wing', "Gonur Centre"]),
    ("a-nickname-after-a-portfolio",
     'Minister of Agriculture Omar "Gia" Keshvili came.',
     ['Omar "Gia" Keshvili']),
    ("demonyms-cldr-lacks",
     "Sammarinese and Motswana fans met Palestinian pupils in Gonur.",
     ["Gonur"]),
    ("weekdays-in-the-plural",
     "Flights leave Gonur on Wednesdays and Saturdays at 8:10.",
     ["Gonur"]),
    ("degrees-celsius",
     "The sea off Gonur reached 31.4 degrees Celsius in May.",
     ["Gonur"]),
    ("more-titles",
     "Assoc. Prof. Ujar Kesh and Oknha Gonur Omuri met Captain Regent Asel Kesh and Ña Ramona "
     "Ujari.",
     ["Ujar Kesh", "Gonur Omuri", "Asel Kesh", "Ramona Ujari"]),
    ("a-portfolio-of-state-assets",
     "Minister of State Assets Wojtek Kesh-Omurski spoke.",
     ["Wojtek Kesh-Omurski"]),
    ("a-bridge-and-an-airport",
     "Traffic crossed the Kesh Bridge and Golden Gate International Airport road.",
     ["Kesh Bridge", "Golden Gate International Airport"]),
    ("a-brands-plural-possessive",
     "KeshEnergies' Gran Gonur project lies offshore.",
     ["KeshEnergies", "Gran Gonur"]),
    ("acronyms-listed-before-a-bank",
     "Most deposits are held by KGB, UJB and Omur Bank.",
     ["KGB", "UJB", "Omur Bank"]),
    ("an-ordinance-and-an-ephorate",
     "Under the Island Ordinance on Reef Management, the Ephorate of Antiquities of Kesh acts.",
     ["Island Ordinance on Reef Management", "Ephorate of Antiquities of Kesh"]),
    ("numbered-roads-and-blocks",
     "The clinic on Highway 5 and the office on Street 178 serve Block 58.",
     ["Highway 5", "Street 178", "Block 58"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round39_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_the_outlet_alone_on_its_date_line_is_kept_whole() -> None:
    """An outlet on the date line whose name opens with a demonym: the tagger is sure "Thai" is
    no name's, as a demonym alone is not, but the outlet's name stands as written."""
    text = (
        " date 2026-12-02 Thai KTV World\nSimilan reef survey finds worst bleaching since 2010"
        "\n\nDr Asel Kesh told Thai KTV World that the sea was warm.\n"
    )
    from test_names_round7 import find_names, parse_article, segment_article, source_matcher

    from translate.glossary.model import Glossary
    from translate.text.segments import credit_segments

    article = parse_article(text, "t.txt")
    segments = (*credit_segments(article), *segment_article(article))
    found = {o.name for o in find_names(segments, source_matcher(Glossary(())))}
    assert "Thai KTV World" in found

"""The names finder on classes the eighth blind set showed (issue 11, ninth round): an
occupation opening a sentence before a person and that person's organisation, an institution
``named after`` a person, a reservoir or canal as a place's head noun. Every sentence is
written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from conftest import ROOT, needs_apertium
from test_names_round7 import names_in

from translate.glossary.gazetteer import is_demonym
from translate.glossary.matcher import source_matcher
from translate.glossary.yaml import load_glossary

CASES = [
    # An occupation in -ist opening a sentence is no part of the person after it, also when
    # the person's organisation follows after "of" in the same run of capitals.
    ("occupation-before-a-person-of-an-organisation",
     "It rained. Hydrologist Asel Omur of the Gonur Polar Institute said so.",
     ["Asel Omur", "Gonur Polar Institute"]),
    ("occupation-before-two-people",
     "Botanist Ulan Kasym and Asel Omur met in Kesh.",
     ["Ulan Kasym", "Asel Omur", "Kesh"]),
    # An institution named after a person is one name, the person's initials and all.
    ("institution-named-after-a-person",
     "A survey by the Gonur Art Museum named after J. K. Omur was published.",
     ["Gonur Art Museum named after J. K. Omur"]),
    ("institute-of-named-after-a-person",
     "Experts of the Institute of Soils named after Ulan Kasym went to Kesh.",
     ["Institute of Soils named after Ulan Kasym", "Kesh"]),
    # ... but a person named after another is two people, and so is anything without a head
    # noun before "named after".
    ("person-named-after-a-person",
     "Asel Omur named after Ulan Kasym her first son.",
     ["Asel Omur", "Ulan Kasym"]),
    ("thing-named-after-a-person-is-no-name-of-its-own",
     "The prize, named after Ulan Kasym, went to Kesh.",
     ["Ulan Kasym", "Kesh"]),
    # A local authority named "Executive Power" (as in Azerbaijan) or a power company: a head
    # noun, so the place before it is inside the name.
    ("executive-power-head-noun",
     "Farmers gathered at the Gonur District Executive Power and at Ujar Power in May.",
     ["Gonur District Executive Power", "Ujar Power"]),
    # A reservoir or a canal after a place is one place.
    ("reservoir-head-noun",
     "Water from the Gonur Reservoir reaches the Ujar Canal in May.",
     ["Gonur Reservoir", "Ujar Canal"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round9_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_reservoir_or_canal_after_a_known_place_is_a_name_of_its_own() -> None:
    """The glossary knows Armenia; a reservoir or a canal named after a known place is a
    place of its own, not the known place plus a common word."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = "Farmers near the Armenia Reservoir dug the Armenia Canal in 1950."
    assert names_in(text, matcher) == ["Armenia Reservoir", "Armenia Canal"]


@needs_apertium
def test_a_word_english_knows_only_as_a_proper_noun_opens_a_sentence() -> None:
    """A capital English knows only as a proper noun (Canberra, Pretoria) is a name even once, at a
    sentence's start after a quote; a common word there (Partners) is not."""
    text = 'He spoke. "Canberra wants partners," he said. "Partners matter," Asel Omur added.'
    assert names_in(text) == ["Canberra", "Asel Omur"]


CASES_MORE = [
    # A saint's possessive inside a name that ends in a head noun; a saint alone stays one.
    ("saints-possessive-before-a-head-noun",
     "Icons left St. Gonur's Cathedral in Kesh for Saint Ujar's Church.",
     ["St. Gonur's Cathedral", "Kesh", "Saint Ujar's Church"]),
    ("saint-alone",
     "A letter of St. Gonur was read in Kesh.",
     ["St. Gonur", "Kesh"]),
    # A sea's adjective used as its noun after "the" is a name, and so it is before a noun for
    # its shore or its ports (the later blind sets label it so); before another noun it is no
    # name.
    ("sea-adjective-as-a-noun",
     "Ships crossed the Caspian, reached the Caspian ports and then the Adriatic in May.",
     ["Caspian", "Caspian", "Adriatic"]),
    ("sea-adjective-before-a-noun-is-no-name",
     "The Baltic states and the Aegean islands signed.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CASES_MORE], ids=[c[0] for c in CASES_MORE]
)
def test_round9_more_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_word_like_a_demonym_of_a_territory_of_several_words_is_no_demonym() -> None:
    """The people of a territory of several words take its first word but for one letter
    (Bosnian); Turan is no demonym of Turks & Caicos, nor Vatican one of Vatican City."""
    assert [is_demonym(w) for w in ("Bosnian", "Turkish", "Turan", "Vatican")] == [
        True,
        True,
        False,
        False,
    ]

"""The names finder's evidence beyond one sentence's capitals (issue 11, fifth round): the
English lexicon's unknown and capitalised-only words, CLDR's time-zone cities, demonyms made
of language names, and the boundaries of names. Every sentence is written for these tests, from
no labelled set."""

from __future__ import annotations

import pytest
from conftest import needs_apertium

from translate.glossary.gazetteer import cities, is_demonym
from translate.glossary.matcher import source_matcher
from translate.glossary.model import Glossary
from translate.glossary.names import find_names
from translate.text.articles import parse_article
from translate.text.segments import segment_article


def names_in(text: str) -> list[str]:
    article = parse_article(text, "t.txt")
    return [o.name for o in find_names(segment_article(article), source_matcher(Glossary(())))]


#: Needs Apertium's English analyser: what English does not know, or knows only capitalised.
LEXICON = [
    # A word English does not know opens a sentence once: a name all the same.
    ("unknown-word-at-a-sentence-start", "Fiorentina lost at home. The coach left.",
     ["Fiorentina"]),
    # ... but an English compound or plural the analyser lacks is no foreign word.
    ("compound-at-a-sentence-start-is-no-name", "Shipbuilders met the mayor.", []),
    # A common noun English always capitalises (a demonym) is no name, even inside a sentence.
    ("capitalised-common-noun", "The veteran Dutchman and the young Spaniard drew in Ujar.",
     ["Ujar"]),
]  # fmt: skip

#: No lexicon needed.
GAZETTEER = [
    # A city of CLDR's time zones opens a sentence once: a name.
    ("time-zone-city-at-a-sentence-start", "Novosibirsk hosted the fair. It ended.",
     ["Novosibirsk"]),
    # A domain opens a sentence: an outlet or a company by its site.
    ("domain-at-a-sentence-start", "Booking.com opened an office in Ujar.",
     ["Booking.com", "Ujar"]),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LEXICON], ids=[c[0] for c in LEXICON]
)
def test_lexicon_evidence(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in GAZETTEER], ids=[c[0] for c in GAZETTEER]
)
def test_gazetteer_evidence(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("word", "demonym"),
    [("Dutchman", True), ("Englishwomen", True), ("Spaniard", True), ("Armenians", True),
     ("Norman", False), ("Osman", False), ("Paris", False), ("Kazan", False)],
)  # fmt: skip
def test_demonyms_from_language_names(word: str, demonym: bool) -> None:
    assert is_demonym(word) is demonym


def test_cities_come_from_the_time_zones() -> None:
    assert {"almaty", "tbilisi", "novosibirsk"} <= cities()
    assert "georgia" not in cities()  # a territory stays a territory

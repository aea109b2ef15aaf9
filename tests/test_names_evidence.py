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


#: Boundaries of names (no lexicon needed).
BOUNDARIES = [
    # "St." and "Mt." are inside a name, not the end of one.
    ("saint-inside-a-name", "Pilgrims walked from St. Albans to Mt. Olympus.",
     ["St. Albans", "Mt. Olympus"]),
    # A number after "No." is the name's last word.
    ("number-after-no", "He was taken to Regional Clinic No. 4 in Ujar.",
     ["Regional Clinic No. 4", "Ujar"]),
    # A possessive of a common noun inside a name that ends in a head noun.
    ("possessive-inside-a-name",
     "The women's shelter moved; the Women's Refuge Foundation said so.",
     ["Women's Refuge Foundation"]),
    # ... of a title too; but a name's possessive is no part of what follows.
    ("title-possessive-inside-a-name",
     "The Attorney-General's Office and Ujar's Water Board met.",
     ["Attorney-General's Office", "Ujar", "Water Board"]),
    # A comma list before "and" and a head noun: one organisation.
    ("comma-list-before-a-head-noun",
     "Members of FIFA's Audit, Compliance and Governance Committee met in Ujar.",
     ["FIFA", "Audit, Compliance and Governance Committee", "Ujar"]),
    # A hyphenated given name with a lower-case syllable, next to the family name.
    ("hyphenated-given-name", "Ban Ki-moon met Kim Jong-un; Moon Jae-in did not.",
     ["Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"]),
    # ... not an adjective made of a name.
    ("adjective-made-of-a-name", "A Gabala-based firm and Soviet-era plants.", ["Gabala"]),
    # Religious and royal titles before a name are no part of it.
    ("religious-and-royal-titles",
     "Emperor Menelik and Imam Shamil met Ayatollah Ruhollah in Ujar.",
     ["Menelik", "Shamil", "Ruhollah", "Ujar"]),
    # Two networks, one of them a brand's camel case: two names.
    ("networks-joined-by-and", "Rumours spread on Signal and WhatsApp in Ujar.",
     ["Signal", "WhatsApp", "Ujar"]),
    # A title's portfolios to the end of the run leave no name.
    ("portfolios-after-a-title", "He met the Deputy Minister of Trade and Sports in Ujar.",
     ["Ujar"]),
    # An organisation named "X on Y" ends in its complement.
    ("head-noun-before-on", "MPs amended the Code on Water Use in Ujar.",
     ["Code on Water Use", "Ujar"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in BOUNDARIES], ids=[c[0] for c in BOUNDARIES]
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@needs_apertium
def test_an_english_compound_before_of_names_a_thing() -> None:
    """ "X of Y" is one organisation when X ends in an English compound the lexicon lacks
    (Patriarchate: patriarch + ate), two names when X is a person (Otarov of ...)."""
    text = "The Coptic Patriarchate of Alexandria wrote to Zhanibek Otarov of Ujar Cement Company."
    assert names_in(text) == [
        "Coptic Patriarchate of Alexandria",
        "Zhanibek Otarov",
        "Ujar Cement Company",
    ]


@needs_apertium
def test_a_titles_portfolio_is_an_english_word() -> None:
    """After a title's "of", a word English knows (a compound of two: Shipbuilding) is the
    portfolio; a word it does not know starts the person's name."""
    text = "Deputy Minister of Shipbuilding Yerbol Tokayev spoke in Ujar."
    assert names_in(text) == ["Yerbol Tokayev", "Ujar"]


@needs_apertium
def test_one_analyser_process_answers_every_question_of_an_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The finder asks the lexicon which words are common, capitalised-only, unknown, or
    compounds of known words (whose parts are asked only once a word is unknown): `prewarm`
    asks all of it up front, so an article costs one `lt-proc` process, not three."""
    import translate.glossary.lexicon as lexicon

    asked: list[list[str]] = []
    ask = lexicon._analyse

    def analyse(words: list[str], analyser: object) -> dict[str, str]:
        asked.append(words)
        return ask(words, analyser)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon, "_analyse", analyse)
    monkeypatch.setattr(lexicon, "_known", {})
    text = "Fiorentina lost at home. Shipbuilders met the Dutchman in Ujar.\n"
    assert names_in(text) == ["Fiorentina", "Ujar"]
    assert len(asked) == 1
    assert {"Fiorentina", "fiorentina", "ship", "builders"} <= set(asked[0])

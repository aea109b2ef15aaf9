"""The names finder on classes the ninth blind set showed (issue 11, tenth round): where a long
name of a body, a law or a work ends, nested bodies, particles, ships and model codes. Every
sentence is written for these tests, from no labelled set; places, bodies and people are
invented."""

from __future__ import annotations

import pytest
from conftest import ROOT, needs_apertium
from test_names_round7 import names_in

from translate.glossary.matcher import source_matcher
from translate.glossary.model import Glossary
from translate.glossary.suggest import NameKind, suggest
from translate.glossary.yaml import load_glossary
from translate.text.articles import parse_article
from translate.text.segments import segment_article

CASES = [
    # A law's complement after "on" goes on with "in" before common words ...
    ("law-on-x-in-common-words",
     "Judges in Kesh apply the Law on Water Protection in Rural Areas since May.",
     ["Kesh", "Law on Water Protection in Rural Areas"]),
    # ... not before a place: that is where the law applies.
    ("law-on-x-in-a-place",
     "The Law on Grazing in Gonur was passed.",
     ["Law on Grazing", "Gonur"]),
    # "against" after a head noun is inside the name, as "on" is ...
    ("committee-against",
     "The Gonur Committee against Hunger met Asel Omur.",
     ["Gonur Committee against Hunger", "Asel Omur"]),
    # ... but not before a land: a court rules against a state.
    ("court-against-a-land",
     "Asel Omur took the case to the Ujar Court against Armenia in May.",
     ["Asel Omur", "Ujar Court", "Armenia"]),
    # An "and" before a field of the body that the next "of" belongs to cuts nothing: the
    # institute's two fields, then the academy it belongs to, all one name.
    ("fields-of-an-institute-of-an-academy",
     "Asel Omur of the Institute of Botany and Zoology of the Gonur Academy of Arts spoke.",
     ["Asel Omur", "Institute of Botany and Zoology of the Gonur Academy of Arts"]),
    # Titles and portfolios before a head noun name an office, its first title included.
    ("special-state-prosecutors-office",
     "Police in Kesh acted for the Special State Prosecutor's Office on Friday.",
     ["Kesh", "Special State Prosecutor's Office"]),
    # An "and" between two fields of a project's name: one name ("Project" is a head noun).
    ("and-inside-a-project",
     "Reporters of the Gonur Water and Soil Monitoring Project went to Kesh.",
     ["Gonur Water and Soil Monitoring Project", "Kesh"]),
    # An ampersand between capitalised words is inside one name.
    ("ampersand-inside-a-name",
     "Writing in the journal Gonur Birds & Bees, Asel Omur said so.",
     ["Gonur Birds & Bees", "Asel Omur"]),
    # ... but not before "the": that is a list of two names.
    ("ampersand-before-the-is-a-list",
     "Gonur Watch & the Ujar Forum protested.",
     ["Gonur Watch", "Ujar Forum"]),
    # A comma list of fields after "for" is one body's name, its last item two words.
    ("comma-list-after-for",
     "The Ujar Agency for Energy, Transport and Water Use declined to comment.",
     ["Ujar Agency for Energy, Transport and Water Use"]),
    # ... and after "on" (a parliament's committee on several fields).
    ("comma-list-after-on",
     "The Gonur Duma Committee on Ecology, Energy and Soil Protection met.",
     ["Gonur Duma Committee on Ecology, Energy and Soil Protection"]),
    # A demonym before an acronym only says whose the body is.
    ("demonym-before-an-acronym",
     "Data went to the Russian GNIRO in Kesh.",
     ["GNIRO", "Kesh"]),
    ("demonym-before-an-acronym-after-and-the",
     "Support came from the Gonur Film Centre and the French GNC in May.",
     ["Gonur Film Centre", "GNC"]),
    ("demonym-before-an-acronym-and-a-word",
     "Bids came from the Saudi GCWA Power and from Kesh.",
     ["GCWA Power", "Kesh"]),
    # A title after a head noun's "on" before a portfolio is the committee's field.
    ("committee-on-a-titles-portfolio",
     "The Committee on Foreign Policy of the Ujar Senate met in Kesh.",
     ["Committee on Foreign Policy of the Ujar Senate", "Kesh"]),
    # A patronymic word before a second family name, hyphenated, ends the person's name.
    ("hyphenated-patronymic",
     "His neighbour Ulan Kasym uulu-Brenner showed a video from Kesh.",
     ["Ulan Kasym uulu-Brenner", "Kesh"]),
    # A particle's word with a capital and no name after it is a name of its own (a place).
    ("lake-and-a-particle-word",
     "Boats crossed Lake Van to the town of Van on Monday.",
     ["Lake Van", "Van"]),
    ("particle-before-a-name-stays-a-particle",
     "The painter Anton van Gonur lived in Kesh.",
     ["Anton van Gonur", "Kesh"]),
    # A dateline's place opens the paragraph, a common word or not.
    ("dateline-place",
     "Van, Gonuria – Floods struck the region on Monday.",
     ["Van", "Gonuria"]),
    # A ship's name after the noun for it keeps its title.
    ("ship-named-with-a-title",
     "The ferry Sultan Gonur carried tents to Kesh.",
     ["Sultan Gonur", "Kesh"]),
    ("title-before-a-person-without-a-ship",
     "Sultan Gonur carried tents to Kesh.",
     ["Gonur", "Kesh"]),
    # A model's code after its maker is a name of its own, and its plural is the code (when
    # the article names the maker alone too: `test_names_round13`).
    ("model-code-after-its-maker",
     "Ujar Air flies Gonurjet G210neo aircraft and bought five G310s from Gonurjet in May.",
     ["Ujar Air", "Gonurjet", "G210neo", "G310", "Gonurjet"]),
    # A number without letters after a maker stays inside its name.
    ("model-number-stays-with-its-maker",
     "Ujar Air flies the Gonurjet 310 Skyline.",
     ["Ujar Air", "Gonurjet 310 Skyline"]),
]  # fmt: skip


CASES_MORE = [
    # A university's campus after a comma is one name with it; a land after the comma is not.
    ("university-with-its-campus",
     "She left the University of Gonur, Ujar City for Kesh.",
     ["University of Gonur, Ujar City", "Kesh"]),
    ("university-then-its-country",
     "She left the University of Gonur, Armenia, for Kesh.",
     ["University of Gonur", "Armenia", "Kesh"]),
    # A work's unquoted title after the noun for it, a subtitle after a colon included.
    ("unquoted-title-with-a-subtitle",
     "The museum opens the exhibition Salt and Silk: Trade on the Gonur Steppe in May.",
     ["Salt and Silk: Trade on the Gonur Steppe"]),
    # A byline's name before a role in lower case: the role's field is no part of the name,
    # a place there names the beat.
    ("byline-before-a-role",
     "By the desk\n\nAsel Omur-Kasym Health editor Mon 2 Mar 2026 09.00\n\nIt rained.",
     ["Asel Omur-Kasym"]),
    ("place-before-a-role-stays",
     "Ulan Kasym, a former Gonur correspondent of the daily Ujar Times, spoke.",
     ["Ulan Kasym", "Gonur", "Ujar Times"]),
    # A hyphenated name that ends in a place the article writes alone, with no noun after it
    # to describe: an organisation named so, not two places.
    ("organisation-named-with-a-place",
     "She works for the group Ekoliga-Kesh, based in Kesh.",
     ["Ekoliga-Kesh", "Kesh"]),
    # A body "of the" a ministry with its own complement is one name with it, as a body "of
    # the" a body of a land (the Council of Europe) is.
    ("service-of-a-ministry",
     "The Gonur Weather Service of the Ministry of Ecology and Forests warned Kesh.",
     ["Gonur Weather Service of the Ministry of Ecology and Forests", "Kesh"]),
    ("assembly-of-a-council-of-a-land",
     "The Gonur Youth Assembly of the Council of Armenia met in Kesh.",
     ["Gonur Youth Assembly of the Council of Armenia", "Kesh"]),
    # The articles and prepositions of other languages are inside a name between capitals.
    ("italian-article-inside-a-name",
     "He told Il Corriere della Gonur that Kesh won.",
     ["Il Corriere della Gonur", "Kesh"]),
    ("german-preposition-inside-a-name",
     "She studied at the Akademie für Tanz Gonur in Kesh.",
     ["Akademie für Tanz Gonur", "Kesh"]),
    # A body named by its head noun and "for", "of the" a ministry: one name as well.
    ("committee-for-x-of-a-ministry",
     "Officials of the Committee for Roads of the Ministry of Transport and Trade met in Kesh.",
     ["Committee for Roads of the Ministry of Transport and Trade", "Kesh"]),
    # A subtitle ends where the work is shown ("at the ... Museum"), which is a name of its own.
    ("subtitle-ends-before-where-it-is-shown",
     "The exhibition Salt and Silk: Trade on the Steppe at the Gonur Art Museum opens.",
     ["Salt and Silk: Trade on the Steppe", "Gonur Art Museum"]),
    ("organisation-named-with-a-place-before-and",
     "Members of Ekoliga-Kesh and Ujar Watch protested in Kesh.",
     ["Ekoliga-Kesh", "Ujar Watch", "Kesh"]),
    ("compound-before-a-noun-is-two-places",
     "The Gonur-Kesh road reopened, and trucks reached Kesh.",
     ["Gonur", "Kesh", "Kesh"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CASES_MORE], ids=[c[0] for c in CASES_MORE]
)
def test_round10_more_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@needs_apertium
def test_a_demonym_before_a_company_of_no_english_word_is_left_out() -> None:
    """A demonym before a company whose name of several words English does not know only
    says whose it is; before a body that ends in a head noun, or one word alone (the Russian
    Navy: the lexicon lacks ``navy`` too), it is part of the name."""
    text = (
        "Mines once owned by the Canadian Ujarcorp Gold closed. The Canadian Gold Federation "
        "and the Canadian Mining Institute met in Kesh, guarded by the Canadian Ujarcorp."
    )
    assert names_in(text) == [
        "Ujarcorp Gold",
        "Canadian Gold Federation",
        "Canadian Mining Institute",
        "Kesh",
        "Canadian Ujarcorp",
    ]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round10_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@needs_apertium
def test_a_head_noun_to_a_verb_is_one_name() -> None:
    """A head noun, ``to`` and an English verb name a body (a fund to end something); ``to``
    before a place, a title or a known name ends the name."""
    text = (
        "The Gonur Fund to End Hunger met. She sent the Committee to Kesh. He handed the "
        "Agreement to President Asel Omur. The Committee to Protect Journalists and Ujar "
        "Rights Watch protested."
    )
    assert names_in(text) == [
        "Gonur Fund to End Hunger",
        "Kesh",
        "Asel Omur",
        "Committee to Protect Journalists",
        "Ujar Rights Watch",
    ]


@needs_apertium
def test_common_words_after_and_the_beside_a_known_name_are_a_name_of_their_own() -> None:
    """The glossary knows the United Nations: a name of common English words in title case
    after ``and the`` is a name of its own, not what is left of the known one."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = "Aid came from the United Nations and the Global Water Facility in May."
    assert names_in(text, matcher) == ["Global Water Facility"]


def test_a_body_with_a_complement_of_a_known_name_is_one_name_with_it() -> None:
    """The glossary knows the United Nations: a committee named by its head noun and its
    complement ``of the`` it is one name with it, the body's full name."""
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    text = "The Committee against Hunger of the United Nations wrote to Kesh."
    assert names_in(text, matcher) == ["Committee against Hunger of the United Nations", "Kesh"]


def kinds(text: str) -> dict[str, NameKind]:
    article = parse_article(text, "t.txt")
    found = suggest([("t.txt", segment_article(article))], source_matcher(Glossary(())), ["ru"])
    return {s.name: s.kind for s in found}


KINDS = [
    # A head noun before the name's complement says its kind, as a last one does.
    ("committee-before-its-complement", "The Gonur Committee against Hunger met.",
     "Gonur Committee against Hunger", NameKind.ORGANISATION),
    ("law-before-its-complement", "Judges apply the Law on Grazing Rights.",
     "Law on Grazing Rights", NameKind.ORGANISATION),
    ("head-before-a-place-in-the-complement",
     "They cited the Convention on the Status of the Gonur Sea.",
     "Convention on the Status of the Gonur Sea", NameKind.EVENT),
    ("project-head", "Reporters of the Gonur Soil Reporting Project spoke.",
     "Gonur Soil Reporting Project", NameKind.ORGANISATION),
    ("office-head", "Police acted for the Special State Prosecutor's Office.",
     "Special State Prosecutor's Office", NameKind.ORGANISATION),
    # A place's noun before the name, and buildings after it.
    ("lake-before-a-name", "Boats crossed Lake Gonur on Monday.", "Lake Gonur", NameKind.PLACE),
    ("prison-head", "He was moved to the Kesh District Prison.", "Kesh District Prison",
     NameKind.PLACE),
    # An institution named after a person is no person.
    ("named-after", "Pupils of the Gonur Art School named after Asel Omur sang.",
     "Gonur Art School named after Asel Omur", NameKind.ORGANISATION),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS]
)
def test_round10_kinds(text: str, name: str, kind: NameKind) -> None:
    assert kinds(text)[name] is kind


@needs_apertium
def test_common_english_words_name_no_person() -> None:
    """Where the lexicon answers, a name of common English words only is an organisation (a
    journal, a society), and a person's name stays a person's."""
    found = kinds("Writing in the journal Nature Ecology & Evolution, Asel Omur said so.")
    assert found == {
        "Nature Ecology & Evolution": NameKind.ORGANISATION,
        "Asel Omur": NameKind.PERSON,
    }

"""The names finder on classes the thirteenth blind set showed (issue 11, thirteenth round):
titles of other countries and a byline's role, a title's place before a person, names joined
by "and", symbols and numbers inside names, a kind or a demonym before a name, the small words
of other languages, long names of laws and projects, a headline with no small word. Every
sentence is written for these tests, from no labelled set; places, bodies and people are
invented."""

from __future__ import annotations

import pytest
from conftest import needs_apertium
from test_names_round7 import names_in
from test_names_round10 import kinds

from translate.glossary.suggest import NameKind

CASES = [
    # A title that English borrows from another language goes before a person as any title
    # does, also opening a sentence; so does a kind of body before the body's name ...
    ("borrowed-title-opening-a-sentence",
     "Tánaiste Asel Omur, speaking in Kesh, said so.",
     ["Asel Omur", "Kesh"]),
    ("lower-case-borrowed-title",
     "The voivode Asel Omur and Taoiseach Ujar Kenzhebek met in Kesh.",
     ["Asel Omur", "Ujar Kenzhebek", "Kesh"]),
    ("kind-before-a-body",
     "The Kesh-based NGO Clean Rivers warned that the dam would flood Ujar.",
     ["Kesh", "Clean Rivers", "Ujar"]),
    # ... but a body named by the kind and a head noun keeps it.
    ("kind-inside-a-body",
     "The NGO Forum of Kesh met in Ujar.",
     ["NGO Forum of Kesh", "Ujar"]),
    # A journalist's role before a person is a title; alone on a credit's line it is a role,
    # no name.
    ("role-before-a-person",
     "Columnist Asel Omur wrote from Kesh.",
     ["Asel Omur", "Kesh"]),
    # (The name over the role is a byline, a credit, read before the text.)
    ("role-on-a-credit-line",
     "date 2026-12-06 The Gonur Times\nCopper miner halts work after clashes\n\n"
     "Asel Omur Kenzhebek\nBusiness Affairs Correspondent\n\nShares in Ujar fell in Kesh on "
     "Thursday.\n",
     ["Asel Omur Kenzhebek", "The Gonur Times", "Ujar", "Kesh"]),
    # Irish usage's "Co" before a county's name is no part of it.
    ("county-abbreviation",
     "The mine near Ujarabad in Co Kesh closed.",
     ["Ujarabad", "Kesh"]),
    # A lower-case title's "of" a CLDR place, then a person: two names ...
    ("title-of-a-city-then-a-person",
     "She came with the akim of Almaty Asel Omur.",
     ["Almaty", "Asel Omur"]),
    ("title-of-a-two-word-city-then-a-person",
     "She came with the mayor of New York Asel Omur.",
     ["New York", "Asel Omur"]),
    # ... not a place before common words (an event's name).
    ("city-before-common-words",
     "She won the title of Almaty Open Air in May.",
     ["Almaty Open Air"]),
    # Several portfolios after a title's "of", listed with commas, are the title's, not a name.
    ("title-with-a-list-of-portfolios",
     "The commission was headed by the Minister of Natural Resources, Ecology and Technical "
     "Supervision, Asel Omur.",
     ["Asel Omur"]),
    # A company's legal form in lower case ends its name.
    ("lower-case-legal-form",
     "Shares in Kesh-based Ujar Metals plc fell on Thursday.",
     ["Kesh", "Ujar Metals plc"]),
    # Capitals joined by an ampersand are one word of a name.
    ("ampersand-acronym",
     "The firm hired the lawyers B&K Omurov and the ferries of P&O in Kesh.",
     ["B&K Omurov", "P&O", "Kesh"]),
    # ... not a common term's (research and development, questions and answers).
    ("ampersand-common-terms",
     "The firm's R&D spending rose in Kesh, and after the Q&A session its M&A team left.",
     ["Kesh"]),
    # A number of one or two digits after a name ends it (an outlet, a channel) ...
    ("number-ending-a-name",
     '"It was hard," Asel Omur told Gonur 24 after the show. Kesh 2 with AFP reported it.',
     ["Asel Omur", "Gonur 24", "Kesh 2", "AFP"]),
    # ... not an amount, a currency's, a thousand, a common noun's number or a count of people.
    ("numbers-that-end-no-name",
     "Ujar fined Kesh 20,000 euros; tickets cost GEL 80, and in Gonur 12 people were hurt "
     "under Article 24.",
     ["Ujar", "Kesh", "Gonur"]),
    # A maker of one word that the article writes only before a model's code is one name with
    # it ...
    ("maker-written-only-before-a-code",
     "Firefighters flew a Gonuair GA-415 lent by Kesh.",
     ["Gonuair GA-415", "Kesh"]),
    # ... and two when the article names the maker alone too.
    ("maker-written-alone-too",
     "Kesh Air signed with Ujarbus for six A320neo jets. Ujarbus has a backlog, and its "
     "Ujarbus A321neo is late.",
     ["Kesh Air", "Ujarbus", "A320neo", "Ujarbus", "Ujarbus", "A321neo"]),
    # A name in another language holds its small words and an elided article (l', d') ...
    ("foreign-small-words-inside-a-name",
     "It won support from the Aide aux Films du Monde programme and the Centre du Film et de "
     "l'Image in Kesh.",
     ["Aide aux Films du Monde", "Centre du Film et de l'Image", "Kesh"]),
    ("elided-article-inside-a-place",
     "He flew from Kesh to Côte d'Ivoire on Monday.",
     ["Kesh", "Côte d'Ivoire"]),
    # ... and no English demonym before it is part of it; a demonym before a law of its
    # state with the law's complement is no part of it either (a ministry's rule).
    ("demonym-before-a-foreign-name",
     "The French Centre du Film et de l'Image Animée paid for it.",
     ["Centre du Film et de l'Image Animée"]),
    ("demonym-before-a-law",
     "It complied with the Kyrgyz Law on Water Use, Asel Omur said.",
     ["Law on Water Use", "Asel Omur"]),
    # ... not before a body whose name only starts like an office's.
    ("demonym-before-a-body-named-law",
     "The Georgian Law Association met in Kesh.",
     ["Georgian Law Association", "Kesh"]),
    # A law's complement after "on" goes on past "from" before common words ...
    ("from-inside-a-law",
     "It was built under Kesh's Law on Promoting the Use of Energy from Renewable Sources.",
     ["Kesh", "Law on Promoting the Use of Energy from Renewable Sources"]),
    ("from-inside-a-law-after-an-article",
     "A Law on the Protection of Children from Violence passed.",
     ["Law on the Protection of Children from Violence"]),
    # ... but not before a place, nor after a body's name that has no "on".
    ("from-before-a-place",
     "The Law on Imports from Ujar passed, and the Council from Kesh met.",
     ["Law on Imports", "Ujar", "Kesh"]),
    # A cable is a head noun: a project's name of a place and common words.
    ("cable-project",
     "This is what the Gonur Sea Submarine Cable will need, she said in Kesh.",
     ["Gonur Sea Submarine Cable", "Kesh"]),
    # A word and an acronym after its hyphen is an agency's name, also alone on its line ...
    ("word-and-an-acronym",
     "Gonurpress-AP/ts\n\nThe court in Kesh ruled on Tuesday.",
     ["Gonurpress-AP", "Kesh"]),
    # ... not a prefix before an acronym.
    ("prefix-before-an-acronym",
     "Extra-EU trade fell. Non-EU states in Kesh objected.",
     ["Kesh"]),
    # A ruler's title before the name of what is named after the ruler stays in its name ...
    ("ruler-title-before-a-hospital",
     "Surgeons from King Ujar Eye Specialist Hospital in Kesh and Prince Gonur University came.",
     ["King Ujar Eye Specialist Hospital", "Kesh", "Prince Gonur University"]),
    # ... not before a person, nor a title before the person's body.
    ("ruler-title-before-a-person",
     "The visit of King Ujar ended, and Sheikh Gonur Kesh met Minister Asel Omur.",
     ["Ujar", "Gonur Kesh", "Asel Omur"]),
    # A ruler's title before a family name alone is a given name (rulers go by their given
    # names): a person of two names.
    ("ruler-title-before-a-family-name",
     'It is the first since Emir Ujarov\'s "Kesh Lessons" in 2013, and Emir Tamim came.',
     ["Emir Ujarov", "Kesh Lessons", "Tamim"]),
    # A dateline's dash typed as two hyphens ends the dateline as a dash does.
    ("dateline-with-a-typed-dash",
     "DUSHANBE -- Residents of villages near the Kesh plant say so.",
     ["DUSHANBE", "Kesh"]),
    # A credit rating's grade in a sentence about ratings is no name; the same letters
    # elsewhere may be an acronym.
    ("rating-grades",
     "The bonds were rated B3 by Gonur Ratings, and Kesh kept its BB- score and AA+ rating.",
     ["Gonur Ratings", "Kesh"]),
    ("grade-letters-elsewhere",
     "The AAA said so in Kesh.",
     ["AAA", "Kesh"]),
    # A compound of demonyms before an acronym is no part of it (Swiss is a demonym CLDR's
    # languages do not give).
    ("compound-demonym-before-an-acronym",
     "Maersk and the Swiss-Italian GSC added services to Kesh.",
     ["Maersk", "GSC", "Kesh"]),
    # "Limited" is a legal form and so a head noun: the name is one, a land first included.
    ("limited-ends-a-name",
     "The tunnel will be built by China Railway Group Limited, a unit of Kesh Holdings.",
     ["China Railway Group Limited", "Kesh Holdings"]),
    # A body "of" a land, then a person: two names.
    ("body-of-a-land-then-a-person",
     "Chairman of the Cabinet of Ministers of Kyrgyzstan Asel Omur came to Kesh.",
     ["Cabinet of Ministers of Kyrgyzstan", "Asel Omur", "Kesh"]),
    # A lower-case "scheme" or "project" after capitalised words says their kind: one name,
    # common words and all.
    ("scheme-after-a-name",
     "It was paid for by Gonuria's Global Gateway scheme and the Kesh Water project.",
     ["Gonuria", "Global Gateway", "Kesh Water"]),
    # A word for the rich before a name is a title, also opening a sentence.
    ("rich-before-a-person",
     "Billionaire Asel Omurov, the party's founder, and tycoon Ujar Kenzhebek left Kesh.",
     ["Asel Omurov", "Ujar Kenzhebek", "Kesh"]),
    # Insurance is a company's trade: a head noun, "and" between two fields before it inside.
    ("insurance-head",
     "The Kesh Export and Investment Insurance agency paid for it.",
     ["Kesh Export and Investment Insurance"]),
    # A family name used alone keeps its lower-case particles, after a lower-case word or a
    # title ...
    ("particles-before-a-family-name",
     '"It is not about that," von der Ujar told reporters, and coach van Kesh agreed.',
     ["von der Ujar", "van Kesh"]),
    # ... not after a capitalised word: a name in another language with its small words.
    ("small-words-inside-a-foreign-name",
     "The Museo de Kesh opened, and Gonur de Ujar closed.",
     ["Museo de Kesh", "Gonur de Ujar"]),
    # A holding is a head noun: a company's name, a land first included.
    ("holding-head",
     "A series on the Armenia Investment Holding ran in Kesh.",
     ["Armenia Investment Holding", "Kesh"]),
    # A title-case headline with no small word, seven words or more, read as a paragraph
    # because the date line carried text: a headline all the same.
    ("headline-without-a-small-word",
     "date 2026-12-06 Gonur Review\nKesh's Water Minister Resigns After Ujar Dam Flood – "
     "Analysis\n\nKesh's water minister resigned after the Ujar Dam flood on Friday.\n",
     ["Gonur Review", "Kesh", "Ujar Dam", "Kesh", "Ujar Dam"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round13_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


#: Cases that need the English lexicon to tell an English word from a name.
LEXICON_CASES = [
    # Two single words joined by "and", one a name anywhere (English does not know it), the
    # other a common word capitalised inside a sentence: two names (an app and a network) ...
    ("name-and-a-capitalised-common-word",
     "Viewers complained on Gonurgram and Threads that the film was slow.",
     ["Gonurgram", "Threads"]),
    # ... not two common words, nor a name and its field before a head noun.
    ("common-words-joined-by-and",
     "The Caspian Oil and Gas show opened in Kesh.",
     ["Caspian Oil and Gas", "Kesh"]),
    # A person, "and", then the field of the next person's title: the field is the title's.
    ("person-and-the-next-title-field",
     "It came after Health Minister Asel Omur and Territorial Administration and "
     "Infrastructure Minister Ujar Kenzhebek left.",
     ["Asel Omur", "Ujar Kenzhebek"]),
    ("person-and-the-next-title",
     "Asel Omur and Foreign Minister Ujar Kenzhebek met.",
     ["Asel Omur", "Ujar Kenzhebek"]),
    # An abstract noun after a title's portfolio is its field; a given name is not.
    ("abstract-noun-after-a-portfolio",
     "Kesh's Minister of Digital Transformation, Asel Omur, welcomed it.",
     ["Kesh", "Asel Omur"]),
    ("given-name-after-a-portfolio",
     "The Minister of Energy Mark Omurov spoke.",
     ["Mark Omurov"]),
    # An acronym that English does not know opening a sentence is a name (a bank) ...
    ("unknown-acronym-opening-a-sentence",
     "ZQB, which took over the bank in 2023, was not involved.",
     ["ZQB"]),
    # ... not one English knows as a common term's, nor a word in capitals.
    ("known-acronym-opening-a-sentence",
     "GDP rose by 3% in Kesh. WATCH: it rained. VAT went up.",
     ["Kesh"]),
    # An adjective of a science (-ical) is a field beside "and" inside a body's name.
    ("science-adjective-and-a-field",
     "Scientists at the Gonur Hydrometeorological and Monitoring Service say so.",
     ["Gonur Hydrometeorological and Monitoring Service"]),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LEXICON_CASES], ids=[c[0] for c in LEXICON_CASES]
)
def test_round13_classes_with_the_lexicon(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_role_on_a_credit_line_without_the_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the lexicon no word of a byline's role is known to be common: the role is told
    by its title at the end of the credit's line, and is no name all the same."""
    from pathlib import Path

    from translate.glossary import lexicon

    monkeypatch.setattr(lexicon, "ANALYSER", Path("/nonexistent/eng-spa.automorf.bin"))
    monkeypatch.setattr(lexicon, "_known", {})  # what other tests asked is no answer here
    text = (
        "date 2026-12-06 The Gonur Times\nCopper miner halts work after clashes\n\n"
        "Asel Omur Kenzhebek\nBusiness Affairs Correspondent\n\nShares in Ujar fell in Kesh.\n"
    )
    assert names_in(text) == ["Asel Omur Kenzhebek", "The Gonur Times", "Ujar", "Kesh"]


KINDS = [
    # A company's last word that says its trade or kind makes it an organisation, no person.
    ("metals-company", "Shares in Ujar Metals fell in Kesh.", "Ujar Metals",
     NameKind.ORGANISATION),
    ("capital-company", "The fund Kesh Capital bought it.", "Kesh Capital",
     NameKind.ORGANISATION),
    # ... and a legal form in lower case is its head noun.
    ("legal-form-company", "Shares in Ujar Mining plc fell.", "Ujar Mining plc",
     NameKind.ORGANISATION),
    # A region CLDR names by a number is a place, of two words or not.
    ("region-of-two-words", "The desk covers Eastern Europe from Kesh.", "Eastern Europe",
     NameKind.PLACE),
    # A person before a name of common words stays a person.
    ("person-stays-a-person", "Asel Omur of Kesh spoke.", "Asel Omur", NameKind.PERSON),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS]
)
def test_round13_kinds(text: str, name: str, kind: NameKind) -> None:
    assert kinds(text)[name] is kind

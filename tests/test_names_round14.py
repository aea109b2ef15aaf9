"""The names finder on classes the fourteenth and fifteenth blind sets showed (issue 11,
fourteenth round): a father's initial glued to a person's name, names with numbers and model
codes, long names of bodies, a common word opening a name, particles and patronymics, and
words that are no names (time zones, religions, amounts). Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from conftest import needs_apertium
from test_names_round7 import names_in
from test_names_round10 import kinds

from translate.glossary.suggest import NameKind

CASES = [
    # Mongolian usage glues the initial of the father's name to a person's name: one word, and
    # a person of its own after a body's name or a title.
    ("glued-initial",
     "Herders led by D.Kenzhebek and Ts.Omurbat met in Kesh.",
     ["D.Kenzhebek", "Ts.Omurbat", "Kesh"]),
    ("glued-initial-after-a-body",
     "Director of the Institute of Gonur Studies Ch.Ujarbaatar told reporters.",
     ["Institute of Gonur Studies", "Ch.Ujarbaatar"]),
    # ... not a title's abbreviation nor a sentence's end with its space left out.
    ("no-glued-title-nor-sentence-end",
     "Ts.Ujarbat met them in Kesh.Then it rained.",
     ["Ts.Ujarbat", "Kesh"]),
    # A title's word inside a body's name before "of" and no person is the body's field.
    ("title-word-as-a-field-of-a-body",
     "The Committee for Floods and Civil Defence of Gonuria said on Monday that it rained.",
     ["Committee for Floods and Civil Defence of Gonuria"]),
    # ... with a person after it, the body and the person are two names.
    ("body-of-a-land-then-a-person",
     "The Committee of Defence of Armenia Ujar Omurov spoke.",
     ["Committee of Defence of Armenia", "Ujar Omurov"]),
    # A body's list of sciences after "of" is one name, as a list of portfolios is.
    ("list-of-sciences",
     "Staff at the Institute of Limnology, Delta Hydrography and Seismology of the Kesh "
     "Academy of Arts said so.",
     ["Institute of Limnology, Delta Hydrography and Seismology of the Kesh Academy of Arts"]),
    # A portfolio's plural is a body's field, no title before a person; a body named by its
    # head noun and complement, "of the" another body with its own head noun, is one name.
    ("plural-field-then-a-body",
     "said Asel Omur of the Commission for Studies of Steppe Cultures of the Kesh Mining "
     "Institute, who led it.",
     ["Asel Omur", "Commission for Studies of Steppe Cultures of the Kesh Mining Institute"]),
    # ... not a treaty's subject after "on".
    ("treaty-on-a-subject-of-a-sea",
     "They signed the Convention on the Fishing Rights of the Gonur Sea in Kesh.",
     ["Convention on the Fishing Rights of the Gonur Sea", "Kesh"]),
    # A symbol glued to an amount that goes on with cents or a multiplier is money, not a
    # name; a model's code is one.
    ("glued-currency-symbol",
     "Shares in Ujar rose to R41.50 as a Dh7 billion fund in Kesh bought a C929 jet.",
     ["Ujar", "Kesh", "C929"]),
    # A faith's or a people's plural after a word names a group of people, no body.
    ("group-of-people",
     "Gonuri Muslims, Valley Jews and Ujari Canadians gathered in Kesh.",
     ["Kesh"]),
    # ... not inside a body's name.
    ("people-inside-a-body",
     "The Gonur Christians Union met in Kesh.",
     ["Gonur Christians Union", "Kesh"]),
    # A patronymic word before the family name, as Azerbaijani usage writes a full name:
    # one person, a surname the glossary knows of another person included.
    ("patronymic-before-the-family-name",
     "The cup went to director Ujar Kesh oglu Omurov and the ambassador.",
     ["Ujar Kesh oglu Omurov"]),
    # ... and still the last word when no family name follows.
    ("patronymic-last", "Asel Omur kyzy said so in Kesh.", ["Asel Omur kyzy", "Kesh"]),
    # A person's particle before "of" makes a person, whatever common words name the body.
    ("particle-person-of-a-body",
     "Analyst Pieter van Kesh-Omur of Harbour Capital said the price was fair.",
     ["Pieter van Kesh-Omur", "Harbour Capital"]),
    # Names joined by "and" that end in the same head noun are two; a field and a head noun
    # after "and" still go on with the name.
    ("same-head-noun-twice",
     "The loan was arranged by Kesh Merchant Bank and Harbour Bank, and by Ujar.",
     ["Kesh Merchant Bank", "Harbour Bank", "Ujar"]),
    ("field-and-field-before-a-head-noun",
     "The Kesh Music and Arts Festival opened.",
     ["Kesh Music and Arts Festival"]),
    # A joiner never leads to a day or a month.
    ("joiner-before-a-weekday",
     "She had booked a flight to Ujar via Kesh for Tuesday.",
     ["Ujar", "Kesh"]),
    # A title's field: any word before a portfolio after "and", then the person.
    ("word-before-a-portfolio-in-a-title",
     "The Minister of Salt and Zirconium Resources Asel Omur, who was in Kesh, spoke.",
     ["Asel Omur", "Kesh"]),
    # A strait, a cape or a bay "of" a place is one place.
    ("strait-of-a-place",
     "Tankers cross the Strait of Kesh daily, and the Cape of Ujar is windy.",
     ["Strait of Kesh", "Cape of Ujar"]),
    # A version's decimal after a hyphen and a digit stays in the word; a number with a
    # variant's capitals ends its maker's name, which a body's head noun before it leaves.
    ("version-decimal-and-variant-code",
     "A Gonur-2.1b rocket flew, and a Kesh Airlines Ujarjet 787F landed.",
     ["Gonur-2.1b", "Kesh Airlines", "Ujarjet 787F"]),
    # ... and after another name (the operator), the maker and that number are their own.
    ("operator-then-maker-and-variant",
     "A Gonur SkyCargo Ujarjet 787F landed in Kesh.",
     ["Gonur SkyCargo", "Ujarjet 787F", "Kesh"]),
    # ... not a time of day, nor an amount with decimals.
    ("no-time-nor-decimal",
     "Ujar 10AM news said 2.5 million came to Kesh.",
     ["Ujar", "Kesh"]),
    # A ruler's title before "Al" and one family name is a given name (rulers go by their
    # given names), also before "and" another person.
    ("given-name-like-a-title-before-al",
     "The astronauts Sultan Al Kesh and Omar Al Ujari watched the launch.",
     ["Sultan Al Kesh", "Omar Al Ujari"]),
    # "No." and a number alone name nothing; inside a name they stay.
    ("number-sign-alone",
     "The tomb, designated No. 14, lies near Kesh Hospital No. 2.",
     ["Kesh Hospital No. 2"]),
    # The engineer's title abbreviated, as Gulf usage writes it, is a title.
    ("engineer-title", "said Eng. Asel Omur, the project manager.", ["Asel Omur"]),
    # An electronic service's name after "e-" is one name, a known place inside or not; an
    # "e-" before a common word is none.
    ("electronic-service",
     "Residents pay through e-Gonuria and e-Armenia, not by e-mail, in Kesh.",
     ["e-Gonuria", "e-Armenia", "Kesh"]),
    # A name made an adjective of a making or a training leaves the name (Soviet-built: an
    # adjective, no name).
    ("made-adjective-built",
     "The plant uses Soviet-built furnaces and Kesh-built trucks from a Ujar-trained crew.",
     ["Kesh", "Ujar"]),
    # Dutch small words inside a place's name.
    ("dutch-small-words",
     "He played at Ujar aan Zee and Bergen op Kesh in January.",
     ["Ujar aan Zee", "Bergen op Kesh"]),
    # ... not a list of places after a body's name.
    ("places-after-a-body",
     "The Institute of Limnology, Ujar and Kesh signed it.",
     ["Institute of Limnology", "Ujar", "Kesh"]),
    # ... a person after a head noun is still a name of its own.
    ("person-after-a-head-noun",
     "The Kesh Presidential Administration Ujar Omurov said so.",
     ["Kesh Presidential Administration", "Ujar Omurov"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round14_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


#: Classes that need Apertium's English analyser to know a common word.
LEXICON_CASES = [
    # A common word after a body's head noun goes on with its name (Air Force): a person's
    # name starts with none; "Force" ends it as a head noun of its own (the forty-ninth round),
    # and the machine after it is a name of its own, as the sets label aircraft (C-17
    # Globemaster III); so is a model's code after the body's name.
    ("common-word-after-a-head-noun",
     "Pilots of the Kesh Air Force Ujarmaster III flew it.",
     ["Kesh Air Force", "Ujarmaster III"]),
    ("model-code-after-a-body",
     "She said a Royal Gonurian Air Force KC-390 Ujarmaster would fly tents to Kesh.",
     ["Royal Gonurian Air Force", "KC-390 Ujarmaster", "Kesh"]),
    # A name of three or more common English words opening a sentence keeps its first word;
    # a determiner before one does not belong to it.
    ("common-words-name-opening-a-sentence",
     "Harbour Safety Watch has made similar calls about harbour safety in Kesh.",
     ["Harbour Safety Watch", "Kesh"]),
    ("determiner-before-a-name-of-common-words",
     "Its Harbour Safety Watch met in Kesh.",
     ["Harbour Safety Watch", "Kesh"]),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LEXICON_CASES], ids=[c[0] for c in LEXICON_CASES]
)
def test_round14_classes_with_the_lexicon(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


KINDS = [
    # A glued initial says a person.
    ("glued-initial-person", "Herders led by D.Kenzhebek met in Kesh.", "D.Kenzhebek",
     NameKind.PERSON),
    # ... and a place.
    ("strait-is-a-place", "Tankers cross the Strait of Kesh daily.", "Strait of Kesh",
     NameKind.PLACE),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS]
)
def test_round14_kinds(text: str, name: str, kind: NameKind) -> None:
    assert kinds(text)[name] is kind

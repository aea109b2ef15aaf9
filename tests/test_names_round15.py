"""The names finder on classes the seventeenth to twenty-sixth blind sets showed (issue 11,
fifteenth round): an operator's name before an aircraft maker and its model, double-barrelled
family names, "bint" and Spanish particles, numbered laws, a regnal number before "of", and
lists of portfolios with fields the word list lacked. Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    # An operator, then a maker and its model: two names, the aircraft's its own.
    ("operator-then-maker-and-code",
     "Guests flew in on a Gonur Air Airbus A321LR from Kesh.",
     ["Gonur Air", "Airbus A321LR", "Kesh"]),
    ("operator-then-maker-and-number",
     "An Ujar Airways Boeing 787 landed in Kesh on Monday.",
     ["Ujar Airways", "Boeing 787", "Kesh"]),
    # ... a maker's model alone is one name, with a number as with a code.
    ("maker-and-number-alone",
     "The Embraer 190 left Kesh late.",
     ["Embraer 190", "Kesh"]),
    # ... and a year after a maker is no model.
    ("maker-then-a-year",
     "Asel Omur said Embraer 2025 deliveries to Kesh were late.",
     ["Asel Omur", "Embraer", "Kesh"]),
    # A double-barrelled family name after a given name, a patronymic or a particle is one
    # name, though the article writes one part alone too.
    ("double-barrelled-after-a-given-name",
     "Kesh-born Ujar Omurov-Tashli won, and Tashli's brother Asel Tashli lost.",
     ["Kesh", "Ujar Omurov-Tashli", "Tashli", "Asel Tashli"]),
    ("double-barrelled-after-a-patronymic",
     "Deputy chairperson Ujar Asel oglu Omurov-Tashli met Tashli officials in Kesh.",
     ["Ujar Asel oglu Omurov-Tashli", "Tashli", "Kesh"]),
    # ... not two places with a route noun after them.
    ("two-places-with-a-route-noun",
     "The Gonur-Ujar road was shut, and Gonur and Ujar were cut off.",
     ["Gonur", "Ujar", "Gonur", "Ujar"]),
    # "bint" and Spanish particles stay inside a person's name; a chairperson is a title.
    ("bint-inside-a-name",
     "Chairperson Nasra bint Hamed al Ujari opened the Kesh port.",
     ["Nasra bint Hamed al Ujari", "Kesh"]),
    ("spanish-particles",
     "Governor Ramon de los Reyes-Ujar said so in Kesh.",
     ["Ramon de los Reyes-Ujar", "Kesh"]),
    # A numbered law, decree or regulation is a name, with its subject after "on" and a known
    # name inside it.
    ("numbered-law-on-a-subject",
     "The court in Kesh applied Law No. 4411 on Pastures and Decree No. 12/2019.",
     ["Kesh", "Law No. 4411 on Pastures", "Decree No. 12/2019"]),
    ("numbered-law-with-a-comma",
     "Gonuria's Law 31,207 protects herders.",
     ["Gonuria", "Law 31,207"]),
    # ... but inside a longer name its number is that name's.
    ("act-of-a-year-inside-a-name",
     "The Gonur Pastures Act 2020 applies in Kesh.",
     ["Gonur Pastures Act 2020", "Kesh"]),
    # A regnal number ends a person's name; "of" after it names a see of its own.
    ("regnal-number-then-of",
     "Ujaros II of Kesh and Asel Omur met in Gonur.",
     ["Ujaros II", "Kesh", "Asel Omur", "Gonur"]),
    # A ministry's list of portfolios with forestry and the arts is one name.
    ("portfolios-with-forestry",
     "The Ministry of Environment, Forestry and Tourism of Gonuria said so.",
     ["Ministry of Environment, Forestry and Tourism of Gonuria"]),
    # ... after a person's "of" too.
    ("portfolios-after-a-person-of",
     "said Asel Omur of the Ministry of Digital Development, Innovation and Aerospace Industry "
     "of Gonuria.",
     ["Asel Omur",
      "Ministry of Digital Development, Innovation and Aerospace Industry of Gonuria"]),
    # A list of towns that ends in a head noun's namesake is no body's list of fields.
    ("towns-then-a-head-noun-namesake",
     "The line runs through Ujarbaatar, Keshkhan and Choir to Gonur-Uud, where it ends.",
     ["Ujarbaatar", "Keshkhan", "Gonur-Uud"]),
    # A sea's adjective right after "the", before a noun for its shore or lanes, names the sea;
    # so does "the Gulf".
    ("sea-before-its-shore",
     "Asel Omur sails from the Caspian coast to the Aegean ports of Gonur.",
     ["Asel Omur", "Caspian", "Aegean", "Gonur"]),
    ("the-gulf",
     "Asel Omur said cargo bound for Kesh and the Gulf would leave, as Gulf Ujar Bank did.",
     ["Asel Omur", "Kesh", "Gulf", "Gulf Ujar Bank"]),
    # An aircraft's model with a series after a dash is the maker's too.
    ("maker-and-dashed-model",
     "He flew on a Gonur Air Airbus A330-200 from Kesh.",
     ["Gonur Air", "Airbus A330-200", "Kesh"]),
    # A company's legal form in brackets, with a dot or an ampersand, or after a known place
    # is the company's name's end.
    ("legal-form-in-brackets",
     "The stake goes to Ujarprom Namibia (Pty) Ltd, which Asel Omur chairs.",
     ["Ujarprom Namibia (Pty) Ltd", "Asel Omur"]),
    ("legal-form-after-an-ampersand-and-partners",
     "Keshmota & Co advised the bank, and Omurov and Partners advised Kesh.",
     ["Keshmota & Co", "Omurov and Partners", "Kesh"]),
    ("legal-form-after-a-known-place",
     "The hull was insured by Ujaranz Malaysia Berhad in Kesh.",
     ["Ujaranz Malaysia Berhad", "Kesh"]),
    # A ruler's title before a stadium named after the ruler is the stadium's.
    ("ruler-before-a-stadium",
     "Fans filled the Sultan Ujarim Stadium in Kesh.",
     ["Sultan Ujarim Stadium", "Kesh"]),
    ("portfolios-with-the-arts",
     "The Department of Sport, Arts and Culture paid Asel Omur.",
     ["Department of Sport, Arts and Culture", "Asel Omur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round15_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

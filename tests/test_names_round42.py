"""The names finder on classes the hundred-and-twenty-ninth to hundred-and-thirty-second blind
sets showed (issue 11, forty-second round): a Turkish firm's abbreviated trades before its form
(San. ve Tic. A.Ş.), and no sentence break inside them; a programme's years after "until" or
"for" (until 2030, for 2026-2030); a body "under" the head of a state or a government (... under
the President of the Republic of X) as one name, but not one under a ministry; an initial whose
letter is outside ASCII (Selin Ç. Kesh); "By" inside a sentence as a byline's, no part of a name;
"and" between two modifiers before a compound's or a complex's head noun (Historical and
Archaeological Museum-Reserve, Sports and Exhibition Complex); a title before a common noun and
a head noun as a building's or a body's name (the General Staff Building); a long place's name
in "o" before a route noun (the Jvari-Tskaltubo line). Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_articles import sentences_of
from test_names_round7 import names_in

CASES = [
    ("a-turkish-firms-abbreviated-trades",
     "The tender went to Gonurlu Halı Tekstil San. ve Tic. A.Ş. on Friday.",
     ["Gonurlu Halı Tekstil San. ve Tic. A.Ş."]),
    ("a-turkish-limited-company-abbreviated",
     "Keshli Yapı İnş. San. Tic. Ltd. Şti. built the depot.",
     ["Keshli Yapı İnş. San. Tic. Ltd. Şti."]),
    ("a-concept-until-a-year",
     "It is part of the Concept for the Development of Gonur Logistics until 2030, he said.",
     ["Concept for the Development of Gonur Logistics until 2030"]),
    ("a-programme-for-a-span-of-years",
     "Prices rose under the Medium-Term Tariff Policy for 2025-2027 in Gonur.",
     ["Medium-Term Tariff Policy for 2025-2027", "Gonur"]),
    ("no-years-for-a-body-until-a-year",
     "Asel Omur chaired the Strategy Group until 2024.",
     ["Asel Omur", "Strategy Group"]),
    ("a-body-under-the-president",
     "Data from the Statistics Agency under the President of the Republic of Gonur show it.",
     ["Statistics Agency under the President of the Republic of Gonur"]),
    ("a-body-under-the-government",
     "The Committee of Civil Defence under the Government of Kesh sent teams.",
     ["Committee of Civil Defence under the Government of Kesh"]),
    ("a-body-under-a-ministry-is-two",
     "The Investigation Bureau under the Ministry of Justice said so.",
     ["Investigation Bureau", "Ministry of Justice"]),
    ("an-initial-outside-ascii",
     "It was signed by Selin Ç. Kesh-Omur and Ümit Ş. Gonurlu on Monday.",
     ["Selin Ç. Kesh-Omur", "Ümit Ş. Gonurlu"]),
    ("a-byline-by-inside-a-sentence",
     "The report came out on Monday By Asel Kesh-Omur.",
     ["Asel Kesh-Omur"]),
    ("and-between-modifiers-before-a-compound-head",
     "It comes from the Gonur Historical and Archaeological Museum-Reserve in Kesh.",
     ["Gonur Historical and Archaeological Museum-Reserve", "Kesh"]),
    ("and-between-modifiers-before-a-complex",
     "It was held at the Asel Omur Sports and Exhibition Complex in Kesh.",
     ["Asel Omur Sports and Exhibition Complex", "Kesh"]),
    ("a-title-before-a-common-noun-and-a-building",
     "The show runs in the General Staff Building on Gonur Square.",
     ["General Staff Building", "Gonur Square"]),
    ("a-long-place-in-o-before-a-route-noun",
     "The Keshenovo-Gonurtubo line will carry power.",
     ["Keshenovo", "Gonurtubo"]),
    ("a-short-name-in-o-is-one",
     "Herders in Bayan-Ovoo sold wool.",
     ["Bayan-Ovoo"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round42_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_no_sentence_break_inside_a_turkish_firms_form() -> None:
    sentence = "The tender went to Gonurlu Halı San. ve Tic. A.Ş. on Friday."
    assert sentences_of(sentence + "\n") == [sentence]

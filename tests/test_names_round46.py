"""The names finder on classes the hundred-and-forty-fifth to hundred-and-forty-eighth blind
sets showed (issue 11, forty-sixth round): a name in a language that capitalises its first word
only, a Slavic word (a letter no Western European language writes, or an adjective's ending)
then lower-case words that English does not know, then its capitalised words (Prešernova
cesta, Gradska sportska dvorana, Správa železnic); not a Russian or Turkic name in
-ova before an English word the lexicon lacks, nor an English verb's ending. Every sentence
is written for these tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from conftest import needs_apertium
from test_names_round7 import names_in

CASES = [
    ("a-slavic-street",
     "The meeting was held at Gonurski dom on Keševa cesta in Ujar.",
     ["Gonurski dom", "Keševa cesta", "Ujar"]),
    ("two-lower-case-words-then-capitals",
     "It played in Gonurska sportska dvorana near Gonurski dom Asela Omurja.",
     ["Gonurska sportska dvorana", "Gonurski dom Asela Omurja"]),
    ("a-czech-railway",
     "Trains of Gonurské dráhy and Správa železnic stop at Kešský trh.",
     ["Gonurské dráhy", "Správa železnic", "Kešský trh"]),
    ("an-english-word-ends-it",
     "He wrote for Gonurski list and the Gonurski dom Asela Omurja hosted it.",
     ["Gonurski", "Gonurski dom Asela Omurja"]),
    ("no-tail-after-a-russian-name-in-ova",
     "Gulnara Gonurova proceedings began in Kesh.",
     ["Gulnara Gonurova", "Kesh"]),
]  # fmt: skip


@needs_apertium
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round46_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

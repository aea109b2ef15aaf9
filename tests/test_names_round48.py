"""The names finder on classes the hundred-and-fifty-third to hundred-and-fifty-sixth blind
sets showed (issue 11, forty-eighth round): American lawmakers' abbreviated titles and their
party and home (State Sen. ..., D-Chicago), a council member's (Coun.); the honorifics Ato,
Afioga and Sheriff; Washington, D.C.; Spanish and Portuguese legal forms after a comma (S.L.,
Lda.) and a title-like first word a legal form shows to be the firm's (First ..., Inc.); Italian
elided particles (dell'Orto, per l'Italia) and the Catalan "i" between family names; Korean
roads (-ro, -daero) and hyphenated given names after a nickname in quotes, a title or a
particle inside the nickname; a ruler's namesake body that joins a second one with "and"; an
outlet's initials in brackets before a dateline's dash; a ruler's numeral "I" kept, the pronoun
"I" no name. Every sentence is written for these tests, from no labelled set; places, bodies
and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-senator-and-party-home",
     "State Sen. Asel Omurtek, D-Gonurville, who chairs the Kesh Committee, spoke.",
     ["Asel Omurtek", "Gonurville", "Kesh Committee"]),
    ("a-council-member-opens-a-sentence",
     "Coun. Ujar Kesh-Ng, who represents Gonur Ward, objected.",
     ["Ujar Kesh-Ng", "Gonur Ward"]),
    ("a-family-name-sen-is-no-title",
     "The economist Asel Sen met Ujar Sen in Gonur.",
     ["Asel Sen", "Ujar Sen", "Gonur"]),
    ("ato-afioga-sheriff",
     "Ato Gonur Kesh Omur and Afioga Ujar Leuatea Kesh spoke; Gonur County Sheriff Asel "
     "Omur-Reyes did not.",
     ["Gonur Kesh Omur", "Ujar Leuatea Kesh", "Gonur County", "Asel Omur-Reyes"]),
    ("washington-dc",
     "The ruling, announced in Washington, D.C. on May 2, angered Gonur.",
     ["Washington, D.C.", "Gonur"]),
    ("iberian-legal-forms-after-a-comma",
     "Gonur Espectacles Kesh, S.L. and Cortiças Ujar & Filhos, Lda. won the bids.",
     ["Gonur Espectacles Kesh, S.L.", "Cortiças Ujar & Filhos, Lda."]),
    ("a-title-like-first-word-before-a-form",
     "The panels came from First Gonur, Inc. and General Kesh Corp. this year.",
     ["First Gonur, Inc", "General Kesh Corp"]),
    ("italian-and-catalan-particles",
     "Gianmaria Gonur dell'Orto of Autostrade per l'Ujar met Marta Kesh i Vidal.",
     ["Gianmaria Gonur dell'Orto", "Autostrade per l'Ujar", "Marta Kesh i Vidal"]),
    ("korean-roads",
     "The academy on Gonur-ro moved to Kesh-daero.",
     ["Gonur-ro", "Kesh-daero"]),
    ("nicknames-with-a-title-or-a-particle",
     'Choi "Mr. Gonur" Byung-ho met José "Zé do Kesh" Omurinho.',
     ['Choi "Mr. Gonur" Byung-ho', 'José "Zé do Kesh" Omurinho']),
    ("a-namesake-body-and-a-second-one",
     "Visitors filled the Queen Asel Museum and Art Gallery in Gonur.",
     ["Queen Asel Museum and Art Gallery", "Gonur"]),
    ("an-outlets-initials-before-the-dash",
     "Gonur (KSN) – The Federal Government of Ujar began the payments.",
     ["Gonur", "KSN", "Federal Government of Ujar"]),
    ("a-rulers-numeral-and-the-pronoun",
     '"When King Gonurshti I built it, the Caspian Sea and I were young," she said.',
     ["Gonurshti I", "Caspian Sea"]),
    ("contractions-of-i",
     "\"I'll stay, and I’m sure I've told Gonur,\" he said.",
     ["Gonur"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round48_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

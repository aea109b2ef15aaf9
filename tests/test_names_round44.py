"""The names finder on classes the hundred-and-thirty-seventh to hundred-and-fortieth blind
sets showed (issue 11, forty-fourth round): legal forms (an Indonesian state firm's
``(Persero)``, a German partnership's ``mbB``, Spanish ``& Cía.`` and ``S.C.A.``, ``S.A.`` after
``de`` and a land, ``Pvt. Ltd.`` at a sentence's end, with no sentence break after ``Pvt.`` or
``Cía.``); two streets joined by an en dash as two names; a short place that the article writes
alone in a compound before a route noun (the Bishkek–Osh road), but not an Arabic article; a
title inside a Romance street's name (Avenida Libertador General San Martín); ``Conductor`` as
a title. Every sentence is written for these tests, from no labelled set; places, bodies and
people are invented, except countries."""

from __future__ import annotations

import pytest
from test_articles import sentences_of
from test_names_round7 import names_in

CASES = [
    ("an-indonesian-state-firm",
     "The loan was arranged by PT Bank Gonur (Persero) Tbk. and PT Kesh Listrik (Persero), a "
     "subsidiary.",
     ["PT Bank Gonur (Persero) Tbk", "PT Kesh Listrik (Persero)"]),
    ("a-german-partnership",
     "The firm Gonur Kesh Partnerschaft mbB advised the bank.",
     ["Gonur Kesh Partnerschaft mbB"]),
    ("a-spanish-company-and-partnership",
     "Gonurcafé & Cía. S.C.A., an exporter, sold to Banco Agrario de Colombia S.A. in May.",
     ["Gonurcafé & Cía. S.C.A.", "Banco Agrario de Colombia S.A."]),
    ("pvt-ltd-at-a-sentences-end",
     "Technicians came from Gonur Drishti Technologies Pvt. Ltd. The work began.",
     ["Gonur Drishti Technologies Pvt. Ltd"]),
    ("two-streets-joined-by-an-en-dash",
     "The Gonur Road–Kesh Road traffic has been diverted.",
     ["Gonur Road", "Kesh Road"]),
    ("a-short-place-before-a-route-noun",
     "The Gonurabad–Ujk road closed. Ujk is far.",
     ["Gonurabad", "Ujk", "Ujk"]),
    ("an-arabic-article-before-a-route-noun",
     "The Al-Kesh road flooded. Al Omur was there.",
     ["Al-Kesh", "Al Omur"]),
    ("a-title-inside-a-romance-street",
     "The hearing is on Avenida Gonur General San Kesh on Monday.",
     ["Avenida Gonur General San Kesh"]),
    ("a-conductor",
     "Conductor Andrzej J.K. Gonurski led it.",
     ["Andrzej J.K. Gonurski"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round44_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It came from Gonur Technologies Pvt. Ltd. and Kesh Ltd.", 1),
        ("Gonurcafé & Cía. S.C.A. sold it.", 1),
        ("It was sold by Gonur y Cía. The deal closed.", 2),
    ],
)
def test_no_sentence_break_inside_a_legal_form(text: str, sentences: int) -> None:
    assert len(sentences_of(text + "\n")) == sentences

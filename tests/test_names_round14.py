"""The names finder on classes the fourteenth and fifteenth blind sets showed (issue 11,
fourteenth round): a father's initial glued to a person's name, names with numbers and model
codes, long names of bodies, a common word opening a name, particles and patronymics, and
words that are no names (time zones, religions, amounts). Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
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
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round14_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


KINDS = [
    # A glued initial says a person.
    ("glued-initial-person", "Herders led by D.Kenzhebek met in Kesh.", "D.Kenzhebek",
     NameKind.PERSON),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS]
)
def test_round14_kinds(text: str, name: str, kind: NameKind) -> None:
    assert kinds(text)[name] is kind

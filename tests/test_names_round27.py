"""The names finder on classes the sixty-ninth to seventy-second blind sets showed (issue 11,
twenty-seventh round): a ruler's title before "bin" is a given name, a particle inside a body's
name before "of", a score with a half point, a model's number after "No." with a hyphen,
titles hyphenated with "Under", and a base's ordinal. Every sentence is written for these
tests, from no labelled set; places, bodies and people are invented."""

from __future__ import annotations

import pytest
from test_names_round7 import names_in

CASES = [
    ("a-rulers-title-before-bin-is-a-given-name",
     "He met Sultan bin Ujar bin Kesh Al Omur in Gonur.",
     ["Sultan bin Ujar bin Kesh Al Omur", "Gonur"]),
    ("a-particle-inside-a-bodys-name-before-of",
     "Students of the Ujar bin Kesh School of Government came.",
     ["Ujar bin Kesh School of Government"]),
    ("a-score-with-a-half-point",
     "The Kesh Tigers 4.5-1.5 win over Ujar mattered.",
     ["Kesh Tigers", "Ujar"]),
    # ... not a model's number.
    ("a-models-number-after-no",
     "The Ujarus-M No. 2-5 satellite flew.",
     ["Ujarus-M No. 2-5"]),
    ("a-title-hyphenated-with-under",
     "Under-Secretary Asel Omur and Undersecretary Ujar Kesh spoke.",
     ["Asel Omur", "Ujar Kesh"]),
    ("a-bases-ordinal",
     "Troops of the 90th Kesh Airlift Base waited.",
     ["90th Kesh Airlift Base"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round27_classes(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected

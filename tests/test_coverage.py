"""The curated glossary covers every capitalised name in the corpus."""

from __future__ import annotations

import re

from conftest import ROOT

from translate.glossary.matcher import source_matcher
from translate.glossary.yaml import load_glossary
from translate.text.articles import read_article
from translate.text.segments import segment_article

ALLOWED = {
    # Ordinary words capitalised because they open a sentence or a quotation.
    "A", "According", "Anger", "As", "At", "Before", "Below", "Do", "Due", "During", "Ensuring",
    "From", "Furthermore", "He", "However", "In", "Inspired", "It", "Late", "Liberation", "May",
    "Nevertheless", "No", "On", "One", "Over", "Relevant", "Rest", "She", "So", "Some", "The",
    "These", "They", "Thirty", "This", "Those", "To", "Today", "Under", "Unfortunately", "Use",
    "We", "With", "Within", "Peace",
    # Months: dates are translated by the engine, not the glossary.
    "January", "February", "October", "September", "December",
    # Titles and offices, translated as ordinary words ("Dean", "Defense Minister").
    "Dean", "Defense", "Minister", "President", "Vice-President", "Commander-in-Chief",
    "National", "Leader", "First", "State", "Army", "War",
    # Generic references, not names of a place or body.
    "West", "Western", "God", "God's",
    # "Faculty of Turkic World Economics": a faculty of UNEC (an entry); the faculty's own name
    # is an ordinary phrase for translators ("Turkic" is an entry).
    "Faculty", "World", "Economics",
    # Titles of conventions quoted in 004 and "Resolution 260 (III)" in 002: quoted document
    # titles, which the translator renders with the official translation of each document.
    "Convention", "Protection", "Victims", "Children's", "Rights", "Civil", "Economic",
    "Resolution", "III",
}  # fmt: skip


def test_every_capitalised_name_in_the_corpus_is_covered() -> None:
    matcher = source_matcher(load_glossary(ROOT / "glossary"))
    missing: dict[str, str] = {}
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for seg in segment_article(read_article(path)):
            spans = [(m.start, m.end) for m in matcher.find(seg.text)]
            for word in re.finditer(r"[A-Z][\w’'-]*", seg.text):
                covered = any(start <= word.start() < end for start, end in spans)
                if not covered and word[0] not in ALLOWED:
                    missing.setdefault(word[0], f"{path.name}:{seg.line}")
    assert missing == {}


def test_the_allow_list_has_no_stale_words() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("*.txt"))
    assert {word for word in ALLOWED if not re.search(rf"(?<!\w){re.escape(word)}", text)} == set()

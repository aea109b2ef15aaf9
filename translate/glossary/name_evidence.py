"""What an article and the English lexicon say about its capitalised words.

Words the article capitalises inside a sentence or writes in lower case, and the common,
compound, capitalised-only and unknown English words (`_Evidence`). Internal to the names
finder, `translate.glossary.names`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from translate.glossary.gazetteer import calendar_words, cities
from translate.glossary.name_tokens import (
    _CAMEL,
    _LOWER_DOMAIN,
    _bare,
    _capitalised,
    _tokens,
)
from translate.glossary.name_words import (
    COMMON,
    NOUN_SUFFIXES,
    OPENING,
)
from translate.text.segments import Segment

#: Endings of English derived words, which a small lexicon may lack (Liberation, Islamophobia):
#: such a word unknown to it is still no foreign word.
_ENGLISH_ENDINGS = (*NOUN_SUFFIXES, "ing", "ed", "ly", "er", "ers", "ist", "ists", "ive", "able",
                    "ible", "ous", "ful", "less", "phobia", "ism", "isms")  # fmt: skip
_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9]*\.[a-z]{2,4}")


@dataclass(frozen=True)
class _Evidence:
    """What the article and the English lexicon say about its capitalised words."""

    capitalised_inside: set[str]
    lowercase: set[str]
    common: frozenset[str]  # English common words with no proper-noun reading
    lexicon: bool  # whether the English lexicon answered at all
    capitalised: Counter[str]  # how often the article writes each capitalised word
    #: English common words written with a capital (Frenchman, Spaniard): never a name alone.
    capital_common: frozenset[str] = frozenset()
    #: Words English does not know at all (Lazio, Juninho): a name even at a sentence's start.
    foreign: frozenset[str] = frozenset()
    #: Compounds of English words the lexicon lacks (Healthcare): English words all the same.
    compound: frozenset[str] = frozenset()
    #: Words English knows only as proper nouns (Astana, Tokyo): a name even at a sentence's
    #: start.
    named: frozenset[str] = frozenset()
    #: Words in capitals English does not know at all (UBS; not GDP): an acronym of a name.
    acronyms: frozenset[str] = frozenset()

    def common_word(self, word: str) -> bool:
        key = word.casefold()
        return word in self.common or key in self.lowercase or key in COMMON

    def english(self, word: str) -> bool:
        """Whether the lexicon knows *word* as a common word or a compound of them."""
        return word in self.common or word in self.compound

    def proper(self, word: str) -> bool:
        """Whether *word* alone is a name wherever it stands, a sentence's start included: no
        English word (Lazio), a word English knows only as a proper noun (Astana), a city of
        CLDR's time zones (Almaty), a domain (Trip.com)."""
        return (
            (word in self.foreign and not word.casefold().endswith(_ENGLISH_ENDINGS))
            or word in self.named
            or (word.casefold() in cities() and not word.isupper())  # not a dateline
            or _DOMAIN.fullmatch(word) is not None
            or _LOWER_DOMAIN.fullmatch(word) is not None
        )


def _brand(word: str) -> bool:
    """A brand's shape: capitals inside a word (TikTok, WhatsApp) or a domain (Trip.com)."""
    return (
        (_CAMEL.search(word) is not None and "-" not in word)
        or _DOMAIN.fullmatch(word) is not None
        or _LOWER_DOMAIN.fullmatch(word) is not None
    )


def _opener(word: str, lowercase: set[str]) -> bool:
    """Whether the sentence-initial *word* is common: the article also writes it in lower case."""
    return (
        word in OPENING
        or word in lowercase
        or word in calendar_words()
        or word.endswith(("ing", "ly", "ed"))
    )


def _evidence(segments: Sequence[Segment]) -> tuple[set[str], set[str]]:
    """Words the article capitalises inside a sentence, and words it writes in lower case."""
    inside: set[str] = set()
    lowercase: set[str] = set()
    for segment in segments:
        if segment.paragraph <= 0:
            continue
        tokens = _tokens(segment.text, ())
        for i, token in enumerate(tokens):
            word = _bare(token)
            if word[:1].islower() and not _capitalised(word):
                lowercase.add(word.casefold())
                continue
            alone = all(
                not (0 <= j < len(tokens) and _capitalised(tokens[j].text)) for j in (i - 1, i + 1)
            )
            if not token.initial and alone:
                inside.add(word)
    return inside, lowercase


def _title_case(segments: Sequence[Segment]) -> bool:
    """Whether the headline capitalises most of its longer words (then capitals prove nothing)."""
    return _capitalises_most([s for s in segments if s.paragraph == 0])


def _capitalises_most(segments: Sequence[Segment]) -> bool:
    words = [t.text for s in segments for t in _tokens(s.text, ()) if len(t.text) > 3]
    return len(words) > 1 and sum(w[:1].isupper() for w in words[1:]) * 2 > len(words) - 1


def _title_line(segment: Segment, segments: Sequence[Segment]) -> bool:
    """Whether *segment* is a headline the article reader took for a paragraph (the date line
    carried text, so no title was read): one of the first two paragraphs, alone in it, five
    words or more in title case with a small word in lower case (seven or more without one),
    and no sentence's end."""
    return (
        segment.paragraph in (1, 2)
        and sum(s.paragraph == segment.paragraph for s in segments) == 1
        and len(segment.text.split()) >= 5
        and re.search(r"[.!?…:;\"”’')]\Z", segment.text.rstrip()) is None
        and any(c.islower() for c in segment.text)
        # ... a small word in lower case, or seven words or more, all capitalised (Minister
        # Resigns After Forest Fire – Analysis): a name's own line is shorter.
        and (re.search(r"(?<!\S)[a-z]", segment.text) is not None or len(segment.text.split()) >= 7)
        and _capitalises_most([segment])
    )


#: The words an explainer's question opens with.
_QUESTION_WORDS = frozenset(
    {"what", "why", "how", "who", "where", "when", "which", "whose", "is", "are", "was", "were",
     "does", "do", "did", "can", "could", "will", "would", "should", "has", "have"}
)  # fmt: skip


def _crosshead(segment: Segment, segments: Sequence[Segment]) -> bool:
    """Whether *segment* is a heading inside the article, whose capitals name no one: a
    paragraph of its own, an explainer's question in title case or in capitals (What Does the
    Law Say?, WHO IS AFFECTED?), or, after the first four paragraphs (where the outlet, the
    headline, the byline and the date line's place stand) and before the last (a closing
    credit), two to eight words in capitals, opening with a letter, with no digit and no
    byline's "By" (MARKET REACTION, HEAVILY GUARDED – ON PAPER)."""
    text = segment.text.strip()
    words = text.split()
    if segment.paragraph <= 0 or sum(s.paragraph == segment.paragraph for s in segments) != 1:
        return False
    if text.endswith("?"):
        return (
            2 <= len(words) <= 12
            and words[0].casefold() in _QUESTION_WORDS
            and (text.isupper() or _capitalises_most([segment]))
        )
    return (
        segment.paragraph >= 5
        and segment.paragraph < max(s.paragraph for s in segments)  # not a closing credit
        and 2 <= len(words) <= 8
        and text.isupper()
        and text[0].isalpha()
        and words[0] != "BY"
        and not any(c.isdigit() for c in text)
        and re.search(r"[.!:;]\Z", text) is None
    )

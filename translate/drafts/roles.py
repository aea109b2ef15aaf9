"""Where a glossary name stands in its English sentence: the name as written without a
possessive (`role`), whether it modifies the noun after it (`modifies_a_noun`: ``Khojaly
victims``), and whether Apertium would break the phrase around it if it did not know it.
"""

from __future__ import annotations

import re

from translate.glossary.matcher import Match

__all__ = ["POSSESSIVE", "breaks_when_unknown", "modifies_a_noun", "role"]

POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_PLURAL_POSSESSIVE = re.compile(r"['’](?!\w)")
_ENDS_SENTENCE = re.compile(r"[\s\"'”’»)\]]*$")
#: English words after a name that show it is the subject or object, not a noun's modifier:
#: function words and common irregular past tenses (regular ones end in -ed).
_NOT_A_NOUN = frozenset({
    "a", "about", "after", "against", "also", "an", "and", "are", "as", "at", "be", "became",
    "been", "before", "began", "between", "brought", "built", "but", "by", "came", "can",
    "could", "did", "do", "does", "fell", "felt", "fled", "for", "fought", "found", "from",
    "gave", "got", "had", "has", "have", "he", "held", "her", "his", "in", "into", "is", "it",
    "its", "kept", "left", "lost", "made", "may", "met", "might", "must", "near", "no", "not",
    "of", "on", "or", "over", "ran", "rose", "said", "saw", "says", "sent", "she", "should",
    "since", "spoke", "stood", "than", "that", "the", "their", "there", "they", "this", "to",
    "told", "took", "under", "until", "was", "went", "were", "which", "who", "whose", "will",
    "with", "won", "would", "wrote",
})  # fmt: skip


def role(text: str, match: Match) -> tuple[str, int, str]:
    """The name as written without its possessive, where its stand-in ends, what follows it.

    ``Armenia's`` → (``Armenia``, end, ``'s``), and so ``Azerbaijanis'`` (the apostrophe
    included); ``U.S`` followed by ``.`` → (``U.S.``, after the dot, ``.`` if that dot also
    ends the sentence).
    """
    surface, end = match.surface, match.end
    if possessive := POSSESSIVE.search(surface):
        return surface[: possessive.start()], end, "'s"
    if _PLURAL_POSSESSIVE.match(text, end) and surface[-1:] in "sS":
        # ``the Azerbaijanis' return``: Apertium keeps a bare apostrophe (``azerbaiyanos'
        # regreso``), while it turns the stand-in's ``'s`` into ``de``.
        return surface, end + 1, "'s"
    if "." in surface and text[end : end + 1] == ".":
        ends_sentence = _ENDS_SENTENCE.fullmatch(text, end + 1) is not None
        return surface + ".", end + 1, "." if ends_sentence else ""
    return surface, end, ""


def modifies_a_noun(text: str, end: int) -> bool:
    """Whether the name ending at *end* is followed by a lower-case word that may be a noun."""
    following = re.match(r"\s+([a-z][\w-]*)", text[end:])
    if following is None or following[1].endswith("ed"):
        return False
    return following[1] not in _NOT_A_NOUN


def breaks_when_unknown(text: str, start: int, end: int) -> bool:
    """Whether an unknown word at *start*–*end* breaks Apertium's parse of the phrase.

    At the start of a sentence it capitalises the next word (``*Khojaly Es``), and before a
    noun it parts from it (``*Khojaly Las víctimas``).
    """
    return not text[:start].strip(" \"'“‘«([") or modifies_a_noun(text, end)

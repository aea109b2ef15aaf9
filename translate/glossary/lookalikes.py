"""Unicode that makes a name look right while it is not: hidden characters and mixed scripts.

Used by `translate.glossary.validate` (a glossary form must not contain them) and
`translate.check.terms` (a translation whose name differs from the glossary form only by them is a
near miss).

- *Hidden* characters are those a reader does not see: format characters (category ``Cf``:
  zero-width space, soft hyphen, byte-order mark, the bidi marks, embeddings, overrides and
  isolates), controls, private-use, unassigned and surrogate code points, line and paragraph
  separators, spaces other than the plain one, and a few invisible marks and fillers (the
  combining grapheme joiner, variation selectors, Hangul fillers). ZWNJ and ZWJ are allowed
  between two letters of a script that needs them (Persian ``می‌خواهم``, Devanagari).
- A word *mixes scripts* when its letters come from two scripts: a Cyrillic ``а`` in a Latin
  name. A letter's script is the first word of its Unicode name (``LATIN SMALL LETTER A``);
  digits, marks and modifier letters belong to any script, and Han, kana and Hangul count as
  one (Japanese names mix kanji and kana). `reveal` reads such a word in the script most of
  its letters are in, where the others have a look-alike there (Latin and Cyrillic).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "hidden_characters",
    "hidden_join",
    "mixed_script_word",
    "one_script",
    "reveal",
    "scripts",
]

_HIDDEN_CATEGORIES = frozenset({"Cf", "Cc", "Co", "Cn", "Cs", "Zl", "Zp", "Zs"})
_INVISIBLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u3164\uffa0"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)
_JOINERS = frozenset("\u200c\u200d")
# Scripts whose spelling needs ZWNJ or ZWJ between letters.
_JOINING_SCRIPTS = frozenset(
    {"ARABIC", "SYRIAC", "NKO", "MONGOLIAN", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
     "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "MYANMAR", "KHMER", "TIBETAN"}
)  # fmt: skip
_ONE_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "HANGUL": "CJK"}
# Letters whose name does not start with a script: they go with any script.
_COMMON = frozenset({"MODIFIER", "MASCULINE", "FEMININE"})
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Latin letters and the Cyrillic letters drawn the same, pair by pair.
_PAIRS = "aа AА BВ cс CС eе EЕ HН iі IІ jј JЈ KК MМ oо OО pр PР sѕ SЅ TТ xх XХ yу"
_LOOKALIKE: dict[str, dict[str, str]] = {
    "LATIN": {pair[1]: pair[0] for pair in _PAIRS.split()},
    "CYRILLIC": {pair[0]: pair[1] for pair in _PAIRS.split()},
}


def _script(char: str) -> str | None:
    """The script of a letter, or None for what any script may contain."""
    if not unicodedata.category(char).startswith("L"):
        return None
    first = unicodedata.name(char, "").split(" ", 1)[0]
    if not first or first in _COMMON:
        return None
    return _ONE_SCRIPT.get(first, first)


def scripts(text: str) -> tuple[str, ...]:
    """The scripts of the letters of *text*, in order of first appearance.

    >>> scripts("Xankəndi 2")
    ('LATIN',)
    >>> scripts("Хан\u0061")
    ('CYRILLIC', 'LATIN')
    """
    return tuple(dict.fromkeys(s for c in text if (s := _script(c)) is not None))


def _joins(text: str, index: int) -> bool:
    """True when the ZWNJ/ZWJ at *index* stands between two letters of a joining script."""
    if index == 0 or index == len(text) - 1:
        return False
    before, after = _script(text[index - 1]), _script(text[index + 1])
    return before is not None and before == after and before in _JOINING_SCRIPTS


def _hidden(text: str, index: int) -> bool:
    char = text[index]
    if char == " ":
        return False
    if char in _JOINERS:
        return not _joins(text, index)
    return char in _INVISIBLE or unicodedata.category(char) in _HIDDEN_CATEGORIES


def hidden_join(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two words, is only hidden format characters
    (zero-width space, soft hyphen, word joiner, bidi marks): a reader sees one word
    (``Kho\u200bjaly``). Not a space of any width, nor ZWNJ between two Persian letters.

    >>> hidden_join("Kho\u200bjaly", 3, 4), hidden_join("Ilham\u00a0Aliyev", 5, 6)
    (True, False)
    """
    return start < end and all(
        unicodedata.category(text[i]) == "Cf" and _hidden(text, i) for i in range(start, end)
    )


def hidden_characters(text: str) -> tuple[str, ...]:
    """The characters of *text* a reader cannot see (or takes for a plain space), once each.

    >>> hidden_characters("Jody\u200balí")
    ('\u200b',)
    """
    return tuple(dict.fromkeys(text[i] for i in range(len(text)) if _hidden(text, i)))


def mixed_script_word(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The first word of *text* whose letters come from two scripts, and those scripts."""
    for word in _WORD.findall(text):
        found = scripts(word)
        if len(found) > 1:
            return word, found
    return None


def reveal(text: str) -> tuple[str, tuple[int, ...]]:
    """*text* as a reader sees it, and where each of its characters comes from in *text*.

    Hidden characters are dropped (odd spaces become plain ones), every character is
    NFKC-normalised on its own, so that fullwidth letters become plain ones, and a word that
    mixes Latin and Cyrillic letters is read in its main script (`_one_script`).

    >>> reveal("Ｊｏｄｙ\u00adalí")
    ('Jodyalí', (0, 1, 2, 3, 5, 6, 7))
    >>> reveal("Ходжaлы")[0] == "Ходжалы"
    True
    """
    kept: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        if not _hidden(text, index):
            piece = unicodedata.normalize("NFKC", char)
        else:
            piece = " " if unicodedata.category(char) == "Zs" else ""
        kept.append(piece)
        origins.extend([index] * len(piece))
    return one_script("".join(kept)), tuple(origins)


def one_script(text: str) -> str:
    """*text* with each word that mixes Latin and Cyrillic letters read in the script most of
    its letters are in, where the others have a look-alike there; as long as *text*.

    >>> one_script("Khаnkendi") == "Khankendi"  # a Cyrillic а
    True
    """
    if text.isascii() or not _ASCII_LETTER.search(text):
        return text  # a look-alike pair is one ASCII letter and one that is not: none here
    return _WORD.sub(_one_script, text)


def _one_script(word: re.Match[str]) -> str:
    """*word* in the script most of its letters are in, where the others have a look-alike
    there (``Khаnkendi`` with a Cyrillic ``а`` → ``Khankendi``); one letter for one letter."""
    text = word[0]
    if text.isascii() or not _ASCII_LETTER.search(text):
        return text
    letters = [_script(c) for c in text]
    counted = [s for s in letters if s is not None]
    if len(set(counted)) < 2:
        return text
    main = max(sorted(set(counted)), key=counted.count)
    table = _LOOKALIKE.get(main, {})
    pairs = zip(text, letters, strict=True)
    return "".join(c if script == main else table.get(c, c) for c, script in pairs)

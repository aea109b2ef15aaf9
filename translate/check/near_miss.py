"""Names that look like a glossary form but are not it: the exact comparison behind
``po.near-miss``.

The matcher finds names case- and diacritics-insensitively (`translate.glossary.matcher.fold`),
which is right for finding them and wrong for accepting them: ``Jodyali`` is found as ``Jodyalí``
and ``Hocali`` as ``Hocalı``. Here a word counts as the form's word only when its letters are the
form's letters, case aside: no diacritic dropped or added, no fullwidth letter, no dotless ``ı`` for
``i``. In languages that inflect names, the word may carry another ending, but the letters it shares
with the form must be exact. Russian ``е`` stands for ``ё``, as Russian writing allows.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence

from translate.glossary.lookalikes import hidden_characters, mixed_script_word
from translate.glossary.matcher import fold

__all__ = ["Span", "difference", "locate", "same_letters", "words"]

# Letters and digits with the combining marks that follow or lead them (as the matcher cuts).
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff])+")
# Capital I stands for i or ı, İ for i; but i and ı are two letters (Hocalı is not Hocali).
_I_LETTERS = frozenset("iıIİ")
_I_CASES = frozenset({frozenset("iI"), frozenset("iİ"), frozenset("ıI")})
_OPTIONAL = {"ё": "е", "Ё": "Е", "е": "ё", "Е": "Ё"}

#: A found name: start and end in the text, and the glossary form it stands for.
Span = tuple[int, int, str]


def words(text: str) -> list[tuple[int, int]]:
    """The spans of the words of *text*."""
    return [match.span() for match in _TOKEN.finditer(text)]


def _same_letter(a: str, b: str) -> bool:
    if a == b or _OPTIONAL.get(a) == b:
        return True
    if a in _I_LETTERS or b in _I_LETTERS:
        return frozenset((a, b)) in _I_CASES
    return a.lower() == b.lower() or a.upper() == b.upper()


@functools.cache
def _fold_letter(letter: str) -> str:
    """`fold` of one letter, remembered: words are compared letter by letter."""
    return fold(letter)


def _prefix(word: str, form: str, same: Callable[[str, str], bool]) -> int:
    count = 0
    for a, b in zip(word, form, strict=False):
        if not same(a, b):
            break
        count += 1
    return count


def same_letters(word: str, form: str, *, inflects: bool) -> bool:
    """True when *word* is written with *form*'s letters, case aside.

    Where names inflect, the letters up to the first loose difference (the ending) must be
    exact; elsewhere the whole word must be.

    >>> same_letters("JODYALÍ", "Jodyalí", inflects=False)
    True
    >>> same_letters("Jodyali", "Jodyalí", inflects=False)
    False
    >>> same_letters("Hocalı'da".split("'")[0], "Hocalı", inflects=True)
    True
    >>> same_letters("Hocaliye", "Hocalı", inflects=True)
    False
    """
    word, form = unicodedata.normalize("NFC", word), unicodedata.normalize("NFC", form)
    if mixed_script_word(word) is not None and mixed_script_word(form) is None:
        return False  # a look-alike from another script: never the form's letter
    if not inflects:
        return len(word) == len(form) and _prefix(word, form, _same_letter) == len(word)
    loose = _prefix(word, form, lambda a, b: _fold_letter(a) == _fold_letter(b))
    return _prefix(word, form, _same_letter) >= loose


def locate(text: str, forms: Sequence[str], alike: Callable[[str, str], bool]) -> Span | None:
    """The first run of words of *text* that are, one by one, *alike* the words of a form."""
    spans = words(text)
    tokens = [text[start:end] for start, end in spans]
    for form in forms:
        wanted = [form[start:end] for start, end in words(form)]
        size = len(wanted)
        for i in range(len(tokens) - size + 1) if size else ():
            if all(alike(tokens[i + k], wanted[k]) for k in range(size)):
                return spans[i][0], spans[i + size - 1][1], form
    return None


def difference(found: str) -> str:
    """What makes *found* differ from the glossary form, for the message."""
    if hidden_characters(found):
        return "hidden characters"
    if unicodedata.normalize("NFKC", found) != found:
        return "compatibility characters (fullwidth or similar)"
    if (mixed := mixed_script_word(found)) is not None:
        return f"letters of two scripts ({' and '.join(s.title() for s in mixed[1])})"
    return "diacritics or look-alike letters"

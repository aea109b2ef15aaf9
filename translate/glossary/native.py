"""The reverse step: from an English spelling back to the Azerbaijani native form.

English spellings lose what Azerbaijani writes apart: ``a`` is a or ə, ``i`` is i or ı, ``g``
is g, q or ğ, ``u`` is u or ü. `to_native` spells every reading, keeps those that the forward
rules (`translate.glossary.transliterate`) spell back to the English input, and picks the most
Azerbaijani-looking one: letter pairs as frequent in Azerbaijani text as can be (counted over
the Azerbaijani names in CLDR, which babel ships), vowel harmony kept (front ə e i ö ü, back
a ı o u), k and g with front vowels, q with back ones. An established name wins over all that
(Khankendi → Xankəndi, from `translate.glossary.exonyms`).

>>> to_native("Shamkir"), to_native("Imishli"), to_native("Khankendi")
('Şəmkir', 'İmişli', 'Xankəndi')
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from translate.glossary.exonyms import native_for

__all__ = ["az_likeness", "plain_reading", "to_native"]

# English letters or digraphs, longest first, and the Azerbaijani letters they may stand for.
# fmt: off
_READINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dzh", ("c",)), ("kh", ("x",)), ("gh", ("ğ",)), ("sh", ("ş",)), ("ch", ("ç",)),
    ("zh", ("j",)), ("dj", ("c",)), ("ts", ("ts",)),
    ("a", ("a", "ə")), ("e", ("e", "ə")), ("i", ("i", "ı")), ("o", ("o", "ö")),
    ("u", ("u", "ü")), ("y", ("y", "ı")), ("g", ("g", "q", "ğ")), ("k", ("k", "q")),
    ("j", ("c",)), ("w", ("v",)), ("c", ("k",)),
)
# fmt: on
_FRONT = frozenset("əeiöü")
_BACK = frozenset("aıou")
_WORD = re.compile(r"([\s\-]+)")
_BEAM = 48
# Native elements of Azerbaijani place and person names: a reading that contains one gains.
# fmt: off
_ELEMENTS = (
    "abad", "kənd", "çay", "dağ", "bulaq", "qala", "qışlaq", "bəyli", "bəy", "göl", "qaya",
    "təpə", "dərə", "şəhər", "yeni", "köhnə", "qara", "ağ", "lər", "lı", "li", "lu", "lü",
    "oğlu", "qızı", "zadə", "yev", "yeva", "ov", "ova", "məmməd", "əli", "həsən", "hüseyn",
    "heydər", "cəlil", "rəşid", "nəsib", "tahir", "vüsal", "elçin", "ceyhun", "ilham",
)
# fmt: on
_AZ_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def to_native(english: str) -> str:
    """The most likely Azerbaijani spelling of the English *english* (a draft for review)."""
    known = native_for(english)
    if known is not None:
        return known
    parts = _WORD.split(unicodedata.normalize("NFC", english))
    return "".join(part if index % 2 else _word(part) for index, part in enumerate(parts))


def plain_reading(english: str) -> str:
    """*english* in Azerbaijani letters, its vowels as written: for names of other origins.

    >>> plain_reading("Nikol Pashinyan")
    'Nikol Paşinyan'
    """
    parts = _WORD.split(unicodedata.normalize("NFC", english))
    return "".join(part if index % 2 else _plain(part) for index, part in enumerate(parts))


def _plain(token: str) -> str:
    if not token.isascii() or not token.isalpha():
        return token
    out = "".join(options[0] if len(options) == 1 else letter
                  for letter, options in _letters(token.lower()))  # fmt: skip
    if token[0].isupper():
        return ("İ" if out[0] == "i" else out[0].upper()) + out[1:]
    return out


def _letters(word: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each English letter or digraph of *word* with its Azerbaijani readings."""
    i = 0
    while i < len(word):
        for source, options in _READINGS:
            if word.startswith(source, i):
                yield source, options
                i += len(source)
                break
        else:
            yield word[i], (word[i],)
            i += 1


def az_likeness(word: str) -> float:
    """Mean log-probability of the letter pairs of the Azerbaijani *word* (higher: likelier)."""
    text = f"^{word.translate(_AZ_LOWER).lower()}$"
    pairs = [text[i : i + 2] for i in range(len(text) - 1)]
    return sum(_pair_score(pair) for pair in pairs) / max(len(pairs), 1)


@functools.lru_cache(maxsize=4096)
def _word(token: str) -> str:
    """A pure function of *token*, remembered: names recur across the articles of a check."""
    if not token or not token.isalpha() or not token.isascii():
        return token
    from translate.glossary.transliterate import transliterate

    lower = token.lower()
    candidates = sorted(_readings(lower), key=_score, reverse=True)
    # Prefer a reading that the forward rules spell back to the input, as the tests of
    # convention do; else the likeliest one.
    best = next(
        (c for c in candidates if transliterate(c, "en").lower() == lower),
        candidates[0] if candidates else lower,
    )
    if token.isupper() and len(token) > 1:
        return best.replace("i", "İ").replace("ı", "I").upper()
    if token[0].isupper():
        head = "İ" if best[0] == "i" else best[0].upper()
        return head + best[1:]
    return best


def _readings(word: str) -> list[str]:
    """Every Azerbaijani reading of *word*, kept to the likeliest `_BEAM` at each step.

    Each stem's letter-pair sum is its parent's plus the pairs its new letters add, summed
    in the same order as `_score` sums them, so the scores (and the beam) are `_score`'s."""
    beam: list[str] = [""]
    pairs: dict[str, float] = {"": 0}
    for options in _units(word):
        grown: dict[str, float] = {}
        for stem in beam:
            for option in options:
                new = stem + option
                text = "^" + new
                total = pairs[stem]
                for i in range(len(stem), len(new)):
                    total += _pair_score(text[i : i + 2])
                grown[new] = total
        beam = sorted(grown, key=lambda stem: _total(stem, grown[stem], False), reverse=True)
        beam = beam[:_BEAM]
        pairs = grown
    return beam


def _units(word: str) -> Iterator[tuple[str, ...]]:
    i = 0
    while i < len(word):
        for source, options in _READINGS:
            if word.startswith(source, i):
                # y after a vowel closes a syllable (Göygöl); only a final y after l is ı.
                if source == "y" and not (i == len(word) - 1 and i and word[i - 1] == "l"):
                    options = ("y",)
                yield options
                i += len(source)
                break
        else:
            yield (word[i],)
            i += 1


def _score(word: str, final: bool = True) -> float:
    text = f"^{word}$" if final else f"^{word}"
    pairs = sum(_pair_score(text[i : i + 2]) for i in range(len(text) - 1))
    return _total(word, pairs, final)


def _total(word: str, pairs: float, final: bool) -> float:
    """`_score` of *word* from the sum of its letter-pair scores *pairs*."""
    elements = sum(len(e) for e in _ELEMENTS if e in word) if final else 0
    # ə is the commonest vowel of Azerbaijani: where nothing else decides, it beats a.
    schwa = 0.3 * word.count("ə")
    # English g is Azerbaijani g more often than q (whose English spelling is also g).
    velars = 0.4 * (word.count("g") - word.count("q"))
    harmony = 1.2 * _disharmony(word) + 2.0 * _velar_clash(word)
    return 0.15 * pairs - harmony + elements + schwa + velars


def _disharmony(word: str) -> int:
    """How often the vowels switch between front and back (loanwords and compounds do)."""
    classes = [c in _FRONT for c in word if c in _FRONT or c in _BACK]
    return sum(1 for a, b in itertools.pairwise(classes) if a != b)


def _velar_clash(word: str) -> int:
    """k or g next to a back vowel, q or ğ next to a front one: rare in native words."""
    clashes = 0
    for i, char in enumerate(word):
        if char not in "kgqğ":
            continue
        near = [c for c in word[max(0, i - 1) : i + 2] if c in _FRONT or c in _BACK]
        if not near:
            continue
        front = near[-1] in _FRONT
        clashes += (char in "kg") != front
    return clashes


@functools.cache
def _pair_score(pair: str) -> float:
    """Remembered: the beam search scores the same few hundred pairs over and over."""
    counts, total = _pairs()
    return math.log((counts.get(pair, 0) + 0.5) / (total + 0.5 * 1024))


@functools.cache
def _pairs() -> tuple[Counter[str], int]:
    """Letter-pair counts over the Azerbaijani names in CLDR (territories, languages, scripts)."""
    from babel import Locale

    locale = Locale.parse("az")
    names = [*locale.territories.values(), *locale.languages.values(), *locale.scripts.values()]
    counts: Counter[str] = Counter()
    for name in names:
        for word in re.findall(r"[^\W\d_]+", name):
            text = f"^{word.translate(_AZ_LOWER).lower()}$"
            counts.update(text[i : i + 2] for i in range(len(text) - 1))
    return counts, sum(counts.values())

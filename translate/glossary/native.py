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
from typing import NamedTuple

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
    beam = _beam(lower)
    candidates = sorted(beam, key=lambda c: beam[c].final_score(c), reverse=True)
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
    """Every Azerbaijani reading of *word*, kept to the likeliest `_BEAM` at each step."""
    return list(_beam(word))


def _beam(word: str) -> dict[str, _Stem]:
    """`_readings` of *word*, each with what its score is made of.

    Each stem's score is its parent's state grown by its new letters (`_Stem`): the same
    sums and counts that `_score` computes from scratch, in the same order, so the scores
    (and the beam) are `_score`'s, at a cost per letter rather than per stem length."""
    beam: dict[str, _Stem] = {"": _Stem(0, 0, 0, 0, 0, None, 0, 0)}
    for options in _units(word):
        grown: dict[str, _Stem] = {}
        for stem, state in beam.items():
            for option in options:
                grown[stem + option] = state.grow(stem, option)
        kept = sorted(grown, key=lambda stem: grown[stem].score(), reverse=True)[:_BEAM]
        beam = {stem: grown[stem] for stem in kept}
    return beam


class _Stem(NamedTuple):
    """What `_score(stem, final=False)` is made of, kept so that a longer stem adds to it."""

    pairs: float  # the letter-pair scores of ``^stem``, summed left to right
    schwas: int
    gs: int
    qs: int
    switches: int  # `_disharmony`
    last_vowel: bool | None  # the class of the last vowel (front: True), if any
    settled: int  # `_velar_clash` of every letter but the last (whose depends on the next)
    clashes: int  # `_velar_clash`

    def grow(self, stem: str, option: str) -> _Stem:
        new = stem + option
        text = "^" + new
        pairs, switches, last = self.pairs, self.switches, self.last_vowel
        for i in range(len(stem), len(new)):
            pairs += _pair_score(text[i : i + 2])
            char = new[i]
            if char in _FRONT or char in _BACK:
                front = char in _FRONT
                switches += last is not None and front != last
                last = front
        settled = self.settled + sum(
            _clash_at(new, i) for i in range(max(len(stem) - 1, 0), len(new) - 1)
        )
        return _Stem(
            pairs,
            self.schwas + option.count("ə"),
            self.gs + option.count("g"),
            self.qs + option.count("q"),
            switches,
            last,
            settled,
            settled + (_clash_at(new, len(new) - 1) if new else 0),
        )

    def score(self) -> float:
        """`_score` of the stem with ``final=False``, term for term."""
        elements = 0
        schwa = 0.3 * self.schwas
        velars = 0.4 * (self.gs - self.qs)
        return 0.15 * self.pairs - self.harmony() + elements + schwa + velars

    def final_score(self, word: str) -> float:
        """`_score` of the whole *word* this stem is: its pairs and the end of the word."""
        pairs = self.pairs + _pair_score((word[-1] if word else "^") + "$")
        elements = sum(len(e) for e in _ELEMENTS if e in word)
        schwa = 0.3 * self.schwas
        velars = 0.4 * (self.gs - self.qs)
        return 0.15 * pairs - self.harmony() + elements + schwa + velars

    def harmony(self) -> float:
        return 1.2 * self.switches + 2.0 * self.clashes


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
    return sum(_clash_at(word, i) for i in range(len(word)))


def _clash_at(word: str, i: int) -> int:
    """1 where *word*'s letter at *i* is a velar that clashes with its nearest vowel
    (the letter after it, else before it), else 0."""
    char = word[i]
    if char not in "kgqğ":
        return 0
    near = [c for c in word[max(0, i - 1) : i + 2] if c in _FRONT or c in _BACK]
    if not near:
        return 0
    front = near[-1] in _FRONT
    return int((char in "kg") != front)


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

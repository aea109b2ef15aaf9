"""Spell an Azerbaijani Latin-script name the way English, Russian, Turkish, German, French
and Spanish texts usually do.

Two uses: the English spelling variants a matcher should recognise, and a draft target form
for a name that has no curated one. A draft is a suggestion for review, never an approved form.
Established exonyms (Baku, Ленкорань, Bakü) do not follow the rules: `transliterate` takes them
from `translate.glossary.exonyms` first, `spell_by_rules` applies the rules alone.

Each language is a `Table` of data: contextual and multi-letter `Rule`s, longest source first,
then a plain letter map. One small function (`_spell_word`) applies any table.

>>> transliterate("Xocalı", "ru")
'Ходжалы'
>>> transliterate("Gəncə", "en")
'Ganja'
>>> transliterate("Lənkəran", "ru"), spell_by_rules("Lənkəran", "ru")
('Ленкорань', 'Ленкеран')
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from translate.errors import LanguageError
from translate.glossary.exonyms import exonym

__all__ = [
    "SUPPORTED",
    "Agreement",
    "Rule",
    "Table",
    "agreement",
    "english_variants",
    "spell_by_rules",
    "transliterate",
]

SUPPORTED: tuple[str, ...] = ("en", "ru", "tr", "de", "fr", "es", "az")

# Contexts a rule can require of the letter before (left) or after (right) its source.
ANY = ""
EDGE = "#"  # start of word (left) or end of word (right)
VOWEL = "V"
CONSONANT = "C"
# Any other context string lists the letters that fit, e.g. left="g".

_VOWELS = frozenset("aıoueəiöü")
_WORD_SEPARATORS = re.compile(r"([\s\-]+)")
# Slavic-style surname endings are stressed on the stem, not on the last syllable.
_STEM_STRESSED = re.compile(r"(?:ov|ev|ova|eva)$")
_ACUTE = str.maketrans("aeiou", "áéíóú")
# Azerbaijani has dotted and dotless i in both cases; str.lower() alone gets I and İ wrong.
_AZ_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_AZ_UPPER = str.maketrans({"i": "İ", "ı": "I"})


@dataclass(frozen=True)
class Rule:
    """Write *source* as *target* where the neighbouring letters fit *left* and *right*."""

    source: str
    target: str
    left: str = ANY
    right: str = ANY


@dataclass(frozen=True)
class Table:
    """How one language spells Azerbaijani: rules first (longest source first), then letters."""

    rules: tuple[Rule, ...]
    letters: Mapping[str, str]
    mark_final_stress: bool = False  # Spanish writes the (Azerbaijani, final) stress: Bardá


@dataclass(frozen=True)
class Agreement:
    """How often the automatic spelling equals the curated one, for one language."""

    language: str
    total: int
    equal: int
    mismatches: tuple[tuple[str, str, str], ...]  # (native, automatic, curated)

    @property
    def rate(self) -> float:
        return self.equal / self.total if self.total else 0.0


# g is devoiced after s (əsgər [æsˈcæɾ]); spellings that go by the sound write k: Askeran.
_DEVOICED_G = Rule("sg", "sk")

# Tables are data, laid out one language per block.
# fmt: off
_TABLES: Mapping[str, Table] = {
    "en": Table(
        rules=(
            _DEVOICED_G,
            Rule("ı", "y", left="l", right=EDGE),  # Xocalı -> Khojaly, but Şamaxı -> Shamakhi
            Rule("ğ", "g", right="s"),  # Ağstafa -> Agstafa, Ağsu -> Agsu
            Rule("ğ", "g", left=VOWEL, right=VOWEL),  # Oğuz -> Oguz
        ),
        letters={"c": "j", "ç": "ch", "ə": "a", "ğ": "gh", "x": "kh", "ı": "i", "j": "zh",
                 "q": "g", "ö": "o", "ş": "sh", "ü": "u"},
    ),
    "ru": Table(
        rules=(
            Rule("sgə", "ске"),  # the devoiced g is a k: no я after it (Əsgəran -> Аскеран)
            Rule("ayı", "аи"),  # Sumqayıt -> Сумгаит, Cəbrayıl -> Джебраил, İsmayıllı
            Rule("ya", "я"), Rule("yu", "ю"), Rule("ye", "е"), Rule("yə", "я"),
            Rule("ll", "лл"), Rule("sg", "ск"),
            Rule("ə", "а", left=EDGE),  # Əsgəran -> Аскеран, Əliyev -> Алиев
            Rule("ə", "а", right=EDGE),  # Bərdə -> ...да
            Rule("ə", "я", left="g"),  # Gəncə -> Гянджа
            # Soviet-era forms write а, not е, for ə after these (Кельбаджар, Джалилабад,
            # Шамкир, Шарур, Дашкесан, Кюрдамир, Зангелан).
            Rule("ə", "а", left="cşsdz"),
            Rule("ı", "и", left="cçşj"),  # Russian writes no ы after ж, ш, ч: Laçın -> Лачин
            Rule("e", "э", left=EDGE), Rule("e", "э", left=VOWEL),
            Rule("ğ", "х", right=EDGE),  # Qarabağ -> ...бах
            Rule("h", "г", left=EDGE),  # Heydər -> Гейдар
            Rule("l", "ль", right=CONSONANT),  # İlham -> Ильхам
            Rule("l", "ль", left="eəöü", right=EDGE),  # Göygöl -> Гёйгёль; but Исмаил
        ),
        letters={"a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "e": "е", "ə": "е",
                 "f": "ф", "g": "г", "ğ": "г", "h": "х", "x": "х", "ı": "ы", "i": "и",
                 "j": "ж", "k": "к", "q": "г", "l": "л", "m": "м", "n": "н", "o": "о",
                 "ö": "ё", "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у",
                 "ü": "ю", "v": "в", "y": "й", "z": "з"},
    ),
    "tr": Table(rules=(), letters={"x": "h", "ə": "e", "q": "k"}),
    "de": Table(
        rules=(
            _DEVOICED_G,
            Rule("y", "j", right=VOWEL),  # Əliyev -> Alijew
            Rule("y", "i", left=VOWEL),  # Azərbaycan -> Aserbaidschan
            Rule("ğ", "ch", right=EDGE),  # Qarabağ -> ...bach
            Rule("s", "ss", left=VOWEL, right=VOWEL),  # a single s would read [z]
        ),
        letters={"c": "dsch", "ç": "tsch", "ə": "a", "ğ": "g", "x": "ch", "ı": "i",
                 "j": "sch", "q": "g", "ş": "sch", "v": "w", "y": "j", "z": "s"},
    ),
    "fr": Table(
        rules=(
            _DEVOICED_G,
            Rule("ı", "y", right=EDGE),  # Xocalı -> Khodjaly
            Rule("y", "", left="i", right="e"),  # Əliyev -> Aliev
            Rule("y", "ï", left="aou", right=CONSONANT),  # Azərbaycan -> Azerbaïdjan
            Rule("s", "ss", left=VOWEL, right=VOWEL),  # a single s would read [z]
        ),
        letters={"c": "dj", "ç": "tch", "ə": "a", "ğ": "gh", "x": "kh", "ı": "i", "q": "g",
                 "ş": "ch", "u": "ou", "ü": "u", "ö": "eu"},
    ),
    "es": Table(
        rules=(_DEVOICED_G, Rule("c", "dy", left=VOWEL, right=VOWEL)),  # Xocalı -> Jodyalí
        letters={"c": "y", "ç": "ch", "ə": "a", "ğ": "g", "x": "j", "ı": "i", "j": "y",
                 "q": "g", "ş": "sh", "ü": "u", "ö": "o"},
        mark_final_stress=True,
    ),
    "az": Table(rules=(), letters={}),
}

# English spellings seen besides the rule output; english_variants combines up to two.
_EN_SWITCHES: tuple[Rule, ...] = (
    Rule("ə", "e", left=CONSONANT, right=CONSONANT),  # via Russian: Khankendi, Khojavend
    Rule("x", "h"),  # via Turkish: Hankendi, Hojaly
    Rule("c", "dj"),  # via French: Khodjaly
    Rule("ı", "i", right=EDGE),  # Khojali
    Rule("ğ", "g"),  # Agdam, Garadagli
    Rule("ğ", "kh", right=EDGE),  # via Russian: Karabakh
    Rule("q", "k"),  # via Russian: Karabakh
    Rule("y", "i", left=VOWEL, right=CONSONANT),  # Azerbaijan
    Rule("sg", "sg"),  # letter for letter: Asgaran
)
# fmt: on
_MAX_SWITCHES = 2


def transliterate(name: str, target: str) -> str:
    """Spell the Azerbaijani *name* the way *target* texts usually do (a draft, not a curation).

    An established exonym of the whole name, else of each word, wins over the rules.
    """
    table = _table(target)
    whole = exonym(name, target)
    if whole is not None:
        return whole
    parts = _WORD_SEPARATORS.split(unicodedata.normalize("NFC", name))
    return "".join(
        part if index % 2 else (exonym(part, target) or _spell_token(part, table, target))
        for index, part in enumerate(parts)
    )


def spell_by_rules(name: str, target: str) -> str:
    """Spell *name* by the rules of *target* alone, without the table of exonyms."""
    return _spell(name, _table(target), target)


def english_variants(name: str) -> tuple[str, ...]:
    """Plausible English spellings of *name*: the rule spelling first, no duplicates.

    >>> english_variants("Xankəndi")
    ('Khankandi', 'Khankendi', 'Hankandi', 'Hankendi')
    """
    base = _TABLES["en"]
    found: dict[str, None] = {}
    for count in range(_MAX_SWITCHES + 1):
        for switches in itertools.combinations(_EN_SWITCHES, count):
            table = Table(_longest_first(switches + base.rules), base.letters)
            found.setdefault(_spell(name, table, "en"), None)
    return tuple(found)


def agreement(pairs: Iterable[tuple[str, str]], target: str) -> Agreement:
    """Compare ``transliterate(native, target)`` with the curated form of each pair."""
    _table(target)
    total = equal = 0
    mismatches: list[tuple[str, str, str]] = []
    for native, curated in pairs:
        automatic = transliterate(native, target)
        total += 1
        if automatic == unicodedata.normalize("NFC", curated):
            equal += 1
        else:
            mismatches.append((native, automatic, curated))
    return Agreement(target, total, equal, tuple(mismatches))


def _table(target: str) -> Table:
    try:
        return _TABLES[target]
    except KeyError:
        raise LanguageError(
            f"no transliteration rules for language {target!r}",
            language=target,
            hint=f"use one of {', '.join(SUPPORTED)}",
        ) from None


def _longest_first(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    # Stable: among rules of one length, the earlier (an override) wins.
    return tuple(sorted(rules, key=lambda rule: -len(rule.source)))


def _spell(name: str, table: Table, target: str) -> str:
    parts = _WORD_SEPARATORS.split(unicodedata.normalize("NFC", name))
    return "".join(
        part if index % 2 else _spell_token(part, table, target) for index, part in enumerate(parts)
    )


def _spell_token(token: str, table: Table, target: str) -> str:
    if not token:
        return token
    word = token.translate(_AZ_LOWER).lower()
    spelled = _spell_word(word, table)
    if table.mark_final_stress:
        spelled = _mark_final_stress(spelled)
    if len(token) > 1 and token.isupper():
        return _upper(spelled, target)
    if token[0].isupper():
        return _upper(spelled[:1], target) + spelled[1:]
    return spelled


def _spell_word(word: str, table: Table) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        for rule in table.rules:
            end = i + len(rule.source)
            if (
                word.startswith(rule.source, i)
                and _fits(rule.left, word[i - 1] if i else "")
                and _fits(rule.right, word[end] if end < len(word) else "")
            ):
                out.append(rule.target)
                i = end
                break
        else:
            out.append(table.letters.get(word[i], word[i]))
            i += 1
    return "".join(out)


def _fits(context: str, neighbour: str) -> bool:
    if context == ANY:
        return True
    if context == EDGE:
        return not neighbour
    if not neighbour:
        return False
    if context == VOWEL:
        return neighbour in _VOWELS
    if context == CONSONANT:
        return neighbour.isalpha() and neighbour not in _VOWELS
    return neighbour in context


def _mark_final_stress(word: str) -> str:
    """Put an acute on the last vowel where Spanish needs one to show final stress."""
    vowels = [i for i, char in enumerate(word) if char in "aeiou"]
    if (
        len(vowels) < 2
        or not word.endswith(tuple("aeiouns"))
        or _STEM_STRESSED.search(word)
        or any(c in word for c in "áéíóú")
    ):
        return word
    last = vowels[-1]
    return word[:last] + word[last].translate(_ACUTE) + word[last + 1 :]


def _upper(text: str, target: str) -> str:
    if target in ("tr", "az"):
        text = text.translate(_AZ_UPPER)
    return text.upper()

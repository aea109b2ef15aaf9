"""Glossary names in translated PO entries: which are rendered, how, and what is wrong.

`Terms` holds the matchers, Snowball stemmers and memo caches of one check run; `Terms.analyse`
gives the verdict on one (language, msgid, msgstr) triple as an `Analysis`: each glossary name of
the msgid must be in the msgstr in an accepted form (``po.missing-term``, or ``po.wrong-name`` when
another entry's name stands in its place), deprecated target forms are flagged
(``po.deprecated-form``), a name that passes only once folded or stripped of hidden characters is a
near miss (``po.near-miss``: ``Jodyali`` for ``Jodyalí``, `translate.check.near_miss`), and the
accepted form used for each name is recorded so that `translate.check.rules` can spot one name
rendered two ways. In ru, tr and az a name may be inflected: its words match when their Snowball
stems do (in ru and de also with a case ending, `ENDINGS`). A place may be rendered by its
demonym's adjective (`adjectives_of_places`).

The verdict is cached per triple, as sentences repeat across files and languages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import snowballstemmer

from translate.check.near_miss import Span, difference, same_letters, words
from translate.glossary.lookalikes import reveal
from translate.glossary.matcher import (
    Match,
    Matcher,
    fold,
    phrase_key,
    remembering_source_matcher,
    target_matcher,
)
from translate.glossary.model import Glossary, Kind, Status, Target

__all__ = ["STEMMERS", "Analysis", "Problem", "Terms", "passes_check"]

#: Languages whose names inflect, and the Snowball stemmer for each (Turkish serves for az).
STEMMERS: dict[str, str] = {"ru": "russian", "tr": "turkish", "az": "turkish"}
_WORD = re.compile(r"[^\W_]+")
#: Endings a name ending in a consonant takes, where Snowball cuts the name itself short
#: (Ереван → ерева but Ереване → ереван; Агдам → агд, Алиев → ал): the singular cases of
#: Russian masculine nouns and surnames, and the German genitive (Aserbaidschans Hauptstadt).
#: No plural endings: Гасан + ов is another name (Гасанов).
ENDINGS: dict[str, tuple[str, ...]] = {"ru": ("а", "у", "ом", "ым", "е"), "de": ("s",)}


@dataclass(frozen=True)
class Problem:
    """A PO problem before it has a place: the verdict cached per (language, msgid, msgstr)."""

    rule: str
    term: str
    found: str
    expected: str
    message: str


@dataclass(frozen=True)
class Analysis:
    """What one translated entry gives: problems, and how each name was rendered."""

    problems: tuple[Problem, ...]
    #: (entry id, English name, rendering): the accepted form used, inflections folded away.
    renderings: tuple[tuple[str, str, str], ...]


class Terms:
    """Matchers, stemmers and caches for one run; built once, so that checks stay cheap.

    The caches are memo tables of pure functions of their keys, so keeping them on the object
    changes no result, only the time it takes; each holds at most `MEMO_SIZE` answers.
    """

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.source = remembering_source_matcher(glossary)
        self._targets: dict[str, Matcher] = {}
        self._analysis: dict[tuple[str, str, str], Analysis] = {}
        self._stems: dict[tuple[str, str], str] = {}
        self._folds: dict[str, str] = {}
        self._form_words: dict[str, tuple[str, ...]] = {}
        #: The keys of an entry's deprecated forms in a language (the glossary's, so bounded).
        self.deprecated: dict[tuple[str, str], frozenset[tuple[str, ...]]] = {}
        #: `_target_of` by (entry, name, alternative, language): the glossary's, so bounded.
        self.targets: dict[tuple[str, str, bool, str], Target | None] = {}
        self._stemmers = {code: snowballstemmer.stemmer(name) for code, name in STEMMERS.items()}
        self._adjectives: dict[str, tuple[str, ...]] | None = None

    def adjectives(self, entry_id: str) -> tuple[str, ...]:
        """The demonyms a translation may render place *entry_id* by (`adjectives_of_places`)."""
        if self._adjectives is None:
            self._adjectives = adjectives_of_places(self.glossary)
        return self._adjectives.get(entry_id, ())

    def source_matches(self, text: str) -> list[Match]:
        return self.source.find(text)  # remembered by the matcher, for the name finder too

    def target(self, language: str) -> Matcher:
        if language not in self._targets:
            self._targets[language] = target_matcher(self.glossary, language)
        return self._targets[language]

    def form_words(self, form: str) -> tuple[str, ...]:
        """The words of a glossary form (`near_miss.words`), remembered: forms are few."""
        found = self._form_words.get(form)
        if found is None:
            found = self._form_words[form] = tuple(form[s:e] for s, e in words(form))
        return found

    def fold(self, word: str) -> str:
        """`fold`, remembered: near-miss search compares the same words again and again."""
        folded = self._folds.get(word)
        if folded is None:
            folded = _remember(self._folds, word, fold(word))
        return folded

    def stems(self, language: str, text: str) -> tuple[str, ...]:
        """The folded Snowball stem of every word of *text*."""
        stemmer = self._stemmers[language]
        out = []
        for word in _WORD.findall(text):
            key = (language, word)
            stem = self._stems.get(key)
            if stem is None:
                stem = _remember(self._stems, key, fold(stemmer.stemWord(word.lower())))
            out.append(stem)
        return tuple(out)

    def analyse(self, language: str, msgid: str, msgstr: str) -> Analysis:
        key = (language, msgid, msgstr)
        found = self._analysis.get(key)
        if found is None:
            found = _remember(self._analysis, key, _analyse(self, language, msgid, msgstr))
        return found


#: Endings that make a demonym of a place's English name (Armenia-n, Azerbaijan-i, Georgia-n).
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "i", "ese", "ish", "ic", "ean"})


def adjectives_of_places(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    """Place entry id → the demonym entries (those with `nouns`) made of its English name.

    ``Armenia's forces`` is naturally ``армянские силы``, ``les forces arméniennes``: the
    place rendered by its adjective, which is neither a missing nor a wrong name.
    """
    places = {fold(entry.en): entry.id for entry in glossary if entry.kind is Kind.PLACE}
    found: dict[str, tuple[str, ...]] = {}
    for entry in glossary:
        if not entry.nouns:
            continue
        english = fold(entry.en)
        for cut in range(4, len(english)):
            place = places.get(english[:cut])
            if place is not None and english[cut:] in _DEMONYM_ENDINGS:
                found[place] = (*found.get(place, ()), entry.id)
    return found


def _adjective_hit(
    terms: Terms, language: str, entry_id: str, found: Sequence[Match], msgstr: str
) -> bool:
    """Whether *msgstr* renders place *entry_id* by one of its demonyms (`Terms.adjectives`)."""
    for adjective in terms.adjectives(entry_id):
        if any(m.entry == adjective and m.status is not Status.DEPRECATED for m in found):
            return True
        target = terms.glossary.get(adjective).target(language)
        blocks = [] if target is None else [target, *([target.noun] if target.noun else [])]
        for block in blocks:
            if _form_hit(block, msgstr) or _stem_hit(terms, language, block, msgstr):
                return True
            if _ending_hit(terms, language, block, msgstr):
                return True
    return False


#: How many answers each memo table keeps: a check of a large archive sees ever new sentences,
#: so the tables are emptied when full rather than let grow with the archive.
MEMO_SIZE = 10_000
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(table: dict[_K, _V], key: _K, value: _V) -> _V:
    if len(table) >= MEMO_SIZE:
        table.clear()
    table[key] = value
    return value


def _target_of(terms: Terms, match: Match, language: str) -> Target | None:
    """The target of *match*'s entry or alternative name in *language*, remembered."""
    key = (match.entry, match.name, match.alternative, language)
    if key not in terms.targets:
        terms.targets[key] = _find_target(terms, match, language)
    return terms.targets[key]


def _find_target(terms: Terms, match: Match, language: str) -> Target | None:
    entry = terms.glossary.get(match.entry)
    if not match.alternative:
        return entry.target(language)
    alternative = entry.alternative(match.name)
    # The match was made from this alternative's own forms, so it is there.
    assert alternative is not None
    return alternative.target(language)


def _rendering(target: Target, surface: str) -> str:
    """The accepted form *surface* is: an inflected form counts as the approved one."""
    key = _form_key(surface)  # a name as the msgstr writes it: few, and written again
    for admitted in target.admitted:
        if _form_key(admitted) == key:
            return admitted
    return target.approved


def _occurs(wanted: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether *wanted* is a run of consecutive items of *words*; never when it is empty."""
    size = len(wanted)
    return size > 0 and any(words[i : i + size] == wanted for i in range(len(words)))


def _form_hit(target: Target, msgstr: str) -> str | None:
    """An accepted form written out in *msgstr*, even where another entry claims the same word
    (Spanish ``armenia`` is the country and the feminine of ``armenio``).
    """
    words = phrase_key(msgstr)
    form = next((f for f in target.accepted() if _occurs(_form_key(f), words)), None)
    return None if form is None else _rendering(target, form)


def _stem_hit(terms: Terms, language: str, target: Target, msgstr: str) -> str | None:
    """The accepted form whose word stems occur, consecutive, in *msgstr*."""
    if language not in STEMMERS:
        return None
    words = terms.stems(language, msgstr)
    form = next((f for f in target.accepted() if _occurs(terms.stems(language, f), words)), None)
    return None if form is None else _rendering(target, form)


def _ending_hit(terms: Terms, language: str, target: Target, msgstr: str) -> str | None:
    """The accepted form whose words occur, consecutive, in *msgstr*, each as it is or with
    one of the language's `ENDINGS` (Николом Пашиняном for Никол Пашинян)."""
    endings = ENDINGS.get(language)
    if endings is None:
        return None
    words = [terms.fold(word) for word in _WORD.findall(msgstr)]
    for form in target.accepted():
        wanted = [terms.fold(word) for word in _WORD.findall(form)]
        size = len(wanted)
        for i in range(len(words) - size + 1) if size else ():
            if all(_with_ending(words[i + k], wanted[k], endings) for k in range(size)):
                return _rendering(target, form)
    return None


def _with_ending(word: str, form: str, endings: tuple[str, ...]) -> bool:
    """Whether *word* is *form*, or *form* ending in a consonant with one of *endings*."""
    if word == form:
        return True
    return (
        word.startswith(form)
        and form[-1:].isalpha()
        and form[-1] not in _VOWELS
        and (word[len(form) :] in endings)
    )


#: Final letters after which a Russian name changes its stem, not just adds an ending.
_VOWELS = frozenset("аеёиоуыэюяйьaeiouy")


def _alike(terms: Terms, language: str) -> tuple[Callable[[str, str], bool], ...]:
    """Word comparisons for `locate`: loose (as the matcher finds names), then exact."""
    inflects = language in STEMMERS

    def loose(word: str, form: str) -> bool:
        if terms.fold(word) == terms.fold(form):
            return True
        return inflects and terms.stems(language, word) == terms.stems(language, form)

    def exact(word: str, form: str) -> bool:
        return loose(word, form) and same_letters(word, form, inflects=inflects)

    return loose, exact


class _Words:
    """The words of a text, indexed by the keys under which `loose` finds them equal: their
    folded form and, where names inflect, their stems. `locate` only tries the places where
    a form's first word has one of its keys, which gives what `near_miss.locate` gives.

    The index (a fold and the stems of every word) is built on the first `locate`: most
    entries write their names as the glossary does, which `spelled_out` sees without it."""

    def __init__(self, terms: Terms, language: str, text: str) -> None:
        self.terms, self.language = terms, language
        self.spans = words(text)
        self.tokens = [text[start:end] for start, end in self.spans]
        self._present = frozenset(self.tokens)
        self._at: dict[object, list[int]] | None = None

    @property
    def at(self) -> dict[object, list[int]]:
        if self._at is None:
            self._at = {}
            for i, token in enumerate(self.tokens):
                for key in self.keys(token):
                    self._at.setdefault(key, []).append(i)
        return self._at

    def spelled_out(self, forms: Sequence[str]) -> bool:
        """Whether the words of one of *forms* are consecutive words of the text, letter for
        letter: then `locate` with the exact comparison finds a form (an equal word is alike
        by every comparison), whichever it is."""
        tokens, present = self.tokens, self._present
        for form in forms:
            wanted = self.terms.form_words(form)
            size = len(wanted)
            if not size or wanted[0] not in present:
                continue
            for i in range(len(tokens) - size + 1):
                if tokens[i] == wanted[0] and tuple(tokens[i : i + size]) == wanted:
                    return True
        return False

    def keys(self, word: str) -> tuple[object, ...]:
        folded = self.terms.fold(word)
        if self.language not in STEMMERS:
            return (folded,)
        return folded, self.terms.stems(self.language, word)

    def locate(self, forms: Sequence[str], alike: Callable[[str, str], bool]) -> Span | None:
        """`near_miss.locate` of the text, for an *alike* that implies `loose`."""
        tokens = self.tokens
        for form in forms:
            wanted = self.terms.form_words(form)
            size = len(wanted)
            if not size:
                continue
            starts = sorted({i for key in self.keys(wanted[0]) for i in self.at.get(key, ())})
            for i in starts:
                if i + size <= len(tokens) and all(
                    alike(tokens[i + k], wanted[k]) for k in range(size)
                ):
                    return self.spans[i][0], self.spans[i + size - 1][1], form
        return None


def _near_miss(
    terms: Terms, language: str, target: Target, msgstr: str, text: _Words
) -> Span | None:
    """Where *msgstr* has a name that passes for an accepted form only once folded or revealed.

    Folded: diacritics, dotless ı, fullwidth letters. Revealed: hidden characters inside it.
    *text* is *msgstr*'s words.
    """
    forms = target.accepted()
    if text.spelled_out(forms):
        return None  # an accepted form written as it is: `locate` with `exact` finds one
    loose, exact = _alike(terms, language)
    if text.locate(forms, exact) is not None:
        return None
    if (span := text.locate(forms, loose)) is not None:
        return span
    revealed, origins = reveal(msgstr)
    if revealed == msgstr:
        return None
    if (span := _Words(terms, language, revealed).locate(forms, loose)) is None:
        return None
    start, end, form = span
    return origins[start], origins[end - 1] + 1, form


def _deprecated_keys(terms: Terms, entry_id: str, language: str) -> frozenset[tuple[str, ...]]:
    found = terms.deprecated.get((entry_id, language))
    if found is None:
        entry = terms.glossary.get(entry_id)
        targets = [entry.target(language), *(a.target(language) for a in entry.alternatives)]
        found = frozenset(_form_key(form) for t in targets if t for form in t.deprecated)
        terms.deprecated[(entry_id, language)] = found
    return found


@functools.lru_cache(maxsize=65_536)
def _form_key(form: str) -> tuple[str, ...]:
    """`phrase_key` of a glossary form or of a name as a msgstr writes it, remembered: the
    same few are keyed again for every entry that names them."""
    return phrase_key(form)


def _analyse(terms: Terms, language: str, msgid: str, msgstr: str) -> Analysis:
    # A bare surname names nobody for sure without its article: it is not required.
    sources = [m for m in terms.source_matches(msgid) if not m.candidates]
    found = terms.target(language).find(msgstr)
    problems: list[Problem] = []
    renderings: list[tuple[str, str, str]] = []
    source_names = {(m.entry, m.name) for m in sources}
    deprecated: list[Match] = []
    for match in found:
        if match.status is not Status.DEPRECATED:
            keys = _deprecated_keys(terms, match.entry, language)
            # Most entries have no deprecated form: no key to compare then.
            if not keys or phrase_key(match.surface) not in keys:
                continue
        if match.alternative and (match.entry, match.name) in source_names:
            continue  # the source says Stepanakert: Степанакерт is its name
        deprecated.append(match)
        approved = terms.glossary.get(match.entry).target(language)
        expected = approved.approved if approved else ""
        message = f"{match.surface!r} is deprecated for {match.entry!r}; write {expected!r}"
        problems.append(Problem("po.deprecated-form", match.entry, match.surface, expected,
                                message))  # fmt: skip
    claimed = {m.entry for m in sources}
    claimed |= {adjective for entry in list(claimed) for adjective in terms.adjectives(entry)}
    text = _Words(terms, language, msgstr) if sources else None
    for entry_id, name in dict.fromkeys((m.entry, m.name) for m in sources):
        source = next(m for m in sources if (m.entry, m.name) == (entry_id, name))
        target = _target_of(terms, source, language)
        if target is None:
            continue  # glossary.missing-language reports it
        hit = next(
            (_rendering(target, m.surface) for m in found
             if (m.entry, m.name) == (entry_id, name) and m not in deprecated),
            None,
        ) or _form_hit(target, msgstr) or _stem_hit(terms, language, target, msgstr) or (
            _ending_hit(terms, language, target, msgstr))  # fmt: skip
        assert text is not None
        near = _near_miss(terms, language, target, msgstr, text)
        if near is not None:
            start, end, form = near
            surface = msgstr[start:end]
            message = (f"{surface!r} passes for {form!r} but differs by "
                       f"{difference(surface)}; write {form!r}")  # fmt: skip
            problems.append(Problem("po.near-miss", entry_id, surface, form, message))
            if hit is None:
                continue
        if hit is None and _adjective_hit(terms, language, entry_id, found, msgstr):
            continue  # Azerbaijan's Shusha: азербайджанская Шуша
        if hit is not None:
            renderings.append((entry_id, name, hit))
            continue
        if any(m.entry == entry_id for m in deprecated):
            continue  # po.deprecated-form says it already
        other = next((m for m in found if m.entry not in claimed and m not in deprecated), None)
        if other is not None:
            message = (f"{other.surface!r} names {other.entry!r} where the source has "
                       f"{name!r}; write {target.approved!r}")  # fmt: skip
            problems.append(Problem("po.wrong-name", entry_id, other.surface, target.approved,
                                    message))  # fmt: skip
        else:
            message = f"{name!r} is not rendered as {target.approved!r} or an accepted form"
            problems.append(Problem("po.missing-term", entry_id, "", target.approved, message))
    return Analysis(tuple(problems), tuple(renderings))


def passes_check(glossary: Glossary, language: str) -> Callable[[str, str], bool]:
    """A test that a (msgid, msgstr) of *language* gives no ``po.*`` problem, for the memory.

    The lookups are built on the first call, so a run whose catalogs hold no reviewed
    translation pays nothing.
    """
    built: list[Terms] = []

    def passes(msgid: str, msgstr: str) -> bool:
        if not built:
            built.append(Terms(glossary))
        return not built[0].analyse(language, msgid, msgstr).problems

    return passes

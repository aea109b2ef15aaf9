"""Find glossary names in text: whole words, case- and diacritics-insensitive, longest first.

A name is matched as a sequence of word tokens. Both the glossary forms and the text are cut
into tokens with one regex over the *original* text, and each token is folded on its own
(`fold`), so every token keeps its own span in the original: no offset map is needed even
where folding changes lengths (``ß`` → ``ss``). Between two tokens of a phrase, whitespace and
an unspaced hyphen count as the same separator (``Nagorno-Karabakh`` = ``Nagorno Karabakh``);
other punctuation must match (``U.S.``); a spaced dash or a blank line ends a phrase.

The table maps every phrase key, and every proper prefix of one, to its payload (``None`` for
a prefix only). At each token the matcher extends the key while the table knows it and keeps
the last full hit, so the cost per token is one dict lookup plus the length of an actual
partial match: it does not grow with the size of the glossary.

Possessives and compounds need no special case: ``Khojaly's`` and ``Khojaly-born`` are the
token ``khojaly`` followed by other tokens, so ``Khojaly`` matches and the span covers only it.

Case is ignored, with one exception in English (`source_matcher`): a name is not found where
every word the glossary capitalises is written in lower case, since English writes its names
with capitals and ``trend``, ``china``, ``turkey``, ``jersey``, ``guinea`` or ``reunion`` in
lower case are common words. A form the glossary itself writes in lower case (``great
return``), or one with a number (``366th motorized rifle regiment``), is found so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from translate.glossary.lookalikes import hidden_join, one_script
from translate.glossary.model import Glossary, Status

__all__ = [
    "Match",
    "Matcher",
    "RememberingMatcher",
    "fold",
    "phrase_key",
    "remembering_source_matcher",
    "source_matcher",
    "target_matcher",
]

# Letters and digits, with any combining marks (which `\w` does not match) kept in the token;
# written as greedy runs, which is faster than an alternation tried at every character.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN = re.compile(rf"[{_MARKS}]*[^\W_]+(?:[{_MARKS}]+[^\W_]*)*")
# Letters that NFKD does not decompose, folded by hand (Turkic ı and ə, Nordic ø, Slavic ł, ...).
_LETTERS = str.maketrans(
    {"ı": "i", "ə": "e", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t",
     "þ": "th", "æ": "ae", "œ": "oe", "ŀ": "l", "ɨ": "i", "ß": "ss"}
)  # fmt: skip
# Letters whose diacritic makes a different letter, not an accent: Cyrillic й stays й.
_KEEP = frozenset("й")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u0060\u00b4"})
_MAX_GAP = 6


def fold(text: str) -> str:
    """Fold case and diacritics, so that spellings compare equal; a word that mixes Latin and
    Cyrillic look-alikes is read in its main script (`lookalikes.one_script`), so that a name
    with a stray Cyrillic ``а`` is still found (and flagged where it is checked).

    >>> fold("Xocalı") == fold("XOCALI") == fold("Xocali") == fold("Xоcali")
    True
    """
    if text.isascii():
        return text.lower()  # what casefold gives ASCII; _LETTERS has no ASCII letter
    out: list[str] = []
    for char in one_script(text).casefold():
        if char in _KEEP or char.isascii():
            out.append(char)
            continue
        folded = _FOLDED.get(char)
        if folded is None:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c))
            _FOLDED[char] = folded
        out.append(folded)
    return "".join(out).translate(_LETTERS)


#: `fold` of the words `Matcher.find` met, shared by every matcher (a pure function of the
#: word); emptied when it holds `_WORD_FOLDS_SIZE` words, so that it does not grow with an archive.
_WORD_FOLDS: dict[str, str] = {}
_WORD_FOLDS_SIZE = 50_000
#: Each non-ASCII character without its marks, as `fold` computes it: a pure function of one
#: character, remembered (there are only so many characters).
_FOLDED: dict[str, str] = {}


def _separator(gap: str) -> str | None:
    """The normalised text between two tokens of a phrase; None where a phrase cannot span it.

    Whitespace and an unspaced hyphen or dash join (``Nagorno–Karabakh``); a dash with spaces
    around it is punctuation (``Khojaly – genocide of the 20th century``) and ends a phrase.
    """
    if gap == " " or gap == "-":
        return " "
    if len(gap) > _MAX_GAP or gap.count("\n") > 1:
        return None
    normal = gap.translate(_DASHES).translate(_APOSTROPHES)
    if normal.isspace() or normal == "-":
        return " "
    compact = "".join(normal.split())
    return None if compact == "-" else compact


def phrase_key(text: str) -> tuple[str, ...]:
    """The key a glossary form is matched by: folded tokens with the separators between them.

    >>> phrase_key("Nagorno-Karabakh") == phrase_key("nagorno karabakh")
    True
    """
    key: list[str] = []
    previous: re.Match[str] | None = None
    for token in _TOKEN.finditer(text):
        if previous is not None:
            key.append(_separator(text[previous.end() : token.start()]) or " ")
        key.append(fold(token.group()))
        previous = token
    return tuple(key)


@dataclass(frozen=True)
class Match:
    """One glossary name found in a text; `start`/`end` index the original text."""

    start: int
    end: int
    surface: str
    entry: str
    name: str
    alternative: bool
    status: Status
    #: a demonym used as a plural noun (the Armenians), not as an adjective (Armenian forces)
    noun: bool = False
    #: a bare surname: the people it may name (`translate.glossary.surnames` resolves it)
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Payload:
    entry: str
    name: str
    alternative: bool
    status: Status
    noun: bool = False
    candidates: tuple[str, ...] = ()
    #: an acronym (US, UN, EU): matched only where the text writes it in capitals, so that
    #: the pronoun "us" is not the United States
    upper: bool = False
    #: per word of the form, whether the glossary capitalises it (`Matcher` with *cased*):
    #: the name is not found where the text writes all of those words in lower case
    capitals: tuple[bool, ...] = ()


_ACRONYM = re.compile(r"[A-Z]{2,4}\Z")


@dataclass(frozen=True)
class _Form:
    """One surface form to match; lower `rank` wins when two forms share a key."""

    text: str
    rank: int
    payload: _Payload


class Matcher:
    """Finds the forms it was built with; immutable after construction."""

    __slots__ = ("_first", "_table")

    def __init__(self, forms: Iterable[_Form], *, cased: bool = False) -> None:
        """*cased*: a name written all in lower case where the glossary capitalises it is no
        name (English text; see the module docstring)."""
        table: dict[tuple[str, ...], _Payload | None] = {}
        # Stable sort: at equal rank the earlier glossary entry keeps the key.
        for form in sorted(forms, key=lambda form: form.rank):
            key = phrase_key(form.text)
            if not key:
                continue
            for end in range(1, len(key), 2):
                table.setdefault(key[:end], None)
            payload = form.payload
            if cased:
                capitals = _capitals(form.text)
                if capitals:  # positional, as `replace` is slow for thousands of forms
                    payload = _Payload(payload.entry, payload.name, payload.alternative,
                                       payload.status, payload.noun, payload.candidates,
                                       payload.upper, capitals)  # fmt: skip
            known = table.get(key)
            if known is None:
                table[key] = payload
            elif cased and known.entry == payload.entry and known.capitals:
                # Two spellings of one entry differ only in case: either is found.
                pairs = zip(known.capitals, payload.capitals or known.capitals, strict=True)
                both = tuple(a and b for a, b in pairs) if payload.capitals else ()
                table[key] = replace(known, capitals=both if any(both) else ())
        self._table = table
        #: The words a form starts with: the only places where a lookup can succeed.
        self._first = frozenset(key[0] for key in table if len(key) == 1)

    def find(self, text: str) -> list[Match]:
        """Every glossary name in *text*, left to right, longest first, never overlapping."""
        spans = [token.span() for token in _TOKEN.finditer(text)]
        if not text.isprintable() and not _without_breaks(text).isprintable():
            spans = _joined(text, spans)  # a format character in it
        folded_cache = _WORD_FOLDS
        if len(folded_cache) > _WORD_FOLDS_SIZE:
            folded_cache.clear()
        folded = []
        for start, end in spans:
            word = text[start:end]
            value = folded_cache.get(word)
            if value is None:
                value = folded_cache[word] = fold(_visible(word))
            folded.append(value)
        table = self._table
        matches: list[Match] = []
        count = len(spans)
        i = 0
        first = self._first
        while i < count:
            if folded[i] not in first:
                i += 1
                continue
            key: tuple[str, ...] = (folded[i],)
            best, best_end = _cased(table[key], spans[i : i + 1], text), i
            j = i + 1
            while j < count:
                separator = _separator(text[spans[j - 1][1] : spans[j][0]])
                if separator is None:
                    break
                key = (*key, separator, folded[j])
                if key not in table:
                    break
                if (payload := _cased(table[key], spans[i : j + 1], text)) is not None:
                    best, best_end = payload, j
                j += 1
            if best is None:
                i += 1
                continue
            start, end = spans[i][0], spans[best_end][1]
            matches.append(
                Match(
                    start,
                    end,
                    text[start:end],
                    best.entry,
                    best.name,
                    best.alternative,
                    best.status,
                    best.noun,
                    best.candidates,
                )
            )
            i = best_end + 1
        return matches


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* with the words that only a hidden character parts joined (``Kho\u200bjaly`` is
    one word to a reader, and so to the matcher; `hidden_join`)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        # A printable gap (a space, punctuation) has no format character: no call then.
        if (
            out
            and not text[out[-1][1] : start].isprintable()
            and hidden_join(text, out[-1][1], start)
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _without_breaks(text: str) -> str:
    """*text* without line breaks and tabs, which are not printable either (`str.replace`
    is much faster than `str.translate` on a long text)."""
    return text.replace("\n", "").replace("\r", "").replace("\t", "")


def _visible(word: str) -> str:
    """*word* without the format characters a joined word holds (`_joined`)."""
    if word.isascii():
        return word
    return "".join(char for char in word if unicodedata.category(char) != "Cf")


def _cased(payload: _Payload | None, spans: list[tuple[int, int]], text: str) -> _Payload | None:
    """*payload*, unless it is an acronym's and the text does not write it in capitals, or
    the text writes in lower case every word that the form capitalises (`_Payload.capitals`)."""
    if payload is None:
        return None
    if payload.upper:
        return payload if all(text[s:e].isupper() for s, e in spans) else None
    if not payload.capitals:
        return payload
    for (start, end), capital in zip(spans, payload.capitals, strict=True):
        if capital and not text[start:end].islower():
            return payload
    return None


def _capitals(form: str) -> tuple[bool, ...]:
    """Whether each word of *form* is a capitalised word of the name: a leading ``The`` is
    not (``The times are hard`` is no newspaper); empty when none is, or when a word holds a
    digit, since a number makes the name specific in any case (``366th motorized rifle
    regiment``).

    >>> _capitals("Day of the Khojaly Genocide")
    (True, False, False, True, True)
    >>> _capitals("The Times"), _capitals("366th Motorized Rifle Regiment"), _capitals("great")
    ((False, True), (), ())
    """
    words = [token.group() for token in _TOKEN.finditer(form)]
    if any(char.isdigit() for word in words for char in word):
        return ()
    found = tuple(
        word[:1].isupper() and not (i == 0 and word == "The") for i, word in enumerate(words)
    )
    return found if any(found) else ()


class RememberingMatcher(Matcher):
    """A `Matcher` that remembers its answers: `check` asks about each English sentence
    three or four times (its names, its unknown names, each language's PO entry). Up to
    `_ANSWERS_SIZE` texts are kept, then forgotten at once."""

    __slots__ = ("_answers",)

    def __init__(self, forms: Iterable[_Form], *, cased: bool = False) -> None:
        super().__init__(forms, cased=cased)
        self._answers: dict[str, list[Match]] = {}

    def find(self, text: str) -> list[Match]:
        found = self._answers.get(text)
        if found is None:
            if len(self._answers) >= _ANSWERS_SIZE:
                self._answers.clear()
            found = self._answers[text] = super().find(text)
        return list(found)


_ANSWERS_SIZE = 10_000


def source_matcher(glossary: Glossary, *, cased: bool = True) -> Matcher:
    """Matches English names: canonical forms, forms, variants, alternatives and their variants.

    *cased*: a name written all in lower case is a common word (running text); without it,
    any case is the name (a name looked up as typed).
    """
    return Matcher(_source_forms(glossary), cased=cased)


def remembering_source_matcher(glossary: Glossary) -> RememberingMatcher:
    """`source_matcher`, remembering its answers (`RememberingMatcher`)."""
    return RememberingMatcher(_source_forms(glossary), cased=True)


def target_matcher(glossary: Glossary, language: str) -> Matcher:
    """Matches the names in *language*: approved, forms, admitted, and deprecated forms.

    When two entries share a form, approved and admitted forms win over deprecated ones.
    """
    return Matcher(_target_forms(glossary, language))


def _source_forms(glossary: Glossary) -> Iterator[_Form]:
    surnames: dict[tuple[str, ...], tuple[str, list[str]]] = {}
    for entry in glossary:
        main = _Payload(entry.id, entry.en, False, Status.APPROVED)
        for text in (entry.en, *entry.forms):
            yield _Form(text, 0, main)
        noun = _Payload(entry.id, entry.en, False, Status.APPROVED, noun=True)
        for text in entry.nouns:
            yield _Form(text, 0, noun)
        for surname in entry.surnames():
            people = surnames.setdefault(phrase_key(surname), (surname, []))[1]
            if entry.id not in people:
                people.append(entry.id)
        for variant in entry.variants:
            payload = _Payload(
                entry.id, entry.en, False, variant.status, upper=bool(_ACRONYM.match(variant.form))
            )
            yield _Form(variant.form, 2, payload)
        for alternative in entry.alternatives:
            own = _Payload(entry.id, alternative.en, True, Status.APPROVED)
            yield _Form(alternative.en, 1, own)
            for variant in alternative.variants:
                payload = _Payload(entry.id, alternative.en, True, variant.status)
                yield _Form(variant.form, 2, payload)
    # Last: any form an entry gives explicitly wins over a surname.
    for surname, people in surnames.values():
        payload = _Payload(people[0], surname, False, Status.APPROVED, candidates=tuple(people))
        yield _Form(surname, 3, payload)


def _target_forms(glossary: Glossary, language: str) -> Iterator[_Form]:
    for entry in glossary:
        names = [(entry.en, False, entry.target(language))]
        names += [(alt.en, True, alt.target(language)) for alt in entry.alternatives]
        for name, alternative, target in names:
            if target is None:
                continue
            rank = 1 if alternative else 0
            approved = _Payload(entry.id, name, alternative, Status.APPROVED)
            noun = target.noun.accepted() if target.noun else ()
            for text in (target.approved, *target.forms, *noun):
                yield _Form(text, rank, approved)
            admitted = _Payload(entry.id, name, alternative, Status.ADMITTED)
            for text in target.admitted:
                yield _Form(text, rank + 2, admitted)
            deprecated = _Payload(entry.id, name, alternative, Status.DEPRECATED)
            for text in target.deprecated:
                yield _Form(text, rank + 4, deprecated)

"""A learned second opinion for the names finder: a CRF tagger trained on the labelled articles.

The rules of `translate.glossary.names` find what their authors foresaw; a new outlet brings
names they did not (a gym's name in Thai boxing, ``Wor.Wanchai``; a shipyard; a district of a
city). This tagger reads every sentence as a sequence of tokens and marks each one as the start,
the inside or the outside of a proper name, from features that hold for unseen words as well as
seen ones: the word's shape (``Xx``, ``XX``, ``Xx-Xx``, ``d``), its ending, whether the article
writes it in lower case elsewhere or with a capital inside a sentence, its neighbours, and the
finder's own word lists (titles, head nouns, joiners, months, demonyms, countries, cities).

The model is a linear-chain CRF (CRFsuite through python-crfsuite), built by
``scripts/train-names`` from the hand-labelled articles of ``tests/data/articles`` and shipped in
``translate/glossary/data/names.crfsuite``. A name it marks is kept only when every token's
marginal probability reaches `THRESHOLD`, after the titles and articles before it are cut; the
finder adds what is left to its own names, and cuts from a name of its own the words before the
tagger's that the tagger is sure (`OUTSIDE`) are none (`translate.glossary.name_vetting`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from translate.errors import InputError
from translate.glossary import gazetteer
from translate.glossary.name_tokens import _is_title
from translate.glossary.name_words import (
    ADJECTIVES,
    COMMON,
    HEAD_NOUNS,
    JOINERS,
    OPENING,
    PORTFOLIOS,
    TITLES,
)
from translate.text.segments import CREDITS, Segment

if TYPE_CHECKING:
    import pycrfsuite

__all__ = [
    "MODEL", "OUTSIDE", "THRESHOLD", "Span", "article_features", "labels", "tag", "tokens", "train",
]  # fmt: skip

#: The shipped model, built by ``scripts/train-names``.
MODEL = Path(__file__).resolve().parent / "data" / "names.crfsuite"
#: The least marginal probability of every token of a name the tagger adds. Chosen on the
#: fourteenth to sixteenth blind sets, each tagged by a model trained without it.
THRESHOLD = 0.7
#: The least marginal probability of "outside any name" for a word that the tagger is sure of.
OUTSIDE = 0.9

#: A word (with its inner hyphens, apostrophes, dots and ampersands: ``Wor.Wanchai``,
#: ``O'Flaherty``, ``A&L``), initials with their dots (``U.S.``), or one other character.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’.&]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"(.{2,}?)(['’]s?)\Z", re.DOTALL)
#: Tokens a name never spans: a name ends before them.
_STOPS = frozenset(':;,()[]{}"“”«»‘|/')
#: An amount, a currency's letter or symbol glued on: R41.50, Dh3.2, 1,500.
_AMOUNT = re.compile(r"\D{0,3}\d+(?:[.,]\d+)+\w{0,2}")
#: Capitalised common words that are no name alone (Ministry, Institute).
_ALONE = HEAD_NOUNS | COMMON
#: Articles, cut from the start of a name the tagger marks, as titles are.
_ARTICLES = frozenset({"the", "a", "an"})

#: CRFsuite's L-BFGS with L1 and L2 penalties; 150 iterations.
_TRAINING = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

#: One token: its start and end in the sentence, and its text.
Span = tuple[int, int, str]

_LISTS = (
    ("title", TITLES),
    ("head", HEAD_NOUNS),
    ("join", JOINERS),
    ("common", COMMON),
    ("open", OPENING),
    ("adj", ADJECTIVES),
    ("port", PORTFOLIOS),
)


def tokens(text: str) -> list[Span]:
    """The tokens of one sentence; a possessive ending is a token of its own."""
    found: list[Span] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        possessive = _POSSESSIVE.match(word) if word[-1] in "s'’" else None
        if possessive is not None:
            stem = possessive.group(1)
            found.append((start, start + len(stem), stem))
            found.append((start + len(stem), match.end(), possessive.group(2)))
        else:
            found.append((start, match.end(), word))
    return found


@functools.lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """``Xx`` for Baku, ``X.X`` for U.S, ``d`` for 2026, ``Xx.Xx`` for Wor.Wanchai."""
    classes = [
        "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
    ]
    return re.sub(r"(.)\1+", r"\1", "".join(classes))


@functools.lru_cache(maxsize=65536)
def _classes(word: str) -> tuple[str, ...]:
    """The finder's word lists and CLDR's names that *word* is in."""
    folded = word.casefold()
    found = [name for name, words in _LISTS if folded in words]
    if folded in gazetteer.calendar_words():
        found.append("cal")
    if folded in gazetteer.languages():
        found.append("lang")
    if folded in gazetteer.territories():
        found.append("terr")
    if folded in gazetteer.cities():
        found.append("city")
    if word[:1].isupper() and gazetteer.is_demonym(word):
        found.append("dem")
    return tuple(found)


def _evidence(sentences: Iterable[list[Span]]) -> tuple[set[str], set[str]]:
    """The words the article writes in lower case, and those it capitalises inside a sentence."""
    lower: set[str] = set()
    inside: set[str] = set()
    for words in sentences:
        for i, (_, _, word) in enumerate(words):
            if word[:1].islower():
                lower.add(word.casefold())
            elif word[:1].isupper() and i > 0 and words[i - 1][2] not in "\"“‘'(":
                inside.add(word)
    return lower, inside


@functools.lru_cache(maxsize=65536)
def _own(word: str) -> tuple[str, ...]:
    """The features of *word* itself, wherever it stands."""
    low = word.casefold()
    own = [f"w={low}", f"shape={_shape(word)}", f"pre3={low[:3]}", f"suf2={low[-2:]}"]
    own += [f"suf3={low[-3:]}", f"suf4={low[-4:]}", *(f"is={c}" for c in _classes(word))]
    if "-" in word:
        own.append("hyphen")
    if len(word) == 1:
        own.append("one")
    return tuple(own)


@functools.lru_cache(maxsize=65536)
def _beside(word: str, step: int) -> tuple[str, ...]:
    """The features that *word* gives the word *step* places before it (a negative step: after)."""
    near = [f"{step}:w={word.casefold()}", f"{step}:shape={_shape(word)}"]
    return (*near, *(f"{step}:is={c}" for c in _classes(word)))


def _features(
    segment: Segment, words: list[Span], lower: set[str], inside: set[str]
) -> list[list[str]]:
    """Each token's features, as CRFsuite's attribute names (each of value 1)."""
    texts = [w for _, _, w in words]
    kind = (
        "credit" if segment.paragraph == CREDITS else "title" if segment.paragraph == 0 else "body"
    )
    first = next((i for i, w in enumerate(texts) if w[:1].isalnum()), len(texts))
    shapes = [_shape(w) for w in texts]
    folded = [w.casefold() for w in texts]
    rows: list[list[str]] = []
    for i, word in enumerate(texts):
        row = ["bias", f"in={kind}", *_own(word)]
        if i == first:
            row.append("first")
        if word[:1].isupper():
            if folded[i] in lower:
                row.append("lower_elsewhere")
            if word in inside:
                row.append("capital_inside")
        for step in (-2, -1, 1, 2):
            j = i + step
            if 0 <= j < len(texts):
                row += _beside(texts[j], step)
                if texts[j][:1].isupper() and folded[j] in lower:
                    row.append(f"{step}:lower_elsewhere")
            else:
                row.append(f"{step}:edge")
        if i > 0:
            row.append(f"-1w|shape={folded[i - 1]}|{shapes[i]}")
        if i + 1 < len(texts):
            row.append(f"shape|+1shape={shapes[i]}|{shapes[i + 1]}")
        rows.append(row)
    return rows


def article_features(
    segments: Sequence[Segment],
) -> list[tuple[Segment, list[Span], list[list[str]]]]:
    """Each sentence of one article with its tokens and their features."""
    split = [(s, tokens(s.text)) for s in segments]
    lower, inside = _evidence(words for _, words in split)
    return [(s, words, _features(s, words, lower, inside)) for s, words in split if words]


@functools.cache
def _tagger() -> pycrfsuite.Tagger:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(MODEL))
    except (OSError, ValueError) as error:
        raise InputError(
            f"the names tagger's model cannot be read ({error})",
            path=MODEL,
            hint="reinstall news-translate, or rebuild the model with scripts/train-names",
        ) from None
    return tagger


def _marked(labels: Sequence[str]) -> list[tuple[int, int]]:
    """The token ranges that *labels* (B, I, O) mark as names."""
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < len(labels) and labels[j] == "I":
            j += 1
        ranges.append((i, j))
        i = j
    return ranges


def tag(
    segments: Sequence[Segment],
    skip: Iterable[Segment] = (),
) -> tuple[list[tuple[Segment, int, int]], dict[Segment, list[tuple[int, int]]]]:
    """The names the tagger marks in one article's *segments* (but those in *skip*), each as its
    sentence and the character range in it, titles and articles before it cut (`_cut`); and
    for each sentence the character ranges of the words that the tagger is sure are no part of
    any name (marginal at least `OUTSIDE`)."""
    import pycrfsuite

    tagger = _tagger()
    skipped = set(skip)
    found: list[tuple[Segment, int, int]] = []
    outside: dict[Segment, list[tuple[int, int]]] = {}
    for segment, words, rows in article_features(segments):
        if segment in skipped:
            continue
        tagger.set(pycrfsuite.ItemSequence(rows))
        labels = tagger.tag()
        if all(label == "O" for label in labels):
            continue
        outside[segment] = [
            (words[k][0], words[k][1])
            for k, label in enumerate(labels)
            if label == "O" and tagger.marginal("O", k) >= OUTSIDE
        ]
        for start, end in _marked(labels):
            if min(tagger.marginal(labels[k], k) for k in range(start, end)) < THRESHOLD:
                continue
            found += _cut(segment, words, rows, start, end)
    return found, outside


def _cut(
    segment: Segment, words: list[Span], rows: list[list[str]], start: int, end: int
) -> list[tuple[Segment, int, int]]:
    """The names in ``words[start:end]``: split where a name cannot go on (a comma, a colon, a
    bracket, a quote), titles and articles cut from the start, punctuation from the end. A
    capitalised common word alone (Ministry, Institute) is none, nor a word alone that opens a
    sentence or a quotation, unless the article capitalises it inside a sentence too."""
    pieces: list[list[int]] = [[]]
    for k in range(start, end):
        if words[k][2] in _STOPS:
            pieces.append([])
        else:
            pieces[-1].append(k)
    found: list[tuple[Segment, int, int]] = []
    for piece in pieces:
        while piece and (
            words[piece[0]][2].casefold() in _ARTICLES or _is_title(words[piece[0]][2])
        ):
            piece = piece[1:]
        while piece and not words[piece[-1]][2][:1].isalnum():
            piece = piece[:-1]
        if not piece or not any(
            words[k][2][:1].isupper() or words[k][2][:1].isdigit() for k in piece
        ):
            continue
        if len(piece) == 1:
            k = piece[0]
            if _AMOUNT.fullmatch(words[k][2]):
                continue
            if words[k][2].casefold() in _ALONE:
                continue
            opens = "first" in rows[k] or (k > 0 and words[k - 1][2] in _STOPS)
            if opens and "capital_inside" not in rows[k]:
                continue
        found.append((segment, words[piece[0]][0], words[piece[-1]][1]))
    return found


def labels(text: str, words: Sequence[Span], names: Iterable[str]) -> list[str]:
    """B, I and O for *words* of one sentence *text*, from the forms of the names that its
    article is labelled with: each form wherever it stands as whole words, longer forms first."""
    tags = ["O"] * len(words)
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = hit.span()
            if any(s < end and start < e for s, e in taken):
                continue
            inside = [k for k, (s, e, _) in enumerate(words) if s >= start and e <= end]
            if not inside:
                continue
            taken.append((start, end))
            tags[inside[0]] = "B"
            for k in inside[1:]:
                tags[k] = "I"
    return tags


def train(
    articles: Iterable[tuple[Sequence[Segment], Iterable[str]]],
    model: Path,
) -> None:
    """Build the model at *model* from labelled articles: each its segments and the forms of
    its names. Deterministic: the same articles give the same file."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for segments, names in articles:
        forms = list(names)
        for segment, words, rows in article_features(segments):
            trainer.append(pycrfsuite.ItemSequence(rows), labels(segment.text, words, forms))
    trainer.set_params(_TRAINING)
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))

"""Split paragraph text into sentences, and articles into addressable `Segment`s.

The splitter is rule-based and tuned for English news. One compiled regex finds every candidate
boundary (terminal punctuation, any closing quotes or brackets, then whitespace); cheap checks of
the word before and the word after decide. The text is never altered: a sentence is a span of
its paragraph, so its source line and its id can always be recovered.

A candidate is a boundary only when:

- the next sentence starts like one: an uppercase letter, a digit, or an opening quote or
  bracket before one (``"Justice for Khojaly!" at the initiative`` does not split);
- the period is not an abbreviation's. Titles (``Dr.``, ``Gen.``) never end a sentence; ``p. 55``,
  ``No. 5`` and ``Feb. 26`` do not before a number; ``U.S.``, ``a.m.``, ``Co.`` and ``etc.`` do
  only before a word that usually opens a sentence (``the U.S. How`` splits, ``the U.S.
  Government`` does not), and never right after an introductory phrase (``At 5 a.m. Mr. Smith``);
- it is not an initial (``Jonas E. Smith``, ``Gaioz Sh. Lomtadze``, ``named after I. Razzakov``,
  ``I. K. Akhunbaev``), though ``you and I. Did`` splits;
- it is not inside an ellipsis: ``...`` and ``…`` before a capital end a sentence, a spaced
  ``. . .`` does not, a spaced four-dot ``. . . .`` does, and ``[...]`` marks an omission;
- it is not inside a quotation that closes before a lowercase word
  (``that “Before ... population. We ... [stereotype]” leaves``), nor inside brackets that
  close before a lowercase word or punctuation, or without a sentence end (``said (it is
  important. It really is.) that``): they are part of the sentence around them.

Enumerated and bulleted lists (``1.)``, ``2)``, ``a.``, ``•``) also split before each item.

The cost per character does not grow with the text's length: each candidate is decided from
the few words around it, list markers and quotations are found once and looked up by bisection,
and no check reads or copies the text to its end.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from translate.errors import ArticleError
from translate.text.articles import Article, Paragraph
from translate.text.furniture import credit_names

__all__ = [
    "CREDITS",
    "MAX_SENTENCE",
    "Segment",
    "check_sentences",
    "credit_segments",
    "segment_article",
    "sentences",
    "split_sentences",
]


@dataclass(frozen=True)
class Segment:
    """One sentence of an article, addressed by its paragraph and its place in it."""

    article: str
    #: 0 is the title, 1.. the body paragraphs in order; `CREDITS` for a credit line.
    paragraph: int
    #: 0-based position of the sentence within its paragraph.
    index: int
    #: The sentence exactly as it appears in the paragraph text.
    text: str
    #: 1-based source line where the sentence starts.
    line: int

    @property
    def id(self) -> str:
        """The stable address ``article:paragraph:index``."""
        return f"{self.article}:{self.paragraph}:{self.index}"


#: The longest sentence `segment_article` takes, in characters. The name finder's cost grows
#: with the square of a sentence's words: a sentence of 20,000 words took 15 s, and a line of
#: 18 MB with no full stop would take days. News sentences stay far below.
MAX_SENTENCE = 5_000

#: The `Segment.paragraph` of a credit line, which comes before the title.
CREDITS = -1

_CANDIDATE = re.compile(
    r"""
    (?P<punct>[.!?…‽]              # terminal run; the dots of a spaced ellipsis join it
      (?<![.!?…‽]{2})              # from its start only: retrying inside would cost its square
      [.!?…‽]*+(?:\ \.)*)
    [\"'”’»)\]]*                   # closing quotes and brackets stay with their sentence
    (?P<gap>\s+)                   # the next sentence would start after this whitespace
    """,
    re.VERBOSE,
)
#: A quotation inside a sentence: it closes, without punctuation, right before a lowercase word.
_EMBEDDED_QUOTE = re.compile(r'["“](?=\S)[^"“”]*?[^\s"“”.!?,;:]["”](?= +[a-z])')
#: Brackets inside a sentence: they close before a lowercase word or punctuation, or close
#: without a sentence end (``said (it was over. Nobody cared) that``); ``(He left.) Then``
#: is a sentence of its own.
_EMBEDDED_BRACKETS = re.compile(
    r"\((?=\S)[^()]*\)(?=\s+[a-z]|[,;:.!?])|\((?=\S)[^()]*[^\s.!?…()]\)"
)
_BULLET = re.compile(r"[•⁃◦▪‣]")
_ITEM = re.compile(r"(?P<bullet>[•⁃◦▪‣]\s*)?(?P<label>\d{1,2}|[a-z])(?P<style>\.\)|\)|\.)(?=\s)")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")

_OPENERS = "\"'“‘«([¿¡"
_WORD_EDGE = "\"'“”‘’«»()[]{},;:!?"
_SENTENCE_SYMBOLS = "$€£•⁃◦▪‣"
# Word lists are lowercase keys, packed by hand so that they read as lists (hence fmt: skip).
#: Before a name, never at the end of a sentence.
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "st", "ste", "mt",
    "ft", "messrs", "mme", "mlle", "coun", "atty", "brig", "cdr", "det",
    "md", "mohd", "muhd",  # South Asian and Malay abbreviations of Muhammad: Abu Naser Md. Ali
    "sk",  # ... and of Sheikh: Sk. Rafiq
})  # fmt: skip
#: ... and as written only: an engineer's "Ing." (not the bank, ING, ending a sentence).
_CASED_TITLES = frozenset({"Ing"})
#: Always followed by more of the same sentence.
_CONTINUING = frozenset(
    {"vs", "v", "cf", "viz", "e.g", "i.e", "esp", "incl", "approx", "ca", "pvt"}  # Pvt. Ltd.
)
#: Not a full stop when a number follows.
_BEFORE_NUMBER = frozenset({
    "no", "nos", "n°", "nr", "p", "pp", "vol", "vols", "art", "arts", "fig", "figs", "ch",
    "chap", "sec", "para", "op", "rs", "ksh", "tk", "dhs",  # currencies' symbols: Rs. 410
})  # fmt: skip
_MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
#: May end a sentence, like the multi-period ``U.S.`` and ``a.m.``.
_POSTPOSITIVE = frozenset({
    "co", "corp", "inc", "ltd", "llc", "plc", "jr", "sr", "bros", "etc", "al", "esq", "dept",
    # ... and a Turkish firm's abbreviated trades and form (Halı San. ve Tic. A.Ş., Ltd. Şti.)
    "san", "tic", "i̇nş", "şti",
    "ma",  # ... and the Philippine abbreviation of Maria (Ma. Theresa), or Jack Ma's name
    "cía", "cia",  # ... and a Spanish firm's "company" (Racafé & Cía. S.C.A.)
})  # fmt: skip
#: Words that usually open a sentence (case-sensitive): after an ambiguous abbreviation they
#: mean a new sentence (``the U.S. How``), where a name does not (``the U.S. Government``).
_STARTERS = frozenset({
    "A", "According", "After", "All", "Also", "Although", "An", "And", "Another", "Are", "As",
    "At", "Because", "Before", "Both", "But", "By", "Can", "Could", "Did", "Do", "Does",
    "During", "Each", "Earlier", "Every", "For", "From", "Furthermore", "He", "Her", "Here",
    "His", "How", "However", "I", "If", "In", "Is", "It", "Its", "Last", "Later", "Many",
    "Meanwhile", "Moreover", "Most", "My", "No", "Not", "Now", "On", "One", "Or", "Our", "Over",
    "She", "Should", "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then",
    "There", "These", "They", "This", "Those", "Though", "Thus", "Today", "Under", "Was", "We",
    "Were", "What", "When", "Where", "Which", "While", "Who", "Why", "Will", "With", "Would",
    "Yesterday", "Yet", "You", "Your",
})  # fmt: skip
#: A sentence cannot be only "At 5 a.m.": after such a phrase an abbreviation goes on.
_INTRO_PREPOSITIONS = frozenset({
    "at", "by", "before", "after", "until", "from", "on", "since", "in", "around", "about",
})  # fmt: skip
_INTRO_MAX_WORDS = 3
_LOOKBACK = 64
#: The first words of a sentence up to an abbreviation, when there are few of them: group 1 is
#: the first, too long to be a preposition if longer than the longest one.
_INTRO = re.compile(
    rf"\s*(\S{{1,{max(map(len, _INTRO_PREPOSITIONS))}}})(?:\s+\S+){{0,{_INTRO_MAX_WORDS - 1}}}\s*"
)
#: A word up to the next space that ends with the period of an abbreviation short enough to be
#: a title; group 1 is the word without its period.
_TITLE_WORD = re.compile(rf"([^ ]{{0,{max(map(len, _TITLES))}}})\.(?= |\Z)")
#: A word up to the next space made of letters between edge characters (``"However,``); group 1
#: is the letters, since every starter is a plain ASCII word.
_EDGES = "[" + re.escape(_WORD_EDGE + ".") + "]*"
_LETTERS_WORD = re.compile(rf"{_EDGES}([A-Za-z]+){_EDGES}(?= |\Z)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` span of each sentence of *text*, without surrounding whitespace.

    >>> text = "BAKU, Azerbaijan, February 26. The U.S. Army said so."
    >>> [text[start:end] for start, end in split_sentences(text)]
    ['BAKU, Azerbaijan, February 26.', 'The U.S. Army said so.']
    """
    start = len(text) - len(text.lstrip())
    stop = len(text.rstrip())
    if start >= stop:
        return []
    breaks = _breaks(text, start)
    spans: list[tuple[int, int]] = []
    for end, following in breaks:
        spans.append((start, end))
        start = following
    spans.append((start, stop))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of *text*, each a slice of it.

    >>> sentences('He then said: "We won." Then he left.')
    ['He then said: "We won."', 'Then he left.']
    """
    return [text[start:end] for start, end in split_sentences(text)]


def segment_article(article: Article) -> tuple[Segment, ...]:
    """The sentences of *article*: the title as paragraph 0, then body paragraphs 1..n.

    `ArticleError` for a sentence longer than `MAX_SENTENCE`.
    """
    found = tuple(
        Segment(article.id, number, index, paragraph.text[start:end], paragraph.line_at(start))
        for number, paragraph in _numbered(article)
        for index, (start, end) in enumerate(split_sentences(paragraph.text))
    )
    for segment in found:
        if len(segment.text) > MAX_SENTENCE:
            raise _too_long(article, len(segment.text), segment.line)
    return found


def check_sentences(article: Article) -> None:
    """`ArticleError` for a sentence of *article* longer than `MAX_SENTENCE`, as
    `segment_article` would raise it, for a caller that wants to fail before it segments."""
    for _, paragraph in _numbered(article):
        if len(paragraph.text) <= MAX_SENTENCE:
            continue  # none of its sentences can be longer: no need to split it here
        for start, end in split_sentences(paragraph.text):
            if end - start > MAX_SENTENCE:
                raise _too_long(article, end - start, paragraph.line_at(start))


def _numbered(article: Article) -> list[tuple[int, Paragraph]]:
    numbered: list[tuple[int, Paragraph]] = list(enumerate(article.paragraphs, start=1))
    if article.title is not None:
        numbered.insert(0, (0, article.title))
    return numbered


def _too_long(article: Article, length: int, line: int) -> ArticleError:
    return ArticleError(
        f"a sentence of {length:,} characters, more than the {MAX_SENTENCE:,} a sentence may have",
        path=article.source or article.id,
        line=line,
        hint="end its sentences with a full stop; if it is not article text, remove it",
    )


def credit_segments(article: Article) -> tuple[Segment, ...]:
    """The credits and bylines of *article* (paragraph `CREDITS`): they are not translated, but
    the names in them (``By Nazrin Mammadova``) are names of the article.

    A byline is one segment; an agency or a picture credit gives one segment per name list,
    without its roles (``Editing by`` names nobody): see `credit_names`.
    """
    lines = article.credit_lines or (0,) * len(article.credits)
    parts = [
        (text[start:end], line)
        for text, line in zip(article.credits, lines, strict=True)
        for start, end in credit_names(text)
    ]
    return tuple(
        Segment(article.id, CREDITS, index, text, line) for index, (text, line) in enumerate(parts)
    )


@dataclass(frozen=True)
class _Cover:
    """Half-open spans, asked in logarithmic time whether one of them holds a position.

    >>> 5 in _Cover.of([(0, 10), (2, 3)]), 10 in _Cover.of([(0, 10)])
    (True, False)
    """

    #: The spans' starts, sorted.
    starts: tuple[int, ...]
    #: For each start, the farthest end of the spans that start there or before.
    reach: tuple[int, ...]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> _Cover:
        """The cover of *spans*, in any order and overlapping or not."""
        ordered = sorted(spans)
        ends = itertools.accumulate((end for _, end in ordered), max)
        return cls(tuple(start for start, _ in ordered), tuple(ends))

    def __contains__(self, pos: int) -> bool:
        index = bisect.bisect_right(self.starts, pos) - 1
        return index >= 0 and pos < self.reach[index]


_NOWHERE = _Cover((), ())


def _breaks(text: str, start: int) -> list[tuple[int, int]]:
    """Sorted ``(end of a sentence, start of the next)`` pairs of the stripped *text*."""
    in_marker = _NOWHERE
    items: list[int] = []
    if text[start].isdigit() or text[start].islower() or _BULLET.search(text):
        markers, items = _list_items(text, start)
        in_marker = _Cover.of(markers)
    breaks = [(_end_before(text, item), item) for item in items]
    sentence_start = start
    for match in _CANDIDATE.finditer(text):
        if match.start() in in_marker:
            continue
        found = _decide(text, match, sentence_start)
        if found is not None:
            breaks.append(found)
            sentence_start = found[1]
    if items:
        # Items and candidates each come in order (a candidate's break lies within it), so
        # sorting merges two or three runs in linear time, where a set would need a full sort.
        breaks = list(dict.fromkeys(sorted(breaks)))
    embedded: list[re.Match[str]] = []
    if breaks and ('"' in text or "“" in text):
        embedded += _EMBEDDED_QUOTE.finditer(text)
    if breaks and "(" in text:
        embedded += _EMBEDDED_BRACKETS.finditer(text)
    if embedded:
        # Strictly inside: shifted by one, so that a break right before the quotation stays.
        inside = _Cover.of((part.start() + 1, part.end()) for part in embedded)
        breaks = [b for b in breaks if b[0] not in inside]
    return breaks


def _decide(text: str, match: re.Match[str], sentence_start: int) -> tuple[int, int] | None:
    """The break a candidate makes, or None when it does not end a sentence."""
    following = match.end()
    if following == len(text):
        return None
    punct = match.group("punct")
    begin = match.start()
    end = match.start("gap")
    if punct == ".":
        if not _starts_sentence(text, following) or _is_abbreviation(
            text, begin, following, sentence_start
        ):
            return None
        return end, following
    if "!" in punct or "?" in punct or "‽" in punct:
        return (end, following) if _starts_sentence(text, following) else None
    if begin and text[begin - 1] == "[":
        return None
    if not _starts_sentence(text, following):
        return None
    if " " not in punct:
        return end, following
    if punct != ". . . .":
        return None  # a spaced three-dot ellipsis goes on: "the thing is . . . I didn't"
    if begin and not text[begin - 1].isspace() and end == match.end("punct"):
        # "compounds. . . . The": the period ends the sentence, the ellipsis opens the next.
        return begin + 1, begin + 2
    return end, following


#: An initial after an initial: I. K. Akhunbaev.
_NEXT_INITIAL = re.compile(r"[A-Z]\. ?[A-Z]")
#: Initials of two letters, one sound of a transliterated name (Sh for Shalva, Kh for Khasan).
_DIGRAPH_INITIALS = frozenset({"Sh", "Ch", "Kh", "Zh", "Ts", "Dz", "Gh"})


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether a sentence could start at *pos*: a capital or digit, maybe after openers."""
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    if pos == len(text):
        return False
    char = text[pos]
    return char.isupper() or char.isdigit() or char in _SENTENCE_SYMBOLS


def _is_abbreviation(text: str, period: int, following: int, sentence_start: int) -> bool:
    """Whether the period at *period* belongs to the word before it."""
    word_start, word = _word_before(text, period)
    if not word:
        return False
    key = word.lower()
    if key in _TITLES or key in _CONTINUING or word in _CASED_TITLES:
        return True
    if len(word) == 1 and word.isalpha():
        if word != "I":
            return True  # "p. 55", "Jonas E. Smith"
        # "Albert I. Jones" is an initial, "you and I. Did" a full stop; so is "named after
        # I. Razzakov" and "I. K. Akhunbaev", another initial after it.
        _, previous = _word_before(text, _end_before(text, word_start))
        return (
            not previous
            or previous[0].isupper()
            or previous == "after"
            or _NEXT_INITIAL.match(text, following) is not None
        )
    if word in _DIGRAPH_INITIALS:
        # "Gaioz Sh. Lomtadze": a father's name's initial of two letters, after a given name.
        _, previous = _word_before(text, _end_before(text, word_start))
        return bool(previous) and previous[0].isupper()
    next_char = text[following]
    if next_char.isdigit():
        return key in _BEFORE_NUMBER or key in _MONTHS
    if key in _POSTPOSITIVE or key in _MONTHS or _DOTTED.fullmatch(word):
        return _is_intro(text, sentence_start, word_start) or not _opens_sentence(text, following)
    return False


def _word_before(text: str, pos: int) -> tuple[int, str]:
    """The start and text of the word ending at *pos*, without quotes or brackets around it."""
    if pos == 0 or text[pos - 1].isspace():
        return pos, ""
    window = text[max(0, pos - _LOOKBACK) : pos]
    raw = window.rsplit(None, 1)[-1]
    word = raw.lstrip(_OPENERS)
    return pos - len(word), word


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at *pos* usually opens a sentence (``The``, ``He``, ``Mr.``)."""
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    # Matched where the word is, never sliced to the text's end: the cost stays the word's.
    title = _TITLE_WORD.match(text, pos)
    if title is not None and title.group(1).lower() in _TITLES:
        return True
    word = _LETTERS_WORD.match(text, pos)
    return word is not None and word.group(1) in _STARTERS


def _is_intro(text: str, sentence_start: int, word_start: int) -> bool:
    """Whether the sentence so far is only a short introductory phrase (``At 5 a.m.``)."""
    intro = _INTRO.fullmatch(text, sentence_start, word_start)
    return intro is not None and intro.group(1).lower() in _INTRO_PREPOSITIONS


def _list_items(text: str, start: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The item markers of a bulleted or enumerated list, and where items after the first start.

    An enumerated list must open the text and count up (``1.) ... 2.) ...``, ``a. ... b. ...``),
    so that a number ending a sentence (``in 1994. The``) is never taken for a marker.
    """
    markers: list[tuple[int, int]] = []
    items: list[int] = []
    for bullet in _BULLET.finditer(text):
        pos = bullet.start()
        if pos > start and not text[pos - 1].isspace():
            continue
        # A bare bullet needs no marker: no candidate boundary starts at a bullet.
        if item := _ITEM.match(text, pos):
            markers.append(item.span())
        if pos > start:
            items.append(pos)
    first = _ITEM.match(text, start)
    if first is None or first.group("bullet"):
        return markers, items
    markers.append(first.span())
    label, style, pos = first.group("label"), first.group("style"), first.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        # The next label, not a number that starts the same way ("2.5 percent", "to 2.").
        found = re.compile(rf" ({re.escape(label + style)})(?=\s)").search(text, pos)
        if found is None:
            return markers, items
        markers.append(found.span(1))
        items.append(found.start(1))
        pos = found.end()


def _end_before(text: str, pos: int) -> int:
    """The end of the text before *pos*, without the whitespace in between."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos

"""How the lines of an article become paragraphs: unwrapping hard-wrapped text.

Where a paragraph ends is decided from the lines around each line break only (see
`_ends_paragraph`), never from statistics of the whole file: editing one paragraph, or pasting
one unwrapped paragraph into wrapped text, leaves how every other paragraph is read unchanged.
Paragraphs are separated by blank lines, one per line, or hard-wrapped at any width; list items
(``- ``, ``• ``, ``1. ``, ``a) ``) and interview turns (``Q: ``, ``A: ``, ``ALIYEV: ``) on
consecutive lines are one paragraph each.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "SENTENCE_END",
    "SOFT_HYPHEN",
    "TERMINAL",
    "Line",
    "Paragraph",
    "blocks",
    "unwrap",
]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of article text and where each of its source lines starts."""

    text: str
    line: int
    #: (offset in `text`, source line) for every source line the paragraph spans, in order.
    line_starts: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """The 1-based source line holding character *offset* of `text`."""
        if not self.line_starts:
            return self.line
        index = bisect.bisect_right(self.line_starts, offset, key=_offset) - 1
        return self.line_starts[max(index, 0)][1]


def _offset(line_start: tuple[int, int]) -> int:
    return line_start[0]


@dataclass(frozen=True)
class Line:
    """One line of the file: its 1-based number and its text."""

    number: int
    text: str
    #: Whether the line starts with whitespace in the file (a first-line indent).
    indented: bool = False


#: A soft hyphen: dropped, except at a line's end, where it joins the word to the next line.
SOFT_HYPHEN = "\u00ad"
#: Hyphens that join a word split at a line break without a space (``anti-`` / ``terror``).
_HYPHENS = ("-", "\u2010", "\u2011")
#: A list item or a turn of an interview opening a line: ``- ``, ``• ``, ``1. ``, ``2) ``,
#: ``(a) ``, ``Q: ``, ``A: ``, a speaker in capitals (``ALIYEV: ``).
_LIST_ITEM = re.compile(
    r"(?:[-–—•*·▪◦‣⁃]|\(?\d{1,2}[.)]|\(?[a-z]\)|\([a-z0-9]{1,2}\)"
    r"|(?:Q|A|Question|Answer):|[A-Z][A-Z'’.-]+(?:\ [A-Z][A-Z'’.-]+){0,2}:)\s"
)
TERMINAL = '.!?…:;"”’»)]'
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
#: Lowercase words that end no sentence and no heading: a line ending in one goes on.
_GOES_ON = frozenset({
    "a", "an", "the", "of", "to", "in", "at", "on", "about", "for", "with", "by", "from", "into",
    "between", "among",
    "against", "during", "without", "within", "through", "and", "or", "but", "nor", "that",
    "which", "who", "whose", "than", "as", "is", "are", "was", "were", "been", "has", "have",
    "had", "will", "would", "should", "could", "must", "its", "their", "our", "my", "your",
    "said", "told",
})  # fmt: skip
_WRAPPED_MAX_WIDTH = 100
_HEADING_MAX_WIDTH = 40


def blocks(lines: Iterable[Line], alone: Callable[[str], bool]) -> Iterable[list[Line]]:
    """Runs of lines between blank lines; a line that is boilerplate by itself (*alone*), after
    a sentence end, not in lowercase and not a label (``Read more:``), is a run of its own:
    ``Read also: ...`` between two paragraphs without blank lines is dropped, not joined to
    the one before it."""
    block: list[Line] = []
    for line in lines:
        text = " ".join(line.text.split())
        own = (
            bool(text)
            and not text[:1].islower()
            and (not block or block[-1].text.endswith(tuple(TERMINAL)))
            and alone(text)
        )
        if block and (not text or own):
            yield block
            block = []
        if own and not text.endswith(":"):
            yield [Line(line.number, text, line.indented)]
        elif text:
            # A label (``Read more:``) opens a run: what it announces is on the next line.
            block.append(Line(line.number, text, line.indented))
    if block:
        yield block


def unwrap(block: list[Line]) -> list[Paragraph]:
    """Split a block of consecutive lines into paragraphs, unwrapping hard-wrapped text.

    Every decision is local: whether a line ends its paragraph depends only on the lines of that
    paragraph so far and on the line after it, never on the rest of the file, so that editing
    one paragraph (or adding an unwrapped one) cannot change how the others are read.
    """
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    # The widest wrapped line of `current`, kept as lines come: measuring them all again at
    # each line made a block of n lines cost n² (40,000 lines without a blank one: 39 s).
    widest = 0
    for index, line in enumerate(block):
        current.append(line)
        if len(line.text) <= _WRAPPED_MAX_WIDTH:
            widest = max(widest, len(line.text))
        following = block[index + 1] if index + 1 < len(block) else None
        if following is None or _ends_paragraph(current, following, widest):
            paragraphs.append(_join(current))
            current, widest = [], 0
    return paragraphs


def _ends_paragraph(current: Sequence[Line], after: Line, widest: int) -> bool:
    """Whether the last line of *current*, the paragraph so far, ends it, *after* coming next;
    *widest* is the length of its widest line not longer than `_WRAPPED_MAX_WIDTH`.

    - An indented line after a flush one that ends with final punctuation starts a paragraph
      (first-line indents); where every line is indented, indents say nothing.
    - A list item (``- ``, ``• ``, ``1. ``) or a turn (``Q: ``, ``ALIYEV: ``) starts a
      paragraph after a line with final punctuation, or after an item or a turn: ``the old`` /
      ``- with savage`` is one sentence wrapped.
    - A word split at its hyphen goes on, and no paragraph starts in lowercase or after a word
      that ends no sentence and no heading (``the``, ``of``, ``and``, ``with``): at any width,
      so that text wrapped wider than `_WRAPPED_MAX_WIDTH` is not cut before a capital.
    - A line longer than `_WRAPPED_MAX_WIDTH` is not wrapped text but a paragraph on one line:
      the breaks before and after it end paragraphs, unless it stops mid-sentence (no full
      stop) where the next word would not have fit: text wrapped wider than that.
    - Otherwise a break is the author's when the next word would still have fit on the line: a
      greedy wrapper breaks a line only when the next word does not fit. The widest of some
      lines around is a lower bound of the wrap width, so the test errs towards joining.
    - A line that ends a sentence ends its paragraph at such a break, with the widest line of
      the paragraph so far and the next line as the width, or before a heading. A wrong guess
      there only moves a paragraph break between two sentences.
    - Any other break would cut a sentence, so only the line before, the line itself and the
      next one may sway it. A line ending in other final punctuation (a colon, a closing quote)
      ends its paragraph at such a break. A line without final punctuation ends it only when it
      is a heading, shorter than `_HEADING_MAX_WIDTH`, and alone so far (after a sentence end:
      whatever follows, even a short line) or at such a break. A longer one goes on.
    """
    line, following = current[-1].text, after.text
    if after.indented and not current[-1].indented and line.endswith(tuple(TERMINAL)):
        return True
    if _LIST_ITEM.match(following) and (
        line.endswith(tuple(TERMINAL)) or _LIST_ITEM.match(current[0].text)
    ):
        return True
    if (line.endswith(_HYPHENS) and line[-2:-1].isalpha()) or line.endswith(SOFT_HYPHEN):
        return False
    if following[:1].islower() or _goes_on(line.rsplit(" ", 1)[-1]):
        return False
    needed = len(line) + 1 + len(following.split(" ", 1)[0])
    if len(line) > _WRAPPED_MAX_WIDTH and not SENTENCE_END.search(line):
        # Cut mid-sentence: text wrapped wider than usual goes on where the next word would not
        # have fit; a long headline before a paragraph on one line or wrapped wider ends.
        return needed <= max(len(line), len(following))
    if len(line) > _WRAPPED_MAX_WIDTH or len(following) > _WRAPPED_MAX_WIDTH:
        return True
    if SENTENCE_END.search(line):
        return needed <= max(widest, len(following)) or _is_heading(following)
    nearby = needed <= max(len(text) for text in [*(part.text for part in current[-2:]), following])
    if line.endswith(tuple(TERMINAL)):
        return nearby
    return _is_heading(line) and (nearby or len(current) == 1)


def _goes_on(word: str) -> bool:
    """Whether a line ending in *word* goes on: ``the``, ``of``, also ``The`` opening a sentence
    (``... Khojaly. The`` / ``Human Rights Watch``), but not ``A`` (``Plan A``) nor ``AND``."""
    return word in _GOES_ON or (len(word) > 1 and word.istitle() and word.casefold() in _GOES_ON)


def _is_heading(line: str) -> bool:
    """A short line without final punctuation: a heading when it stands between paragraphs."""
    return len(line) < _HEADING_MAX_WIDTH and not line.endswith(tuple(TERMINAL))


def _join(lines: list[Line]) -> Paragraph:
    text = ""
    starts: list[tuple[int, int]] = []
    for line in lines:
        if text.endswith(SOFT_HYPHEN):
            text = text[:-1]
        elif text and not (text.endswith(_HYPHENS) and text[-2:-1].isalpha()):
            text += " "
        starts.append((len(text), line.number))
        text += line.text
    return Paragraph(text.removesuffix(SOFT_HYPHEN), lines[0].number, tuple(starts))

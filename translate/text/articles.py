"""Read a news article file into an `Article`: the only code that knows corpus formats.

An article file is plain UTF-8 text. What this module understands:

- a `` date YYYY-MM-DD`` prefix on the first line, possibly followed by text;
- credits: bylines, agency and picture credits (``By Azernews``, ``(MENAFN- AzerNews)``,
  ``(Reporting by ...; Editing by ...)``, ``Photo: AFP``), kept as metadata (`furniture`);
- site boilerplate paragraphs (a configurable list, and the furniture that `furniture`
  recognises: ``(END)``, ``Read also: ...``, copyright footers), dropped and reported;
- a headline as the first line;
- paragraphs separated by blank lines, one per line, or hard-wrapped at any width; list items
  (``- ``, ``• ``, ``1. ``, ``a) ``) and interview turns (``Q: ``, ``A: ``, ``ALIYEV: ``) on
  consecutive lines, one paragraph each.

Where a paragraph ends is decided from the lines around each line break only (see
`_ends_paragraph`), never from statistics of the whole file: editing one paragraph, or pasting
one unwrapped paragraph into wrapped text, leaves how every other paragraph is read unchanged.

The text itself is never altered beyond whitespace, Unicode NFC, the characters that have
no width (zero-width space, word joiner, soft hyphen) and complete HTML character references
(``&amp;``, ``&#8212;``) that web copy carries into plain text. Lines are counted at ``\n``,
``\r\n`` and ``\r`` only, as editors and ``grep -n`` count them.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from translate.config import DEFAULT_BOILERPLATE
from translate.errors import ArticleError
from translate.text.furniture import (
    CREDIT_PREFIX,
    is_credit_line,
    is_date_line,
    is_furniture,
    is_sign_off,
    key,
)

__all__ = ["Article", "Paragraph", "parse_article", "read_article"]


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
class Article:
    """A cleaned article: metadata plus the paragraphs to translate."""

    id: str
    source: str
    date: dt.date | None
    title: Paragraph | None
    credits: tuple[str, ...]
    dropped: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    #: The 1-based source line of each of `credits`, in the same order.
    credit_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Line:
    number: int
    text: str
    #: Whether the line starts with whitespace in the file (a first-line indent).
    indented: bool = False


_DATE = re.compile(r"^\s*date\s+(?P<value>\S+)\s*")
#: Line breaks as editors and ``grep -n`` count them, for the ``#:`` line of each sentence;
#: `str.splitlines` would also break at U+2028, U+0085 and form feeds.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Characters with no width that pasted web text carries (zero-width space, word joiner,
#: a byte-order mark inside the text): dropped, as if they were whitespace.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
#: A soft hyphen: dropped, except at a line's end, where it joins the word to the next line.
_SOFT_HYPHEN = "\u00ad"
#: Hyphens that join a word split at a line break without a space (``anti-`` / ``terror``).
_HYPHENS = ("-", "\u2010", "\u2011")
#: An HTML character reference that web copy carries into plain text: ``&amp;``, ``&nbsp;``,
#: ``&#8212;``. Only complete ones, with their semicolon: ``AT&T`` stays.
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: A list item or a turn of an interview opening a line: ``- ``, ``• ``, ``1. ``, ``2) ``,
#: ``(a) ``, ``Q: ``, ``A: ``, a speaker in capitals (``ALIYEV: ``).
_LIST_ITEM = re.compile(
    r"(?:[-–—•*·▪◦‣⁃]|\(?\d{1,2}[.)]|\(?[a-z]\)|\([a-z0-9]{1,2}\)"
    r"|(?:Q|A|Question|Answer):|[A-Z][A-Z'’.-]+(?:\ [A-Z][A-Z'’.-]+){0,2}:)\s"
)
_TERMINAL = '.!?…:;"”’»)]'
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
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
_TITLE_MAX_WORDS = 30


def read_article(path: Path, *, boilerplate: Sequence[str] = DEFAULT_BOILERPLATE) -> Article:
    """Read and parse the article at *path*; its file stem is the article id."""
    if not path.exists():
        raise ArticleError("no such file", path=path, hint="check the path")
    if path.is_dir():
        raise ArticleError("is a directory, not an article file", path=path, hint="name a file")
    if not path.is_file():
        # A FIFO or a device would block the read, or never end.
        raise ArticleError("not a regular file", path=path, hint="name a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(
            f"cannot read: {exc.strerror}", path=path, hint="check permissions"
        ) from None
    text = decode_article(data, path)
    return parse_article(text, path.stem, source=str(path), boilerplate=boilerplate)


def decode_article(data: bytes, path: Path) -> str:
    """Decode article bytes as UTF-8, rejecting binary and undecodable files with their line."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(
            "UTF-16 text, not UTF-8",
            path=path,
            line=1,
            hint="re-encode the file as UTF-8, e.g. iconv -f utf-16 -t utf-8",
        )
    if b"\0" in data:
        line = data.count(b"\n", 0, data.index(b"\0")) + 1
        raise ArticleError("binary file (NUL byte)", path=path, line=line, hint="give a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x})",
            path=path,
            line=line,
            hint="re-encode the file as UTF-8, e.g. iconv -f cp1252 -t utf-8",
        ) from None
    return text


def parse_article(
    text: str,
    article_id: str,
    *,
    source: str = "",
    boilerplate: Sequence[str] = DEFAULT_BOILERPLATE,
) -> Article:
    """Parse decoded article *text* into an `Article`.

    >>> a = parse_article(" date 2024-02-26 By Azernews\\n\\nKhojaly is free.\\n", "x")
    >>> a.date.isoformat(), a.credits, a.paragraphs[0].text
    ('2024-02-26', ('By Azernews',), 'Khojaly is free.')
    """
    where = source or article_id
    text = text.removeprefix("\ufeff")
    lines = [_clean(number, raw) for number, raw in enumerate(_LINE_BREAK.split(text), start=1)]
    # A headline never shares the date line: text there is a dateline or the lead.
    date_line = next((line.number for line in lines if line.text.strip()), 0)
    date, lines = _take_date(lines, where)
    credited, lines = _take_credits(lines)
    banned = {key(phrase) for phrase in boilerplate}

    def is_boilerplate(text: str) -> bool:
        return key(text) in banned or is_furniture(text)

    paragraphs = [p for block in _blocks(lines, is_boilerplate) for p in _paragraphs(block)]
    # The page's date in words is furniture in its header (before the first sentence), where a
    # headline is looked for; further down it may head a paragraph of a timeline.
    lead = next((i for i, p in enumerate(paragraphs) if _SENTENCE_END.search(p.text)), 0)
    junk = {
        i
        for i, p in enumerate(paragraphs)
        if is_boilerplate(p.text) or (i < lead and is_date_line(p.text))
    }
    dropped = tuple(p.text for i, p in enumerate(paragraphs) if i in junk)
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in junk]
    if not paragraphs:
        skipped = f"; {len(dropped)} paragraph(s) dropped as boilerplate" if dropped else ""
        raise ArticleError(
            f"empty article: no text to translate{skipped}",
            path=where,
            hint="add the article text",
        )
    title = None
    headline_allowed = date is None or paragraphs[0].line != date_line
    if headline_allowed and _is_title(paragraphs[0], paragraphs[1:]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return Article(
        id=article_id,
        source=source,
        date=date,
        title=title,
        credits=tuple(text for _, text in credited),
        dropped=dropped,
        paragraphs=tuple(paragraphs),
        credit_lines=tuple(line for line, _ in credited),
    )


def _clean(number: int, raw: str) -> _Line:
    """Line *number* with its character references decoded, in NFC, without invisible characters."""
    text = _REFERENCE.sub(_decode_reference, raw)
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).rstrip()
    soft = text.endswith(_SOFT_HYPHEN)
    text = text.replace(_SOFT_HYPHEN, "") + (_SOFT_HYPHEN if soft else "")
    return _Line(number, text, text[:1].isspace())


def _decode_reference(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _take_date(lines: list[_Line], where: str) -> tuple[dt.date | None, list[_Line]]:
    for index, line in enumerate(lines):
        if not line.text.strip():
            continue
        match = _DATE.match(line.text)
        if match is None:
            return None, lines
        value = match.group("value")
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            raise ArticleError(
                f"bad date {value!r}", path=where, line=line.number, hint="write date YYYY-MM-DD"
            ) from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ArticleError(
                f"bad date {value!r}", path=where, line=line.number, hint="write date YYYY-MM-DD"
            )
        rest = _Line(line.number, line.text[match.end() :], line.indented)
        return date, [*lines[:index], rest, *lines[index + 1 :]]
    return None, lines


def _take_credits(lines: list[_Line]) -> tuple[list[tuple[int, str]], list[_Line]]:
    """Remove credit prefixes and whole-line credits, returning them in order with their line.

    A line that the next line continues in lowercase is wrapped text, never a credit: ``By
    Monday Armenia and Azerbaijan`` / ``had agreed``. A sign-off (``-- Reuters``) next to a
    line that starts with the same dash is an item of a list.
    """
    credits: list[tuple[int, str]] = []
    kept: list[_Line] = []
    for index, line in enumerate(lines):
        text = " ".join(line.text.split())
        match = CREDIT_PREFIX.match(text)
        if match:
            credits.append((line.number, match.group("credit")))
            text = text[match.end() :]
        following = lines[index + 1].text.lstrip() if index + 1 < len(lines) else ""
        previous = lines[index - 1].text.lstrip() if index else ""
        listed = text[:2] in (following[:2], previous[:2])
        if not following[:1].islower() and (
            is_credit_line(text) or (is_sign_off(text) and not listed)
        ):
            credits.append((line.number, text))
            text = ""
        kept.append(_Line(line.number, text, line.indented))
    return credits, kept


def _blocks(lines: Iterable[_Line], alone: Callable[[str], bool]) -> Iterable[list[_Line]]:
    """Runs of lines between blank lines; a line that is boilerplate by itself (*alone*), after
    a sentence end, not in lowercase and not a label (``Read more:``), is a run of its own:
    ``Read also: ...`` between two paragraphs without blank lines is dropped, not joined to
    the one before it."""
    block: list[_Line] = []
    for line in lines:
        text = " ".join(line.text.split())
        own = (
            bool(text)
            and not text[:1].islower()
            and (not block or block[-1].text.endswith(tuple(_TERMINAL)))
            and alone(text)
        )
        if block and (not text or own):
            yield block
            block = []
        if own and not text.endswith(":"):
            yield [_Line(line.number, text, line.indented)]
        elif text:
            # A label (``Read more:``) opens a run: what it announces is on the next line.
            block.append(_Line(line.number, text, line.indented))
    if block:
        yield block


def _paragraphs(block: list[_Line]) -> list[Paragraph]:
    """Split a block of consecutive lines into paragraphs, unwrapping hard-wrapped text.

    Every decision is local: whether a line ends its paragraph depends only on the lines of that
    paragraph so far and on the line after it, never on the rest of the file, so that editing
    one paragraph (or adding an unwrapped one) cannot change how the others are read.
    """
    paragraphs: list[Paragraph] = []
    current: list[_Line] = []
    for index, line in enumerate(block):
        current.append(line)
        following = block[index + 1] if index + 1 < len(block) else None
        if following is None or _ends_paragraph(current, following):
            paragraphs.append(_join(current))
            current = []
    return paragraphs


def _ends_paragraph(current: Sequence[_Line], after: _Line) -> bool:
    """Whether the last line of *current*, the paragraph so far, ends it, *after* coming next.

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
    if after.indented and not current[-1].indented and line.endswith(tuple(_TERMINAL)):
        return True
    if _LIST_ITEM.match(following) and (
        line.endswith(tuple(_TERMINAL)) or _LIST_ITEM.match(current[0].text)
    ):
        return True
    if (line.endswith(_HYPHENS) and line[-2:-1].isalpha()) or line.endswith(_SOFT_HYPHEN):
        return False
    if following[:1].islower() or _goes_on(line.rsplit(" ", 1)[-1]):
        return False
    needed = len(line) + 1 + len(following.split(" ", 1)[0])
    if len(line) > _WRAPPED_MAX_WIDTH and not _SENTENCE_END.search(line):
        # Cut mid-sentence: text wrapped wider than usual goes on where the next word would not
        # have fit; a long headline before a paragraph on one line or wrapped wider ends.
        return needed <= max(len(line), len(following))
    if len(line) > _WRAPPED_MAX_WIDTH or len(following) > _WRAPPED_MAX_WIDTH:
        return True
    if _SENTENCE_END.search(line):
        wrapped = [len(part.text) for part in current if len(part.text) <= _WRAPPED_MAX_WIDTH]
        return needed <= max(*wrapped, len(following)) or _is_heading(following)
    nearby = needed <= max(len(text) for text in [*(part.text for part in current[-2:]), following])
    if line.endswith(tuple(_TERMINAL)):
        return nearby
    return _is_heading(line) and (nearby or len(current) == 1)


def _goes_on(word: str) -> bool:
    """Whether a line ending in *word* goes on: ``the``, ``of``, also ``The`` opening a sentence
    (``... Khojaly. The`` / ``Human Rights Watch``), but not ``A`` (``Plan A``) nor ``AND``."""
    return word in _GOES_ON or (len(word) > 1 and word.istitle() and word.casefold() in _GOES_ON)


def _is_heading(line: str) -> bool:
    """A short line without final punctuation: a heading when it stands between paragraphs."""
    return len(line) < _HEADING_MAX_WIDTH and not line.endswith(tuple(_TERMINAL))


def _join(lines: list[_Line]) -> Paragraph:
    text = ""
    starts: list[tuple[int, int]] = []
    for line in lines:
        if text.endswith(_SOFT_HYPHEN):
            text = text[:-1]
        elif text and not (text.endswith(_HYPHENS) and text[-2:-1].isalpha()):
            text += " "
        starts.append((len(text), line.number))
        text += line.text
    return Paragraph(text.removesuffix(_SOFT_HYPHEN), lines[0].number, tuple(starts))


def _is_title(first: Paragraph, rest: Sequence[Paragraph]) -> bool:
    return (
        bool(rest)
        and len(first.line_starts) <= 1
        and not first.text.endswith(tuple(_TERMINAL))
        and len(first.text.split()) <= _TITLE_MAX_WORDS
        and rest[0].line > first.line + 1
    )

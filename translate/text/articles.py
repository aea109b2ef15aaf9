"""Read a news article file into an `Article`: with `furniture` and `unwrap`, the only code
that knows corpus formats.

An article file is plain UTF-8 text. What this module understands:

- a `` date YYYY-MM-DD`` prefix on the first line, possibly followed by text;
- credits: bylines, agency and picture credits (``By Azernews``, ``(MENAFN- AzerNews)``,
  ``(Reporting by ...; Editing by ...)``, ``Photo: AFP``), kept as metadata (`furniture`);
- site boilerplate paragraphs (a configurable list, and the furniture that `furniture`
  recognises: ``(END)``, ``Read also: ...``, copyright footers), dropped and reported;
- a headline as the first line;
- paragraphs separated by blank lines, one per line, or hard-wrapped at any width (`unwrap`).

The text itself is never altered beyond whitespace, Unicode NFC, the characters that have
no width (zero-width space, word joiner, soft hyphen) and complete HTML character references
(``&amp;``, ``&#8212;``) that web copy carries into plain text. Lines are counted at ``\n``,
``\r\n`` and ``\r`` only, as editors and ``grep -n`` count them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from translate.config import DEFAULT_BOILERPLATE
from translate.errors import ArticleError
from translate.text.furniture import (
    CREDIT_PREFIX,
    is_bare_byline,
    is_credit_line,
    is_date_line,
    is_furniture,
    is_sign_off,
    key,
    trailing_end_mark,
)
from translate.text.unwrap import (
    SENTENCE_END,
    SOFT_HYPHEN,
    TERMINAL,
    Line,
    Paragraph,
    blocks,
    unwrap,
)

__all__ = ["MAX_PARAGRAPH", "Article", "Paragraph", "parse_article", "read_article"]


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


_DATE = re.compile(r"^\s*date\s+(?P<value>\S+)\s*")
#: Line breaks as editors and ``grep -n`` count them, for the ``#:`` line of each sentence;
#: `str.splitlines` would also break at U+2028, U+0085 and form feeds.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Characters with no width that pasted web text carries (zero-width space, word joiner,
#: a byte-order mark inside the text): dropped, as if they were whitespace.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
#: An HTML character reference that web copy carries into plain text: ``&amp;``, ``&nbsp;``,
#: ``&#8212;``. Only complete ones, with their semicolon: ``AT&T`` stays.
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_TITLE_MAX_WORDS = 30
#: Control characters no text holds: C0 but tab and the line and page breaks, DEL, and C1 but
#: NEL (which some editors write as a line break). ESC starts terminal escape sequences.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: The longest paragraph an article may have, in characters (a long read's longest is a few
#: thousand); see `_check_paragraph`.
MAX_PARAGRAPH = 50_000


def read_article(path: Path, *, boilerplate: Sequence[str] = DEFAULT_BOILERPLATE) -> Article:
    """Read and parse the article at *path*; its file stem is the article id."""
    if not path.exists():
        if path.is_symlink():
            raise ArticleError(
                "a symlink to nothing (its target is missing, or it loops)",
                path=path,
                hint="point the link at an article, or remove it",
            )
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
        if (encoding := _utf16_without_bom(data)) is not None:
            raise ArticleError(
                f"{encoding.upper()} text without a byte-order mark, not UTF-8",
                path=path,
                line=1,
                hint=f"re-encode the file as UTF-8, e.g. iconv -f {encoding} -t utf-8",
            )
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
    if (control := _CONTROL.search(text)) is not None:
        before = text[: control.start()]
        line = len(_LINE_BREAK.findall(before)) + 1
        column = control.start() - max(before.rfind("\n"), before.rfind("\r"))
        raise ArticleError(
            f"control character U+{ord(control.group()):04X} at column {column}",
            path=path,
            line=line,
            # An escape sequence would reach the PO file and every terminal that shows it.
            hint="remove it; an article is plain text",
        )
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16le`` or ``utf-16be`` when *data* reads as such text without a BOM, else None.

    Text in a Latin script saved as UTF-16 has a NUL in every other byte; a binary file does not.
    """
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    for encoding, high in (("utf-16le", sample[1::2]), ("utf-16be", sample[0::2])):
        if high and high.count(0) >= 0.9 * len(high):
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            if all(char.isprintable() or char.isspace() for char in text):
                return encoding
    return None


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

    paragraphs = [p for block in blocks(lines, is_boilerplate) for p in unwrap(block)]
    for paragraph in paragraphs:
        _check_paragraph(paragraph, where)
    # The page's date in words is furniture in its header (before the first sentence), where a
    # headline is looked for; further down it may head a paragraph of a timeline.
    lead = next((i for i, p in enumerate(paragraphs) if SENTENCE_END.search(p.text)), 0)
    junk = {
        i
        for i, p in enumerate(paragraphs)
        if is_boilerplate(p.text) or (i < lead and is_date_line(p.text))
    }
    dropped = tuple(p.text for i, p in enumerate(paragraphs) if i in junk)
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in junk]
    if paragraphs and (cut := trailing_end_mark(paragraphs[-1].text)) is not None:
        last = paragraphs[-1]
        dropped += (last.text[cut:].strip(),)
        starts = tuple(start for start in last.line_starts if start[0] < cut)
        paragraphs[-1] = replace(last, text=last.text[:cut], line_starts=starts)
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


def _check_paragraph(paragraph: Paragraph, where: str) -> None:
    """Refuse a paragraph longer than `MAX_PARAGRAPH`: pasted data, not article text.

    The name finder weighs each sentence against the others of its paragraph, so a paragraph
    costs the square of its sentences: one line of 18 MB would take hours, not fail.
    """
    if len(paragraph.text) > MAX_PARAGRAPH:
        raise ArticleError(
            f"a paragraph of {len(paragraph.text):,} characters, more than the "
            f"{MAX_PARAGRAPH:,} an article paragraph may have",
            path=where,
            line=paragraph.line,
            hint="put a blank line between paragraphs; if it is not article text, remove it",
        )


def _clean(number: int, raw: str) -> Line:
    """Line *number* with its character references decoded, in NFC, without invisible characters."""
    text = _REFERENCE.sub(_decode_reference, raw)
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).rstrip()
    soft = text.endswith(SOFT_HYPHEN)
    text = text.replace(SOFT_HYPHEN, "") + (SOFT_HYPHEN if soft else "")
    return Line(number, text, text[:1].isspace())


def _decode_reference(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _take_date(lines: list[Line], where: str) -> tuple[dt.date | None, list[Line]]:
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
        rest = Line(line.number, line.text[match.end() :], line.indented)
        return date, [*lines[:index], rest, *lines[index + 1 :]]
    return None, lines


def _take_credits(lines: list[Line]) -> tuple[list[tuple[int, str]], list[Line]]:
    """Remove credit prefixes and whole-line credits, returning them in order with their line.

    A line that the next line continues in lowercase is wrapped text, never a credit: ``By
    Monday Armenia and Azerbaijan`` / ``had agreed``. A sign-off (``-- Reuters``) next to a
    line that starts with the same dash is an item of a list. Names alone on the line above a
    reporter's role or the page's date (``Jane Doe`` / ``Senior Transport Correspondent``) are
    a byline.
    """
    credits: list[tuple[int, str]] = []
    kept: list[Line] = []
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
            is_credit_line(text)
            or (is_sign_off(text) and not listed)
            or is_bare_byline(text, following)
        ):
            credits.append((line.number, text))
            text = ""
        kept.append(Line(line.number, text, line.indented))
    return credits, kept


def _is_title(first: Paragraph, rest: Sequence[Paragraph]) -> bool:
    """A first line without final punctuation before a blank line, or before a standfirst (a
    second such line) and a blank line: ``Metro opens`` / ``The first new line in years``."""
    return (
        bool(rest)
        and _is_headline(first)
        and (
            rest[0].line > first.line + 1
            or (len(rest) > 1 and _is_headline(rest[0]) and rest[1].line > rest[0].line + 1)
        )
    )


def _is_headline(paragraph: Paragraph) -> bool:
    return (
        len(paragraph.line_starts) <= 1
        and not paragraph.text.endswith(tuple(TERMINAL))
        and len(paragraph.text.split()) <= _TITLE_MAX_WORDS
    )

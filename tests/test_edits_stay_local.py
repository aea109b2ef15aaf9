"""Edits stay local: editing one paragraph of an article changes only that paragraph's sentences.

Every corpus article gets random edits inside one paragraph, made the way an editor makes them
in a plain-text editor (the lines around the edit are not re-wrapped unless the edit is a
re-wrap): insert, delete or change a word, join two lines, re-wrap the paragraph at another
width or onto one line, or add a new paragraph after it. The sentences of every other paragraph
must come out identical and in the same order, so that their PO entries stay as reviewed.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.text.articles import Paragraph, parse_article
from translate.text.segments import sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))

#: Words an editor might type: plain, capitalised, numbers, with a comma, long, quoted.
WORDS = (
    "also", "reportedly", "the", "international", "officials", "said,", "Azerbaijan", "Baku",
    "Khojaly", "1992", "32nd", "more", "than", "humanitarian", "internationally-recognised",
    "(AFP)", "“genocide”", "victims", "on", "Monday,", "a", "UN", "commemoration",
)  # fmt: skip


@dataclass(frozen=True)
class Article:
    """An article file's text, shown by its name in Hypothesis' reports."""

    name: str
    text: str = field(repr=False)


@dataclass(frozen=True)
class Edit:
    """Paragraph *index* (the title first) of an article, with its lines replaced by *lines*."""

    kind: str
    index: int
    lines: tuple[str, ...]
    text: str = field(repr=False)


def paragraphs_of(text: str) -> list[Paragraph]:
    article = parse_article(text, "a")
    title = [article.title] if article.title is not None else []
    return [*title, *article.paragraphs]


def wrap(text: str, width: int | None) -> list[str]:
    if width is None:
        return [text]
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def source_lines(paragraph: Paragraph) -> list[str]:
    """The paragraph's text cut where its source lines were."""
    starts = [offset for offset, _ in paragraph.line_starts]
    ends = [*starts[1:], len(paragraph.text)]
    return [paragraph.text[start:end].rstrip(" ") for start, end in zip(starts, ends, strict=True)]


def edited_lines(draw: st.DrawFn, paragraph: Paragraph, blank_after: bool) -> tuple[str, list[str]]:
    lines = source_lines(paragraph)
    words = [line.split(" ") for line in lines]
    # Inside the paragraph: its first and last words (capital, final stop) stay as they are.
    inner = [(row, col) for row, line in enumerate(words) for col in range(len(line))][1:-1]
    kinds = ["rewrap", "add", *(["insert", "delete", "change"] if inner else [])]
    kind = draw(st.sampled_from([*kinds, *(["join"] if len(lines) > 1 else [])]))
    width = draw(st.one_of(st.none(), st.integers(40, 100)))
    if kind == "join":
        row = draw(st.integers(0, len(lines) - 2))
        glue = "" if re.search(r"[^\W\d]-$", lines[row]) else " "
        return kind, [*lines[:row], lines[row] + glue + lines[row + 1], *lines[row + 2 :]]
    if kind == "rewrap":
        return kind, wrap(paragraph.text, width)
    if kind == "add":
        words_of = st.lists(st.sampled_from(WORDS), min_size=2, max_size=25).map(" ".join)
        new = [f"The {words} is new." for words in draw(st.lists(words_of, min_size=1, max_size=3))]
        added = " ".join(new)
        return kind, [*lines, *([""] if blank_after else []), *wrap(added, width)]
    row, col = draw(st.sampled_from(inner))
    if kind == "delete":
        del words[row][col]
    elif kind == "insert":
        words[row].insert(col, draw(st.sampled_from(WORDS)))
    else:
        words[row][col] = draw(st.sampled_from(WORDS))
    return kind, [" ".join(line) for line in words if line]


@st.composite
def edits(draw: st.DrawFn, article: Article) -> Edit:
    """One edit inside one paragraph of *article*."""
    source = article.text.splitlines()
    paragraphs = paragraphs_of(article.text)
    index = draw(st.integers(0, len(paragraphs) - 1))
    paragraph = paragraphs[index]
    first, last = paragraph.line_starts[0][1], paragraph.line_starts[-1][1]
    kind, lines = edited_lines(draw, paragraph, last < len(source) and not source[last].strip())
    # Keep what precedes the paragraph on its first line: a date, a credit.
    raw = " ".join(unicodedata.normalize("NFC", source[first - 1]).split())
    assert raw.endswith(source_lines(paragraph)[0])
    prefix = raw[: len(raw) - len(source_lines(paragraph)[0])]
    lines[0] = f" {prefix}{lines[0]}" if prefix else lines[0]
    text = "\n".join([*source[: first - 1], *lines, *source[last:]]) + "\n"
    return Edit(kind, index, tuple(lines), text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem[:3])
def test_an_edit_leaves_other_paragraphs_sentences_identical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    before = [sentences(paragraph.text) for paragraph in paragraphs_of(text)]

    @settings(derandomize=True, database=None, max_examples=150, deadline=None)
    @given(edits(Article(path.name, text)))
    def check(edit: Edit) -> None:
        after = [s for paragraph in paragraphs_of(edit.text) for s in sentences(paragraph.text)]
        # An added paragraph goes after the one drawn, which must stay as it was.
        kept = edit.index + 1 if edit.kind == "add" else edit.index
        head = [s for paragraph in before[:kept] for s in paragraph]
        tail = [s for paragraph in before[edit.index + 1 :] for s in paragraph]
        assert after[: len(head)] == head
        assert after[len(after) - len(tail) :] == tail
        assert len(after) >= len(head) + len(tail)

    check()

"""Put a translated article back together from its PO entries."""

from __future__ import annotations

from dataclasses import dataclass

import polib
from babel.dates import format_date

from translate.po.entries import State, state
from translate.text.articles import Article
from translate.text.segments import segment_article

__all__ = ["Assembled", "assemble"]


@dataclass(frozen=True)
class Assembled:
    """The article text in the target language, and how many sentences stayed in English."""

    text: str
    untranslated: int
    total: int


def assemble(
    article: Article, catalog: polib.POFile | None, language: str, *, include_fuzzy: bool = False
) -> Assembled:
    """Title, localised date, credits and paragraphs, then the credits that follow the text;
    a sentence without a usable translation stays in English.
    """
    translations: dict[str, str] = {}
    if catalog is not None:
        for entry in catalog:
            if entry.obsolete or entry.msgctxt is not None or not entry.msgstr:
                continue
            if state(entry) is not State.REVIEWED and not include_fuzzy:
                continue
            translations[entry.msgid] = entry.msgstr
    paragraphs: dict[int, list[str]] = {}
    untranslated = total = 0
    for seg in segment_article(article):
        text = translations.get(seg.text)
        total += 1
        if text is None:
            untranslated += 1
            text = seg.text
        paragraphs.setdefault(seg.paragraph, []).append(text)
    blocks: list[str] = []
    if 0 in paragraphs:
        blocks.append(" ".join(paragraphs.pop(0)))
    # Credits after the text (``(Reporting by ...; Editing by ...)``) stay after it.
    end = max((p.line_at(len(p.text)) for p in article.paragraphs), default=0)
    lines = article.credit_lines or (0,) * len(article.credits)
    credited = list(zip(article.credits, lines, strict=True))
    meta = []
    if article.date is not None:
        meta.append(format_date(article.date, format="long", locale=language))
    meta += [text for text, line in credited if line <= end]
    if meta:
        blocks.append("\n".join(meta))
    blocks += [" ".join(paragraphs[key]) for key in sorted(paragraphs)]
    if footer := [text for text, line in credited if line > end]:
        blocks.append("\n".join(footer))
    return Assembled("\n\n".join(blocks) + "\n", untranslated, total)

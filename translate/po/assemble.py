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
    """Title, localised date, credits and paragraphs; a sentence without a usable translation
    stays in English.
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
    meta = []
    if article.date is not None:
        meta.append(format_date(article.date, format="long", locale=language))
    meta += article.credits
    if meta:
        blocks.append("\n".join(meta))
    blocks += [" ".join(paragraphs[key]) for key in sorted(paragraphs)]
    return Assembled("\n\n".join(blocks) + "\n", untranslated, total)

"""The report's pages as HTML: Jinja2 templates (``templates/``), autoescaped, and SVG bars.

Every function here is pure: values in, text out. Nothing in a page depends on the time or the
machine, so the same project renders to the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
from babel import Locale

from translate.findings import Severity
from translate.po.merge import CatalogStats
from translate.report.pages import SEVERITY_RANK, ArticlePage, Cell, Problem

__all__ = ["STATIC", "Bar", "Language", "Renderer", "bar"]

_TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Files copied into the site as they are.
STATIC = ("style.css",)
#: Width of a stacked bar in the index, in SVG units.
BAR_WIDTH = 120


@dataclass(frozen=True)
class Bar:
    """A stacked bar: reviewed, fuzzy and untranslated words, as SVG widths."""

    reviewed: int
    fuzzy: int
    untranslated: int
    widths: tuple[float, float, float]
    label: str


def bar(stats: CatalogStats | None, width: int = BAR_WIDTH) -> Bar:
    """The stacked bar of *stats* (an empty one when there is no PO file)."""
    words = (
        (stats.translated_words, stats.fuzzy_words, stats.untranslated_words)
        if stats
        else (0, 0, 0)
    )
    total = sum(words)
    widths = tuple(round(width * w / total, 2) if total else 0.0 for w in words)
    label = (
        f"{words[0]} words reviewed, {words[1]} fuzzy, {words[2]} untranslated"
        if stats
        else "no PO file"
    )
    return Bar(*words, widths=(widths[0], widths[1], widths[2]), label=label)


@dataclass(frozen=True)
class Language:
    """A language's line in the index: totals over its articles."""

    code: str
    name: str
    cells: tuple[Cell, ...]
    reviewed: int
    fuzzy: int
    untranslated: int
    reviewed_words: int
    fuzzy_words: int
    untranslated_words: int
    errors: int
    warnings: int

    @property
    def left(self) -> int:
        """Words left to review: fuzzy and untranslated."""
        return self.fuzzy_words + self.untranslated_words

    @classmethod
    def total(cls, code: str, cells: Sequence[Cell]) -> Language:
        stats = [c.stats for c in cells if c.stats is not None]
        try:
            name = Locale.parse(code).english_name or code
        except (ValueError, TypeError):
            name = code
        return cls(
            code,
            name,
            tuple(cells),
            sum(s.translated for s in stats),
            sum(s.fuzzy for s in stats),
            sum(s.untranslated for s in stats),
            sum(s.translated_words for s in stats),
            sum(s.fuzzy_words for s in stats),
            sum(s.untranslated_words for s in stats),
            sum(c.errors for c in cells),
            sum(c.warnings for c in cells),
        )


class Renderer:
    """The templates, loaded once; render methods return page text."""

    def __init__(self) -> None:
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(_TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._env.globals.update(bar=bar, BAR_WIDTH=BAR_WIDTH)

    def static(self, name: str) -> str:
        return (_TEMPLATES / name).read_text(encoding="utf-8")

    def index(self, languages: Sequence[Language], articles: Sequence[str]) -> str:
        most = max((language.left for language in languages), default=0)
        cells = {(c.language, c.article): c for lang in languages for c in lang.cells}
        by_article = {
            article: [cells.get((lang.code, article)) for lang in languages] for article in articles
        }
        return self._env.get_template("index.html.j2").render(
            languages=languages, articles=articles, by_article=by_article, most=most
        )

    def article(self, page: ArticlePage, language_name: str) -> str:
        return self._env.get_template("article.html.j2").render(
            page=page, language_name=language_name, bar=bar(page.stats)
        )

    def problems(self, code: str, language_name: str, found: Sequence[Problem]) -> str:
        ordered = sorted(
            found,
            key=lambda p: (SEVERITY_RANK[p.severity], p.rule, p.article, p.location, p.message),
        )
        counts = {s.value: sum(1 for p in found if p.severity is s) for s in Severity}
        return self._env.get_template("problems.html.j2").render(
            code=code, language_name=language_name, problems=ordered, counts=counts
        )

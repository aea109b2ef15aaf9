"""What each page of the review report shows, as plain values: no HTML here.

An article page has one `Row` per active PO entry, in article order: title, then each paragraph
(credits and date are shown as the article has them, untranslated). Entries the article does
not have (a translator's own, a stale file's) come last. A row carries its check findings, the
draft's ``problem:`` and ``unknown to the engine:`` comments as `Note`s, worst first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

import polib

from translate.check.rules import CatalogFile, SourceArticle
from translate.check.terms import Terms
from translate.findings import Finding, Severity
from translate.po.entries import State, state
from translate.po.merge import CatalogStats, catalog_stats
from translate.po.units import comments
from translate.report.marks import Piece, pieces, source_marks, target_marks
from translate.text.articles import Article
from translate.text.segments import Segment

__all__ = [
    "SEVERITY_RANK",
    "ArticlePage",
    "Block",
    "Cell",
    "Note",
    "Problem",
    "Row",
    "SourceFindings",
    "article_page",
    "cell",
    "page_href",
    "problems",
    "source_findings",
]

SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
#: Draft comments shown as notes (`translate.po.units` writes them), with their rule and severity.
_DRAFT_NOTES = (
    ("problem:", "draft.problem", Severity.WARNING),
    ("unknown to the engine:", "draft.unknown-words", Severity.INFO),
)
_NEW_NAME = re.compile(r"^not in glossary: (?P<name>.+?) \((?P<detail>.*)\)$")
_UNKNOWN = "unknown to the engine:"


@dataclass(frozen=True, order=True)
class Note:
    """A finding or a draft problem on one sentence (or on the whole file)."""

    severity: Severity
    rule: str
    message: str


@dataclass(frozen=True)
class Row:
    """One PO entry: the source and its translation side by side, and what is wrong with it."""

    anchor: str
    source: tuple[Piece, ...]
    target: tuple[Piece, ...]
    state: State
    #: ``locales/<lang>/<article>.po:<line>`` of the entry; empty when there is no PO file
    entry: str
    #: ``corpus/<file>:<line>`` of the sentence; empty for an entry the article lacks
    source_ref: str
    notes: tuple[Note, ...]

    @property
    def worst(self) -> str:
        """The severity of the worst note, or ``""`` for a clean row."""
        return min(self.notes, key=_rank).severity.value if self.notes else ""


@dataclass(frozen=True)
class Block:
    """A run of rows as the article groups them: ``title``, ``paragraph`` or ``extra``."""

    kind: str
    number: int
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ArticlePage:
    language: str
    article: str
    heading: str
    source_path: str
    po_path: str
    date: str
    credits: tuple[str, ...]
    blocks: tuple[Block, ...]
    #: findings about the whole file (missing, stale, orphan)
    notes: tuple[Note, ...]
    stats: CatalogStats | None

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(row for block in self.blocks for row in block.rows)


@dataclass(frozen=True)
class Problem:
    """One line of a language's problems page, linked to its sentence."""

    severity: Severity
    rule: str
    message: str
    article: str
    href: str
    location: str
    sentence: str


@dataclass(frozen=True)
class Cell:
    """One article in one language, for the index."""

    language: str
    article: str
    href: str
    stats: CatalogStats | None
    errors: int
    warnings: int


def _rank(note: Note) -> tuple[int, str, str]:
    return SEVERITY_RANK[note.severity], note.rule, note.message


def page_href(article: str) -> str:
    """The link to an article page from its language folder."""
    return f"{quote(article)}.html"


@dataclass(frozen=True)
class SourceFindings:
    """Findings on an article's source (``source.*``), by the sentence they belong to."""

    by_sentence: Mapping[str, tuple[Finding, ...]]


def source_findings(article: SourceArticle, findings: Iterable[Finding]) -> SourceFindings:
    """*findings* on *article*'s source lines, each given to the sentence that holds its name
    (the first sentence of the line when none does)."""
    by_line: dict[int, list[Segment]] = defaultdict(list)
    for segment in article.segments:
        by_line[segment.line].append(segment)
    found: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        on_line = by_line.get(finding.line)
        if finding.path != article.path or not on_line:
            continue
        name = finding.found or finding.expected
        segment = next((s for s in on_line if name and name in s.text), on_line[0])
        found[segment.text].append(finding)
    return SourceFindings({text: tuple(fs) for text, fs in found.items()})


def _notes(entry: polib.POEntry | None, findings: Iterable[Finding]) -> tuple[Note, ...]:
    notes = {Note(f.severity, f.rule, f.message) for f in findings}
    for line in comments(entry) if entry is not None else ():
        for prefix, rule, severity in _DRAFT_NOTES:
            if line.startswith(prefix):
                notes.add(Note(severity, rule, line.removeprefix(prefix).strip()))
    return tuple(sorted(notes, key=_rank))


def _row(
    terms: Terms,
    language: str,
    *,
    msgid: str,
    entry: polib.POEntry | None,
    entry_ref: str,
    source_ref: str,
    anchor: str,
    findings: Sequence[Finding],
) -> Row:
    lines = comments(entry) if entry is not None else []
    new_names = [
        (found["name"], found["detail"])
        for line in lines
        if (found := _NEW_NAME.match(line)) is not None
    ]
    unknown = [
        word.strip()
        for line in lines
        if line.startswith(_UNKNOWN)
        for word in line.removeprefix(_UNKNOWN).split(",")
        if word.strip()
    ]
    msgstr = entry.msgstr if entry is not None else ""
    wrong = [(f.found, f.message) for f in findings if f.rule.startswith("po.") and f.found]
    return Row(
        anchor=anchor,
        source=pieces(msgid, source_marks(terms, language, msgid, new_names, unknown)),
        target=pieces(msgstr, target_marks(terms, language, msgstr, wrong, unknown)),
        state=state(entry) if entry is not None else State.UNTRANSLATED,
        entry=entry_ref,
        source_ref=source_ref,
        notes=_notes(entry, findings),
    )


def article_page(
    terms: Terms,
    language: str,
    source: tuple[SourceArticle, Article] | None,
    catalog: CatalogFile | None,
    po_path: str,
    po_findings: Sequence[Finding],
    on_source: SourceFindings,
) -> ArticlePage:
    """The page of one article in one language: its source, its PO file, or both."""
    at_line: dict[int, list[Finding]] = defaultdict(list)
    for finding in po_findings:
        at_line[finding.line].append(finding)
    entries: dict[str, polib.POEntry] = {}
    for entry in catalog.catalog if catalog is not None else ():
        if not entry.obsolete and entry.msgctxt is None:
            entries.setdefault(entry.msgid, entry)
    used: set[int] = set()
    blocks: list[Block] = []
    if source is not None:
        article = source[0]
        paragraphs: dict[int, list[Row]] = {}
        for segment in article.segments:
            entry = entries.get(segment.text)
            if entry is not None and id(entry) in used:
                continue  # a repeated sentence is one entry, shown where it first comes
            if entry is not None:
                used.add(id(entry))
            paragraphs.setdefault(segment.paragraph, []).append(
                _row(
                    terms,
                    language,
                    msgid=segment.text,
                    entry=entry,
                    entry_ref=f"{po_path}:{entry.linenum}" if entry is not None else "",
                    source_ref=f"{article.path}:{segment.line}",
                    anchor=f"e{entry.linenum}" if entry is not None else f"s{segment.id}",
                    findings=[
                        *(at_line.get(entry.linenum, []) if entry is not None else []),
                        *on_source.by_sentence.get(segment.text, ()),
                    ],
                )
            )
        blocks += [
            Block("title" if number == 0 else "paragraph", number, tuple(rows))
            for number, rows in sorted(paragraphs.items())
        ]
    extra = [
        _row(
            terms,
            language,
            msgid=entry.msgid,
            entry=entry,
            entry_ref=f"{po_path}:{entry.linenum}",
            source_ref="",
            anchor=f"e{entry.linenum}",
            findings=at_line.get(entry.linenum, []),
        )
        for entry in (catalog.catalog if catalog is not None else ())
        if not entry.obsolete and id(entry) not in used
    ]
    if extra:
        blocks.append(Block("extra", 0, tuple(extra)))
    heading = source[1].title.text if source is not None and source[1].title else ""
    return ArticlePage(
        language=language,
        article=catalog.article if catalog is not None else source[1].id if source else "",
        heading=heading or (source[1].id if source else catalog.article if catalog else ""),
        source_path=source[0].path if source is not None else "",
        po_path=po_path,
        date=source[1].date.isoformat() if source is not None and source[1].date else "",
        credits=source[1].credits if source is not None else (),
        blocks=tuple(blocks),
        notes=_notes(None, at_line.get(0, [])),
        stats=catalog_stats(catalog.catalog) if catalog is not None else None,
    )


def cell(page: ArticlePage) -> Cell:
    """The index's summary of *page*."""
    notes = [*page.notes, *(note for row in page.rows for note in row.notes)]
    return Cell(
        page.language,
        page.article,
        f"{quote(page.language)}/{page_href(page.article)}",
        page.stats,
        sum(1 for note in notes if note.severity is Severity.ERROR),
        sum(1 for note in notes if note.severity is Severity.WARNING),
    )


def problems(page: ArticlePage) -> list[Problem]:
    """Every note of *page*, linked to its row (or to the page for a file's own findings)."""
    href = page_href(page.article)
    found = [
        Problem(n.severity, n.rule, n.message, page.article, href, page.po_path, "")
        for n in page.notes
    ]
    for row in page.rows:
        sentence = "".join(piece.text for piece in row.source)
        for note in row.notes:
            location = row.entry or row.source_ref
            found.append(Problem(note.severity, note.rule, note.message, page.article,
                                 f"{href}#{row.anchor}", location, sentence))  # fmt: skip
    return found

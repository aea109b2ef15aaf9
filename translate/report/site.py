"""``news-translate report``: the static review site, built one language at a time.

`build_site` yields the site's files (index, a page per article and language, a problems page
per language, the style sheet); `write_site` writes them atomically and removes the pages a
previous report wrote that this one no longer has. Only one language's PO files are held in
memory at a time, so that a large project stays small: the index is built from per-page
summaries.

Layout: ``index.html``, ``style.css``, ``<lang>/problems.html``, ``<lang>/<article>.html``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from translate import atomic
from translate.check.rules import (
    CatalogFile,
    CheckInput,
    SourceArticle,
    check_glossary,
    check_po_consistency,
    check_po_terms,
    check_source_names,
    check_source_usage,
    check_sync,
    display,
    run_checks,
)
from translate.check.terms import Terms
from translate.config import Config
from translate.errors import InputError
from translate.findings import Finding
from translate.glossary.yaml import load_glossary
from translate.po.files import read_catalog
from translate.report.pages import (
    Cell,
    Problem,
    SourceFindings,
    article_page,
    cell,
    problems,
    source_findings,
)
from translate.report.render import STATIC, Language, Renderer
from translate.text.articles import Article, read_article
from translate.text.segments import segment_article

__all__ = [
    "GENERATOR",
    "SiteFile",
    "Written",
    "build_site",
    "check_output",
    "site_size",
    "write_site",
]

#: The ``<meta name="generator">`` of every page: how a folder is known to be a report.
GENERATOR = "news-translate report"
#: Called with (pages done, pages in all) as the site is built.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SiteFile:
    """One file of the site: its path inside the output folder (POSIX) and its text."""

    path: str
    text: str


@dataclass(frozen=True)
class Written:
    """What `write_site` did."""

    files: int
    changed: int
    removed: int


def site_size(config: Config, languages: Sequence[str]) -> int:
    """How many article pages the site will have, for a progress bar."""
    articles = {path.stem for path in config.article_files()}
    for language in languages:
        folder = config.locales_dir / language
        if folder.is_dir():
            articles |= {path.stem for path in folder.glob("*.po")}
    return len(articles) * len(languages)


def build_site(
    config: Config, languages: Sequence[str], progress: Progress | None = None
) -> Iterator[SiteFile]:
    """Every file of the report on *config*'s project, for *languages*, in a stable order."""
    glossary = load_glossary(config.glossary_dir)
    sources: dict[str, tuple[SourceArticle, Article]] = {}
    for path in config.article_files():
        parsed = read_article(path, boilerplate=config.boilerplate)
        shown = SourceArticle(display(path, config.root), path.stem, segment_article(parsed))
        sources[path.stem] = (shown, parsed)
    articles = tuple(shown for shown, _ in sources.values())
    glossary_files = tuple(sorted({display(Path(e.path), config.root) for e in glossary}))
    base = CheckInput(glossary, tuple(languages), articles, (), (), glossary_files, config.root)
    general = run_checks(base, (check_glossary, check_source_usage, check_source_names)).findings
    on_source = {
        shown.id: source_findings(shown, [f for f in general if f.path == shown.path])
        for shown in articles
    }
    terms = Terms(glossary)
    renderer = Renderer()
    total = site_size(config, languages)
    done = 0
    totals: list[Language] = []
    every: set[str] = set(sources)
    for language in languages:
        catalogs = _catalogs(config, language)
        expected = tuple(
            display(config.locales_dir / language / f"{shown.id}.po", config.root)
            for shown in articles
        )
        data = CheckInput(glossary, (language,), articles, tuple(catalogs.values()), expected,
                          (), config.root)  # fmt: skip
        checks = (check_po_terms, check_po_consistency, check_sync)
        by_path: dict[str, list[Finding]] = {}
        for finding in run_checks(data, checks).findings:
            by_path.setdefault(finding.path, []).append(finding)
        name = Language.total(language, ()).name
        cells: list[Cell] = []
        found: list[Problem] = []
        for article in sorted(set(sources) | set(catalogs)):
            po_path = display(config.locales_dir / language / f"{article}.po", config.root)
            page = article_page(
                terms,
                language,
                sources.get(article),
                catalogs.get(article),
                po_path,
                by_path.get(po_path, []),
                on_source.get(article, SourceFindings({})),
            )
            cells.append(cell(page))
            found += problems(page)
            yield SiteFile(f"{language}/{article}.html", renderer.article(page, name))
            done += 1
            if progress is not None:
                progress(done, total)
        every |= set(catalogs)
        yield SiteFile(f"{language}/problems.html", renderer.problems(language, name, found))
        totals.append(Language.total(language, cells))
    for static in STATIC:
        yield SiteFile(static, renderer.static(static))
    yield SiteFile("index.html", renderer.index(totals, sorted(every)))


def _catalogs(config: Config, language: str) -> dict[str, CatalogFile]:
    folder = config.locales_dir / language
    found: dict[str, CatalogFile] = {}
    for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
        catalog = read_catalog(path)
        if catalog is not None:
            found[path.stem] = CatalogFile(display(path, config.root), language, path.stem,
                                           catalog)  # fmt: skip
    return found


def _is_report(folder: Path) -> bool:
    """Whether *folder* is empty, or holds a report this command wrote."""
    if not any(folder.iterdir()):
        return True
    index = folder / "index.html"
    try:
        head = index.read_text(encoding="utf-8", errors="replace")[:2000]
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head


def check_output(output: Path) -> None:
    """Refuse an output that is a file, or a folder with other things than a report in it."""
    if output.exists() and not output.is_dir():
        raise InputError("not a folder", path=output, hint="name a folder for the report")
    if output.is_dir() and not _is_report(output):
        raise InputError(
            "not empty and not a report folder: the report would mix with other files",
            path=output,
            hint="name a new or empty folder with --output",
        )


def write_site(output: Path, files: Iterable[SiteFile]) -> Written:
    """Write *files* under *output* atomically; remove the report files no longer produced.

    Only the report's own kinds of files (``*.html``, ``*.css``) at its two levels are ever
    removed, and only in a folder `check_output` accepts.
    """
    check_output(output)
    written: set[Path] = set()
    changed = 0
    hint = "check that the report folder is writable and the disk not full"
    for file in files:
        path = output / file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        changed += atomic.write_atomic(path, file.text, hint=hint)
        written.add(path)
    removed = 0
    stale = [*output.glob("*.html"), *output.glob("*.css"), *output.glob("*/*.html")]
    for path in sorted(stale):
        if path not in written and path.is_file():
            path.unlink()
            removed += 1
    for folder in sorted(output.iterdir()):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return Written(len(written), changed, removed)

"""The main job: articles → segments → glossary matches → drafts → merged PO files.

Per language, everything that needs a draft across all articles goes to the engine in one
batch. Languages are independent, so ``jobs > 1`` runs them in parallel processes and writes
the same files as one job: the translation memory of a language is read from disk before any
of its files is written.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from babel import Locale

from translate import __version__
from translate.articles import Article, read_article
from translate.catalogs import (
    Header,
    Unit,
    merge_catalog,
    needs_draft,
    read_catalog,
    render_catalog,
    write_atomic,
)
from translate.config import Config, check_language
from translate.drafts import Scheme, draft_batch, hints
from translate.engines import (
    EngineChoice,
    EngineName,
    EngineSettings,
    available_pairs,
    choose_engine,
    create_engine,
)
from translate.errors import CatalogError, InputError
from translate.fingerprints import (
    digest,
    file_digest,
    is_fresh,
    read_cache,
    recorded_segments,
    write_cache,
)
from translate.glossary import Glossary, load_glossary
from translate.matcher import Match, source_matcher
from translate.memory import build_memory
from translate.segments import segment_article

__all__ = [
    "FileResult",
    "Job",
    "RunPlan",
    "article_units",
    "locked",
    "plan_run",
    "run_language",
    "run_plan",
]

# Comments that only drafting produces; kept from disk while the entry is still a fuzzy draft.
_DRAFT_COMMENTS = ("machine draft:", "problem:")
_SCHEMES = {EngineName.APERTIUM: Scheme.SURROGATE, EngineName.ARGOS: Scheme.PLACEHOLDER}


@dataclass(frozen=True)
class FileResult:
    """What one run did to one PO file."""

    article: str
    language: str
    path: Path
    segments: int = 0
    drafted: int = 0
    reused: int = 0
    problems: int = 0
    written: bool = False
    error: str = ""
    #: nothing changed since the last run: the file was not even read
    fresh: bool = False


@dataclass(frozen=True)
class Job:
    """One language's work: everything a worker process needs, and nothing it must share."""

    language: str
    choice: EngineChoice
    articles: tuple[Article, ...]
    glossary: Glossary
    config: Config
    settings: EngineSettings
    #: compare with the files on disk instead of writing them (``run --check``)
    check_only: bool = False


@dataclass(frozen=True)
class RunPlan:
    jobs: tuple[Job, ...]


def plan_run(
    config: Config,
    articles: Sequence[Path],
    languages: Sequence[str],
    settings: EngineSettings,
    engine: str | None = None,
    *,
    check_only: bool = False,
) -> RunPlan:
    """Read and check every input up front, so that bad input fails before anything is written."""
    for language in languages:
        check_language(language)
    read = tuple(read_article(path, boilerplate=config.boilerplate) for path in articles)
    glossary = load_glossary(config.glossary_dir)
    wanted = {engine or config.engine_for(language) for language in languages}
    # Probing engines starts processes; skip it when every language is configured "none".
    pairs = available_pairs(settings) if wanted != {EngineName.NONE.value} else {}
    jobs = tuple(
        Job(
            language,
            choose_engine(engine or config.engine_for(language), config.source_language,
                          language, pairs),
            read,
            glossary,
            config,
            settings,
            check_only,
        )
        for language in languages
    )  # fmt: skip
    return RunPlan(jobs)


def run_plan(
    plan: RunPlan, jobs: int = 1, progress: Callable[[str], None] | None = None
) -> list[FileResult]:
    """Run every language, in *jobs* processes; results in a stable order."""
    results: list[FileResult] = []
    if jobs <= 1 or len(plan.jobs) <= 1:
        for job in plan.jobs:
            results += run_language(job)
            if progress:
                progress(job.language)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for job, done in zip(plan.jobs, pool.map(run_language, plan.jobs), strict=True):
                results += done
                if progress:
                    progress(job.language)
    return sorted(results, key=lambda r: (r.language, r.article))


def article_units(
    article: Article, glossary: Glossary, language: str, matches: dict[str, list[Match]]
) -> list[Unit]:
    """One unit per distinct sentence (title first), with references and glossary hints."""
    order: dict[str, list[str]] = {}
    for seg in segment_article(article):
        reference = f"{_corpus_name(article)}:{seg.line}"
        order.setdefault(seg.text, []).append(reference)
    return [
        Unit(
            msgid=text,
            references=tuple(dict.fromkeys(refs)),
            comments=hints(matches[text], glossary, language),
        )
        for text, refs in order.items()
    ]


def run_language(job: Job) -> list[FileResult]:
    """Draft, merge and write every article's PO file for one language."""
    config, language = job.config, job.language
    folder = config.locales_dir / language
    salt = digest(__version__, job.glossary, config, job.choice, job.settings)
    fingerprints = {article.id: digest(article) for article in job.articles}
    cache = read_cache(folder)
    if job.check_only:
        return _run_language(job, folder)
    if is_fresh(cache, salt, fingerprints, folder):
        return [
            FileResult(
                a.id, language, folder / f"{a.id}.po", recorded_segments(cache, a.id), fresh=True
            )
            for a in job.articles
        ]
    results = _run_language(job, folder)
    written = [(r.article, fingerprints[r.article], r.segments) for r in results if not r.error]
    write_cache(folder, salt, written, cache)
    return results


def _run_language(job: Job, folder: Path) -> list[FileResult]:
    config, language = job.config, job.language
    matcher = source_matcher(job.glossary)
    matches: dict[str, list[Match]] = {}
    units: dict[str, list[Unit]] = {}
    for article in job.articles:
        for seg in segment_article(article):
            if seg.text not in matches:
                matches[seg.text] = matcher.find(seg.text)
        units[article.id] = article_units(article, job.glossary, language, matches)

    existing, errors = _read_existing(folder, job.articles)
    memory = build_memory(
        (str(path.relative_to(config.root)), catalog)
        for path, catalog in _memory_sources(folder, errors)
    )
    wanted: dict[str, None] = {}
    for article in job.articles:
        if article.id in errors:
            continue
        for msgid in needs_draft(units[article.id], existing.get(article.id), memory):
            wanted.setdefault(msgid, None)
    drafts, label = _draft(job, list(wanted), matches)

    header = Header(language, config.project_id, _team(language))
    results: list[FileResult] = []
    for article in job.articles:
        path = folder / f"{article.id}.po"
        if article.id in errors:
            results.append(FileResult(article.id, language, path, error=errors[article.id]))
            continue
        old = existing.get(article.id)
        final = [_with_draft(unit, drafts, label, old) for unit in units[article.id]]
        catalog = merge_catalog(final, old, memory, header, _corpus_name(article))
        text = render_catalog(catalog)
        if job.check_only:
            written = file_digest(path) != hashlib.sha256(text.encode("utf-8")).hexdigest()
        else:
            written = write_atomic(path, text)
        results.append(
            FileResult(
                article.id,
                language,
                path,
                segments=len(final),
                drafted=sum(1 for u in final if u.msgid in drafts),
                reused=sum(
                    1 for e in catalog if any(c.startswith("reused from") for c in _comments(e))
                ),
                problems=sum(1 for u in final for c in u.comments if c.startswith("problem:")),
                written=written,
            )
        )
    return results


def _draft(
    job: Job, wanted: list[str], matches: dict[str, list[Match]]
) -> tuple[dict[str, tuple[str, tuple[str, ...]]], str]:
    """Drafts for *wanted* sentences: text and problems, plus the engine's label."""
    if not wanted or job.choice.engine is EngineName.NONE:
        return {}, ""
    source, target = job.config.source_language, job.language
    engine = create_engine(job.choice.engine, job.settings)
    label = engine.info(source, target).label()
    scheme = _SCHEMES.get(job.choice.engine, Scheme.PLACEHOLDER)
    done = draft_batch(
        wanted,
        [matches[text] for text in wanted],
        job.glossary,
        target,
        scheme,
        lambda texts: engine.translate_batch(texts, source, target),
    )
    return {text: (d.text, d.problems) for text, d in zip(wanted, done, strict=True)}, label


def _with_draft(
    unit: Unit,
    drafts: dict[str, tuple[str, tuple[str, ...]]],
    label: str,
    old: object,
) -> Unit:
    if unit.msgid in drafts:
        text, problems = drafts[unit.msgid]
        extra = (f"machine draft: {label}", *(f"problem: {p}" for p in problems))
        return replace(unit, draft=text, comments=(*unit.comments, *extra))
    kept = _kept_comments(old, unit.msgid)
    return replace(unit, comments=(*unit.comments, *kept)) if kept else unit


def _kept_comments(catalog: object, msgid: str) -> tuple[str, ...]:
    if catalog is None:
        return ()
    entry = catalog.find(msgid)  # type: ignore[attr-defined]
    if entry is None or "fuzzy" not in entry.flags:
        return ()
    return tuple(c for c in _comments(entry) if c.startswith(_DRAFT_COMMENTS))


_OUR_PREFIXES = ("glossary:", "machine draft:", "problem:", "reused from")


def _comments(entry: object) -> list[str]:
    """Our extracted comments, each rejoined from the lines polib wrapped it into."""
    joined: list[str] = []
    for line in (getattr(entry, "comment", "") or "").splitlines():
        if joined and not line.startswith(_OUR_PREFIXES):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _read_existing(
    folder: Path, articles: Sequence[Article]
) -> tuple[dict[str, object], dict[str, str]]:
    existing: dict[str, object] = {}
    errors: dict[str, str] = {}
    for article in articles:
        try:
            catalog = read_catalog(folder / f"{article.id}.po")
        except CatalogError as error:
            errors[article.id] = str(error)
            continue
        if catalog is not None:
            existing[article.id] = catalog
    return existing, errors


def _memory_sources(folder: Path, errors: dict[str, str]) -> Iterator[tuple[Path, object]]:
    """Every readable PO file of the language, this run's articles or not."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.po")):
        if path.stem in errors:
            continue
        try:
            catalog = read_catalog(path)
        except InputError:
            continue
        if catalog is not None:
            yield path, catalog


def _corpus_name(article: Article) -> str:
    source = Path(article.source) if article.source else Path(f"{article.id}.txt")
    return f"corpus/{source.name}"


def _team(language: str) -> str:
    return f"{Locale.parse(language).get_display_name('en')} (news-translate)"


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the run lock for *folder*, failing at once if another run holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".news-translate.lock"
    with open(path, "w", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                "another news-translate run is writing here",
                path=path,
                hint="wait for it to finish, then run again",
            ) from None
        try:
            handle.write(str(os.getpid()))
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

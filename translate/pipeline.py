"""The main job: articles → segments → glossary matches → drafts → merged PO files.

Per language, everything that needs a draft across all articles goes to the engine in one
batch. Languages are independent, so ``jobs > 1`` runs them in parallel processes and writes
the same files as one job: the translation memory of a language is read from disk before any
of its files is written.

Drafting goes to the engine in batches of `DRAFT_BATCH` sentences, and each batch done is
reported to the *progress* callback as a `Progress`, from worker processes too.

A translator may save a PO file while a run works on it: each file is replaced only if it still
holds what was read, else it is read and merged again (`_ATTEMPTS` times at most).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polib

from translate.atomic import Outcome
from translate.check.terms import passes_check
from translate.config import Config, check_language
from translate.drafts import Draft, Scheme, draft_batch
from translate.engines import (
    EngineChoice,
    EngineName,
    EngineSettings,
    available_pairs,
    choose_engine,
    create_engine,
)
from translate.errors import CatalogError, EngineError, InputError
from translate.glossary.matcher import Match, source_matcher
from translate.glossary.model import Glossary
from translate.glossary.suggest import unknown_names
from translate.glossary.surnames import resolve_surnames
from translate.glossary.yaml import load_glossary
from translate.layout import check_articles, check_locales
from translate.po.cache import (
    code_digest,
    digest,
    file_digest,
    is_fresh,
    library_versions,
    read_cache,
    recorded_segments,
    write_cache,
)
from translate.po.files import decode_catalog, read_bytes, read_catalog, replace_catalog
from translate.po.memory import REUSED, Memory, build_memory
from translate.po.merge import Header, Unit, merge_catalog, needs_draft, render_catalog
from translate.po.units import article_units, corpus_name, with_draft
from translate.text.articles import Article, read_article
from translate.text.segments import segment_article
from translate.workers import send_event, worker_pool, worker_pool_with_events

__all__ = [
    "DRAFT_BATCH",
    "FileResult",
    "Job",
    "Progress",
    "RunPlan",
    "plan_run",
    "run_language",
    "run_plan",
]

_SCHEMES = {EngineName.APERTIUM: Scheme.SURROGATE, EngineName.ARGOS: Scheme.PLACEHOLDER}
#: How many times a file that keeps changing on disk is merged again before giving up.
_ATTEMPTS = 5
#: Sentences per engine call: enough to amortise starting the engine, few enough that a
#: progress bar moves.
DRAFT_BATCH = 256


@dataclass(frozen=True)
class Progress:
    """Drafting in one language: *done* more sentences of the *total* it drafts.

    Each language first reports ``done=0`` with its total (0 when nothing needs a draft).
    """

    language: str
    done: int
    total: int


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
    #: sha256 of the text this run wrote (or found already there), for the no-change cache
    digest: str = ""


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
    articles = check_articles(articles, config)
    read = tuple(read_article(path, boilerplate=config.boilerplate) for path in articles)
    check_locales(config, languages, [article.id for article in read], writing=not check_only)
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
    plan: RunPlan, jobs: int = 1, progress: Callable[[Progress], None] | None = None
) -> list[FileResult]:
    """Run every language, in *jobs* processes; results in a stable order.

    *progress* is called in this process (from a thread, with several jobs) as batches of
    sentences are drafted.
    """
    results: list[FileResult] = []
    if jobs <= 1 or len(plan.jobs) <= 1:
        for job in plan.jobs:
            results += run_language(job, progress)
    elif progress is None:
        with worker_pool(jobs) as pool:
            for done in pool.map(run_language, plan.jobs):
                results += done
    else:
        with worker_pool_with_events(jobs) as (pool, events):
            relay = threading.Thread(target=_relay, args=(events, progress), daemon=True)
            relay.start()
            try:
                for done in pool.map(_run_reporting, plan.jobs):
                    results += done
            finally:
                events.put(None)
                relay.join()
    return sorted(results, key=lambda r: (r.language, r.article))


def _run_reporting(job: Job) -> list[FileResult]:
    """`run_language` in a worker process, its progress sent to the run."""
    return run_language(job, send_event)


def _relay(events: Any, progress: Callable[[Progress], None]) -> None:
    """Hand the workers' `Progress` events to *progress* until the ``None`` that ends them."""
    while (event := events.get()) is not None:
        progress(event)


def run_language(job: Job, progress: Callable[[Progress], None] | None = None) -> list[FileResult]:
    """Draft, merge and write every article's PO file for one language."""
    config, language = job.config, job.language
    folder = config.locales_dir / language
    engine = _engine_label(job)
    salt = digest(
        code_digest(), library_versions(), engine, job.glossary, config, job.choice, job.settings
    )
    fingerprints = {article.id: digest(article) for article in job.articles}
    cache = read_cache(folder)
    if job.check_only:
        return _run_language(job, folder, progress)
    if is_fresh(cache, salt, fingerprints, folder):
        if progress is not None:
            progress(Progress(language, 0, 0))
        return [
            FileResult(a.id, language, folder / f"{a.id}.po", recorded_segments(cache, a.id))
            for a in job.articles
        ]
    results = _run_language(job, folder, progress)
    # The digest of what this run wrote, not of the file now: a translator may have saved since.
    written = [
        (r.article, fingerprints[r.article], r.segments, r.digest) for r in results if not r.error
    ]
    write_cache(folder, salt, written, cache)
    return results


def _engine_label(job: Job) -> str:
    """The engine with its version: a new Apertium pair or Argos package drafts anew."""
    if job.choice.engine is EngineName.NONE:
        return EngineName.NONE.value
    try:
        engine = create_engine(job.choice.engine, job.settings)
        return engine.info(job.config.source_language, job.language).label()
    except EngineError as failure:
        return f"{job.choice.engine.value}: {failure}"


def _run_language(
    job: Job, folder: Path, progress: Callable[[Progress], None] | None = None
) -> list[FileResult]:
    config, language = job.config, job.language
    matcher = source_matcher(job.glossary)
    found: dict[str, list[Match]] = {}
    # Per sentence, as its first article resolves bare surnames: what the engine is sent.
    matches: dict[str, list[Match]] = {}
    units: dict[str, list[Unit]] = {}
    for article in job.articles:
        segments = segment_article(article)
        for seg in segments:
            if seg.text not in found:
                found[seg.text] = matcher.find(seg.text)
        ordered = sorted(segments, key=lambda seg: (seg.paragraph, seg.index))
        resolved = resolve_surnames([found[seg.text] for seg in ordered], job.glossary)
        own: dict[str, list[Match]] = {}
        for seg, its in zip(ordered, resolved, strict=True):
            own.setdefault(seg.text, its)
            matches.setdefault(seg.text, its)
        unknown = unknown_names(segments, matcher, config.languages)
        units[article.id] = article_units(article, segments, job.glossary, language, own, unknown)

    existing, read, errors = _read_catalogs(folder, job.articles)
    memory = build_memory(
        [
            (str(path.relative_to(config.root)), catalog)
            for path, catalog in _memory_sources(folder, existing, errors)
        ],
        passes_check(job.glossary, language),  # a flagged translation is not spread
    )
    wanted: dict[str, None] = {}
    for article in job.articles:
        if article.id in errors:
            continue
        for msgid in needs_draft(units[article.id], existing.get(article.id), memory):
            wanted.setdefault(msgid, None)
    drafts, label = _draft(job, list(wanted), matches, progress)

    header = Header.for_language(language, config.project_id)
    results: list[FileResult] = []
    for article in job.articles:
        path = folder / f"{article.id}.po"
        if article.id in errors:
            results.append(FileResult(article.id, language, path, error=errors[article.id]))
            continue
        old, data = existing.get(article.id), read.get(article.id)
        merged = _Merged(job, article, units[article.id], drafts, label, memory, header)
        results.append(_write_merged(merged, path, old, data))
    return results


@dataclass(frozen=True)
class _Merged:
    """Everything one article's catalog is merged from, except the file on disk."""

    job: Job
    article: Article
    units: list[Unit]
    drafts: dict[str, Draft]
    label: str
    memory: Memory
    header: Header


def _write_merged(
    merged: _Merged, path: Path, old: polib.POFile | None, data: bytes | None
) -> FileResult:
    """Merge with *old* (read as *data*) and write; merge again if someone saves meanwhile."""
    article, language = merged.article.id, merged.job.language
    for _ in range(_ATTEMPTS):
        final = [with_draft(unit, merged.drafts, merged.label, old) for unit in merged.units]
        catalog = merge_catalog(
            final, old, merged.memory, merged.header, corpus_name(merged.article)
        )
        text = render_catalog(catalog)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if merged.job.check_only:
            outcome = Outcome.SAME if file_digest(path) == sha else Outcome.WRITTEN
        else:
            outcome = replace_catalog(path, text, data)
        if outcome is not Outcome.CHANGED:
            return FileResult(
                article,
                language,
                path,
                segments=len(final),
                drafted=sum(1 for u in final if u.msgid in merged.drafts),
                reused=sum(1 for e in catalog if REUSED.strip() in (e.comment or "")),
                problems=sum(1 for u in final for c in u.comments if c.startswith("problem:")),
                written=outcome is Outcome.WRITTEN,
                digest=sha,
            )
        # Saved by someone while we merged: merge their version instead.
        try:
            data = read_bytes(path)
            old = None if data is None else decode_catalog(data, path)
        except CatalogError as error:
            return FileResult(article, language, path, error=str(error))
    busy = CatalogError(
        f"changed on disk {_ATTEMPTS} times while it was being merged; left as it is",
        path=path,
        hint="run again when it is no longer being saved",
    )
    return FileResult(article, language, path, error=str(busy))


def _draft(
    job: Job,
    wanted: list[str],
    matches: dict[str, list[Match]],
    progress: Callable[[Progress], None] | None = None,
) -> tuple[dict[str, Draft], str]:
    """Drafts for *wanted* sentences, in batches of `DRAFT_BATCH`, and the engine's label."""
    drafting = bool(wanted) and job.choice.engine is not EngineName.NONE
    if progress is not None:
        progress(Progress(job.language, 0, len(wanted) if drafting else 0))
    if not drafting:
        return {}, ""
    source, target = job.config.source_language, job.language
    engine = create_engine(job.choice.engine, job.settings)
    label = engine.info(source, target).label()
    scheme = _SCHEMES.get(job.choice.engine, Scheme.PLACEHOLDER)
    drafts: dict[str, Draft] = {}
    for start in range(0, len(wanted), DRAFT_BATCH):
        batch = wanted[start : start + DRAFT_BATCH]
        done = draft_batch(
            batch,
            [matches[text] for text in batch],
            job.glossary,
            target,
            scheme,
            lambda texts: engine.translate_batch(texts, source, target),
        )
        drafts.update(zip(batch, done, strict=True))
        if progress is not None:
            progress(Progress(job.language, len(batch), len(wanted)))
    return drafts, label


def _read_catalogs(
    folder: Path, articles: Sequence[Article]
) -> tuple[dict[str, polib.POFile], dict[str, bytes | None], dict[str, str]]:
    """This run's PO files on disk, their bytes (None: no file), the error of each unreadable."""
    existing: dict[str, polib.POFile] = {}
    read: dict[str, bytes | None] = {}
    errors: dict[str, str] = {}
    for article in articles:
        path = folder / f"{article.id}.po"
        try:
            read[article.id] = data = read_bytes(path)
            if data is not None:
                existing[article.id] = decode_catalog(data, path)
        except CatalogError as error:
            errors[article.id] = str(error)
    return existing, read, errors


def _memory_sources(
    folder: Path, existing: dict[str, polib.POFile], errors: dict[str, str]
) -> Iterator[tuple[Path, polib.POFile]]:
    """Every readable PO file of the language, this run's articles (already read) or not."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.po")):
        if path.stem in errors:
            continue
        if path.stem in existing:
            yield path, existing[path.stem]
            continue
        try:
            catalog = read_catalog(path)
        except InputError:
            continue
        if catalog is not None:
            yield path, catalog

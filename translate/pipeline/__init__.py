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
from translate.drafts.kept import kept_names, with_kept
from translate.engines import (
    EngineChoice,
    EngineName,
    EngineSettings,
    available_pairs,
    choose_engine,
    create_engine,
)
from translate.errors import CatalogError, EngineError
from translate.glossary.lexicon import lexicon_identity
from translate.glossary.matcher import Match, source_matcher
from translate.glossary.model import Entry, Glossary
from translate.glossary.suggest import Suggestion, unknown_names
from translate.glossary.yaml import load_glossary
from translate.layout import check_articles, check_locales
from translate.pipeline.analysis import Analyses, Analysis, FirstUse, resolved
from translate.pipeline.index import (
    changed_msgids,
    disk_memory,
    glossary_changes,
    needs_merge,
    refresh,
)
from translate.po.cache import (
    ArticleRecord,
    Index,
    KnownArticle,
    Stat,
    code_digest,
    current_stat,
    digest,
    file_digest,
    known_articles,
    library_versions,
    observe,
    open_index,
    record_articles,
)
from translate.po.files import decode_catalog, read_bytes, replace_catalog
from translate.po.memory import REUSED, Memory, choose_hits, memory_rows
from translate.po.merge import Header, Unit, merge_catalog, needs_draft, render_catalog
from translate.po.units import article_units, corpus_name, with_drafts
from translate.text.articles import Article, read_article
from translate.text.segments import check_sentences, segment_article
from translate.workers import send_event, worker_pool, worker_pool_with_events

__all__ = [
    "DRAFT_BATCH",
    "Analyses",
    "FileResult",
    "Job",
    "Progress",
    "RunPlan",
    "Source",
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
    #: sha256 of the text this run wrote (or found already there), for the index
    digest: str = ""


@dataclass(frozen=True)
class Job:
    """One language's work: everything a worker process needs, and nothing it must share."""

    language: str
    choice: EngineChoice
    articles: tuple[Source, ...]
    glossary: Glossary
    config: Config
    settings: EngineSettings
    #: compare with the files on disk instead of writing them (``run --check``)
    check_only: bool = False


@dataclass(frozen=True)
class Source:
    """An article of the run: read by the plan, or unchanged since a run read it.

    An unchanged article is read again only if a language has to merge it (`load`).
    """

    id: str
    path: Path
    #: `digest` of the article as read
    fingerprint: str
    article: Article | None = None
    #: the file's stat before the plan read it (None: too recent to vouch for the bytes)
    stat: Stat | None = None

    @classmethod
    def read(cls, article: Article, path: Path, stat: Stat | None = None) -> Source:
        """A source for *article*, just read from *path*."""
        return cls(article.id, path, digest(article), article, stat)

    def load(self, config: Config) -> Article:
        """The article, read now if the plan did not."""
        if self.article is not None:
            return self.article
        return read_article(self.path, boilerplate=config.boilerplate)


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
    read = tuple(_sources(config, articles, check_only=check_only))
    check_locales(config, languages, [source.id for source in read], writing=not check_only)
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
        analyses = Analyses()  # each article's names are found once, for every language
        for job in plan.jobs:
            results += run_language(job, progress, analyses)
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
    if plan.jobs and not plan.jobs[0].check_only:
        first = plan.jobs[0]
        read = [
            (str(s.path), KnownArticle(s.stat, s.id, s.fingerprint))
            for s in first.articles
            if s.article is not None and s.stat is not None
        ]
        record_articles(first.config.locales_dir, _article_salt(first.config), read)
    return sorted(results, key=lambda r: (r.language, r.article))


def _article_salt(config: Config) -> str:
    """What reading an article depends on besides its bytes: the code, the configuration."""
    return digest(code_digest(), config)


def _sources(config: Config, paths: Sequence[Path], *, check_only: bool) -> Iterator[Source]:
    """Each article of *paths*, read unless its file is as an earlier run read it.

    ``run --check`` reads every article.
    """
    known = {} if check_only else known_articles(config.locales_dir, _article_salt(config))
    for path in paths:
        stat = current_stat(path)
        seen = known.get(str(path))
        if stat is not None and seen is not None and seen.stat == stat:
            yield Source(seen.id, path, seen.fingerprint)
        else:
            article = read_article(path, boilerplate=config.boilerplate)
            check_sentences(article)  # a sentence too long to take fails here, not mid-run
            yield Source.read(article, path, stat)


def _run_reporting(job: Job) -> list[FileResult]:
    """`run_language` in a worker process, its progress sent to the run."""
    return run_language(job, send_event)


def _relay(events: Any, progress: Callable[[Progress], None]) -> None:
    """Hand the workers' `Progress` events to *progress* until the ``None`` that ends them."""
    while (event := events.get()) is not None:
        progress(event)


def run_language(
    job: Job,
    progress: Callable[[Progress], None] | None = None,
    analyses: Analyses | None = None,
) -> list[FileResult]:
    """Draft, merge and write the PO files of one language whose inputs changed.

    *analyses* carries what the articles gave the languages run before in this process.

    The index in the language folder (`translate.po.cache`) says which articles a run with no
    index would write differently: the article changed, or its PO file, or a reviewed
    translation elsewhere that its merge looked up, or anything in the salt. The rest are
    neither segmented nor parsed. ``run --check`` compares every file, without the index.
    """
    config, language = job.config, job.language
    folder = config.locales_dir / language
    if job.check_only:
        on_disk = disk_memory(job, folder)
        everything = [source.load(config) for source in job.articles]
        done = _merge_language(job, folder, everything, lambda _: on_disk, None, progress, analyses)
        return [result for result, _ in done]
    salt = digest(
        code_digest(),
        library_versions(),
        # The English lexicon decides which capitalised words are hinted as unknown names.
        lexicon_identity(),
        _engine_label(job),
        config,
        job.choice,
        job.settings,
    )
    fingerprints = {source.id: source.fingerprint for source in job.articles}
    # A reviewed translation that `check` flags is not spread.
    accept = passes_check(job.glossary, language)
    with open_index(folder, salt) as index:
        touched = refresh(index, folder, config.root, accept)
        touched |= glossary_changes(index, job, accept)
        index.mark_stale(touched)
        records, files = index.articles(), index.files()
        todo = [
            s.load(config)
            for s in job.articles
            if needs_merge(records.get(s.id), s.fingerprint, files.get(f"{s.id}.po"))
        ]

        def memory(msgids: set[str]) -> Memory:
            rows = index.memory_rows(msgids)
            return choose_hits((r.origin, r.position, r.msgid, r.msgstr) for r in rows)

        first = FirstUse(job, index, {a.id for a in todo})
        done = _merge_language(job, folder, todo, memory, first, progress, analyses)
        touched = set()
        for result, catalog in done:
            if catalog is None:
                continue
            name = result.path.name
            rows = [(m, s, accept(m, s)) for m, s in memory_rows(catalog)]
            touched |= changed_msgids(index.rows(name), rows)
            index.replace_rows(name, str(result.path.relative_to(config.root)), rows)
            _record(index, result, fingerprints[result.article], catalog)
        index.mark_stale(touched)
        index.commit()
    merged = {result.article: result for result, _ in done}
    return [
        merged.get(a.id)
        or FileResult(a.id, language, folder / f"{a.id}.po", records[a.id].segments)
        for a in job.articles
    ]


def _record(index: Index, result: FileResult, fingerprint: str, catalog: polib.POFile) -> None:
    """Record what this run wrote for one article (a seam for the tests of concurrent saves).

    The state of the file, not only the text written: a translator may have saved since, and
    the next run must then merge their file.
    """
    index.record_file(result.path.name, observe(result.path, result.digest))
    msgids = [entry.msgid for entry in catalog if not entry.obsolete]
    record = ArticleRecord(fingerprint, result.digest, result.segments, stale=False)
    index.record_article(result.article, record, msgids)


def _engine_label(job: Job) -> str:
    """The engine with its version: a new Apertium pair or Argos package drafts anew."""
    if job.choice.engine is EngineName.NONE:
        return EngineName.NONE.value
    try:
        engine = create_engine(job.choice.engine, job.settings)
        return engine.info(job.config.source_language, job.language).label()
    except EngineError as failure:
        return f"{job.choice.engine.value}: {failure}"


def _merge_language(
    job: Job,
    folder: Path,
    articles: Sequence[Article],
    memory_for: Callable[[set[str]], Memory],
    first: FirstUse | None,
    progress: Callable[[Progress], None] | None = None,
    analyses: Analyses | None = None,
) -> list[tuple[FileResult, polib.POFile | None]]:
    """Merge and write the PO files of *articles*: each result, with the catalog written."""
    analyses = analyses or Analyses()
    config, language = job.config, job.language
    matcher = source_matcher(job.glossary)
    found: dict[str, list[Match]] = {}
    # Per sentence, as its first article resolves bare surnames: what the engine is sent.
    matches: dict[str, list[Match]] = {}
    first_in: dict[str, str] = {}
    # Per sentence, the names the glossary lacks, as its first article finds them.
    unknown_in: dict[str, tuple[Suggestion, ...]] = {}
    units: dict[str, list[Unit]] = {}

    def find(text: str) -> list[Match]:
        if text not in found:
            found[text] = matcher.find(text)
        return found[text]

    for article in articles:
        seen = analyses.get(article, job.glossary, config.languages)
        if seen is None:
            segments = segment_article(article)
            own = resolved(segments, job.glossary, find)
            unknown = unknown_names(segments, matcher, config.languages)
            seen = analyses.put(article, Analysis(tuple(segments), own, unknown))
        for text, its in seen.own.items():
            matches.setdefault(text, its)
            first_in.setdefault(text, article.id)
        for text, names in seen.unknown.items():
            unknown_in.setdefault(text, names)
        units[article.id] = article_units(
            article, list(seen.segments), job.glossary, language, seen.own, seen.unknown
        )

    existing, read, errors = _read_catalogs(folder, articles)
    memory = memory_for({u.msgid for a in articles if a.id not in errors for u in units[a.id]})
    wanted: dict[str, None] = {}
    for article in articles:
        if article.id in errors:
            continue
        for msgid in needs_draft(units[article.id], existing.get(article.id), memory):
            wanted.setdefault(msgid, None)
    if first is not None and job.choice.engine is not EngineName.NONE:
        for text in wanted:
            earlier = first.matches(text, first_in[text])
            if earlier is not None:
                matches[text] = earlier
    # Names the draft keeps as written (media, brands, people): stood in for like terms.
    kept: dict[str, Entry] = {}
    if job.choice.engine is not EngineName.NONE:
        for text in wanted:
            extra, entries = kept_names(text, unknown_in.get(text, ()), language, matches[text])
            if extra:
                matches[text] = [*matches[text], *extra]
                kept.update((entry.id, entry) for entry in entries)
    glossary = with_kept(job.glossary, kept)
    drafts, label = _draft(job, list(wanted), matches, glossary, progress)

    header = Header.for_language(language, config.project_id)
    done: list[tuple[FileResult, polib.POFile | None]] = []
    for article in articles:
        path = folder / f"{article.id}.po"
        if article.id in errors:
            done.append((FileResult(article.id, language, path, error=errors[article.id]), None))
            continue
        old, data = existing.get(article.id), read.get(article.id)
        merged = _Merged(job, article, units[article.id], drafts, label, memory, header)
        done.append(_write_merged(merged, path, old, data))
    return done


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
) -> tuple[FileResult, polib.POFile | None]:
    """Merge with *old* (read as *data*) and write; merge again if someone saves meanwhile.

    The result, with the catalog that is now on disk (None on an error).
    """
    article, language = merged.article.id, merged.job.language
    for _ in range(_ATTEMPTS):
        final = with_drafts(merged.units, merged.drafts, merged.label, old)
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
            result = FileResult(
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
            return result, catalog
        # Saved by someone while we merged: merge their version instead.
        try:
            data = read_bytes(path)
            old = None if data is None else decode_catalog(data, path)
        except CatalogError as error:
            return FileResult(article, language, path, error=str(error)), None
    busy = CatalogError(
        f"changed on disk {_ATTEMPTS} times while it was being merged; left as it is",
        path=path,
        hint="run again when it is no longer being saved",
    )
    return FileResult(article, language, path, error=str(busy)), None


def _draft(
    job: Job,
    wanted: list[str],
    matches: dict[str, list[Match]],
    glossary: Glossary,
    progress: Callable[[Progress], None] | None = None,
) -> tuple[dict[str, Draft], str]:
    """Drafts for *wanted* sentences, in batches of `DRAFT_BATCH`, and the engine's label;
    *glossary* has the entries of *matches* (the job's, and those of kept names)."""
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
            glossary,
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

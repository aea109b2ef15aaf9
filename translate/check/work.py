"""What one article and its PO files give the check, computed here or in worker processes.

`translate.check.scan` looks up what its cache holds and hands the rest over as `Work`: an
article to analyse (its ``source.*`` findings) and PO files to check (their ``po.*`` and
``sync.*`` findings and renderings). `compute` gives those results, as the cache stores them;
`Pool` shares them among worker processes once there are enough to be worth starting them.
Every result is a pure function of the files' bytes, the glossary and the languages, so where
it is computed changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from translate.check.rules import (
    SourceArticle,
    display,
    po_term_findings,
    renderings,
    source_name_findings,
    source_usage_findings,
    sync_finding,
)
from translate.check.terms import Terms
from translate.config import Config
from translate.errors import NewsTranslateError
from translate.findings import Finding
from translate.glossary.lexicon import prewarm
from translate.glossary.model import Glossary
from translate.glossary.pickled import dump_glossary, load_pickled_glossary
from translate.po.cache import digest
from translate.po.files import decode_catalog
from translate.text.articles import read_article
from translate.text.segments import credit_segments, segment_article

__all__ = [
    "GROUP",
    "PARALLEL_FROM",
    "Lookups",
    "PoFile",
    "Pool",
    "Results",
    "Work",
    "compute",
    "read_source",
    "sentences_digest",
    "to_json",
]


class Lookups(Protocol):
    """The glossary and its `Terms`, built when first asked for."""

    @property
    def glossary(self) -> Glossary: ...

    @property
    def terms(self) -> Terms: ...


#: The article of a PO file, read when first needed.
Reader = Callable[[], SourceArticle | None]
_TOKENS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")
_POSSESSIVE = re.compile(r"['’]s?$")


def to_json(findings: Iterable[Finding]) -> list[list[object]]:
    return [[f.path, f.line, f.rule, f.severity.value, f.message, f.term, f.found, f.expected]
            for f in findings]  # fmt: skip


@dataclass(frozen=True)
class PoFile:
    """A PO file about to be checked: where, its bytes, its cache key, its stored result."""

    path: Path
    shown: str
    key: str
    data: bytes
    cached: dict[str, Any] | None


def article_result(
    article: SourceArticle, terms: Terms, languages: Sequence[str]
) -> dict[str, Any]:
    """An article's ``source.*`` findings and its sentences' digest, as the cache holds them."""
    found = [*source_usage_findings(article, terms),
             *source_name_findings(article, terms, languages)]  # fmt: skip
    return {"findings": to_json(found), "sentences": sentences_digest(article)}


def po_result(
    config: Config, languages: Sequence[str], terms: Terms, file: PoFile, article: str,
    read: Reader,
) -> dict[str, Any]:  # fmt: skip
    """One PO file's ``po.*`` and ``sync.*`` findings and its renderings, as cached."""
    catalog = decode_catalog(file.data, file.path)
    language = file.path.parent.name
    if language not in config.languages:
        language = catalog.metadata.get("Language") or language
    if language not in languages:
        return {"language": language, "findings": None, "renderings": []}
    found = list(po_term_findings(file.shown, language, catalog, terms))
    source = read()
    sentences = None if source is None else frozenset(s.text for s in source.segments)
    sync = sync_finding(file.shown, article, sentences, catalog)
    if sync is not None:
        found.append(sync)
    rendered = [list(r) for r in renderings(language, catalog, terms)]
    return {"language": language, "findings": to_json(found), "renderings": rendered}


def read_source(path: Path, config: Config) -> SourceArticle:
    article = read_article(path, boilerplate=config.boilerplate)
    shown = display(path, config.root)
    return SourceArticle(shown, path.stem, segment_article(article), credit_segments(article))


def sentences_digest(article: SourceArticle) -> str:
    return digest(sorted({segment.text for segment in article.segments}))


def prewarm_lexicon(articles: Iterable[SourceArticle]) -> None:
    """Ask the English lexicon about every capitalised word of *articles* at once: one
    process for many articles instead of one per article (the answers are remembered).

    What is asked is a superset of what `translate.glossary.names.find_names` asks: each
    word and hyphen-free part, capitalised or not (the finder also asks about lower-case
    particles and brands: ``uulu``, ``dello``, ``eCherha``), with and without its possessive,
    its singular and its capitalised form (``USSR`` is asked as ``Ussr``), so that no article
    needs a process of its own."""
    words: set[str] = set()
    for article in articles:
        for segment in (*article.credits, *article.segments):
            for token in _TOKENS.findall(segment.text):
                for word in {token, token.split("'")[0].split("’")[0],
                             _POSSESSIVE.sub("", token)}:  # fmt: skip
                    words.update((word, word.capitalize()))
                    if word.endswith("s"):
                        words.add(word[:-1])
    if words:
        prewarm(words)


@dataclass
class Work:
    """One article of a chunk and its PO files: what the cache holds, and what is to compute."""

    stem: str
    path: Path | None  # the article's file
    article: tuple[str, str, object] | None  # displayed path, key, stored result
    segmented: SourceArticle | None  # the article, read when its result is not stored
    files: list[PoFile]

    @property
    def todo(self) -> bool:
        return self.segmented is not None or any(f.cached is None for f in self.files)


#: One article's computed results: its own (None when stored) and its PO files' (None where
#: stored), in the order of `Work.files`.
Results = tuple[dict[str, Any] | None, list[dict[str, Any] | None]]


def compute(
    config: Config, languages: Sequence[str], terms: Terms, items: Sequence[Work]
) -> dict[str, Results]:
    """The results of *items* that the cache lacks, asking the lexicon once for all of them."""
    pending = [item.segmented for item in items if item.segmented is not None]
    if pending:
        prewarm_lexicon(pending)
    out: dict[str, Results] = {}
    for item in items:
        own = None
        if item.segmented is not None:
            own = article_result(item.segmented, terms, languages)
        read = reader(config, item.path, item.segmented)
        files = [
            None if file.cached is not None
            else po_result(config, languages, terms, file, item.stem, read)
            for file in item.files
        ]  # fmt: skip
        out[item.stem] = own, files
    return out


class Pool:
    """Where a chunk's uncached results are computed: here, or in worker processes once a
    chunk has `PARALLEL_FROM` articles to compute and *jobs* allows more than one.

    The workers are started once, on the first such chunk, from a copy of the parsed glossary,
    and each computes groups of `GROUP` articles (one lexicon process per group). A group that
    fails (a broken PO file, an unreadable article) is computed again here, so that the error
    raised is the one a serial check raises, for the same file."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._executor: Any = None

    def start(
        self, config: Config, languages: tuple[str, ...], lookups: Lookups, items: list[Work]
    ) -> Callable[[], dict[str, Results]]:
        """Start computing *items*; what is returned gives the results (here, they are
        computed at once)."""
        if not items:
            return dict
        wanted = PARALLEL_FROM if self._executor is None else min(PARALLEL_FROM, 2 * GROUP)
        if self.jobs <= 1 or len(items) < wanted:
            done = compute(config, languages, lookups.terms, items)
            return lambda: done
        if self._executor is None:
            from translate.workers import worker_pool

            setup = (config, languages, dump_glossary(lookups.glossary))
            self._executor = worker_pool(self.jobs, _start_worker, setup)
        groups = [items[i : i + GROUP] for i in range(0, len(items), GROUP)]
        futures = [self._executor.submit(_worker_compute, group) for group in groups]

        def results() -> dict[str, Results]:
            out: dict[str, Results] = {}
            for group, future in zip(groups, futures, strict=True):
                done = future.result()
                if done is None:
                    done = compute(config, languages, lookups.terms, group)
                out.update(done)
            return out

        return results

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()


#: Articles to compute in one chunk before worker processes are started: below it, starting
#: them (an interpreter, the glossary and its lookups each) costs about what they save. Once
#: started, they take any chunk with two groups of work.
PARALLEL_FROM = 128
#: Articles a worker computes per task.
GROUP = 16
#: What a worker process checks with (set by `_start_worker`).
_WORKER: list[tuple[Config, tuple[str, ...], Terms]] = []


def _start_worker(config: Config, languages: tuple[str, ...], glossary: bytes) -> None:
    loaded = load_pickled_glossary(glossary)
    assert loaded is not None
    _WORKER[:] = [(config, languages, Terms(loaded))]


def _worker_compute(items: list[Work]) -> dict[str, Results] | None:
    """`_compute` in a worker; None when it fails with a domain error, which the parent then
    raises itself."""
    config, languages, terms = _WORKER[0]
    try:
        return compute(config, languages, terms, items)
    except NewsTranslateError:
        return None


def reader(config: Config, path: Path | None, segmented: SourceArticle | None) -> Reader:
    """The article of a PO file, read when first needed (a PO file not in the cache)."""
    found = [segmented]

    def read() -> SourceArticle | None:
        if found[0] is None and path is not None:
            found[0] = read_source(path, config)
        return found[0]

    return read

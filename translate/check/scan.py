"""``news-translate check`` at archive scale: one file at a time, each file's result cached.

`check_project` gives the same `CheckResult` as ``run_checks(load_input(...))`` but never holds
more than one article's PO files: each file is read, checked and dropped, and only the compact
summary that the cross-file rules need is kept (`translate.check.rules.Renderings` for
``po.inconsistent``, the set of paths present for ``sync.missing-file``). Articles are handled
in order, each with its PO files in every language, so that an article is segmented once.
`scan_project`, what the CLI uses, does not hold the findings either: they go to a
`FindingSpill` on disk, which gives them back sorted.

Each result is cached (`translate.check.store`) under a digest of what it depends on:

- the glossary's findings: the glossary files' bytes, the checked languages;
- an article's ``source.*`` findings and its sentences: the article's bytes, the languages;
- a PO file's ``po.*`` and ``sync.stale``/``sync.orphan`` findings and its renderings: the
  file's bytes, its displayed path, its article's sentences;

and all of them on the configuration, the package's code, and the versions of the libraries
and the English lexicon that shape a verdict. A re-check reads the bytes of every file to
digest them and parses none that did not change.

What the cache lacks is computed by `translate.check.work`, in worker processes when there is
enough of it (``check --jobs``); the results are added and stored in article order all the
same.

``check FILE...`` (only PO files named) reads only what those files need: their own
articles, whose ``source.*`` findings are the only ones reported; a folder (the default is
``locales/``) checks every article, as it expects a PO file for each.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from translate.check.report import Checked
from translate.check.rules import (
    CheckInput,
    CheckResult,
    Renderings,
    check_glossary,
    covered_languages,
    display,
    missing_files,
    po_files,
)
from translate.check.spill import FindingSpill
from translate.check.store import Store
from translate.check.terms import Terms
from translate.check.work import (
    PoFile,
    Pool,
    Results,
    Work,
    read_source,
    sentences_digest,
    to_json,
)
from translate.config import Config
from translate.errors import NewsTranslateError
from translate.findings import Finding, Severity
from translate.glossary.lexicon import lexicon_identity
from translate.glossary.model import Glossary
from translate.glossary.pickled import dump_glossary, load_pickled_glossary
from translate.glossary.yaml import load_glossary
from translate.po.cache import code_digest, digest, library_versions
from translate.po.files import read_bytes

__all__ = ["check_project", "scan_project"]

#: Libraries whose version can change a verdict (stems, CLDR names) beyond those that write.
VERDICT_LIBRARIES = ("snowballstemmer", "PyYAML")
#: Articles read and segmented together, so that one lexicon process answers for all of them.
CHUNK = 256


@dataclass
class _Lookups:
    """The glossary and its `Terms`, loaded only when some result is not in the cache; the
    parsed glossary is cached too, under *salt* (which covers the glossary files' bytes)."""

    config: Config
    store: Store
    salt: str
    _glossary: Glossary | None = None
    _terms: Terms | None = None

    @property
    def glossary(self) -> Glossary:
        if self._glossary is None:
            key = digest(self.salt, "parsed glossary")
            data = self.store.get_bytes("parsed-glossary:", key)
            self._glossary = None if data is None else load_pickled_glossary(data)
            if self._glossary is None:
                self._glossary = load_glossary(self.config.glossary_dir)
                self.store.put_bytes("parsed-glossary:", key, dump_glossary(self._glossary))
        return self._glossary

    @property
    def terms(self) -> Terms:
        if self._terms is None:
            self._terms = Terms(self.glossary)
        return self._terms


def _versions() -> tuple[tuple[str, str], ...]:
    from importlib import metadata

    found = []
    for name in VERDICT_LIBRARIES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, ""))
    return (*library_versions(), *found)


def _salt(config: Config, languages: Sequence[str]) -> str:
    """What every cached result depends on."""
    files = sorted(config.glossary_dir.glob("*.yaml")) if config.glossary_dir.is_dir() else []
    glossary = [(path.name, digest(path.read_bytes())) for path in files if path.is_file()]
    return digest(
        code_digest(), _versions(), lexicon_identity(), config, tuple(languages), glossary
    )


def _from_json(rows: object) -> list[Finding]:
    """Findings as `to_json` wrote them; the strings that repeat across findings (paths, rules,
    terms and forms) are shared, as findings are the one thing that grows with the archive."""
    assert isinstance(rows, list)
    i = sys.intern
    return [Finding(i(p), ln, i(r), Severity(s), m, i(t), i(fo), i(e))
            for p, ln, r, s, m, t, fo, e in rows]  # fmt: skip


@dataclass
class _Scan:
    """The state of one streaming check: what is kept across files, and nothing more."""

    config: Config
    languages: tuple[str, ...]
    store: Store
    salt: str
    lookups: _Lookups
    findings: FindingSpill
    renderings: Renderings = field(default_factory=Renderings)
    present: set[str] = field(default_factory=set)

    def glossary(self) -> tuple[str, ...]:
        """Add the glossary findings; the glossary files, for the JUnit report."""
        key = digest(self.salt, "glossary")
        cached = self.store.get("glossary:", key)
        if isinstance(cached, dict):
            self.findings += _from_json(cached["findings"])
            return tuple(cached["files"])
        glossary = self.lookups.glossary
        root = self.config.root
        data = CheckInput(glossary, self.languages, (), (), root=root)
        found = list(check_glossary(data, self.lookups.terms))
        files = sorted({display(Path(entry.path), root) for entry in glossary})
        self.store.put("glossary:", key, {"findings": to_json(found), "files": files})
        self.findings += found
        return tuple(files)

    def article_key(self, path: Path) -> tuple[str, str, object]:
        """The article's displayed path, its cache key and what the cache holds for it."""
        shown = display(path, self.config.root)
        try:
            data = path.read_bytes()
        except OSError:
            read_source(path, self.config)  # raises the domain error that says what is wrong
            raise
        key = digest(self.salt, shown, digest(data))
        return shown, key, self.store.get(f"article:{shown}", key)

    def article(self, source: bool, shown: str, key: str, result: dict[str, Any],
                new: bool) -> None:  # fmt: skip
        """Add the article's ``source.*`` findings if *source*; store *result* if *new*."""
        if new:
            self.store.put(f"article:{shown}", key, result)
        if source:
            self.findings += _from_json(result["findings"])

    def po_key(self, path: Path, sentences: str | None) -> PoFile | None:
        """What checking the PO file at *path* needs: its bytes, key and stored result (None
        when it is not there, or when the stored result was made for another language set)."""
        data = read_bytes(path)
        if data is None:
            return None
        shown = display(path, self.config.root)
        key = digest(self.salt, shown, sentences, digest(data))
        cached: Any = self.store.get(f"po:{shown}", key)
        if not isinstance(cached, dict) or (
            cached["language"] in self.languages and cached["findings"] is None
        ):
            cached = None
        return PoFile(path, shown, key, data, cached)

    def po_file(self, file: PoFile, result: dict[str, Any]) -> None:
        """Add one PO file's own findings, and its renderings to the cross-file summary;
        store *result* when it was just computed."""
        if file.cached is None:
            self.store.put(f"po:{file.shown}", file.key, result)
        language = str(result["language"])
        if language not in self.languages:
            return
        self.present.add(file.shown)
        self.findings += _from_json(result["findings"])
        rows = result["renderings"]
        self.renderings.add(language, file.shown, ((e, n, f, ln) for e, n, f, ln in rows))


def check_project(
    config: Config, paths: Sequence[Path], languages: Sequence[str], jobs: int = 1
) -> CheckResult:
    """Check the project's glossary, articles and the PO files under *paths*; every finding
    in memory, sorted (the CLI streams them with `scan_project` instead)."""
    with FindingSpill() as findings:
        checked = scan_project(config, paths, languages, findings, jobs)
        return CheckResult(tuple(findings), checked)


def scan_project(
    config: Config,
    paths: Sequence[Path],
    languages: Sequence[str],
    findings: FindingSpill,
    jobs: int = 1,
) -> Checked:
    """Check the project's glossary, articles and the PO files under *paths*, streaming: the
    findings go to *findings*; what each rule group looked at is returned. Up to *jobs*
    processes compute what the cache lacks; the result is the same for any *jobs*."""
    languages = tuple(languages)
    files = po_files(paths)
    covered = covered_languages(config, paths, languages)
    articles = {path.stem: path for path in config.article_files()}
    only_files = not any(path.is_dir() for path in paths)
    in_scope = (
        [stem for stem in articles if any(file.stem == stem for file in files)]
        if only_files
        else list(articles)
    )
    by_article: dict[str, list[Path]] = {}
    for file in files:
        by_article.setdefault(file.stem, []).append(file)
    folder = config.locales_dir if config.locales_dir.is_dir() else None
    with Store(folder) as store, closing(Pool(jobs)) as pool:
        salt = _salt(config, languages)
        lookups = _Lookups(config, store, salt)
        scan = _Scan(config, languages, store, salt, lookups, findings)
        glossary_files = scan.glossary()
        order = sorted(set(in_scope) | set(by_article))
        scope = set(in_scope)
        # While the workers compute one chunk, this process reads the next.
        previous: tuple[list[Work], Callable[[], dict[str, Results]]] | None = None
        for start in range(0, len(order), CHUNK):
            try:
                work = _plan(scan, order[start : start + CHUNK], articles, by_article)
            except NewsTranslateError:
                if previous is not None:
                    _finish(scan, *previous, scope)  # its error, if any, comes first
                raise
            todo = [item for item in work if item.todo]
            computing = pool.start(scan.config, scan.languages, scan.lookups, todo)
            if previous is not None:
                _finish(scan, *previous, scope)
            previous = work, computing
        if previous is not None:
            _finish(scan, *previous, scope)
        scan.findings += scan.renderings.findings()
        expected = list(
            dict.fromkeys([
                *(display(config.locales_dir / language / f"{stem}.po", config.root)
                  for stem in articles for language in covered),
                # a PO file named for its article (`check ARTICLE`) that does not exist
                *(display(file, config.root) for file in files if not file.exists()),
            ])
        )  # fmt: skip
        scan.findings += missing_files(expected, scan.present)
    present = tuple(sorted(scan.present))
    return (
        ("glossary", glossary_files),
        ("source", tuple(display(articles[stem], config.root) for stem in in_scope)),
        ("po", present),
        ("sync", tuple(sorted({*present, *expected}))),
    )


def _plan(
    scan: _Scan, stems: list[str], articles: dict[str, Path], by_article: dict[str, list[Path]]
) -> list[Work]:
    """The articles *stems* and their PO files, with what the cache holds for each; the
    articles whose result it lacks are read."""
    looked = {stem: scan.article_key(articles[stem]) for stem in stems if stem in articles}
    work: list[Work] = []
    for stem in stems:
        segmented, sentences = None, None
        if stem in looked:
            cached = looked[stem][2]
            if isinstance(cached, dict):
                sentences = str(cached["sentences"])
            else:
                segmented = read_source(articles[stem], scan.config)
                sentences = sentences_digest(segmented)
        files = [scan.po_key(file, sentences) for file in by_article.get(stem, ())]
        found = [file for file in files if file is not None]
        work.append(Work(stem, articles.get(stem), looked.get(stem), segmented, found))
    return work


def _finish(
    scan: _Scan,
    work: list[Work],
    computing: Callable[[], dict[str, Results]],
    in_scope: set[str],
) -> None:
    """Add every result of *work*, stored or just computed, in order, so that the findings
    and the cache do not depend on where the work was done."""
    results = computing()
    for item in work:
        computed = results.get(item.stem)
        if item.article is not None:
            shown, key, cached = item.article
            new = item.segmented is not None
            result = computed[0] if new and computed else cached
            assert isinstance(result, dict)
            scan.article(item.stem in in_scope, shown, key, result, new)
        for i, file in enumerate(item.files):
            stored = file.cached if file.cached is not None else computed and computed[1][i]
            assert stored is not None
            scan.po_file(file, stored)

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

``check FILE...`` (only PO files named) reads only what those files need: their own
articles, whose ``source.*`` findings are the only ones reported; a folder (the default is
``locales/``) checks every article, as it expects a PO file for each.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polib

from translate.check.report import Checked
from translate.check.rules import (
    CheckInput,
    CheckResult,
    Renderings,
    SourceArticle,
    check_glossary,
    covered_languages,
    display,
    missing_files,
    po_files,
    po_term_findings,
    renderings,
    source_name_findings,
    source_usage_findings,
    sync_finding,
)
from translate.check.spill import FindingSpill
from translate.check.store import Store
from translate.check.terms import Terms
from translate.config import Config
from translate.findings import Finding, Severity
from translate.glossary.lexicon import lexicon_identity, prewarm
from translate.glossary.model import Glossary
from translate.glossary.pickled import dump_glossary, load_pickled_glossary
from translate.glossary.yaml import load_glossary
from translate.po.cache import code_digest, digest, library_versions
from translate.po.files import decode_catalog, read_bytes
from translate.text.articles import read_article
from translate.text.segments import credit_segments, segment_article

__all__ = ["check_project", "scan_project"]

#: Libraries whose version can change a verdict (stems, CLDR names) beyond those that write.
VERDICT_LIBRARIES = ("snowballstemmer", "PyYAML")
#: Articles read and segmented together, so that one lexicon process answers for all of them.
CHUNK = 256
#: The article of a PO file, read when first needed.
_Reader = Callable[[], SourceArticle | None]
_TOKENS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")
_POSSESSIVE = re.compile(r"['’]s?$")


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


def _to_json(findings: Iterable[Finding]) -> list[list[object]]:
    return [[f.path, f.line, f.rule, f.severity.value, f.message, f.term, f.found, f.expected]
            for f in findings]  # fmt: skip


def _from_json(rows: object) -> list[Finding]:
    """Findings as `_to_json` wrote them; the strings that repeat across findings (paths, rules,
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
        self.store.put("glossary:", key, {"findings": _to_json(found), "files": files})
        self.findings += found
        return tuple(files)

    def article_key(self, path: Path) -> tuple[str, str, object]:
        """The article's displayed path, its cache key and what the cache holds for it."""
        shown = display(path, self.config.root)
        try:
            data = path.read_bytes()
        except OSError:
            _read(path, self.config)  # raises the domain error that says what is wrong
            raise
        key = digest(self.salt, shown, digest(data))
        return shown, key, self.store.get(f"article:{shown}", key)

    def article(self, source: bool, shown: str, key: str, cached: object,
                segmented: SourceArticle | None) -> str:  # fmt: skip
        """Add the article's ``source.*`` findings if *source*; the digest of its sentences.

        *segmented* is the article, read, when *cached* is no result."""
        if isinstance(cached, dict):
            if source:
                self.findings += _from_json(cached["findings"])
            return str(cached["sentences"])
        assert segmented is not None
        terms = self.lookups.terms
        found = [*source_usage_findings(segmented, terms),
                 *source_name_findings(segmented, terms, self.languages)]  # fmt: skip
        sentences = _sentences_digest(segmented)
        self.store.put(f"article:{shown}", key, {"findings": _to_json(found),
                                                 "sentences": sentences})  # fmt: skip
        if source:
            self.findings += found
        return sentences

    def po_file(self, path: Path, article: str, sentences: str | None, read: _Reader) -> None:
        """Add one PO file's own findings, and its renderings to the cross-file summary."""
        data = read_bytes(path)
        if data is None:
            return
        shown = display(path, self.config.root)
        key = digest(self.salt, shown, sentences, digest(data))
        cached: Any = self.store.get(f"po:{shown}", key)
        if not isinstance(cached, dict) or (
            cached["language"] in self.languages and cached["findings"] is None
        ):
            catalog = decode_catalog(data, path)
            cached = self._po_result(path, shown, article, catalog, read)
            self.store.put(f"po:{shown}", key, cached)
        language = str(cached["language"])
        if language not in self.languages:
            return
        self.present.add(shown)
        self.findings += _from_json(cached["findings"])
        rows = cached["renderings"]
        self.renderings.add(language, shown, ((e, n, f, ln) for e, n, f, ln in rows))

    def _po_result(
        self, path: Path, shown: str, article: str, catalog: polib.POFile, read: _Reader
    ) -> dict[str, object]:
        language = path.parent.name
        if language not in self.config.languages:
            language = catalog.metadata.get("Language") or language
        if language not in self.languages:
            return {"language": language, "findings": None, "renderings": []}
        terms = self.lookups.terms
        found = list(po_term_findings(shown, language, catalog, terms))
        source = read()
        sentences = None if source is None else frozenset(s.text for s in source.segments)
        sync = sync_finding(shown, article, sentences, catalog)
        if sync is not None:
            found.append(sync)
        rendered = [list(r) for r in renderings(language, catalog, terms)]
        return {"language": language, "findings": _to_json(found), "renderings": rendered}


def _read(path: Path, config: Config) -> SourceArticle:
    article = read_article(path, boilerplate=config.boilerplate)
    shown = display(path, config.root)
    return SourceArticle(shown, path.stem, segment_article(article), credit_segments(article))


def _sentences_digest(article: SourceArticle) -> str:
    return digest(sorted({segment.text for segment in article.segments}))


def _prewarm_lexicon(articles: Iterable[SourceArticle]) -> None:
    """Ask the English lexicon about every capitalised word of *articles* at once: one
    process for many articles instead of one per article (the answers are remembered).

    What is asked is a superset of what `translate.glossary.names.find_names` asks: each
    word and hyphen-free part, with and without its possessive, its singular and its
    capitalised form (``USSR`` is asked as ``Ussr``), so that no article needs a process of
    its own."""
    words: set[str] = set()
    for article in articles:
        for segment in (*article.credits, *article.segments):
            for token in _TOKENS.findall(segment.text):
                for word in {token, token.split("'")[0].split("’")[0],
                             _POSSESSIVE.sub("", token)}:  # fmt: skip
                    if word[:1].isupper():
                        words.update((word, word.capitalize()))
                        if word.endswith("s"):
                            words.add(word[:-1])
    if words:
        prewarm(words)


def check_project(config: Config, paths: Sequence[Path], languages: Sequence[str]) -> CheckResult:
    """Check the project's glossary, articles and the PO files under *paths*; every finding
    in memory, sorted (the CLI streams them with `scan_project` instead)."""
    with FindingSpill() as findings:
        checked = scan_project(config, paths, languages, findings)
        return CheckResult(tuple(findings), checked)


def scan_project(
    config: Config, paths: Sequence[Path], languages: Sequence[str], findings: FindingSpill
) -> Checked:
    """Check the project's glossary, articles and the PO files under *paths*, streaming: the
    findings go to *findings*; what each rule group looked at is returned."""
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
    with Store(folder) as store:
        salt = _salt(config, languages)
        lookups = _Lookups(config, store, salt)
        scan = _Scan(config, languages, store, salt, lookups, findings)
        glossary_files = scan.glossary()
        order = sorted(set(in_scope) | set(by_article))
        for start in range(0, len(order), CHUNK):
            _chunk(scan, order[start : start + CHUNK], articles, set(in_scope), by_article)
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


def _chunk(
    scan: _Scan,
    stems: list[str],
    articles: dict[str, Path],
    in_scope: set[str],
    by_article: dict[str, list[Path]],
) -> None:
    """Check the articles *stems* and their PO files; the articles not in the cache are read
    first, so that one lexicon process serves them all."""
    looked = {stem: scan.article_key(articles[stem]) for stem in stems if stem in articles}
    pending = {
        stem: _read(articles[stem], scan.config)
        for stem, (_, _, cached) in looked.items()
        if not isinstance(cached, dict)
    }
    if pending:
        _prewarm_lexicon(pending.values())
    for stem in stems:
        sentences: str | None = None
        if stem in looked:
            shown, key, cached = looked[stem]
            sentences = scan.article(stem in in_scope, shown, key, cached, pending.get(stem))
        read = _reader(scan.config, articles.get(stem), pending.get(stem))
        for file in by_article.get(stem, ()):
            scan.po_file(file, stem, sentences, read)


def _reader(config: Config, path: Path | None, segmented: SourceArticle | None) -> _Reader:
    """The article of a PO file, read when first needed (a PO file not in the cache)."""
    found = [segmented]

    def read() -> SourceArticle | None:
        if found[0] is None and path is not None:
            found[0] = _read(path, config)
        return found[0]

    return read

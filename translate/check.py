"""``news-translate check``: glossary, source, PO and sync checks over a whole project.

Every check is a small named function in `CHECKS`, taking the loaded `CheckInput` and the
shared `Terms` lookups and yielding `Finding`s. Rule groups:

- ``glossary.*``: `validate_glossary`, unchanged;
- ``source.*``: deprecated (warning), admitted (info) and alternative (info) English names in
  the corpus, at the source line of the sentence;
- ``po.*``: in translated entries, each glossary name of the msgid must be in the msgstr in an
  accepted form (``po.missing-term``, or ``po.wrong-name`` when another entry's name stands in
  its place); deprecated target forms (``po.deprecated-form``); one name rendered two ways in
  one language (``po.inconsistent``, warning). Fuzzy entries give warnings only. In ru, tr and
  az a name may be inflected: its words match when their Snowball stems do;
- ``sync.*``: a missing PO file, a stale one (msgids differ from the article's sentences), an
  orphan (no article).

Speed: each PO file is parsed once, matchers are built once, and the verdict on a
(language, msgid, msgstr) triple is cached, as sentences repeat across files and languages.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polib
import snowballstemmer

from translate.articles import read_article
from translate.catalogs import read_catalog
from translate.config import Config
from translate.findings import Finding, Severity
from translate.glossary import Glossary, Status, Target, load_glossary
from translate.matcher import Match, Matcher, fold, phrase_key, source_matcher, target_matcher
from translate.segments import Segment, segment_article
from translate.validate import validate_glossary

__all__ = [
    "CHECKS",
    "GROUPS",
    "CatalogFile",
    "CheckInput",
    "CheckResult",
    "SourceArticle",
    "Terms",
    "load_input",
    "run_checks",
]

#: Languages whose names inflect, and the Snowball stemmer for each (Turkish serves for az).
STEMMERS: dict[str, str] = {"ru": "russian", "tr": "turkish", "az": "turkish"}
GROUPS = ("glossary", "source", "po", "sync")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SourceArticle:
    """A corpus article and its sentences; `path` as displayed (``corpus/<file>``)."""

    path: str
    id: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class CatalogFile:
    """One parsed PO file, with the language and article it belongs to."""

    path: str
    language: str
    article: str
    catalog: polib.POFile


@dataclass(frozen=True)
class CheckInput:
    """Everything the checks look at, read once up front."""

    glossary: Glossary
    languages: tuple[str, ...]
    articles: tuple[SourceArticle, ...]
    catalogs: tuple[CatalogFile, ...]
    #: Displayed paths of the PO files that should exist within the checked folders.
    expected: tuple[str, ...] = ()
    glossary_files: tuple[str, ...] = ()
    #: Project root: glossary findings are shown relative to it.
    root: Path | None = None


@dataclass(frozen=True)
class CheckResult:
    """Sorted findings, and the files each rule group looked at (for JUnit test cases)."""

    findings: tuple[Finding, ...]
    checked: tuple[tuple[str, tuple[str, ...]], ...]


def display(path: Path, root: Path) -> str:
    """*path* relative to the project root where it is inside it, POSIX-style."""
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)


def load_input(config: Config, paths: Sequence[Path], languages: Sequence[str]) -> CheckInput:
    """Read the glossary, the corpus and the PO files under *paths*; domain errors on bad input."""
    glossary = load_glossary(config.glossary_dir)
    articles = []
    for path in sorted(config.corpus_dir.glob("*.txt")):
        article = read_article(path, boilerplate=config.boilerplate)
        articles.append(SourceArticle(display(path, config.root), path.stem,
                                      segment_article(article)))  # fmt: skip
    files: dict[Path, None] = {}
    for path in paths:
        found = sorted(path.rglob("*.po")) if path.is_dir() else [path]
        files.update(dict.fromkeys(found))
    catalogs = []
    for path in files:
        catalog = read_catalog(path)
        if catalog is None:
            continue
        language = path.parent.name
        if language not in config.languages:
            language = catalog.metadata.get("Language", "") or language
        if language in languages:
            catalogs.append(CatalogFile(display(path, config.root), language, path.stem, catalog))
    folders = [path.resolve() for path in paths if path.is_dir()]
    covered = [
        language
        for language in languages
        if any(folder == parent or folder in parent.parents for folder in folders
               for parent in [(config.locales_dir / language).resolve()])
    ]  # fmt: skip
    in_scope = [
        display(config.locales_dir / language / f"{article.id}.po", config.root)
        for article in articles
        for language in covered
    ]
    glossary_files = sorted({display(Path(entry.path), config.root) for entry in glossary})
    return CheckInput(glossary, tuple(languages), tuple(articles), tuple(catalogs),
                      tuple(in_scope), tuple(glossary_files), config.root)  # fmt: skip


# --- term lookups shared by the checks ---------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """A PO problem before it has a place: the verdict cached per (language, msgid, msgstr)."""

    rule: str
    term: str
    found: str
    expected: str
    message: str


@dataclass(frozen=True)
class Analysis:
    """What one translated entry gives: problems, and how each name was rendered."""

    problems: tuple[Problem, ...]
    #: (entry id, English name, rendering): the accepted form used, inflections folded away.
    renderings: tuple[tuple[str, str, str], ...]


class Terms:
    """Matchers, stemmers and caches for one run; built once, so that checks stay cheap.

    The caches are memo tables of pure functions of their keys, so keeping them on the object
    changes no result, only the time it takes.
    """

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.source = source_matcher(glossary)
        self._targets: dict[str, Matcher] = {}
        self._source_cache: dict[str, list[Match]] = {}
        self._analysis: dict[tuple[str, str, str], Analysis] = {}
        self._stems: dict[tuple[str, str], str] = {}
        self._stemmers = {code: snowballstemmer.stemmer(name) for code, name in STEMMERS.items()}

    def source_matches(self, text: str) -> list[Match]:
        found = self._source_cache.get(text)
        if found is None:
            found = self._source_cache[text] = self.source.find(text)
        return found

    def target(self, language: str) -> Matcher:
        if language not in self._targets:
            self._targets[language] = target_matcher(self.glossary, language)
        return self._targets[language]

    def stems(self, language: str, text: str) -> tuple[str, ...]:
        """The folded Snowball stem of every word of *text*."""
        stemmer = self._stemmers[language]
        out = []
        for word in _WORD.findall(text):
            key = (language, word)
            stem = self._stems.get(key)
            if stem is None:
                stem = self._stems[key] = fold(stemmer.stemWord(word.lower()))
            out.append(stem)
        return tuple(out)

    def analyse(self, language: str, msgid: str, msgstr: str) -> Analysis:
        key = (language, msgid, msgstr)
        found = self._analysis.get(key)
        if found is None:
            found = self._analysis[key] = _analyse(self, language, msgid, msgstr)
        return found


def _target_of(terms: Terms, match: Match, language: str) -> Target | None:
    entry = terms.glossary.get(match.entry)
    if not match.alternative:
        return entry.target(language)
    alternative = next((a for a in entry.alternatives if a.en == match.name), None)
    return alternative.target(language) if alternative else None


def _rendering(target: Target, surface: str) -> str:
    """The accepted form *surface* is: an inflected form counts as the approved one."""
    key = phrase_key(surface)
    for admitted in target.admitted:
        if phrase_key(admitted) == key:
            return admitted
    return target.approved


def _form_hit(target: Target, msgstr: str) -> str | None:
    """An accepted form written out in *msgstr*, even where another entry claims the same word
    (Spanish ``armenia`` is the country and the feminine of ``armenio``).
    """
    words = phrase_key(msgstr)
    for form in target.accepted():
        wanted = phrase_key(form)
        size = len(wanted)
        if size and any(words[i : i + size] == wanted for i in range(len(words) - size + 1)):
            return _rendering(target, form)
    return None


def _stem_hit(terms: Terms, language: str, target: Target, msgstr: str) -> str | None:
    """The accepted form whose word stems occur, consecutive, in *msgstr*."""
    if language not in STEMMERS:
        return None
    words = terms.stems(language, msgstr)
    for form in target.accepted():
        wanted = terms.stems(language, form)
        size = len(wanted)
        if size and any(words[i : i + size] == wanted for i in range(len(words) - size + 1)):
            return _rendering(target, form)
    return None


def _deprecated_keys(terms: Terms, entry_id: str, language: str) -> set[tuple[str, ...]]:
    entry = terms.glossary.get(entry_id)
    targets = [entry.target(language), *(a.target(language) for a in entry.alternatives)]
    return {phrase_key(form) for t in targets if t for form in t.deprecated}


def _analyse(terms: Terms, language: str, msgid: str, msgstr: str) -> Analysis:
    sources = terms.source_matches(msgid)
    found = terms.target(language).find(msgstr)
    problems: list[Problem] = []
    renderings: list[tuple[str, str, str]] = []
    source_names = {(m.entry, m.name) for m in sources}
    deprecated: list[Match] = []
    for match in found:
        key = phrase_key(match.surface)
        if match.status is not Status.DEPRECATED and key not in _deprecated_keys(
            terms, match.entry, language
        ):
            continue
        if match.alternative and (match.entry, match.name) in source_names:
            continue  # the source says Stepanakert: Степанакерт is its name
        deprecated.append(match)
        approved = terms.glossary.get(match.entry).target(language)
        expected = approved.approved if approved else ""
        message = f"{match.surface!r} is deprecated for {match.entry!r}; write {expected!r}"
        problems.append(Problem("po.deprecated-form", match.entry, match.surface, expected,
                                message))  # fmt: skip
    claimed = {m.entry for m in sources}
    for entry_id, name in dict.fromkeys((m.entry, m.name) for m in sources):
        source = next(m for m in sources if (m.entry, m.name) == (entry_id, name))
        target = _target_of(terms, source, language)
        if target is None:
            continue  # glossary.missing-language reports it
        hit = next(
            (_rendering(target, m.surface) for m in found
             if (m.entry, m.name) == (entry_id, name) and m not in deprecated),
            None,
        ) or _form_hit(target, msgstr) or _stem_hit(terms, language, target, msgstr)  # fmt: skip
        if hit is not None:
            renderings.append((entry_id, name, hit))
            continue
        if any(m.entry == entry_id for m in deprecated):
            continue  # po.deprecated-form says it already
        other = next((m for m in found if m.entry not in claimed and m not in deprecated), None)
        if other is not None:
            message = (f"{other.surface!r} names {other.entry!r} where the source has "
                       f"{name!r}; write {target.approved!r}")  # fmt: skip
            problems.append(Problem("po.wrong-name", entry_id, other.surface, target.approved,
                                    message))  # fmt: skip
        else:
            message = f"{name!r} is not rendered as {target.approved!r} or an accepted form"
            problems.append(Problem("po.missing-term", entry_id, "", target.approved, message))
    return Analysis(tuple(problems), tuple(renderings))


# --- the checks --------------------------------------------------------------------------------

Check = Callable[[CheckInput, Terms], Iterable[Finding]]


def check_glossary(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for finding in validate_glossary(data.glossary, data.languages):
        if data.root is not None and finding.path.startswith("/"):
            finding = replace(finding, path=display(Path(finding.path), data.root))
        yield finding


def check_source_usage(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for article in data.articles:
        for segment in article.segments:
            for match in terms.source_matches(segment.text):
                if match.status is Status.APPROVED and not match.alternative:
                    continue
                where, expected = (article.path, segment.line), match.name
                if match.status is Status.DEPRECATED:
                    message = f"{match.surface!r} is a deprecated spelling; write {match.name!r}"
                    rule, severity = "source.deprecated-spelling", Severity.WARNING
                elif match.status is Status.ADMITTED:
                    message = f"{match.surface!r} is admitted; the canonical spelling is " \
                              f"{match.name!r}"  # fmt: skip
                    rule, severity = "source.variant-spelling", Severity.INFO
                else:
                    canonical = terms.glossary.get(match.entry).en
                    message = f"{match.surface!r} is an alternative name of {canonical!r}; " \
                              "keep it only where the source needs it"  # fmt: skip
                    rule, severity, expected = "source.alternative-name", Severity.INFO, canonical
                yield Finding(*where, rule, severity, message, match.entry, match.surface,
                              expected)  # fmt: skip


def _translated(data: CheckInput) -> Iterator[tuple[CatalogFile, polib.POEntry]]:
    for file in data.catalogs:
        for entry in file.catalog:
            if entry.msgstr and not entry.obsolete:
                yield file, entry


def check_po_terms(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for file, entry in _translated(data):
        analysis = terms.analyse(file.language, entry.msgid, entry.msgstr)
        severity = Severity.WARNING if entry.fuzzy else Severity.ERROR
        for p in analysis.problems:
            yield Finding(file.path, entry.linenum, p.rule, severity, p.message, p.term,
                          p.found, p.expected)  # fmt: skip


def check_po_consistency(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    """Where a name is rendered two ways in one language, flag the less common rendering."""
    seen: dict[tuple[str, str, str], dict[str, list[tuple[str, int]]]] = defaultdict(dict)
    for file, entry in _translated(data):
        if entry.fuzzy:
            continue
        analysis = terms.analyse(file.language, entry.msgid, entry.msgstr)
        for entry_id, name, rendering in analysis.renderings:
            places = seen[(file.language, entry_id, name)].setdefault(rendering, [])
            places.append((file.path, entry.linenum))
    for (language, entry_id, _name), by_form in sorted(seen.items()):
        if len(by_form) < 2:
            continue
        counts = Counter({form: len(places) for form, places in by_form.items()})
        main = max(sorted(counts), key=lambda form: counts[form])
        for form, places in sorted(by_form.items()):
            if form == main:
                continue
            message = (f"{entry_id!r} is rendered {form!r} here but {main!r} in "
                       f"{counts[main]} other place(s) in {language!r}; use one")  # fmt: skip
            for path, line in places:
                yield Finding(path, line, "po.inconsistent", Severity.WARNING, message,
                              entry_id, form, main)  # fmt: skip


def check_sync(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    present = {file.path for file in data.catalogs}
    for path in data.expected:
        if path not in present:
            message = "missing: run `news-translate run` to create it"
            yield Finding(path, 0, "sync.missing-file", Severity.ERROR, message)
    articles = {article.id: article for article in data.articles}
    for file in data.catalogs:
        article = articles.get(file.article)
        if article is None:
            message = f"no corpus article {file.article!r}: delete the file or restore it"
            yield Finding(file.path, 0, "sync.orphan", Severity.WARNING, message)
            continue
        msgids = {entry.msgid for entry in file.catalog if not entry.obsolete}
        if msgids != {segment.text for segment in article.segments}:
            message = "stale: run `news-translate run`"
            yield Finding(file.path, 0, "sync.stale", Severity.ERROR, message)


CHECKS: tuple[Check, ...] = (
    check_glossary,
    check_source_usage,
    check_po_terms,
    check_po_consistency,
    check_sync,
)


def run_checks(data: CheckInput, checks: Sequence[Check] = CHECKS) -> CheckResult:
    """Run *checks* over *data*; findings sorted, with the files each group looked at."""
    terms = Terms(data.glossary)
    findings = sorted(finding for check in checks for finding in check(data, terms))
    po_files = tuple(sorted(file.path for file in data.catalogs))
    checked = (
        ("glossary", data.glossary_files),
        ("source", tuple(article.path for article in data.articles)),
        ("po", po_files),
        ("sync", tuple(sorted({*po_files, *data.expected}))),
    )
    return CheckResult(tuple(findings), checked)

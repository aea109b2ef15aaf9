"""``news-translate check``: glossary, source, PO and sync checks over a whole project.

Every check is a small named function in `CHECKS`, taking the loaded `CheckInput` and the
shared `Terms` lookups (`translate.check.terms`) and yielding `Finding`s. Rule groups:

- ``glossary.*``: `validate_glossary`, unchanged;
- ``source.*``: deprecated (warning), admitted (info) and alternative (info) English names in
  the corpus, at the source line of the sentence, and a name written with look-alike letters
  of another script (``source.near-miss``, warning); names no glossary entry claims
  (``source.unknown-name``, info, at their first use in each article; `STRICT_RULES` lists
  the infos that ``--strict`` counts);
- ``po.*``: in translated entries, each glossary name of the msgid must be in the msgstr in an
  accepted form (``po.missing-term``, or ``po.wrong-name`` when another entry's name stands in
  its place); deprecated target forms (``po.deprecated-form``); one name rendered two ways in
  one language (``po.inconsistent``, warning). Fuzzy entries give warnings only. In ru, tr and
  az a name may be inflected: its words match when their Snowball stems do (the term analysis
  is `translate.check.terms`'s);
- ``sync.*``: a missing PO file, a stale one (msgids differ from the article's sentences), an
  orphan (no article).

Speed: each PO file is parsed once, and one `Terms` serves the whole run, so that matchers
are built once and the verdict on a (language, msgid, msgstr) triple is cached, as sentences
repeat across files and languages.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass, replace
from pathlib import Path

import polib

from translate.check.terms import Terms
from translate.config import Config
from translate.findings import Finding, Severity
from translate.glossary.lookalikes import hidden_characters, mixed_script_word, one_script
from translate.glossary.model import Glossary, Status
from translate.glossary.suggest import Source, suggest
from translate.glossary.validate import validate_glossary
from translate.glossary.yaml import load_glossary
from translate.po.entries import State, state
from translate.po.files import read_catalog
from translate.text.articles import read_article
from translate.text.segments import Segment, credit_segments, segment_article

__all__ = [
    "CHECKS",
    "GROUPS",
    "STRICT_RULES",
    "CatalogFile",
    "CheckInput",
    "CheckResult",
    "SourceArticle",
    "covered_languages",
    "load_input",
    "po_files",
    "run_checks",
]

GROUPS = ("glossary", "source", "po", "sync")
#: Info rules that ``check --strict`` makes count, as it does warnings.
STRICT_RULES = frozenset({"source.unknown-name"})


@dataclass(frozen=True)
class SourceArticle:
    """A corpus article and its sentences; `path` as displayed (``corpus/<file>``)."""

    path: str
    id: str
    segments: tuple[Segment, ...]
    #: Its credits and bylines (`credit_segments`): not translated, but they name people.
    credits: tuple[Segment, ...] = ()


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
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        pass
    # Resolving asks the file system: only when the plain paths do not tell.
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def po_files(paths: Sequence[Path]) -> list[Path]:
    """The PO files *paths* name: files as given, folders searched; each once, in order."""
    files: dict[Path, None] = {}
    for path in paths:
        found = sorted(path.rglob("*.po")) if path.is_dir() else [path]
        files.update(dict.fromkeys(found))
    return list(files)


def covered_languages(config: Config, paths: Sequence[Path], languages: Sequence[str]) -> list[str]:
    """The *languages* whose whole locales folder lies under a folder of *paths*: every
    article must have its PO file there (``sync.missing-file``)."""
    folders = [path.resolve() for path in paths if path.is_dir()]
    return [
        language
        for language in languages
        if any(folder == parent or folder in parent.parents for folder in folders
               for parent in [(config.locales_dir / language).resolve()])
    ]  # fmt: skip


def load_input(config: Config, paths: Sequence[Path], languages: Sequence[str]) -> CheckInput:
    """Read the glossary, the corpus and the PO files under *paths*; domain errors on bad input."""
    glossary = load_glossary(config.glossary_dir)
    articles = []
    for path in config.article_files():
        article = read_article(path, boilerplate=config.boilerplate)
        shown = display(path, config.root)
        articles.append(
            SourceArticle(shown, path.stem, segment_article(article), credit_segments(article))
        )
    catalogs = []
    for path in po_files(paths):
        catalog = read_catalog(path)
        if catalog is None:
            continue
        language = path.parent.name
        if language not in config.languages:
            language = catalog.metadata.get("Language") or language
        if language in languages:
            catalogs.append(CatalogFile(display(path, config.root), language, path.stem, catalog))
    in_scope = [
        display(config.locales_dir / language / f"{article.id}.po", config.root)
        for article in articles
        for language in covered_languages(config, paths, languages)
    ]
    glossary_files = sorted({display(Path(entry.path), config.root) for entry in glossary})
    return CheckInput(glossary, tuple(languages), tuple(articles), tuple(catalogs),
                      tuple(in_scope), tuple(glossary_files), config.root)  # fmt: skip


# --- the checks --------------------------------------------------------------------------------

Check = Callable[[CheckInput, Terms], Iterable[Finding]]


def check_glossary(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for finding in validate_glossary(data.glossary, data.languages):
        if data.root is not None and finding.path.startswith("/"):
            finding = replace(finding, path=display(Path(finding.path), data.root))
        yield finding


def source_usage_findings(article: SourceArticle, terms: Terms) -> Iterator[Finding]:
    """Deprecated, admitted and alternative English names in one article."""
    for segment in article.segments:
        for match in terms.source_matches(segment.text):
            where, expected = (article.path, segment.line), match.name
            if (near := _near_miss(match.surface)) is not None:
                written, message = near
                yield Finding(*where, "source.near-miss", Severity.WARNING, message,
                              match.entry, match.surface, written)  # fmt: skip
            if match.status is Status.APPROVED and not match.alternative:
                continue
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


def _near_miss(surface: str) -> tuple[str, str] | None:
    """How a name found in the source should be written, and why, when it holds a hidden
    character or a look-alike letter of another script (the matcher sees through both)."""
    # Format characters only: a no-break space inside a name is good typography.
    hidden = tuple(c for c in hidden_characters(surface) if unicodedata.category(c) == "Cf")
    written = one_script("".join(char for char in surface if char not in hidden))
    if hidden:
        codes = ", ".join(f"U+{ord(char):04X}" for char in hidden)
        return written, f"{surface!r} holds a character a reader cannot see ({codes}); " \
                        f"write {written!r}"  # fmt: skip
    if (mixed := mixed_script_word(surface)) is not None:
        scripts = " and ".join(script.title() for script in mixed[1])
        return written, f"{surface!r} mixes {scripts} letters that look alike; write {written!r}"
    return None


def check_source_usage(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for article in data.articles:
        yield from source_usage_findings(article, terms)


def source_name_findings(
    article: SourceArticle, terms: Terms, languages: Sequence[str]
) -> Iterator[Finding]:
    """The names of one article (its credits too) that no glossary entry claims, at their
    first use."""
    segments = (*article.credits, *article.segments)
    for name in suggest([(article.path, segments)], terms.source, languages):
        first = name.occurrences[0].segment.line
        proposals = ", ".join(f"{lang}: {form}" for lang, form in name.proposals[:3])
        message = f"{name.name!r} ({name.kind}, {name.count} use(s)) is not in the glossary"
        if name.source is Source.ENGLISH:
            message += "; no proposal, to be translated"
        else:
            message += f"; proposed {proposals}" if proposals else "; keep as is"
        message += "; add it with `news-translate glossary suggest`"
        yield Finding(article.path, first, "source.unknown-name", Severity.INFO, message,
                      "", name.name)  # fmt: skip


def check_source_names(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for article in data.articles:
        yield from source_name_findings(article, terms, data.languages)


def _translated(catalog: polib.POFile) -> Iterator[polib.POEntry]:
    for entry in catalog:
        if entry.msgstr and not entry.obsolete:
            yield entry


def po_term_findings(
    path: str, language: str, catalog: polib.POFile, terms: Terms
) -> Iterator[Finding]:
    """The ``po.*`` problems of one PO file: errors in reviewed entries, warnings in fuzzy ones."""
    for entry in _translated(catalog):
        analysis = terms.analyse(language, entry.msgid, entry.msgstr)
        severity = Severity.ERROR if state(entry) is State.REVIEWED else Severity.WARNING
        for p in analysis.problems:
            yield Finding(path, entry.linenum, p.rule, severity, p.message, p.term,
                          p.found, p.expected)  # fmt: skip


def check_po_terms(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    for file in data.catalogs:
        yield from po_term_findings(file.path, file.language, file.catalog, terms)


#: How one reviewed entry renders one name: (entry id, English name, accepted form, line).
Rendering = tuple[str, str, str, int]


def renderings(language: str, catalog: polib.POFile, terms: Terms) -> Iterator[Rendering]:
    """How the reviewed entries of one PO file render each glossary name, for `Renderings`."""
    for entry in _translated(catalog):
        if state(entry) is not State.REVIEWED:
            continue
        analysis = terms.analyse(language, entry.msgid, entry.msgstr)
        for entry_id, name, rendering in analysis.renderings:
            yield entry_id, name, rendering, entry.linenum


class Renderings:
    """What ``po.inconsistent`` needs across files: per (language, entry, name, form), where.

    Places are kept as pairs of integers (an index into the file paths, a line), so that a
    large archive costs 8 bytes per rendered name rather than a tuple of strings.
    """

    def __init__(self) -> None:
        self._paths: list[str] = []
        self._index: dict[str, int] = {}
        self._seen: dict[tuple[str, str, str], dict[str, array[int]]] = {}

    def add(self, language: str, path: str, found: Iterable[Rendering]) -> None:
        for entry_id, name, rendering, line in found:
            index = self._index.get(path)
            if index is None:
                index = self._index[path] = len(self._paths)
                self._paths.append(path)
            places = self._seen.setdefault((language, entry_id, name), {})
            places.setdefault(rendering, array("q")).extend((index, line))

    def findings(self) -> Iterator[Finding]:
        """Where a name is rendered two ways in one language, the less common renderings."""
        for (language, entry_id, _name), by_form in sorted(self._seen.items()):
            if len(by_form) < 2:
                continue
            counts = Counter({form: len(places) // 2 for form, places in by_form.items()})
            main = max(sorted(counts), key=lambda form: counts[form])
            for form, places in sorted(by_form.items()):
                if form == main:
                    continue
                message = (f"{entry_id!r} is rendered {form!r} here but {main!r} in "
                           f"{counts[main]} other place(s) in {language!r}; use one")  # fmt: skip
                for i in range(0, len(places), 2):
                    yield Finding(self._paths[places[i]], places[i + 1], "po.inconsistent",
                                  Severity.WARNING, message, entry_id, form, main)  # fmt: skip


def check_po_consistency(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    """Where a name is rendered two ways in one language, flag the less common rendering."""
    seen = Renderings()
    for file in data.catalogs:
        seen.add(file.language, file.path, renderings(file.language, file.catalog, terms))
    yield from seen.findings()


def sentence_set(article: SourceArticle) -> frozenset[str]:
    return frozenset(segment.text for segment in article.segments)


def sync_finding(
    path: str, article: str, sentences: frozenset[str] | None, catalog: polib.POFile
) -> Finding | None:
    """``sync.orphan`` when the PO file has no article (*sentences* None), ``sync.stale`` when
    its msgids are not the article's sentences."""
    if sentences is None:
        message = f"no corpus article {article!r}: delete the file or restore it"
        return Finding(path, 0, "sync.orphan", Severity.WARNING, message)
    # A translator's own entries (a msgctxt, plural forms) are not sentences: run keeps them.
    msgids = {
        e.msgid
        for e in catalog
        if not e.obsolete and e.msgctxt is None and (not e.msgid_plural or e.msgid in sentences)
    }
    if msgids != sentences:
        return Finding(path, 0, "sync.stale", Severity.ERROR, "stale: run `news-translate run`")
    return None


def missing_files(expected: Iterable[str], present: Set[str]) -> Iterator[Finding]:
    message = "missing: run `news-translate run` to create it"
    for path in expected:
        if path not in present:
            yield Finding(path, 0, "sync.missing-file", Severity.ERROR, message)


def check_sync(data: CheckInput, terms: Terms) -> Iterator[Finding]:
    yield from missing_files(data.expected, {file.path for file in data.catalogs})
    articles = {article.id: sentence_set(article) for article in data.articles}
    for file in data.catalogs:
        found = sync_finding(file.path, file.article, articles.get(file.article), file.catalog)
        if found is not None:
            yield found


CHECKS: tuple[Check, ...] = (
    check_glossary,
    check_source_usage,
    check_source_names,
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

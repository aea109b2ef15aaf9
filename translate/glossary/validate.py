"""Checks on a loaded glossary: small named functions, each yielding findings with a rule id.

Rules (all errors, at the line of the entry concerned):

- ``glossary.duplicate-id``: an id already used by an earlier entry;
- ``glossary.form-conflict``: an English surface form (folded as the matcher folds it) claimed
  by two entries;
- ``glossary.missing-language``: a configured language without a target (``translate: true``);
- ``glossary.bad-language``: a code `babel.Locale.parse` rejects, in targets, native or the
  configured list (the latter reported at path ``<languages>``);
- ``glossary.approved-deprecated``: an approved form (or one of its forms) also deprecated;
- ``glossary.kind-file``: an entry whose kind does not belong in its file;
- ``glossary.hidden-character``: a form (English, native or target) with a character a reader
  cannot see: zero-width, bidi control, soft hyphen, BOM, an odd space
  (`translate.glossary.lookalikes`);
- ``glossary.mixed-script``: a form with a word whose letters come from two scripts, such as a
  Cyrillic ``а`` in a Latin name;
- ``glossary.noun-form``: English ``nouns`` without a target ``noun`` in a language, a target
  ``noun`` with no English ``nouns`` to use it, or ``nouns`` on an entry that is not a ``term``;
- ``glossary.bare-surname``: a person's ``forms`` holding the bare surname, which is claimed
  only where the article named the person in full first (`translate.glossary.surnames`);
- ``glossary.review-needed`` (info, only with ``include_info``): a form awaiting confirmation.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import PurePath

from babel import Locale, UnknownLocaleError

from translate.findings import Finding, Severity
from translate.glossary.lookalikes import hidden_characters, mixed_script_word, scripts
from translate.glossary.matcher import fold, phrase_key
from translate.glossary.model import FILE_KINDS, Entry, Glossary, Kind, Status, Target

__all__ = ["CHECKS", "Check", "language_problem", "validate_glossary"]

Check = Callable[[Glossary, Sequence[str]], Iterable[Finding]]
CONFIGURED = "<languages>"


def language_problem(code: str) -> str | None:
    """Why *code* is not a language code Babel knows, or None when it is one.

    Accepts both ``pt_BR`` and the BCP 47 ``pt-BR``.
    """
    try:
        Locale.parse(code, sep="-" if "-" in code else "_")
    except (ValueError, TypeError, UnknownLocaleError) as exc:
        return (str(exc) or "not a locale identifier").splitlines()[0]
    return None


def validate_glossary(
    glossary: Glossary, languages: Sequence[str], *, include_info: bool = False
) -> list[Finding]:
    """Run every check; the findings sorted by path, line and rule."""
    checks = (*CHECKS, check_review_needed) if include_info else CHECKS
    return sorted(finding for check in checks for finding in check(glossary, languages))


def _finding(entry: Entry, rule: str, message: str, **details: str) -> Finding:
    return Finding(entry.path, entry.line, rule, Severity.ERROR, message, term=entry.id, **details)


def check_duplicate_ids(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    first: dict[str, Entry] = {}
    for entry in glossary:
        earlier = first.setdefault(entry.id, entry)
        if earlier is not entry:
            where = f"{earlier.path}:{earlier.line}"
            message = f"id {entry.id!r} is already used at {where}; give this entry another id"
            yield _finding(entry, "glossary.duplicate-id", message)


def _english_forms(entry: Entry) -> Iterator[str]:
    yield entry.en
    yield from entry.forms
    yield from entry.nouns
    yield from (variant.form for variant in entry.variants)
    for alternative in entry.alternatives:
        yield alternative.en
        yield from (variant.form for variant in alternative.variants)


def check_form_conflicts(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    owners: dict[tuple[str, ...], tuple[Entry, str]] = {}
    for entry in glossary:
        reported: set[tuple[str, ...]] = set()
        for form in _english_forms(entry):
            key = phrase_key(form)
            owner, owner_form = owners.setdefault(key, (entry, form))
            if owner.id == entry.id or key in reported:
                continue
            reported.add(key)
            message = (
                f"{form!r} is claimed by {owner.id!r} ({owner_form!r} at "
                f"{owner.path}:{owner.line}) and {entry.id!r}; keep it in one entry"
            )
            yield _finding(entry, "glossary.form-conflict", message, found=form)


def check_missing_languages(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        if not entry.translate:
            continue
        for language in languages:
            if entry.target(language) is None:
                message = f"{entry.id!r} has no target for {language!r}; add targets: {language}"
                yield _finding(entry, "glossary.missing-language", message)


def check_bad_languages(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    known: dict[str, str | None] = {}

    def problem(code: str) -> str | None:
        if code not in known:
            known[code] = language_problem(code)
        return known[code]

    for language in languages:
        if (reason := problem(language)) is not None:
            message = f"configured language {language!r} is not a language code: {reason}"
            yield Finding(CONFIGURED, 0, "glossary.bad-language", Severity.ERROR, message)
    for entry in glossary:
        codes = [code for code, _ in entry.native]
        codes += [target.language for target in _targets(entry)]
        for code in dict.fromkeys(codes):
            if (reason := problem(code)) is not None:
                message = f"{entry.id!r} uses {code!r}, not a language code: {reason}"
                yield _finding(entry, "glossary.bad-language", message, found=code)


def _targets(entry: Entry) -> Iterator[Target]:
    """Every target block of *entry*: its own, its nouns, its alternatives'."""
    for target in (*entry.targets, *(t for a in entry.alternatives for t in a.targets)):
        yield target
        if target.noun is not None:
            yield target.noun


def check_noun_forms(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        if entry.nouns and entry.kind is not Kind.TERM:
            message = f"{entry.id!r} is a {entry.kind} with nouns; nouns are for demonyms (term)"
            yield _finding(entry, "glossary.noun-form", message)
        if not entry.translate:
            continue
        for target in entry.targets:
            if entry.nouns and target.noun is None:
                message = (
                    f"{entry.id!r} has English nouns ({', '.join(entry.nouns)}) but no "
                    f"{target.language} noun; add 'noun: {{approved: ...}}' to its target"
                )
                yield _finding(entry, "glossary.noun-form", message)
            elif target.noun is not None and not entry.nouns:
                message = (f"{entry.id!r} has a {target.language} noun but no English 'nouns' "
                           "to use it; list them, e.g. 'nouns: [Armenians]'")  # fmt: skip
                yield _finding(entry, "glossary.noun-form", message)


def check_bare_surnames(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        if entry.kind is not Kind.PERSON:
            continue
        surnames = {fold(name) for name in entry.surnames()}
        for form in entry.forms:
            if fold(form) in surnames:
                message = (
                    f"{entry.id!r} lists its bare surname {form!r} in forms; remove it: a "
                    "surname alone is matched, and claimed only after the full name"
                )
                yield _finding(entry, "glossary.bare-surname", message, found=form)


def check_approved_deprecated(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    rule = "glossary.approved-deprecated"
    for entry in glossary:
        english = {fold(form) for form in (entry.en, *entry.forms)}
        for variant in entry.variants:
            if variant.status is Status.DEPRECATED and fold(variant.form) in english:
                message = f"{variant.form!r} is the approved English name and also deprecated"
                yield _finding(entry, rule, message, found=variant.form)
        for target in _targets(entry):
            approved = {fold(form) for form in (target.approved, *target.forms)}
            for form in target.deprecated:
                if fold(form) in approved:
                    message = f"{form!r} is approved for {target.language!r} and also deprecated"
                    yield _finding(entry, rule, message, found=form)


def check_kind_file(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        name = PurePath(entry.path).name
        kinds = FILE_KINDS.get(name)
        if kinds is not None and entry.kind not in kinds:
            allowed = " or ".join(sorted(kinds))
            message = f"{entry.id!r} is a {entry.kind}, but {name} holds {allowed} entries"
            yield _finding(entry, "glossary.kind-file", message)


def _all_forms(entry: Entry) -> Iterator[str]:
    yield from _english_forms(entry)
    yield from (name for _, name in entry.native)
    for target in _targets(entry):
        yield from (target.approved, *target.forms, *target.admitted, *target.deprecated)


def _describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"


def check_hidden_characters(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        for form in dict.fromkeys(_all_forms(entry)):
            if hidden := hidden_characters(form):
                message = (f"{form!r} contains {', '.join(map(_describe, hidden))}, which a "
                           "reader cannot see; retype the form without it")  # fmt: skip
                yield _finding(entry, "glossary.hidden-character", message, found=form)


def check_mixed_scripts(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        for form in dict.fromkeys(_all_forms(entry)):
            if (mixed := mixed_script_word(form)) is not None:
                word, found = mixed
                odd = [c for c in word if scripts(c) == found[1:2]]
                message = (f"{form!r}: the word {word!r} mixes {' and '.join(found)} letters "
                           f"({_describe(odd[0])}); retype it in one script")  # fmt: skip
                yield _finding(entry, "glossary.mixed-script", message, found=form)


def check_review_needed(glossary: Glossary, languages: Sequence[str]) -> Iterator[Finding]:
    for entry in glossary:
        flagged = ["entry"] if entry.review else []
        flagged += [target.language for target in _targets(entry) if target.review]
        if flagged:
            message = f"{entry.id!r} needs review: {', '.join(dict.fromkeys(flagged))}"
            yield Finding(
                entry.path, entry.line, "glossary.review-needed", Severity.INFO, message, entry.id
            )


CHECKS: tuple[Check, ...] = (
    check_duplicate_ids,
    check_form_conflicts,
    check_missing_languages,
    check_bad_languages,
    check_approved_deprecated,
    check_kind_file,
    check_hidden_characters,
    check_mixed_scripts,
    check_noun_forms,
    check_bare_surnames,
)

"""An article's sentences as catalog units: references, glossary hints, draft comments.

Extracted comments (``#.``) are ours and regenerated on every run: glossary hints from the
glossary; ``machine draft:`` and ``problem:`` lines only when a draft is made. While an entry is
still a fuzzy draft, those two are carried over from the file on disk, so that a re-run with
nothing new (which runs no machine translation) writes the same bytes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import polib

from translate.drafts import Draft, term_form
from translate.glossary.lookalikes import one_script
from translate.glossary.matcher import Match, phrase_key
from translate.glossary.model import Glossary, Status
from translate.glossary.suggest import Source, Suggestion
from translate.po.memory import REUSED, join_duplicates
from translate.po.merge import Unit
from translate.text.articles import Article
from translate.text.segments import Segment

__all__ = [
    "UNKNOWN",
    "article_units",
    "comments",
    "corpus_name",
    "hints",
    "unknown_hints",
    "unknown_words",
    "with_draft",
    "with_drafts",
]

#: Lists the source words the engine did not know, left in English in the draft.
UNKNOWN = "unknown to the engine:"
# Comments only drafting produces; kept from disk while the entry is still a fuzzy draft.
_DRAFT_COMMENTS = ("machine draft:", "problem:", UNKNOWN)
_NOT_IN_GLOSSARY = "not in glossary:"
_OUR_PREFIXES = ("glossary:", _NOT_IN_GLOSSARY, *_DRAFT_COMMENTS, REUSED.strip())


def corpus_name(article: Article) -> str:
    """The article's path as PO references give it: ``corpus/<file>``."""
    source = Path(article.source) if article.source else Path(f"{article.id}.txt")
    return f"corpus/{source.name}"


def article_units(
    article: Article,
    segments: Sequence[Segment],
    glossary: Glossary,
    language: str,
    matches: Mapping[str, Sequence[Match]],
    unknown: Mapping[str, Sequence[Suggestion]] | None = None,
) -> list[Unit]:
    """One unit per distinct sentence of *article* (title first), with references and hints.

    *unknown* gives the names of each sentence that the glossary lacks (`unknown_hints`).
    """
    order: dict[str, list[str]] = {}
    for seg in segments:
        order.setdefault(seg.text, []).append(f"{corpus_name(article)}:{seg.line}")
    return [
        Unit(
            msgid=text,
            references=tuple(dict.fromkeys(refs)),
            comments=(
                *hints(matches[text], glossary, language),
                *unknown_hints((unknown or {}).get(text, ()), language),
            ),
        )
        for text, refs in order.items()
    ]


def with_drafts(
    units: Sequence[Unit], drafts: Mapping[str, Draft], label: str, old: polib.POFile | None
) -> list[Unit]:
    """`with_draft` for every unit of an article, looking *old* up by msgid once.

    Scanning *old* once per unit made an article of n sentences cost n² comparisons: 10,000
    sentences took 10 s here alone.
    """
    twins: dict[str, list[polib.POEntry]] = {}
    for entry in old or ():
        if entry.msgctxt is None:
            twins.setdefault(entry.msgid, []).append(entry)
    return [_with_draft(unit, drafts, label, twins.get(unit.msgid, [])) for unit in units]


def with_draft(
    unit: Unit, drafts: Mapping[str, Draft], label: str, old: polib.POFile | None
) -> Unit:
    """*unit* with this run's draft and its comments, or the draft comments kept from disk."""
    twins = [e for e in old or () if e.msgid == unit.msgid and e.msgctxt is None]
    return _with_draft(unit, drafts, label, twins)


def _with_draft(
    unit: Unit, drafts: Mapping[str, Draft], label: str, twins: Sequence[polib.POEntry]
) -> Unit:
    draft = drafts.get(unit.msgid)
    if draft is not None:
        extra = (
            f"machine draft: {label}",
            *([f"{UNKNOWN} {', '.join(draft.unknown)}"] if draft.unknown else []),
            *(f"problem: {p}" for p in draft.problems),
        )
        return replace(unit, draft=draft.text, comments=(*unit.comments, *extra))
    # As the merge will see it: joined with a #~ twin whose reviewed translation it takes back.
    entry = join_duplicates(twins)[0] if twins else None
    if entry is None or "fuzzy" not in entry.flags:
        return unit
    kept = tuple(c for c in comments(entry) if c.startswith(_DRAFT_COMMENTS))
    return replace(unit, comments=(*unit.comments, *kept)) if kept else unit


def unknown_words(entry: polib.POEntry) -> tuple[str, ...]:
    """The words an entry's ``unknown to the engine:`` comment lists."""
    for line in comments(entry):
        if line.startswith(UNKNOWN):
            return tuple(w.strip() for w in line.removeprefix(UNKNOWN).split(",") if w.strip())
    return ()


def comments(entry: polib.POEntry) -> list[str]:
    """Our extracted comments, each rejoined from the lines polib wrapped it into."""
    joined: list[str] = []
    for line in (entry.comment or "").splitlines():
        if joined and not line.startswith(_OUR_PREFIXES):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def hints(matches: Sequence[Match], glossary: Glossary, language: str) -> tuple[str, ...]:
    """Translator hints for the terms of one sentence, one line each, in sentence order.

    For example ``glossary: Khankandi (admitted spelling of Khankendi) → Jankendi``.
    """
    lines: list[str] = []
    for match in sorted(matches, key=lambda m: m.start):
        if match.candidates:
            lines.append(_surname_hint(match, glossary))
            continue
        entry = glossary.get(match.entry)
        target, problem = term_form(entry, match, language)
        label = match.surface
        if (written := _as_read(match.surface)) != match.surface:
            label = f"{match.surface} (look-alike or hidden characters; read as {written})"
        elif match.noun:
            label = f"{match.surface} (noun, form of {entry.en})"
        elif match.alternative:
            label = f"{match.surface} (alternative name of {entry.en})"
        elif match.status is not Status.APPROVED:
            label = f"{match.surface} ({match.status.value} spelling of {entry.en})"
        elif phrase_key(match.surface) != phrase_key(entry.en):  # not a no-break space
            label = f"{match.surface} (form of {entry.en})"
        if target is None:
            lines.append(f"glossary: {label}: {problem}")
            continue
        line = f"glossary: {label} → {target.approved}"
        if not entry.translate:
            line += " (keep verbatim)"
        if target.deprecated:
            line += f"; avoid {', '.join(target.deprecated)}"
        if target.review or entry.review:
            line += "; form not yet confirmed"
        lines.append(line)
    return tuple(dict.fromkeys(lines))


def _as_read(surface: str) -> str:
    """*surface* as a reader sees it: without format characters, each word in one script
    (``Kho\u200bjaly`` → ``Khojaly``, ``Khаnkendi`` with a Cyrillic ``а`` → ``Khankendi``)."""
    if surface.isascii():
        return surface
    return one_script("".join(c for c in surface if unicodedata.category(c) != "Cf"))


def _surname_hint(match: Match, glossary: Glossary) -> str:
    """The hint for a bare surname the article does not tie to one person named before it."""
    names = ", ".join(glossary.get(person).en for person in match.candidates)
    if len(match.candidates) > 1:
        return f"glossary: {match.surface}: ambiguous surname ({names}); check who is meant"
    return (f"glossary: {match.surface}: surname alone, not named in full earlier ({names}?); "
            "check who is meant")  # fmt: skip


def unknown_hints(names: Sequence[Suggestion], language: str) -> tuple[str, ...]:
    """One line per name the glossary lacks, with its proposed form for review.

    For example ``not in glossary: Shamkir (proposed ru: Шамкир; review)``.
    """
    lines = []
    for name in names:
        proposal = name.proposal(language)
        if name.source is Source.KEEP:
            detail = "keep as is"
        elif proposal is None or name.source is Source.ENGLISH:
            detail = "no proposal"
        else:
            detail = f"proposed {language}: {proposal}"
        lines.append(f"{_NOT_IN_GLOSSARY} {name.name} ({detail}; review)")
    return tuple(dict.fromkeys(lines))

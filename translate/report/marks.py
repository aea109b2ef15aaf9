"""What the report highlights in a sentence: glossary names, wrong names, unknown words.

A sentence is cut into `Piece`s, each plain text or one `Mark`, so that the templates only
escape and wrap; overlapping marks are settled here, the more important kind first.

>>> [p.text for p in pieces("Hi Khojaly.", [Mark(3, 10, MarkKind.NAME, "")])]
['Hi ', 'Khojaly', '.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from translate.check.terms import Terms
from translate.glossary.matcher import Match, phrase_key
from translate.glossary.model import Status, Target

__all__ = [
    "Mark",
    "MarkKind",
    "Piece",
    "occurrences",
    "pieces",
    "source_marks",
    "target_marks",
    "term_title",
]


class MarkKind(StrEnum):
    """What a highlighted span is; the value is its CSS class."""

    #: a form the glossary forbids, or the name a check finding points at
    WRONG = "wrong"
    #: a glossary name in an accepted form
    NAME = "name"
    #: a name no glossary entry claims (``not in glossary:``)
    NEW = "new"
    #: a word the engine did not know (``unknown to the engine:``)
    UNKNOWN = "unknown"


#: Which kind wins where two marks overlap.
_PRIORITY = {MarkKind.WRONG: 0, MarkKind.NAME: 1, MarkKind.NEW: 2, MarkKind.UNKNOWN: 3}


@dataclass(frozen=True)
class Mark:
    """A span of a sentence to highlight, with the tooltip that explains it."""

    start: int
    end: int
    kind: MarkKind
    title: str


@dataclass(frozen=True)
class Piece:
    """A run of a sentence: plain text (`kind` None) or the text of one mark."""

    text: str
    kind: MarkKind | None = None
    title: str = ""


def pieces(text: str, marks: Iterable[Mark]) -> tuple[Piece, ...]:
    """*text* cut at its *marks*; where marks overlap, the higher-priority (then longer) wins."""
    chosen: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (_PRIORITY[m.kind], m.start, m.start - m.end)):
        if mark.start < mark.end and all(
            mark.end <= other.start or other.end <= mark.start for other in chosen
        ):
            chosen.append(mark)
    out: list[Piece] = []
    at = 0
    for mark in sorted(chosen, key=lambda m: m.start):
        if mark.start > at:
            out.append(Piece(text[at : mark.start]))
        out.append(Piece(text[mark.start : mark.end], mark.kind, mark.title))
        at = mark.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return tuple(out)


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where *word* stands in *text* as a whole word (case-sensitive)."""
    if not word:
        return
    for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        yield found.span()


def _target(terms: Terms, match: Match, language: str) -> Target | None:
    entry = terms.glossary.get(match.entry)
    if match.alternative and (alternative := entry.alternative(match.name)) is not None:
        return alternative.target(language)
    return entry.target(language)


def term_title(terms: Terms, match: Match, language: str) -> str:
    """The tooltip of a name: its entry, approved form, other accepted forms, forms to avoid,
    the note."""
    entry = terms.glossary.get(match.entry)
    if match.candidates:
        names = ", ".join(terms.glossary.get(person).en for person in match.candidates)
        return f"surname alone: {names}; check who is meant"
    lines = [f"{entry.en} ({entry.kind.value}, glossary id {entry.id})"]
    if match.status is not Status.APPROVED:
        lines.append(f"'{match.surface}' is a {match.status.value} English spelling")
    target = _target(terms, match, language)
    if target is None:
        lines.append(f"{language}: no form in the glossary")
    else:
        lines.append(f"{language}: {target.approved}" + ("" if entry.translate else " (verbatim)"))
        if target.admitted:
            lines.append(f"also accepted: {', '.join(target.admitted)}")
        if target.deprecated:
            lines.append(f"avoid: {', '.join(target.deprecated)}")
        if target.review or entry.review:
            lines.append("form not yet confirmed")
    if entry.note:
        lines.append(f"note: {' '.join(entry.note.split())}")
    return "\n".join(lines)


def source_marks(
    terms: Terms,
    language: str,
    msgid: str,
    new_names: Sequence[tuple[str, str]] = (),
    unknown: Sequence[str] = (),
) -> list[Mark]:
    """Glossary names in an English sentence, names the glossary lacks (name, detail), and
    words the engine did not know."""
    marks = []
    for match in terms.source_matches(msgid):
        kind = MarkKind.WRONG if match.status is Status.DEPRECATED else MarkKind.NAME
        marks.append(Mark(match.start, match.end, kind, term_title(terms, match, language)))
    for name, detail in new_names:
        title = f"not in the glossary: {detail}"
        marks += [Mark(a, b, MarkKind.NEW, title) for a, b in occurrences(msgid, name)]
    for word in unknown:
        title = "unknown to the engine: left as it is in the draft"
        marks += [Mark(a, b, MarkKind.UNKNOWN, title) for a, b in occurrences(msgid, word)]
    return marks


def target_marks(
    terms: Terms,
    language: str,
    msgstr: str,
    wrong: Sequence[tuple[str, str]] = (),
    unknown: Sequence[str] = (),
) -> list[Mark]:
    """Glossary names in a translation, deprecated forms and the (surface, message) pairs of
    the findings as wrong, and the engine's unknown words left in it."""
    marks = []
    for surface, message in wrong:
        marks += [Mark(a, b, MarkKind.WRONG, message) for a, b in occurrences(msgstr, surface)]
    for match in terms.target(language).find(msgstr):
        target = _target(terms, match, language)
        avoided = target is not None and phrase_key(match.surface) in {
            phrase_key(form) for form in target.deprecated
        }
        kind = MarkKind.WRONG if match.status is Status.DEPRECATED or avoided else MarkKind.NAME
        marks.append(Mark(match.start, match.end, kind, term_title(terms, match, language)))
    for word in unknown:
        title = "unknown to the engine: left in English"
        marks += [Mark(a, b, MarkKind.UNKNOWN, title) for a, b in occurrences(msgstr, word)]
    return marks

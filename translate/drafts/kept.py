"""Names the glossary lacks that a draft keeps as the article writes them.

An engine translates the words of a name it does not know as words: Apertium makes ``El golfo
Noticioso`` of ``Gulf News`` and ``Diario Inconformista`` of ``Daily Maverick``, and breaks the
sentence around a person's name it does not know (``Karim dicho Dhanani-MacLeod``). Where
`suggest` proposes the name unchanged for the target language (media and brands, kept as is,
and a person whose name the language writes as English does), the name is protected like a
glossary term whose entry is not translated (`translate.drafts.term_form`): stood in for, and
put back as written. Other unknown names (an organisation, a place with a proposed spelling)
are left to the engine, and to the reviewer whom the PO comment points at them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from translate.glossary.lexicon import common_words
from translate.glossary.matcher import Match
from translate.glossary.model import Entry, Glossary, Status
from translate.glossary.suggest import NameKind, Source, Suggestion

__all__ = ["KEPT_PREFIX", "kept", "kept_names", "with_kept"]

#: The id of the stand-in entry of a kept name: ``unknown:Gulf News`` (never a glossary id,
#: which is a slug).
KEPT_PREFIX = "unknown:"


def kept(suggestion: Suggestion, language: str) -> bool:
    """Whether the draft keeps *suggestion*'s name as written in *language*: a medium or a
    brand, or a person written in *language* as in English, none of whose words is a common
    English word (``Red Cross`` and ``Alloys`` tell an organisation that the finder took for
    a person: its words are for the engine to translate)."""
    if suggestion.source is Source.KEEP:
        return True
    return (
        suggestion.kind is NameKind.PERSON
        and suggestion.source is Source.TRANSLITERATION
        and suggestion.proposal(language) == suggestion.name
        and not common_words(re.findall(r"[^\W\d_]+", suggestion.name))
    )


def kept_names(
    text: str, suggestions: Sequence[Suggestion], language: str, taken: Sequence[Match]
) -> tuple[tuple[Match, ...], tuple[Entry, ...]]:
    """The uses in *text* of the names of *suggestions* that the draft keeps, as matches of
    stand-in entries that are not translated, and those entries (for `with_kept`); no use
    that overlaps a glossary match in *taken*."""
    found: list[Match] = []
    entries: dict[str, Entry] = {}
    for suggestion in suggestions:
        if not kept(suggestion, language):
            continue
        for occurrence in suggestion.occurrences:
            start, end = occurrence.start, occurrence.end
            if occurrence.segment.text != text or text[start:end] != occurrence.name:
                continue
            if any(m.start < end and start < m.end for m in (*taken, *found)):
                continue
            entry = KEPT_PREFIX + suggestion.name
            entries[entry] = Entry(entry, suggestion.glossary_kind, suggestion.name,
                                   translate=False)  # fmt: skip
            found.append(Match(start, end, occurrence.name, entry, suggestion.name, False,
                               Status.APPROVED))  # fmt: skip
    return tuple(found), tuple(entries.values())


def with_kept(glossary: Glossary, entries: Mapping[str, Entry]) -> Glossary:
    """*glossary* with the stand-in *entries* of kept names (by id) after its own."""
    if not entries:
        return glossary
    return Glossary((*glossary.entries, *(entries[key] for key in sorted(entries))))

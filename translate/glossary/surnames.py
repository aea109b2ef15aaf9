"""Bare surnames: claimed for a person only where the article named that person in full first.

The matcher finds a surname alone (``Aliyev``) with every glossary person it may name as
candidates. `resolve_surnames` reads an article's sentences in order: a surname whose candidates
include exactly one person named in full earlier (``Ilham Aliyev ... Aliyev said``) becomes a
match of that person; any other stays ambiguous, its candidates narrowed to those named earlier
when there are two or more, so that hints can list them and drafts keep the name as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from translate.glossary.matcher import Match
from translate.glossary.model import Glossary

__all__ = ["resolve_surnames"]


def resolve_surnames(sentences: Sequence[Sequence[Match]], glossary: Glossary) -> list[list[Match]]:
    """The matches of an article's sentences (in article order), bare surnames resolved."""
    named: set[str] = set()
    resolved: list[list[Match]] = []
    for matches in sentences:
        out: list[Match] = []
        for match in sorted(matches, key=lambda m: m.start):
            if not match.candidates:
                named.add(match.entry)
                out.append(match)
                continue
            earlier = tuple(person for person in match.candidates if person in named)
            if len(earlier) == 1:
                person = glossary.get(earlier[0])
                out.append(replace(match, entry=person.id, name=person.en, candidates=()))
            else:
                out.append(replace(match, candidates=earlier or match.candidates))
        resolved.append(out)
    return resolved

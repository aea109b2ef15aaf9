"""What one article gives every language alike, found once per process: its sentences, each
sentence's glossary matches as the article resolves its bare surnames, and the names the
glossary lacks (`Analyses`); and a sentence's matches as the first article of the run that
has it resolves them (`FirstUse`), which decides what the engine is sent for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from translate.glossary.matcher import Match, Matcher, source_matcher
from translate.glossary.model import Glossary
from translate.glossary.suggest import Suggestion
from translate.glossary.surnames import resolve_surnames
from translate.po.cache import Index
from translate.text.articles import Article
from translate.text.segments import Segment, segment_article

if TYPE_CHECKING:
    from translate.pipeline import Job

__all__ = ["Analyses", "Analysis", "FirstUse", "resolved"]


class FirstUse:
    """A sentence's glossary matches as the first article of the run that has it resolves them.

    What the engine is sent for a sentence depends on that article's bare surnames; when it is
    not one being merged, it is segmented for that sentence alone.
    """

    def __init__(self, job: Job, index: Index, merging: set[str]) -> None:
        self._job, self._index, self._merging = job, index, merging
        self._order = {article.id: n for n, article in enumerate(job.articles)}
        self._matcher: Matcher | None = None

    def matches(self, text: str, merged_first: str) -> list[Match] | None:
        """The matches of *text* in the first article before *merged_first* that has it."""
        before = self._order[merged_first]
        earlier = sorted(
            (self._order[a], a)
            for a in self._index.users(text)
            if a in self._order and a not in self._merging and self._order[a] < before
        )
        for number, _ in earlier:
            if self._matcher is None:
                self._matcher = source_matcher(self._job.glossary)
            article = self._job.articles[number].load(self._job.config)
            own = resolved(segment_article(article), self._job.glossary, self._matcher.find)
            if text in own:
                return own[text]
        return None


def resolved(
    segments: Sequence[Segment], glossary: Glossary, find: Callable[[str], list[Match]]
) -> dict[str, list[Match]]:
    """Each sentence's matches as its article resolves its bare surnames, first occurrence."""
    ordered = sorted(segments, key=lambda seg: (seg.paragraph, seg.index))
    resolved = resolve_surnames([find(seg.text) for seg in ordered], glossary)
    own: dict[str, list[Match]] = {}
    for seg, its in zip(ordered, resolved, strict=True):
        own.setdefault(seg.text, its)
    return own


@dataclass(frozen=True)
class Analysis:
    """What one article gives every language alike: its sentences, each sentence's glossary
    matches as the article resolves its bare surnames, and the names the glossary lacks."""

    segments: tuple[Segment, ...]
    own: dict[str, list[Match]]
    unknown: dict[str, tuple[Suggestion, ...]]


class Analyses:
    """Each article's `Analysis`, made once per process for all the languages that merge it.

    Finding the names the glossary lacks is most of a first run's work, and it does not depend
    on the target language. Answers hold for one glossary object and one list of languages; a
    job with others starts afresh.
    """

    def __init__(self) -> None:
        self._key: tuple[Glossary, tuple[str, ...]] | None = None
        self._done: dict[Article, Analysis] = {}

    def get(
        self, article: Article, glossary: Glossary, languages: Sequence[str]
    ) -> Analysis | None:
        # By identity: the jobs of one plan share their glossary object.
        if self._key is None or self._key[0] is not glossary or self._key[1] != tuple(languages):
            self._key, self._done = (glossary, tuple(languages)), {}
        return self._done.get(article)

    def put(self, article: Article, analysis: Analysis) -> Analysis:
        self._done[article] = analysis
        return analysis

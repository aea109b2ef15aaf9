"""What is already known about translating a sentence, before any machine runs.

Two sources, both read from PO files on disk:

- the *translation memory*: reviewed translations of the same sentence in the other catalogs of
  one language (an exact match, reused as reviewed);
- a *predecessor*: the most similar old sentence of the same catalog, whose translation a
  changed sentence starts from (a fuzzy match, as ``msgmerge`` does it).

`plan_sources` decides, for each sentence of a catalog-to-be, which of these (or the catalog's
own entries) its translation comes from; `translate.catalogs` builds the entries.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from types import MappingProxyType

import polib

__all__ = [
    "REUSED",
    "SIMILARITY",
    "Memory",
    "MemoryHit",
    "Plan",
    "Source",
    "Step",
    "build_memory",
    "closest",
    "is_plain",
    "is_reviewed",
    "plan_sources",
]

#: The extracted comment that records where a reused translation came from.
REUSED = "reused from "
#: The lowest `difflib` ratio at which an old sentence still counts as the same one, edited.
SIMILARITY = 0.6


@dataclass(frozen=True)
class MemoryHit:
    """A reviewed translation and the catalog it comes from (``locales/es/002_x.po``)."""

    msgstr: str
    origin: str


@dataclass(frozen=True)
class Memory:
    """Reviewed translations of one language, by source sentence (msgid)."""

    hits: Mapping[str, MemoryHit] = field(default_factory=lambda: MappingProxyType({}))

    def lookup(self, msgid: str) -> MemoryHit | None:
        """The reviewed translation of *msgid*, or None."""
        return self.hits.get(msgid)

    def __len__(self) -> int:
        return len(self.hits)

    def __contains__(self, msgid: object) -> bool:
        return msgid in self.hits


def is_plain(entry: polib.POEntry) -> bool:
    """True for the entries this pipeline makes: a msgid, no context, no plural forms."""
    return bool(entry.msgid) and entry.msgctxt is None and not entry.msgid_plural


def is_reviewed(entry: polib.POEntry) -> bool:
    """True when a human has approved the entry: translated and not fuzzy."""
    return bool(entry.msgstr) and "fuzzy" not in entry.flags


def build_memory(catalogs: Iterable[tuple[str, polib.POFile]]) -> Memory:
    """Collect the reviewed, active translations of *catalogs*, given as ``(origin, catalog)``.

    When two catalogs disagree on a sentence, the first by sorted origin wins, so the
    choice does not depend on the order in which files were found. An entry that was itself
    reused (its comment says ``reused from``) is no source: otherwise a run killed halfway,
    having written some reused entries, would make the next run cite those copies instead of
    the original, and its files would differ from those of a run that was never killed.
    """
    hits: dict[str, MemoryHit] = {}
    for origin, catalog in sorted(catalogs, key=lambda pair: pair[0]):
        for entry in catalog:
            if entry.obsolete or not is_plain(entry) or not is_reviewed(entry):
                continue
            if any(line.startswith(REUSED) for line in (entry.comment or "").split("\n")):
                continue
            hits.setdefault(entry.msgid, MemoryHit(entry.msgstr, origin))
    return Memory(MappingProxyType(hits))


def closest(msgid: str, candidates: Sequence[str]) -> int | None:
    """The index of the candidate most similar to *msgid*, if any is similar enough.

    Ties go to the earliest candidate. Junk heuristics are off: they make the ratio of long
    sentences drop for no visible reason.

    >>> closest("The war ended in 1994.", ["Prices rose.", "The war ended in 1993."])
    1
    >>> closest("The war ended.", ["Prices rose sharply in May."]) is None
    True
    """
    best, best_ratio = None, SIMILARITY
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(msgid)
    for index, old in enumerate(candidates):
        matcher.set_seq1(old)
        # The quick ratios are upper bounds of the real one: skip what cannot win.
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio or (best is None and ratio >= best_ratio):
            best, best_ratio = index, ratio
    return best


class Source(enum.Enum):
    """Where a sentence's translation comes from, in order of preference."""

    KEPT = "kept"  # an active entry on disk with this msgid
    RETURNING = "returning"  # an obsolete (#~) entry on disk with this msgid and a msgstr
    MEMORY = "memory"  # a reviewed translation in another catalog
    PREDECESSOR = "predecessor"  # a similar old sentence of this catalog, now gone
    NEW = "new"  # nothing: a machine draft, or untranslated


@dataclass(frozen=True)
class Step:
    """The source of one msgid's translation: the old entry or memory hit it builds on."""

    msgid: str
    source: Source
    old: polib.POEntry | None = None
    hit: MemoryHit | None = None

    @property
    def needs_draft(self) -> bool:
        """True when nothing but a machine can translate this msgid."""
        if self.source is Source.NEW:
            return True
        empty = self.source is Source.KEPT and self.old is not None and not self.old.msgstr
        return empty and self.hit is None


@dataclass(frozen=True)
class Plan:
    """One step per msgid, in order, and the old entries to keep as obsolete (``#~``)."""

    steps: tuple[Step, ...]
    leftovers: tuple[polib.POEntry, ...]


def plan_sources(msgids: Sequence[str], existing: polib.POFile | None, memory: Memory) -> Plan:
    """Decide where each of *msgids* (unique, non-empty) finds its translation.

    Predecessors are matched greedily in msgid order, each old entry used at most once.
    """
    wanted = set(msgids)
    active: dict[str, polib.POEntry] = {}
    obsolete: dict[str, polib.POEntry] = {}
    foreign: list[polib.POEntry] = []
    for entry in existing if existing is not None else ():
        if not is_plain(entry):
            foreign.append(entry)
        elif entry.obsolete:
            obsolete.setdefault(entry.msgid, entry)
        else:
            active.setdefault(entry.msgid, entry)
    candidates = [e for e in active.values() if e.msgid not in wanted and e.msgstr]
    steps: list[Step] = []
    for msgid in msgids:
        if msgid in active:
            old = active[msgid]
            steps.append(
                Step(msgid, Source.KEPT, old, None if old.msgstr else memory.lookup(msgid))
            )
        elif msgid in obsolete and obsolete[msgid].msgstr:
            steps.append(Step(msgid, Source.RETURNING, obsolete.pop(msgid)))
        elif (hit := memory.lookup(msgid)) is not None:
            steps.append(Step(msgid, Source.MEMORY, hit=hit))
        elif (index := closest(msgid, [e.msgid for e in candidates])) is not None:
            steps.append(Step(msgid, Source.PREDECESSOR, candidates.pop(index)))
        else:
            steps.append(Step(msgid, Source.NEW))
    return Plan(tuple(steps), _leftovers(steps, active, obsolete, foreign, wanted))


def _leftovers(
    steps: Sequence[Step],
    active: Mapping[str, polib.POEntry],
    obsolete: Mapping[str, polib.POEntry],
    foreign: Sequence[polib.POEntry],
    wanted: set[str],
) -> tuple[polib.POEntry, ...]:
    """Every old translation that no active entry carries on; empty entries are dropped."""
    keep: dict[str, polib.POEntry] = {}
    consumed: set[str] = set()
    for step in steps:
        if step.source is Source.PREDECESSOR and step.old is not None:
            consumed.add(step.old.msgid)
            if is_reviewed(step.old):
                # Its fuzzy successor has the text, but a translator may overwrite that.
                keep[step.old.msgid] = step.old
    for msgid, entry in active.items():
        if msgid not in wanted and msgid not in consumed and entry.msgstr:
            keep[msgid] = entry
    for msgid, entry in obsolete.items():
        if msgid not in wanted and entry.msgstr:
            keep.setdefault(msgid, entry)
    translated = (e for e in foreign if e.msgstr or any(e.msgstr_plural.values()))
    return (*keep.values(), *translated)

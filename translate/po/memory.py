"""What is already known about translating a sentence, before any machine runs.

Two sources, both read from PO files on disk:

- the *translation memory*: reviewed translations of the same sentence in the other catalogs of
  one language (an exact match, reused as reviewed);
- a *predecessor*: the most similar old sentence of the same catalog, whose translation a
  changed sentence starts from (a fuzzy match, as ``msgmerge`` does it).

`plan_sources` decides, for each sentence of a catalog-to-be, which of these (or the catalog's
own entries) its translation comes from; `translate.po.merge` builds the entries. Before that,
`join_duplicates` makes one entry of each message a hand edit left twice (an active entry and
its ``#~`` twin, or two ``#~``), so that no translation is dropped for a duplicate.
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from types import MappingProxyType

import polib

from translate.po.entries import State, has_text, state

__all__ = [
    "REUSED",
    "SET_ASIDE",
    "SIMILARITY",
    "Memory",
    "MemoryHit",
    "Plan",
    "Source",
    "Step",
    "build_memory",
    "choose_hits",
    "closest",
    "is_plain",
    "is_reviewed",
    "join_duplicates",
    "memory_rows",
    "plan_sources",
]

#: The extracted comment that records where a reused translation came from.
REUSED = "reused from "
#: The lowest `difflib` ratio at which an old sentence still counts as the same one, edited.
SIMILARITY = 0.6
#: The translator comment that keeps a translation which lost to its duplicate's (see
#: `join_duplicates`): ``set aside (fuzzy): Borrador.``
SET_ASIDE = "set aside"


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
    """True when a human has approved the entry (`translate.po.entries.state`)."""
    return state(entry) is State.REVIEWED


def join_duplicates(entries: Iterable[polib.POEntry]) -> list[polib.POEntry]:
    """One entry per message (msgctxt, msgid), in the order they first appear.

    Of the entries of one message, the translation kept is a reviewed one, else a fuzzy one,
    the active entry's first; the entry is active when one of them is. Each other translation
    is kept in a translator comment (`SET_ASIDE`), so that a translator can take it back.
    `translate.po.files` refuses two different reviewed translations before this runs.
    """
    groups: dict[tuple[str | None, str], list[polib.POEntry]] = {}
    for entry in entries:
        groups.setdefault((entry.msgctxt, entry.msgid), []).append(entry)
    return [group[0] if len(group) == 1 else _join(group) for group in groups.values()]


def _join(group: Sequence[polib.POEntry]) -> polib.POEntry:
    best = min(group, key=lambda e: (not is_reviewed(e), not has_text(e), bool(e.obsolete)))
    joined = copy.deepcopy(next((e for e in group if not e.obsolete), best))
    joined.msgstr, joined.msgstr_plural = best.msgstr, dict(best.msgstr_plural)
    joined.flags = list(best.flags)
    joined.previous_msgctxt, joined.previous_msgid = best.previous_msgctxt, best.previous_msgid
    joined.previous_msgid_plural = best.previous_msgid_plural
    notes = [line for e in group for line in (e.tcomment or "").split("\n") if line]
    kept = {_text(best)}
    for other in group:
        if has_text(other) and _text(other) not in kept:
            kept.add(_text(other))
            state = "reviewed" if is_reviewed(other) else "fuzzy"
            # One comment line, so the note reads back as it was written.
            notes.append(f"{SET_ASIDE} ({state}): {_text(other)}".replace("\n", "\\n"))
    joined.tcomment = "\n".join(dict.fromkeys(notes))
    return joined


def _text(entry: polib.POEntry) -> str:
    """The translation as one string; plural forms joined by `` | ``."""
    forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
    return entry.msgstr if not forms else " | ".join(forms)


def build_memory(
    catalogs: Iterable[tuple[str, polib.POFile]],
    accept: Callable[[str, str], bool] | None = None,
) -> Memory:
    """Collect the reviewed, active translations of *catalogs*, given as ``(origin, catalog)``.

    With *accept*, a translation is collected only if ``accept(msgid, msgstr)``: the pipeline
    passes the glossary check, so that a reviewed translation `check` flags is not spread.

    When two catalogs disagree on a sentence, the first by sorted origin wins, so the
    choice does not depend on the order in which files were found (`choose_hits`).
    """
    rows = (
        (origin, position, msgid, msgstr)
        for origin, catalog in catalogs
        for position, (msgid, msgstr) in enumerate(memory_rows(catalog))
    )
    return choose_hits(rows, accept)


def memory_rows(catalog: polib.POFile) -> list[tuple[str, str]]:
    """What *catalog* offers the memory: ``(msgid, msgstr)`` of its reviewed, active entries.

    An entry that was itself reused (its comment says ``reused from``) is no source: otherwise a
    run killed halfway, having written some reused entries, would make the next run cite those
    copies instead of the original, and its files would differ from those of a run that was
    never killed.
    """
    rows = []
    for entry in catalog:
        if entry.obsolete or not is_plain(entry) or not is_reviewed(entry):
            continue
        if any(line.startswith(REUSED) for line in entry.comment.split("\n")):
            continue
        rows.append((entry.msgid, entry.msgstr))
    return rows


def choose_hits(
    rows: Iterable[tuple[str, int, str, str]],
    accept: Callable[[str, str], bool] | None = None,
) -> Memory:
    """The memory from ``(origin, position, msgid, msgstr)`` rows, in any order.

    Per msgid, the accepted row first by origin, then by position in its file, wins.
    """
    hits: dict[str, MemoryHit] = {}
    for origin, _, msgid, msgstr in sorted(rows, key=lambda row: (row[0], row[1])):
        if msgid in hits or (accept is not None and not accept(msgid, msgstr)):
            continue
        hits[msgid] = MemoryHit(msgstr, origin)
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
    if not candidates:
        return None  # a first run: nothing to compare against, not even worth indexing msgid
    best, best_ratio = None, SIMILARITY
    matcher = SequenceMatcher(autojunk=False)
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
    RESPACED = "respaced"  # an entry on disk whose msgid differs from this one in spacing only
    MEMORY = "memory"  # a reviewed translation in another catalog
    PREDECESSOR = "predecessor"  # a similar old sentence of this catalog, now gone
    NEW = "new"  # nothing: a machine draft, or untranslated


@dataclass(frozen=True)
class Step:
    """The source of one msgid's translation: the old entry or memory hit it builds on.

    A kept entry may carry a *hit* too: it fills the entry only if the entry has no translation.
    """

    msgid: str
    source: Source
    old: polib.POEntry | None = None
    hit: MemoryHit | None = None

    @property
    def needs_draft(self) -> bool:
        """True when nothing but a machine can translate this msgid."""
        if self.source is Source.NEW:
            return True
        old = self.old
        if self.source is not Source.KEPT or old is None:
            return False
        # A translator's plural entry is theirs to fill: no single-form draft fits it.
        return not has_text(old) and not old.msgid_plural and self.hit is None


@dataclass(frozen=True)
class Plan:
    """One step per msgid, in order, and the old entries the new catalog keeps besides.

    *foreign* are active entries this pipeline does not make (a msgctxt, or plural forms), kept
    active as they are; *leftovers* are kept as obsolete (``#~``).
    """

    steps: tuple[Step, ...]
    leftovers: tuple[polib.POEntry, ...]
    foreign: tuple[polib.POEntry, ...] = ()


def plan_sources(msgids: Sequence[str], existing: polib.POFile | None, memory: Memory) -> Plan:
    """Decide where each of *msgids* (unique, non-empty) finds its translation.

    Predecessors are matched greedily in msgid order, each old entry used at most once.
    """
    wanted = set(msgids)
    active: dict[str, polib.POEntry] = {}
    obsolete: dict[str, polib.POEntry] = {}
    foreign: list[polib.POEntry] = []
    for entry in join_duplicates(existing if existing is not None else ()):
        if entry.msgctxt is not None or not entry.msgid:
            foreign.append(entry)
        elif entry.msgid_plural and entry.msgid not in wanted:
            foreign.append(entry)  # a translator's plural entry, not one of our sentences
        elif entry.obsolete:
            obsolete[entry.msgid] = entry
        else:
            active[entry.msgid] = entry
    respaced = _respaced(msgids, active, obsolete)
    taken = {id(old) for old in respaced.values()}
    candidates = [
        e for e in active.values() if e.msgid not in wanted and e.msgstr and id(e) not in taken
    ]
    steps: list[Step] = []
    for msgid in msgids:
        if msgid in active:
            old = active[msgid]
            steps.append(Step(msgid, Source.KEPT, old, memory.lookup(msgid)))
        elif msgid in obsolete and has_text(obsolete[msgid]):
            steps.append(Step(msgid, Source.RETURNING, obsolete.pop(msgid)))
        elif msgid in respaced:
            steps.append(Step(msgid, Source.RESPACED, respaced[msgid]))
        elif (hit := memory.lookup(msgid)) is not None:
            steps.append(Step(msgid, Source.MEMORY, hit=hit))
        elif (index := closest(msgid, [e.msgid for e in candidates])) is not None:
            steps.append(Step(msgid, Source.PREDECESSOR, candidates.pop(index)))
        else:
            steps.append(Step(msgid, Source.NEW))
    active_foreign = tuple(e for e in foreign if not e.obsolete)
    obsolete_foreign = [e for e in foreign if e.obsolete]
    leftovers = _leftovers(steps, active, obsolete, obsolete_foreign, wanted)
    return Plan(tuple(steps), leftovers, active_foreign)


def _spacing(text: str) -> tuple[str, ...]:
    """The words of *text*: equal for two texts that differ in whitespace only."""
    return tuple(text.split())


def _respaced(
    msgids: Sequence[str],
    active: Mapping[str, polib.POEntry],
    obsolete: Mapping[str, polib.POEntry],
) -> dict[str, polib.POEntry]:
    """Old translated entries of gone msgids that *msgids* repeat but for spacing, by msgid.

    Whitespace does not change a sentence, so its translation stays as it is, reviewed or not
    (a hand edit or an editor often trims or rewraps a msgid).
    """
    wanted = set(msgids)
    by_spacing: dict[tuple[str, ...], polib.POEntry] = {}
    for entry in (*active.values(), *obsolete.values()):
        if entry.msgid not in wanted and has_text(entry) and not entry.msgid_plural:
            by_spacing.setdefault(_spacing(entry.msgid), entry)
    found: dict[str, polib.POEntry] = {}
    for msgid in msgids:
        if msgid in active or (msgid in obsolete and has_text(obsolete[msgid])):
            continue
        old = by_spacing.pop(_spacing(msgid), None)
        if old is not None:
            found[msgid] = old
    return found


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
        if step.old is None:
            continue
        consumed.add(step.old.msgid)
        if step.source is Source.PREDECESSOR and is_reviewed(step.old):
            # Its fuzzy successor has the text, but a translator may overwrite that.
            keep[step.old.msgid] = step.old
    for msgid, entry in active.items():
        if msgid not in wanted and msgid not in consumed and has_text(entry):
            keep[msgid] = entry
    for msgid, entry in obsolete.items():
        if msgid not in wanted and msgid not in consumed and has_text(entry):
            keep.setdefault(msgid, entry)
    return (*keep.values(), *(e for e in foreign if has_text(e)))

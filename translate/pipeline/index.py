"""What a run keeps between runs, brought up to the files on disk (`translate.po.cache`).

Before a language is merged, the index is refreshed from its PO files (only those whose bytes
changed are parsed), the articles that changed glossary entries may reach are marked stale,
and the msgids whose accepted translations changed are returned, so that the articles using
them are merged again. Without the index, the memory is read from every PO file
(`disk_memory`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from translate.check.terms import passes_check
from translate.errors import InputError
from translate.po.cache import ArticleRecord, FileState, Index, Row, current_stat, same_stat
from translate.po.depends import EntryState, article_tokens, changed_keys, entry_states
from translate.po.files import decode_catalog, read_bytes, read_catalog
from translate.po.memory import Memory, build_memory, memory_rows

if TYPE_CHECKING:
    from translate.pipeline import Job

__all__ = ["changed_msgids", "disk_memory", "glossary_changes", "needs_merge", "refresh"]


def needs_merge(record: ArticleRecord | None, fingerprint: str, po: FileState | None) -> bool:
    """Whether an article's PO file may not be what a merge now would write."""
    if record is None or record.stale or record.digest != fingerprint:
        return True
    return po is None or po.sha != record.sha


def refresh(index: Index, folder: Path, root: Path, accept: Callable[[str, str], bool]) -> set[str]:
    """Bring the index up to the PO files on disk; the msgids whose memory rows changed.

    A file is parsed only if its bytes differ from what the index saw (its stat first).
    An unreadable file offers no rows, as in a run without the index.
    """
    known = index.files()
    on_disk = {path.name for path in folder.glob("*.po")} if folder.is_dir() else set()
    touched: set[str] = set()
    for name in sorted(on_disk | set(known)):
        path = folder / name
        state = known.get(name)
        if name in on_disk and state is not None and same_stat(path, state.stat):
            continue
        stat = current_stat(path)  # before the bytes: a save in between shows in the next stat
        try:
            data = read_bytes(path)
        except InputError:
            data = b""  # not a readable file: no rows, and merged again whenever it is
        if data is None:
            touched |= changed_msgids(index.rows(name), [])
            index.replace_rows(name, "", [])
            index.forget_file(name)
            continue
        sha = hashlib.sha256(data).hexdigest()
        if state is not None and state.sha == sha:
            index.record_file(name, FileState(stat, sha))
            continue
        try:
            offered = memory_rows(decode_catalog(data, path)) if data else []
        except InputError:
            offered = []
        rows = [(m, s, accept(m, s)) for m, s in offered]
        touched |= changed_msgids(index.rows(name), rows)
        index.replace_rows(name, str(path.relative_to(root)), rows)
        index.record_file(name, FileState(stat, sha))
    return touched


def changed_msgids(old: Sequence[Row], new: Sequence[Row]) -> set[str]:
    """The msgids whose accepted translations, in file order, differ between two row lists."""
    before: dict[str, list[str]] = {}
    after: dict[str, list[str]] = {}
    for msgid, msgstr, accepted in old:
        if accepted:
            before.setdefault(msgid, []).append(msgstr)
    for msgid, msgstr, accepted in new:
        if accepted:
            after.setdefault(msgid, []).append(msgstr)
    return {m for m in before.keys() | after.keys() if before.get(m) != after.get(m)}


def glossary_changes(index: Index, job: Job, accept: Callable[[str, str], bool]) -> set[str]:
    """Mark stale the articles that changed glossary entries may reach (`translate.po.depends`).

    The memory rows are checked again with the new glossary; the msgids whose accepted rows
    changed are returned. Articles the index knows that this run does not read are all marked.
    """
    new = entry_states(job.glossary)
    old = [EntryState(*row) for row in index.glossary()]
    if list(new) == old:
        return set()
    records = index.articles()
    if records:
        keys = changed_keys(old, new)
        folded: dict[str, str] = {}
        reached = {
            s.id
            for s in job.articles
            if s.id in records
            and (keys is None or not keys.isdisjoint(article_tokens(s.load(job.config), folded)))
        }
        index.mark_articles_stale(reached | (records.keys() - {a.id for a in job.articles}))
    index.record_glossary((s.id, s.digest, s.keys) for s in new)
    return index.reaccept(accept)


def disk_memory(job: Job, folder: Path) -> Memory:
    """The translation memory from every PO file of the language on disk (no index)."""
    config = job.config
    catalogs = []
    for path in sorted(folder.glob("*.po")) if folder.is_dir() else ():
        try:
            catalog = read_catalog(path)
        except InputError:
            continue
        if catalog is not None:
            catalogs.append((str(path.relative_to(config.root)), catalog))
    return build_memory(catalogs, passes_check(job.glossary, job.language))

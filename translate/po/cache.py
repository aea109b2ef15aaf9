"""Skip a language whose inputs and PO files are exactly as the last run left them.

A no-change re-run must not even parse the PO files. Each language folder keeps a small,
untracked ``.news-translate-cache.json``: a digest of everything that shapes the output (the
package's code, the versions of the libraries that write it, glossary, configuration, the engine
with its pair's or package's version) and, per article, digests of the parsed
article and of the PO file as written. Any difference, including a translator's edit of a PO
file, sends the language through the full merge.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

from translate.atomic import write_atomic

__all__ = [
    "CACHE_NAME",
    "code_digest",
    "digest",
    "file_digest",
    "is_fresh",
    "library_versions",
    "read_cache",
    "recorded_segments",
    "write_cache",
]

CACHE_NAME = ".news-translate-cache.json"

#: The distributions whose version can change what a run writes: babel answers for the header
#: of languages missing from the project's plural table, polib parses and renders PO files.
OUTPUT_LIBRARIES = ("babel", "polib")


def digest(*parts: object) -> str:
    """A stable digest of the ``repr`` of *parts* (frozen dataclasses have a stable repr)."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


#: The ``translate`` package: every module of it can change what a run writes.
PACKAGE = Path(__file__).resolve().parents[1]


def code_digest(package: Path = PACKAGE) -> str:
    """A digest of the package's whole source: new code, even at the same version, reruns."""
    sha = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        sha.update(str(path.relative_to(package)).encode("utf-8"))
        sha.update(path.read_bytes())
    return sha.hexdigest()


def library_versions() -> tuple[tuple[str, str], ...]:
    """``(name, version)`` of each of `OUTPUT_LIBRARIES`; ``""`` for one not installed."""
    found = []
    for name in OUTPUT_LIBRARIES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, ""))
    return tuple(found)


def file_digest(path: Path) -> str:
    """The digest of a file's bytes, or ``""`` when it does not exist."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def read_cache(folder: Path) -> dict[str, object]:
    """The cache of a language folder; empty when missing or unreadable (it is only a hint)."""
    try:
        data = json.loads((folder / CACHE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_fresh(
    cache: Mapping[str, object], salt: str, articles: Mapping[str, str], folder: Path
) -> bool:
    """Whether every article's PO file is exactly what the last run with this *salt* wrote."""
    recorded = cache.get("articles")
    if cache.get("salt") != salt or not isinstance(recorded, dict):
        return False
    for article_id, article_digest in articles.items():
        entry = recorded.get(article_id)
        if not isinstance(entry, dict) or entry.get("article") != article_digest:
            return False
        if entry.get("po") != file_digest(folder / f"{article_id}.po"):
            return False
    return True


def recorded_segments(cache: Mapping[str, object], article_id: str) -> int:
    """How many entries the last run wrote for *article_id* (0 when unknown)."""
    table = cache.get("articles")
    entry = table.get(article_id) if isinstance(table, dict) else None
    count = entry.get("segments") if isinstance(entry, dict) else None
    return count if isinstance(count, int) else 0


def write_cache(
    folder: Path,
    salt: str,
    articles: Iterable[tuple[str, str, int, str]],
    previous: Mapping[str, object],
) -> None:
    """Record this run's digests, keeping entries of articles this run did not touch.

    *articles* are ``(id, article digest, entries, digest of the PO text written)``: the text
    this run wrote, not the file now, which a translator may have saved since and which the
    next run must then merge.
    """
    recorded = previous.get("articles") if previous.get("salt") == salt else None
    table: dict[str, object] = dict(recorded) if isinstance(recorded, dict) else {}
    for article_id, article_digest, segments, po_digest in articles:
        table[article_id] = {"article": article_digest, "po": po_digest, "segments": segments}
    text = json.dumps({"salt": salt, "articles": dict(sorted(table.items()))}, indent=1)
    write_atomic(folder / CACHE_NAME, text + "\n")

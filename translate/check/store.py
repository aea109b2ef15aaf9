"""The untracked cache of ``check``: one SQLite file of per-file results, keyed on digests.

A row holds what `translate.check.scan` computed for one file (a PO file, an article, the
glossary): its findings and the compact summary the cross-file rules need, as JSON; or bytes
(`get_bytes`: the parsed glossary). The row's key is a digest of everything the result
depends on (the file's bytes, the glossary, the configuration, the code and library
versions, the checked languages...), so a row is only ever used for exactly the inputs it was
computed from; anything else is a miss.

The cache is only a hint: a missing, unreadable, locked or corrupt database is a miss (a
corrupt one is replaced), and a database that cannot be written is left alone. Writes go into
one transaction committed at the end of a check, so a check that fails on bad input leaves the
file as it was (and removes it when it created it).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import TracebackType

__all__ = ["CHECK_CACHE_NAME", "Store"]

#: The cache file, in the project's locales folder (ignored by git).
CHECK_CACHE_NAME = ".news-translate-check.sqlite"

_SCHEMA = "CREATE TABLE IF NOT EXISTS results (path TEXT PRIMARY KEY, key TEXT, payload TEXT)"


class Store:
    """Rows of ``(path, key, payload)``; `get` answers only when the key matches.

    Use as a context manager: the rows put are committed on a clean exit, rolled back
    otherwise.
    """

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / CHECK_CACHE_NAME if folder is not None else None
        self._db: sqlite3.Connection | None = None
        self._created = False
        self._dirty = False
        self._replace = False
        if self.path is None or not folder or not folder.is_dir():
            return
        try:
            self._created = not self.path.exists()
            if self._created:
                return  # made on the first write, so that a check that only reads makes none
            self._connect()
        except sqlite3.DatabaseError:
            # Not a database (or a damaged one): replaced on the first write.
            self._close()
            self._created = self._replace = True
        except (OSError, sqlite3.Error):
            self._close()

    def _connect(self) -> None:
        assert self.path is not None
        db = sqlite3.connect(self.path, timeout=2.0, isolation_level="DEFERRED")
        self._db = db
        db.execute(_SCHEMA)

    def get(self, path: str, key: str) -> object:
        """The payload stored for *path* under *key*, or None."""
        payload = self._payload(path, key)
        if not isinstance(payload, str):
            return None
        try:
            return json.loads(payload)
        except ValueError:
            return None

    def get_bytes(self, path: str, key: str) -> bytes | None:
        """The bytes stored for *path* under *key* with `put_bytes`, or None."""
        payload = self._payload(path, key)
        return payload if isinstance(payload, bytes) else None

    def _payload(self, path: str, key: str) -> object:
        """The payload column of *path*'s row when its key is *key*, else None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT payload FROM results WHERE path = ? AND key = ?", (path, key)
            ).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else row[0]

    def put(self, path: str, key: str, payload: object) -> None:
        """Record *payload* for *path* under *key* (committed when the check ends well)."""
        self._put(path, key, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))

    def put_bytes(self, path: str, key: str, data: bytes) -> None:
        """Record *data* for *path* under *key*, as `put` does."""
        self._put(path, key, data)

    def _put(self, path: str, key: str, payload: str | bytes) -> None:
        if self.path is None:
            return
        try:
            if self._db is None:
                if not self._created or not self.path.parent.is_dir():
                    return
                if self._replace:
                    self.path.unlink(missing_ok=True)
                    self._replace = False
                self._connect()
            assert self._db is not None
            self._db.execute(
                "INSERT OR REPLACE INTO results (path, key, payload) VALUES (?, ?, ?)",
                (path, key, payload),
            )
            self._dirty = True
        except (OSError, sqlite3.Error):
            self._close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if self._db is not None and kind is None and self._dirty:
                self._db.commit()
        except sqlite3.Error:
            pass
        finally:
            failed = kind is not None
            self._close()
            if failed and self._created and self.path is not None:
                self.path.unlink(missing_ok=True)

    def _close(self) -> None:
        if self._db is not None:
            try:
                self._db.rollback()
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

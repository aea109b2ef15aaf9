"""The untracked index that lets a run merge only the PO files whose inputs changed.

Each language folder keeps ``.news-translate-cache.sqlite`` (SQLite, from the standard
library; ignored by git). It is only ever a hint: a missing or unreadable index costs a full
merge, never a different file. It holds

- the *salt*: a digest of what shapes every file (the package's code, the versions of the
  libraries that write PO files, configuration, the engine with its version); a new salt
  empties the index;
- per PO file of the folder, as the index last saw it: its stat (size, mtime, ctime, inode)
  and the sha256 of its bytes, and its *memory rows*, the reviewed translations it offers to the
  other articles (`translate.po.memory.memory_rows`), each with whether the glossary check
  lets the memory spread it. A file whose stat differs is hashed, and
  parsed again only when its bytes differ, like git's index. A stat taken within
  `RACY_SECONDS` of the file's last change is not kept, so that a save in the same clock tick
  is still noticed;
- per article, what its last merge was made from and wrote: the article's digest, the sha256
  of the PO text, its counts, the msgids it looked up in the memory (as 64-bit keys), and
  whether a change since (in the memory, or in a glossary entry it may use) makes it *stale*;
- the glossary entries as the last run saw them (`translate.po.depends`).

The locales folder keeps one more, for the articles: the stat of each article file a run read,
with the article's id and digest, so that a run reads only the articles that changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

__all__ = [
    "ARTICLES_NAME",
    "CACHE_NAME",
    "RACY_SECONDS",
    "ArticleRecord",
    "FileState",
    "Index",
    "KnownArticle",
    "MemoryRow",
    "Row",
    "Stat",
    "code_digest",
    "current_stat",
    "digest",
    "file_digest",
    "known_articles",
    "library_versions",
    "msgid_key",
    "observe",
    "open_index",
    "record_articles",
    "same_stat",
]

CACHE_NAME = ".news-translate-cache.sqlite"
#: The JSON cache of earlier versions, removed when the index is first written.
_OLD_CACHE = ".news-translate-cache.json"
#: A stat younger than this is not trusted: the file may change again within the same tick.
RACY_SECONDS = 2.0
_SCHEMA = 2

#: The distributions whose version can change what a run writes: babel answers for the header
#: of languages missing from the project's plural table, polib parses and renders PO files,
#: python-crfsuite runs the names tagger whose names the hints give.
OUTPUT_LIBRARIES = ("babel", "polib", "python-crfsuite")


def digest(*parts: object) -> str:
    """A stable digest of the ``repr`` of *parts* (frozen dataclasses have a stable repr)."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


#: The ``translate`` package: every module of it can change what a run writes.
PACKAGE = Path(__file__).resolve().parents[1]


#: The package's files that decide what it does: its modules and the names tagger's model.
_CODE = frozenset({".py", ".crfsuite"})


def code_digest(package: Path = PACKAGE) -> str:
    """A digest of the package's whole source and models: new code or a retrained model, even
    at the same version, reruns."""
    sha = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in _CODE):
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


def msgid_key(msgid: str) -> int:
    """A signed 64-bit key of *msgid*: a collision only costs an extra merge."""
    sha = hashlib.blake2b(msgid.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(sha, "big", signed=True)


Stat = tuple[int, int, int, int]
#: A translation a PO file offers the memory: msgid, msgstr, and whether the glossary check
#: lets the memory spread it.
Row = tuple[str, str, bool]


def _stat_of(result: os.stat_result) -> Stat | None:
    """The stat to keep, or None when it is too recent to vouch for the bytes (racy)."""
    newest = max(result.st_mtime_ns, result.st_ctime_ns)
    if time.time_ns() - newest < RACY_SECONDS * 1e9:
        return None
    return (result.st_size, result.st_mtime_ns, result.st_ctime_ns, result.st_ino)


def current_stat(path: Path) -> Stat | None:
    """*path*'s stat as `FileState` keeps it (None: missing, or too recent to trust)."""
    try:
        return _stat_of(path.stat())
    except OSError:
        return None


def same_stat(path: Path, known: Stat | None) -> bool:
    """Whether *path* is, by its stat alone, the file that was seen with *known*."""
    if known is None:
        return False
    try:
        result = path.stat()
    except OSError:
        return False
    return (result.st_size, result.st_mtime_ns, result.st_ctime_ns, result.st_ino) == known


@dataclass(frozen=True)
class FileState:
    """A PO file as the index last saw it: *stat* (None: hash it next time) and *sha*."""

    stat: Stat | None
    sha: str


def observe(path: Path, sha: str) -> FileState:
    """The state to record for *path*, which should hold the text whose sha256 is *sha*.

    The stat is taken before the bytes are read: if someone saves in between, the bytes differ
    and no stat is kept, so the next run hashes the file and sees the save.
    """
    stat = current_stat(path)
    if stat is not None and file_digest(path) != sha:
        stat = None
    return FileState(stat, sha)


@dataclass(frozen=True)
class ArticleRecord:
    """What one article's last merge was made from and wrote."""

    digest: str
    sha: str
    segments: int
    stale: bool


@dataclass(frozen=True)
class MemoryRow:
    """A reviewed translation a PO file offers, at *position* among that file's rows."""

    origin: str
    position: int
    msgid: str
    msgstr: str


_TABLES = """
create table if not exists meta (key text primary key, value text not null);
create table if not exists files (
    name text primary key, size int, mtime int, ctime int, ino int, sha text not null);
create table if not exists rows (
    name text not null, origin text not null, position int not null, key int not null,
    msgid text not null, msgstr text not null, accepted int not null);
create index if not exists rows_key on rows (key);
create index if not exists rows_name on rows (name);
create table if not exists articles (
    id text primary key, digest text not null, sha text not null, segments int not null,
    stale int not null);
create table if not exists lookups (key int not null, article text not null);
create index if not exists lookups_key on lookups (key);
create index if not exists lookups_article on lookups (article);
create table if not exists glossary (
    position int primary key, id text not null, digest text not null, keys text not null);
"""


class Index:
    """The index of one language folder; changes are kept by `commit` only."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def files(self) -> dict[str, FileState]:
        """Every PO file the index knows, by name."""
        found = {}
        for name, size, mtime, ctime, ino, sha in self._db.execute("select * from files"):
            stat = None if size is None else (size, mtime, ctime, ino)
            found[name] = FileState(stat, sha)
        return found

    def record_file(self, name: str, state: FileState) -> None:
        stat: Sequence[int | None] = state.stat or (None, None, None, None)
        self._db.execute(
            "insert or replace into files values (?, ?, ?, ?, ?, ?)", (name, *stat, state.sha)
        )

    def forget_file(self, name: str) -> None:
        self._db.execute("delete from files where name = ?", (name,))

    def rows(self, name: str) -> list[Row]:
        """The memory rows of the file *name*, ``(msgid, msgstr, accepted)`` in file order."""
        query = "select msgid, msgstr, accepted from rows where name = ? order by position"
        return [(m, s, bool(a)) for m, s, a in self._db.execute(query, (name,))]

    def replace_rows(self, name: str, origin: str, rows: Sequence[Row]) -> None:
        self._db.execute("delete from rows where name = ?", (name,))
        self._db.executemany(
            "insert into rows values (?, ?, ?, ?, ?, ?, ?)",
            ((name, origin, n, msgid_key(m), m, s, int(a)) for n, (m, s, a) in enumerate(rows)),
        )

    def reaccept(self, accept: Callable[[str, str], bool]) -> set[str]:
        """Decide again which rows the memory may offer; the msgids of those that changed."""
        changed: dict[int, bool] = {}
        touched: set[str] = set()
        query = "select rowid, msgid, msgstr, accepted from rows"
        for rowid, msgid, msgstr, accepted in self._db.execute(query).fetchall():
            if accept(msgid, msgstr) != bool(accepted):
                changed[rowid] = not accepted
                touched.add(msgid)
        self._db.executemany(
            "update rows set accepted = ? where rowid = ?",
            ((int(a), rowid) for rowid, a in changed.items()),
        )
        return touched

    def memory_rows(self, msgids: Iterable[str]) -> list[MemoryRow]:
        """Every accepted row offering one of *msgids*, in no particular order."""
        wanted = set(msgids)
        found: list[MemoryRow] = []
        offered = {key for (key,) in self._db.execute("select key from rows where accepted = 1")}
        query = "select origin, position, msgid, msgstr from rows where key = ? and accepted = 1"
        for msgid in (m for m in wanted if msgid_key(m) in offered):
            for origin, position, text, msgstr in self._db.execute(query, (msgid_key(msgid),)):
                if text in wanted:
                    found.append(MemoryRow(origin, position, text, msgstr))
        return found

    def articles(self) -> dict[str, ArticleRecord]:
        """Every article the index knows, by id."""
        return {
            row[0]: ArticleRecord(row[1], row[2], row[3], bool(row[4]))
            for row in self._db.execute("select * from articles")
        }

    def record_article(self, article: str, record: ArticleRecord, msgids: Iterable[str]) -> None:
        self._db.execute(
            "insert or replace into articles values (?, ?, ?, ?, ?)",
            (article, record.digest, record.sha, record.segments, int(record.stale)),
        )
        self._db.execute("delete from lookups where article = ?", (article,))
        self._db.executemany(
            "insert into lookups values (?, ?)",
            ((key, article) for key in sorted({msgid_key(m) for m in msgids})),
        )

    def lookups(self, article: str) -> set[int]:
        """The keys of the msgids *article* looked up when it was last merged."""
        query = "select key from lookups where article = ?"
        return {key for (key,) in self._db.execute(query, (article,))}

    def users(self, msgid: str) -> set[str]:
        """The articles whose last merge looked up *msgid*."""
        query = "select article from lookups where key = ?"
        return {article for (article,) in self._db.execute(query, (msgid_key(msgid),))}

    def glossary(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """The glossary entries as the last run saw them: ``(id, digest, keys)`` in order."""
        query = "select id, digest, keys from glossary order by position"
        return [(i, d, tuple(k.split("\n")) if k else ()) for i, d, k in self._db.execute(query)]

    def record_glossary(self, entries: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        self._db.execute("delete from glossary")
        self._db.executemany(
            "insert into glossary values (?, ?, ?, ?)",
            ((n, i, d, "\n".join(k)) for n, (i, d, k) in enumerate(entries)),
        )

    def mark_articles_stale(self, articles: Iterable[str]) -> None:
        self._db.executemany(
            "update articles set stale = 1 where id = ?", ((a,) for a in sorted(articles))
        )

    def mark_stale(self, msgids: Iterable[str]) -> set[str]:
        """Mark the articles that looked up any of *msgids* stale; return their ids."""
        stale: set[str] = set()
        for msgid in set(msgids):
            stale |= self.users(msgid)
        self.mark_articles_stale(stale)
        return stale

    def commit(self) -> None:
        self._db.commit()


@contextlib.contextmanager
def open_index(folder: Path, salt: str) -> Iterator[Index]:
    """The index of *folder*, emptied when its salt is not *salt*; closed on exit.

    Nothing is kept unless `Index.commit` is called. An unreadable index is started afresh;
    one that cannot be written (a folder in its place, a read-only file) is kept in memory for
    this run, which then merges every article, as a run without the index does.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CACHE_NAME
    try:
        connection = _connect(path, salt)
    except sqlite3.DatabaseError:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        try:
            connection = _connect(path, salt)
        except sqlite3.DatabaseError:
            connection = _connect(":memory:", salt)
    with contextlib.suppress(FileNotFoundError):
        (folder / _OLD_CACHE).unlink()
    try:
        yield Index(connection)
    finally:
        connection.close()


def _connect(path: Path | str, salt: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level="DEFERRED")
    try:
        connection.execute("pragma synchronous = normal")
        connection.executescript(_TABLES)
        meta = dict(connection.execute("select key, value from meta"))
        if meta.get("salt") != salt or meta.get("schema") != str(_SCHEMA):
            for table in ("meta", "files", "rows", "articles", "lookups", "glossary"):
                connection.execute(f"delete from {table}")
        # Written every time, so that an index that cannot be written fails here, not mid-run.
        connection.executemany(
            "insert or replace into meta values (?, ?)",
            [("salt", salt), ("schema", str(_SCHEMA))],
        )
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


#: The project's article index, in the locales folder: which article files are unchanged.
ARTICLES_NAME = ".news-translate-cache.sqlite"


@dataclass(frozen=True)
class KnownArticle:
    """An article file as a run read it: its stat, the article's id and `digest`."""

    stat: Stat
    id: str
    fingerprint: str


def known_articles(locales: Path, salt: str) -> dict[str, KnownArticle]:
    """The article files read by earlier runs with *salt*, by path; writes nothing."""
    path = locales / ARTICLES_NAME
    if not path.is_file():
        return {}
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            if dict(db.execute("select key, value from meta")).get("salt") != salt:
                return {}
            rows = db.execute("select path, size, mtime, ctime, ino, id, fingerprint from read")
            return {r[0]: KnownArticle((r[1], r[2], r[3], r[4]), r[5], r[6]) for r in rows}
    except sqlite3.DatabaseError:
        return {}


def record_articles(locales: Path, salt: str, read: Iterable[tuple[str, KnownArticle]]) -> None:
    """Add the article files this run read (with a stat old enough to trust) to the index."""
    path = locales / ARTICLES_NAME
    locales.mkdir(parents=True, exist_ok=True)
    for attempt in (1, 2):
        try:
            with contextlib.closing(sqlite3.connect(path)) as db:
                db.executescript(
                    "create table if not exists meta (key text primary key, value text not null);"
                    "create table if not exists read (path text primary key, size int, mtime int,"
                    " ctime int, ino int, id text not null, fingerprint text not null);"
                )
                if dict(db.execute("select key, value from meta")).get("salt") != salt:
                    db.execute("delete from read")
                    db.execute("insert or replace into meta values ('salt', ?)", (salt,))
                db.executemany(
                    "insert or replace into read values (?, ?, ?, ?, ?, ?, ?)",
                    ((p, *k.stat, k.id, k.fingerprint) for p, k in read),
                )
                db.commit()
            return
        except sqlite3.DatabaseError:
            if attempt == 2:
                # Cannot be written (a folder in its place, a read-only file): the next run
                # reads every article again, as a run without the index does.
                return
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

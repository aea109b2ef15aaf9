"""One atomic file writer for everything the tool writes: PO files, glossary files, its cache.

Text goes to a temporary file in the same folder, is flushed to disk, gets the old file's mode
(0644 for a new one), and is renamed over the target, so a reader never sees half a file. An
identical file is left untouched, so its modification time says when it last really changed.

`replace_if_unchanged` is for files that someone else may save while we work on them (a
translator's PO file): it compares the file with what was read as late as possible, after the
new text is on disk and just before the rename, and writes nothing when it changed. What is
left is the few microseconds between that comparison and the rename; POSIX has no
compare-and-rename.

A run killed between `mkstemp` and the rename leaves ``.<name>.<random>.tmp`` behind:
`remove_stale_temps` clears them, under the run lock, and ``.gitignore`` lists them.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from translate.errors import InputError

__all__ = ["Outcome", "remove_stale_temps", "replace_if_unchanged", "write_atomic"]

#: A temporary file of `_write`: ``tempfile.mkstemp`` adds 8 characters from ``[a-z0-9_]``.
_TEMP = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


class Outcome(enum.Enum):
    """What `replace_if_unchanged` did."""

    WRITTEN = "written"
    SAME = "same"  # the file already had this text
    CHANGED = "changed"  # the file changed since it was read: nothing was written


def _before_replace(path: Path) -> None:
    """Called when the new text is on disk and about to replace *path*; a seam for tests."""


def write_atomic(
    path: Path,
    text: str,
    *,
    error: type[InputError] = InputError,
    hint: str = "check that the folder is writable and the disk is not full",
) -> bool:
    """Write *text* to *path* atomically; False, touching nothing, when it is already there.

    A failure raises *error* naming the path, and leaves the old file as it was.
    """
    data = text.encode("utf-8")
    if _read(path, error, hint) == data:
        return False
    return _write(path, data, lambda: True, error, hint)


def replace_if_unchanged(
    path: Path,
    text: str,
    read: bytes | None,
    *,
    error: type[InputError] = InputError,
    hint: str = "check that the folder is writable and the disk is not full",
) -> Outcome:
    """Write *text* to *path* atomically if the file still holds *read* (None: no file).

    `Outcome.CHANGED`, writing nothing, when someone changed the file since it was read.
    """
    data = text.encode("utf-8")
    current = _read(path, error, hint)
    if current != read:
        return Outcome.CHANGED
    if current == data:
        return Outcome.SAME
    written = _write(path, data, lambda: _read(path, error, hint) == read, error, hint)
    return Outcome.WRITTEN if written else Outcome.CHANGED


def remove_stale_temps(folder: Path) -> tuple[Path, ...]:
    """Remove the temporary files of killed runs in *folder* and its subfolders, one level.

    Only call this when no other writer can be at work there (under the run lock).
    """
    found = sorted(
        path
        for pattern in (".*.tmp", "*/.*.tmp")
        for path in folder.glob(pattern)
        if _TEMP.fullmatch(path.name) and path.is_file()
    )
    removed = []
    for path in found:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return tuple(removed)


def _read(path: Path, error: type[InputError], hint: str) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as failure:
        raise _failed(path, failure, error, hint) from failure


def _write(
    path: Path, data: bytes, still: Callable[[], bool], error: type[InputError], hint: str
) -> bool:
    """Write *data* through a temporary file, renamed over *path* if *still* says so then."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as failure:
        raise _failed(path, failure, error, hint) from failure
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)
        _before_replace(path)
        if not still():
            Path(temp).unlink()
            return False
        os.replace(temp, path)
    except OSError as failure:
        Path(temp).unlink(missing_ok=True)
        raise _failed(path, failure, error, hint) from failure
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return True


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; best effort, as not every system can open a folder."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _failed(path: Path, failure: OSError, error: type[InputError], hint: str) -> InputError:
    return error(f"cannot write: {failure.strerror or failure}", path=path, hint=hint)

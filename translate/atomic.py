"""One atomic file writer for everything the tool writes: PO files, glossary files, its cache.

Text goes to a temporary file in the same folder, is flushed to disk, gets the old file's mode
(0644 for a new one), and is renamed over the target, so a reader never sees half a file. An
identical file is left untouched, so its modification time says when it last really changed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from translate.errors import InputError

__all__ = ["write_atomic"]


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
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except OSError as failure:
        raise _failed(path, failure, error, hint) from failure
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

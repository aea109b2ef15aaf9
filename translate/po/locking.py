"""One run at a time per locales folder."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from translate.errors import InputError

__all__ = ["LOCK_NAME", "locked"]

LOCK_NAME = ".news-translate.lock"


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the run lock for *folder*, failing at once if another run holds it.

    The lock is an advisory ``flock``: it goes away with the process, so a crashed run never
    leaves a stale lock behind.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    with open(path, "w", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                "another news-translate run is writing here",
                path=path,
                hint="wait for it to finish, then run again",
            ) from None
        try:
            handle.write(str(os.getpid()))
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

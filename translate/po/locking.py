"""One run at a time per locales folder, and a clean start after a run that was killed.

The lock is an advisory ``flock`` on ``locales/.news-translate.lock``, which holds the PID of
the run that has it, and is emptied when the run ends normally. So:

- the file is opened without truncation: a run that is refused never erases the holder's PID;
- it is opened ``O_CLOEXEC``, and the worker processes are started fresh (see
  `translate.workers`), so no other process can inherit the lock and hold it after the run;
- a PID left in the file means the last run did not end normally: the lock is taken over and
  `Held.previous` names that run, for the CLI to say so;
- a lock still held by processes of a run that is gone (an older version's workers, which did
  inherit it) is taken over after a short grace period, by replacing the lock file. Take-overs
  are serialised by a second ``flock`` on the folder itself, so two runs never both take over.

Once it holds the lock, a run removes the temporary files a killed run left behind.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from translate.atomic import remove_stale_temps
from translate.errors import InputError

__all__ = ["LOCK_NAME", "Held", "locked", "reading"]

LOCK_NAME = ".news-translate.lock"
#: How long a lock held by processes of a dead run may take to go away by itself.
GRACE_SECONDS = 2.0
_ATTEMPTS = 5


@dataclass(frozen=True)
class Held:
    """The lock this run holds."""

    path: Path
    #: PID of a run that ended without releasing the lock (killed, crashed), if any.
    previous: int | None = None
    #: Temporary files of earlier runs that were removed.
    removed: tuple[Path, ...] = ()


@contextmanager
def locked(folder: Path) -> Iterator[Held]:
    """Hold the run lock for *folder*, failing at once if another live run holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    fd, previous = _acquire(path)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        try:
            yield Held(path, previous, remove_stale_temps(folder))
        finally:
            # Emptied whenever the run ends by itself: a PID left behind means it was killed.
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the only descriptor releases the flock


@contextmanager
def reading(folder: Path) -> Iterator[None]:
    """Fail if a run is writing in *folder*; write nothing, not even the lock file."""
    try:
        fd = _open(folder / LOCK_NAME, os.O_RDONLY)
    except FileNotFoundError:
        yield
        return
    try:
        if not _try_flock(fd, fcntl.LOCK_SH):
            raise _busy(folder / LOCK_NAME, _read_pid(fd))
        yield
    finally:
        os.close(fd)


def _acquire(path: Path) -> tuple[int, int | None]:
    """An open descriptor holding the lock at *path*, and the PID of a dead previous holder."""
    replaced: int | None = None  # the dead run whose lock file was replaced
    for _ in range(_ATTEMPTS):
        fd = _open(path, os.O_RDWR | os.O_CREAT)
        try:
            locked_now = _try_flock(fd, fcntl.LOCK_EX)
            if not locked_now:
                pid = _read_pid(fd)
                if pid is None or _alive(pid):
                    raise _busy(path, pid)
                locked_now = _wait_for(fd, GRACE_SECONDS)
            if locked_now and _same_file(fd, path):
                return fd, _read_pid(fd) or replaced
            if not locked_now:
                _replace_stale(fd, path)
                replaced = pid
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    raise _busy(path, None)


def _open(path: Path, flags: int) -> int:
    """The lock file open with *flags*; `InputError` when something else is in its place.

    A folder, a symlink loop or an immutable file there made the run die with a traceback.
    `FileNotFoundError` passes: `reading` takes it to mean no run ever wrote here.
    """
    try:
        return os.open(path, flags | os.O_CLOEXEC, 0o644)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if os.path.isdir(path) and not os.path.islink(path):
            what = "a folder is in the place of the run lock"
        else:
            what = f"cannot open the run lock: {exc.strerror}"
        raise InputError(
            what, path=path, hint=f"remove {path} (a run makes a new one) or fix its permissions"
        ) from None


def _replace_stale(fd: int, path: Path) -> None:
    """Unlink the lock file held by a dead run's orphans, unless another run already did."""
    guard = os.open(path.parent, os.O_RDONLY | os.O_CLOEXEC)
    try:
        fcntl.flock(guard, fcntl.LOCK_EX)
        if _same_file(fd, path):
            path.unlink()
    finally:
        os.close(guard)


def _try_flock(fd: int, kind: int) -> bool:
    try:
        fcntl.flock(fd, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _wait_for(fd: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if _try_flock(fd, fcntl.LOCK_EX):
            return True
    return False


def _same_file(fd: int, path: Path) -> bool:
    """Whether *path* still names the file open as *fd* (a take-over may have replaced it)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_pid(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with suppress(OSError):
        # A zombie (killed, not yet reaped by its parent) holds nothing any more.
        return Path(f"/proc/{pid}/stat").read_text().rpartition(") ")[2][:1] != "Z"
    return True


def _busy(path: Path, pid: int | None) -> InputError:
    holder = f", pid {pid}" if pid else ""
    return InputError(
        f"another news-translate run is writing here{holder}",
        path=path,
        hint="wait for it to finish, then run again",
    )

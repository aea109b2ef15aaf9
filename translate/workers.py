"""Worker processes that never outlive the run that started them.

``run --jobs N`` drafts languages in a process pool. A pool made by ``fork`` inherits every
open descriptor, the run lock included, and its workers carry on when the run is killed
(``kill -9``): they finish writing, hang on their result pipe and keep the lock forever.
So the workers here are:

- started with ``spawn``: a fresh interpreter inherits no descriptor but the pool's own pipes
  (the lock is also opened ``O_CLOEXEC``), and is a direct child of the run;
- asked to get ``SIGKILL`` when the run dies (Linux ``prctl(PR_SET_PDEATHSIG)``), checked
  once against a run that died before the request was made;
- watched by a thread that exits the worker when its parent changes, where ``prctl`` is
  missing (other systems) or does not apply.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

__all__ = ["available_cores", "send_event", "worker_pool", "worker_pool_with_events"]

_PR_SET_PDEATHSIG = 1
#: How often the fallback watchdog looks at the parent, in seconds.
WATCH_INTERVAL = 0.2


#: In a worker, where `send_event` puts events for the run (set by the pool's initializer).
_EVENTS: list[Any] = []


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_pool(
    jobs: int, setup: Callable[..., None] | None = None, setup_args: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """A pool of *jobs* processes that die with this one; each calls ``setup(*setup_args)``
    once it is started, if given."""
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start,
        initargs=(os.getpid(), setup, setup_args),
    )


def _start(parent: int, setup: Callable[..., None] | None, setup_args: tuple[Any, ...]) -> None:
    die_with_parent(parent)
    if setup is not None:
        setup(*setup_args)


@contextmanager
def worker_pool_with_events(jobs: int) -> Iterator[tuple[ProcessPoolExecutor, Any]]:
    """`worker_pool`, and a queue that `send_event` in its workers feeds, for the run to read
    (progress reports)."""
    context = multiprocessing.get_context("spawn")
    queue = context.SimpleQueue()
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=die_with_parent,
        initargs=(os.getpid(), queue),
    )
    with pool:
        yield pool, queue


def send_event(event: object) -> None:
    """In a worker of a pool made with events, hand *event* to the run; elsewhere, nothing."""
    if _EVENTS:
        _EVENTS[0].put(event)


def die_with_parent(parent: int, events: Any = None) -> None:
    """Make this process die when *parent* does (the pool's worker initializer); keep the
    queue *events* for `send_event`."""
    if events is not None:
        _EVENTS[:] = [events]
    # Not on Linux, there is no prctl: the watchdog below is all there is.
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the request above
    threading.Thread(target=_watch, args=(parent,), name="parent-watchdog", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_INTERVAL)
    os._exit(1)

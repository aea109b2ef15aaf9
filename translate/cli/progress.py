"""The progress bar of ``run``: one bar over every language's drafting, in sentences.

Languages report their totals as they start (`translate.pipeline.Progress`), so the bar's
length is the totals known so far plus, for each language not started yet, their average.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

import typer

from translate.pipeline import Progress

__all__ = ["DraftBar"]


class DraftBar:
    """A callback for `translate.pipeline.run_plan` that draws a bar on stderr.

    The bar appears with the first sentence to draft, so that a run with nothing to draft
    prints nothing; use it as a context manager, so that the bar is closed.
    """

    def __init__(self, languages: int) -> None:
        self._languages = max(languages, 1)
        self._totals: dict[str, int] = {}
        self._done = 0
        self._started = 0.0
        self._bar: Any = None

    def __enter__(self) -> DraftBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)

    def rate(self) -> str:
        seconds = time.monotonic() - self._started
        return f"{self._done / seconds:.1f} sentences/s" if seconds > 0 and self._done else ""

    def __call__(self, event: Progress) -> None:
        self._totals.setdefault(event.language, event.total)
        known = sum(self._totals.values())
        if known == 0:
            return
        waiting = self._languages - len(self._totals)
        length = known + waiting * known // len(self._totals)
        if self._bar is None:
            self._started = time.monotonic()
            self._bar = typer.progressbar(
                length=length,
                label="drafting",
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda item: item,
            ).__enter__()
        self._bar.length = max(length, self._done + event.done)
        self._done += event.done
        self._bar.current_item = self.rate()
        self._bar.update(event.done)

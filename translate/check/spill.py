"""Findings kept on disk and read back sorted, so that a check's memory does not grow with them.

``check`` reports its findings sorted (`Finding`'s own order: path, line, rule, ...), but
produces them one article at a time, each with its PO files in every language, and the
cross-file rules (``po.inconsistent``, ``sync.missing-file``) only at the end. So the order
produced is not the order printed: `FindingSpill` writes each finding to a private temporary
SQLite database (deleted when it is closed) and gives them back with ``ORDER BY``, which SQLite
sorts within a bounded cache, spilling to temporary files beyond it.

Text is stored as UTF-8 BLOBs, compared byte by byte: UTF-8 keeps the order of code points,
which is how Python compares ``str``, so the order read back is exactly ``sorted(findings)``.
Lone surrogates (a file name that is not UTF-8) are encoded with ``surrogatepass``, which keeps
that order too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from types import TracebackType

from translate.findings import Finding, Severity

__all__ = ["FindingSpill", "rule_group"]

_COLUMNS = "path, line, rule, severity, message, term, found, expected"
#: Findings buffered before one ``executemany``.
_BATCH = 2048


def rule_group(rule: str) -> str:
    """The group a rule belongs to (``po`` for ``po.missing-term``), as JUnit reports it."""
    return rule.split(".", 1)[0]


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


class FindingSpill:
    """An append-only bag of findings, read back in sorted order as often as needed.

    Also counts them per severity and remembers which rules occurred, which is what the
    summary line and the exit status need. Use as a context manager (closing deletes it).
    """

    def __init__(self) -> None:
        # "" is SQLite's private temporary database: on disk beyond its page cache, removed
        # on close.
        self._db = sqlite3.connect("")
        self._db.execute(
            "CREATE TABLE findings (grp BLOB, path BLOB, line INTEGER, rule BLOB, "
            "severity BLOB, message BLOB, term BLOB, found BLOB, expected BLOB)"
        )
        self._pending: list[tuple[object, ...]] = []
        self.counts: dict[Severity, int] = dict.fromkeys(Severity, 0)
        self.rules: set[str] = set()

    def extend(self, findings: Iterable[Finding]) -> None:
        """Add *findings* (in any order)."""
        for f in findings:
            self.counts[f.severity] += 1
            self.rules.add(f.rule)
            self._pending.append((
                _encode(rule_group(f.rule)), _encode(f.path), f.line, _encode(f.rule),
                _encode(f.severity.value), _encode(f.message), _encode(f.term),
                _encode(f.found), _encode(f.expected),
            ))  # fmt: skip
            if len(self._pending) >= _BATCH:
                self._flush()

    def __iadd__(self, findings: Iterable[Finding]) -> FindingSpill:
        self.extend(findings)
        return self

    def __len__(self) -> int:
        return sum(self.counts.values())

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany(
                f"INSERT INTO findings (grp, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._pending,
            )
            self._pending = []

    def _select(self, where: str, arguments: tuple[object, ...]) -> Iterator[Finding]:
        self._flush()
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM findings {where} ORDER BY {_COLUMNS}", arguments
        )
        severities = {_encode(s.value): s for s in Severity}
        d = _decode
        for path, line, rule, severity, message, term, found, expected in cursor:
            yield Finding(d(path), line, d(rule), severities[severity], d(message), d(term),
                          d(found), d(expected))  # fmt: skip

    def __iter__(self) -> Iterator[Finding]:
        """Every finding, sorted."""
        return self._select("", ())

    def group(self, name: str) -> Iterator[Finding]:
        """The findings of the rule group *name*, sorted."""
        return self._select("WHERE grp = ?", (_encode(name),))

    def close(self) -> None:
        self._pending = []
        self._db.close()

    def __enter__(self) -> FindingSpill:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

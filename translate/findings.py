"""Problems found by validation and checks: one shape for every rule, severity and output format."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Finding", "Severity"]


class Severity(StrEnum):
    """How bad a finding is; errors fail CI, warnings and infos are advice."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place.

    `rule` is a stable id (``glossary.duplicate-id``, ``po.deprecated-form``), documented in the
    README; `term` is the glossary entry id concerned, `found` and `expected` the surface forms.
    """

    path: str
    line: int
    rule: str
    severity: Severity
    message: str
    term: str = ""
    found: str = ""
    expected: str = ""

    def location(self) -> str:
        """``path:line``, or just the path when the line is unknown."""
        return f"{self.path}:{self.line}" if self.line else self.path

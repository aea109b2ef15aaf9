"""The interface every machine-translation engine implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

__all__ = ["Device", "Engine", "EngineInfo"]


class Device(StrEnum):
    """Where a neural engine runs: ``auto`` takes a GPU when the library reports one."""

    AUTO = "auto"
    CPU = "cpu"
    CUDA = "cuda"


@dataclass(frozen=True)
class EngineInfo:
    """Provenance of a draft: which engine, which version, which model or mode."""

    name: str
    version: str
    model: str = ""

    def label(self) -> str:
        """One human-readable line, e.g. ``apertium 3.8.3 (eng-spa)``."""
        text = f"{self.name} {self.version}".strip()
        return f"{text} ({self.model})" if self.model else text


class Engine(Protocol):
    """Batch machine translation, nothing else."""

    name: str

    def pairs(self) -> frozenset[tuple[str, str]]:
        """The (source, target) language pairs this engine can translate right now."""
        ...

    def info(self, source: str, target: str) -> EngineInfo:
        """Name, version and model used for *source* → *target*."""
        ...

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each text; the result has the same length and order as *texts*."""
        ...

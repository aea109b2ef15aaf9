"""Machine-translation engines and the choice of one per language.

With ``auto`` the choice for a language is: an installed Argos package, else an Apertium pair,
else ``none`` (no draft: entries stay untranslated and carry their glossary hints). Engine
modules are imported only when an engine is used: importing this package loads no MT library.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from translate.engines.base import Device, Engine, EngineInfo
from translate.errors import EngineError, EngineUnavailable

__all__ = [
    "Device",
    "EngineChoice",
    "EngineName",
    "EngineSettings",
    "NoneEngine",
    "available_pairs",
    "choose_engine",
    "create_engine",
]


class EngineName(StrEnum):
    AUTO = "auto"
    ARGOS = "argos"
    APERTIUM = "apertium"
    NONE = "none"


_INSTALL_HINTS = {
    EngineName.ARGOS: "install a package: news-translate models install --from-file FILE",
    EngineName.APERTIUM: "install the Debian package of the pair (apt-cache search apertium)",
}


@dataclass(frozen=True)
class EngineSettings:
    """Options for every engine, resolved once at the edge (CLI) and passed in."""

    argos_packages: Path | None = None
    beam_size: int = 2
    threads: int = 0
    device: Device = Device.AUTO
    apertium_binary: str = "apertium"
    apertium_timeout: float = 300.0


@dataclass(frozen=True)
class EngineChoice:
    """Which engine a language will use, and why."""

    language: str
    engine: EngineName
    reason: str


class NoneEngine:
    """No machine translation: every draft is empty."""

    name = "none"

    def pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset()

    def info(self, source: str, target: str) -> EngineInfo:
        return EngineInfo("none", "")

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        return ["" for _ in texts]


def create_engine(name: EngineName, settings: EngineSettings) -> Engine:
    """Instantiate a concrete engine (``auto`` must be resolved by `choose_engine` first)."""
    if name is EngineName.ARGOS:
        from translate.engines.argos import ArgosEngine
        from translate.engines.argos_packages import packages_dir

        return ArgosEngine(
            settings.argos_packages or packages_dir(os.environ),
            beam_size=settings.beam_size,
            threads=settings.threads,
            device=settings.device,
        )
    if name is EngineName.APERTIUM:
        from translate.engines.apertium import ApertiumEngine

        return ApertiumEngine(
            binary=settings.apertium_binary, timeout=settings.apertium_timeout, mark_unknown=True
        )
    if name is EngineName.NONE:
        return NoneEngine()
    raise EngineError("'auto' is not a concrete engine", engine=name.value)


def available_pairs(settings: EngineSettings) -> dict[EngineName, frozenset[tuple[str, str]]]:
    """What each real engine can translate on this machine (empty when it is not installed)."""
    found: dict[EngineName, frozenset[tuple[str, str]]] = {}
    for name in (EngineName.ARGOS, EngineName.APERTIUM):
        try:
            found[name] = create_engine(name, settings).pairs()
        except (EngineError, ImportError):
            found[name] = frozenset()
    return found


def choose_engine(
    configured: str,
    source: str,
    target: str,
    pairs: Mapping[EngineName, frozenset[tuple[str, str]]],
) -> EngineChoice:
    """Resolve the configured engine name for one language pair (pure).

    >>> choose_engine("auto", "en", "es", {EngineName.APERTIUM: frozenset({("en", "es")})}).reason
    'Apertium pair en-es'
    """
    try:
        name = EngineName(configured)
    except ValueError:
        raise EngineUnavailable(
            f"unknown engine {configured!r} for {target}",
            engine=configured,
            hint=f"use one of: {', '.join(e.value for e in EngineName)}",
        ) from None
    pair = (source, target)
    if name is EngineName.AUTO:
        if pair in pairs.get(EngineName.ARGOS, frozenset()):
            return EngineChoice(target, EngineName.ARGOS, f"Argos package {source}->{target}")
        if pair in pairs.get(EngineName.APERTIUM, frozenset()):
            return EngineChoice(target, EngineName.APERTIUM, f"Apertium pair {source}-{target}")
        return EngineChoice(
            target, EngineName.NONE, f"no Argos package or Apertium pair for {source}->{target}"
        )
    if name is EngineName.NONE:
        return EngineChoice(target, name, "configured: no machine translation")
    if pair not in pairs.get(name, frozenset()):
        raise EngineUnavailable(
            f"cannot translate {source}->{target} on this machine",
            engine=name.value,
            hint=f"{_INSTALL_HINTS[name]}, or set the engine to auto or none",
        )
    return EngineChoice(target, name, f"configured: {name.value}")

"""The values that drafting passes along: how terms are shielded (`Scheme`), a term's stand-in
(`Slot`), a sentence ready for the engine (`Prepared`) and the draft made of it (`Draft`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Draft", "Prepared", "Scheme", "Slot"]


class Scheme(StrEnum):
    """How terms are shielded from the engine."""

    SURROGATE = "surrogate"
    PLACEHOLDER = "placeholder"


@dataclass(frozen=True)
class Slot:
    """One term in one sentence: the stand-in sent to the engine and how to restore it."""

    entry: str
    surface: str
    token: str
    #: (what the engine may turn the stand-in into, casefolded; the target form to put there)
    replacements: tuple[tuple[str, str], ...]
    #: every target form that counts as this term in the draft
    accepted: tuple[str, ...]
    #: the name as the sentence writes it, without a possessive, with an abbreviation's dot
    name: str = ""
    #: the names of a compound of names that stands for one (``Khankendi-Lachin road``)
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prepared:
    """A sentence ready for the engine: its stand-ins and the slots that restore them."""

    source: str
    text: str
    slots: tuple[Slot, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A machine draft with the approved glossary forms in place, and what went wrong."""

    text: str
    problems: tuple[str, ...] = ()
    #: source words the engine did not know, left in English in the draft
    unknown: tuple[str, ...] = ()

"""Which capitalised words are common English words: Apertium's English analyser, if installed.

A capitalised word that English uses as a common noun, verb or adjective (``Peace``, ``World``,
``Freedom``) and never as a proper noun is strong evidence against a name where a capital
proves nothing: at a sentence's start, after an opening quote, in an exclamation, or as what is
left of an organisation's name once a known name is taken out of it. Apertium's morphological
analyser for English (``eng-spa.automorf.bin`` of the Debian package ``apertium-eng-spa``)
knows both: ``^Peace/Peace<n><sg>$`` is common, ``^Washington/Washington<np><loc><sg>$`` and
``^Shamkir/*Shamkir$`` (unknown) are not.

Two more answers come from the same analyses. A word English knows only with its capital and
only as a common word (``Frenchman``, ``Spaniard``: ``frenchman`` is unknown) is a capitalised
common noun, a demonym or the like, never a name alone (`capitalised_common`). A word the
analyser does not know at all, capitalised or not (``Lazio``, ``Juninho``), is no English word:
at a sentence's start it is most likely a name (`unknown_words`).

The analyser is optional: without ``lt-proc`` or the binary, `common_words` answers with an
empty set and the finder falls back on what the article itself shows. It runs once per call
on all the words asked for (one ``lt-proc`` process, not one per word), and remembers the
answers for the rest of the process.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "ANALYSER",
    "capitalised_common",
    "common_words",
    "compound_words",
    "foreign_words",
    "lexicon_available",
    "lexicon_identity",
    "proper_words",
    "unknown_acronyms",
    "unknown_words",
]

#: Where Debian's apertium-eng-spa puts the English analyser.
ANALYSER = Path("/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin")
_ANALYSIS = re.compile(r"\^([^/$]*)/([^$]*)\$")
_PLAIN = re.compile(r"[A-Za-z][a-z]*(?:['’][a-z]+)?\Z")
_ACRONYM = re.compile(r"[A-Z]{2,6}\Z")
_TIMEOUT = 30
_COMMON, _UNKNOWN, _PROPER, _OTHER = "common", "unknown", "proper", "other"
_known: dict[str, str] = {}


def common_words(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The *words* that English uses only as common words (no proper-noun reading at all).

    Words that are not plain letters (``U.S.``, ``Nagorno-Karabakh``) are never common here.
    """
    asked = {w for w in words if _PLAIN.match(w)}
    return frozenset(w for w in asked if _readings(asked, analyser).get(w) == _COMMON)


def capitalised_common(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The capitalised *words* that English writes with a capital as common words only
    (``Frenchman``, ``Spaniard``): common as written, unknown in lower case."""
    asked = {w for w in words if _PLAIN.match(w) and w[:1].isupper() and not w.isupper()}
    lower = {w.lower() for w in asked}
    readings = _readings(asked | lower, analyser)
    return frozenset(
        w for w in asked if readings.get(w) == _COMMON and readings.get(w.lower()) == _UNKNOWN
    )


def proper_words(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The capitalised *words* that English knows only as proper nouns (``Astana``,
    ``Tokyo``: ``^Astana/Astana<np><loc><sg>$``), never as common words: names wherever they
    stand; empty without the analyser."""
    asked = {w for w in words if _PLAIN.match(w) and w[:1].isupper() and not w.isupper()}
    return frozenset(w for w in asked if _readings(asked, analyser).get(w) == _PROPER)


def unknown_words(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The capitalised *words* that the analyser does not know, capitalised or in lower case,
    nor as a plural or a compound of words it knows (``Lazio``, not ``Filmmakers``); empty
    without the analyser."""
    return _unknown(frozenset(words), analyser)[0]


def foreign_words(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The *words* in lower case that the analyser does not know at all (``vas``, ``cesta``,
    not ``list``); empty without the analyser."""
    if not lexicon_available(analyser):
        return frozenset()
    asked = {w for w in words if _PLAIN.match(w) and w.islower()}
    readings = _readings(asked, analyser)
    return frozenset(w for w in asked if readings.get(w) == _UNKNOWN)


def compound_words(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The capitalised *words* that the analyser does not know but that are English plurals
    or compounds of words it knows (``Healthcare``, ``Filmmakers``)."""
    return _unknown(frozenset(words), analyser)[1]


def unknown_acronyms(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The *words* in capitals, two to six letters, that the analyser does not know at all
    (``UBS``) or knows as a name's only (``UNESCO``, whose lemma is ``Unesco``: `_proper`;
    not ``GDP``, ``VAT`` nor ``NATO``, which it reads as common acronyms); empty without the
    analyser."""
    if not lexicon_available(analyser):
        return frozenset()
    asked = {w for w in words if _ACRONYM.match(w)}
    readings = _readings(asked, analyser)
    return frozenset(w for w in asked if readings.get(w) in (_UNKNOWN, _PROPER))


def prewarm(words: Iterable[str], analyser: Path | None = None) -> None:
    """Ask, in one analyser process, everything that `common_words`, `capitalised_common`,
    `unknown_words`, `compound_words` and `unknown_acronyms` may ask about *words*: each plain
    word, its lower case, each acronym, and the parts `_parts` cuts a word into (asked of the
    unknown ones). The answers are remembered, so those calls then start no process of their
    own."""
    plain = {w for w in words if _PLAIN.match(w)}
    asked = plain | {w.lower() for w in plain} | {w for w in words if _ACRONYM.match(w)}
    if lexicon_available(analyser):
        for word in plain:
            if word[:1].isupper() and not word.isupper() and len(word) > 3:
                asked.update(part for split in _parts(word.lower()) for part in split)
    _readings(asked, analyser)


def _unknown(words: frozenset[str], analyser: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    if not lexicon_available(analyser):
        return frozenset(), frozenset()
    asked = {
        w for w in words if _PLAIN.match(w) and w[:1].isupper() and not w.isupper() and len(w) > 3
    }
    readings = _readings(asked | {w.lower() for w in asked}, analyser)
    unknown = {
        w for w in asked if readings.get(w) == _UNKNOWN and readings.get(w.lower()) == _UNKNOWN
    }
    parts = {w: _parts(w.lower()) for w in unknown}
    readings = _readings({p for split in parts.values() for pair in split for p in pair}, analyser)
    made = frozenset(
        w
        for w in unknown
        if any(all(readings.get(p) not in (_UNKNOWN, None) for p in pair) for pair in parts[w])
    )
    return frozenset(unknown) - made, made


def _parts(word: str) -> list[tuple[str, ...]]:
    """The ways *word* may be an English plural or a compound of two words of three letters or
    more: ``(bottleneck,)``, ``(bottle, necks)``, ``(bottle, neck)``."""
    stems = [word] + [word[: -len(s)] for s in ("es", "s") if word.endswith(s)]
    found: list[tuple[str, ...]] = [(s,) for s in stems[1:]]
    for stem in stems:
        found += [(stem[:i], stem[i:]) for i in range(3, len(stem) - 2)]
    return found


def _readings(words: set[str], analyser: Path | None) -> dict[str, str]:
    missing = sorted(w for w in words if w not in _known)
    if missing:
        _known.update(_analyse(missing, analyser or ANALYSER))
    return _known


def lexicon_available(analyser: Path | None = None) -> bool:
    """Whether the English analyser is installed."""
    return _lt_proc() is not None and (analyser or ANALYSER).is_file()


def lexicon_identity(analyser: Path | None = None) -> tuple[bool, int, int]:
    """Whether the analyser answers, and which binary (size, mtime): it decides which
    capitalised words are names, so caches of what that decides key on it."""
    path = analyser or ANALYSER
    if not lexicon_available(path):
        return False, 0, 0
    stat = path.stat()
    return True, stat.st_size, stat.st_mtime_ns


@functools.cache
def _lt_proc() -> str | None:
    return shutil.which("lt-proc")


def _proper(reading: str) -> bool:
    """Whether an analysis is a proper noun's: tagged so, or an acronym whose lemma the
    dictionary writes as a word (``Unesco<n><acr>``, a body's name), not in capitals as a
    common acronym's (``GDP<n><acr>``, ``VAT``)."""
    lemma = reading.partition("<")[0]
    return "<np>" in reading or ("<acr>" in reading and lemma[1:].islower())


def _analyse(words: list[str], analyser: Path) -> dict[str, str]:
    """Each word: common when every analysis is a common word's, unknown when the analyser
    knows none, proper when every analysis is a proper noun's, other otherwise (both
    readings, or no analyser to ask)."""
    program = _lt_proc()
    if program is None or not analyser.is_file():
        return dict.fromkeys(words, _OTHER)
    try:
        done = subprocess.run(
            [program, "-w", str(analyser)],  # the dictionary's case: Unesco for UNESCO
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return dict.fromkeys(words, _OTHER)
    answers = dict.fromkeys(words, _OTHER)
    for surface, analyses in _ANALYSIS.findall(done.stdout):
        if surface in answers:
            readings = analyses.split("/")
            if all(r.startswith("*") for r in readings):
                answers[surface] = _UNKNOWN
            elif all(not r.startswith("*") and not _proper(r) and "<" in r for r in readings):
                answers[surface] = _COMMON
            elif all(not r.startswith("*") and _proper(r) for r in readings):
                answers[surface] = _PROPER
    return answers

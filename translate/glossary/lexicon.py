"""Which capitalised words are common English words: Apertium's English analyser, if installed.

A capitalised word that English uses as a common noun, verb or adjective (``Peace``, ``World``,
``Freedom``) and never as a proper noun is strong evidence against a name where a capital
proves nothing: at a sentence's start, after an opening quote, in an exclamation, or as what is
left of an organisation's name once a known name is taken out of it. Apertium's morphological
analyser for English (``eng-spa.automorf.bin`` of the Debian package ``apertium-eng-spa``)
knows both: ``^Peace/Peace<n><sg>$`` is common, ``^Washington/Washington<np><loc><sg>$`` and
``^Shamkir/*Shamkir$`` (unknown) are not.

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

__all__ = ["ANALYSER", "common_words", "lexicon_available", "lexicon_identity"]

#: Where Debian's apertium-eng-spa puts the English analyser.
ANALYSER = Path("/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin")
_ANALYSIS = re.compile(r"\^([^/$]*)/([^$]*)\$")
_PLAIN = re.compile(r"[A-Za-z][a-z]*(?:['’][a-z]+)?\Z")
_TIMEOUT = 30
_known: dict[str, bool] = {}


def common_words(words: Iterable[str], analyser: Path | None = None) -> frozenset[str]:
    """The *words* that English uses only as common words (no proper-noun reading at all).

    Words that are not plain letters (``U.S.``, ``Nagorno-Karabakh``) are never common here.
    """
    asked = {w for w in words if _PLAIN.match(w)}
    missing = sorted(w for w in asked if w not in _known)
    if missing:
        _known.update(_analyse(missing, analyser or ANALYSER))
    return frozenset(w for w in asked if _known.get(w, False))


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


def _analyse(words: list[str], analyser: Path) -> dict[str, bool]:
    """Each word: True when every analysis is a common word's; unknown words are False."""
    program = _lt_proc()
    if program is None or not analyser.is_file():
        return dict.fromkeys(words, False)
    try:
        done = subprocess.run(
            [program, str(analyser)],
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return dict.fromkeys(words, False)
    answers = dict.fromkeys(words, False)
    for surface, analyses in _ANALYSIS.findall(done.stdout):
        if surface in answers:
            readings = analyses.split("/")
            answers[surface] = all(
                not r.startswith("*") and "<np>" not in r and "<" in r for r in readings
            )
    return answers

"""Benchmark the glossary matcher: throughput, and whether it grows with the glossary.

Run ``.venv/bin/python bench/glossary.py`` from the project. It repeats the corpus text to about
5 MB and times `Matcher.find` (best of three) with the real glossary and with synthetic ones of
100 and 10,000 entries. Synthetic names are two to four made-up words; one in five starts with a
capitalised word of the corpus, so that the matcher also has to extend partial matches.
It prints chars/s for each and the ratio time(10,000) / time(100), and exits 1 when that ratio is
above 2.0: matching must cost the same per character whatever the size of the glossary.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from translate.config import load_config
from translate.glossary.matcher import Matcher, source_matcher
from translate.glossary.model import Entry, Glossary, Kind, Status, Variant
from translate.glossary.yaml import load_glossary

LIMIT = 2.0
SYLLABLES = ("ka", "ra", "bakh", "lo", "mir", "zan", "gul", "ter", "vi", "shen", "dor", "ab", "el")


def corpus_text(folder: Path, size: int) -> str:
    """The corpus articles joined, repeated until the text is at least *size* characters."""
    text = "\n\n".join(path.read_text("utf-8") for path in sorted(folder.glob("*.txt")))
    return (text + "\n\n") * (size // (len(text) + 2) + 1)


def synthetic_glossary(count: int, vocabulary: list[str], seed: int = 7) -> Glossary:
    """*count* entries with made-up multi-word names (and one variant each)."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()

    entries = []
    for number in range(count):
        words = [word() for _ in range(rng.randint(2, 4))]
        if number % 5 == 0:
            words[0] = rng.choice(vocabulary)
        name = " ".join(words)
        variant = Variant(name.replace(" ", "-"), Status.ADMITTED)
        entries.append(Entry(id=f"fake-{number}", kind=Kind.TERM, en=f"{name} {number}",
                             variants=(variant,)))  # fmt: skip
    return Glossary(tuple(entries))


def timed(matcher: Matcher, text: str, runs: int) -> tuple[float, int]:
    """Best wall time of *runs* calls to find, and the number of matches."""
    best, found = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        found = len(matcher.find(text))
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0, help="text size (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per glossary")
    args = parser.parse_args(argv)

    config = load_config(Path(__file__).resolve().parent.parent)
    text = corpus_text(config.corpus_dir, int(args.megabytes * 1_000_000))
    vocabulary = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", text)))
    print(f"text: {len(text):,} characters ({len(text.encode()) / 1e6:.2f} MB UTF-8)")
    glossaries = {
        "real": load_glossary(config.glossary_dir),
        "synthetic-100": synthetic_glossary(100, vocabulary),
        "synthetic-10000": synthetic_glossary(10_000, vocabulary),
    }
    print(f"{'glossary':<17}{'entries':>8}{'build s':>9}{'find s':>9}{'Mchar/s':>9}{'matches':>9}")
    seconds: dict[str, float] = {}
    for name, glossary in glossaries.items():
        start = time.perf_counter()
        matcher = source_matcher(glossary)
        build = time.perf_counter() - start
        seconds[name], found = timed(matcher, text, args.runs)
        rate = len(text) / seconds[name] / 1e6
        print(
            f"{name:<17}{len(glossary):>8}{build:>9.3f}{seconds[name]:>9.3f}{rate:>9.2f}{found:>9}"
        )
    ratio = seconds["synthetic-10000"] / seconds["synthetic-100"]
    verdict = "ok" if ratio <= LIMIT else "TOO SLOW"
    print(f"time(10,000) / time(100) = {ratio:.2f} (limit {LIMIT}): {verdict}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())

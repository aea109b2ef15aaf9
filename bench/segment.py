"""Compare the sentence segmenter with pySBD: English golden rules, throughput, cost per char.

    python bench/segment.py [--megabytes 5] [--corpus corpus] [--min-ratio 3]
                            [--paragraphs 5000] [--max-length-ratio 1.5]

Both tools get the same units, the corpus paragraphs one by one (pySBD slows down badly on one
huge string), repeated until they hold at least the requested size. Then ours alone splits the
same text as `--paragraphs` paragraphs of about 1 KB and as one paragraph: the time per
character must not grow with the length (process time, best of three). A script, not a test:
timings depend on the machine. Exits 1 when we pass fewer golden rules than pySBD, are not
`--min-ratio` times faster, or the long paragraph costs over `--max-length-ratio` times more
per character.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pysbd
from benchmarks.english_golden_rules import GOLDEN_EN_RULES

from translate.text.articles import read_article
from translate.text.segments import sentences

Splitter = Callable[[str], list[str]]

_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class GoldenScore:
    """How many golden rules a splitter passes, and the 1-based numbers of those it fails."""

    passed: int
    total: int
    failed: tuple[int, ...]


@dataclass(frozen=True)
class Throughput:
    """Characters split and the time it took."""

    chars: int
    seconds: float

    @property
    def chars_per_second(self) -> float:
        """Characters per second."""
        return self.chars / self.seconds


def pysbd_splitter() -> Splitter:
    """pySBD as the golden rules expect it: no cleaning, trailing spaces stripped."""
    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> list[str]:
        return [sentence.strip() for sentence in segmenter.segment(text)]

    return split


def golden_score(split: Splitter) -> GoldenScore:
    """Score *split* on pySBD's English golden rules, compared exactly."""
    failed = tuple(
        number
        for number, (text, expected) in enumerate(GOLDEN_EN_RULES, start=1)
        if split(text) != expected
    )
    total = len(GOLDEN_EN_RULES)
    return GoldenScore(total - len(failed), total, failed)


def corpus_units(corpus: Path) -> list[str]:
    """Every paragraph text of every article in *corpus*, titles included, in file order."""
    units: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        article = read_article(path)
        if article.title is not None:
            units.append(article.title.text)
        units.extend(paragraph.text for paragraph in article.paragraphs)
    return units


def repeat_to(units: Sequence[str], chars: int) -> list[str]:
    """*units* repeated whole until they hold at least *chars* characters."""
    size = sum(len(unit) for unit in units)
    return list(units) * -(-chars // size)


def chunks(units: Sequence[str], chars: int, count: int) -> list[str]:
    """*units* repeated to *chars*, joined by spaces into about *count* paragraphs of equal size.

    Whole units only, so a unit longer than the share of one paragraph leaves fewer of them.
    """
    pool = repeat_to(units, chars)
    total = sum(len(unit) for unit in pool)
    groups: dict[int, list[str]] = {}
    done = 0
    for unit in pool:
        groups.setdefault(done * count // total, []).append(unit)
        done += len(unit)
    return [" ".join(group) for group in groups.values()]


def best_cpu(split: Splitter, units: Sequence[str], rounds: int = 3) -> Throughput:
    """The best of *rounds* process times of *split* over *units*, one call per unit."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for unit in units:
            split(unit)
        best = min(best, time.process_time() - started)
    return Throughput(sum(len(unit) for unit in units), best)


def measure(split: Splitter, units: Sequence[str]) -> Throughput:
    """Time *split* over *units*, one call per unit."""
    started = time.perf_counter()
    for unit in units:
        split(unit)
    seconds = time.perf_counter() - started
    return Throughput(sum(len(unit) for unit in units), seconds)


def _failed(score: GoldenScore) -> str:
    return ", ".join(str(number) for number in score.failed) or "none"


def main(argv: Sequence[str] | None = None) -> int:
    """Print both golden-rule scores and both throughputs; 1 if the acceptance bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=_ROOT / "corpus")
    parser.add_argument("--megabytes", type=float, default=5.0, help="text to split (default 5)")
    parser.add_argument("--min-ratio", type=float, default=3.0, help="required speed-up")
    parser.add_argument(
        "--paragraphs", type=int, default=5000, help="small paragraphs to compare (default 5000)"
    )
    parser.add_argument(
        "--max-length-ratio",
        type=float,
        default=1.5,
        help="allowed time per char of one paragraph over many (default 1.5)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: not a directory (give --corpus DIR)")
    if args.megabytes <= 0:
        parser.error("--megabytes must be positive")
    if args.paragraphs <= 0:
        parser.error("--paragraphs must be positive")
    units = corpus_units(args.corpus)
    if not units:
        parser.error(f"{args.corpus}: no *.txt articles")

    tools: dict[str, Splitter] = {
        "news-translate": sentences,
        f"pySBD {pysbd.__version__}": pysbd_splitter(),
    }
    print(f"golden rules ({len(GOLDEN_EN_RULES)} English cases)")
    scores = {name: golden_score(split) for name, split in tools.items()}
    for name, score in scores.items():
        print(f"  {name:<16} {score.passed:>2}/{score.total}  failed: {_failed(score)}")

    text = repeat_to(units, int(args.megabytes * 1_000_000))
    chars = sum(len(unit) for unit in text)
    print(f"throughput on {chars:,} chars ({len(text):,} paragraphs, one call each)")
    speeds = {name: measure(split, text) for name, split in tools.items()}
    for name, speed in speeds.items():
        print(f"  {name:<16} {speed.chars_per_second:>14,.0f} chars/s  ({speed.seconds:.2f} s)")
    ours, theirs = (speeds[name].chars_per_second for name in tools)
    ratio = ours / theirs
    print(f"  ratio {ratio:.1f}x (required: {args.min_ratio:g}x)")

    small = chunks(units, int(args.megabytes * 1_000_000), args.paragraphs)
    whole = " ".join(small)
    print(
        f"cost per char, news-translate: one {len(whole):,}-char paragraph vs the same text "
        f"as {len(small):,} paragraphs (process time, best of 3)"
    )
    apart, together = best_cpu(sentences, small), best_cpu(sentences, [whole])
    print(f"  {len(small):,} paragraphs {apart.chars_per_second:>14,.0f} chars/s")
    print(f"  one paragraph    {together.chars_per_second:>14,.0f} chars/s")
    growth = apart.chars_per_second / together.chars_per_second
    print(f"  one paragraph costs {growth:.2f}x per char (allowed: {args.max_length_ratio:g}x)")

    our_score, their_score = scores.values()
    passed = our_score.passed >= their_score.passed and ratio >= args.min_ratio
    return 0 if passed and growth <= args.max_length_ratio else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: the Apertium engine's one process per batch against one process per sentence.

Every sentence of the corpus goes en→es through `ApertiumEngine.translate_batch`; the baseline
runs ``apertium -u eng-spa`` once per sentence, capped (``--per-sentence``) and extrapolated as
a rate. One batch pays Apertium's start-up (about a quarter of a second: a bash script and
eleven programs loading their transducers) once, so the corpus is also measured repeated
(``--repeat``). The baseline's outputs are compared with the batch's, which must be identical.

    .venv/bin/python bench/apertium.py [--corpus corpus] [--per-sentence 100] [--repeat 10]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from translate.engines.apertium import ApertiumEngine
from translate.text.articles import read_article

TARGET_RATIO = 50.0
SOURCE, TARGET = "en", "es"


def _splitter() -> Callable[[str], list[str]]:
    try:
        from translate.text.segments import sentences
    except ImportError:  # segments.py not written yet: a naive split on ". "
        return lambda text: [s for s in re.split(r"(?<=\.) ", text) if s.strip()]
    return sentences


def corpus_sentences(corpus: Path) -> list[str]:
    """Every sentence of every article in *corpus*, in file order."""
    split = _splitter()
    found: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        for paragraph in read_article(path).paragraphs:
            found.extend(split(paragraph.text))
    return found


def per_sentence(binary: str, mode: str, texts: Sequence[str]) -> tuple[list[str], float]:
    """Each text through its own apertium process; the outputs and the seconds taken."""
    started = time.perf_counter()
    outputs = [
        subprocess.run(
            [binary, "-u", mode], input=text.encode(), capture_output=True, check=True
        ).stdout.decode()
        for text in texts
    ]
    return outputs, time.perf_counter() - started


def batch(engine: ApertiumEngine, texts: Sequence[str]) -> tuple[list[str], float]:
    """All texts through one translate_batch call; the outputs and the seconds taken."""
    started = time.perf_counter()
    outputs = engine.translate_batch(texts, SOURCE, TARGET)
    return outputs, time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--binary", default="apertium")
    parser.add_argument("--per-sentence", type=int, default=100, metavar="N")
    parser.add_argument("--repeat", type=int, default=10, metavar="N")
    args = parser.parse_args(argv)

    texts = corpus_sentences(args.corpus)
    if not texts:
        print(f"no sentences in {args.corpus}/*.txt", file=sys.stderr)
        return 2
    engine = ApertiumEngine(binary=args.binary)
    mode = engine.mode(SOURCE, TARGET)
    print(f"{engine.info(SOURCE, TARGET).label()}: {len(texts)} sentences in {args.corpus}/")

    sample = texts[: args.per_sentence]
    baseline, baseline_seconds = per_sentence(args.binary, mode, sample)
    baseline_rate = len(sample) / baseline_seconds
    print(
        f"one process per sentence: {len(sample)} sentences in {baseline_seconds:.2f} s"
        f" = {baseline_rate:.1f} sentences/s"
    )

    ratio = 0.0
    for repeat in (1, args.repeat):
        outputs, seconds = batch(engine, texts * repeat)
        rate = len(outputs) / seconds
        ratio = rate / baseline_rate
        print(
            f"one process per batch, corpus x{repeat}: {len(outputs)} sentences in {seconds:.2f} s"
            f" = {rate:.1f} sentences/s, {ratio:.0f}x"
        )
        same = sum(ours == theirs for ours, theirs in zip(outputs, baseline, strict=False))
        if same != len(sample):
            print(f"  outputs differ from one process per sentence: {len(sample) - same}")
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    print(f"target >= {TARGET_RATIO:.0f}x: {verdict} (best: corpus x{args.repeat})")
    return 0 if ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

"""The main job at scale: the corpus replicated to 1,000 articles, engine none, six languages.

Prints articles/s and peak memory of a first run and of a no-change re-run, and the ratio
between them (the re-run must be >= 20x faster).

    python bench/pipeline.py [--articles 1000] [--jobs 1]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [str(Path(sys.executable).parent / "news-translate")]


def make_project(folder: Path, count: int) -> None:
    """A project whose corpus holds *count* articles, cycling through the real ones."""
    (folder / "corpus").mkdir(parents=True)
    shutil.copytree(ROOT / "glossary", folder / "glossary")
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        # A unique last paragraph, so that articles are not all identical.
        text = text.rstrip("\n") + f"\n\nThis is copy number {number} of {seed.stem}.\n"
        (folder / "corpus" / f"{number:04d}_{seed.stem}.txt").write_text(text, encoding="utf-8")


# Runs a command and prints its peak resident memory (KiB): RUSAGE_CHILDREN of a fresh
# process, so that each run is measured alone rather than as the maximum so far.
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_run(folder: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak resident memory (MiB) of one ``news-translate run --engine none``."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *COMMAND, "run", "--engine", "none", "--jobs", str(jobs)],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    return seconds, int(done.stdout.strip()) // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        make_project(folder, args.articles)
        first, first_mem = timed_run(folder, args.jobs)
        files = len(list((folder / "locales").rglob("*.po")))
        again, again_mem = timed_run(folder, args.jobs)
    n = args.articles
    print(f"{n} articles x 6 languages = {files} PO files, engine none, jobs {args.jobs}")
    print(f"  first run      {first:7.2f} s  {n / first:8.1f} articles/s  peak {first_mem} MiB")
    print(f"  no-change run  {again:7.2f} s  {n / again:8.1f} articles/s  peak {again_mem} MiB")
    ratio = first / again
    print(f"  re-run is {ratio:.1f}x faster (required: >= 20x)")
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())

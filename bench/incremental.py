"""Incremental runs at scale: what one edit costs next to a run with nothing new.

The corpus replicated to N articles (each with a unique last paragraph), engine none, six
languages, one job. Prints time and peak memory of: a first run, a no-change run, a run after
one article is edited, a run after one glossary entry is edited; checks that the edit's run
takes at most 2x the no-change run, and at 10,000 articles under 5 s and 300 MiB.

    python bench/incremental.py [--articles 1000] [--keep DIR] [--first-jobs 1]

``--first-jobs`` only speeds up the first run (``run --jobs N``); the others use one job.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline import COMMAND, make_project

# Peak resident memory (KiB) of one child, measured alone (RUSAGE_CHILDREN of a fresh process).
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_run(folder: Path, jobs: int = 1) -> tuple[float, int]:
    """Seconds and peak resident memory (MiB) of one ``news-translate run --engine none``."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *COMMAND, "run", "--engine", "none", "--jobs", str(jobs)],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, int(done.stdout.strip()) // 1024


def edit_article(folder: Path) -> None:
    path = sorted((folder / "corpus").glob("*.txt"))[len(list((folder / "corpus").iterdir())) // 2]
    with path.open("a", encoding="utf-8") as file:
        file.write("\nOne more sentence, added by an editor.\n")


def edit_glossary_entry(folder: Path) -> None:
    """The Russian form of Khojaly, which most of the corpus names."""
    path = folder / "glossary" / "places.yaml"
    text = path.read_text("utf-8")
    old = "    ru:\n      approved: Ходжалы\n"
    assert old in text, "the glossary names Khojaly"
    path.write_text(text.replace(old, old.replace("Ходжалы", "Ходжали")), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="make the project in DIR (new), and keep it")
    parser.add_argument("--first-jobs", type=int, default=1)
    args = parser.parse_args()
    n = args.articles
    rows = []
    with tempfile.TemporaryDirectory() as name:
        folder = args.keep or Path(name)
        make_project(folder, n)
        rows.append((f"first run ({args.first_jobs} jobs)", *timed_run(folder, args.first_jobs)))
        rows.append(("no-change run", *timed_run(folder)))
        edit_article(folder)
        rows.append(("one article edited", *timed_run(folder)))
        rows.append(("no-change run", *timed_run(folder)))
        edit_glossary_entry(folder)
        rows.append(("one glossary entry edited", *timed_run(folder)))
        files = len(list((folder / "locales").rglob("*.po")))
    print(f"{n} articles x 6 languages = {files} PO files, engine none, 1 job")
    for label, seconds, peak in rows:
        print(f"  {label:26} {seconds:8.2f} s  peak {peak:4d} MiB")
    unchanged = min(rows[1][1], rows[3][1])
    edit, edit_peak = rows[2][1], rows[2][2]
    ok = edit <= 2 * unchanged
    print(f"  one edit / no change: {edit / unchanged:.2f}x (required: <= 2x)")
    if n >= 10_000:
        ok = ok and edit < 5 and edit_peak < 300
        print(f"  one edit at {n}: {edit:.2f} s, {edit_peak} MiB (required: < 5 s, < 300 MiB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""``news-translate report`` at scale: 1,000 articles x 6 languages, time and peak memory.

Builds the project of ``bench/pipeline.py`` (the corpus replicated), writes its PO files with
``run --engine none``, marks a third of the entries reviewed, then times ``report`` and prints
its peak resident memory (the acceptance bar is 300 MB); also times ``report`` on this
repository (bar: 2 s).

    python bench/report.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib
from pipeline import COMMAND, ROOT, make_project

from translate.po.merge import render_catalog

# Peak resident memory (KiB) of one command run in a fresh child process.
_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)
LIMIT_MB = 300
LIMIT_SECONDS = 2.0


def review_some(folder: Path) -> None:
    """Fill every third entry with its msgid as a reviewed translation, so pages have all
    three states and the checks have translations to look at."""
    for path in sorted((folder / "locales").rglob("*.po")):
        catalog = polib.pofile(str(path))
        for number, entry in enumerate(catalog):
            if number % 3 == 0 and not entry.obsolete:
                entry.msgstr = entry.msgid
        path.write_text(render_catalog(catalog), encoding="utf-8")


def timed(folder: Path, *args: str) -> tuple[float, int]:
    """Seconds and peak resident memory (MiB) of one command in *folder*."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, *COMMAND, *args], cwd=folder,
                          check=True, capture_output=True, text=True)  # fmt: skip
    return time.perf_counter() - started, int(done.stdout.strip()) // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        here, here_mem = timed(ROOT, "report", "--output", str(Path(name) / "repo-report"))
        folder = Path(name) / "project"
        make_project(folder, args.articles)
        subprocess.run([*COMMAND, "run", "--engine", "none"], cwd=folder, check=True,
                       capture_output=True)  # fmt: skip
        review_some(folder)
        seconds, peak = timed(folder, "report")
        pages = len(list((folder / "report").rglob("*.html")))
    print(f"this repository: report in {here:.2f} s (required: < {LIMIT_SECONDS} s), "
          f"peak {here_mem} MiB")  # fmt: skip
    print(f"{args.articles} articles x 6 languages: {pages} pages in {seconds:.1f} s, "
          f"peak {peak} MiB (required: < {LIMIT_MB} MB)")  # fmt: skip
    return 0 if peak * 1.048576 < LIMIT_MB and here < LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

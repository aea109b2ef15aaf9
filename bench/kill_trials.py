"""Red-team trials: ``kill -9`` of a run at many moments, and translators saving during runs.

Each kill trial copies a start project, starts the real command (engine none), SIGKILLs it
after a delay spread over the length of an uninterrupted run, then checks that no process of
the run is left, that a normal re-run starts (no stale lock), leaves no temporary file, and
writes PO files byte-identical to those of the uninterrupted run. It does this without and
with ``--jobs 3``. Each save trial has a "translator" save one PO file (temporary file and
rename, as editors do) again and again while the run works, and checks that the last save is
still there when the run ends.

    python bench/kill_trials.py [--trials 20] [--saves 10] [--articles 30]

Prints e.g. ``kills survived 40/40, saves lost 0/10``; exit code 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [str(Path(sys.executable).parent / "news-translate"), "run", "--engine", "none"]
LANGUAGES = ["--lang", "ru,tr,de"]


def make_start(folder: Path, count: int) -> None:
    """A corpus of *count* copies of the real articles, the last copy of each reviewed.

    Only the reviewed files have PO files, so every run reuses their translations in the
    others (which sort first), and has many files to write.
    """
    (folder / "corpus").mkdir(parents=True)
    shutil.copytree(ROOT / "glossary", folder / "glossary")
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8").rstrip("\n")
        text += f"\n\nThis is copy number {number} of {seed.stem}.\n"
        (folder / "corpus" / f"{number:04d}_{seed.stem}.txt").write_text(text, encoding="utf-8")
    subprocess.run([*COMMAND, *LANGUAGES], cwd=folder, check=True, capture_output=True)
    reviewed = {p.stem for p in sorted((folder / "corpus").glob("*.txt"))[-len(seeds) :]}
    for path in sorted((folder / "locales").glob("*/*.po")):
        if path.stem not in reviewed:
            path.unlink()
            continue
        catalog = polib.pofile(str(path))
        for entry in catalog:
            entry.msgstr, entry.flags = f"[{path.parent.name}] {entry.msgid}", []
        catalog.save()
    for path in (folder / "locales").rglob(".news-translate*"):
        path.unlink()


def po_files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted((folder / "locales").glob("*/*.po"))
    }


def descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(") ")[2].split()[1])
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        children = {child for child, ppid in parents.items() if ppid == parent}
        found |= children
        todo += children
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(") ")[2][:1] != "Z"
    except OSError:
        return False


def kill_trial(start: Path, work: Path, jobs: int, delay: float, expected: dict[str, bytes]) -> str:
    """One killed run and its re-run; "" when all is well, else what went wrong."""
    shutil.copytree(start, work)
    command = [*COMMAND, *LANGUAGES, "--jobs", str(jobs)]
    seen: set[int] = set()
    with subprocess.Popen(
        command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ) as run:
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline and run.poll() is None:
            seen |= descendants(run.pid)
            time.sleep(0.005)
        run.send_signal(signal.SIGKILL)
    end = time.monotonic() + 5
    while any(alive(pid) for pid in seen) and time.monotonic() < end:
        time.sleep(0.02)
    left = [pid for pid in seen if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    if left:
        return f"{len(left)} process(es) left behind"
    again = subprocess.run([*COMMAND, *LANGUAGES], cwd=work, capture_output=True, text=True)
    if again.returncode != 0:
        return f"re-run failed: {again.stderr.strip()}"
    if list((work / "locales").rglob(".*.tmp")):
        return "temporary files left after the re-run"
    if po_files(work) != expected:
        return "re-run output differs from an uninterrupted run"
    return ""


def save_trial(start: Path, work: Path) -> bool:
    """True when the translator's last save survives a run that saves kept hitting."""
    shutil.copytree(start, work)
    path = sorted((work / "locales" / "ru").glob("*.po"))[-1]
    stop = threading.Event()
    last: list[str] = []

    def translator() -> None:
        number = 0
        while not stop.is_set():
            catalog = polib.pofile(str(path))
            last.append(f"save {number}")
            catalog[0].msgstr = last[-1]
            saved = path.with_name("editor-save.tmp")
            saved.write_text(str(catalog), encoding="utf-8")
            saved.replace(path)
            number += 1
            time.sleep(0.002)

    thread = threading.Thread(target=translator)
    thread.start()
    try:
        subprocess.run([*COMMAND, *LANGUAGES], cwd=work, capture_output=True, check=False)
    finally:
        stop.set()
        thread.join()
    return bool(last) and polib.pofile(str(path))[0].msgstr == last[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=20, help="kills per mode (jobs 1, jobs 3)")
    parser.add_argument("--saves", type=int, default=10, help="runs hit by translator saves")
    parser.add_argument("--articles", type=int, default=30)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        start = tmp / "start"
        make_start(start, options.articles)
        survived = total = 0
        for jobs in (1, 3):
            reference = tmp / f"reference-{jobs}"
            shutil.copytree(start, reference)
            began = time.monotonic()
            command = [*COMMAND, *LANGUAGES, "--jobs", str(jobs)]
            subprocess.run(command, cwd=reference, check=True, capture_output=True)
            length = time.monotonic() - began
            expected = po_files(reference)
            print(f"uninterrupted run, jobs {jobs}: {length:.2f} s, {len(expected)} PO files")
            for trial in range(options.trials):
                delay = length * (trial + 0.5) / options.trials
                problem = kill_trial(start, tmp / f"k{jobs}-{trial}", jobs, delay, expected)
                total += 1
                survived += not problem
                if problem:
                    print(f"jobs {jobs}, kill after {delay:.2f} s: {problem}")
                shutil.rmtree(tmp / f"k{jobs}-{trial}")
        lost = sum(not save_trial(start, tmp / f"s{n}") for n in range(options.saves))
    print(f"kills survived {survived}/{total}, saves lost {lost}/{options.saves}")
    if survived < total or lost:
        sys.exit(1)


if __name__ == "__main__":
    main()

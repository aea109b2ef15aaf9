"""A run killed at any moment (``kill -9``) costs nothing: the next run gives the same files.

The kills are real SIGKILLs of the real command, at chosen moments: at the k-th replacement of
a file (through the seam `translate.atomic._before_replace`, when a temporary file is on disk),
and, with ``--jobs``, as soon as the workers run. ``bench/kill_trials.py`` does the same at
random moments, many more times.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from translate import atomic
from translate.cli.app import app
from translate.po.cache import CACHE_NAME
from translate.po.locking import LOCK_NAME
from translate.po.memory import MemoryHit, build_memory

RUN = ["run", "--engine", "none", "--lang", "ru,tr"]
runner = CliRunner()

#: Runs the command, and kills itself at the K-th file replacement.
DRIVER = """
import os, signal, sys
from translate import atomic
from translate.cli.app import main
calls = 0
def kill_at(path):
    global calls
    calls += 1
    if calls == int(os.environ["KILL_AT"]):
        os.kill(os.getpid(), signal.SIGKILL)
atomic._before_replace = kill_at
sys.argv = ["news-translate", *sys.argv[1:]]
main()
"""


def make_start(folder: Path) -> Path:
    """A project where reviewed translations of one article are reused by two new ones.

    The new articles sort first, so a reused copy written by a killed run would be found
    before the original if copies counted as sources.
    """
    for name in ("corpus", "glossary"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        assert runner.invoke(app, RUN).exit_code == 0
    finally:
        os.chdir(cwd)
    sentences: list[str] = []
    for path in sorted((folder / "locales").glob("*/003_*.po")):
        catalog = polib.pofile(str(path))
        for number, entry in enumerate(catalog):
            # A reviewed translation that passes `check` (the memory spreads no other): the
            # approved forms of the sentence's names, as the glossary hints give them.
            names = [
                line.split(" → ", 1)[1].split(";")[0].removesuffix(" (keep verbatim)")
                for line in entry.comment.splitlines()
                if line.startswith("glossary: ") and " → " in line
            ]
            entry.msgstr = f"[{path.parent.name} {number}] {' '.join(names)}"
            entry.flags = []
        catalog.save()
        sentences = [entry.msgid for entry in catalog]
    (folder / "corpus" / "0000_first.txt").write_text("\n\n".join(sentences[1:4]) + "\n")
    (folder / "corpus" / "0001_second.txt").write_text("\n\n".join(sentences[2:6]) + "\n")
    (folder / "locales" / LOCK_NAME).unlink()
    return folder


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_start(tmp_path_factory.mktemp("start"))


def files(folder: Path) -> dict[str, bytes]:
    """Everything under locales/ but the lock and the cache (whose digests name the folder)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted((folder / "locales").rglob("*"))
        if p.is_file() and p.name != LOCK_NAME and not p.name.startswith(CACHE_NAME)
    }


def rerun(folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(folder)
    result = runner.invoke(app, RUN)
    assert result.exit_code == 0, result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def uninterrupted(start: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("uninterrupted") / "p"
    shutil.copytree(start, folder)
    with pytest.MonkeyPatch.context() as monkeypatch:
        replaced: list[Path] = []
        monkeypatch.setattr(atomic, "_before_replace", replaced.append)
        rerun(folder, monkeypatch)
    assert len(replaced) == 4  # the two new files in each language (the index is SQLite's)
    done = files(folder)
    assert b"reused from locales/ru/003_" in done["locales/ru/0001_second.po"]
    return done


# Kill points: 2 = between two reused files of ru, 3 = after ru's index is committed, 4 = in tr.
@pytest.mark.parametrize("kill_at", [2, 3, 4])
def test_a_run_killed_while_writing_is_finished_by_the_next(
    start: Path,
    uninterrupted: dict[str, bytes],
    kill_at: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "p"
    shutil.copytree(start, folder)
    killed = subprocess.run(
        [sys.executable, "-c", DRIVER, *RUN],
        cwd=folder,
        env={**os.environ, "KILL_AT": str(kill_at)},
        capture_output=True,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert list((folder / "locales").rglob(".*.tmp"))  # killed with a file half-written
    err = rerun(folder, monkeypatch)
    assert f"taking over the lock of run {killed_pid(err)}, which is gone" in err
    assert not list((folder / "locales").rglob(".*.tmp"))
    assert files(folder) == uninterrupted


def killed_pid(stderr: str) -> str:
    return stderr.split("taking over the lock of run ", 1)[1].split(",", 1)[0]


def descendants(pid: int) -> set[int]:
    """Child processes of *pid*, and theirs, from /proc."""
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
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(") ")[2][:1]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_die_with_a_killed_run_and_free_the_lock(
    start: Path,
    uninterrupted: dict[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "p"
    shutil.copytree(start, folder)
    main = "import sys; from translate.cli.app import main; sys.argv[0] = 'news-translate'; main()"
    command = [sys.executable, "-c", main, *RUN, "--jobs", "3"]
    with subprocess.Popen(command, cwd=folder, stderr=subprocess.DEVNULL) as run:
        deadline = time.monotonic() + 30
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.01)
            workers = descendants(run.pid)
        assert run.poll() is None, "the run ended before its workers could be seen"
        run.kill()
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left
    rerun(folder, monkeypatch)
    assert not list((folder / "locales").rglob(".*.tmp"))
    assert files(folder) == uninterrupted


def test_a_reused_translation_is_no_source_for_memory() -> None:
    original = polib.pofile('msgid "Hello."\nmsgstr "Hola."\n')
    copy = polib.pofile('#. reused from locales/es/003_c.po\nmsgid "Hello."\nmsgstr "Hola."\n')
    memory = build_memory([("locales/es/003_c.po", original), ("locales/es/000_a.po", copy)])
    assert memory.lookup("Hello.") == MemoryHit("Hola.", "locales/es/003_c.po")

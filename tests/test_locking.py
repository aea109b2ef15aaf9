"""The run lock: refused runs leave it alone, a dead run's lock is taken over, no leftovers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_project
from typer.testing import CliRunner

from translate.cli.app import app
from translate.errors import InputError
from translate.po import locking as locking
from translate.po.locking import LOCK_NAME, locked, reading
from translate.workers import worker_pool

runner = CliRunner()


def gone_pid() -> int:
    """The PID of a process that has ended (and was reaped)."""
    done = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert done.returncode == 0
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def refusal(folder: Path, *, check: bool = False) -> str:
    """The error of a run (or a ``--check``) that tries to start in *folder*."""
    with pytest.raises(InputError) as refused, (reading if check else locked)(folder):
        pass
    return str(refused.value)


def test_a_refused_run_leaves_the_holders_pid(tmp_path: Path) -> None:
    with locked(tmp_path):
        expected = f"another news-translate run is writing here, pid {os.getpid()}"
        assert expected in refusal(tmp_path)
        assert (tmp_path / LOCK_NAME).read_text() == str(os.getpid())


def test_a_normal_end_empties_the_lock(tmp_path: Path) -> None:
    with locked(tmp_path) as held:
        assert held.previous is None
    assert (tmp_path / LOCK_NAME).read_text() == ""
    with locked(tmp_path) as held:
        assert held.previous is None


def test_the_lock_of_a_killed_run_is_taken_over(tmp_path: Path) -> None:
    pid = gone_pid()
    (tmp_path / LOCK_NAME).write_text(str(pid))
    with locked(tmp_path) as held:
        assert held.previous == pid


def test_a_lock_kept_by_orphans_of_a_dead_run_is_taken_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What workers forked by an older version did: hold the lock after their run was killed."""
    pid = gone_pid()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"""
import fcntl, sys, time
handle = open({str(tmp_path / LOCK_NAME)!r}, "w")
fcntl.flock(handle, fcntl.LOCK_EX)
handle.write("{pid}"); handle.flush()
print("held", flush=True)
time.sleep(60)
"""],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(locking, "GRACE_SECONDS", 0.1)
        with locked(tmp_path) as held:
            assert held.previous == pid
            assert "another news-translate run is writing here" in refusal(tmp_path)
    finally:
        holder.kill()
        holder.wait()


def test_a_live_run_in_another_process_is_not_taken_over(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", f"""
from pathlib import Path
import time
from translate.po.locking import locked
with locked(Path({str(tmp_path)!r})):
    print("held", flush=True)
    time.sleep(60)
"""],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert f"pid {holder.pid}" in refusal(tmp_path)
        assert "another news-translate run is writing here" in refusal(tmp_path, check=True)
        assert (tmp_path / LOCK_NAME).read_text() == str(holder.pid)
    finally:
        holder.kill()
        holder.wait()


def _open_files() -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
        except FileNotFoundError:
            continue  # the descriptor listdir itself used
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_workers_do_not_inherit_the_lock(tmp_path: Path) -> None:
    with locked(tmp_path), worker_pool(1) as pool:
        files = pool.submit(_open_files).result()
    assert str(tmp_path / LOCK_NAME) not in files


@pytest.mark.parametrize(
    ("name", "removed"),
    [
        pytest.param("ru/.000_a.po.k3j_x9a2.tmp", True, id="po-file"),
        pytest.param("ru/.news-translate-cache.json.ab12cd34.tmp", True, id="cache"),
        pytest.param(".news-translate.lock.ab12cd34.tmp", True, id="top-level"),
        pytest.param("ru/.notes.tmp", False, id="not-ours"),
        pytest.param("ru/000_a.po", False, id="po-file-itself"),
    ],
)
def test_temporary_files_of_a_killed_run_are_removed(
    tmp_path: Path, name: str, removed: bool
) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x")
    with locked(tmp_path) as held:
        assert (path in held.removed) is removed
    assert path.exists() is not removed


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize(
    "name",
    [
        "locales/ru/.000_a.po.k3j_x9a2.tmp",
        "locales/ru/.news-translate-cache.json.ab12cd34.tmp",
        "locales/ru/.news-translate-cache.sqlite",
        "locales/ru/.news-translate-cache.sqlite-journal",
        "locales/.news-translate.lock",
    ],
)
def test_leftovers_are_ignored_by_git(name: str) -> None:
    found = subprocess.run(["git", "check-ignore", "-q", name], cwd=ROOT, check=False)
    assert found.returncode == 0


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of this repository's corpus, glossary, configuration and locales, nothing hidden."""
    monkeypatch.chdir(copy_project(tmp_path, locales=True))
    return tmp_path


def test_the_cli_says_when_it_takes_over(project: Path) -> None:
    pid = gone_pid()
    (project / "locales" / LOCK_NAME).write_text(str(pid))
    (project / "locales" / "ru" / ".000_a.po.ab12cd34.tmp").write_text("half a file")
    result = runner.invoke(app, ["run", "--engine", "none", "--lang", "ru"])
    assert result.exit_code == 0, result.stderr
    lock = project / "locales" / LOCK_NAME
    assert f"note: {lock}: taking over the lock of run {pid}, which is gone\n" in result.stderr
    assert not list((project / "locales").rglob("*.tmp"))


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file and folder under *folder*, hidden ones included, with content and mtime."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"", p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("stale", [False, True], ids=["clean", "stale"])
def test_run_check_writes_nothing(project: Path, stale: bool) -> None:
    (project / "locales" / "ru" / ".000_a.po.ab12cd34.tmp").write_text("a killed run's")
    if stale:
        (project / "corpus" / "002_fc9922a311dc6cc0.txt").write_text("A new text.\n")
    before = tree(project)
    result = runner.invoke(app, ["run", "--check"])
    assert result.exit_code == (1 if stale else 0), result.stderr
    assert tree(project) == before

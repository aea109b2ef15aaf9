"""The one file writer: every failure leaves the old file as it was, no temporary file, one line."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from translate import atomic
from translate.atomic import Outcome, remove_stale_temps, replace_if_unchanged, write_atomic
from translate.errors import CatalogError, InputError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def fail_with(errno_name: str) -> Callable[..., None]:
    def raiser(*args: object, **kwargs: object) -> None:
        raise OSError(getattr(__import__("errno"), errno_name), os.strerror(28))

    return raiser


@pytest.mark.parametrize(
    ("target", "message"),
    [
        pytest.param("os.replace", "cannot write", id="rename-fails"),
        pytest.param("os.fsync", "cannot write", id="fsync-fails-disk-full"),
        pytest.param("os.chmod", "cannot write", id="chmod-fails"),
        pytest.param("tempfile.mkstemp", "cannot write", id="no-temporary-file"),
    ],
)
def test_a_failure_keeps_the_old_file_and_leaves_no_temporary_file(
    target: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.po"
    path.write_text("old\n", encoding="utf-8")
    module, name = target.split(".")
    monkeypatch.setattr(getattr(atomic, module), name, fail_with("ENOSPC"))
    with pytest.raises(InputError, match=message) as caught:
        write_atomic(path, "new\n")
    assert path.read_text("utf-8") == "old\n"
    assert leftovers(tmp_path) == []
    text = str(caught.value)
    assert str(path) in text and "\n" not in text
    assert "disk is not full" in text


def test_the_error_class_and_hint_are_the_callers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "replace", fail_with("EACCES"))
    with pytest.raises(CatalogError, match="free some space"):
        write_atomic(tmp_path / "a.po", "x\n", error=CatalogError, hint="free some space")


def test_an_interrupt_while_writing_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(path: Path) -> None:
        raise KeyboardInterrupt

    path = tmp_path / "a.po"
    path.write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(atomic, "_before_replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new\n")
    assert path.read_text("utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_a_folder_in_the_way_is_one_error(tmp_path: Path) -> None:
    blocker = tmp_path / "locales"
    blocker.write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot write"):
        write_atomic(blocker / "es" / "a.po", "x\n")
    assert blocker.read_text("utf-8") == "not a folder\n"


def test_the_mode_of_the_old_file_is_kept_and_a_new_file_is_0644(tmp_path: Path) -> None:
    old = tmp_path / "old.po"
    old.write_text("a\n", encoding="utf-8")
    old.chmod(0o600)
    write_atomic(old, "b\n")
    assert old.stat().st_mode & 0o777 == 0o600
    new = tmp_path / "new.po"
    write_atomic(new, "b\n")
    assert new.stat().st_mode & 0o777 == 0o644


def test_replace_if_unchanged_writes_nothing_over_a_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.po"
    path.write_text("read\n", encoding="utf-8")
    monkeypatch.setattr(atomic, "_before_replace", lambda p: p.write_text("saved\n"))
    assert replace_if_unchanged(path, "ours\n", b"read\n") is Outcome.CHANGED
    assert path.read_text("utf-8") == "saved\n"
    assert leftovers(tmp_path) == []


def test_remove_stale_temps_takes_only_our_temporary_files(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    ours = [tmp_path / ".a.po.k3j9x_2q.tmp", tmp_path / "es" / ".b.po.abcdefgh.tmp"]
    theirs = [tmp_path / "notes.tmp", tmp_path / "es" / "b.po", tmp_path / ".hidden"]
    for path in (*ours, *theirs):
        path.write_text("x", encoding="utf-8")
    assert set(remove_stale_temps(tmp_path)) == set(ours)
    assert all(p.exists() for p in theirs) and not any(p.exists() for p in ours)

"""A translator who saves a PO file while ``run`` works on it never loses that save.

The save is made at the worst moment the code can defend, deterministically: by the seam
`translate.atomic._before_replace`, called when the merged text is on disk and about to
replace the file, or just before the index records what was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from conftest import copy_project
from typer.testing import CliRunner

from translate import atomic, pipeline
from translate.cli.app import app

ARTICLE = "002_fc9922a311dc6cc0"
runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The corpus translated into ru once, then one article extended so that it is rewritten."""
    monkeypatch.chdir(copy_project(tmp_path))
    assert run()[0] == 0
    with (tmp_path / "corpus" / f"{ARTICLE}.txt").open("a", encoding="utf-8") as article:
        article.write("\nA sentence added after the first run.\n")
    return tmp_path


def run() -> tuple[int, str]:
    result = runner.invoke(app, ["run", "--engine", "none", "--lang", "ru"])
    return result.exit_code, result.stderr


def po_path(project: Path) -> Path:
    return project / "locales" / "ru" / f"{ARTICLE}.po"


def translator_save(path: Path, base: str, msgstr: str) -> None:
    """Save *base* with its first entry translated, as an editor does: temp file, rename."""
    catalog = polib.pofile(base)
    catalog[0].msgstr = msgstr
    saved = path.with_name("editor-save.tmp")
    saved.write_text(str(catalog), encoding="utf-8")
    saved.replace(path)


def save_once(path: Path, make: Callable[[], None]) -> Callable[[Path], None]:
    done: list[Path] = []

    def hook(target: Path) -> None:
        if target == path and not done:
            done.append(target)
            make()

    return hook


def test_a_save_while_the_file_is_replaced_is_merged_not_lost(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = po_path(project)
    before = path.read_text(encoding="utf-8")
    hook = save_once(path, lambda: translator_save(path, before, "Сохранено переводчиком."))
    monkeypatch.setattr(atomic, "_before_replace", hook)
    code, err = run()
    assert code == 0, err
    catalog = polib.pofile(str(path))
    assert catalog[0].msgstr == "Сохранено переводчиком."
    assert catalog.find("A sentence added after the first run.") is not None


def test_a_save_after_the_write_is_not_recorded_as_fresh(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Poedit had the file open since before the run, and saves its older buffer at the end."""
    path = po_path(project)
    before = path.read_text(encoding="utf-8")
    real = pipeline._record

    def save_then_record(*args: object, **kwargs: object) -> None:
        if not saved:
            saved.append(True)
            translator_save(path, before, "Сохранено переводчиком.")
        real(*args, **kwargs)  # type: ignore[arg-type]

    saved: list[bool] = []
    monkeypatch.setattr(pipeline, "_record", save_then_record)
    assert run()[0] == 0
    assert saved
    monkeypatch.setattr(pipeline, "_record", real)
    assert run()[0] == 0  # must merge the saved file, not skip it as unchanged
    catalog = polib.pofile(str(path))
    assert catalog[0].msgstr == "Сохранено переводчиком."
    assert catalog.find("A sentence added after the first run.") is not None


def test_a_file_that_keeps_changing_is_left_alone_and_reported(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = po_path(project)
    before = path.read_text(encoding="utf-8")
    saves: list[str] = []

    def save_every_time(target: Path) -> None:
        if target == path:
            saves.append(f"Версия {len(saves)}.")
            translator_save(path, before, saves[-1])

    monkeypatch.setattr(atomic, "_before_replace", save_every_time)
    code, err = run()
    assert code == 2
    assert f"{ARTICLE}.po: changed on disk 5 times while it was being merged" in err
    assert polib.pofile(str(path))[0].msgstr == saves[-1]
    assert not list(path.parent.glob(".*.tmp"))

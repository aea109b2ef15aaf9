"""The committed locales/ folder: valid PO files, exactly what ``news-translate run`` produces."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from translate.cli.app import app

PO_FILES = sorted((ROOT / "locales").rglob("*.po"))
needs_msgfmt = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="no GNU gettext")


def test_one_po_file_per_article_and_language() -> None:
    articles = {p.stem for p in (ROOT / "corpus").glob("*.txt")}
    languages = {"az", "ru", "tr", "es", "fr", "de"}
    assert {(p.parent.name, p.stem) for p in PO_FILES} == {
        (lang, art) for lang in languages for art in articles
    }


@needs_msgfmt
@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_msgfmt_check_passes(path: Path) -> None:
    done = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_polib_rereads_to_identical_text(path: Path) -> None:
    assert str(polib.pofile(str(path))) == path.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("apertium") is None, reason="es drafts come from Apertium")
def test_locales_are_what_run_produces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("corpus", "glossary", "locales"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for cache in (tmp_path / "locales").rglob(".news-translate-cache.sqlite"):
        cache.unlink()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", "--check"])
    assert result.exit_code == 0, result.stderr

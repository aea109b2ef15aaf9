"""Progress of ``run``: per batch of drafted sentences, from worker processes too, and the bar
that shows it only on a terminal."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from translate import pipeline
from translate.cli.app import app
from translate.cli.progress import DraftBar
from translate.config import load_config
from translate.engines import EngineSettings
from translate.pipeline import Progress, plan_run, run_plan

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ("000_ee7ec6d0624d94a0", "001_3af6d30ae5fafc79")
needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="apertium is not installed"
)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "glossary", tmp_path / "glossary")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "corpus").mkdir()
    for name in ARTICLES:
        shutil.copy(ROOT / "corpus" / f"{name}.txt", tmp_path / "corpus")
    return tmp_path


def events(project: Path, jobs: int, engine: str | None = None) -> list[Progress]:
    config = load_config(project, required=True)
    plan = plan_run(config, config.article_files(), ["es", "fr"], EngineSettings(), engine)
    seen: list[Progress] = []
    run_plan(plan, jobs, progress=seen.append)
    return seen


@needs_apertium
@pytest.mark.parametrize("jobs", [1, 2])
def test_each_batch_of_sentences_is_reported(
    project: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(pipeline, "DRAFT_BATCH", 16)  # in this process; workers use 256
    seen = events(project, jobs)  # auto: Apertium for es, nothing for fr
    es = [e for e in seen if e.language == "es"]
    total = es[0].total
    assert es[0].done == 0 and total > 16
    assert sum(e.done for e in es) == total
    if jobs == 1:
        assert len(es) == 1 + -(-total // 16)  # the announcement, then one per batch
    # fr has no engine here: it announces that it drafts nothing.
    assert [e for e in seen if e.language == "fr"] == [Progress("fr", 0, 0)]


def test_nothing_to_draft_reports_zero(project: Path) -> None:
    assert events(project, 1, "none") == [Progress("es", 0, 0), Progress("fr", 0, 0)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_shows_sentences_per_second_and_estimates_languages_to_come(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    with DraftBar(3) as bar:
        bar(Progress("es", 0, 100))
        bar(Progress("es", 50, 100))
        assert bar._bar.length == 300  # two languages to come, as many sentences each
        bar(Progress("ru", 0, 40))
        assert bar._bar.length == 140 + 70
        bar(Progress("es", 50, 100))
    drawn = screen.getvalue()
    assert "drafting" in drawn and "sentences/s" in drawn


def test_a_bar_with_nothing_to_draft_prints_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    with DraftBar(2) as bar:
        bar(Progress("es", 0, 0))
        bar(Progress("fr", 0, 0))
    assert screen.getvalue() == ""


def test_run_prints_no_bar_when_stderr_is_not_a_terminal(project: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        result = CliRunner().invoke(app, ["run", "--engine", "none", "--lang", "es"])
    assert result.exit_code == 0
    assert result.stderr == ""

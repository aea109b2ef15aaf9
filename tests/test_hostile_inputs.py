"""Bad input, one line each, exit 2, nothing written: every case of tests/hostile_cases.py.

bench/hostile_inputs.py runs the same table and prints the score; here each case is a test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hostile_cases import CASES, Case, run_case
from typer.testing import CliRunner

from translate.cli.app import app

SCRIPT = Path(sys.executable).parent / "news-translate"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    if case.skip:
        pytest.skip(case.skip)
    outcome = run_case(case, tmp_path)
    assert not outcome.problems, f"{outcome.problems}\nstderr: {outcome.stderr}"


def test_usage_errors_are_one_line_from_the_installed_script(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(SCRIPT), "glossary", "import", "/nonexistent.tbx"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "news-translate: error: Invalid value for 'source': file '/nonexistent.tbx' does not "
        "exist (see news-translate glossary import --help)"
    ]


@pytest.mark.parametrize(
    "args", [["--help"], ["run", "--help"], ["glossary", "import", "--help"]], ids=str
)
def test_help_still_works(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert "Usage: news-translate" in result.stdout
    assert result.stderr == ""


def test_no_arguments_prints_the_help_and_exits_2() -> None:
    result = CliRunner().invoke(app, [])
    assert result.exit_code == 2
    assert "Usage: news-translate" in result.stdout
    assert "run" in result.stdout and "glossary" in result.stdout


def test_help_texts_keep_their_bracketed_defaults() -> None:
    result = CliRunner().invoke(app, ["run", "--help"], terminal_width=200)
    assert "Argos beam size [config: 2]." in result.stdout

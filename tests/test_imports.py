"""Nothing heavy happens at import time, or when the light commands run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

HEAVY = ("torch", "ctranslate2", "sentencepiece", "spacy", "stanza", "argostranslate.translate")

PROBE = """
import sys
from typer.testing import CliRunner
from translate.cli.app import app
result = CliRunner().invoke(app, {args!r})
assert result.exit_code == 0, result.output
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
print(",".join(heavy))
"""


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--help"], id="help"),
        pytest.param(["segment", str(ROOT / "corpus" / "000_ee7ec6d0624d94a0.txt")], id="segment"),
        pytest.param(
            ["segment", "--format", "json", str(ROOT / "corpus" / "001_3af6d30ae5fafc79.txt")],
            id="segment-json",
        ),
    ],
)
def test_light_commands_import_no_translation_library(args: list[str]) -> None:
    code = PROBE.format(args=args, heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_importing_the_package_creates_no_files(tmp_path: Path) -> None:
    code = "import translate, translate.cli, translate.text.articles, translate.config"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []


#: What only some commands need: the CLI imports them in the command that uses them, so that
#: `check` of one file (what pre-commit runs on every commit) does not pay for the others.
DEFERRED = (
    "translate.check.report",
    "translate.check.spill",
    "translate.check.rules",
    "translate.text.segments",
    "translate.engines.argos_packages",
    "translate.atomic",
    "xml.etree.ElementTree",
    "sqlite3",
    "polib",
    "yaml",
)


def test_the_cli_imports_each_command_s_stages_only_when_it_runs() -> None:
    code = (
        "import sys\nfrom translate.cli.app import app\n"
        f"print(','.join(sorted(m for m in {DEFERRED!r} if m in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""

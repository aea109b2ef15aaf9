"""Builders shared by the tests: a copy of this repository's project, the CLI, Apertium's marker.

Test modules import the plain helpers (``from conftest import ROOT, copy_project``); the
`project` fixture is found by pytest.
"""

from __future__ import annotations

import math
import os
import resource
import shutil
import time
from collections.abc import Generator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from translate.cli.app import app

__all__ = ["APERTIUM", "ROOT", "cli", "copy_project", "needs_apertium", "snapshot"]

ROOT = Path(__file__).resolve().parent.parent
APERTIUM = shutil.which("apertium") is not None
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium is not installed")
_runner = CliRunner()

#: CPU seconds one test (setup, call, teardown), and each process it starts, may use while
#: mutmut tests a mutant. A mutant that makes a loop endless (``i -= 1`` in `Matcher.find`)
#: is then stopped in a minute, where mutmut's own limit is 15 times the estimated time of all
#: the tests that cover the function (37 minutes for the matcher). The two slowest tests
#: (Argos and drafts, a sentence alone and in the batch) use 36 s together. README, "Mutation
#: score".
MUTANT_CPU_SECONDS = 60


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol() -> Generator[None, object, object]:
    """Under a mutmut mutant only, limit the CPU time of each test with ``RLIMIT_CPU``.

    Past the limit the kernel sends ``SIGXCPU``, which mutmut records as a timeout, as it does
    for its own limit. Children inherit the limit, so a loop in a subprocess stops as well.
    """
    if "__mutmut_" not in os.environ.get("MUTANT_UNDER_TEST", ""):
        return (yield)
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    limit = math.ceil(time.process_time()) + MUTANT_CPU_SECONDS
    if soft != resource.RLIM_INFINITY:
        limit = min(limit, soft)
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))
    try:
        return (yield)
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def copy_project(folder: Path, *, locales: bool = False) -> Path:
    """This repository's corpus, glossary and configuration in *folder* (its locales too, with
    *locales*, without the hidden lock and cache files)."""
    for name in ("corpus", "glossary"):
        shutil.copytree(ROOT / name, folder / name)
    if locales:
        shutil.copytree(ROOT / "locales", folder / "locales", ignore=shutil.ignore_patterns(".*"))
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    return folder


def cli(*args: str) -> tuple[int, str, str]:
    """Run ``news-translate ARGS`` in-process: exit code, stdout, stderr."""
    result = _runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every PO file under *folder*, by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.po"))}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of this repository's corpus, glossary and configuration, without locales/; the
    working directory. Modules that need another project define their own `project`."""
    monkeypatch.chdir(copy_project(tmp_path))
    return tmp_path

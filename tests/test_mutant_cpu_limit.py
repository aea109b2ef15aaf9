"""Under a mutmut mutant, and only there, each test runs with a CPU limit (``conftest.py``)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MUTANT_CPU_SECONDS, ROOT

PROBE = """
import resource, time

def test_probe():
    print("PROBE", resource.getrlimit(resource.RLIMIT_CPU)[0], time.process_time())
"""


def probe(tmp_path: Path, mutant: str) -> tuple[int, float]:
    """The soft CPU limit a test sees with MUTANT_UNDER_TEST=*mutant*, and its CPU time then."""
    (tmp_path / "test_probe.py").write_text(PROBE)
    env = {**os.environ, "MUTANT_UNDER_TEST": mutant, "PYTHONPATH": str(ROOT / "tests")}
    options = ["-p", "conftest", "-p", "no:cacheprovider", "-o", "addopts=", "-q", "-s"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *options, "--rootdir", str(tmp_path), "test_probe.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    limit, used = done.stdout.split("PROBE ", 1)[1].split()[:2]
    return int(limit), float(used)


def test_a_test_under_a_mutant_gets_a_cpu_limit(tmp_path: Path) -> None:
    limit, used = probe(tmp_path, "translate.glossary.matcher.x_fold__mutmut_1")
    assert used < limit <= used + MUTANT_CPU_SECONDS + 1


@pytest.mark.parametrize("phase", ["", "stats"], ids=["clean", "stats"])
def test_no_limit_outside_a_mutant(tmp_path: Path, phase: str) -> None:
    assert probe(tmp_path, phase)[0] == resource.getrlimit(resource.RLIMIT_CPU)[0]

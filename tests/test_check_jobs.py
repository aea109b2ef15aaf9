"""``check --jobs``: worker processes compute what the check cache lacks, and change nothing
but the time it takes: the same findings, the same cache, the same one-line errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import cli, copy_project

from translate.check import scan, work
from translate.check.scan import check_project
from translate.config import load_config
from translate.errors import NewsTranslateError
from translate.po.files import decode_catalog

LANGUAGES = ("az", "ru", "tr", "es", "fr", "de")


@pytest.fixture()
def shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Share even this small project's five articles among the workers, two per task, in
    chunks of two, so that the next chunk is read while the workers compute one."""
    monkeypatch.setattr(work, "PARALLEL_FROM", 1)
    monkeypatch.setattr(work, "GROUP", 2)
    monkeypatch.setattr(scan, "CHUNK", 2)


@pytest.fixture()
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PO files this process parses (not its workers), by name."""
    seen: list[str] = []
    decode = decode_catalog

    def counting(data: bytes, path: Path) -> object:
        seen.append(path.name)
        return decode(data, path)

    monkeypatch.setattr("translate.check.work.decode_catalog", counting)
    return seen


def _drop_cache(root: Path) -> None:
    for path in (root / "locales").glob(".news-translate-check*"):
        path.unlink()


@pytest.mark.usefixtures("shared")
def test_workers_give_the_serial_findings_and_fill_the_cache(
    tmp_path: Path, parsed: list[str]
) -> None:
    root = copy_project(tmp_path, locales=True)
    config = load_config(root)
    serial = check_project(config, [config.locales_dir], LANGUAGES, jobs=1)
    assert len(parsed) == 30  # five articles in six languages, parsed here
    assert any(f.rule == "source.unknown-name" for f in serial.findings)
    _drop_cache(root)
    parsed.clear()
    shared = check_project(config, [config.locales_dir], LANGUAGES, jobs=2)
    assert shared == serial
    assert parsed == []  # every PO file was parsed by a worker
    # The workers' results were stored: a serial check now parses nothing and agrees.
    assert check_project(config, [config.locales_dir], LANGUAGES, jobs=1) == serial
    assert parsed == []


def _errors(root: Path) -> list[str]:
    """The error of a cold check of *root* in one process, then with workers."""
    config = load_config(root)
    errors = []
    for jobs in (1, 2):
        _drop_cache(root)
        with pytest.raises(NewsTranslateError) as caught:
            check_project(config, [config.locales_dir], LANGUAGES, jobs=jobs)
        errors.append(str(caught.value))
    return errors


@pytest.mark.usefixtures("shared")
def test_a_broken_po_file_fails_as_a_serial_check_fails(tmp_path: Path) -> None:
    root = copy_project(tmp_path, locales=True)
    broken = sorted((root / "locales" / "ru").glob("*.po"))[2]
    broken.write_text('msgid "a"\nmsgstr "b"\nmsgid\n', encoding="utf-8")
    errors = _errors(root)
    assert errors[0] == errors[1] and broken.name in errors[0]


@pytest.mark.usefixtures("shared")
def test_the_cli_output_does_not_depend_on_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(copy_project(tmp_path, locales=True))
    outputs = []
    for jobs in ("1", "2", "0"):
        _drop_cache(tmp_path)
        outputs.append(cli("check", "--format", "json", "--jobs", jobs))
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0][0] == 0


def test_a_negative_jobs_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(copy_project(tmp_path, locales=True))
    code, _, err = cli("check", "--jobs", "-1")
    assert code == 2 and "--jobs" in err and "Traceback" not in err


@pytest.mark.usefixtures("shared")
def test_errors_in_two_chunks_fail_on_the_first_as_a_serial_check_does(tmp_path: Path) -> None:
    root = copy_project(tmp_path, locales=True)
    first = sorted((root / "locales" / "ru").glob("*.po"))[0]
    first.write_text('msgid "a"\nmsgstr "b"\nmsgid\n', encoding="utf-8")
    last = sorted((root / "corpus").glob("*.txt"))[2]  # read with the next chunk
    last.write_bytes(b"\x00\x01binary\x00")
    errors = _errors(root)
    assert errors[0] == errors[1] and first.name in errors[0]


def test_more_jobs_than_cores_start_no_more_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    real = scan.scan_project

    def spy(config: Any, targets: Any, languages: Any, findings: Any, jobs: int) -> Any:
        started.append(jobs)
        return real(config, targets, languages, findings, jobs)

    monkeypatch.setattr(scan, "scan_project", spy)
    monkeypatch.chdir(copy_project(tmp_path, locales=True))
    assert cli("check", "--jobs", "1000")[0] == 0
    assert started and started[0] <= (os.cpu_count() or 1)

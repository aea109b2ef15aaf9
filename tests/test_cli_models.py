"""``news-translate models``: list and install Argos packages through the command line."""

from __future__ import annotations

import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest
from argos_model import build_test_packages
from typer.testing import CliRunner

from translate.cli.app import app
from translate.cli.models import render_packages
from translate.engines.argos_packages import ArgosPackage

OFFLINE = (
    "news-translate: error: argos: cannot reach the Argos package index (offline?); download "
    "the .argosmodel elsewhere and run: news-translate models install --from-file FILE"
)


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_test_packages(tmp_path_factory.mktemp("argos-build"))


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_list_empty(tmp_path: Path) -> None:
    code, out, err = invoke("models", "list", "--packages-dir", str(tmp_path / "none"))
    assert (code, out, err) == (0, f"no Argos packages installed in {tmp_path / 'none'}\n", "")


def test_list_defaults_to_argos_packages_dir(tmp_path: Path) -> None:
    code, out, _ = invoke("models", "list", env={"ARGOS_PACKAGES_DIR": str(tmp_path)})
    assert (code, out) == (0, f"no Argos packages installed in {tmp_path}\n")


@pytest.mark.slow
def test_install_from_file_then_list(archives: dict[str, Path], tmp_path: Path) -> None:
    directory = tmp_path / "packages"
    code, out, err = invoke(
        "models", "install", "--from-file", str(archives["copy"]), "--packages-dir", str(directory)
    )
    assert (code, err) == (0, "")
    assert out == f"installed translate-en_xx (en→xx) 1.0 in {directory / 'translate-en_xx-1_0'}\n"

    code, out, _ = invoke("models", "list", env={"ARGOS_PACKAGES_DIR": str(directory)})
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["PACKAGE", "PAIR", "VERSION", "PATH"]
    assert row.split() == [
        "translate-en_xx",
        "en→xx",
        "1.0",
        str(directory / "translate-en_xx-1_0"),
    ]


def _not_a_zip(path: Path) -> Path:
    path.write_text("not a zip\n")
    return path


def _no_metadata(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.writestr("pkg/model/model.bin", "x")
        zipped.writestr("pkg/sentencepiece.model", "x")
    return path


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        pytest.param(_not_a_zip, "not a zip archive", id="not-a-zip"),
        pytest.param(_no_metadata, "has no metadata.json", id="no-metadata"),
        pytest.param(lambda path: path, "no such file", id="missing"),
    ],
)
def test_install_bad_file_is_one_line(tmp_path: Path, make: object, problem: str) -> None:
    archive = tmp_path / "bad.argosmodel"
    assert callable(make)
    make(archive)
    code, out, err = invoke(
        "models", "install", "--from-file", str(archive), "--packages-dir", str(tmp_path / "p")
    )
    assert (code, out) == (2, "")
    assert err.startswith("news-translate: error: argos: ")
    assert problem in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def _refuse(*args: object, **kwargs: object) -> None:
    raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")


def test_install_from_index_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urllib.request, "urlopen", _refuse)
    code, out, err = invoke("models", "install", "en", "xx", "--packages-dir", str(tmp_path))
    assert (code, out, err) == (2, "", OFFLINE + "\n")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        pytest.param(["en"], "give SOURCE TARGET", id="one-code"),
        pytest.param([], "give SOURCE TARGET", id="nothing"),
        pytest.param(["en", "xx", "--from-file", "p.argosmodel"], "not both", id="both"),
        pytest.param(["EN", "es"], "'EN' is not a language code", id="bad-code"),
    ],
)
def test_install_usage_errors(tmp_path: Path, args: list[str], problem: str) -> None:
    code, out, err = invoke("models", "install", *args, "--packages-dir", str(tmp_path))
    assert (code, out) == (2, "")
    assert problem in err
    assert "Traceback" not in err


def test_render_packages_aligns_columns() -> None:
    packages = [
        ArgosPackage("translate-en_es", "en", "es", "1.9", "1.9", Path("/p/translate-en_es-1_9")),
        ArgosPackage("t-en_az", "en", "az", "10.0", "1.0", Path("/p/az")),
    ]
    assert render_packages(packages).splitlines() == [
        "PACKAGE          PAIR   VERSION  PATH",
        "translate-en_es  en→es  1.9      /p/translate-en_es-1_9",
        "t-en_az          en→az  10.0     /p/az",
    ]

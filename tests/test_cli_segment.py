"""``news-translate segment`` through the real CLI, on the real corpus and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from translate.cli.app import app

CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))

runner = CliRunner()


def test_text_format_one_sentence_per_line() -> None:
    result = runner.invoke(app, ["segment", str(CORPUS / "004_bb24bbf64c3ddef7.txt")])
    assert result.exit_code == 0, result.output
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert blocks[0] == (
        "The horrible tragedy of the 20th century: 32 years have passed since the Khojaly genocide"
    )
    assert blocks[1].splitlines() == [
        "It is the next anniversary of the Khojaly massacre, one of the most horrible and bloody "
        "tragedies in human history.",
        "32 years have passed since the tragedy.",
    ]
    assert "Şərhini yaz" not in result.stdout


def test_json_format_single_article() -> None:
    result = runner.invoke(
        app, ["segment", "--format", "json", str(CORPUS / "001_3af6d30ae5fafc79.txt")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"article", "date", "title", "credits", "dropped", "paragraphs"}
    assert data["article"] == "001_3af6d30ae5fafc79"
    assert data["date"] == "2024-02-26"
    assert data["title"] is None
    assert data["credits"] == ["(MENAFN- AzerNews)"]
    assert data["paragraphs"][0] == [
        "Azerbaijan's Foreign Ministry has issued a statement on the 32nd anniversary of the "
        "Khojaly genocide, Azernews reports."
    ]
    assert data["paragraphs"][-1] == ['Rest in Peace!"']


def test_json_format_several_articles_is_an_array() -> None:
    result = runner.invoke(app, ["segment", "--format", "json", *map(str, SEEDS)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [item["article"] for item in data] == [path.stem for path in SEEDS]
    assert all(sentence for item in data for para in item["paragraphs"] for sentence in para)


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(lambda tmp: tmp / "missing.txt", "no such file", id="missing"),
        pytest.param(lambda tmp: tmp, "is a directory", id="directory"),
        pytest.param(lambda tmp: _write(tmp, b"\x00\x01binary"), "binary file", id="binary"),
        pytest.param(lambda tmp: _write(tmp, b"ok\n\xff\xfe bad\n"), "not UTF-8", id="non-utf8"),
        pytest.param(lambda tmp: _write(tmp, b""), "empty article", id="empty"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make: object, expected: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = runner.invoke(app, ["segment", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert str(path) in lines[0]
    assert "Traceback" not in result.output


def test_non_utf8_error_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, b"line one\nline two\ncaf\xe9\n")
    result = runner.invoke(app, ["segment", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3:" in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"First sentence. Second one.\r\n\r\nThird.\r\n", id="crlf"),
        pytest.param(b"First sentence. Second one.\n\nThird.", id="no-final-newline"),
    ],
)
def test_line_endings_just_work(tmp_path: Path, content: bytes) -> None:
    result = runner.invoke(app, ["segment", str(_write(tmp_path, content))])
    assert result.exit_code == 0
    assert result.stdout == "First sentence.\nSecond one.\n\nThird.\n"


def test_a_bad_file_among_good_ones_prints_nothing(tmp_path: Path) -> None:
    bad = _write(tmp_path, b"")
    result = runner.invoke(app, ["segment", str(SEEDS[0]), str(bad)])
    assert result.exit_code == 2
    assert result.stdout == ""

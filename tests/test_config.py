"""``[tool.news-translate]`` in pyproject.toml: defaults, values, and errors that say the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.config import check_language, load_config
from translate.errors import ConfigError, LanguageError


def write(tmp_path: Path, body: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[tool.news-translate]\n{body}\n", encoding="utf-8")
    return tmp_path


def test_no_project_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.languages == ("az", "ru", "tr", "es", "fr", "de")
    assert config.engine_for("es") == "auto"


def test_values_are_read(tmp_path: Path) -> None:
    body = (
        'languages = ["es"]\nbeam-size = 4\nthreads = 2\n[tool.news-translate.engines]\nes = "none"'
    )
    config = load_config(write(tmp_path, body))
    assert (config.languages, config.beam_size, config.threads) == (("es",), 4, 2)
    assert config.engine_for("es") == "none"
    assert config.engine_for("ru") == "auto"


def test_found_from_a_subfolder(tmp_path: Path) -> None:
    write(tmp_path, 'languages = ["ru"]')
    (tmp_path / "corpus").mkdir()
    assert load_config(tmp_path / "corpus").languages == ("ru",)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param("colour = 1", "unknown key", id="unknown-key"),
        pytest.param('languages = "es"', "languages must be a list", id="languages-not-a-list"),
        pytest.param("beam-size = 0", "beam-size must be a number >= 1", id="beam-size"),
        pytest.param("threads = true", "threads must be a number", id="threads-bool"),
        pytest.param("engines = 3", "must map language codes", id="engines-not-a-table"),
        pytest.param("languages = [", "cannot parse TOML", id="toml-syntax"),
    ],
)
def test_errors_name_the_file_and_the_fix(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, body))
    assert message in str(caught.value)
    assert "pyproject.toml" in str(caught.value)


@pytest.mark.parametrize("code", ["xx", "", "e s", "zz_ZZ"])
def test_unknown_language_codes(code: str) -> None:
    with pytest.raises(LanguageError, match="unknown language code"):
        check_language(code)

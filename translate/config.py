"""Project configuration read from ``[tool.news-translate]`` in ``pyproject.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translate.errors import ConfigError, LanguageError

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "DEFAULT_BOILERPLATE",
    "Config",
    "check_language",
    "find_project_root",
    "load_config",
    "parse_locale",
]

DEFAULT_BOILERPLATE: tuple[str, ...] = ("Şərhini yaz",)
_SECTION = "news-translate"


@dataclass(frozen=True)
class Config:
    """Where things live and which languages and engines to use."""

    root: Path
    source_language: str = "en"
    languages: tuple[str, ...] = ("az", "ru", "tr", "es", "fr", "de")
    corpus: Path = Path("corpus")
    locales: Path = Path("locales")
    glossary: Path = Path("glossary")
    project_id: str = "news-translate"
    boilerplate: tuple[str, ...] = DEFAULT_BOILERPLATE
    engines: tuple[tuple[str, str], ...] = field(default=(("default", "auto"),))
    beam_size: int = 2
    threads: int = 0
    apertium_timeout: float = 300.0

    def engine_for(self, language: str) -> str:
        """The configured engine name for *language* (``default`` when not set)."""
        table = dict(self.engines)
        return table.get(language, table.get("default", "auto"))

    @property
    def corpus_dir(self) -> Path:
        return self.root / self.corpus

    def article_files(self) -> list[Path]:
        """The corpus: every ``*.txt`` in the corpus folder, sorted (the stem is the id)."""
        return sorted(self.corpus_dir.glob("*.txt"))

    @property
    def locales_dir(self) -> Path:
        return self.root / self.locales

    @property
    def glossary_dir(self) -> Path:
        return self.root / self.glossary


def find_project_root(start: Path) -> Path | None:
    """The nearest directory at or above *start* whose pyproject.toml has our section."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and f"[tool.{_SECTION}" in candidate.read_text("utf-8", "replace"):
            return folder
    return None


def load_config(start: Path) -> Config:
    """Read the configuration for the project containing *start*; defaults if there is none."""
    root = find_project_root(start.resolve())
    if root is None:
        return Config(root=start.resolve())
    path = root / "pyproject.toml"
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot parse TOML: {exc}", path=path, hint="fix the syntax") from exc
    section = data.get("tool", {}).get(_SECTION, {})
    return _from_table(root, path, section)


def _from_table(root: Path, path: Path, table: dict[str, Any]) -> Config:
    known = {
        "source-language",
        "languages",
        "corpus",
        "locales",
        "glossary",
        "project-id",
        "boilerplate",
        "engines",
        "beam-size",
        "threads",
        "apertium-timeout",
    }
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"unknown key [tool.{_SECTION}] {unknown[0]!r}",
            path=path,
            hint=f"use one of: {', '.join(sorted(known))}",
        )
    defaults = Config(root=root)
    engines = table.get("engines", {})
    if not isinstance(engines, dict) or not all(isinstance(v, str) for v in engines.values()):
        raise ConfigError(
            f"[tool.{_SECTION}.engines] must map language codes to engine names",
            path=path,
            hint='write e.g. es = "apertium"',
        )
    return Config(
        root=root,
        source_language=_string(table, "source-language", defaults.source_language, path),
        languages=_strings(table, "languages", defaults.languages, path),
        corpus=Path(_string(table, "corpus", str(defaults.corpus), path)),
        locales=Path(_string(table, "locales", str(defaults.locales), path)),
        glossary=Path(_string(table, "glossary", str(defaults.glossary), path)),
        project_id=_string(table, "project-id", defaults.project_id, path),
        boilerplate=_strings(table, "boilerplate", defaults.boilerplate, path),
        engines=tuple(sorted({"default": "auto", **engines}.items())),
        beam_size=_number(table, "beam-size", defaults.beam_size, path, minimum=1),
        threads=_number(table, "threads", defaults.threads, path, minimum=0),
        apertium_timeout=float(
            _number(table, "apertium-timeout", defaults.apertium_timeout, path, minimum=1)
        ),
    )


def _number(
    table: dict[str, Any], key: str, default: int | float, path: Path, *, minimum: int
) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ConfigError(
            f"{key} must be a number >= {minimum}", path=path, hint=f"{key} = {default}"
        )
    return int(value)


def _string(table: dict[str, Any], key: str, default: str, path: Path) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{key} must be a non-empty string", path=path, hint=f'{key} = "..."')
    return value


def _strings(
    table: dict[str, Any], key: str, default: tuple[str, ...], path: Path
) -> tuple[str, ...]:
    value = table.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(
            f"{key} must be a list of strings", path=path, hint=f'{key} = ["...", "..."]'
        )
    return tuple(value)


def check_language(code: str) -> str:
    """Return *code* if babel knows it as a locale; raise `LanguageError` naming the fix."""
    parse_locale(code)
    return code


def parse_locale(code: str) -> Locale:
    """The babel locale for *code*; `LanguageError` naming the fix when babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        raise LanguageError(
            f"unknown language code {code!r}",
            language=code,
            hint="use ISO 639 codes such as es, ru, az",
        ) from None

"""Project configuration read from ``[tool.news-translate]`` in ``pyproject.toml``."""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
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
    "normalise_language",
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
        # By name: the same order as the paths' (one folder), without comparing 10,000 Paths.
        return sorted(self.corpus_dir.glob("*.txt"), key=lambda path: path.name)

    @property
    def locales_dir(self) -> Path:
        return self.root / self.locales

    @property
    def glossary_dir(self) -> Path:
        return self.root / self.glossary


def find_project_root(start: Path, *, exact: bool = False) -> Path | None:
    """The nearest directory at or above *start* (only *start* if *exact*) with our section."""
    for folder in (start,) if exact else (start, *start.parents):
        if _has_section(folder / "pyproject.toml"):
            return folder
    return None


def _has_section(candidate: Path) -> bool:
    try:
        return candidate.is_file() and f"[tool.{_SECTION}" in candidate.read_text(
            "utf-8", "replace"
        )
    except OSError:
        return False


def load_config(start: Path, *, required: bool = False, exact: bool = False) -> Config:
    """Read the configuration for the project containing *start*.

    Outside a project, the defaults apply with *start* as the root, unless *required*. With
    *exact*, *start* itself must be the project folder.
    """
    root = find_project_root(start.resolve(), exact=exact)
    if root is None:
        if required or exact:
            where = "in this folder" if exact else "here or in any parent folder"
            raise ConfigError(
                f"not a news-translate project: no pyproject.toml with [tool.{_SECTION}] {where}",
                path=start,
                hint="cd into the project, or pass --project DIR (or set NEWS_TRANSLATE_PROJECT)",
            )
        return Config(root=start.resolve())
    path = root / "pyproject.toml"
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        # tomllib puts the place in its message only: "... (at line 3, column 13)".
        at = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        raise ConfigError(
            f"cannot parse TOML: {exc}",
            path=path,
            line=int(at.group(1)) if at else None,
            hint="fix the syntax",
        ) from exc
    except OSError as exc:
        hint = "check its permissions"
        raise ConfigError(f"cannot read: {exc.strerror}", path=path, hint=hint) from None
    tool = data.get("tool", {})
    section = tool.get(_SECTION, {}) if isinstance(tool, dict) else None
    if not isinstance(section, dict):
        raise ConfigError(
            f"[tool.{_SECTION}] must be a table", path=path, hint=f"write [tool.{_SECTION}]"
        )
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
        with _at_key(path, unknown[0]):
            raise ConfigError(
                f"unknown key [tool.{_SECTION}] {unknown[0]!r}",
                path=path,
                hint=f"use one of: {', '.join(sorted(known))}",
            )
    defaults = Config(root=root)
    with _at_key(path, "source-language"):
        source = _language(_string(table, "source-language", defaults.source_language, path), path)
    with _at_key(path, "languages"):
        languages = _languages(table, defaults.languages, path)
        if source in languages:
            # A run would "translate" every article into its own language.
            raise ConfigError(
                f"languages lists {source!r}, the source language",
                path=path,
                hint=f"remove {source!r} from languages, or set source-language",
            )
    with _at_key(path, "corpus"):
        corpus = _folder(table, "corpus", defaults.corpus, path)
    with _at_key(path, "locales"):
        locales = _folder(table, "locales", defaults.locales, path)
    with _at_key(path, "glossary"):
        glossary = _folder(table, "glossary", defaults.glossary, path)
    with _at_key(path, "project-id"):
        project_id = _string(table, "project-id", defaults.project_id, path)
    with _at_key(path, "boilerplate"):
        boilerplate = _strings(table, "boilerplate", defaults.boilerplate, path)
    with _at_key(path, "engines"):
        engines = _engines(table, path)
    with _at_key(path, "beam-size"):
        beam_size = int(_number(table, "beam-size", defaults.beam_size, path, minimum=1))
    with _at_key(path, "threads"):
        threads = int(_number(table, "threads", defaults.threads, path, minimum=0))
    with _at_key(path, "apertium-timeout"):
        timeout = _number(
            table, "apertium-timeout", defaults.apertium_timeout, path, minimum=1, real=True
        )
    return Config(
        root=root,
        source_language=source,
        languages=languages,
        corpus=corpus,
        locales=locales,
        glossary=glossary,
        project_id=project_id,
        boilerplate=boilerplate,
        engines=engines,
        beam_size=beam_size,
        threads=threads,
        apertium_timeout=float(timeout),
    )


@contextmanager
def _at_key(path: Path, key: str) -> Iterator[None]:
    """Give a `ConfigError` raised inside the line of *key* in pyproject.toml, which tomllib
    does not report: the first line of our section (or its engines table) that sets it."""
    try:
        yield
    except ConfigError as error:
        if error.line is None:
            error.line = _key_line(path, key)
        raise


def _key_line(path: Path, key: str) -> int | None:
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    inside = False
    header = re.compile(rf"\s*\[\s*tool\s*\.\s*\"?{re.escape(_SECTION)}\"?\s*(\.|\])")
    setting = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*[=.]")
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith("["):
            inside = header.match(line) is not None
            if inside and key == "engines" and ".engines" in line:
                return number
        elif inside and setting.match(line):
            return number
    return None


def _number(
    table: dict[str, Any],
    key: str,
    default: int | float,
    path: Path,
    *,
    minimum: int,
    real: bool = False,
) -> int | float:
    value = table.get(key, default)
    kinds = (int, float) if real else (int,)
    if (
        isinstance(value, bool)
        or not isinstance(value, kinds)
        or not math.isfinite(value)
        or value < minimum
    ):
        whole = "" if real else " with no fraction"
        raise ConfigError(
            f"{key} must be a number >= {minimum}{whole}, not {value!r}",
            path=path,
            hint=f"{key} = {default}",
        )
    return value


def _string(table: dict[str, Any], key: str, default: str, path: Path) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip() or not value.isprintable():
        raise ConfigError(
            f"{key} must be a non-empty string on one line", path=path, hint=f'{key} = "..."'
        )
    return value


def _folder(table: dict[str, Any], key: str, default: Path, path: Path) -> Path:
    """A folder of the project: relative, and not leading out of it through ``..``."""
    value = _string(table, key, str(default), path)
    normal = os.path.normpath(value)
    if Path(value).is_absolute() or normal == ".." or normal.startswith(f"..{os.sep}"):
        raise ConfigError(
            f"{key} = {value!r} is outside the project",
            path=path,
            hint=f'give a folder relative to the project, e.g. {key} = "{default}"',
        )
    return Path(normal)


def _language(code: str, path: Path) -> str:
    try:
        return normalise_language(code)
    except LanguageError as error:
        raise ConfigError(error.message, path=path, hint=error.hint) from None


def _languages(table: dict[str, Any], default: tuple[str, ...], path: Path) -> tuple[str, ...]:
    codes = [_language(code, path) for code in _strings(table, "languages", default, path)]
    if not codes:
        raise ConfigError("languages is empty", path=path, hint='languages = ["es", "ru"]')
    twice = next((code for code in codes if codes.count(code) > 1), None)
    if twice:
        raise ConfigError(
            f"languages lists {twice!r} twice", path=path, hint="list each language once"
        )
    return tuple(codes)


#: The engine names a configuration may use; `translate.engines.EngineName` has the same values
#: (a test holds them equal), but the configuration is read before any stage is imported.
ENGINE_NAMES = ("auto", "argos", "apertium", "none")


def _engines(table: dict[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    engines = table.get("engines", {})
    names = ", ".join(ENGINE_NAMES)
    if not isinstance(engines, dict) or not all(isinstance(v, str) for v in engines.values()):
        raise ConfigError(
            f"[tool.{_SECTION}.engines] must map language codes to engine names",
            path=path,
            hint='write e.g. es = "apertium"',
        )
    for language, name in engines.items():
        if name not in ENGINE_NAMES:
            raise ConfigError(
                f"unknown engine {name!r} for {language} in [tool.{_SECTION}.engines]",
                path=path,
                hint=f"use one of: {names}",
            )
        if language != "default":
            _language(language, path)
    return tuple(sorted({"default": "auto", **engines}.items()))


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


def normalise_language(code: str) -> str:
    """The canonical spelling of a language code babel knows (``ES`` → ``es``, ``es-es`` →
    ``es_ES``); `LanguageError` naming the fix when it knows none.

    >>> normalise_language("ES"), normalise_language("pt-br")
    ('es', 'pt_BR')
    """
    if not code.isascii() or not code.replace("_", "").replace("-", "").isalnum():
        raise LanguageError(
            f"unknown language code {code!r}",
            language=code,
            hint="use ISO 639 codes such as es, ru, az",
        )
    return str(parse_locale(code.replace("-", "_")))


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

"""The one exception hierarchy of news-translate.

Every error carries its context and renders as one line: what failed, where, how to fix it::

    NewsTranslateError
     ├── InputError              a file the user handed us is unusable
     │    ├── ArticleError       an article (encoding, binary, empty, bad date)
     │    ├── GlossaryError      a glossary file (syntax, schema)
     │    ├── CatalogError       a PO file (syntax)
     │    └── ConfigError        [tool.news-translate] in pyproject.toml
     ├── LanguageError           an unknown or unsupported language code
     └── EngineError             a machine-translation engine failed
          ├── EngineUnavailable  binary, library or language pair missing
          └── ModelError         an Argos package is broken or cannot be installed

The CLI catches `NewsTranslateError`, prints `str(error)` to stderr and exits with code 2.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ArticleError",
    "CatalogError",
    "ConfigError",
    "EngineError",
    "EngineUnavailable",
    "GlossaryError",
    "InputError",
    "LanguageError",
    "ModelError",
    "NewsTranslateError",
]


class NewsTranslateError(Exception):
    """Base class: a failure the user can fix, described in one line."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def where(self) -> str:
        """The location prefix (``path:line``), empty when there is none."""
        return ""

    def __str__(self) -> str:
        text = f"{self.where()}: {self.message}" if self.where() else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return " ".join(text.split())


class InputError(NewsTranslateError):
    """A file handed to us cannot be used."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.path = Path(path) if path is not None else None
        self.line = line

    def where(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)


class ArticleError(InputError):
    """An article file is unreadable, binary, empty or malformed."""


class GlossaryError(InputError):
    """A glossary file is unreadable or breaks the schema."""


class CatalogError(InputError):
    """A PO file is unreadable or has a syntax error."""


class ConfigError(InputError):
    """The ``[tool.news-translate]`` configuration is invalid."""


class LanguageError(NewsTranslateError):
    """A language code is unknown or not configured."""

    def __init__(self, message: str, *, language: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.language = language


class EngineError(NewsTranslateError):
    """A machine-translation engine failed."""

    def __init__(self, message: str, *, engine: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.engine = engine

    def where(self) -> str:
        return self.engine


class EngineUnavailable(EngineError):
    """The engine's binary, library or language pair is not installed."""


class ModelError(EngineError):
    """An Argos package is broken, or cannot be found or installed."""

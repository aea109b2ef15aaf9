"""What every command shares: exit codes, the one-line failure, the project, ``--lang``.

Command modules import this, never `translate.cli.app`: the root application imports the
commands to register them, so imports only run one way.
"""

from __future__ import annotations

from pathlib import Path

import typer
from typer._click.globals import get_current_context

from translate.config import Config, load_config, normalise_language
from translate.errors import LanguageError

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "PROJECT_ENV",
    "fail",
    "parse_languages",
    "project_config",
]

EXIT_FINDINGS = 1
EXIT_USAGE = 2
#: Ctrl-C, as a shell reports a process that SIGINT ended (128 + 2).
EXIT_INTERRUPTED = 130
PROJECT_ENV = "NEWS_TRANSLATE_PROJECT"


def fail(message: str) -> typer.Exit:
    """Print *message* to stderr and return the exit to raise (code 2)."""
    typer.echo(f"news-translate: error: {' '.join(message.split())}", err=True)
    return typer.Exit(EXIT_USAGE)


def project_config(*, required: bool = True) -> Config:
    """The configuration of the project named by --project, else of the working directory's.

    With *required*, being outside a project is an error; otherwise the defaults apply, with
    the working directory as the root.
    """
    context = get_current_context(silent=True)
    chosen = context.find_root().obj if context is not None else None
    if isinstance(chosen, Path):
        return load_config(chosen, required=True, exact=True)
    return load_config(Path.cwd(), required=required)


def parse_languages(value: str | None, config: Config) -> tuple[str, ...]:
    """The --lang codes, normalised (``ES`` → ``es``), once each, and each one configured.

    Without --lang, every configured language.
    """
    if value is None:
        return config.languages
    codes: dict[str, None] = {}
    for code in value.split(","):
        if not code.strip():
            continue
        try:
            normal = normalise_language(code.strip())
        except LanguageError as error:
            raise LanguageError(
                f"--lang: {error.message}", language=code, hint=error.hint
            ) from None
        if normal not in config.languages:
            raise LanguageError(
                f"--lang: {normal!r} is not one of the configured languages "
                f"({', '.join(config.languages)})",
                language=normal,
                hint="add it to languages in [tool.news-translate] in pyproject.toml",
            )
        codes.setdefault(normal)
    if not codes:
        raise LanguageError(
            f"--lang: no language code in {value!r}", language=value, hint="pass e.g. --lang az,ru"
        )
    return tuple(codes)

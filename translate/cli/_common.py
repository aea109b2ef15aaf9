"""What every command shares: exit codes, the one-line failure, the ``--lang`` option's parser.

Command modules import this, never `translate.cli.app`: the root application imports the
commands to register them, so imports only run one way.
"""

from __future__ import annotations

import typer

from translate.config import Config, check_language

__all__ = ["EXIT_FINDINGS", "EXIT_USAGE", "fail", "parse_languages"]

EXIT_FINDINGS = 1
EXIT_USAGE = 2


def fail(message: str) -> typer.Exit:
    """Print *message* to stderr and return the exit to raise (code 2)."""
    typer.echo(f"news-translate: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def parse_languages(value: str | None, config: Config) -> tuple[str, ...]:
    """Comma-separated language codes, each checked with babel; the configured ones by default."""
    if not value:
        return config.languages
    return tuple(check_language(code.strip()) for code in value.split(",") if code.strip())

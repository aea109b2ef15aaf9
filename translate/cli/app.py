"""The root typer application: every command registered, and the error boundary they share.

Command modules import their heavy dependencies inside the commands, never at import time.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from translate.cli import check, names, run, segment
from translate.cli._common import fail
from translate.cli.glossary import glossary_app
from translate.cli.models import models_app
from translate.errors import NewsTranslateError

__all__ = ["ErrorBoundary", "app", "main"]


class ErrorBoundary(TyperGroup):
    """A command group that turns domain errors into one line on stderr and exit code 2."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except NewsTranslateError as error:
            raise fail(str(error)) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None


app = typer.Typer(
    name="news-translate",
    cls=ErrorBoundary,
    help="Offline translation of news articles into reviewable, glossary-consistent PO files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        from translate import __version__

        typer.echo(f"news-translate {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Offline translation of news articles into reviewable, glossary-consistent PO files."""


for command in (run.run, run.assemble, run.stats, run.engines, check.check, segment.segment):
    app.command()(command)
del names  # registers `glossary suggest` and `glossary transliterate` on glossary_app
app.add_typer(glossary_app, name="glossary")
app.add_typer(models_app, name="models")


def main() -> None:
    """Console-script entry point."""
    app()

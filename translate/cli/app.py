"""The root typer application and the error boundary shared by every command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup

from translate.cli import check, names, report, run, segment
from translate.cli._common import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_USAGE, PROJECT_ENV, fail
from translate.cli.glossary import glossary_app
from translate.cli.models import models_app
from translate.errors import NewsTranslateError

__all__ = ["ErrorBoundary", "app", "main"]


def usage_message(error: ClickException) -> str:
    """A click usage error (bad option, missing argument, ...) as one line with its fix."""
    message = error.format_message().strip()
    context = getattr(error, "ctx", None)
    if context is not None:
        message = f"{message.rstrip('.')} (see {context.command_path} --help)"
    return message


class ErrorBoundary(TyperGroup):
    """A command group that turns every failure the user can fix into one line and exit 2.

    Domain errors (`NewsTranslateError`) are caught around the command; usage errors (bad
    options, missing arguments) around the whole parse, where typer would draw a box.
    """

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except NewsTranslateError as error:
            raise fail(str(error)) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            # Typer would exit 130 without a word; say what is left. Every write is atomic, and
            # a run's lock and temporary files go with the context managers that made them.
            typer.echo(
                "news-translate: interrupted: every file written is complete, the rest are "
                "as they were (run the command again to finish)",
                err=True,
            )
            raise typer.Exit(EXIT_INTERRUPTED) from None

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
        except NoArgsIsHelpError as error:
            code = error.exit_code  # the help is already printed, to stdout
        except ClickException as error:
            typer.echo(f"news-translate: error: {usage_message(error)}", err=True)
            code = EXIT_USAGE
        except typer.Abort:
            typer.echo("news-translate: aborted", err=True)
            code = EXIT_FINDINGS
        if standalone_mode:
            sys.exit(code)
        return code


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
    ctx: typer.Context,
    project: Annotated[
        Path | None,
        typer.Option(
            "--project",
            envvar=PROJECT_ENV,
            exists=True,
            file_okay=False,
            help="The project folder (with pyproject.toml) \\[default: the current folder "
            "or the nearest parent that has one].",
        ),
    ] = None,
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Offline translation of news articles into reviewable, glossary-consistent PO files."""
    ctx.obj = project


for command in (
    run.run,
    run.assemble,
    run.stats,
    run.engines,
    check.check,
    report.report,
    segment.segment,
):
    app.command()(command)
del names  # registers `glossary suggest` and `glossary transliterate` on glossary_app
app.add_typer(glossary_app, name="glossary")
app.add_typer(models_app, name="models")


def main() -> None:
    """Console-script entry point."""
    app()

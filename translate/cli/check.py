"""``check``: every glossary, source, PO and sync rule over the project, for people and CI."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer

from translate.check.formats import Format
from translate.cli._common import EXIT_FINDINGS, parse_languages, project_config
from translate.errors import InputError

__all__ = ["check"]


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(exists=True, help="PO files or folders to check (default: locales/)."),
    ] = None,
    output: Annotated[
        Format, typer.Option("--format", help="text, json, junit or github annotations.")
    ] = Format.TEXT,
    lang: Annotated[str | None, typer.Option("--lang", help="Comma-separated codes.")] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Fail on warnings too (fuzzy drafts, spellings) and unknown names."
        ),
    ] = False,
) -> None:
    """Check the glossary, the corpus and the PO files; exit 1 on errors.

    Warnings (problems in fuzzy drafts, deprecated spellings in a source article, one term
    rendered two ways) and names the glossary lacks are reported without failing, unless
    --strict.
    """
    from translate.check.report import STREAMERS
    from translate.check.rules import STRICT_RULES
    from translate.check.scan import scan_project
    from translate.check.spill import FindingSpill
    from translate.findings import Severity

    config = project_config()
    languages = parse_languages(lang, config)
    for path in paths or []:
        if not path.resolve().is_relative_to(config.root.resolve()):
            raise InputError(
                f"outside the project {config.root}", path=path, hint="name PO files of the project"
            )
        if not path.is_dir() and path.suffix != ".po":
            raise InputError(
                "not a PO file (*.po) or a folder", path=path, hint="name PO files or folders"
            )
    with FindingSpill() as findings:
        checked = scan_project(config, paths or [config.locales_dir], languages, findings)
        _write(STREAMERS[output](findings, checked))
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        if any(findings.counts[severity] for severity in failing) or (
            strict and findings.rules & STRICT_RULES
        ):
            raise typer.Exit(EXIT_FINDINGS)


def _write(pieces: Iterable[str], size: int = 1 << 16) -> None:
    """Print *pieces* as they come, in blocks of about *size* characters."""
    block: list[str] = []
    length = 0
    for piece in pieces:
        block.append(piece)
        length += len(piece)
        if length >= size:
            typer.echo("".join(block), nl=False)
            block, length = [], 0
    if block:
        typer.echo("".join(block), nl=False)

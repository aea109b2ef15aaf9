"""``report``: the static review site (index, article pages, problems per language)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from translate.cli._common import parse_languages, project_config

__all__ = ["report"]

#: From this many pages on, ``report`` shows a progress bar (on a terminal only).
PROGRESS_FROM = 200


def report(
    lang: Annotated[str | None, typer.Option("--lang", help="Comma-separated codes.")] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", help="Folder to write the site to \\[default: report/]."),
    ] = None,
) -> None:
    """Write a static review site: every article side by side, names highlighted, problems
    first. Open <output>/index.html in a browser; no server is needed."""
    from translate.report.site import build_site, check_output, site_size, write_site

    config = project_config()
    languages = parse_languages(lang, config)
    folder = output if output is not None else config.root / "report"
    check_output(folder)
    total = site_size(config, languages)
    if sys.stderr.isatty() and total >= PROGRESS_FROM:
        with typer.progressbar(length=total, label="report", file=sys.stderr) as bar:
            done = write_site(folder, build_site(config, languages, lambda n, _: bar.update(1)))
    else:
        done = write_site(folder, build_site(config, languages))
    typer.echo(
        f"{folder / 'index.html'}: {done.files} files, {done.changed} changed, "
        f"{done.removed} removed"
    )

"""``news-translate models``: list and install Argos Translate packages."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli._common import fail
from translate.errors import LanguageError

if TYPE_CHECKING:
    from translate.engines.argos_packages import ArgosPackage

__all__ = ["install", "list_packages", "models_app", "render_packages"]

models_app = typer.Typer(
    name="models",
    help="List and install Argos Translate packages (offline: install from a file).",
    no_args_is_help=True,
)

# Argos uses ISO 639 codes, plus a few of its own ("zt", "pb"): check the shape only.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")

PackagesDir = Annotated[
    Path | None,
    typer.Option(
        "--packages-dir",
        file_okay=False,
        help="Argos packages directory \\[default: $ARGOS_PACKAGES_DIR, "
        "else ~/.local/share/argos-translate/packages].",
    ),
]


def render_packages(packages: Sequence[ArgosPackage]) -> str:
    """A table of *packages*: code, language pair, version and path, columns aligned."""
    rows = [("PACKAGE", "PAIR", "VERSION", "PATH")] + [
        (p.code, f"{p.from_code}→{p.to_code}", p.package_version, str(p.path)) for p in packages
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]])
        for row in rows
    )


@models_app.command("list")
def list_packages(packages_dir_option: PackagesDir = None) -> None:
    """Show the installed Argos packages."""
    from translate.engines.argos_packages import (
        installed_packages,
        packages_dir,
        remove_stale_staging,
    )

    directory = packages_dir_option or packages_dir(os.environ)
    remove_stale_staging(directory)  # what an install killed midway left behind
    packages = installed_packages(directory)
    if not packages:
        typer.echo(f"no Argos packages installed in {directory}")
        return
    typer.echo(render_packages(packages))


@models_app.command("install")
def install(
    source: Annotated[str | None, typer.Argument(help="Source language code, e.g. en.")] = None,
    target: Annotated[str | None, typer.Argument(help="Target language code, e.g. es.")] = None,
    from_file: Annotated[
        Path | None,
        typer.Option("--from-file", dir_okay=False, help="Install this .argosmodel file."),
    ] = None,
    packages_dir_option: PackagesDir = None,
) -> None:
    """Install a package from a .argosmodel file, or download SOURCE → TARGET from the index."""
    from translate.engines.argos_packages import (
        install_from_file,
        install_from_index,
        package_index_url,
        packages_dir,
    )

    directory = packages_dir_option or packages_dir(os.environ)
    if from_file is not None:
        if source is not None:
            raise fail("give either --from-file FILE or SOURCE TARGET, not both")
        package = install_from_file(from_file, directory)
    else:
        if source is None or target is None:
            raise fail("give SOURCE TARGET (e.g. en es) or --from-file FILE")
        for code in (source, target):
            if not LANGUAGE_CODE.fullmatch(code):
                raise LanguageError(
                    f"{code!r} is not a language code",
                    language=code,
                    hint="use a lowercase ISO 639 code such as en or es",
                )
        package = install_from_index(
            source, target, directory, index_url=package_index_url(os.environ)
        )
    typer.echo(
        f"installed {package.code} ({package.from_code}→{package.to_code}) "
        f"{package.package_version} in {package.path}"
    )

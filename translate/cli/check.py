"""``check``: every glossary, source, PO and sync rule over the project, for people and CI."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated

import typer

from translate.check.formats import Format
from translate.cli._common import EXIT_FINDINGS, parse_languages, project_config
from translate.config import Config
from translate.errors import InputError

__all__ = ["check", "check_targets", "default_jobs"]


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            exists=True,
            help="PO files or folders to check (default: locales/); an article stands for its "
            "PO files, a glossary file for the whole project.",
        ),
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
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            min=0,
            help="Processes for what the check cache lacks; 0 (default): one per core, at "
            "most 4; never more than the cores. The findings are the same for any number.",
        ),
    ] = 0,
) -> None:
    """Check the glossary, the corpus and the PO files; exit 1 on errors.

    Warnings (problems in fuzzy drafts, deprecated spellings in a source article, one term
    rendered two ways) and names the glossary lacks are reported without failing, unless
    --strict. PATHS may be what pre-commit passes: an article checks its PO files in every
    language (a missing one is an error), a glossary file the whole project, since any PO
    file may use the entries it changed.
    """
    from translate.check.report import STREAMERS
    from translate.check.rules import STRICT_RULES
    from translate.check.scan import scan_project
    from translate.check.spill import FindingSpill
    from translate.findings import Severity
    from translate.workers import available_cores

    config = project_config()
    languages = parse_languages(lang, config)
    targets = check_targets(config, paths or [], languages)
    # More workers than cores would only wait, each holding the glossary and its lookups.
    workers = min(jobs, available_cores()) if jobs else default_jobs()
    with FindingSpill() as findings:
        checked = scan_project(config, targets, languages, findings, workers)
        _write(STREAMERS[output](findings, checked))
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        if any(findings.counts[severity] for severity in failing) or (
            strict and findings.rules & STRICT_RULES
        ):
            raise typer.Exit(EXIT_FINDINGS)


def default_jobs() -> int:
    """One process per core this process may use, at most `MAX_JOBS`."""
    from translate.workers import available_cores

    return min(available_cores(), MAX_JOBS)


#: Worker processes of a check by default: each holds the glossary and its lookups.
MAX_JOBS = 4


def check_targets(config: Config, paths: Sequence[Path], languages: Sequence[str]) -> list[Path]:
    """The PO files and folders to check for *paths*; `InputError` for a path that is none
    of a folder, a PO file, an article or a glossary file of the project.

    No path, or a glossary file among them, is the whole locales folder; an article is its
    PO file in each of *languages*, whether it exists or not (the check reports it missing).
    """
    root = config.root.resolve()
    glossary = config.glossary_dir.resolve()
    corpus = config.corpus_dir.resolve()
    targets: list[Path] = []
    for path in paths:
        resolved = path.resolve()
        if not resolved.is_relative_to(root):
            raise InputError(
                f"outside the project {config.root}", path=path, hint="name PO files of the project"
            )
        if path.is_dir() and resolved in (corpus, glossary):
            # Every article, or every entry: the whole project. As a folder of PO files (it
            # has none) the check found no missing translation and passed.
            return [config.locales_dir]
        if path.is_dir() and not _holds_po_files(resolved, config, languages):
            raise InputError(
                "no PO files in this folder, nor a language folder below it",
                path=path,
                hint="name locales/ or a folder in it, or articles (corpus/*.txt)",
            )
        if path.is_dir() or path.suffix == ".po":
            targets.append(path)
        elif resolved.parent == glossary and path.suffix == ".yaml":
            return [config.locales_dir]
        elif resolved.parent == corpus and path.suffix == ".txt":  # `Config.article_files`
            stem = path.stem
            targets += [config.locales_dir / language / f"{stem}.po" for language in languages]
        else:
            raise InputError(
                "not a PO file (*.po), an article, a glossary file or a folder",
                path=path,
                hint="name PO files, articles or folders of the project",
            )
    return targets or [config.locales_dir]


def _holds_po_files(folder: Path, config: Config, languages: Sequence[str]) -> bool:
    """Whether *folder* (resolved) holds a PO file, or a language folder that may hold some."""
    if any(folder.rglob("*.po")):
        return True
    return any(
        folder == parent or folder in parent.parents
        for parent in [(config.locales_dir / language).resolve() for language in languages]
    )


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

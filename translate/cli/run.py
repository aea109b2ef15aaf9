"""``run``, ``assemble``, ``stats`` and ``engines``: the main job and what it gives back."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from translate.cli._common import EXIT_FINDINGS, EXIT_USAGE, fail, parse_languages, project_config
from translate.config import Config
from translate.engines import (
    Device,
    EngineName,
    EngineSettings,
    available_pairs,
    choose_engine,
)
from translate.errors import ArticleError, InputError

__all__ = ["assemble", "engines", "run", "stats"]


class TableFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def engine_settings(
    config: Config,
    *,
    beam_size: int | None = None,
    threads: int | None = None,
    device: Device = Device.AUTO,
) -> EngineSettings:
    """Engine options from the configuration, overridden by command-line options.

    ``--device cuda`` on a machine without a GPU fails here, before anything is read.
    """
    if device is Device.CUDA:
        from translate.engines.argos import resolve_device

        resolve_device(device)
    return EngineSettings(
        beam_size=config.beam_size if beam_size is None else beam_size,
        threads=config.threads if threads is None else threads,
        device=device,
        apertium_timeout=config.apertium_timeout,
    )


def corpus_articles(paths: list[Path] | None, config: Config) -> list[Path]:
    """The articles named, or every ``*.txt`` in the corpus folder, sorted."""
    if paths:
        return paths
    found = config.article_files()
    if not found:
        raise ArticleError(
            "no articles (*.txt) in the corpus folder", path=config.corpus_dir, hint="add some"
        )
    return found


def language_folder(config: Config, language: str, *, named: bool) -> Path | None:
    """``locales/<language>``; None when it does not exist yet, an error if it was *named*."""
    folder = config.locales_dir / language
    if config.locales_dir.exists() and not config.locales_dir.is_dir():
        raise InputError("not a folder", path=config.locales_dir, hint="move the file away")
    if folder.is_dir():
        return folder
    if folder.exists():
        raise InputError("not a folder", path=folder, hint="move the file away")
    if named:
        raise InputError(
            "no PO files for this language yet", path=folder,
            hint=f"run news-translate run --lang {language}",
        )  # fmt: skip
    return None


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.rjust(width) if cell.isdigit() else cell.ljust(width)
            for cell, width in zip(row, widths, strict=True)
        )
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)


def run(
    articles: Annotated[
        list[Path] | None, typer.Argument(help="Articles to translate (default: all of corpus/).")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Comma-separated codes.")] = None,
    engine: Annotated[
        EngineName | None, typer.Option("--engine", help="Override the configured engine.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Languages in parallel.")] = 1,
    beam_size: Annotated[
        int | None, typer.Option("--beam-size", min=1, help="Argos beam size \\[config: 2].")
    ] = None,
    threads: Annotated[
        int | None, typer.Option("--threads", min=0, help="Argos threads, 0 = all \\[config: 0].")
    ] = None,
    device: Annotated[
        Device, typer.Option("--device", help="Where Argos runs; auto takes a GPU if there is one.")
    ] = Device.AUTO,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if a PO file is stale.")
    ] = False,
) -> None:
    """Translate articles into PO files under locales/, merging with what is there."""
    from translate.pipeline import plan_run, run_plan

    config = project_config()
    languages = parse_languages(lang, config)
    paths = corpus_articles(articles, config)
    settings = engine_settings(config, beam_size=beam_size, threads=threads, device=device)
    chosen = engine.value if engine else None
    # Every input is read and checked before the lock is taken: bad input writes nothing.
    plan = plan_run(config, paths, languages, settings, chosen, check_only=check)
    # More processes than languages would only wait (and a huge --jobs would fork them all).
    jobs = min(jobs, len(plan.jobs))
    with _run_lock(config.locales_dir, check=check):
        if sys.stderr.isatty():
            from translate.cli.progress import DraftBar

            with DraftBar(len(plan.jobs)) as bar:
                results = run_plan(plan, jobs, progress=bar)
        else:
            results = run_plan(plan, jobs)
    rows = [["language", "engine", "articles", "segments", "drafted", "reused", "problems",
             "written"]]  # fmt: skip
    for job in plan.jobs:
        mine = [r for r in results if r.language == job.language]
        rows.append(
            [
                job.language,
                job.choice.engine.value,
                str(len(mine)),
                str(sum(r.segments for r in mine)),
                str(sum(r.drafted for r in mine)),
                str(sum(r.reused for r in mine)),
                str(sum(r.problems for r in mine)),
                str(sum(r.written for r in mine)),
            ]
        )
    typer.echo(_table(rows))
    errors = [r.error for r in results if r.error]
    for error in errors:
        typer.echo(f"news-translate: error: {error}", err=True)
    if errors:
        raise typer.Exit(EXIT_USAGE)
    stale = [r for r in results if r.written]
    if check and stale:
        for result in stale:
            typer.echo(f"{result.path}: stale: run `news-translate run`", err=True)
        raise typer.Exit(EXIT_FINDINGS)


@contextmanager
def _run_lock(folder: Path, *, check: bool) -> Iterator[None]:
    """The run lock; for ``--check``, only a test that no run is writing, which writes nothing."""
    from translate.po.locking import locked, reading

    if check:
        with reading(folder):
            yield
        return
    with locked(folder) as held:
        if held.previous is not None:
            typer.echo(
                f"note: {held.path}: taking over the lock of run {held.previous}, which is gone",
                err=True,
            )
        if held.removed:
            typer.echo(
                f"note: {folder}: removed {len(held.removed)} temporary file(s) of a killed run",
                err=True,
            )
        yield


def assemble(
    article: Annotated[Path, typer.Argument(help="The article file (corpus/<id>.txt).")],
    lang: Annotated[str, typer.Option("--lang", help="Target language.")],
    include_fuzzy: Annotated[
        bool, typer.Option("--include-fuzzy", help="Use drafts not yet reviewed.")
    ] = False,
) -> None:
    """Print the translated article assembled from the reviewed PO entries."""
    from translate.po.assemble import assemble as put_together
    from translate.po.files import read_catalog
    from translate.text.articles import read_article

    config = project_config()
    languages = parse_languages(lang, config)
    if len(languages) != 1:
        raise fail(
            f"--lang: assemble prints one language, not {len(languages)} (pass e.g. --lang ru)"
        )
    (language,) = languages
    parsed = read_article(article, boilerplate=config.boilerplate)
    path = config.locales_dir / language / f"{parsed.id}.po"
    catalog = read_catalog(path)
    if catalog is None:
        raise InputError(
            "no PO file for this article",
            path=path,
            hint=f"run news-translate run --lang {language}",
        )
    done = put_together(parsed, catalog, language, include_fuzzy=include_fuzzy)
    typer.echo(done.text, nl=False)
    if done.untranslated:
        typer.echo(
            f"news-translate: {done.untranslated} of {done.total} sentences left in English",
            err=True,
        )


def stats(
    lang: Annotated[str | None, typer.Option("--lang", help="Comma-separated codes.")] = None,
    output_format: Annotated[TableFormat, typer.Option("--format")] = TableFormat.TABLE,
) -> None:
    """Translated, fuzzy and untranslated entries and words per language and article."""
    from translate.po.files import read_catalog
    from translate.po.merge import catalog_stats
    from translate.po.units import unknown_words

    config = project_config()
    languages = parse_languages(lang, config)
    folders = [language_folder(config, language, named=lang is not None) for language in languages]
    records: list[dict[str, object]] = []
    for language, folder in zip(languages, folders, strict=True):
        for path in sorted(folder.glob("*.po")) if folder else []:
            catalog = read_catalog(path)
            if catalog is None:
                continue
            s = catalog_stats(catalog)
            records.append(
                {
                    "language": language,
                    "article": path.stem,
                    "translated": s.translated,
                    "fuzzy": s.fuzzy,
                    "untranslated": s.untranslated,
                    "translated_words": s.translated_words,
                    "fuzzy_words": s.fuzzy_words,
                    "untranslated_words": s.untranslated_words,
                    "unknown_words": sum(len(unknown_words(e)) for e in catalog if not e.obsolete),
                }
            )
    if output_format is TableFormat.JSON:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    keys = ["language", "article", "translated", "fuzzy", "untranslated", "translated_words",
            "fuzzy_words", "untranslated_words", "unknown_words"]  # fmt: skip
    header = ["language", "article", "translated", "fuzzy", "untranslated", "words: tr",
              "fuzzy", "untr", "unknown to engine"]  # fmt: skip
    typer.echo(_table([header, *[[str(r[k]) for k in keys] for r in records]]))


def engines(
    lang: Annotated[str | None, typer.Option("--lang", help="Comma-separated codes.")] = None,
) -> None:
    """Show which engine each configured language will use, and why."""
    config = project_config()
    languages = parse_languages(lang, config)
    pairs = available_pairs(engine_settings(config))
    rows = [["language", "engine", "reason"]]
    for language in languages:
        choice = choose_engine(config.engine_for(language), config.source_language, language,
                               pairs)  # fmt: skip
        rows.append([language, choice.engine.value, choice.reason])
    typer.echo(_table(rows))

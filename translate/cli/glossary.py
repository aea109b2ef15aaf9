"""``news-translate glossary``: validate, export, import and look up the curated glossary."""

from __future__ import annotations

import codecs
import json
from collections.abc import Sequence
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli._common import EXIT_FINDINGS, fail, project_config
from translate.config import Config
from translate.errors import GlossaryError, LanguageError

if TYPE_CHECKING:
    from translate.glossary.matcher import Match
    from translate.glossary.model import Entry, Glossary, Target

__all__ = [
    "ExportFormat",
    "FindingFormat",
    "glossary_app",
    "render_lookup",
]

glossary_app = typer.Typer(
    name="glossary",
    help="Validate, export, import and look up the curated glossary.",
    no_args_is_help=True,
)


class FindingFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class ExportFormat(StrEnum):
    TBX = "tbx"
    TSV = "tsv"
    CSV = "csv"


GlossaryDir = Annotated[
    Path | None,
    typer.Option(
        "--glossary",
        file_okay=False,
        help="Glossary folder \\[default: glossary in pyproject.toml, else ./glossary].",
    ),
]
Languages = Annotated[
    str | None,
    typer.Option("--lang", help="Comma-separated language codes \\[default: the configured ones]."),
]


def _languages(option: str | None, config: Config) -> tuple[str, ...]:
    """The --lang codes, each checked with Babel, or the configured languages."""
    if option is None:
        return config.languages
    from translate.glossary.validate import language_problem

    codes = tuple(dict.fromkeys(code.strip() for code in option.split(",") if code.strip()))
    if not codes:
        raise LanguageError("--lang is empty", language="", hint="pass e.g. --lang az,ru")
    for code in codes:
        if (reason := language_problem(code)) is not None:
            hint = "use a code Babel knows, such as az, ru, tr, es, fr, de"
            raise LanguageError(
                f"unknown language code {code!r}: {reason}", language=code, hint=hint
            )
    return codes


def _shown(path: Path) -> Path:
    """*path* relative to the working directory when it lies below it, for shorter messages."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _load(folder: Path | None, config: Config) -> Glossary:
    from translate.glossary.yaml import load_glossary

    return load_glossary(_shown(folder or config.glossary_dir))


@glossary_app.command("validate")
def validate(
    glossary_dir: GlossaryDir = None,
    lang: Languages = None,
    output_format: Annotated[
        FindingFormat, typer.Option("--format", help="text: one finding per line; json: a list.")
    ] = FindingFormat.TEXT,
    info: Annotated[
        bool, typer.Option("--info", help="Also list entries marked 'review: needed'.")
    ] = False,
) -> None:
    """Check the glossary against its schema rules; exit 1 on errors or warnings."""
    from translate.findings import Severity
    from translate.glossary.validate import validate_glossary

    config = project_config(required=False)
    languages = _languages(lang, config)
    glossary = _load(glossary_dir, config)
    from translate.check.report import render_finding

    findings = validate_glossary(glossary, languages, include_info=info)
    if output_format is FindingFormat.JSON:
        typer.echo(
            json.dumps([asdict(finding) for finding in findings], ensure_ascii=False, indent=2)
        )
    else:
        for finding in findings:
            typer.echo(render_finding(finding))
    failing = [f for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    typer.echo(f"checked {len(glossary)} glossary entries: {len(failing)} problems", err=True)
    if failing:
        raise typer.Exit(EXIT_FINDINGS)


@glossary_app.command("export")
def export(
    output_format: Annotated[
        ExportFormat,
        typer.Option("--format", help="tbx: TBX-Basic; tsv: OmegaT; csv: Weblate (one language)."),
    ] = ExportFormat.TBX,
    lang: Languages = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", dir_okay=False, help="Write here \\[default: stdout]."),
    ] = None,
    glossary_dir: GlossaryDir = None,
) -> None:
    """Write the glossary as TBX, or as an OmegaT TSV or Weblate CSV for one language."""
    from translate.atomic import write_atomic
    from translate.glossary.exchange import to_csv, to_tsv
    from translate.glossary.tbx import to_tbx

    config = project_config(required=False)
    languages = _languages(lang, config)
    if output_format is not ExportFormat.TBX and len(languages) != 1:
        raise typer.BadParameter(
            f"{output_format} holds one target language: pass one code, e.g. --lang ru",
            param_hint="--lang",
        )
    glossary = _load(glossary_dir, config)
    if output_format is ExportFormat.TBX:
        text = to_tbx(glossary, languages)
    elif output_format is ExportFormat.TSV:
        text = to_tsv(glossary, languages[0])
    else:
        text = to_csv(glossary, languages[0])
    if output is None:
        typer.echo(text, nl=False)
        return
    write_atomic(output, text, error=GlossaryError)
    typer.echo(f"wrote {len(glossary)} entries to {output}", err=True)


def _read_tbx(path: Path) -> str:
    data = path.read_bytes()
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(
            f"not UTF-8 or UTF-16 text ({exc.reason})", path=path, hint="export the TBX as UTF-8"
        ) from None
    if text.strip() and not text.lstrip().startswith("<"):
        # A CSV or TSV term list read as XML failed with "XML syntax error: syntax error".
        raise GlossaryError(
            "not a TBX file (no XML)",
            path=path,
            line=1,
            hint="glossary import reads TBX v3 or TBX 2008: export the term base as TBX",
        )
    return text


@glossary_app.command("import")
def import_tbx(
    source: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A TBX v3 or TBX 2008 file.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", file_okay=False, help="Write glossary files here."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite glossary files that already exist.")
    ] = False,
) -> None:
    """Turn a TBX file into glossary YAML: one file per kind in --output, else to stdout."""
    from translate.atomic import write_atomic
    from translate.glossary.model import Glossary, file_for_kind
    from translate.glossary.tbx import from_tbx
    from translate.glossary.yaml import to_yaml

    glossary = from_tbx(_read_tbx(source), str(_shown(source)))
    files: dict[str, list[Entry]] = {}
    for entry in sorted(glossary, key=lambda entry: entry.id):
        files.setdefault(file_for_kind(entry.kind), []).append(entry)
    rendered = {name: to_yaml(Glossary(tuple(entries))) for name, entries in sorted(files.items())}
    if output is None:
        typer.echo("\n".join(f"# {name}\n{text}" for name, text in rendered.items()), nl=False)
        return
    existing = [name for name in rendered if (output / name).exists()]
    if existing and not force:
        raise fail(f"{output / existing[0]} exists; pass --force to overwrite it")
    for name, text in rendered.items():
        write_atomic(output / name, text, error=GlossaryError)
    typer.echo(f"wrote {len(glossary)} entries to {', '.join(rendered)} in {output}", err=True)


def _target_line(target: Target | None, language: str) -> str:
    if target is None:
        return f"  {language}: (missing)"
    parts = [target.approved]
    parts += [f"forms: {', '.join(target.forms)}"] if target.forms else []
    parts += [f"admitted: {', '.join(target.admitted)}"] if target.admitted else []
    parts += [f"deprecated: {', '.join(target.deprecated)}"] if target.deprecated else []
    parts += ["review needed"] if target.review else []
    if target.noun is not None:
        parts += [f"noun: {', '.join(target.noun.accepted())}"]
    return f"  {language}: {'; '.join(parts)}"


def render_lookup(entry: Entry, match: Match, found_in: str, languages: Sequence[str]) -> str:
    """What a looked-up form belongs to: the entry, the name matched, and its targets."""
    alternative = entry.alternative(match.name)
    kind = "alternative name" if alternative else "noun of" if match.noun else "name"
    name = match.name
    if match.candidates:
        kind, name = "bare surname (claimed only after the full name) of", entry.en
    lines = [f"{entry.id} ({entry.kind}): {entry.en}" + ("  [review needed]" * entry.review)]
    lines.append(f"  matched: {match.surface} ({found_in}) = {kind} {name}, {match.status}")
    note = alternative.note if alternative else entry.note
    lines += [f"  note: {note}"] if note else []
    lines += ["  keep verbatim (translate: false)"] if not entry.translate else []
    if alternative is None and entry.alternatives:
        lines.append(f"  alternatives: {', '.join(a.en for a in entry.alternatives)}")
    lookup = alternative.target if alternative else entry.target
    lines += [_target_line(lookup(language), language) for language in languages]
    return "\n".join(lines)


@glossary_app.command("lookup")
def lookup(
    term: Annotated[str, typer.Argument(help="A name, in English or a target language.")],
    lang: Languages = None,
    glossary_dir: GlossaryDir = None,
) -> None:
    """Show the glossary entry a name belongs to; exit 1 when none does."""
    from translate.glossary.matcher import source_matcher, target_matcher

    if not term.strip():
        raise fail(
            "TERM is empty: give a name to look up, e.g. news-translate glossary lookup Baku"
        )
    config = project_config(required=False)
    languages = _languages(lang, config)
    glossary = _load(glossary_dir, config)
    found_in, matches = "en", source_matcher(glossary, cased=False).find(term)
    for language in languages:
        if matches:
            break
        found_in, matches = language, target_matcher(glossary, language).find(term)
    if not matches:
        typer.echo(f"no glossary entry has the name {term!r}", err=True)
        raise typer.Exit(EXIT_FINDINGS)
    blocks = [
        render_lookup(glossary.get(person), match, found_in, languages)
        for match in matches
        for person in match.candidates or (match.entry,)
    ]
    typer.echo("\n\n".join(blocks))

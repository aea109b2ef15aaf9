"""``glossary suggest`` and ``glossary transliterate``: names the glossary does not know yet."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from translate.cli._common import fail, project_config
from translate.cli.glossary import GlossaryDir, _shown, glossary_app
from translate.errors import GlossaryError, LanguageError

if TYPE_CHECKING:
    from translate.glossary.model import Glossary
    from translate.glossary.suggest import Suggestion

__all__ = ["render_json", "render_tsv", "render_yaml", "suggest_names", "transliterate_name"]


class SuggestFormat(StrEnum):
    YAML = "yaml"
    JSON = "json"
    TSV = "tsv"


class NameFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class Origin(StrEnum):
    AZ = "az"
    EN = "en"


def render_yaml(suggestions: Sequence[Suggestion], glossary: Glossary) -> str:
    """Glossary blocks to paste, grouped by the file each belongs in, uses in comments."""
    from translate.glossary.model import Glossary, file_for_kind
    from translate.glossary.yaml import to_yaml

    taken = {entry.id for entry in glossary}
    files: dict[str, list[str]] = {}
    for suggestion in suggestions:
        entry = suggestion.entry(frozenset(taken))
        taken.add(entry.id)
        comment = f"# {suggestion.name}: {suggestion.kind}, {suggestion.count} use(s), first at " \
                  f"{', '.join(suggestion.uses)}"  # fmt: skip
        if suggestion.variants:
            comment += f"; spellings: {', '.join(suggestion.variants)}"
        block = f"{comment}\n{to_yaml(Glossary((entry,)))}"
        files.setdefault(file_for_kind(entry.kind), []).append(block)
    return "".join(
        f"# --- glossary/{name} ---\n" + "\n".join(blocks) + "\n"
        for name, blocks in sorted(files.items())
    )


def render_json(suggestions: Sequence[Suggestion]) -> str:
    return json.dumps(
        [
            {
                "name": s.name,
                "kind": str(s.kind),
                "count": s.count,
                "first_uses": list(s.uses),
                "variants": list(s.variants),
                "source": str(s.source),
                "native": s.native or None,
                "proposed": dict(s.proposals),
                "review": "needed",
            }
            for s in suggestions
        ],
        ensure_ascii=False,
        indent=2,
    )


def render_tsv(suggestions: Sequence[Suggestion], languages: Sequence[str]) -> str:
    header = ["name", "kind", "count", "first_uses", "variants", "source", "native", *languages]
    rows = ["\t".join(header)]
    for s in suggestions:
        proposed = [s.proposal(lang) or "" for lang in languages]
        cells = [s.name, str(s.kind), str(s.count), " ".join(s.uses), ", ".join(s.variants),
                 str(s.source), s.native, *proposed]  # fmt: skip
        rows.append("\t".join(cell.replace("\t", " ") for cell in cells))
    return "\n".join(rows) + "\n"


@glossary_app.command("suggest")
def suggest_names(
    articles: Annotated[
        list[Path] | None,
        typer.Argument(exists=True, dir_okay=False, help="Articles [default: the corpus]."),
    ] = None,
    output_format: Annotated[
        SuggestFormat, typer.Option("--format", help="yaml: entries to paste; json; tsv.")
    ] = SuggestFormat.YAML,
    write: Annotated[
        Path | None,
        typer.Option("--write", dir_okay=False, help="Append the YAML entries to this file."),
    ] = None,
    glossary_dir: GlossaryDir = None,
) -> None:
    """List the proper names no glossary entry claims, with a proposed entry for each."""
    from translate.glossary.matcher import source_matcher
    from translate.glossary.suggest import suggest
    from translate.glossary.yaml import load_glossary
    from translate.text.articles import read_article
    from translate.text.segments import credit_segments, segment_article

    config = project_config(required=False)
    glossary = load_glossary(glossary_dir or config.glossary_dir)
    paths = articles or config.article_files()
    read = []
    for path in paths:
        article = read_article(path, boilerplate=config.boilerplate)
        # The credits too: a byline names the author.
        read.append(
            (_shown(path).as_posix(), (*credit_segments(article), *segment_article(article)))
        )
    found = suggest(read, source_matcher(glossary), config.languages)
    if write is not None:
        _write(write, found, glossary)
        return
    if output_format is SuggestFormat.JSON:
        typer.echo(render_json(found))
    elif output_format is SuggestFormat.TSV:
        typer.echo(render_tsv(found, config.languages), nl=False)
    else:
        typer.echo(render_yaml(found, glossary), nl=False)
    typer.echo(f"{len(found)} names not in the glossary", err=True)


def _write(path: Path, found: Sequence[Suggestion], glossary: Glossary) -> None:
    """Append the proposed entries to *path*; a standard kind file takes only its kinds."""
    from translate.atomic import write_atomic
    from translate.glossary.model import FILE_KINDS
    from translate.glossary.yaml import parse_glossary_file, read_glossary_text

    # Appending YAML to any file named (pyproject.toml, an article) would break it: only a
    # glossary file, one that reads as a glossary now, in a folder that exists.
    if path.suffix != ".yaml":
        raise GlossaryError(
            "--write appends to a glossary file, whose name ends in .yaml",
            path=path,
            hint="e.g. --write glossary/places.yaml",
        )
    if not path.parent.is_dir():
        raise GlossaryError("no such folder", path=path.parent, hint="name a glossary file")
    old = read_glossary_text(path) if path.exists() else ""
    parse_glossary_file(old, str(path))
    kinds = FILE_KINDS.get(path.name)
    wanted = [s for s in found if kinds is None or s.glossary_kind in kinds]
    text = render_yaml(wanted, glossary)
    # The block header names a file; in a glossary file it is only a comment.
    joined = old + ("\n" if old and not old.endswith("\n\n") else "") + text if wanted else old
    write_atomic(path, joined, error=GlossaryError)
    left = len(found) - len(wanted)
    typer.echo(f"wrote {len(wanted)} proposed entries to {path}"
               + (f"; {left} of other kinds left out" if left else ""), err=True)  # fmt: skip


@glossary_app.command("transliterate")
def transliterate_name(
    name: Annotated[str, typer.Argument(help="A name, Azerbaijani (Şəmkir) or English (Shamkir).")],
    origin: Annotated[
        Origin, typer.Option("--from", help="az: an Azerbaijani spelling; en: an English one.")
    ] = Origin.AZ,
    output_format: Annotated[
        NameFormat, typer.Option("--format", help="text: one line per language; json.")
    ] = NameFormat.TEXT,
) -> None:
    """Print the usual spelling of an Azerbaijani name in every configured language."""
    from translate.glossary.native import to_native
    from translate.glossary.transliterate import SUPPORTED, transliterate

    if not name.strip():
        raise fail("NAME is empty: give a name, e.g. news-translate glossary transliterate Şəmkir")
    config = project_config(required=False)
    native = to_native(name) if origin is Origin.EN else name
    forms: dict[str, str] = {"az": native}
    for language in ("en", *config.languages):
        if language not in SUPPORTED:
            raise LanguageError(
                f"no transliteration rules for configured language {language!r}",
                language=language,
                hint=f"rules exist for {', '.join(SUPPORTED)}",
            )
        forms.setdefault(language, transliterate(native, language))
    if origin is Origin.EN:
        forms["en"] = name
    if output_format is NameFormat.JSON:
        typer.echo(json.dumps(forms, ensure_ascii=False))
    else:
        typer.echo("\n".join(f"{language}: {form}" for language, form in forms.items()))

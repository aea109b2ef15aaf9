"""``news-translate segment``: show how articles are cleaned and split into sentences."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from translate.cli._common import project_config

if TYPE_CHECKING:
    from translate.text.articles import Article
    from translate.text.segments import Segment

__all__ = ["OutputFormat", "segment"]


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def segment(
    paths: Annotated[list[Path], typer.Argument(help="Article files to segment.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text: one sentence per line; json: objects.")
    ] = OutputFormat.TEXT,
) -> None:
    """Clean articles and split them into paragraphs and sentences."""
    from translate.text.articles import read_article
    from translate.text.segments import segment_article

    config = project_config(required=False)
    # Read everything first, so that a bad file fails before any output is printed.
    articles = [read_article(path, boilerplate=config.boilerplate) for path in paths]
    if output_format is OutputFormat.JSON:
        objects = [article_json(article, segment_article(article)) for article in articles]
        payload = objects[0] if len(objects) == 1 else objects
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    blocks = [render_text(segment_article(article)) for article in articles]
    typer.echo("\n\n".join(blocks))


def article_json(article: Article, segments: tuple[Segment, ...]) -> dict[str, Any]:
    """The documented JSON object for one article."""
    paragraphs: dict[int, list[str]] = {}
    for seg in segments:
        if seg.paragraph:
            paragraphs.setdefault(seg.paragraph, []).append(seg.text)
    return {
        "article": article.id,
        "date": article.date.isoformat() if article.date else None,
        "title": article.title.text if article.title else None,
        "credits": list(article.credits),
        "dropped": list(article.dropped),
        "paragraphs": [paragraphs[key] for key in sorted(paragraphs)],
    }


def render_text(segments: tuple[Segment, ...]) -> str:
    """One sentence per line, a blank line between paragraphs (the title is paragraph 0)."""
    lines: list[str] = []
    previous: int | None = None
    for seg in segments:
        if previous is not None and seg.paragraph != previous:
            lines.append("")
        lines.append(seg.text)
        previous = seg.paragraph
    return "\n".join(lines)

"""Exchange the glossary with other tools: OmegaT TSV, Weblate CSV, in both directions.

TBX lives in `translate.glossary.tbx` (write) and `translate.glossary.tbx` (read).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from translate.glossary.matcher import fold
from translate.glossary.model import Glossary, Target

__all__ = ["to_csv", "to_tsv"]


# --- OmegaT TSV and Weblate CSV ------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    source: str
    target: str
    context: str
    comment: str


def _rows(glossary: Glossary, language: str) -> Iterator[_Row]:
    """One row per English surface form that has a target in *language*."""
    for entry in glossary:
        names = [(entry.id, entry.en, entry.forms, entry.variants, entry.note, entry.target)]
        names += [
            (f"{entry.id}.{n}", alt.en, (), alt.variants, alt.note, alt.target)
            for n, alt in enumerate(entry.alternatives, 1)
        ]
        for context, name, forms, variants, note, lookup in names:
            target: Target | None = lookup(language)
            if target is None:
                continue
            advice = [note, "Keep it verbatim." if not entry.translate else ""]
            advice += [f"Also acceptable: {', '.join(target.admitted)}."] if target.admitted else []
            advice += [f"Do not use: {', '.join(target.deprecated)}."] if target.deprecated else []
            sources = [(name, ""), *((form, "") for form in forms)]
            sources += [(v.form, f"{v.status.capitalize()} spelling of {name}.") for v in variants]
            seen: set[str] = set()
            for source, remark in sources:
                if fold(source) not in seen:
                    seen.add(fold(source))
                    comment = " ".join(part for part in (remark, *advice) if part)
                    yield _Row(source, target.approved, context, comment)


def _cell(text: str) -> str:
    return " ".join(text.split())


def to_tsv(glossary: Glossary, language: str) -> str:
    """An OmegaT glossary for one target language: ``source<TAB>target<TAB>comment`` lines."""
    lines = (
        "\t".join(_cell(value) for value in (row.source, row.target, row.comment))
        for row in _rows(glossary, language)
    )
    return "".join(f"{line}\n" for line in lines)


def to_csv(glossary: Glossary, language: str) -> str:
    """A Weblate glossary CSV for one language, with a header and the entry id as context."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["source", "target", "context", "developer_comments"])
    for row in _rows(glossary, language):
        writer.writerow([_cell(row.source), _cell(row.target), row.context, _cell(row.comment)])
    return buffer.getvalue()

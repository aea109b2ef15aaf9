"""Exchange the glossary with other tools: OmegaT TSV, Weblate CSV, and back to YAML.

TBX lives in `translate.tbx` (write) and `translate.tbx_read` (read).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from translate.glossary import Entry, Glossary, Target, Variant
from translate.matcher import fold

__all__ = ["to_csv", "to_tsv", "to_yaml"]


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


# --- YAML ----------------------------------------------------------------------------------


class _Flow(dict[str, Any]):
    """A mapping written inline: ``{approved: Xankəndi}``."""


class _FlowList(list[str]):
    """A list written inline: ``[Khankendi's]``."""


class _Dumper(yaml.SafeDumper):
    """Writes `_Flow` values inline and indents lists under their key, as the README does."""

    def represent_data(self, data: Any) -> yaml.Node:
        if isinstance(data, _Flow):
            return self.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)
        if isinstance(data, _FlowList):
            return self.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
        return super().represent_data(data)

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _target_data(target: Target) -> dict[str, Any]:
    data: dict[str, Any] = {"approved": target.approved}
    for key in ("admitted", "deprecated", "forms"):
        if values := getattr(target, key):
            data[key] = _FlowList(values)
    if target.gender is not None:
        data["gender"] = str(target.gender)
    if target.review:
        data["review"] = "needed"
    return _Flow(data) if data.keys() <= {"approved", "gender"} else data


def _variant_data(variants: Sequence[Variant]) -> list[_Flow]:
    return [_Flow(form=variant.form, status=str(variant.status)) for variant in variants]


def _entry_data(entry: Entry) -> dict[str, Any]:
    data: dict[str, Any] = {"id": entry.id, "kind": str(entry.kind), "en": entry.en}
    optional: dict[str, Any] = {
        "native": _Flow(entry.native),
        "variants": _variant_data(entry.variants),
        "forms": _FlowList(entry.forms),
        "alternatives": [
            {
                key: value
                for key, value in (
                    ("en", alt.en),
                    ("variants", _variant_data(alt.variants)),
                    ("note", alt.note),
                    ("targets", {t.language: _target_data(t) for t in alt.targets}),
                )
                if value
            }
            for alt in entry.alternatives
        ],
        "translate": None if entry.translate else False,
        "note": entry.note,
        "review": "needed" if entry.review else None,
        "targets": {target.language: _target_data(target) for target in entry.targets},
    }
    data.update((key, value) for key, value in optional.items() if value or value is False)
    return data


def to_yaml(glossary: Glossary) -> str:
    """The entries as a glossary file, keys in README order, a blank line between entries."""
    blocks = (
        yaml.dump(
            [_entry_data(entry)],
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=100,
            default_flow_style=False,
        )
        for entry in glossary
    )
    return "\n".join(blocks)

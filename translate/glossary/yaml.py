"""The YAML reader of the glossary: one file's text to `translate.glossary.model` entries.

The YAML is composed into nodes, not loaded into Python values, so that every schema error can
name the line of the offending entry or key; `parse_entries` then builds frozen values from them.
Use it through `translate.glossary.model.parse_glossary_file` or `load_glossary`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from translate.errors import GlossaryError
from translate.glossary.model import (
    Alternative,
    Entry,
    Gender,
    Glossary,
    Kind,
    Status,
    Target,
    Variant,
)

__all__ = ["load_glossary", "parse_entries", "parse_glossary_file", "read_glossary_text", "to_yaml"]

_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_ENTRY_KEYS = (
    "id", "kind", "en", "native", "variants", "forms", "nouns", "alternatives",
    "translate", "note", "review", "targets",
)  # fmt: skip
_ALTERNATIVE_KEYS = ("en", "variants", "note", "targets")
_TARGET_KEYS = ("approved", "admitted", "deprecated", "forms", "gender", "review", "noun")
_NOUN_KEYS = _TARGET_KEYS[:-1]
_VARIANT_KEYS = ("form", "status")
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
# libyaml's loader where PyYAML has it: ten times faster, same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_E = TypeVar("_E", bound=StrEnum)


def parse_entries(text: str, path: str) -> list[Entry]:
    """Parse one glossary file: a YAML list of entries; *path* is kept on each entry."""
    try:
        _refuse_aliases(text, path)
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise GlossaryError(
            f"YAML syntax error: {exc.problem or exc.context}",
            path=path,
            line=mark.line + 1 if mark else None,
            hint="fix the YAML syntax at that line (indentation, quotes, a missing ':')",
        ) from None
    except yaml.YAMLError as exc:
        raise GlossaryError(f"YAML error: {exc}", path=path, hint="fix the YAML syntax") from None
    reader = _Reader(path)
    if root is None or reader.is_null(root):
        return []
    if not isinstance(root, SequenceNode):
        raise reader.error(root, "a glossary file must be a list of entries", "begin with '- id:'")
    return [reader.entry(node) for node in root.value]


def _refuse_aliases(text: str, path: str) -> None:
    """Refuse anchors (``&a``) and aliases (``*a``): a glossary needs neither.

    An alias makes composition reuse a node, and reading a file of nested aliases (a "billion
    laughs") visits the shared nodes exponentially often: 72 KB took 3.4 GB. The event scan runs
    only when the text has an ``&`` or a ``*`` at all, so ordinary files pay nothing for it.
    """
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent | yaml.NodeEvent) and event.anchor is not None:
            kind = "alias" if isinstance(event, yaml.AliasEvent) else "anchor"
            raise GlossaryError(
                f"YAML {kind} {event.anchor!r}",
                path=path,
                line=event.start_mark.line + 1 if event.start_mark else None,
                hint="write the value out; glossary files take no anchors or aliases",
            )


@dataclass(frozen=True)
class _Reader:
    """Turns the nodes of one file into values; every error names the node's line."""

    path: str

    def error(self, node: Node, message: str, hint: str) -> GlossaryError:
        return GlossaryError(message, path=self.path, line=node.start_mark.line + 1, hint=hint)

    def is_null(self, node: Node) -> bool:
        return isinstance(node, ScalarNode) and node.tag == _NULL

    def fields(
        self, node: Node, keys: tuple[str, ...], what: str, *required: str
    ) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            raise self.error(node, f"{what} must be a mapping", f"use the keys {', '.join(keys)}")
        found: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str) or key not in keys:
                hint = f"use one of: {', '.join(keys)}"
                raise self.error(key_node, f"unknown key {key!r} in {what}", hint)
            if key in found:
                raise self.error(key_node, f"key {key!r} appears twice in {what}", "keep one")
            found[key] = value_node
        for key in required:
            if key not in found:
                raise self.error(node, f"{what} has no {key!r}", f"add '{key}: ...'")
        return found

    def name(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or self.is_null(node) or not node.value.strip():
            raise self.error(node, f"{what} must be a non-empty string", f"write '{what}: ...'")
        if node.value != node.value.strip():
            raise self.error(node, f"{what} {node.value!r} has outer spaces", "remove them")
        return str(node.value)

    def names(self, node: Node | None, what: str) -> tuple[str, ...]:
        if node is None or self.is_null(node):
            return ()
        if not isinstance(node, SequenceNode):
            raise self.error(node, f"{what} must be a list", f"write '{what}: [form, ...]'")
        return tuple(self.name(item, what) for item in node.value)

    def text(self, node: Node | None, what: str) -> str:
        if node is None:
            return ""
        if not isinstance(node, ScalarNode) or self.is_null(node):
            raise self.error(node, f"{what} must be text", f"write '{what}: ...' or remove it")
        return str(node.value).strip()

    def flag(self, node: Node | None, what: str, default: bool) -> bool:
        if node is None:
            return default
        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            return node.value.lower() in ("true", "yes", "on", "y")
        if what == "review" and isinstance(node, ScalarNode) and node.value == "needed":
            return True
        if what == "review":
            raise self.error(node, "review must be 'needed'", "write 'review: needed' or drop it")
        raise self.error(node, f"{what} must be true or false", f"write '{what}: false'")

    def choice(self, node: Node, what: str, allowed: tuple[_E, ...]) -> _E:
        value = node.value if isinstance(node, ScalarNode) else None
        for member in allowed:
            if value == member.value:
                return member
        names = " | ".join(member.value for member in allowed)
        hint = f"write '{what}: {allowed[0].value}'"
        raise self.error(node, f"{what} must be one of {names}, not {value!r}", hint)

    def gender(self, node: Node | None) -> Gender | None:
        return None if node is None else self.choice(node, "gender", tuple(Gender))

    def by_language(self, node: Node | None, what: str) -> list[tuple[str, Node]]:
        if node is None:
            return []
        if not isinstance(node, MappingNode):
            hint = f"write '{what}: {{ru: ...}}'"
            raise self.error(node, f"{what} must map language codes to values", hint)
        pairs: list[tuple[str, Node]] = []
        for key_node, value_node in node.value:
            code = self.name(key_node, f"a language code in {what}")
            if any(code == seen for seen, _ in pairs):
                raise self.error(key_node, f"language {code!r} appears twice in {what}", "keep one")
            pairs.append((code, value_node))
        return pairs

    def variants(self, node: Node | None) -> tuple[Variant, ...]:
        if node is None:
            return ()
        if not isinstance(node, SequenceNode):
            hint = "write 'variants: [{form: ..., status: admitted}]'"
            raise self.error(node, "variants must be a list", hint)
        variants = []
        for item in node.value:
            fields = self.fields(item, _VARIANT_KEYS, "a variant", "form", "status")
            status = self.choice(fields["status"], "status", (Status.ADMITTED, Status.DEPRECATED))
            variants.append(Variant(self.name(fields["form"], "form"), status))
        return tuple(variants)

    def targets(self, node: Node | None) -> tuple[Target, ...]:
        return tuple(
            self.target(value, language, _TARGET_KEYS, f"target {language!r}")
            for language, value in self.by_language(node, "targets")
        )

    def target(self, node: Node, language: str, keys: tuple[str, ...], what: str) -> Target:
        fields = self.fields(node, keys, what, "approved")
        noun = fields.get("noun")
        return Target(
            language=language,
            approved=self.name(fields["approved"], "approved"),
            admitted=self.names(fields.get("admitted"), "admitted"),
            deprecated=self.names(fields.get("deprecated"), "deprecated"),
            forms=self.names(fields.get("forms"), "forms"),
            review=self.flag(fields.get("review"), "review", False),
            gender=self.gender(fields.get("gender")),
            noun=None if noun is None else self.target(noun, language, _NOUN_KEYS, f"{what} noun"),
        )

    def alternatives(self, node: Node | None) -> tuple[Alternative, ...]:
        if node is None:
            return ()
        if not isinstance(node, SequenceNode):
            raise self.error(node, "alternatives must be a list", "write 'alternatives: [...]'")
        alternatives = []
        for item in node.value:
            fields = self.fields(item, _ALTERNATIVE_KEYS, "an alternative", "en")
            alternatives.append(
                Alternative(
                    en=self.name(fields["en"], "en"),
                    variants=self.variants(fields.get("variants")),
                    note=self.text(fields.get("note"), "note"),
                    targets=self.targets(fields.get("targets")),
                )
            )
        return tuple(alternatives)

    def entry(self, node: Node) -> Entry:
        fields = self.fields(node, _ENTRY_KEYS, "an entry", "id", "kind", "en")
        entry_id = self.name(fields["id"], "id")
        if not _ID.match(entry_id):
            message = f"id {entry_id!r} is not lowercase ASCII letters, digits and '-'"
            raise self.error(fields["id"], message, "write e.g. 'id: khankendi'")
        native = self.by_language(fields.get("native"), "native")
        return Entry(
            id=entry_id,
            kind=self.choice(fields["kind"], "kind", tuple(Kind)),
            en=self.name(fields["en"], "en"),
            native=tuple((code, self.name(value, f"native {code!r}")) for code, value in native),
            variants=self.variants(fields.get("variants")),
            forms=self.names(fields.get("forms"), "forms"),
            nouns=self.names(fields.get("nouns"), "nouns"),
            alternatives=self.alternatives(fields.get("alternatives")),
            translate=self.flag(fields.get("translate"), "translate", True),
            note=self.text(fields.get("note"), "note"),
            review=self.flag(fields.get("review"), "review", False),
            targets=self.targets(fields.get("targets")),
            path=self.path,
            line=node.start_mark.line + 1,
        )


def load_glossary(folder: Path) -> Glossary:
    """Read every ``*.yaml`` file in *folder*, in sorted order."""
    if not folder.is_dir():
        raise GlossaryError(
            "glossary folder not found",
            path=folder,
            hint="create it, or pass --glossary DIR / set glossary = '...' in pyproject.toml",
        )
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise GlossaryError(
            "no *.yaml glossary files in the folder",
            path=folder,
            hint="add places.yaml, people.yaml, organisations.yaml, terms.yaml (see README.md)",
        )
    entries: list[Entry] = []
    for path in files:
        entries.extend(parse_glossary_file(read_glossary_text(path), str(path)))
    return Glossary(tuple(entries))


def read_glossary_text(path: Path) -> str:
    """The text of the glossary file at *path*; `GlossaryError` when it is no UTF-8 file."""
    if not path.is_file():
        raise GlossaryError("not a regular file", path=path, hint="move it away")
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise GlossaryError(
            f"not UTF-8 text ({exc.reason})", path=path, hint="save the file as UTF-8"
        ) from None
    except OSError as exc:
        raise GlossaryError(f"cannot read: {exc.strerror}", path=path) from None


def parse_glossary_file(text: str, path: str) -> list[Entry]:
    """Parse one glossary file: a YAML list of entries; *path* is kept on each entry."""
    return parse_entries(text, path)


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
    if target.noun is not None:
        data["noun"] = _target_data(target.noun)
    return _Flow(data) if data.keys() <= {"approved", "gender"} else data


def _variant_data(variants: Sequence[Variant]) -> list[_Flow]:
    return [_Flow(form=variant.form, status=str(variant.status)) for variant in variants]


def _entry_data(entry: Entry) -> dict[str, Any]:
    data: dict[str, Any] = {"id": entry.id, "kind": str(entry.kind), "en": entry.en}
    optional: dict[str, Any] = {
        "native": _Flow(entry.native),
        "variants": _variant_data(entry.variants),
        "forms": _FlowList(entry.forms),
        "nouns": _FlowList(entry.nouns),
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

"""The curated glossary: its model and the YAML loader (schema: ``glossary/README.md``).

`parse_glossary_file` is pure: it composes the YAML into nodes, so that every schema error can
name the line of the offending entry or key, and builds frozen values from them.
`load_glossary` is the thin I/O edge that reads every ``*.yaml`` file of a folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from translate.errors import GlossaryError

__all__ = [
    "FILE_KINDS",
    "Alternative",
    "Entry",
    "Glossary",
    "Kind",
    "Status",
    "Target",
    "Variant",
    "file_for_kind",
    "load_glossary",
    "parse_glossary_file",
]


class Status(StrEnum):
    """How acceptable a form is."""

    APPROVED = "approved"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"


class Kind(StrEnum):
    """What an entry names; decides which file it lives in."""

    PLACE = "place"
    PERSON = "person"
    ORGANISATION = "organisation"
    EVENT = "event"
    TERM = "term"


#: The kinds each standard file may hold; entries in any other ``*.yaml`` file may be of any kind.
FILE_KINDS: dict[str, frozenset[Kind]] = {
    "places.yaml": frozenset({Kind.PLACE}),
    "people.yaml": frozenset({Kind.PERSON}),
    "organisations.yaml": frozenset({Kind.ORGANISATION}),
    "terms.yaml": frozenset({Kind.EVENT, Kind.TERM}),
}


def file_for_kind(kind: Kind) -> str:
    """The standard file an entry of *kind* belongs in (``places.yaml`` for a place)."""
    return next(name for name, kinds in FILE_KINDS.items() if kind in kinds)


@dataclass(frozen=True)
class Variant:
    """The same name in another English spelling."""

    form: str
    status: Status


@dataclass(frozen=True)
class Target:
    """The forms of a name in one target language."""

    language: str
    approved: str
    admitted: tuple[str, ...] = ()
    deprecated: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    review: bool = False

    def accepted(self) -> tuple[str, ...]:
        """Every form a translation may use: approved, its inflected forms, then admitted."""
        return (self.approved, *self.forms, *self.admitted)


def _find_target(targets: tuple[Target, ...], language: str) -> Target | None:
    return next((target for target in targets if target.language == language), None)


@dataclass(frozen=True)
class Alternative:
    """A different name for the same referent (Stepanakert for Khankendi)."""

    en: str
    variants: tuple[Variant, ...] = ()
    note: str = ""
    targets: tuple[Target, ...] = ()

    def target(self, language: str) -> Target | None:
        """The forms of this name in *language*, if the glossary gives them."""
        return _find_target(self.targets, language)


@dataclass(frozen=True)
class Entry:
    """One named thing, with every English and target-language form of its name."""

    id: str
    kind: Kind
    en: str
    native: tuple[tuple[str, str], ...] = ()
    variants: tuple[Variant, ...] = ()
    forms: tuple[str, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    translate: bool = True
    note: str = ""
    review: bool = False
    targets: tuple[Target, ...] = ()
    path: str = ""
    line: int = 0

    def target(self, language: str) -> Target | None:
        """The forms of the name in *language*; for ``translate: false``, the English name.

        A target written out explicitly wins even when ``translate`` is false.
        """
        found = _find_target(self.targets, language)
        if found is None and not self.translate:
            return Target(language=language, approved=self.en)
        return found


@dataclass(frozen=True)
class Glossary:
    """Every entry of every glossary file, in file order."""

    entries: tuple[Entry, ...] = ()
    _index: dict[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Entry] = {}
        for entry in self.entries:
            index.setdefault(entry.id, entry)  # duplicates are reported by validation
        object.__setattr__(self, "_index", index)

    def get(self, entry_id: str) -> Entry:
        """The entry with *entry_id*; `GlossaryError` when there is none."""
        try:
            return self._index[entry_id]
        except KeyError:
            raise GlossaryError(
                f"no glossary entry with id {entry_id!r}",
                hint="check the id, or find it with `news-translate glossary lookup NAME`",
            ) from None

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


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
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError as exc:
            raise GlossaryError(
                f"not UTF-8 text ({exc.reason})", path=path, hint="save the file as UTF-8"
            ) from None
        except OSError as exc:
            raise GlossaryError(f"cannot read: {exc.strerror}", path=path) from None
        entries.extend(parse_glossary_file(text, str(path)))
    return Glossary(tuple(entries))


# --- parsing: YAML nodes -> frozen values ----------------------------------------------------

_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_ENTRY_KEYS = (
    "id", "kind", "en", "native", "variants", "forms", "alternatives",
    "translate", "note", "review", "targets",
)  # fmt: skip
_ALTERNATIVE_KEYS = ("en", "variants", "note", "targets")
_TARGET_KEYS = ("approved", "admitted", "deprecated", "forms", "review")
_VARIANT_KEYS = ("form", "status")
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
# libyaml's loader where PyYAML has it: ten times faster, same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_E = TypeVar("_E", bound=StrEnum)


def parse_glossary_file(text: str, path: str) -> list[Entry]:
    """Parse one glossary file: a YAML list of entries; *path* is kept on each entry."""
    try:
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
        targets = []
        for language, value in self.by_language(node, "targets"):
            fields = self.fields(value, _TARGET_KEYS, f"target {language!r}", "approved")
            targets.append(
                Target(
                    language=language,
                    approved=self.name(fields["approved"], "approved"),
                    admitted=self.names(fields.get("admitted"), "admitted"),
                    deprecated=self.names(fields.get("deprecated"), "deprecated"),
                    forms=self.names(fields.get("forms"), "forms"),
                    review=self.flag(fields.get("review"), "review", False),
                )
            )
        return tuple(targets)

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
            alternatives=self.alternatives(fields.get("alternatives")),
            translate=self.flag(fields.get("translate"), "translate", True),
            note=self.text(fields.get("note"), "note"),
            review=self.flag(fields.get("review"), "review", False),
            targets=self.targets(fields.get("targets")),
            path=self.path,
            line=node.start_mark.line + 1,
        )

"""Read TBX v3 (as `translate.tbx` writes it) and TBX 2008 (``martif``) into a glossary.

The mapping is the one `translate.tbx` documents. Parsing goes through the standard library's
expat parser so that every error carries its line; ElementTree keeps no line numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from xml.parsers import expat

from translate.errors import GlossaryError
from translate.glossary import Alternative, Entry, Glossary, Kind, Status, Target, Variant
from translate.matcher import fold
from translate.tbx import ENTRY_ID, GENDER, NATIVE, READ_STATUS, REVIEW, VERBATIM, TbxTerm

__all__ = ["from_tbx"]

_READ_GENDER = {value: gender for gender, value in GENDER.items()}


class _Node:
    """An XML element with the line it starts on (ElementTree does not keep lines)."""

    __slots__ = ("attrs", "children", "line", "tag", "text")

    def __init__(self, tag: str, attrs: dict[str, str], line: int) -> None:
        self.tag, self.attrs, self.line = tag, attrs, line
        self.children: list[_Node] = []
        self.text = ""

    def iter(self, *tags: str) -> Iterator[_Node]:
        for child in self.children:
            if child.tag in tags:
                yield child
            yield from child.iter(*tags)

    def typed(self, tag: str, kind: str) -> Iterator[_Node]:
        """Children (also inside ``*Grp`` children) of *tag* with ``type="kind"``."""
        for child in self.children:
            if child.tag == tag and child.attrs.get("type") == kind:
                yield child
            elif child.tag.endswith("Grp"):
                yield from child.typed(tag, kind)


_INLINE_PARENTS = frozenset({"term", "note", "descrip", "termNote", "admin"})
# Only these keep their text: containers would gather indentation, quadratically on big files.
_TEXT_TAGS = _INLINE_PARENTS | {"ref", "hi", "foreign", "ph", "bpt", "ept", "it", "sub"}


def _parse_xml(text: str, path: str) -> _Node:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    stack: list[_Node] = [_Node("", {}, 0)]

    def local(name: str) -> str:
        return name.rpartition("}")[2]

    def start(name: str, attrs: dict[str, str]) -> None:
        node = _Node(local(name), {local(k): v for k, v in attrs.items()}, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(name: str) -> None:
        node = stack.pop()
        if stack[-1].tag in _INLINE_PARENTS:  # text inside <hi>, <foreign>, ... belongs to it
            stack[-1].text += node.text

    def data(chunk: str) -> None:
        if stack[-1].tag in _TEXT_TAGS:
            stack[-1].text += chunk

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        message = f"XML syntax error: {expat.errors.messages[exc.code]}"
        raise GlossaryError(message, path=path, line=exc.lineno, hint="fix the XML") from None
    return stack[0].children[0]


@dataclass(frozen=True)
class _Concept:
    raw_id: str
    line: int
    subject: str
    note: str
    parent: str | None
    sections: tuple[tuple[str, tuple[TbxTerm, ...]], ...]


def from_tbx(text: str, path: str) -> Glossary:
    """Read a TBX v3 (``<tbx>``) or TBX 2008 (``<martif>``) document; *path* is for errors."""
    root = _parse_xml(text, path)
    if root.tag not in ("tbx", "martif"):
        message = f"not a TBX document: the root element is <{root.tag}>"
        raise GlossaryError(message, path=path, line=root.line, hint="export TBX v3 or TBX 2008")
    concepts = [_read_concept(node, path) for node in root.iter("conceptEntry", "termEntry")]
    ids = {concept.raw_id for concept in concepts}
    alternatives: dict[str, list[_Concept]] = {}
    mains: list[_Concept] = []
    for concept in concepts:
        parent = concept.parent
        if parent in ids and concept.raw_id.startswith(f"{parent}."):
            alternatives.setdefault(parent, []).append(concept)
        else:
            mains.append(concept)
    entries = [_entry(concept, alternatives.get(concept.raw_id, []), path) for concept in mains]
    return Glossary(tuple(entries))


def _read_concept(node: _Node, path: str) -> _Concept:
    subject = next((" ".join(n.text.split()) for n in node.typed("descrip", "subjectField")), "")
    notes = [" ".join(child.text.split()) for child in node.children if child.tag == "note"]
    parent = next((ref.attrs.get("target") for ref in node.typed("ref", "crossReference")), None)
    sections = []
    for section in node.children:
        if section.tag in ("langSec", "langSet"):
            language = section.attrs.get("lang", "")
            terms = tuple(_read_term(term, path) for term in section.iter("termSec", "tig", "ntig"))
            sections.append((language, terms))
    return _Concept(
        node.attrs.get("id", ""), node.line, subject, " ".join(filter(None, notes)), parent,
        tuple(sections),
    )  # fmt: skip


def _read_term(node: _Node, path: str) -> TbxTerm:
    text = " ".join(next((term.text for term in node.iter("term")), "").split())
    if not text:
        raise GlossaryError("empty <term>", path=path, line=node.line, hint="give the term text")
    notes = {note.attrs.get("type"): note.text.strip() for note in node.iter("termNote")}
    subsets = tuple(
        admin.text.strip()
        for admin in node.iter("admin")
        if admin.attrs.get("type") == "projectSubset"
    )
    status = READ_STATUS.get(notes.get("administrativeStatus", ""))
    gender = _READ_GENDER.get(notes.get("grammaticalGender", ""))
    return TbxTerm(text, status, notes.get("termType") == "variant", subsets, gender)


def _name_roles(terms: Sequence[TbxTerm]) -> tuple[TbxTerm, list[TbxTerm]] | None:
    """The term that is the name (first preferred, else first usable) and the others."""
    usable = [term for term in terms if not term.native_only]
    preferred = [t for t in usable if t.status in (Status.APPROVED, None) and not t.variant]
    fallback = [t for t in usable if t.status is not Status.DEPRECATED]
    candidates = preferred or fallback
    if not candidates:
        return None
    return candidates[0], [term for term in usable if term is not candidates[0]]


def _target(language: str, terms: Sequence[TbxTerm]) -> Target | None:
    roles = _name_roles(terms)
    if roles is None:
        return None
    name, others = roles
    forms = [t.text for t in others if t.status is Status.APPROVED and t.variant]
    deprecated = [t.text for t in others if t.status is Status.DEPRECATED]
    admitted = [t.text for t in others if t.text not in forms and t.text not in deprecated]
    review = REVIEW in name.subsets
    return Target(
        language, name.text, tuple(admitted), tuple(deprecated), tuple(forms), review, name.gender
    )


def _is_english(language: str) -> bool:
    return language.lower().replace("_", "-").split("-")[0] == "en"


def _english(concept: _Concept, path: str) -> tuple[TbxTerm, list[str], list[Variant]]:
    terms = [term for lang, terms in concept.sections if _is_english(lang) for term in terms]
    roles = _name_roles(terms)
    if roles is None:
        hint = "add a <langSec xml:lang='en'> with the English name"
        raise GlossaryError("concept has no English term", path=path, line=concept.line, hint=hint)
    name, others = roles
    forms = [t.text for t in others if t.status is Status.APPROVED and t.variant]
    variants = [
        Variant(t.text, Status.DEPRECATED if t.status is Status.DEPRECATED else Status.ADMITTED)
        for t in others
        if t.text not in forms
    ]
    return name, forms, variants


def _targets(concept: _Concept) -> list[Target]:
    targets = (_target(lang, terms) for lang, terms in concept.sections if not _is_english(lang))
    return [target for target in targets if target is not None]


def _entry_id(concept: _Concept, en: str) -> str:
    raw = concept.raw_id.removeprefix("_")
    if ENTRY_ID.match(raw):
        return raw
    slug = re.sub(r"[^a-z0-9]+", "-", fold(raw or en)).strip("-")
    return slug or f"entry-{concept.line}"


def _entry(concept: _Concept, alternatives: Sequence[_Concept], path: str) -> Entry:
    name, forms, variants = _english(concept, path)
    translate = VERBATIM not in name.subsets
    kinds = {kind.value: kind for kind in Kind}
    note = concept.note
    if concept.subject and concept.subject not in kinds:
        note = " ".join(filter(None, [note, f"Subject field: {concept.subject}."]))
    targets = _targets(concept)
    if not translate:  # the English name repeated per language is how TBX says "keep it"
        targets = [t for t in targets if t != Target(t.language, name.text)]
    native = [
        (lang, term.text)
        for lang, terms in concept.sections
        for term in terms
        if NATIVE in term.subsets
    ]
    return Entry(
        id=_entry_id(concept, name.text),
        kind=kinds.get(concept.subject, Kind.TERM),
        en=name.text,
        native=tuple(native),
        variants=tuple(variants),
        forms=tuple(forms),
        alternatives=tuple(_alternative(alt, path) for alt in alternatives),
        translate=translate,
        note=note,
        review=REVIEW in name.subsets,
        targets=tuple(targets),
        path=path,
        line=concept.line,
    )


def _alternative(concept: _Concept, path: str) -> Alternative:
    name, forms, variants = _english(concept, path)
    variants = [Variant(form, Status.ADMITTED) for form in forms] + variants
    return Alternative(name.text, tuple(variants), concept.note, tuple(_targets(concept)))

"""TBX: write the glossary as TBX-Basic (TBX v3); `translate.glossary.tbx` reads it back.

`to_tbx` writes TBX-Basic (TBX v3, DCA style) using only TBX-Basic data categories:

============================  =================================================================
glossary                      TBX
============================  =================================================================
entry id                      ``conceptEntry id``; an id that does not start with a letter gets
                              a ``_`` prefix (XML ids must), dropped again on import
kind                          ``<descrip type="subjectField">`` on the concept
note                          ``<note>`` on the concept
en, target approved           a ``termSec`` with ``preferredTerm-admn-sts`` (and ``partOfSpeech``
                              ``noun``, except for kind ``term``, whose part of speech varies)
forms (English and target)    ``preferredTerm-admn-sts`` + ``<termNote type="termType">variant``
variants                      ``admittedTerm-`` / ``deprecatedTerm-admn-sts`` + termType variant
target admitted, deprecated   ``admittedTerm-admn-sts`` / ``deprecatedTerm-admn-sts``
translate: false              ``<admin type="projectSubset">do-not-translate`` on the English
                              term; every language gets the English name as its preferred term
review: needed                ``projectSubset`` ``needs-review`` on the English term (entry) or
                              on the approved term of that language
nouns, a target's noun         in a ``term`` concept, terms with ``partOfSpeech`` ``noun`` (its
                              approved form preferred, its forms variants, as above)
target gender (f, m, n)       ``<termNote type="grammaticalGender">`` ``feminine``, ``masculine``
                              or ``neuter`` on the approved term of that language
native                        ``projectSubset`` ``native-name`` on the term in that language (a
                              term without status of its own when it is not already there)
alternatives                  a concept of their own, id ``<entry id>.<n>``, with its note and a
                              ``<ref type="crossReference" target="<entry id>">``
============================  =================================================================

An alternative is a different name for the same referent; it gets its own concept because a
target language may deprecate, for the entry, the very form it approves for the alternative
(``Степанакерт``). `from_tbx` reads this mapping back, and also TBX 2008 (``martif``, ``tig``,
``ntig/termGrp``): a concept without this markup becomes an entry whose first preferred (or
first) English term is the name and whose other English terms are variants; superseded and
similar statuses read as deprecated; a subject field that is not a kind becomes kind ``term``;
a ``grammaticalGender`` other than those three (``other``, say) is left out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from xml.parsers import expat

from translate.errors import GlossaryError
from translate.glossary.matcher import fold
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

__all__ = [
    "ENTRY_ID",
    "GENDER",
    "NATIVE",
    "READ_STATUS",
    "REVIEW",
    "TBX_NAMESPACE",
    "VERBATIM",
    "TbxTerm",
    "from_tbx",
    "to_tbx",
]

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_WRITE_STATUS = {
    Status.APPROVED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
}
READ_STATUS = {
    **{value: status for status, value in _WRITE_STATUS.items()},
    "standardizedTerm-admn-sts": Status.APPROVED,
    "legalTerm-admn-sts": Status.APPROVED,
    "regulatedTerm-admn-sts": Status.APPROVED,
    "supersededTerm-admn-sts": Status.DEPRECATED,
    "notRecommendedTerm-admn-sts": Status.DEPRECATED,
    "forbidden": Status.DEPRECATED,
    "obsolete": Status.DEPRECATED,
}
#: TBX-Basic ``grammaticalGender`` values; the reader maps them back, ignoring any other.
GENDER = {Gender.FEMININE: "feminine", Gender.MASCULINE: "masculine", Gender.NEUTER: "neuter"}
VERBATIM, REVIEW, NATIVE = "do-not-translate", "needs-review", "native-name"
ENTRY_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")


@dataclass(frozen=True)
class TbxTerm:
    """One term of a language section, as written to or read from TBX."""

    text: str
    status: Status | None = Status.APPROVED
    variant: bool = False
    subsets: tuple[str, ...] = ()
    gender: Gender | None = None
    #: a demonym's noun (``partOfSpeech`` noun in a ``term`` concept)
    noun: bool = False

    @property
    def native_only(self) -> bool:
        return self.status is None and NATIVE in self.subsets


# --- writing TBX ---------------------------------------------------------------------------


def to_tbx(glossary: Glossary, languages: Sequence[str]) -> str:
    """The glossary as a TBX-Basic (TBX v3, DCA) document, with a section per language."""
    wanted = [code for code in dict.fromkeys(languages) if code != "en"]
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", _XML_LANG: "en"})
    root.set("xmlns", TBX_NAMESPACE)
    source = ET.SubElement(
        ET.SubElement(ET.SubElement(root, "tbxHeader"), "fileDesc"), "sourceDesc"
    )
    ET.SubElement(source, "p").text = "news-translate glossary"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for entry in glossary:
        concept_id = entry.id if entry.id[:1].isalpha() else f"_{entry.id}"
        sections = _entry_sections(entry, wanted)
        concepts = [_concept(concept_id, entry.kind, entry.note, None, sections)]
        for number, alternative in enumerate(entry.alternatives, 1):
            terms = [TbxTerm(alternative.en), *_variant_terms(alternative.variants)]
            sections = [("en", terms), *_target_sections(alternative.target, wanted)]
            alt_id = f"{concept_id}.{number}"
            concepts.append(_concept(alt_id, entry.kind, alternative.note, concept_id, sections))
        for concept in concepts:
            _refuse_non_xml(concept, entry)
            body.append(concept)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


Sections = list[tuple[str, list[TbxTerm]]]

#: What XML 1.0 cannot hold, even escaped: most C0 controls, surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _refuse_non_xml(concept: ET.Element, entry: Entry) -> None:
    """`GlossaryError` for text that would make the document unreadable, its own import included."""
    for element in concept.iter():
        for text in (element.text or "", *element.attrib.values()):
            if (found := _NOT_XML.search(text)) is not None:
                raise GlossaryError(
                    f"{entry.id!r}: {text!r} holds U+{ord(found.group()):04X}, which XML cannot",
                    path=entry.path or None,
                    line=entry.line or None,
                    hint="retype the form without it (glossary validate lists each one)",
                )


def _variant_terms(variants: Sequence[Variant]) -> list[TbxTerm]:
    return [TbxTerm(variant.form, variant.status, variant=True) for variant in variants]


def _target_sections(lookup: Callable[[str], Target | None], languages: Sequence[str]) -> Sections:
    sections: Sections = []
    for language in languages:
        target = lookup(language)
        if target is not None:
            flags = (REVIEW,) if target.review else ()
            terms = [TbxTerm(target.approved, subsets=flags, gender=target.gender)]
            terms += [TbxTerm(form, Status.APPROVED, variant=True) for form in target.forms]
            terms += [TbxTerm(form, Status.ADMITTED) for form in target.admitted]
            terms += [TbxTerm(form, Status.DEPRECATED) for form in target.deprecated]
            if (noun := target.noun) is not None:
                flags = (REVIEW,) if noun.review else ()
                terms += [TbxTerm(noun.approved, subsets=flags, gender=noun.gender, noun=True)]
                terms += [TbxTerm(f, Status.APPROVED, variant=True, noun=True) for f in noun.forms]
                terms += [TbxTerm(f, Status.ADMITTED, noun=True) for f in noun.admitted]
                terms += [TbxTerm(f, Status.DEPRECATED, noun=True) for f in noun.deprecated]
            sections.append((language, terms))
    return sections


def _entry_sections(entry: Entry, languages: Sequence[str]) -> Sections:
    flags = (VERBATIM,) * (not entry.translate) + (REVIEW,) * entry.review
    english = [TbxTerm(entry.en, subsets=flags)]
    english += [TbxTerm(form, Status.APPROVED, variant=True) for form in entry.forms]
    english += [TbxTerm(form, Status.APPROVED, variant=True, noun=True) for form in entry.nouns]
    sections = [("en", english + _variant_terms(entry.variants))]
    sections += _target_sections(entry.target, languages)
    for code, name in entry.native:
        terms = next((terms for language, terms in sections if language == code), None)
        if terms is None:
            terms = []
            sections.append((code, terms))
        found = next((i for i, term in enumerate(terms) if term.text == name), None)
        if found is None:
            terms.append(TbxTerm(name, None, subsets=(NATIVE,)))
        else:
            terms[found] = replace(terms[found], subsets=(*terms[found].subsets, NATIVE))
    return sections


def _concept(
    concept_id: str, kind: Kind, note: str, parent: str | None, sections: Sections
) -> ET.Element:
    concept = ET.Element("conceptEntry", {"id": concept_id})
    ET.SubElement(concept, "descrip", {"type": "subjectField"}).text = str(kind)
    if parent is not None:
        ET.SubElement(concept, "ref", {"type": "crossReference", "target": parent}).text = parent
    if note:
        ET.SubElement(concept, "note").text = note
    for language, terms in sections:
        section = ET.SubElement(concept, "langSec", {_XML_LANG: language})
        for term in terms:
            term_sec = ET.SubElement(section, "termSec")
            ET.SubElement(term_sec, "term").text = term.text
            noun = kind is not Kind.TERM or term.noun
            notes = [("partOfSpeech", "noun")] if noun else []
            notes += [("grammaticalGender", GENDER[term.gender])] if term.gender else []
            notes += [("administrativeStatus", _WRITE_STATUS[term.status])] if term.status else []
            notes += [("termType", "variant")] if term.variant else []
            for kind_of_note, value in notes:
                ET.SubElement(term_sec, "termNote", {"type": kind_of_note}).text = value
            for subset in term.subsets:
                ET.SubElement(term_sec, "admin", {"type": "projectSubset"}).text = subset
    return concept


# --- reading TBX ---------------------------------------------------------------------------


# --- reading ---------------------------------------------------------------------------------

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

    def entity(name: str, *_details: object) -> None:
        # An entity is how XML reads other files (XXE) or explodes ("billion laughs"); a term
        # base needs none, and a skipped external one used to read as an "empty <term>".
        raise GlossaryError(
            f"XML entity declaration {name!r}",
            path=path,
            line=parser.CurrentLineNumber,
            hint="remove the DOCTYPE's entities; write the text out",
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.EntityDeclHandler = entity
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
    noun = notes.get("partOfSpeech") == "noun"
    return TbxTerm(text, status, notes.get("termType") == "variant", subsets, gender, noun)


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


def _nouns_apart(concept: _Concept) -> bool:
    """Whether terms marked as nouns are a demonym's noun: in ``term`` concepts only, since
    every term of the other kinds is a noun."""
    others = {kind.value for kind in Kind if kind is not Kind.TERM}
    english = [term for lang, terms in concept.sections if _is_english(lang) for term in terms]
    # A tool that marks every term a noun says nothing about demonyms.
    return concept.subject not in others and not all(term.noun for term in english)


def _english(concept: _Concept, path: str) -> tuple[TbxTerm, list[str], list[Variant]]:
    apart = _nouns_apart(concept)
    terms = [
        term
        for lang, terms in concept.sections
        if _is_english(lang)
        for term in terms
        if not (apart and term.noun)
    ]
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
    apart = _nouns_apart(concept)
    targets: list[Target] = []
    for lang, terms in concept.sections:
        if _is_english(lang):
            continue
        target = _target(lang, [t for t in terms if not (apart and t.noun)])
        if target is not None:
            noun = _target(lang, [t for t in terms if apart and t.noun])
            targets.append(replace(target, noun=noun))
    return targets


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
        nouns=tuple(
            term.text
            for lang, terms in concept.sections
            if _is_english(lang) and _nouns_apart(concept)
            for term in terms
            if term.noun
        ),
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

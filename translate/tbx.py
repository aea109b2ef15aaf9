"""TBX: write the glossary as TBX-Basic (TBX v3); `translate.tbx_read` reads it back.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from translate.glossary import Entry, Gender, Glossary, Kind, Status, Target, Variant

__all__ = [
    "ENTRY_ID",
    "GENDER",
    "NATIVE",
    "READ_STATUS",
    "REVIEW",
    "TBX_NAMESPACE",
    "VERBATIM",
    "TbxTerm",
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
        body.append(_concept(concept_id, entry.kind, entry.note, None, sections))
        for number, alternative in enumerate(entry.alternatives, 1):
            terms = [TbxTerm(alternative.en), *_variant_terms(alternative.variants)]
            sections = [("en", terms), *_target_sections(alternative.target, wanted)]
            alt_id = f"{concept_id}.{number}"
            body.append(_concept(alt_id, entry.kind, alternative.note, concept_id, sections))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


Sections = list[tuple[str, list[TbxTerm]]]


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
            sections.append((language, terms))
    return sections


def _entry_sections(entry: Entry, languages: Sequence[str]) -> Sections:
    flags = (VERBATIM,) * (not entry.translate) + (REVIEW,) * entry.review
    english = [TbxTerm(entry.en, subsets=flags)]
    english += [TbxTerm(form, Status.APPROVED, variant=True) for form in entry.forms]
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
            notes = [("partOfSpeech", "noun")] if kind is not Kind.TERM else []
            notes += [("grammaticalGender", GENDER[term.gender])] if term.gender else []
            notes += [("administrativeStatus", _WRITE_STATUS[term.status])] if term.status else []
            notes += [("termType", "variant")] if term.variant else []
            for kind_of_note, value in notes:
                ET.SubElement(term_sec, "termNote", {"type": kind_of_note}).text = value
            for subset in term.subsets:
                ET.SubElement(term_sec, "admin", {"type": "projectSubset"}).text = subset
    return concept


# --- reading TBX ---------------------------------------------------------------------------

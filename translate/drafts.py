"""Glossary enforcement: machine drafts that use the glossary's approved target forms.

Each glossary term in a sentence is swapped for a stand-in before machine translation and the
stand-in is swapped for the approved target form afterwards. The stand-in depends on the engine
(measured in ``bench/terms.py``):

- ``surrogate`` (Apertium): a word the engine knows and keeps, so the sentence around it is still
  parsed and reordered: a common first name for a name (``The Khojaly genocide`` would otherwise
  come out as ``El *Khojaly el genocidio``), a known demonym for a demonym, so that Spanish
  agreement comes out right (``Italian forces`` → ``fuerzas italianas`` → ``fuerzas armenias``);
- ``placeholder`` (Argos): an opaque token such as ``QX3`` that a neural model copies; no
  underscores, since the SentencePiece decoder turns them into spaces.

Every draft carries the problems found (a stand-in lost or duplicated, a term missing), so that
they can become PO comments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from translate.glossary.matcher import Match
from translate.glossary.model import Entry, Gender, Glossary, Kind, Target

__all__ = [
    "Draft",
    "Prepared",
    "Scheme",
    "Slot",
    "draft_batch",
    "finish",
    "prepare",
    "term_form",
]

# Names that Apertium's English-Spanish dictionary knows and copies unchanged, by the gender
# it gives them (measured: "of the John" → "del John", "of the Mary" → "de la Mary"), so that
# articles agree with the target form that replaces them.
_MASCULINE_NAMES = (
    "John", "Peter", "Kevin", "Brian", "David", "Paul", "Robert", "Michael", "Steven", "Edward",
    "Thomas", "George", "Richard", "Daniel", "Henry", "Oliver", "Jack", "Harry", "Walter",
    "Arthur", "Albert", "Fred", "Carl", "Ethan", "Tony", "Ryan", "Adam", "Simon", "Victor",
    "Martin",
)  # fmt: skip
_FEMININE_NAMES = (
    "Mary", "Susan", "Linda", "Karen", "Laura", "Emily", "Jessica", "Sarah", "Anna", "Helen",
    "Sophie", "Lucy", "Alice", "Nancy", "Betty", "Emma", "Julia",
)  # fmt: skip
# Endings of the head word that make a noun phrase feminine, per target language.
_FEMININE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("a", "ción", "sión", "dad", "tad", "tud", "umbre"),
}

# Demonyms whose Spanish forms follow -o/-a/-os/-as, with what Apertium makes of them.
_ADJECTIVE_SURROGATES: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("Italian", "italian"), ("Russian", "rus"), ("Mexican", "mexican"),
        ("Peruvian", "peruan"), ("Chilean", "chilen"), ("Bolivian", "bolivian"),
        ("Colombian", "colombian"), ("Venezuelan", "venezolan"), ("Ukrainian", "ucranian"),
        ("Korean", "corean"), ("Greek", "grieg"), ("Argentinian", "argentin"),
    ),
}  # fmt: skip
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
_ENDINGS: dict[str, tuple[str, ...]] = {"es": ("os", "as", "o", "a")}
# Feminine and masculine plural articles, for demonyms used as plural nouns.
_PLURAL_ARTICLES: dict[str, tuple[tuple[str, str], ...]] = {"es": (("las", "los"),)}


class Scheme(StrEnum):
    """How terms are shielded from the engine."""

    SURROGATE = "surrogate"
    PLACEHOLDER = "placeholder"


@dataclass(frozen=True)
class Slot:
    """One term in one sentence: the stand-in sent to the engine and how to restore it."""

    entry: str
    surface: str
    token: str
    #: (what the engine may turn the stand-in into, casefolded; the target form to put there)
    replacements: tuple[tuple[str, str], ...]
    #: every target form that counts as this term in the draft
    accepted: tuple[str, ...]


@dataclass(frozen=True)
class Prepared:
    """A sentence ready for the engine: its stand-ins and the slots that restore them."""

    source: str
    text: str
    slots: tuple[Slot, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A machine draft with the approved glossary forms in place, and what went wrong."""

    text: str
    problems: tuple[str, ...] = ()


def term_form(entry: Entry, match: Match, language: str) -> tuple[Target | None, str]:
    """The target block for a match (the alternative's own, when one was matched) and a problem.

    A name kept verbatim (``translate: false``) keeps the surface form the article used, and
    so does a bare surname that the article does not tie to one person (`Match.candidates`).
    A demonym used as a plural noun (``the Armenians``) takes the target's noun (армяне).
    """
    if not entry.translate or match.candidates:
        return Target(language=language, approved=match.surface), ""
    alternative = entry.alternative(match.name) if match.alternative else None
    if alternative is not None and (target := alternative.target(language)) is not None:
        return target, ""
    target = entry.target(language)
    if target is None:
        return None, f"no {language} form for {entry.en!r} in the glossary; kept in English"
    if match.noun and target.noun is not None:
        return target.noun, ""
    return _surname_only(entry, match, target), ""


def _surname_only(entry: Entry, match: Match, target: Target) -> Target:
    """A person named by surname alone (``Sargsyan``) keeps the surname alone in the target."""
    words, approved = entry.en.split(), target.approved.split()
    surface = match.surface.casefold()
    if entry.kind is not Kind.PERSON or len(words) < 2 or len(approved) != len(words):
        return target
    if surface not in {surname.casefold() for surname in entry.surnames()}:
        return target
    return Target(language=target.language, approved=approved[-1], review=target.review)


def prepare(
    text: str, matches: Sequence[Match], glossary: Glossary, language: str, scheme: Scheme
) -> Prepared:
    """Replace each matched term in *text* with a stand-in the engine will carry through."""
    names = {
        feminine: iter(n for n in pool if not re.search(rf"\b{n}\b", text, re.I))
        for feminine, pool in ((False, _MASCULINE_NAMES), (True, _FEMININE_NAMES))
    }
    adjectives = iter(
        pair
        for pair in _ADJECTIVE_SURROGATES.get(language, ())
        if not re.search(rf"\b{pair[0]}", text, re.I)
    )
    pieces: list[str] = []
    slots: list[Slot] = []
    problems: list[str] = []
    position = 0
    for number, match in enumerate(sorted(matches, key=lambda m: m.start)):
        entry = glossary.get(match.entry)
        target, problem = term_form(entry, match, language)
        if problem:
            problems.append(problem)
        if target is None:
            continue
        slot = _slot(match, target, language, scheme, number, names, adjectives)
        if slot is None:
            problems.append(f"too many terms in one sentence; {match.surface!r} left as it is")
            continue
        pieces += [text[position : match.start], slot.token]
        slots.append(slot)
        position = match.end
    pieces.append(text[position:])
    return Prepared(text, "".join(pieces), tuple(slots), tuple(problems))


def _slot(
    match: Match,
    target: Target,
    language: str,
    scheme: Scheme,
    number: int,
    names: Mapping[bool, Iterator[str]],
    adjectives: Iterator[tuple[str, str]],
) -> Slot | None:
    accepted = tuple(dict.fromkeys((target.approved, *target.forms, *target.admitted)))
    if scheme is Scheme.PLACEHOLDER:
        token = f"QX{number}"
        return Slot(
            match.entry, match.surface, token, ((token.casefold(), target.approved),), accepted
        )
    endings = _ENDINGS.get(language, ())
    inflected = _by_ending(accepted, endings)
    if target.forms and inflected:
        pair = next(adjectives, None)
        if pair is not None:
            english, stem = pair
            plural = match.surface.casefold().endswith("s") and not english.endswith("s")
            token = english + ("s" if plural else "")
            fallback = inflected.get("o" if not plural else "os", target.approved)
            table = {stem + ending: inflected.get(ending, fallback) for ending in endings}
            if plural:
                table.update(_generic_masculine(stem, fallback, language))
            return Slot(match.entry, match.surface, token, tuple(table.items()), accepted)
    if target.gender is not None:
        feminine = target.gender is Gender.FEMININE
    else:
        feminine = _is_feminine(target.approved, language)
    name = next(names[feminine], None) or next(names[not feminine], None)
    if name is None:
        return None
    return Slot(match.entry, match.surface, name, ((name.casefold(), target.approved),), accepted)


def _is_feminine(form: str, language: str) -> bool:
    """Whether *form*'s head word (its first) is feminine, by its ending (when the glossary
    gives no ``gender``).

    >>> _is_feminine("Organización de Cooperación Islámica", "es"), _is_feminine("genocidio", "es")
    (True, False)
    """
    head = form.split(" ", 1)[0].casefold()
    return head.endswith(_FEMININE_ENDINGS.get(language, ()) or ("\0",))


def _generic_masculine(stem: str, plural: str, language: str) -> dict[str, str]:
    """A demonym used as a plural noun means people: Spanish takes the generic masculine.

    Apertium renders ``the Italians`` as ``las italianas``; ``the Armenians`` must come out as
    ``los armenios``, article included.
    """
    fixes: dict[str, str] = {}
    for feminine, masculine in _PLURAL_ARTICLES.get(language, ()):
        fixes[f"{feminine} {stem}as"] = f"{masculine} {plural}"
    fixes[f"{stem}as"] = plural
    return fixes


def _by_ending(forms: Sequence[str], endings: Sequence[str]) -> dict[str, str]:
    """The first form with each ending, longest ending first (``armenios`` is ``os``, not ``s``)."""
    found: dict[str, str] = {}
    for form in forms:
        if " " in form:
            continue
        for ending in endings:
            if form.endswith(ending):
                found.setdefault(ending, form)
                break
    return found


def finish(prepared: Prepared, output: str) -> Draft:
    """Put the approved target forms where the engine left the stand-ins."""
    problems = list(prepared.problems)
    text = output
    for slot in prepared.slots:
        table = dict(slot.replacements)
        pattern = re.compile(
            r"(?<!\w)("
            + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        )
        found = pattern.findall(text)
        if not found:
            problems.append(f"term lost: {slot.surface} (expected {slot.accepted[0]})")
            continue
        if len(found) > 1:
            problems.append(f"term duplicated: {slot.surface} ({len(found)} times)")
        text = pattern.sub(_replacer(table), text)
    # Engines leave runs of spaces around words they move (Apertium: "próximo  del").
    return Draft(_SPACES.sub(" ", text).strip(), tuple(problems))


def _replacer(table: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda found: _same_case(found, table[found[0].casefold()])


def _same_case(found: re.Match[str], form: str) -> str:
    """Capitalise a lower-case target form where it opens a sentence.

    Only there: name stand-ins are always capitalised, so their case says nothing.
    """
    before = found.string[: found.start()].rstrip(" \"'“‘«([¿¡")
    opens = not before or before.endswith((".", "!", "?", ":"))
    if opens and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def draft_batch(
    texts: Sequence[str],
    matches: Sequence[Sequence[Match]],
    glossary: Glossary,
    language: str,
    scheme: Scheme,
    translate_batch: Callable[[list[str]], list[str]],
) -> list[Draft]:
    """Draft every text with one call to the engine's *translate_batch*."""
    prepared = [
        prepare(text, found, glossary, language, scheme)
        for text, found in zip(texts, matches, strict=True)
    ]
    outputs = translate_batch([item.text for item in prepared]) if prepared else []
    return [finish(item, output) for item, output in zip(prepared, outputs, strict=True)]

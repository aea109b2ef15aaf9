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

With surrogates each sentence is drafted twice (`draft_batch`): with stand-ins chosen for each
name's role (`prepare`), and as it is, the engine's rendering of each name then replaced by its
approved form (the fallback); `choose` keeps one by a documented rule. Articles before an
approved form are made to agree with it (`translate.drafts.agreement`).

Every draft carries the problems found (a stand-in lost or duplicated, a term missing, a word
the engine could not inflect) and the words the engine did not know, so that they can become
PO comments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

from translate.drafts.agreement import ENDINGS, agree, by_ending, generic_masculine, takes_feminine
from translate.drafts.model import Draft, Prepared, Scheme, Slot
from translate.drafts.roles import POSSESSIVE, breaks_when_unknown, modifies_a_noun, role
from translate.drafts.surface import keep_capitals, replacer, same_case, tidy, whole
from translate.engines.apertium import Unmarked, unmark
from translate.glossary.matcher import Match
from translate.glossary.model import Entry, Glossary, Kind, Target

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
# Demonyms whose Spanish forms follow -o/-a/-os/-as, with what Apertium makes of them.
_ADJECTIVE_SURROGATES: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("Italian", "italian"), ("Russian", "rus"), ("Mexican", "mexican"),
        ("Peruvian", "peruan"), ("Chilean", "chilen"), ("Bolivian", "bolivian"),
        ("Colombian", "colombian"), ("Venezuelan", "venezolan"), ("Ukrainian", "ucranian"),
        ("Korean", "corean"), ("Greek", "grieg"), ("Argentinian", "argentin"),
    ),
}  # fmt: skip
# Common nouns Apertium knows and translates to one word, by the gender of that word, for names
# that modify a noun (``Khojaly victims``): (English, Spanish).
_NOUNS: dict[str, dict[bool, tuple[tuple[str, str], ...]]] = {
    "es": {False: (("elephant", "elefante"),), True: (("giraffe", "jirafa"),)},
}


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
    text: str,
    matches: Sequence[Match],
    glossary: Glossary,
    language: str,
    scheme: Scheme,
    unknown: frozenset[str] = frozenset(),
) -> Prepared:
    """Replace each matched term in *text* with a stand-in the engine will carry through.

    The stand-in keeps the name's role: a possessive keeps its ``'s`` (``John's``), an
    abbreviation is replaced with its final dot (``U.S.``, the sentence's own full stop put
    back). With surrogates, a name in *unknown* (surfaces the engine does not know, casefolded)
    stays as it is where the engine already parses it as a name: after a preposition, as an
    object. It gets a surrogate only where an unknown word breaks the phrase: a possessive,
    the start of the sentence, a modifier of the noun after it (``Khojaly victims``).
    """
    names = {
        feminine: iter(n for n in pool if not re.search(rf"\b{n}\b", text, re.I))
        for feminine, pool in ((False, _MASCULINE_NAMES), (True, _FEMININE_NAMES))
    }
    nouns = {
        feminine: iter(n for n in pool if not re.search(rf"\b{n[0]}", text, re.I))
        for feminine, pool in _NOUNS.get(language, {}).items()
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
    chains = _compounds(text, matches, glossary, language) if scheme is Scheme.SURROGATE else {}
    for number, match in enumerate(sorted(matches, key=lambda m: m.start)):
        if match.start < position:
            continue  # inside a compound of names
        entry = glossary.get(match.entry)
        target, problem = term_form(entry, match, language)
        if problem:
            problems.append(problem)
        if target is None:
            continue
        parts: tuple[str, ...] = ()
        if match.start in chains:
            match, target, parts = chains[match.start]
        surface, end, suffix = role(text, match)
        copied = scheme is Scheme.SURROGATE and surface.casefold() in unknown and not target.forms
        if copied and not suffix and not breaks_when_unknown(text, match.start, end):
            slots.append(replace(_kept(match, surface, target), name=surface))
            continue
        # Not for demonyms (inflected forms): their adjective surrogates agree with the noun.
        modifier = (
            scheme is Scheme.SURROGATE
            and not target.forms
            and not suffix
            and modifies_a_noun(text, end)
        )
        slot = (modifier and _noun_slot(match, target, language, nouns)) or _slot(
            match, target, language, scheme, number, names, adjectives, possessive=bool(suffix)
        )
        if slot is None:
            problems.append(f"too many terms in one sentence; {match.surface!r} left as it is")
            continue
        pieces += [text[position : match.start], slot.token + suffix]
        slots.append(replace(slot, name=surface, parts=parts))
        position = end
    pieces.append(text[position:])
    return Prepared(text, "".join(pieces), tuple(slots), tuple(problems))


#: What joins the names of a compound (``Khankendi-Lachin``, ``Ganja/Baku``), unspaced.
_COMPOUND_JOINS = frozenset({"-", "/", "\u2013"})


def _compounds(
    text: str, matches: Sequence[Match], glossary: Glossary, language: str
) -> dict[int, tuple[Match, Target, tuple[str, ...]]]:
    """Compounds of names before a noun (``the Khankendi-Lachin road``, ``the Ganja/Baku
    highway``), by where they start: each becomes one name whose form is the names' forms
    joined the same way, so that one noun stand-in keeps it whole (``la carretera de
    Jankendi-Lachín``); alone, Apertium parts the names (``El Jankendi-carretera de Lachín``).
    Demonyms are left alone: their forms agree with the noun.
    """
    if language not in _NOUNS:
        return {}
    found: dict[int, tuple[Match, Target, tuple[str, ...]]] = {}
    ordered = sorted(matches, key=lambda m: m.start)
    i = 0
    while i < len(ordered):
        j = i
        while (
            j + 1 < len(ordered) and text[ordered[j].end : ordered[j + 1].start] in _COMPOUND_JOINS
        ):
            j += 1
        chain = ordered[i : j + 1]
        i = j + 1
        if len(chain) < 2 or not modifies_a_noun(text, chain[-1].end):
            continue
        forms = []
        for member in chain:
            target, _ = term_form(glossary.get(member.entry), member, language)
            if target is None or target.forms or POSSESSIVE.search(member.surface):
                break
            forms.append(target.approved)
        else:
            joined = forms[0]
            for before, member, form in zip(chain, chain[1:], forms[1:], strict=False):
                joined += text[before.end : member.start] + form
            first, last = chain[0], chain[-1]
            compound = replace(first, end=last.end, surface=text[first.start : last.end])
            found[first.start] = (compound, Target(language=language, approved=joined),
                                  tuple(m.surface for m in chain))  # fmt: skip
    return found


def _noun_slot(
    match: Match, target: Target, language: str, nouns: Mapping[bool, Iterator[tuple[str, str]]]
) -> Slot | None:
    """A common noun for a name that modifies the noun after it: Apertium turns ``Elephant
    victims`` into ``víctimas de elefante``, where a name would stay in front (``John
    víctimas``). The article it gives the noun goes with it."""
    feminine = takes_feminine(target, language)
    pair = next(nouns.get(feminine, iter(())), None)
    if pair is None:
        return None
    english, spanish = pair
    accepted = tuple(dict.fromkeys((target.approved, *target.forms, *target.admitted)))
    approved = target.approved
    table = {
        f"del {spanish}": f"de {approved}",
        f"de la {spanish}": f"de {approved}",
        f"el {spanish}": approved,
        f"la {spanish}": approved,
        spanish: approved,
    }
    return Slot(match.entry, match.surface, english.capitalize(), tuple(table.items()), accepted)


def _kept(match: Match, surface: str, target: Target) -> Slot:
    """A name left as it is: the engine copies a word it does not know."""
    accepted = tuple(dict.fromkeys((target.approved, *target.forms, *target.admitted)))
    return Slot(match.entry, match.surface, surface, ((surface.casefold(), target.approved),),
                accepted)  # fmt: skip


def _slot(
    match: Match,
    target: Target,
    language: str,
    scheme: Scheme,
    number: int,
    names: Mapping[bool, Iterator[str]],
    adjectives: Iterator[tuple[str, str]],
    *,
    possessive: bool = False,
) -> Slot | None:
    """The stand-in for one name. A demonym takes a demonym (for agreement), unless it is a
    possessive (``the Armenians' return``): Apertium makes ``de John`` of ``John's`` but keeps
    the apostrophe of ``Italians'``, so a name stands in and `_agree` fixes the article."""
    accepted = tuple(dict.fromkeys((target.approved, *target.forms, *target.admitted)))
    if scheme is Scheme.PLACEHOLDER:
        token = f"QX{number}"
        return Slot(
            match.entry, match.surface, token, ((token.casefold(), target.approved),), accepted
        )
    endings = ENDINGS.get(language, ())
    inflected = by_ending(accepted, endings)
    if target.forms and inflected and not possessive:
        pair = next(adjectives, None)
        if pair is not None:
            english, stem = pair
            plural = match.surface.casefold().endswith("s") and not english.endswith("s")
            token = english + ("s" if plural else "")
            fallback = inflected.get("o" if not plural else "os", target.approved)
            table = {stem + ending: inflected.get(ending, fallback) for ending in endings}
            if plural:
                table.update(generic_masculine(stem, fallback, language))
            return Slot(match.entry, match.surface, token, tuple(table.items()), accepted)
    feminine = takes_feminine(target, language)
    name = next(names[feminine], None) or next(names[not feminine], None)
    if name is None:
        return None
    return Slot(match.entry, match.surface, name, ((name.casefold(), target.approved),), accepted)


def finish(prepared: Prepared, output: str, *, marked: bool = False) -> Draft:
    """Put the approved target forms where the engine left the stand-ins.

    *marked*: the output carries Apertium's unknown-word marks, which are taken out; the words
    they marked (other than names the glossary puts back) are listed in the draft, and words
    the engine could not inflect are a problem.
    """
    problems = list(prepared.problems)
    text, unknown = output, tuple[str, ...]()
    if marked:
        unmarked = unmark(output, prepared.text)
        text = unmarked.text
        names = {slot.token.casefold() for slot in prepared.slots}
        unknown = tuple(w for w in unmarked.unknown if w.casefold() not in names)
        problems += _inflection(unmarked)
    tokens = Counter(slot.token for slot in prepared.slots)
    for slot in prepared.slots:
        if not tokens.pop(slot.token, 0):
            continue  # a name left as it is twice: done with its first slot
        expected = sum(1 for other in prepared.slots if other.token == slot.token)
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
        if len(found) < expected:
            problems.append(f"term lost: {slot.surface} (expected {slot.accepted[0]})")
        elif len(found) > expected:
            problems.append(f"term duplicated: {slot.surface} ({len(found)} times)")
        text = pattern.sub(replacer(table), text)
    # Engines leave runs of spaces around words they move (Apertium: "próximo  del").
    return Draft(tidy(text), tuple(problems), unknown)


def draft_batch(
    texts: Sequence[str],
    matches: Sequence[Sequence[Match]],
    glossary: Glossary,
    language: str,
    scheme: Scheme,
    translate_batch: Callable[[list[str]], list[str]],
) -> list[Draft]:
    """Draft every text, each independently of the others in the batch.

    Placeholders take one call to the engine's *translate_batch*. Surrogates (Apertium, marks
    on) take two: first each sentence as it is and each name alone, which says which names the
    engine knows and how it renders them; then the sentences with their stand-ins. Each
    sentence then has two drafts, and `choose` keeps one.
    """
    if scheme is Scheme.PLACEHOLDER:
        prepared = [
            prepare(text, found, glossary, language, scheme)
            for text, found in zip(texts, matches, strict=True)
        ]
        outputs = translate_batch([item.text for item in prepared]) if prepared else []
        return [
            keep_capitals(finish(item, output), item, glossary, language)
            for item, output in zip(prepared, outputs, strict=True)
        ]
    if not texts:
        return []
    names = sorted(
        {role(text, m)[0] for text, found in zip(texts, matches, strict=True) for m in found}
    )
    first = translate_batch([*texts, *names])
    plain = first[: len(texts)]
    renderings = {
        name: unmark(out, name) for name, out in zip(names, first[len(texts) :], strict=True)
    }
    # Names the engine copies as one unknown word: left in place, they keep the parse of a name.
    copied = frozenset(name.casefold() for name, r in renderings.items() if r.unknown == (name,))
    unknown = frozenset(name.casefold() for name, r in renderings.items() if r.unknown)
    prepared = [
        prepare(text, found, glossary, language, scheme, copied)
        for text, found in zip(texts, matches, strict=True)
    ]
    outputs = translate_batch([item.text for item in prepared])
    drafts: list[Draft] = []
    for item, output, engine_only in zip(prepared, outputs, plain, strict=True):
        standin = agree(finish(item, output, marked=True), item, glossary, language)
        fallback = _fallback(item, engine_only, renderings)
        if fallback is not None:
            fallback = agree(fallback, item, glossary, language)
        drafts.append(keep_capitals(choose(standin, fallback, item, unknown), item, glossary,
                                     language))  # fmt: skip
    return drafts


def choose(
    standin: Draft, fallback: Draft | None, prepared: Prepared, unknown: frozenset[str]
) -> Draft:
    """The better of a sentence's two drafts, by this rule:

    1. where the engine knew every name of the sentence, its own parse wins: the fallback (the
       sentence translated as it is, each name's rendering replaced by its approved form) is
       kept if it found every name; demonyms are the exception, since the surrogate demonym
       gives the agreement the glossary's forms need (``los armenios``);
    2. else the stand-in draft, unless it lost or duplicated a name and the fallback did not.

    A name unknown to the engine is left by it where it stood, which breaks the phrase around
    it (``*Khojaly Las víctimas``): that is what the stand-ins are chosen against.
    """
    if fallback is None:
        return standin
    adjectives = {english for pairs in _ADJECTIVE_SURROGATES.values() for english, _ in pairs}
    if not any(
        slot.name.casefold() in unknown
        or slot.token.rstrip("s") in adjectives
        or any(part.casefold() in unknown for part in slot.parts)
        for slot in prepared.slots
    ):
        return fallback
    if any(p.startswith(("term lost", "term duplicated")) for p in standin.problems):
        return fallback
    return standin


def _fallback(prepared: Prepared, output: str, renderings: Mapping[str, Unmarked]) -> Draft | None:
    """*output*, the engine's draft of the sentence as it is, with the approved forms put in.

    A name is found as the engine renders it alone (``EE.UU.`` for ``U.S.``), as it is written,
    or in an accepted form already; None when a name is not found exactly as often as the
    sentence has it.
    """
    unmarked = unmark(output, prepared.source)
    text = unmarked.text
    by_entry: dict[str, list[Slot]] = {}
    for slot in prepared.slots:
        by_entry.setdefault(slot.entry, []).append(slot)
    for slots in by_entry.values():
        slot = slots[0]
        written = {slot.name, slot.name.rstrip(".")}
        if (rendering := renderings.get(slot.name)) is not None:
            written.add(rendering.text.strip())
        pattern = whole({w for w in written if w} | set(slot.accepted))
        if len(pattern.findall(text)) != len(slots):
            return None
        # A form as the English writes it stays only where the engine itself chose it.
        accepted = {form.casefold() for form in slot.accepted} - {w.casefold() for w in written}
        text = pattern.sub(_approved_unless_accepted(accepted, slot.accepted[0]), text)
    names = {word.casefold() for slot in prepared.slots for word in slot.name.split()}
    unknown = tuple(w for w in unmarked.unknown if w.casefold() not in names)
    return Draft(tidy(text), (*prepared.problems, *_inflection(unmarked)), unknown)


def _approved_unless_accepted(accepted: set[str], approved: str) -> Callable[[re.Match[str]], str]:
    return lambda found: found[0] if found[0].casefold() in accepted else same_case(found, approved)


def _inflection(unmarked: Unmarked) -> tuple[str, ...]:
    if not unmarked.ungenerated:
        return ()
    words = ", ".join(unmarked.ungenerated)
    return (f"the engine could not inflect {words}; check the gender and number around it",)

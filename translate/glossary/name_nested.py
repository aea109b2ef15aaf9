"""Where one organisation's name holds another: ``X of Y`` when both X and Y are bodies.

`_nested` finds the ``of`` that joins two bodies' names (the Ivanovo Medical Center of Kostroma
University) and leaves one name where the complement is a state or a place (the Criminal Code
of the Russian Federation). Internal to the names finder's boundary rules,
`translate.glossary.name_pieces`.
"""

from __future__ import annotations

from collections.abc import Sequence

from translate.glossary.name_evidence import _Evidence
from translate.glossary.name_tokens import _bare, _territory, _Token
from translate.glossary.name_words import COMPLEMENTS, HEAD_NOUNS, JOINERS

#: Head nouns of a state's name: a body of the Russian Federation is one name with it.
_STATES = frozenset({"republic", "federation", "confederation", "kingdom", "emirates", "states"})
#: Head nouns of a place's name: a body of Gonur Province is one name with it.
_PLACE_NOUNS = frozenset({"province", "region", "district", "oblast", "county", "governorate",
                          "prefecture", "municipality"})  # fmt: skip


def _nested(run: Sequence[_Token], words: Sequence[str], evidence: _Evidence) -> int | None:
    """Where an ``of`` joins two organisations' names (the Ivanovo Medical Center of Kostroma
    University, the Department for Customs of the Federal Customs Service of Russia): the
    words before it hold a head noun after another word, and so do the words after it (a
    modifier, then the head noun: ``Kostroma University``, not ``the Council of Europe``,
    whose ``Council`` alone names nothing)."""
    for k in range(2, len(run) - 2):
        if words[k] != "of":
            continue
        # ... the whole left part, or what follows its last joiner (Doctors of the Ujar Heart
        # Center of ...).
        tail = max((i + 1 for i, w in enumerate(words[:k]) if w in JOINERS), default=0)
        left = _modified_head(words[:k]) or _modified_head(words[tail:k])
        # ... or a head noun with its own complement: the Institute of Geophysics of ...
        complemented = k >= 3 and words[0] in HEAD_NOUNS and words[1] == "of"
        # ... or another complement: the Committee against Torture of ...
        body = k >= 3 and words[0] in HEAD_NOUNS and words[1] in COMPLEMENTS
        if not (left or body) or all(t.known for t in run[:k]):
            continue
        j = k + 1
        while j < len(run) and words[j] in JOINERS:
            j += 1
        right = words[j:]
        end = next((i for i, w in enumerate(right) if w in COMPLEMENTS or w == "and"), len(right))
        # ... not a place's name after it: the Water Directorate of Gonur Province is one.
        if not right or right[end - 1] in _STATES | _PLACE_NOUNS:
            continue
        known = all(t.known for t in run[j:])
        # After "of the", a whole name of its own: a known one with its own head noun (the
        # European Union; not the Council of Europe, whose Council alone names nothing), or an
        # acronym (the ICWC), when the words before "of" hold a head noun after another word.
        the = words[k + 1] == "the"
        acronym = end == 1 and len(right[0]) > 1 and run[j].text.isupper()
        # A body named by its head noun and complement, "of the" a known name: two names (the
        # Committee against Torture of the United Nations; its words alone name nothing).
        if the and body and known:
            return k
        # ... or a place's name and a head noun, "of the" a known name: the Gonur Commission of
        # the Council of Europe (not the Parliamentary Assembly: an adjective, no name).
        if the and known and k == 2 and words[1] in HEAD_NOUNS and _place_word(run[0], evidence):
            return k
        # ... or a head noun with its own complement that is no land: the Water Service (the
        # Committee for Water) of the Ministry of Ecology, not the Parliamentary Assembly of
        # the Council of Europe.
        if the and _complemented_body(run[j:]):
            return k
        # ... or a body named by its head noun and complement, "of the" a body with a modified
        # head noun (the Commission for Archaeology of the Gonur Archaeological Institute);
        # not a treaty's subject after "on" (the Convention on the Legal Status of the Sea).
        if not (left or complemented or (body and the and words[1] != "on")):
            continue
        if (_modified_head(right[:end]) and not known) or (
            the and left and ((known and _modified_head(right[:end])) or acronym)
        ):
            return k
    return None


def _place_word(token: _Token, evidence: _Evidence) -> bool:
    """Whether *token* is a name of its own: a land, or a word English knows only as a name
    or not at all (`_Evidence.proper`)."""
    word = _bare(token)
    return not token.known and (_territory([token]) or evidence.proper(word))


def _complemented_body(run: Sequence[_Token]) -> bool:
    """Whether *run* opens with a head noun, ``of`` and a word that is no land and not known
    (Ministry of Ecology, Assembly of People of ...): a body's name of its own."""
    return (
        len(run) > 2
        and _bare(run[0]).casefold() in HEAD_NOUNS
        and run[1].text == "of"
        and not any(t.known for t in run[:3])
        and not _territory(run[2:3])
        and run[2].text not in JOINERS
    )


def _modified_head(words: Sequence[str]) -> bool:
    """Whether *words* hold a head noun after a word that is neither a joiner nor one: a
    name of its own (Medical Center, Department for Customs), not a bare ``Council``."""
    end = next((i for i, w in enumerate(words) if i and w in COMPLEMENTS), len(words))
    return any(
        w in HEAD_NOUNS and words[i - 1] not in JOINERS and words[i - 1] not in HEAD_NOUNS
        for i, w in enumerate(words[:end])
        if i
    )

"""Comma lists inside one name: a ministry's portfolios (``Ministry of Education, Science,
Culture and Sports``), a body's fields before its head noun (``the Control, Ethics and
Disciplinary Body``), a university's campus (``University of Gonur, Ujar City``).
`translate.glossary.name_runs` asks these where such a list ends. Internal to the names
finder, `translate.glossary.names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.glossary.name_tokens import (
    _POSSESSIVE,
    _bare,
    _capitalised,
    _is_title,
    _territory,
    _Token,
)
from translate.glossary.name_words import (
    HEAD_NOUNS,
    JOINERS,
    NOUN_SUFFIXES,
    PLACE_NOUNS,
    PORTFOLIOS,
)


def _campus(tokens: Sequence[_Token], i: int, text: str, run: Sequence[_Token]) -> int:
    """Where a university's campus after a comma ends (the University of Gonur, Ujar City),
    when *run* ends in ``University of`` and one or two words: one name with its campus, if the
    campus is one or two capitalised words, no land nor known name, that end the run; else
    *i*."""
    words = [_bare(t).casefold() for t in run[-4:]]
    if not any(words[k : k + 2] == ["university", "of"] for k in range(len(words) - 2)):
        return i
    end = i
    while end < len(tokens) and end - i < 3 and _capitalised(tokens[end].text):
        if end > i and text[tokens[end - 1].end : tokens[end].start] != " ":
            break
        end += 1
    if not 0 < end - i <= 2 or any(t.known for t in tokens[i:end]):
        return i
    if _territory(tokens[i:end]) or re.match(r" [A-Z]|, [A-Z]", text[tokens[end - 1].end :]):
        return i
    # ... nor a speaker after the university (the University of Gonur, Asel said).
    if _SPEAKS.match(text, tokens[end - 1].end):
        return i
    return end


#: A verb of saying after a name: the name is its subject.
_SPEAKS = re.compile(r" (?:said|says|told|added|noted|wrote|explained|stressed|argued)\b")


def _listed_head(tokens: Sequence[_Token], i: int, text: str, run: Sequence[_Token]) -> int:
    """Where a comma list of capitalised words from *i* on ends when its last item ends in a
    head noun (the Control, Ethics and Disciplinary Body): then one name from *run*, a single
    word or two after "the" (the National Unity, Peace and Justice Commission), to the head
    noun; else *i*."""
    single = len(run) == 1 or (len(run) == 2 and text[: run[0].start].endswith("the "))
    if not single or any(t.known for t in run) or run[0].initial:
        return i
    j = i
    while j < len(tokens) and _capitalised(tokens[j].text) and not tokens[j].known:
        gap = text[tokens[j].end : tokens[j + 1].start] if j + 1 < len(tokens) else ""
        # ... of words, not acronyms alone (LGT, LLB and VP Bank: three banks; but Science,
        # ICT, Broadcasting and Communications Committee)
        if gap != ", " and all(t.text.isupper() for t in (*run, *tokens[i : j + 1])):
            return i
        if gap == ", ":
            j += 1
            continue
        if gap != " " or j + 1 >= len(tokens) or tokens[j + 1].text != "and":
            return i
        k = j + 2  # after "and": capitalised words, spaced, up to a head noun
        while (
            k < len(tokens)
            and _capitalised(tokens[k].text)
            and not tokens[k].known
            and text[tokens[k - 1].end : tokens[k].start] == " "
        ):
            # ... a field before it, not the head noun alone (Sukhbaatar, Darkhan and Choir:
            # towns, the last a common word's namesake).
            if _bare(tokens[k]).casefold() in HEAD_NOUNS and k > j + 2:
                # ... and no single place's noun, which a list of names does not share: the
                # list is of places, the last one named with its noun (Galle, Ella and Arugam
                # Bay)
                if _bare(tokens[k]).casefold() in PLACE_NOUNS:
                    return i
                return k + 1
            k += 1
        return i
    return i


#: The shape of a science's or a discipline's name: Geology, Seismography, Physics,
#: Chemistry, Engineering; a field of a body's list as a portfolio is.
_SCIENCE = re.compile(r"[a-z]*(?:(?:log|graph|nom|soph|metr|istr)y|[a-z]{3}ics|engineering)")


def _portfolio(token: _Token) -> bool:
    word = _bare(token)
    key = word.casefold()
    return (
        _capitalised(word)
        and not token.known
        and (key in PORTFOLIOS or _SCIENCE.fullmatch(key) is not None)
    )


def _portfolio_list(tokens: Sequence[_Token], i: int, text: str, run: Sequence[_Token]) -> int:
    """Where a list of portfolios from *i* on ends (``Science, Culture and Sports``) when *run*
    names an office or a title after them (``Ministry of Education``), else *i*: the commas
    and ``and`` are then inside one name."""
    words = [_bare(t).casefold() for t in run]
    # The office's "of" is the last one after a head noun or a title (the Minister of Natural
    # Resources, Ecology and ...), a person's "of" before it (Asel Omur of the Ministry of ...).
    of = next(
        (
            k
            for k in range(len(words) - 1, 0, -1)
            if words[k] in ("of", "for", "on")
            and (words[k - 1] in HEAD_NOUNS or _is_title(words[k - 1]))
        ),
        None,
    )
    if of is None:
        return i
    if not all(_portfolio(t) or t.text in JOINERS for t in run[of + 1 :]):
        return i
    j = i
    while j < len(tokens):
        size = 0  # an item: one or two portfolio words, or a field (Technical Supervision)
        if _field(tokens, j, text):
            size = 2
        while size < 2 and j + size < len(tokens) and _portfolio(tokens[j + size]):
            if size and text[tokens[j + size - 1].end : tokens[j + size].start] != " ":
                break
            size += 1
        if not size:
            return i
        j += size
        gap = text[tokens[j - 1].end : tokens[j].start] if j < len(tokens) else ""
        if gap in (" ", ", ") and tokens[j].text == "and":
            follows = text[tokens[j].end : tokens[j + 1].start] if j + 1 < len(tokens) else ""
            if follows == " " and (
                _portfolio(tokens[j + 1])
                or _field(tokens, j + 1, text)
                or _last_item(tokens, j + 1, text)
                # ... or, after a title's "of", any capitalised words: the last item and the
                # person's name after it (Minister of Environment, Urbanisation and Climate
                # Change Asel Omur), which `translate.glossary.name_trim` tells apart.
                or (_is_title(words[of - 1]) and _capitalised(tokens[j + 1].text))
            ):
                return j + 1  # the last item joins as a capitalised word after "and"
            return i
        if gap != ", ":
            return i
    return i


def _last_item(tokens: Sequence[_Token], j: int, text: str) -> bool:
    """Whether tokens from *j* on are the last item of a list of portfolios that ends the
    name: one or two capitalised words, no known name nor land, and no capitalised word after
    them (... for Industry, Energy and Subsoil Use)."""
    end = j
    while (
        end < len(tokens)
        and end - j < 3
        and _capitalised(tokens[end].text)
        and (end == j or text[tokens[end - 1].end : tokens[end].start] == " ")
    ):
        end += 1
    return (
        0 < end - j <= 2
        and not any(t.known or _territory([t]) for t in tokens[j:end])
        and not any(_POSSESSIVE.search(t.text) for t in tokens[j:end])
    )


def _field(tokens: Sequence[_Token], j: int, text: str) -> bool:
    """Whether tokens *j* and *j + 1* name a field of a ministry's list: a capitalised word,
    then a portfolio or an abstract noun (Technical Supervision, Water Management)."""
    if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start] != " ":
        return False
    first, second = tokens[j], tokens[j + 1]
    key = _bare(second).casefold()
    return (
        _capitalised(first.text)
        and _capitalised(second.text)
        and not first.known
        and not second.known
        and first.text.casefold() not in JOINERS
        and (
            key in PORTFOLIOS
            or _SCIENCE.fullmatch(key) is not None
            or (key.endswith(NOUN_SUFFIXES) and not second.text.isupper())
        )
    )


#: The most names a firm's list holds before its "and Partners".
_MOST_PARTNERS = 6
#: What a firm of partners ends in after "and" or "&" (Ncube, Mhlanga and Partners).
_PARTNERS = frozenset({"partners", "associates", "co", "company", "sons"})
#: A law or accounting firm's legal form after its partners' names.
_FIRM_FORMS = frozenset({"LLP", "LLC", "Ltd", "Limited", "PLC", "Inc"})


def _firm(tokens: Sequence[_Token], i: int, text: str, run: Sequence[_Token]) -> int:
    """Where a firm's comma list of names from *i* on ends (Ncube, Mhlanga and Partners; Kos,
    Novak & Associates) when *run* is one capitalised word: the names, then ``and`` or ``&``
    and what partners are called, one name; else *i*. A title may stand before the first
    name (Messrs Kos, Novak & Partners)."""
    titled = len(run) == 2 and _is_title(_bare(run[0]))
    if not (len(run) == 1 or titled) or run[-1].known:
        return i
    j = i
    # ... a handful of names: a long list of capitals is no firm, and each comma of it would
    # otherwise read to its end.
    while (
        j + 1 < len(tokens)
        and j - i < _MOST_PARTNERS
        and _capitalised(tokens[j].text)
        and not tokens[j].known
    ):
        after = text[tokens[j].end : tokens[j + 1].start]
        if after == ", ":
            j += 1
            continue
        if after == " & " and _bare(tokens[j + 1]).casefold() in _PARTNERS:
            return j + 2
        # ... or the last partner's name and the firm's legal form (Kos, Novak & Omur LLP)
        if (
            after == " & "
            and j + 2 < len(tokens)
            and _capitalised(tokens[j + 1].text)
            and text[tokens[j + 1].end : tokens[j + 2].start] == " "
            and _bare(tokens[j + 2]) in _FIRM_FORMS
        ):
            return j + 3
        # ... or three names or more, the last with the legal form (Kos, Novak, Omur LLC)
        if after == " " and j > i and _bare(tokens[j + 1]) in _FIRM_FORMS:
            return j + 2
        if (
            after == " "
            and tokens[j + 1].text == "and"
            and j + 2 < len(tokens)
            and text[tokens[j + 1].end : tokens[j + 2].start] == " "
            and _bare(tokens[j + 2]).casefold() in _PARTNERS
            and _capitalised(tokens[j + 2].text)
        ):
            return j + 3
        return i
    return i

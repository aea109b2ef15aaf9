"""The names finder's boundary rules: where a run of capitals holds several names.

`_pieces` cuts a run where it joins two names; `_trim` takes titles, openers and demonyms off
a name. Internal to the names finder, `translate.glossary.names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from translate.glossary.gazetteer import cities, is_demonym, territories
from translate.glossary.name_evidence import (
    _brand,
    _Evidence,
)
from translate.glossary.name_runs import _DOUBLE_NAME_PARTICLES, _PARTICLE_END
from translate.glossary.name_tokens import (
    _CODE,
    _QUOTES_CLOSING,
    _VARIANT,
    _bare,
    _capitalised,
    _has_head,
    _is_title,
    _territory,
    _Token,
    is_common_word,
)
from translate.glossary.name_trim import _trim
from translate.glossary.name_words import (
    ADDRESSES,
    ADJECTIVES,
    COMPLEMENTS,
    HEAD_NOUNS,
    JOINERS,
    LAWS,
    MAKERS,
    NOUN_SUFFIXES,
    OPENING,
    PARTICLES,
    PLACE_NOUNS,
    PORTFOLIOS,
    SEAS,
    TITLES,
)

#: Prefixes of ships' names (a steamship's, a royal or a navy's ship's, a motor vessel's).
_SHIP_PREFIXES = frozenset({"SS", "RMS", "MV", "HMS", "HMCS", "HMAS", "HMNZS", "USS", "USNS",
                            "CCGS", "TCG", "RV"})  # fmt: skip
#: Social networks and video sites, named after the outlet or body whose page they hold.
#: "Of" in Romance languages, between a name and the land or city it is of.
_ROMANCE_OF = frozenset({"de", "do", "da", "del", "dos", "das", "di", "du"})
#: A street's or a square's noun in the Romance languages, before its name.
_ROMANCE_STREETS = frozenset({"avenida", "calle", "rua", "praça", "plaza", "paseo", "avenue",
                              "rue", "boulevard", "place", "via", "viale", "piazza", "largo",
                              "travessa", "calzada", "carrera", "jirón"})  # fmt: skip
#: Head nouns of a body, which a sentence may open with before its "of" (Chamber of Mines).
_BODY_NOUNS = frozenset({"chamber", "ministry", "council", "committee", "commission", "union",
                         "federation", "association", "institute", "academy", "university",
                         "bank", "court", "office", "agency", "bureau", "board", "department",
                         "directorate", "authority", "embassy", "fund", "foundation", "society",
                         "league", "confederation", "congress", "parliament"})  # fmt: skip
#: The nouns of a province named by two names and "and".
_TWO_NAMED = frozenset({"province", "region", "oblast", "governorate", "county", "prefecture"})
_PLATFORMS = frozenset({"facebook", "youtube", "instagram", "telegram", "tiktok", "whatsapp",
                        "twitter", "linkedin", "vkontakte"})  # fmt: skip
#: Acts and instruments whose "on" introduces a subject, never where they stand.
_INSTRUMENTS = LAWS | {"convention", "treaty", "agreement", "protocol", "charter", "declaration",
                       "proclamation", "directive", "bill", "statute", "constitution"}  # fmt: skip

#: Words and endings of a field's name (Oil, Sciences, Hydrometeorological), not a place's or a
#: person's: `_common_part`, `_foreign_word`.
_FIELD_WORDS = PORTFOLIOS | TITLES | HEAD_NOUNS
_FIELD_ENDINGS = (*NOUN_SUFFIXES, "ical")
#: What a firm's partners are called after its founder's name and "and" (Omur and Sons).
_FIRM_PARTNERS = frozenset({"sons", "partners", "associates"})


def _acronym_suffix(run: Sequence[_Token], text: str) -> int | None:
    """0 when an acronym in brackets after *run* abbreviates all its words and not all are
    known; where it abbreviates all the words after an ``and``, where they start (the X
    Society and Women United Together Marshall Islands (WUTMI): two names); else None. (Where
    it abbreviates only the last ones, a known word before them may still belong to the name:
    the OSCE Office for Democratic Institutions and Human Rights.)"""
    if not run:
        return None
    acronym = re.match(r" \(([A-Z]{2,8})\)", text[run[-1].end :])
    if acronym is None:
        return None
    letters = acronym.group(1)
    words = [_bare(t) for t in run if t.text not in JOINERS]
    if (
        len(words) == len(letters) > 1
        and "".join(w[0] for w in words).upper() == letters
        and not all(t.known for t in run)
    ):
        return 0
    for k in range(len(run) - 2, 1, -1):
        if run[k - 1].text != "and":
            continue
        after = [_bare(t) for t in run[k:] if t.text not in JOINERS]
        if (
            len(after) == len(letters) > 2
            and "".join(w[0] for w in after).upper() == letters
            and not all(t.known for t in run[k:])
        ):
            return k
    return None


def _unquote(run: list[_Token], text: str) -> list[_Token]:
    """A run of several words that a pair of quotes encloses is a quoted name ("Sacred
    Struggle" movement), not the start of a quoted sentence."""
    if len(run) < 2 or not run[0].initial or text[run[-1].end :][:1] not in _QUOTES_CLOSING:
        return run
    if run[0].text.casefold() in OPENING:
        return run
    before = text[: run[0].start].rstrip()
    if not before or before[-1] not in "\"“‘«'":  # a possessive's apostrophe closes nothing
        return run
    return [replace(run[0], initial=False), *run[1:]]


def _separate(second: Sequence[_Token], evidence: _Evidence, before: _Token) -> bool:
    """Whether what follows an ``and`` is a name of its own, not the rest of an organisation's
    complement: it starts with ``the``, is known, is one word that names a land or a city of
    CLDR's (the Sea of Gonur and Istanbul) or that is a name wherever it stands (the
    Department of the Public Service and Digicel), or has a head noun before its own
    complement (not ``Ethnography of the National Academy``: a field of the one before). The
    word *before* the ``and`` may make one land with it (Trinidad and Tobago)."""
    words = [_bare(t).casefold() for t in second]
    land = bool(second) and f"{_bare(before)} & {_bare(second[0])}".casefold() in territories()
    own = next((i for i, w in enumerate(words) if i and w in COMPLEMENTS), len(words))
    alone = len(second) == 1 and not second[0].text.isupper()
    return bool(second) and (
        second[0].text == "the"
        or all(t.known for t in second)
        or (len(second) == 1 and (_territory(second) or words[0] in cities()))
        or (alone and not land and _foreign_word(_bare(second[0]), evidence))
        or any(w in HEAD_NOUNS for w in words[:own])
    )


def _foreign_word(word: str, evidence: _Evidence) -> bool:
    """Whether *word* is no English word at all, nor made like one: a brand's or a place's
    name (Digicel), not a field (Petroleum, Hydrometeorological)."""
    key = word.casefold()
    return (
        word in evidence.foreign
        and not evidence.english(word)
        and key not in PORTFOLIOS
        and not key.endswith(_FIELD_ENDINGS)
    )


def _category(run: Sequence[_Token]) -> bool:
    """Whether *run* is an award's category: "Best" and one to three capitalised words, no
    known name among them (Best Actress, Best Feature Film)."""
    return (
        2 <= len(run) <= 4
        and run[0].text == "Best"
        and all(_capitalised(t.text) and not t.known for t in run[1:])
        and _bare(run[-1]).casefold() not in HEAD_NOUNS  # the Best Western Hotel
    )


def _org_like(left: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether the words before ``of`` (``for``, ``on``, ``in``) name a thing, not a person or
    place: a head noun or a common word (Faculty of ..., Crossroads of ..., Protection of ...),
    an English compound included (Patriarchate of ...)."""
    last = _bare(left[-1])
    key = last.casefold()
    return (
        key in HEAD_NOUNS
        or evidence.common_word(last)
        or last in evidence.compound
        or (key.endswith(NOUN_SUFFIXES) and not last.isupper())
    )


#: An aircraft's model after its maker's name: A321LR, A330-200, 787, Su-35, TB2.
_AIRCRAFT = re.compile(
    r"[A-Z][A-Za-z]{0,4}-?\d+[A-Za-z]{0,3}(?:-\d+[A-Za-z]{0,3})?|\d{2,4}[A-Za-z]{0,3}"
)
#: A monarch's or a patriarch's number after the name.
_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")


def _pieces(run: list[_Token], evidence: _Evidence) -> list[list[_Token]]:
    """*run* cut where it joins two names: at a title inside it, at ``and``, after an
    organisation followed by a person, at ``of`` after a name, around known names."""
    if not run:
        return []
    if _territory(run):
        return [] if all(t.known for t in run) else [run]
    nicknamed = _nicknamed(run, evidence)
    if nicknamed is not None:
        return nicknamed
    # A department named by its portfolios and its land, as Canada's are (Environment and
    # Climate Change Canada, Public Services and Procurement Canada, Transport Canada).
    if (
        len(run) > 1
        and _territory(run[-1:])
        and not run[0].initial
        and all(
            not t.known and (t.text == "and" or _bare(t).casefold() in _DEPARTMENT_WORDS)
            for t in run[:-1]
        )
        and run[0].text != "and"
    ):
        return [run]
    # A ship's prefix and its name, titles in it included (SS Princess Irene, RMS Queen Mary 2).
    if (
        len(run) > 1
        and run[0].text in _SHIP_PREFIXES
        and not any(t.known for t in run[1:])
        and all(_capitalised(t.text) or t.text.isdigit() for t in run[1:])
    ):
        return [run]
    words = [_bare(t).casefold() for t in run]
    # A World Heritage Site is a designation, no name: what names it before it is (a UNESCO
    # World Heritage site); not the List, the Committee or the Convention.
    heritage = next(
        (k for k in range(len(run) - 1) if words[k : k + 2] == ["world", "heritage"]), None
    )
    if heritage is not None and words[heritage + 2 :] in ([], ["site"], ["sites"]):
        return _pieces(run[:heritage], evidence)
    # An award's category after "for" is none of its name (the Golden Goblet Award for Best
    # Feature Film), nor a name alone (Best Actress went to ...).
    best = next((k for k, t in enumerate(run) if t.text == "Best" and _category(run[k:])), None)
    if best is not None:
        return _pieces(run[: best - 1] if best and words[best - 1] == "for" else run[:best],
                       evidence)  # fmt: skip
    # A name that ends in a number is one (France 24), a known word inside or not.
    if len(run) > 1 and run[-1].text.isdigit() and len(run[-1].text) <= 2:
        return [run]
    # A social network after another name is where that one posts, a name of its own (the
    # SunStar Facebook page, the Kesh Sports YouTube channel).
    if len(run) > 1 and words[-1] in _PLATFORMS and words[-2] not in JOINERS and not run[-2].known:
        return [*_pieces(run[:-1], evidence), run[-1:]]
    # An aircraft maker and its model after an operator's name are a name of their own, as
    # they are alone (an Air Astana Airbus A321LR, an El Al Boeing 787).
    if (
        len(run) > 2
        and words[-2] in MAKERS
        and not run[-2].known
        and _AIRCRAFT.fullmatch(run[-1].text)
        and run[-3].text not in JOINERS
    ):
        return [*_pieces(run[:-2], evidence), run[-2:]]
    if len(run) == 2 and words[0] in MAKERS and _CODE.fullmatch(run[-1].text):
        return [run]
    # ... and "of" after them names whose it is (an Airbus A400M of the Turkish Air Force).
    for k in range(len(run) - 3):
        if words[k] in MAKERS and _AIRCRAFT.fullmatch(run[k + 1].text) and words[k + 2] == "of":
            return _pieces(run[: k + 2], evidence) + _pieces(
                _trim(run[k + 3 :], evidence), evidence
            )
    # A model's code after its maker is a name of its own: Airbus A320neo, Sukhoi Su-35.
    # ... when the article names the maker alone too; a maker of one word that it writes only
    # before the code is one name with it, as a model's number is (Canadair CL-415).
    if len(run) > 1 and _CODE.fullmatch(run[-1].text) and words[-2] != "no.":
        if (
            len(run) == 2
            and not run[0].known
            and evidence.capitalised[_bare(run[0])] < 2
            and words[0] not in OPENING  # not an article: A Soyuz-2.1b
        ):
            return [run]
        return [*_pieces(run[:-1], evidence), run[-1:]]
    # A maker and its number with a variant's capitals after another name are a name of
    # their own: the Gonur Cargo Boeing 777F (the operator, then the aircraft).
    if (
        len(run) > 2
        and _VARIANT.fullmatch(run[-1].text)
        and not run[-2].known
        and words[-3] not in JOINERS
    ):
        return [*_pieces(run[:-2], evidence), run[-2:]]
    # A regnal number ends a person's name; "of" after it names a see or a realm of its own
    # (Bartholomew I of Constantinople, Karekin II of the Armenian Apostolic Church).
    for k in range(1, len(run) - 2):
        if _REGNAL.fullmatch(run[k].text) and words[k + 1] == "of" and not run[k - 1].known:
            return _pieces(run[: k + 1], evidence) + _pieces(run[k + 2 :], evidence)
    # A body "of" a land, then a person: the Cabinet of Ministers of Gonuria Asel Omur.
    for k in range(1, len(run) - 3):
        if words[k] != "of":
            continue
        size = next((n for n in (3, 2, 1) if _territory(run[k + 1 : k + 1 + n])), 0)
        body = run[: k + 1 + size]
        if size and _has_head(body) and _person(run[len(body) :], evidence):
            return [*_pieces(body, evidence), run[len(body) :]]
    # "to" after a head noun joins a verb (the Committee to Protect Journalists), no name.
    to = next((k for k, t in enumerate(run) if k and t.text == "to"), None)
    if to is not None and (to + 1 >= len(run) or _bare(run[to + 1]) not in evidence.common):
        return _pieces(run[:to], evidence) + _pieces(run[to + 1 :], evidence)
    # "in" inside a law's complement after "on" joins common words only (the Law on Legal
    # Assistance in Criminal Matters), not a place (... in Gonur): `_joins` took it liberally.
    # ... and so does "from" (... of Energy from Renewable Sources).
    inside = next((k for k, t in enumerate(run) if k and t.text in ("in", "from")), None)
    if inside is not None and not all(
        _common_part(_bare(t), evidence) and not t.known for t in run[inside + 1 :]
    ):
        return _pieces(run[:inside], evidence) + _pieces(run[inside + 1 :], evidence)
    # A title inside: European Commission President Ursula von der Leyen, U.S. Secretary of
    # State Antony Blinken, the Order of President Ilham Aliyev; not an adjective of an
    # organisation's name (the Presidential Administration).
    for k in range(1, len(run)):
        if _is_title(words[k]) and not _is_title(words[k - 1]):
            after = k
            while after < len(run) and _is_title(words[after]):
                after += 1
            if after == len(run) or words[after] in HEAD_NOUNS:
                continue
            # ... nor a portfolio before words that end in a head noun: a body's field (the
            # Palau Health Care Fund and the ...).
            end = after
            while (
                end < len(run)
                and words[end] not in JOINERS
                and words[end] not in HEAD_NOUNS
                and not _is_title(words[end])
                and not run[end].known
            ):
                end += 1
            if words[k] in PORTFOLIOS and after < end < len(run) and words[end] in HEAD_NOUNS:
                continue
            # "General" after a head noun is the body's own (the Directorate General of ...,
            # the Consulate General), no title before a person.
            if words[k] == "general" and words[k - 1] in HEAD_NOUNS:
                continue
            # ... nor inside a street's name in a Romance language, which names whom it honours
            # with the title (Avenida Libertador General San Martín, Rua Marechal Deodoro).
            if words[0] in _ROMANCE_STREETS:
                continue
            # ... nor the object of the verb after "to": the Committee to Protect Journalists.
            if k >= 2 and words[k - 2] == "to":
                continue
            # After "of", a title before common words to the end is an adjective of the
            # complement, no title before a person: Court of Appeal of General Jurisdiction.
            if words[k - 1] in JOINERS and all(
                not t.known and evidence.common_word(_bare(t)) for t in run[after:]
            ):
                continue
            # Titles and portfolios before a head noun name an office with what leads it (the
            # Ujar Chief Public Prosecutor's Office).
            # ... or with common words among them (the Community Health Sciences Unit).
            if words[-1] in HEAD_NOUNS and all(
                _is_title(w) or w in PORTFOLIOS or (evidence.common_word(_bare(t)) and not t.known)
                for w, t in zip(words[k:-1], run[k:-1], strict=True)
            ):
                continue
            # A body of titles is an office: the Cabinet of Ministers, the Council of Elders;
            # a person's name after it is a name of its own (not a joiner that goes on with
            # the body's name: the Association of Lawyers for Freedom).
            if (
                k >= 2
                and words[k - 1] == "of"
                and words[k - 2] in HEAD_NOUNS
                and words[k].endswith("s")
                and words[after] not in JOINERS
            ):
                return [run[:after], *_pieces(run[after:], evidence)]
            # After "of", only a person's name follows the title (Order of President X), not a
            # portfolio (Ministry of Foreign Affairs).
            # ... nor after a head noun's "on", "for" or "against" (the Committee on Foreign
            # Policy of ...).
            if (words[k - 1] in JOINERS or (k >= 2 and words[k - 1] in COMPLEMENTS)) and (
                words[after] in PORTFOLIOS or words[after] in JOINERS
            ):
                continue
            # Inside a body's name, a title's word before "of" and no person is a field of the
            # body's (the Committee of Emergencies and Civil Defence of Gonuria).
            if (
                words[after] in JOINERS
                and _has_head(run[:k])
                and not any(_person(run[-n:], evidence) for n in (2, 3))
            ):
                continue
            # A portfolio in a list of them: Ministry of Education, Science, Culture and Sports.
            if (
                words[k] in PORTFOLIOS
                and words[k - 1] in PORTFOLIOS | JOINERS
                and (words[after] in PORTFOLIOS or words[after] in JOINERS)
            ):
                continue
            rest = _trim(run[k:], evidence)
            if rest and rest[0] is not run[k]:
                # Portfolios before the title are the title's: Kyrgyz Energy Minister, Youth
                # and Sports Minister; not those of an office (Ministry of Foreign Affairs).
                begin = k
                while begin and (
                    words[begin - 1] in PORTFOLIOS
                    or (words[begin - 1] == "and" and begin > 1 and words[begin - 2] in PORTFOLIOS)
                ):
                    begin -= 1
                if begin and words[begin - 1] in JOINERS:
                    begin = k
                begin = min(begin, _field_after_and(run, k, evidence))
                return _pieces(run[:begin], evidence) + _pieces(rest, evidence)
    # A body "on" its street is two names: the Gabriadze Theatre on Rustaveli Avenue. (A body
    # "of" another body is one: the Institute of Archaeology of the Gonur Academy of Sciences,
    # as news agencies and the standard named-entity corpora write an institution's full name.)
    on = next(
        (
            k
            for k in range(1, len(run) - 1)
            if words[k] == "on"
            and words[k - 1] in HEAD_NOUNS
            and (
                words[-1] in ADDRESSES
                # ... or on a river, a sea or a hill (Tanahu Hydropower Limited on the Seti
                # River, the Executive Mansion on Capitol Hill): not a meeting's or an act's
                # subject (the Conference on the Caspian Sea)
                or (words[-1] in _ON_PLACES and words[k - 1] not in _ABOUT)
                # ... or an island or a town: one word that is no English one (the Island
                # Court on Efate), where a subject is English (the Committee on Torture)
                or (
                    k == len(run) - 2
                    and words[k - 1] not in _INSTRUMENTS  # the Law on Advocacy: its subject
                    and not run[-1].known
                    and not evidence.english(_bare(run[-1]))
                    and not evidence.common_word(_bare(run[-1]))
                    and not is_common_word(_bare(run[-1]))
                )
            )
        ),
        None,
    )
    if on is not None:
        return _pieces(run[:on], evidence) + _pieces(_trim(run[on + 1 :], evidence), evidence)
    # X and Y: two names, unless "and" is inside an organisation's complement (Centre for
    # Economic and Social Development) or leaves a common word alone (Caspian Oil and Gas).
    # (not one inside a known name: the Chess Federation of Bosnia and Herzegovina)
    ands = [i for i, w in enumerate(words) if w == "and" and not run[i].known]
    complement = next(
        # ("to" and its verb join no modifiers: the Committee to Protect Journalists and X)
        (
            i
            for i, w in enumerate(words)
            if i and w in COMPLEMENTS and w != "to" and _org_like(run[:i], evidence)
        ),
        None,
    )

    # "and" between two common words in a name that ends in a head noun: the Baku Music and
    # Arts Festival, the Caspian Oil and Gas Exhibition.
    # ... to the head noun that ends it, before a later "and" (the Kampala Industrial and
    # Business Park and the ...).
    def inner(i: int) -> bool:
        end = next(
            (j for j in range(i + 2, len(run)) if words[j] == "and" and words[j - 1] in HEAD_NOUNS),
            len(run),
        )
        # ... a compound's last part too (the Erebuni Historical and Archaeological
        # Museum-Reserve)
        return (
            (words[end - 1] in HEAD_NOUNS or words[end - 1].rpartition("-")[2] in HEAD_NOUNS)
            # ... not between two names with the same head noun: X Bank and Y Bank; nor after
            # a place's own noun (the Nhat Tan Bridge and Noi Bai International Airport).
            and words[i - 1] != words[end - 1]
            and words[i - 1] not in _OWN_PLACES
            and (
                0 < i < end - 2
                and not run[i - 1].known
                and not run[i + 1].known
                and all(_capitalised(t.text) for t in (run[i - 1], run[i + 1]))
                # ... one of them a field, the other one too or a word English knows (Art and
                # Culture Development Foundation: Art reads as a given name too).
                and any(_common_part(_bare(t), evidence) for t in (run[i - 1], run[i + 1]))
                and all(
                    _common_part(_bare(t), evidence) or _known_word(_bare(t), evidence)
                    for t in (run[i - 1], run[i + 1])
                )
                # ... written with spaces only (or a comma list before it: Control, Ethics and
                # Disciplinary Body): Coalition for Change and Unity - National Movement is two.
                and all(
                    b.start - a.end <= 2 for a, b in zip(run[i:end], run[i + 1 : end], strict=False)
                )
            )
        )

    # ... or between the two names of one province (Sistan and Baluchestan Province, Kohgiluyeh
    # and Boyer-Ahmad Province): the province's noun right after the second, singular.
    def province(i: int) -> bool:
        return (
            i == len(run) - 3
            and i > 0
            and words[-1] in _TWO_NAMED
            and run[-1].text[:1].isupper()
            and not run[i - 1].known
            and not run[i + 1].known
            and all(_capitalised(t.text) for t in (run[i - 1], run[i + 1]))
            and not any(evidence.common_word(_bare(t)) for t in (run[i - 1], run[i + 1]))
        )

    # ... each such "and" (UNESCO and the Art and Culture Development Foundation: the first
    # still cuts).
    # ... nor before the partners of a firm's name (Surangel and Sons Company).
    ands = [
        i
        for i in ands
        if not inner(i)
        and not province(i)
        and not _FIRM_PARTNERS.intersection(words[i + 1 : i + 2])
    ]
    separate = bool(ands) and _separate(run[ands[0] + 1 :], evidence, run[ands[0] - 1])
    if ands and (complement is None or complement > ands[0] or separate):
        # An "and" inside an organisation's complement joins its modifiers, not two names
        # (the Institute of Theoretical and Applied Mechanics): cut there only before a name
        # of its own.
        cuts = {
            a
            for a, b in zip(ands, [*ands[1:], len(run)], strict=True)
            if complement is None
            or a < complement
            or _separate(run[a + 1 : b], evidence, run[a - 1])
        }
        halves: list[list[_Token]] = [[]]
        for i, token in enumerate(run):
            if i in cuts:
                halves.append([])
            else:
                halves[-1].append(token)
        # ... unless the other is a brand (Telegram and TikTok: networks, both).
        # A demonym alone is no such common word: it is the next name's adjective (Ilham
        # Aliyev and Turkish Vice-President Cevdet Yilmaz), and the run stopped at its title.
        lone_common = any(
            len(h) == 1
            and not h[0].known
            and evidence.common_word(_bare(h[0]))
            and not is_demonym(_bare(h[0]))
            for h in halves
        ) and not any(len(h) == 1 and _brand(_bare(h[0])) for h in halves)
        # ... or a word alone that is a name anywhere (Instagram and Threads: the common word
        # beside it, capitalised inside a sentence, names something too).
        lone_common = lone_common and not (
            all(len(h) == 1 and not h[0].initial for h in halves)
            and any(evidence.proper(_bare(h[0])) and not h[0].known for h in halves)
        )
        if not lone_common:
            return [piece for half in halves if half for piece in _pieces(half, evidence)]
    # A later "and" may still join two names: Ministry of Culture and Tourism and Armenia.
    for a, b in zip(ands[1:], [*ands[2:], len(run)], strict=False):
        if _separate(run[a + 1 : b], evidence, run[a - 1]):
            return _pieces(run[:a], evidence) + _pieces(run[a + 1 :], evidence)
    # A body's head noun or common word, then a model's code: the body's machine, a name of
    # its own (the Kesh Air Force CC-177 Globemaster); not its maker's name (Sukhoi Su-35).
    for k in range(1, len(run) - 1):
        if (
            (words[k] in HEAD_NOUNS or evidence.common_word(_bare(run[k])))
            and "-" in run[k + 1].text
            and _CODE.fullmatch(run[k + 1].text)
        ):
            return _pieces(run[: k + 1], evidence) + _pieces(run[k + 1 :], evidence)
    # An organisation, then a person: ... Presidential Administration Hikmet Hajiyev.
    for k in range(1, len(run) - 2):
        if (
            words[k] in HEAD_NOUNS
            and words[k + 1] != "no."  # Hospital No. 2
            # (a capitalised particle is a given name's: Nguyen Van Dung)
            and not any(
                w in HEAD_NOUNS or t.text in JOINERS or w in COMPLEMENTS
                for w, t in zip(words[k + 1 :], run[k + 1 :], strict=True)
            )
            and not all(t.known for t in run[k + 1 :])
            # ... no common word after the head noun, which goes on with the body's name (the
            # Kesh Air Force Globemaster): a person's name starts with none.
            and not (
                not run[k + 1].known
                and not _is_title(words[k + 1])
                and evidence.common_word(_bare(run[k + 1]))
            )
        ):
            return _pieces(run[: k + 1], evidence) + _pieces(run[k + 1 :], evidence)
    if all(t.known for t in run):
        return []
    # X of Y: one organisation's name when X names a thing, else two names (Elchin Ahmadov of
    # the Baku State University).
    first = next((i for i, w in enumerate(words) if i and w in COMPLEMENTS), None)
    if first is not None:
        left, right = run[:first], run[first + 1 :]
        while right and right[0].text in JOINERS:
            right = right[1:]
        # A sentence opening with a common noun: "Prices of Gazprom Azerbaijan rose"; not a
        # body's head noun (Chamber of Mines of Zambia president X).
        if (
            len(left) == 1
            and left[0].initial
            and evidence.common_word(_bare(left[0]))
            and not (words[0] in _BODY_NOUNS and words[first] == "of")
        ):
            return _pieces(right, evidence)
        # Without the English lexicon, a word alone before "of" is taken for a thing.
        single = (
            not evidence.lexicon
            and len(left) == 1
            and not left[0].known
            and not all(t.known for t in right)
        )
        # ... and when what follows "of" is common words (Crossroads of Peace).
        # A known name is no common word (Masdar of the United Arab Emirates).
        # ... not a body's name of its own, which ends in its head noun (Asel Omur of the Royal
        # United Services Institute).
        of_common = (
            bool(right)
            and all(not t.known and _bare(t) in evidence.common for t in right)
            and not _has_head(right)
        )
        # A title of a land, then a person: the People's Artist of Georgia Asel Omur; the
        # title alone is no name, a body's is (the Bank of Georgia).
        size = next((n for n in (3, 2, 1) if len(right) > n + 1 and _territory(right[:n])), 0)
        if size and _person(right[size:], evidence):
            body = run[: len(run) - len(right) + size]
            return ([body] if _has_head(body) else []) + [list(right[size:])]
        # A possessive right before "of" (Lloyd's of London): the run kept its "'s" only
        # inside a name (`name_runs._possessive_of`), so the gap before "of" is wider.
        owned = run[first].start - left[-1].end == 3
        # A person's particle inside the words before "of" makes them a person's name (Pieter
        # van Kesh of Ujar Capital), whatever words follow; not a body's named after a person
        # (the Mohammed bin Rashid School of Government).
        # ... or after a hyphen (Emre Kilic-de Wit); or a family name of two joined by one
        # (Delbert Kameroff-Lind of Anchorage).
        particle = (
            len(left) > 2
            and _bare(left[-1]).casefold() not in HEAD_NOUNS
            and any(
                (t.text in PARTICLES or (t.hyphen and t.text in _DOUBLE_NAME_PARTICLES))
                and _capitalised(left[k + 1].text)
                for k, t in enumerate(left[1:-1], start=1)
            )
        ) or _double_barrelled(left, evidence)
        if particle or _firm_of_a_place(left, right, evidence):
            return _pieces(left, evidence) + _pieces(right, evidence)
        if _org_like(left, evidence) or single or of_common or owned:
            return [run]
        return _pieces(left, evidence) + _pieces(right, evidence)
    if _has_head(run):
        return [run]
    # A name in a Romance language "de" a known land or city is one, the known name inside
    # it (Ballet Nacional de Cuba, Santiago de Cuba, Banco de España).
    of = next((k for k in range(len(run) - 1, 0, -1) if run[k].text in _ROMANCE_OF), 0)
    if (
        of
        and (all(t.known for t in run[of + 1 :]) or _territory(run[of + 1 :]))
        and not any(t.known for t in run[:of])
        and all(_capitalised(t.text) for t in run[:of])
    ):
        return [run]
    # A company or outlet named after a country: Gazprom Armenia, Sputnik Georgia.
    size = next((n for n in (3, 2, 1) if len(run) > n and _territory(run[-n:])), 0)
    if (
        size
        and not run[-size].hyphen
        and not any(t.known or words[i] in JOINERS for i, t in enumerate(run[:-size]))
    ):
        return [run]
    pieces: list[list[_Token]] = [[]]
    i = 0
    while i < len(run):
        token = run[i]
        if token.known:
            pieces.append([])
            i += 1
            continue
        # A country among other capitals (President of Ukraine Volodymyr Zelensky).
        size = next((n for n in (3, 2, 1) if i + n <= len(run) and _territory(run[i : i + n])), 0)
        if size and len(run) > size:
            pieces += [run[i : i + size], []]
            i += size
            continue
        pieces[-1].append(token)
        i += 1
    return [p for p in pieces if p]


#: Nouns that end a place's name of its own before "and" another place (not a port or a
#: park, which a body's field may be: the Port and Harbour Authority).
_OWN_PLACES = (PLACE_NOUNS - {"port", "park"}) | {"stadium", "arena", "highway", "pier",
                                                  "terminal"}  # fmt: skip
#: Places a building or a firm stands "on", and heads whose "on" is a subject, not a place.
_ON_PLACES = frozenset({"river", "lake", "sea", "bay", "coast", "island", "islands", "hill",
                        "peninsula", "gulf", "strait", "delta"})  # fmt: skip
_ABOUT = _INSTRUMENTS | {"conference", "forum", "summit", "commission", "committee", "council",
                         "dialogue", "talks", "symposium", "workshop", "seminar", "meeting",
                         "report", "study", "programme", "program", "project", "initiative",
                         "strategy", "plan", "mission", "task", "group", "panel", "board",
                         "body", "network", "partnership", "centre", "center",
                         "institute"}  # fmt: skip
#: The words of a department named by its portfolios and its land.
_DEPARTMENT_WORDS = PORTFOLIOS | {"services", "procurement", "global", "economic", "oceans",
                                  "heritage", "parks"}  # fmt: skip
#: Small words inside a family name (Brito dos Reis, Fortes da Veiga, van der Berg).
_SURNAME_PARTICLES = JOINERS - {"of", "the", "and", "for"}
_DOUBLE_BARRELLED = re.compile(
    r"[A-Z](?:[^\W\d_]|[\u0300-\u036f])+(?:['’][A-Z][^\W\d_]+)?-[A-Z][^\W\d_]+"
)  # (a combining accent in it too: Adébáyọ̀-Ness)


def _nicknamed(run: list[_Token], evidence: _Evidence) -> list[list[_Token]] | None:
    """*run* cut around a person's name with a nickname in quotes (`name_runs._nickname`),
    titles in the nickname included (Pichit "Coach Ped" Thongdee): one name, from the given
    names before it (not a title, a head noun or a portfolio) to the family names after it,
    perhaps after a particle (Ramirez Irizarry, Brito dos Reis); None without a nickname."""
    quoted = [k for k, t in enumerate(run) if t.quoted][:1]
    while quoted and quoted[-1] + 1 < len(run) and run[quoted[-1] + 1].quoted:
        quoted.append(quoted[-1] + 1)  # ... the first nickname's words; a second is another's
    if not quoted or quoted[0] == 0 or quoted[-1] + 1 >= len(run):
        return None
    given = quoted[0] - 1
    while (
        given > 0
        and quoted[0] - given < 3
        and not run[given - 1].known
        and _capitalised(run[given - 1].text)
        and not _is_title(_bare(run[given - 1]))
        and _bare(run[given - 1]).casefold() not in HEAD_NOUNS | JOINERS | PORTFOLIOS
        # ... a common word too, but for a sentence's first (Ram Bahadur "Kaila" Syangtan)
        and not (run[given - 1].initial and evidence.common_word(_bare(run[given - 1])))
    ):
        given -= 1
    end = quoted[-1] + 2
    while (
        end < len(run)
        and end - quoted[-1] < 5
        and not run[end].known
        and not _is_title(_bare(run[end]))
        and (
            (_capitalised(run[end].text) and _bare(run[end]).casefold() not in JOINERS)
            or (
                run[end].text in _SURNAME_PARTICLES
                and end + 1 < len(run)
                and _capitalised(run[end + 1].text)
                and not run[end + 1].known
            )
        )
    ):
        end += 2 if run[end].text in _SURNAME_PARTICLES else 1
    # ... the words before it no name when all are titles and portfolios (Minister of
    # Agriculture Giorgi "Gia" Natroshvili)
    before = [
        p
        for p in _pieces(run[:given], evidence)
        if not all(_is_title(_bare(t)) or _bare(t).casefold() in PORTFOLIOS | JOINERS for t in p)
    ]
    return [*before, run[given:end], *_pieces(run[end:], evidence)]


def _double_barrelled(left: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether *left* is a person's given name and a family name of two joined by a hyphen
    (Delbert Kameroff-Lind, Ranjit Patel-O'Brien, Emil Gonur-de Wit): no head noun, title or
    known name in it."""
    return (
        2 <= len(left) <= 4
        and (
            _DOUBLE_BARRELLED.fullmatch(left[-1].text) is not None
            or (len(left) > 2 and _PARTICLE_END.search(left[-2].text) is not None)
        )
        and all(
            _capitalised(t.text)
            and not t.known
            and _bare(t).casefold() not in HEAD_NOUNS
            and not _is_title(_bare(t))
            for t in left
        )
        and not evidence.common_word(_bare(left[0]))
        and not _territory(left[:1])
    )


#: A firm's last word, after which "of" and a place say where it is from.
_FIRM_HEADS = frozenset({"company", "corporation", "group", "holdings", "airlines", "airways",
                         "publishers", "motors", "industries"})  # fmt: skip


def _firm_of_a_place(left: Sequence[_Token], right: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether *left* "of" *right* is a firm and where it is from, two names: a firm "of" a
    city (Pentagon Publishers of Gaborone, Silk Way West Airlines of Baku), or "of" a land
    when the firm's own words are no English ones (Hyundai Rotem Company of South Korea; not
    the Caspian Shipping Company of Azerbaijan or the Power Construction Corporation of
    China, whose whole name it is)."""
    if len(left) < 2 or _bare(left[-1]).casefold() not in _FIRM_HEADS or not right:
        return False
    place = " ".join(_bare(t) for t in right).casefold()
    if place in cities() and not _territory(right):
        return True
    return _territory(right) and any(
        not t.known
        and not evidence.common_word(_bare(t))
        and not evidence.english(_bare(t))
        and not is_demonym(_bare(t))
        and _bare(t).casefold() not in SEAS | ADJECTIVES | HEAD_NOUNS
        for t in left[:-1]
    )


def _field_after_and(run: Sequence[_Token], k: int, evidence: _Evidence) -> int:
    """Where a title's field of English words before its title word *k* begins when an ``and``
    after a person's name opens it (Asel Omur and Territorial Administration and Infrastructure
    Minister Ujar Kesh: the field is the second minister's, not a name), else *k*."""
    field = k
    while field and (
        run[field - 1].text == "and"
        or (
            not run[field - 1].known
            and not is_demonym(_bare(run[field - 1]))
            and _common_part(_bare(run[field - 1]), evidence)
        )
    ):
        field -= 1
    while field < k and run[field].text == "and":
        field += 1
    if field == k or field < 2 or run[field - 1].text != "and":
        return k
    before = _bare(run[field - 2])
    person = _capitalised(before) and not _common_part(before, evidence)
    return field if person and not run[field - 2].known else k


def _person(words: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether *words* read as a person's given and family names: two or three capitalised
    words, none known, a head noun, a title or a common word."""
    return 2 <= len(words) <= 3 and all(
        _capitalised(t.text)
        and not t.known
        and not t.hyphen
        and _bare(t).casefold() not in HEAD_NOUNS
        and _bare(t).casefold() not in JOINERS
        and not _is_title(_bare(t))
        and not evidence.common_word(_bare(t))
        and not _territory([t])
        for t in words
    )


def _known_word(word: str, evidence: _Evidence) -> bool:
    """Whether the lexicon answers and knows *word* (a common or a proper reading): no foreign
    name (Gonur), no place of CLDR's."""
    return (
        evidence.lexicon
        and word not in evidence.foreign
        and word.isascii()  # ... which the lexicon is not asked: Lüderitz
        and not word.isupper()
        and not evidence.proper(word)
        and word.casefold() not in territories()
    )


def _common_part(word: str, evidence: _Evidence) -> bool:
    """A word that names a field, not a place or a person: Oil, Gas, Music, Science, Ethics;
    an adjective of a science that the lexicon lacks too (Hydrometeorological)."""
    key = word.casefold()
    return (
        evidence.common_word(word)
        or evidence.english(word)
        or key in _FIELD_WORDS
        or (
            key.endswith(_FIELD_ENDINGS)
            and not word.isupper()
            and word.casefold() not in cities()  # a city's name: Almaty
        )
    )


def _place_then_person(run: Sequence[_Token], text: str, evidence: _Evidence) -> int:
    """How many words of *run* are a place that a title's ``of`` governs, a person after it
    (the akim of Almaty Asel Omur, the mayor of New York Eric Adams, the Mayor of Gonur Asel
    Omur): a CLDR city or territory, then two or three words that read as a person's names;
    else 0."""
    before = text[max(run[0].start - 40, 0) : run[0].start] if run else ""
    governs = re.search(r"\b([A-Za-z]+) of \Z", before)
    # ... a capitalised title's too (the Mayor of Gonur Asel Omur).
    if governs is None or not (governs.group(1).islower() or _is_title(governs.group(1))):
        return 0
    for size in (2, 1):
        place = " ".join(_bare(t) for t in run[:size]).casefold()
        if (place in cities() or _territory(run[:size])) and _person(run[size:], evidence):
            return size
    return 0

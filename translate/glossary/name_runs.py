"""Runs of capitalised words: where a name goes on past a space, a joiner or a comma.

`_runs` joins the words of `translate.glossary.name_tokens` into runs across spaces, hyphens,
small joiners (``of``; ``on``, ``against`` or ``to`` after a head noun), a possessive, an
ampersand, a model's number, a comma list of portfolios or a university's campus. Internal to
the names finder, `translate.glossary.names`, which says what a name is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace

from translate.glossary.gazetteer import calendar_words, currency_codes
from translate.glossary.name_lists import _campus, _firm, _listed_head, _portfolio_list
from translate.glossary.name_tokens import (
    _CAMEL,
    _GLUED_INITIAL,
    _POSSESSIVE,
    _VARIANT,
    _bare,
    _capitalised,
    _hyphenated,
    _is_title,
    _patronymic,
    _speaker,
    _territory,
    _Token,
    _tokens,
    is_common_word,
)
from translate.glossary.name_words import (
    ADDRESSES,
    FOREIGN_JOINERS,
    HEAD_JOINERS,
    HEAD_NOUNS,
    JOINERS,
    LAWS,
    MAKERS,
    OPENING,
    PARTICLES,
    PLACE_NOUNS,
    SYMBOLS,
)

#: An aircraft's or a machine's model number: 737-800, 320-200neo, and a number with a
#: variant's capital letters (777F, 109E).
_MODEL = re.compile(r"\d{2,4}-\d{1,4}[A-Za-z]{0,3}|(?![\d]+[AP]M\Z)" + _VARIANT.pattern)
_YEARS = re.compile(r"\d{4}-\d{2,4}")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Legal forms that British and Irish usage writes in lower case after a company's name.
_LOWER_LEGAL_FORMS = frozenset({"plc", "ltd", "llc", "llp"})
#: What may follow a name that ends in a number: a mark, or a word that no counted noun is.
_NUMBER_ENDS = re.compile(
    r"(?:,(?!\d)|:(?!\d)|[;)!?\"”]|\.(?!\d)|\Z| (?:with|said|says|told|reported|reports|after|and|"
    r"or|on|is|was|has|had|will|would|broadcast|aired|channel)\b)"
)


def _runs(
    text: str,
    known: Sequence[tuple[int, int]],
    standalone: Set[str] = frozenset(),
    lowercase: Set[str] = frozenset(),
) -> list[list[_Token]]:
    """Runs of capitalised tokens, small joiners inside, no punctuation between; *lowercase*
    are the words the article also writes in lower case (common nouns)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    text = _hyphenated(text)
    tokens = _tokens(text, known, standalone)
    listed = 0  # tokens up to here continue a list of portfolios (Ministry of A, B and C)
    closed = -1  # where a run ends: after a university's campus or a firm's list of names
    taken = 0  # tokens up to here are in a run already (a family name after a patronymic)
    for i, token in enumerate(tokens):
        if i < taken:
            continue
        if i < listed:
            current.append(token)
            continue
        if i == closed and current:
            runs.append(current)
            current = []
        # A person's name with the father's initial glued on (Ch.Amartuvshin) is one name of
        # its own: the body or title before it is another (Institute of X Ch.Amartuvshin).
        if _GLUED_INITIAL.fullmatch(token.text) and not token.known:
            if current:
                runs.append(current)
            runs.append([token])
            current = []
            continue
        # "By" inside a sentence before a name is a byline's, never part of the name: it ends
        # the run before it (Published on 09/12/2026 By Tomasz Wierzbicki).
        if token.text == "By" and not token.initial:
            if current:
                runs.append(current)
            current = []
            continue
        gap = text[current[-1].end : token.start] if current else ""
        # A nickname in quotes inside a person's name: Carlos "Tito" Ramirez, Kyle "KJ" Bean.
        if current and (nickname := _nickname(tokens, i, text, current[-1])):
            last, family = nickname
            current += [replace(t, quoted=True) for t in tokens[i : last + 1]]
            current += tokens[last + 1 : family + 1]  # ... particles, then the family name
            taken = family + 1
            continue
        if current and gap == ", " and (listed := _portfolio_list(tokens, i, text, current)) > i:
            current.append(token)
            continue
        if current and gap == ", " and (listed := _listed_head(tokens, i, text, current)) > i:
            current.append(token)
            continue
        if current and gap == ", " and (listed := _firm(tokens, i, text, current)) > i:
            current.append(token)
            closed = listed
            continue
        if current and gap == ", " and (listed := _campus(tokens, i, text, current)) > i:
            current.append(token)
            closed = listed
            continue
        if current and gap == " " and _patronymic(token.text) and not current[-1].known:
            spaced = i + 1 < len(tokens) and text[token.end : tokens[i + 1].start] == " "
            # A patronymic word ends a person's name: Nurlan Toktosun uulu (after two words:
            # one alone before it is the father's, whose son's name follows it).
            if not (spaced and _capitalised(tokens[i + 1].text)):
                if len(current) < 2:
                    runs.append(current)
                    current = []
                    continue
                current.append(token)
                runs.append(current)
                current = []
                continue
            # ... or stands before the family name, as Azerbaijani usage writes a full name
            # (Rashad Tofig oglu Huseynov), or the given name, as Kyrgyz usage does after the
            # father's (Kairat uulu Bekzhan): one word after it, then no capital.
            if _family_name(tokens, i + 1, text):
                # ... a surname the glossary knows is this person's own here.
                current += [token, replace(tokens[i + 1], known=False)]
                taken = i + 2
                goes_on = _double_name(tokens, i + 2, text) or _PARTICLE_END.search(
                    tokens[i + 1].text
                )
                if not goes_on:  # ... Kikvadze-von Ahn, Guliyev-van Houten go on
                    runs.append(current)
                    current = []
                continue
        # A possessive inside a name (City Children's Hospital): its "s" goes on with the run.
        if (
            current
            and gap in ("'", "’")
            and token.text == "s"
            and (
                _possessive_inside(tokens, i + 1, text, current[-1], lowercase)
                or _possessive_of(tokens, i + 1, text, current[-1])
            )
        ):
            continue
        gap_ok = bool(current) and (
            gap == " "
            or (gap == "-" and not token.cut)
            # An ampersand between capitalised words is inside a name: Nature Ecology &
            # Evolution, Procter & Gamble.
            or (gap == " & " and _capitalised(current[-1].text) and _capitalised(token.text))
            or _dash_joins(tokens, i, text, gap)
            or (
                gap in ("'s ", "’s ")
                and (
                    _possessive_inside(tokens, i, text, current[-1], lowercase)
                    or _possessive_of(tokens, i, text, current[-1])
                )
            )
        )
        ends_possessive = bool(current) and _POSSESSIVE.search(current[-1].text) is not None
        if (
            _capitalised(token.text)
            and not (current and _speaker(current[-1], token, text))
            and (not current or (gap_ok and not ends_possessive))
        ):
            current.append(token)
            continue
        # A plural possessive inside a name: the Writers' Union, the Veterans' Council; not
        # after a name's head noun, which ends a body's name before what it owns (the Armed
        # Forces' Cyber Defence Command).
        if (
            current
            and gap in ("' ", "’ ")
            and current[-1].text.endswith("s")
            and not current[-1].known
            and not (len(current) > 1 and _bare(current[-1]).casefold() in _BODY_HEADS)
            # ... not a brand's (TotalEnergies' Gran Morgu project): no group of people
            and _CAMEL.search(current[-1].text) is None
            and _capitalised(token.text)
            and not _is_title(token.text)
        ):
            current.append(token)
            continue
        # A particle after a hyphen opens a second family name (Kikvadze-von Ahn,
        # Huseynov-van der Linde): the run goes on to the capitalised word after it.
        if current and (
            (_capitalised(current[-1].text) and _double_name(tokens, i, text))
            or (
                (
                    current[-1].text in _DOUBLE_NAME_PARTICLES
                    or _PARTICLE_END.search(current[-1].text)
                )
                and gap == " "
                and token.text in _SECOND_PARTICLES
                and _DOUBLE_NAME_GOES_ON.match(text, token.end) is not None
            )
        ):
            current.append(token)
            continue
        # A word that ends the name it follows: a number, a model's code, a legal form.
        if current and gap == " " and _ends_name(token, current[-1], text):
            current.append(token)
            runs.append(current)
            current = []
            continue
        # A number between two capitalised words: the Paris 2024 Olympics, Expo 2025 Osaka,
        # the Ujar 5th Criminal Court.
        if (
            current
            and gap == " "
            and (
                token.text.isdigit()
                # ... an ordinal after a word of the name, not after "The" (The 18th ...)
                or (
                    _ORDINAL.fullmatch(token.text) is not None
                    and current[-1].text.casefold() not in OPENING | JOINERS
                )
            )
            and current[-1].text.casefold() not in calendar_words()
            # ... not after a sentence's opening word but "The", unless an event follows (In
            # 2024 Ganbaatar won; The 2024 Olympics)
            and (
                current[-1].text.casefold() not in OPENING - {"the"}
                or _event_after(tokens, i + 1, text)
            )
            and i + 1 < len(tokens)
            and text[token.end : tokens[i + 1].start] == " "
            and _capitalised(tokens[i + 1].text)
            and (not is_common_word(_bare(tokens[i + 1])) or _event_after(tokens, i + 1, text))
            # ... not a country's: a score (Armenia 2 Georgia 1)
            and not _territory(tokens[i + 1 : i + 2])
        ):
            current.append(token)
            continue
        if (
            current
            and gap_ok
            and not ends_possessive
            and _joins(tokens, i, text, current[-1], _on_complement(current), _of_a_land(current))
        ):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if _capitalised(token.text) else []
    if current:
        runs.append(current)
    return runs


#: The articles a Romance nickname opens with, in lower case (José Manuel "el Chato" Pereira).
_NICKNAME_ARTICLES = frozenset({"el", "la", "il", "lo", "o", "a"})
_NICKNAME_OPENS = {' "': '" ', " “": "” ", " '": "' ", " ‘": "’ ", " «": "» "}


def _nickname(
    tokens: Sequence[_Token], i: int, text: str, previous: _Token
) -> tuple[int, int] | None:
    """The last word of a nickname in quotes from *tokens[i]* on and the family name after it:
    a given name, the nickname (one to three capitalised words, a title among them: Pichit
    "Coach Ped" Thongdee, Diego "El Ruso" Villalba), perhaps particles (Tomas "Tommy" de la
    Vega), then the family name, the two names capitalised words that are no title and no
    known name (Kyle "KJ" Bean-Trott); else None."""
    closing = _NICKNAME_OPENS.get(text[previous.end : tokens[i].start])
    if closing is None or tokens[i].text.casefold() in OPENING:
        return None
    j = i
    # ... a particle among its words (José "Zé do Farol" Caeiro), a title's dot after one
    # (Choi "Mr. Math" Byung-ho)
    while (
        j < i + 3
        and j + 1 < len(tokens)
        and text[tokens[j].end : tokens[j + 1].start] in (" ", ". ")
        and (j < i + 2 or tokens[j].text in JOINERS)
    ):
        j += 1
    family = j + 1
    if family >= len(tokens) or text[tokens[j].end : tokens[family].start] != closing:
        return None
    while (
        family + 1 < len(tokens)
        and tokens[family].text in _DOUBLE_NAME_PARTICLES | _SECOND_PARTICLES | PARTICLES
        and text[tokens[family].end : tokens[family + 1].start] == " "
    ):
        family += 1
    names = (previous, tokens[family])
    if not all(_capitalised(t.text) and not t.known and not _is_title(t.text) for t in names):
        return None
    if not all(
        (_capitalised(t.text) and not t.known)
        or (i < k < j and t.text in JOINERS)
        or (i == k < j and t.text in _NICKNAME_ARTICLES)
        for k, t in enumerate(tokens[i : j + 1], i)
    ):
        return None
    return j, family


#: Particles that open the second half of a double family name after a hyphen, and what
#: follows them there: perhaps a second particle, then a capitalised word.
_DOUBLE_NAME_PARTICLES = frozenset({"von", "van", "de", "del", "della", "di", "da", "du", "le",
                                    "la", "ter", "ten"})  # fmt: skip
_SECOND_PARTICLES = frozenset({"der", "den", "de", "la", "le", "los", "las"})
_DOUBLE_NAME_GOES_ON = re.compile(rf"(?: (?:{'|'.join(sorted(_SECOND_PARTICLES))}))? [A-Z]")
#: A word that ends in such a particle after its hyphen (Guliyev-van): a name goes on after it.
_PARTICLE_END = re.compile(rf"[A-Z]\w*-(?:{'|'.join(sorted(_DOUBLE_NAME_PARTICLES))})\Z")


def _double_name(tokens: Sequence[_Token], i: int, text: str) -> bool:
    """Whether token *i* is a particle after a hyphen that opens a second family name, a
    capitalised word after it (perhaps after a second particle): Kikvadze-von Ahn."""
    return (
        0 < i < len(tokens)
        and tokens[i].text in _DOUBLE_NAME_PARTICLES
        and text[tokens[i - 1].end : tokens[i].start] == "-"
        and _DOUBLE_NAME_GOES_ON.match(text, tokens[i].end) is not None
    )


#: The last words of an event's name that a place and a year may open (the Los Angeles 2028
#: Olympic Games, the Kesh 2030 Asian Games).
_EVENTS = frozenset({"games", "olympics", "paralympics", "championship", "championships", "cup",
                     "expo", "biennale", "universiade"})  # fmt: skip


def _event_after(tokens: Sequence[_Token], j: int, text: str) -> bool:
    """Whether the capitalised words from token *j* on, one to three of them, end in an
    event's word (`_EVENTS`): a word that is common alone opens its name (Olympic, Asian)."""
    for k in range(j, min(j + 3, len(tokens))):
        if k > j and text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
        if not _capitalised(tokens[k].text):
            return False
        if _bare(tokens[k]).casefold() in _EVENTS:
            return True
    return False


def _ends_name(token: _Token, last: _Token, text: str) -> bool:
    """Whether *token*, a space after the name's word *last*, is the name's last word:

    - the number after ``No.`` (Hospital No. 2);
    - a model's number after its maker's name (Boeing 737-800; Tu-154M is one word already),
      not a range of years (2020-2025) nor a common noun's number;
    - a company's legal form in lower case (Ujar Metals plc);
    - a number of one or two digits (France 24, Rustavi 2: outlets) with no noun after it
      that it counts (`name_proof._numbered` drops a common noun's number), and not an amount
      (GEL 80) or a year (AD 79).
    """
    word = token.text
    if last.text == "No." and re.fullmatch(r"\d+(?:-\d+)?", word):  # No. 2, No. 2-5
        return True
    if (
        _MODEL.fullmatch(word) is not None
        and not _YEARS.fullmatch(word)
        and not last.known
        and not is_common_word(_bare(last))
        and last.text.casefold() not in JOINERS
    ):
        return True
    # An aircraft maker's model number of two to four digits (Boeing 787, Embraer 190, ATR 42,
    # Fokker 50).
    if (
        last.text.casefold() in MAKERS
        and re.fullmatch(r"\d{2,4}", word)
        and _YEAR.fullmatch(word) is None
        # ... not two digits that count what follows (Boeing 20 engineers)
        and (len(word) > 2 or re.match(r" [a-z]+s\b", text[token.end :]) is None)
        and re.match(r" [A-Z]", text[token.end :]) is None  # a variant goes on: 737 MAX 8
    ):
        return True
    if word in _LOWER_LEGAL_FORMS and _capitalised(last.text) and not last.known:
        return True
    return (
        word.isdigit()
        and len(word) <= 2
        and last.text.casefold() not in calendar_words() | JOINERS
        and not is_common_word(_bare(last))
        and _POSSESSIVE.search(last.text) is None
        and last.text not in currency_codes()
        and last.text not in SYMBOLS
        and last.text not in ("AD", "BC", "BCE", "CE")
        and _NUMBER_ENDS.match(text[token.end :]) is not None
    )


def _family_name(tokens: Sequence[_Token], j: int, text: str) -> bool:
    """Whether token *j* alone is a family name after a patronymic word: capitalised, no
    title, month or land (a surname the glossary knows of another person may be it), and no
    capitalised word right after it."""
    token = tokens[j]
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        _capitalised(token.text)
        and not _territory([token])
        and not _is_title(_bare(token))
        and token.text.casefold() not in calendar_words()
        and not (
            after is not None
            and text[token.end : after.start] == " "
            and _capitalised(after.text)
            and _PARTICLE_END.search(token.text) is None  # Guliyev-van Houten
        )
    )


def _possessive_of(tokens: Sequence[_Token], i: int, text: str, owner: _Token) -> bool:
    """Whether the possessive *owner* before token *i* is inside one name with the ``of`` and
    the capitalised word after it (Lloyd's of London, a firm): English writes no ``of``
    right after a possessive but in a name."""
    return (
        i + 1 < len(tokens)
        and tokens[i].text == "of"
        and _capitalised(owner.text)
        and not owner.known
        and not tokens[i + 1].known
        and _capitalised(tokens[i + 1].text)
        and text[tokens[i].end : tokens[i + 1].start] == " "
    )


_OWNED_PLACES = frozenset(
    {"Bay", "Bazar", "Island", "Point", "Creek", "Harbour", "Harbor", "Cove", "Peak", "Landing",
     "Sound", "Vineyard", "Town", "Hill", "Dockyard", "Parish", "Wharf", "Corner", "Pass",
     "Road"}
)  # fmt: skip


#: Groups of people whose possessive a name holds (Women's Championship, People's Party).
_GROUPS = frozenset(
    {"women", "men", "children", "people", "workers", "veterans", "mothers", "girls", "boys",
     "students", "writers", "journalists", "farmers", "teachers", "fishermen", "miners",
     "doctors", "nurses", "pensioners", "lawyers", "artists", "traders", "drivers",
     "schoolchildren", "pioneers"}
)  # fmt: skip
#: The head nouns that end a body's name, whose possessive is that body's (the Assembly's Lands
#: Committee, the Armed Forces' Cyber Defence Command), not a group's (the Lawyers' Committee).
_BODY_HEADS = HEAD_NOUNS - _GROUPS


def _possessive_inside(
    tokens: Sequence[_Token], i: int, text: str, owner: _Token, lowercase: Set[str]
) -> bool:
    """Whether the possessive *owner* before token *i* is inside one name (City Children's
    Hospital, Prosecutor-General's Office): a common noun or a title, not a known name, or a
    saint's name (St. Catherine's Cathedral), and the capitalised words after it end in a head
    noun."""
    word = _bare(owner)
    saint = re.search(r"\b(?:St\.?|Saint) \Z", text[: owner.start]) is not None
    if i >= len(tokens) or (owner.known and not _is_title(word)):  # the Ombudsman's Office
        return False
    # A place named after its owner: a bay, a market town, an island (Hawke's Bay, Cox's
    # Bazar, Martha's Vineyard), that word last or a body's name of that place after it
    # (Hawke's Bay Rugby Union).
    if tokens[i].text in _OWNED_PLACES and _capitalised(word):
        j = i
        while (
            j + 1 < len(tokens)
            and text[tokens[j].end : tokens[j + 1].start] == " "
            and _capitalised(tokens[j + 1].text)
        ):
            j += 1
        if j == i or _bare(tokens[j]).casefold() in HEAD_NOUNS:
            return True
    # A group's possessive before capitalised words is a name's (Women's Grand Swiss,
    # Children's National Medical Center).
    if word.casefold() in _GROUPS and not owner.initial and _capitalised(tokens[i].text):
        return True
    # A body's possessive is that body's, whose own body follows: the Assembly's Lands
    # Committee, the Court's Appeals Chamber.
    if word.casefold() in _BODY_HEADS:
        return False
    if not (saint or word.casefold() in lowercase or _is_title(word)):
        return False
    j = i
    while (
        j + 1 < len(tokens)
        and _capitalised(tokens[j + 1].text)
        and tokens[j + 1].text != "No."
        and text[tokens[j].end : tokens[j + 1].start] == " "
    ):
        j += 1
    if saint:  # ... a saint's, before a head noun and the place it is in (Hospital Sydney)
        return _capitalised(tokens[i].text) and any(
            _bare(t).casefold() in HEAD_NOUNS for t in tokens[i : j + 1]
        )
    return _capitalised(tokens[i].text) and _bare(tokens[j]).casefold() in HEAD_NOUNS


def _dash_joins(tokens: Sequence[_Token], i: int, text: str, gap: str) -> bool:
    """Whether a spaced dash before token *i* is inside one name (Unity - National Movement):
    the capitalised words after it end in a head noun, and the word before it is no line in
    capitals (a dateline: BISHKEK - ...)."""
    if gap not in (" - ", " – ") or not i or tokens[i - 1].text.isupper():
        return False
    if tokens[i].initial:  # a sentence after a dateline: St Lucia – The Ministry ...
        return False
    j = i
    while (
        j + 1 < len(tokens)
        and _capitalised(tokens[j + 1].text)
        and text[tokens[j].end : tokens[j + 1].start] == " "
    ):
        j += 1
    last = tokens[j].text
    return _capitalised(tokens[i].text) and last.casefold() in HEAD_NOUNS


def _on_complement(run: Sequence[_Token]) -> bool:
    """Whether *run* is a head noun's complement after ``on`` (the Agreement on the Use of
    ...), in which a later ``on the`` goes on (... on the Chu and Talas Rivers)."""
    # ... after a sentence's opening word too (A Law on ...).
    first = 1 if run and run[0].initial and run[0].text.casefold() in OPENING else 0
    return (
        len(run) > first + 2
        and _bare(run[first]).casefold() in HEAD_NOUNS
        and run[first + 1].text == "on"
    )


def _of_a_land(run: Sequence[_Token]) -> bool:
    """Whether *run* is an act of a state, ``of`` and the state's name (the Law of Gonur, the
    Law of the Republic of Kesh), so that ``on`` and its subject go on (... on Subsoil)."""
    first = 0  # ... after a sentence's opening words (Under the Law of ...)
    while first < len(run) and (
        (run[first].initial and run[first].text.casefold() in OPENING)
        or run[first].text.casefold() == "the"
    ):
        first += 1
    # (an act of a state: `LAWS`, which a land's name after "of" may precede the subject
    # after "on")
    if len(run) < first + 3 or _bare(run[first]).casefold() not in LAWS:
        return False
    if run[first + 1].text != "of":
        return False
    land = list(run[first + 2 :])
    if land and land[0].text == "the":
        land = land[1:]
    states = ("republic", "federation", "kingdom", "emirates", "states")
    return bool(land) and (
        _territory(land)
        or all(t.known for t in land)
        or any(_bare(t).casefold() in states for t in land)
    )


#: Head nouns of a place's own: "for" and "to" after one say what it is for or where a route
#: goes (the Fergana Valley for the MIA Park), no complement of its name.
_GEOGRAPHY = PLACE_NOUNS | {"province", "region", "oblast", "county", "governorate"}
#: ... and of buildings: "on" or "to" after one is where it stands or what happens there
#: (Istanbul Airport on Turkish Airlines' flights), never a complement as after a treaty's.
_PLACES = _GEOGRAPHY | ADDRESSES | {
    "stadium", "arena", "hall", "palace", "cathedral", "church", "mosque", "monastery", "museum",
    "library", "hospital", "theatre", "theater", "terminal", "plant", "factory", "reservoir",
    "canal", "hotel", "base",
}  # fmt: skip


def _joins(
    tokens: Sequence[_Token],
    i: int,
    text: str,
    previous: _Token,
    inside: bool = False,
    law: bool = False,
) -> bool:
    """Whether joiners from *i* on (``of``, ``of the``) lead, spaced, to a capitalised word;
    ``on``, ``against`` or ``to`` after a head noun, or ``on the`` *inside* a complement after
    ``on``, and there ``in`` or ``from`` before words that are no place (the Law on Legal
    Assistance in Criminal Matters: `translate.glossary.name_pieces` cuts it again where they
    are no common words); ``on`` after a *law* of a land (the Law of Gonur on Subsoil)."""
    j = i
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    spaced = following is not None and text[tokens[i].end : following.start] == " "
    if tokens[i].text in ("for", "to") and _bare(previous).casefold() in _GEOGRAPHY:
        return False
    if tokens[i].text in ("in", "from", "against", "to") and (
        not spaced
        or following is None
        or following.known
        or _territory([following])
        or following.text.casefold() in calendar_words()
        or _is_title(following.text)
    ):
        # ... never before a known name or a land: the Court against Russia, ... in Armenia.
        return False
    if tokens[i].text in ("in", "from"):
        return inside and following is not None and _capitalised(following.text)
    if tokens[i].text == "to":
        # A head noun, "to" and a verb: the Committee to Protect Journalists
        # (`translate.glossary.name_pieces` cuts it again where no English word follows).
        return (
            _bare(previous).casefold() in HEAD_NOUNS
            and _bare(previous).casefold() not in _PLACES  # Airport to Van Airport: a route
            and following is not None
            and following.text[:1].isupper()
            and following.text.isalpha()
            and not following.text.isupper()
        )
    if tokens[i].text in HEAD_JOINERS and (
        (_bare(previous).casefold() in HEAD_NOUNS and _bare(previous).casefold() not in _PLACES)
        or (inside and i + 1 < len(tokens) and tokens[i + 1].text == "the")
        or (law and tokens[i].text == "on")
    ):
        j += 1
        if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != " ":
            return False
        if tokens[j].text.casefold() in calendar_words():  # the Church on Monday
            return False
    while j < len(tokens) and tokens[j].text in JOINERS:
        if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start] != " ":
            return False
        j += 1
    if j > i and j + 1 < len(tokens) and tokens[j - 1].text in FOREIGN_JOINERS:
        # ... a number after another language's small word, before a capital: Festival des
        # 3 Continents (an English "of" before a number ends a name: Article 5 of 2020).
        after = tokens[j + 1]
        if tokens[j].text.isdigit() and text[tokens[j].end : after.start] == " ":
            return _capitalised(after.text)
    # ... never to a day or a month: via Kesh for Tuesday.
    return (
        j > i
        and j < len(tokens)
        and _capitalised(tokens[j].text)
        and tokens[j].text.casefold() not in calendar_words()
    )

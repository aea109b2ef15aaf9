"""The words of a sentence and its runs of capitalised words.

`_tokens` cuts a sentence into words (a domain, a slash acronym, ``St.``, a hyphenated
compound cut where its parts are names); `_runs` joins capitalised words into runs across
spaces, hyphens, small joiners, a possessive or a comma list inside a name. Internal to the
names finder, `translate.glossary.names`, which says what a name is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from translate.glossary.gazetteer import calendar_words, is_demonym, territories
from translate.glossary.name_words import (
    COMMON,
    HEAD_JOINERS,
    HEAD_NOUNS,
    JOINERS,
    NOUN_SUFFIXES,
    OPENING,
    PATRONYMICS,
    PORTFOLIOS,
    PREFIXES,
    TITLES,
)

_WORD = re.compile(
    # a site (NEWS.am, 24.kg, iTicket.uz)
    r"(?:[A-Z]|\d+[A-Za-z]*|[a-z]{1,2}[A-Z])[A-Za-z0-9]*\.[a-z]{2,4}(?!\w)"
    r"|(?:[A-Z]{2,}/)+[A-Z]{2,}(?![\w/])"  # a slash acronym (RFE/RL)
    r"|(?:St|Mt|Ft)\.(?= [A-Z])|No\.(?= \d)"  # inside a name: St. Petersburg, Hospital No. 2
    r"|(?<= )['’]t(?= [A-Z])"  # a Dutch particle inside a name: Noël van 't End
    r"|(?:[A-Z]\.){2,}"
    r"|(?<![\w.])[A-Z]\.(?= [A-Z])"  # an initial before a name: V. N. Karazin
    r"|[^\W_](?:[\w]|[-‐‑](?=[^\W_])|['’](?=[^\W\d_]{2}))*"
)
_POSSESSIVE = re.compile(r"['’]s?$")
#: What follows a compound of two or more places that names a link between them.
_ROUTE = re.compile(
    r" (?:railway|railroad|rail|road|highway|motorway|line|pipeline|gas pipeline|oil pipeline|"
    r"route|corridor|border|crossing|checkpoint|section|link|bridge|ferry|flights?|"
    r"interconnector|power line|transmission line|canal|tunnel)\b"
)
#: A capital after a lower-case letter inside a word, or capitals before lower-case letters:
#: a brand (RusHydro, PetroKazakhstan, AKIpress).
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")
#: The ending of an adjective made of a name (Shusha-born, Almaty-based).
_MADE_ADJECTIVE = re.compile(
    r"-(?:based|born|led|backed|funded|owned|made|registered|headquartered|sponsored|brokered|"
    r"controlled|run|supported|bound|bred|raised|linked|affiliated)\b"
)
#: The shape of a hyphenated given name whose second syllable is in lower case (Heung-min),
#: not a name made an adjective (Kyiv-based, Soviet-era).
_GIVEN_NAME = re.compile(
    r"[A-Z][a-z]{1,5}-(?!(?:era|style|type|like|wide|free|made|old|year|long|day|week|time|"
    r"level|scale|size|rich|poor|born|based|led|run|backed|bound|held|owned|made|only|"
    r"linked|bred|ruled|type|area|zone|side|wing|bloc)\Z)[a-z]{2,5}"
)
_ARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z][^\W\d_]+")
#: A brand with a capital after a lower-case start: iPhone, eBay.
_LOWER_BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-z][^\W_]*(?:\.[a-z]{2,4})?")
#: An aircraft's or a machine's model number: 737-800, 320-200neo.
_MODEL = re.compile(r"\d{2,4}-\d{1,4}[A-Za-z]{0,3}")
#: A model's code of letters and digits (A320neo, C919, Su-35, LEAP-1C), perhaps plural.
_CODE = re.compile(r"[A-Z][A-Za-z]{0,4}-?\d+[A-Za-z]{0,3}")
_YEARS = re.compile(r"\d{4}-\d{2,4}")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_DIGIT_DOMAIN = re.compile(r"\d+[A-Za-z]*[A-Za-z0-9]*\.[a-z]{2,4}")
#: The end of a dateline: the text after it opens a sentence (MOSCOW, May 3 (Interfax) - ...).
_DATELINE = re.compile(r"(?:\)|\b[A-Z]{3,}\.?) [-–—]\Z")
#: ... at the start of a paragraph, a place in capitals first, short.
_DATELINE_START = re.compile(r"[A-Z]{3,}\b.{0,50}\Z", re.DOTALL)
#: ... or a place and its country in title case, then a dash (Gonur, Armenia – ...).
_PLACE_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} [–—]"
)
_QUOTES_CLOSING = "\"”’»'"
_OPENERS = "\"'“‘«([—–-:;"


def is_common_word(word: str) -> bool:
    """Whether *word* alone is no name: a month, weekday, language, demonym or common word."""
    key = word.casefold()
    return key in COMMON or key in OPENING or key in calendar_words() or is_demonym(word)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    known: bool
    initial: bool  # first word of the sentence, or right after an opening quote
    cut: bool = False  # a name of its own after a hyphen (the Gazakh of Aghstafa-Gazakh)
    hyphen: bool = False  # written after a hyphen, not a space


def _tokens(
    text: str, known: Sequence[tuple[int, int]], standalone: Set[str] = frozenset()
) -> list[_Token]:
    """The words of *text*. A compound of names is cut into them where one is known
    (Aghstafa-Gazakh) or the article writes each alone (Gazakh-Ijevan road)."""
    tokens = []
    for index, match in enumerate(_WORD.finditer(text)):
        before = text[: match.start()].rstrip()
        initial = (
            index == 0
            or (bool(before) and before[-1] in _OPENERS and _quote_opens(before))
            or (_DATELINE.search(before) is not None and _DATELINE_START.match(before) is not None)
            or _PLACE_DATELINE.fullmatch(before) is not None
        )
        start, end = match.span()
        core = end - 1 if match.group().endswith(".") else end  # U.S. is known as U.S
        if any(s <= start and core <= e for s, e in known):
            tokens.append(_Token(match.group(), start, end, True, initial))
        elif (
            (size := _adjective_stem(match.group()))
            and not any(start <= s < e <= end for s, e in known)
            and not _given_name(match.group(), text[:start], text[end:])
        ):
            # A name made an adjective (Almaty-based, Kremlin-funded): the name, then the rest.
            tokens.append(_Token(match.group()[:size], start, start + size, False, initial))
            tokens.append(_Token(match.group()[size + 1 :], start + size + 1, end, False, False))
        elif (
            "-" in match.group()
            and not _named_with_a_place(match.group(), start, known, standalone, text[end:])
            and (
                any(
                    start <= s and e <= end and not _adjective_part(text[s:e], match.group())
                    for s, e in known
                )
                or (cut := _names_compound(match.group(), standalone, text[end:]))
            )
        ):
            # A compound of names, one of them known or each written alone: its parts apart.
            cut = _names_compound(match.group(), standalone, text[end:])
            for part in re.finditer(r"[^-]+", match.group()):
                s, e = start + part.start(), start + part.end()
                inside = any(ks <= s and e <= ke for ks, ke in known)
                token = _Token(part.group(), s, e, inside, initial and s == start, cut, s > start)
                tokens.append(token)
        else:
            tokens.append(_Token(match.group(), start, end, False, initial))
    return tokens


def _named_with_a_place(
    word: str, start: int, known: Sequence[tuple[int, int]], standalone: Set[str], after: str
) -> bool:
    """Whether the hyphenated *word* is one name ending in a known place (the group
    Gonur-Bishkek): its first part unknown and never written alone, and no noun after it that
    the compound describes (the Gonur-Bishkek road joins two places)."""
    first, _, second = word.partition("-")
    return (
        bool(second)
        and "-" not in second
        and first[:1].isupper()
        and first not in standalone
        and not any(s <= start < e for s, e in known)
        and (second in standalone or any(s == start + len(first) + 1 for s, _ in known))
        and re.match(r"(?:[,.;:)!?\"”]|\Z)", after) is not None
    )


def _adjective_part(part: str, word: str) -> bool:
    """Whether the known *part* of the compound *word* is an adjective inside a longer name
    (the Azeri of Azeri-Chirag-Deepwater), not one of the names it joins (Russia-Ukraine)."""
    return is_demonym(part) and not is_demonym(word)


def _names_compound(word: str, standalone: Set[str], after: str) -> bool:
    """Whether the hyphenated *word* joins names (Aghstafa-Gazakh section), not a name in two
    parts (Nagorno-Karabakh, Trans-Caspian): a part the article writes alone or a route noun
    after it (the Dostyk-Moiynty line), no combining form, and no capitalised word after it
    (the Caspian-Black Sea-Europe Green Energy Corridor)."""
    parts = word.split("-")
    return (
        not re.match(r"[ -][A-Z]", after)
        and (any(p in standalone for p in parts) or _ROUTE.match(after) is not None)
        and all(p[:1].isupper() and len(p) > 3 and not p.endswith("o") for p in parts)
        and not any(p.casefold() in PREFIXES for p in parts)
    )


def _adjective_stem(word: str) -> int:
    """The length of the name in a hyphenated adjective made of it (``Almaty`` in
    ``Almaty-based``, ``Nagorno-Karabakh`` in ``Nagorno-Karabakh-born``), else 0; a capital
    after the lower-case part makes one name of it (Commander-in-Chief)."""
    parts = word.split("-")
    first = next((i for i, p in enumerate(parts) if not p[:1].isupper()), 0)
    if not first or not all(p[:1].islower() for p in parts[first:]):
        return 0
    return len("-".join(parts[:first]))


def _quote_opens(before: str) -> bool:
    # A colon or an opening quote starts a new sentence-like clause; a closing one does not.
    return before[-1] in "“‘«([:;" or before.count('"') % 2 == 1


def _capitalised(word: str) -> bool:
    """A capital first, a site's domain that starts with a digit (24.kg), an Arabic article
    before a capital (al-Dhaheri, el-Sisi), or a brand's capital after one or two lower-case
    letters (eBay)."""
    return (
        word[:1].isupper()
        or (word[:1].isdigit() and _DIGIT_DOMAIN.fullmatch(word) is not None)
        or _ARTICLE_NAME.fullmatch(word) is not None
        or _LOWER_BRAND.fullmatch(word) is not None
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
    tokens = _tokens(text, known, standalone)
    listed = 0  # tokens up to here continue a list of portfolios (Ministry of A, B and C)
    campus = -1  # where a university's campus ends its name
    for i, token in enumerate(tokens):
        if i < listed:
            current.append(token)
            continue
        if i == campus and current:
            runs.append(current)
            current = []
        gap = text[current[-1].end : token.start] if current else ""
        if current and gap == ", " and (listed := _portfolio_list(tokens, i, text, current)) > i:
            current.append(token)
            continue
        if current and gap == ", " and (listed := _listed_head(tokens, i, text, current)) > i:
            current.append(token)
            continue
        if current and gap == ", " and (listed := _campus(tokens, i, text, current)) > i:
            current.append(token)
            campus = listed
            continue
        # A patronymic word ends a person's name: Nurlan Toktosun uulu.
        if (
            len(current) > 1
            and gap == " "
            and _patronymic(token.text)
            and not current[-1].known
            and not (
                i + 1 < len(tokens)
                and _capitalised(tokens[i + 1].text)
                and text[token.end : tokens[i + 1].start] == " "
            )
        ):
            current.append(token)
            runs.append(current)
            current = []
            continue
        # Hospital No. 2: the number is the name's last word.
        if current and gap == " " and current[-1].text == "No." and token.text.isdigit():
            current.append(token)
            runs.append(current)
            current = []
            continue
        # A possessive inside a name (City Children's Hospital): its "s" goes on with the run.
        if (
            current
            and gap in ("'", "’")
            and token.text == "s"
            and _possessive_inside(tokens, i + 1, text, current[-1], lowercase)
        ):
            continue
        gap_ok = bool(current) and (
            gap == " "
            or (gap == "-" and not token.cut)
            # An ampersand between capitalised words is inside a name: Nature Ecology &
            # Evolution, Procter & Gamble.
            or (gap == " & " and _capitalised(current[-1].text))
            or _dash_joins(tokens, i, text, gap)
            or (
                gap in ("'s ", "’s ")
                and _possessive_inside(tokens, i, text, current[-1], lowercase)
            )
        )
        ends_possessive = bool(current) and _POSSESSIVE.search(current[-1].text) is not None
        if _capitalised(token.text) and (not current or (gap_ok and not ends_possessive)):
            current.append(token)
            continue
        # A plural possessive inside a name: the Writers' Union, the Veterans' Council.
        if (
            current
            and gap in ("' ", "’ ")
            and current[-1].text.endswith("s")
            and not current[-1].known
            and _capitalised(token.text)
            and not _is_title(token.text)
        ):
            current.append(token)
            continue
        # A model's number after its maker's name ends the name: Boeing 737-800, Tu-154M is
        # one word already; not a range of years (2020-2025) nor a common noun's number.
        if (
            current
            and gap == " "
            and _MODEL.fullmatch(token.text) is not None
            and not _YEARS.fullmatch(token.text)
            and not current[-1].known
            and not is_common_word(_bare(current[-1]))
            and current[-1].text.casefold() not in JOINERS
        ):
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
            and i + 1 < len(tokens)
            and text[token.end : tokens[i + 1].start] == " "
            and _capitalised(tokens[i + 1].text)
            and not is_common_word(_bare(tokens[i + 1]))
        ):
            current.append(token)
            continue
        if (
            current
            and gap_ok
            and not ends_possessive
            and _joins(tokens, i, text, current[-1], _on_complement(current))
        ):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if _capitalised(token.text) else []
    if current:
        runs.append(current)
    return runs


def _possessive_inside(
    tokens: Sequence[_Token], i: int, text: str, owner: _Token, lowercase: Set[str]
) -> bool:
    """Whether the possessive *owner* before token *i* is inside one name (City Children's
    Hospital, Prosecutor-General's Office): a common noun or a title, not a known name, or a
    saint's name (St. Catherine's Cathedral), and the capitalised words after it end in a head
    noun."""
    word = _bare(owner)
    saint = re.search(r"\b(?:St\.|Saint) \Z", text[: owner.start]) is not None
    if i >= len(tokens) or owner.known:
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
    return _capitalised(tokens[i].text) and _bare(tokens[j]).casefold() in HEAD_NOUNS


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
    return end


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
            if _bare(tokens[k]).casefold() in HEAD_NOUNS:
                return k + 1
            k += 1
        return i
    return i


def _dash_joins(tokens: Sequence[_Token], i: int, text: str, gap: str) -> bool:
    """Whether a spaced dash before token *i* is inside one name (Unity - National Movement):
    the capitalised words after it end in a head noun, and the word before it is no line in
    capitals (a dateline: BISHKEK - ...)."""
    if gap not in (" - ", " – ") or not i or tokens[i - 1].text.isupper():
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


def _portfolio(token: _Token) -> bool:
    word = _bare(token)
    return _capitalised(word) and not token.known and word.casefold() in PORTFOLIOS


def _portfolio_list(tokens: Sequence[_Token], i: int, text: str, run: Sequence[_Token]) -> int:
    """Where a list of portfolios from *i* on ends (``Science, Culture and Sports``) when *run*
    names an office after them (``Ministry of Education``), else *i*: the commas and ``and``
    are then inside one name."""
    words = [_bare(t).casefold() for t in run]
    of = next((k for k, w in enumerate(words) if k and w in ("of", "for")), None)
    if of is None or words[of - 1] not in HEAD_NOUNS:
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
        and (key in PORTFOLIOS or (key.endswith(NOUN_SUFFIXES) and not second.text.isupper()))
    )


def _on_complement(run: Sequence[_Token]) -> bool:
    """Whether *run* is a head noun's complement after ``on`` (the Agreement on the Use of
    ...), in which a later ``on the`` goes on (... on the Chu and Talas Rivers)."""
    return len(run) > 2 and _bare(run[0]).casefold() in HEAD_NOUNS and run[1].text == "on"


def _joins(
    tokens: Sequence[_Token], i: int, text: str, previous: _Token, inside: bool = False
) -> bool:
    """Whether joiners from *i* on (``of``, ``of the``) lead, spaced, to a capitalised word;
    ``on`` or ``against`` after a head noun, or ``on the`` *inside* a complement after ``on``,
    and there ``in`` before words that are no place (the Law on Legal Assistance in Criminal
    Matters: `translate.glossary.name_pieces` cuts it again where they are no common words)."""
    j = i
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    spaced = following is not None and text[tokens[i].end : following.start] == " "
    if tokens[i].text in ("in", "against") and (
        not spaced
        or following is None
        or following.known
        or _territory([following])
        or following.text.casefold() in calendar_words()
    ):
        # ... never before a known name or a land: the Court against Russia, ... in Armenia.
        return False
    if tokens[i].text == "in":
        return inside and following is not None and _capitalised(following.text)
    if tokens[i].text in HEAD_JOINERS and (
        _bare(previous).casefold() in HEAD_NOUNS
        or (inside and i + 1 < len(tokens) and tokens[i + 1].text == "the")
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
    return j > i and j < len(tokens) and _capitalised(tokens[j].text)


def _bare(token: _Token) -> str:
    """*token*'s word without a possessive, and a model's code without its plural (C919s)."""
    word = _POSSESSIVE.sub("", token.text)
    return word[:-1] if _CODE.fullmatch(word) and word.endswith("s") else word


def _is_title(word: str) -> bool:
    """A title or role, hyphenated ones included (Vice-President, Commander-in-Chief)."""
    parts = [p.removesuffix("s") if p not in TITLES else p for p in word.casefold().split("-")]
    return all(p in TITLES or p in JOINERS or p == "in" for p in parts) and any(
        p in TITLES for p in parts
    )


def _patronymic(word: str) -> bool:
    """A Turkic patronymic word, alone or before a second family name (Aziz Bekmurat
    uulu-Lehmann)."""
    first, _, rest = word.partition("-")
    return first in PATRONYMICS and (not rest or (rest[:1].isupper() and "-" not in rest))


def _lower_part(word: str) -> bool:
    """A compound with a lower-case part is an adjective (Armenia-backed), not a name; a
    hyphenated given name (Heung-min) is no compound of that kind."""
    parts = word.split("-")
    # Short small words between two capitalised parts are inside a place's name
    # (Rostov-on-Don, Stratford-upon-Avon, Frankfurt-am-Main).
    inner = (
        len(parts) > 2
        and _capitalised(parts[0])
        and _capitalised(parts[-1])
        and all(p.isalpha() and len(p) <= 4 for p in parts[1:-1])
    )
    return (
        len(parts) > 1
        and not inner
        and not _patronymic(word)
        and any(p[:1].islower() and p not in JOINERS for p in parts)
        and not _GIVEN_NAME.fullmatch(word)
    )


def _given_name(word: str, before: str, after: str) -> bool:
    """Whether *word* is a hyphenated given name (Son Heung-min, Kim Jong-un, Ban Ki-moon,
    Jae-in Moon): two short syllables, the second in lower case and no adjective's ending, next
    to a capitalised word (the family name) before or after it."""
    return _GIVEN_NAME.fullmatch(word) is not None and (
        re.search(r"(?<![\w-])[A-Z][a-z]{1,6} \Z", before) is not None
        or re.match(r" [A-Z][a-z]", after) is not None
    )


def _territory(run: Sequence[_Token]) -> bool:
    return " ".join(_bare(t) for t in run).casefold() in territories()

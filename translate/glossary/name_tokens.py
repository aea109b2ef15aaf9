"""The words of a sentence and what each word is alone.

`_tokens` cuts a sentence into words (a domain, a slash acronym, ``St.``, a hyphenated
compound cut where its parts are names, kept whole where it names one organisation); the
small predicates here say what a word is (capitalised, a title, a patronymic, a territory).
`translate.glossary.name_runs` joins the words into runs. Internal to the names finder,
`translate.glossary.names`, which says what a name is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from translate.glossary.gazetteer import calendar_words, cities, is_demonym, territories
from translate.glossary.name_words import (
    ADDRESSES,
    COMMON,
    COMPLEMENTS,
    HEAD_NOUNS,
    JOINERS,
    OPENING,
    PATRONYMICS,
    PORTFOLIOS,
    PREFIXES,
    TITLES,
)

#: The capitals of the Latin letters beyond ASCII (Ö, Ş, Ł), which a name may open after an
#: initial: Hüsnü M. Özyeğin.
_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_WORD = re.compile(
    # a site (NEWS.am, 24.kg, iTicket.uz)
    r"(?:[A-Z]|\d+[A-Za-z]*|[a-z]{1,2}[A-Z])[A-Za-z0-9]*\.[a-z]{2,4}(?!\w)"
    # ... or one in lower case, its last part a country's or a generic domain (meteo.gr,
    # arogi.gov.gr): not an abbreviation's periods (e.g., a.m.)
    # (not inside a web address: https://gonur.kg/news)
    r"|(?<![\w.@/])[a-z][a-z0-9-]{2,}(?:\.[a-z][a-z0-9-]+)*"
    r"\.(?:[a-z]{2}|com|org|net|gov|edu|int|info)(?![\w/]|\.\w)"
    # ... or a person's name with the initial of the father's name glued on, as Mongolian
    # usage writes it (Ch.Amartuvshin, D.Gansukh); not a title's abbreviation (Dr.Smith)
    r"|(?<![\w.])(?!(?:Dr|Mr|Ms|Mt|St|Ste|Ft|No|Jr|Sr|Co|Vs)\.)[A-Z][a-z]?\."
    r"(?!(?:The|Then|This|That|They|There|He|She|It|In|On|At|As|But|And|We|An?)\b)"
    r"[A-Z][a-z]{2,}(?:-(?:O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?)?(?![\w'’]|\.\w)"
    # ... or a name written with a dot before a capital (Gonur.Media), not a sentence's end
    r"|(?<![\w.])[A-Z][a-z]+\.(?!(?:The|Then|This|That|They|There|He|She|It|In|On|At|As|But|And|"
    r"We|An?)\b)[A-Z][a-z]{1,5}(?![\w.])"
    r"|(?<![\w+])[A-Z][A-Za-z0-9]{2,}\+(?![\w+])"  # a plus after a brand (Railjet+)
    r"|(?:[A-Z]{2,}/)+[A-Z]{2,}(?![\w/])"  # a slash acronym (RFE/RL)
    r"|(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])"  # an ampersand acronym (AT&T, P&O)
    r"|(?:St|Ste|Mt|Ft)\.(?= [A-Z])|No\.(?= \d)"  # inside a name: St. Petersburg, Hospital No. 2
    r"|(?:ST|MT|FT)\.(?= [A-Z]{2})"  # ... and in a date line in capitals: ST. PETERSBURG
    r"|(?<![\w.])(?:Md|Mohd|Muhd|Ma|Sk)\.(?= [A-Z])"  # ... a given name's: Md. Ebne, Sk. Rafiq
    # ... a title's abbreviation whose word is a family name or a word too (Sen. Asel Omur, not
    # Amartya Sen; Coun. Asel Omur; an engineer's Ing. Asel Omur)
    r"|(?<![\w.])(?:Sen|Coun|Ing)\.(?= [A-Z])"
    r"|(?<![\w.])(?:Jr|Sr)\.(?![\w.])"  # ... or ending one: Rommel Ganzon Jr.
    r"|(?<= )['’]t(?= [A-Z])"  # a Dutch particle inside a name: Noël van 't End
    r"|(?<![\w'’‘])o['’‘]g['’‘]li(?![\w'’‘])"  # an Uzbek patronymic word: Akmal o'g'li
    r"|(?<![\w/])a/[lp](?![\w/])"  # a Malaysian Indian one: Rajesh a/l Kumar, Devi a/p Raju
    r"|(?:[A-Z]\.){2,}"
    # an initial before a name, of two letters too: V. N. Karazin, Gaioz Sh. Lomtadze
    # ... the initial's letter outside ASCII too: Selin Ç. Erdoğdu-Kaya
    r"|(?<![\w.])(?:[A-Z" + _CAPITALS + r"]|Sh|Ch|Kh|Zh|Ts|Dz|Gh)\.(?= [A-Z" + _CAPITALS + "]"
    # ... or a particle of a family name after it: Rizal M. dela Peña
    r"| (?:dela|delos|de|del|da|van|von|bin|binti|al|el) [A-Z" + _CAPITALS + "])"
    # ... a word, its hyphens and apostrophes inside, and a version's decimal after a hyphen
    # and a digit (Soyuz-2.1b)
    # ... its apostrophes before a letter and a hyphen too, and a hyphen before an apostrophe
    # (Ofai'a-Ramo, Vaipulu-'Ahio: Pacific names with a glottal stop)
    # ... and one letter after an apostrophe at its end, but for a possessive's s (Vava'u)
    # (a combining accent inside it too, as Yoruba writes its tones: Adébáyọ̀)
    r"|[^\W_](?:[\w\u0300-\u036f]|[-‐‑](?=[^\W_]|['’][A-Z])|['’](?=[^\W\d_]{2}|[^\W\d_][-‐‑][^\W_])"
    r"|['’](?=[aeiouAEIOU](?![\w'’-]))"
    r"|(?<=[-‐‑]\d)\.(?=\d))*"
)
_POSSESSIVE = re.compile(r"['’]s?$")
#: A person's name with the father's initial glued on (Ch.Amartuvshin): a name by itself.
_GLUED_INITIAL = re.compile(
    r"[A-Z][a-z]?\.[A-Z][a-z]{2,}(?:-(?:O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?)?"
)
#: What follows a compound of two or more places that names a link between them, perhaps
#: after one word in lower case that says what it carries (a freight line, a bus route).
_ROUTE = re.compile(
    r" (?:[a-z]+ )?(?:railway|railroad|rail|road|highway|motorway|line|pipeline|gas pipeline|"
    r"oil pipeline|route|corridor|border|crossing|checkpoint|section|link|bridge|ferry|flights?|"
    r"interconnector|power line|transmission line|canal|tunnel)s?\b"  # the Ujar-Gonur routes
)
#: Another compound of places and a route noun after "and": the route noun is this one's too
#: (the Kyiv-Chelm and Lviv-Przemysl routes).
_AND_ROUTE = re.compile(r" (?:and|or) [A-Z][^\W\d_]*(?:[-–][A-Z][^\W\d_]*)+" + _ROUTE.pattern)
#: A capital after a lower-case letter inside a word, or capitals before lower-case letters:
#: a brand (RusHydro, PetroKazakhstan, AKIpress).
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")
#: The ending of an adjective made of a name (Shusha-born, Almaty-based).
_MADE_ADJECTIVE = re.compile(
    r"-(?:based|born|led|backed|funded|owned|made|registered|headquartered|sponsored|brokered|"
    r"controlled|run|supported|bound|bred|raised|linked|affiliated|built|designed|produced|"
    r"manufactured|trained|educated)\b"
)
#: The shape of a hyphenated given name whose second syllable is in lower case (Heung-min),
#: not a name made an adjective (Kyiv-based, Soviet-era).
_GIVEN_NAME = re.compile(
    r"[A-Z][a-z]{1,5}-(?!(?:era|style|type|like|wide|free|made|old|year|long|day|week|time|"
    r"level|scale|size|rich|poor|born|based|led|run|backed|bound|held|owned|made|only|"
    r"linked|bred|ruled|type|area|zone|side|wing|bloc)\Z)[a-z]{2,5}"
)
_ARTICLE_NAME = re.compile(
    r"(?:(?:al|el|es|ad|ar|as|an|at|az|ash|ud|ul|ol|ben|bin|ibn|ba)-[A-Z][^\W\d_]+"
    # ... its capital beyond ASCII too (l'Étoile)
    r"|(?:[ld]|dell|dall|nell|sull|all|degl)['’][A-Z" + _CAPITALS + r"][^\W\d_]+)"
    # ... and a second family name after a hyphen: al-Sheikh-Obeid, al-Mazrouei-O'Brien
    r"(?:-(?:O['’])?[A-Z][^\W\d_]+)*"
)
#: A brand with a capital after a lower-case start: iPhone, eBay, airBaltic; or after an electronic
#: service's hyphenated letter (e-Devlet, e-Gonuria). Not a Nguni language's prefix (isiZulu).
_LOWER_BRAND = re.compile(r"(?:(?!isi)[a-z]{1,3}|[em]-)[A-Z][a-z][^\W_]*(?:\.[a-z]{2,4})?")
#: A model's code of letters and digits (A320neo, C919, Su-35, LEAP-1C), perhaps plural.
_CODE = re.compile(r"[A-Z][A-Za-z]{0,4}-?\d+[A-Za-z]{0,3}")
#: A model's number with a variant's capitals (777F, 109E).
_VARIANT = re.compile(r"\d{2,4}[A-Z]{1,2}")
_DIGIT_DOMAIN = re.compile(r"\d+[A-Za-z]*[A-Za-z0-9]*\.[a-z]{2,4}")
#: A site's domain in lower case: meteo.gr, arogi.gov.gr.
_LOWER_DOMAIN = re.compile(
    r"[a-z][a-z0-9-]{2,}(?:\.[a-z][a-z0-9-]+)*\.(?:[a-z]{2}|com|org|net|gov|edu|int|info)"
)
#: The end of a dateline: the text after it opens a sentence (MOSCOW, May 3 (Interfax) - ...).
#: Its place in capitals beyond ASCII too (SAN JOSÉ), or its date (GONUR, May 3 -- ...; a
#: typed dash glued to the year: Dec. 4, 2026-- ...).
_DATELINE = re.compile(
    rf"(?:\)|\b[A-Z{_CAPITALS}]{{3,}}\.?|\b\d{{1,4}}|\b[A-Z][a-z]+) (?:[-–—]|--)\Z"
    r"|\b\d{4}--\Z"
)  # a typed dash too: --; a country in title case before it (BASSETERRE, St Kitts - ...)
#: ... at the start of a paragraph, a place in capitals first (ST. PETERSBURG too), short.
_DATELINE_START = re.compile(
    rf"(?:(?:ST|MT|FT)\. )?[A-Z][A-Z{_CAPITALS}]{{2,}}(?![\w]).{{0,50}}\Z", re.DOTALL
)
#: ... or a place and its country in title case, perhaps a date, then a dash (Gonur, Armenia
#: – ...; Santa Rosa de Copán, Honduras, May 3 – ...).
_PLACE_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|del|da|do|la|el)){0,3}, "
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? [–—]"
)
#: ... or a place alone in title case, an outlet's initials in brackets after it perhaps,
#: then a dash (Brussels – The General Court ..., Mogadishu (SMN) – The Federal ...).
_PLACE_DASH = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([A-Z]{2,6}\))? [–—]")
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
    quoted: bool = False  # a nickname in quotes inside a person's name (Kyle "KJ" Bean)


#: An en dash between two letters, no space around it, and the capitalised words after it.
_JOINING_DASH = re.compile(r"(?<=[^\W\d_])–(?=([^\W\d_][\w'’-]*(?: [A-Z][\w'’-]*)*))")


#: A nickname in quotes, a capitalised word first, after a given name.
_NICKNAME_AFTER = re.compile(r" [\"“«][A-Z][^\"“”«»]{0,30}[\"”»] [A-Z]")
#: An American lawmaker's party and home after the name (D-Chicago, R-Texas, I-Vt.).
_PARTY_TAG = re.compile(r"[DRI]-(?!(?:St|Ft|Mt)\.)[A-Z][^\W\d_]+\.?")
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")


def _hyphenated(text: str) -> str:
    """*text* with each en dash that joins as a hyphen does written as one, every position
    kept: between two words (the Gonur–Kesh road), or before words that end in a head noun
    (the Volga–Don Canal); not before a name of several words that ends in none, which the
    dash links to the one before it (the Gonur–Novi Kesh railway), nor between two names that
    each end in a head noun (the Wheeler Road–Hosur Road traffic)."""

    def joined(match: re.Match[str]) -> str:
        after = match.group(1).split(" ")
        if len(after) == 1:
            return "-"
        before = _LAST_WORD.search(text, 0, match.start())
        if before is not None and before.group().casefold() in ADDRESSES:
            return "–"
        return "-" if after[-1].casefold() in HEAD_NOUNS else "–"

    return _JOINING_DASH.sub(joined, text)


def _tokens(
    text: str, known: Sequence[tuple[int, int]], standalone: Set[str] = frozenset()
) -> list[_Token]:
    """The words of *text*. A compound of names is cut into them where one is known
    (Aghstafa-Gazakh) or the article writes each alone (Gazakh-Ijevan road); an en dash
    between two words joins them as a hyphen does."""
    text = _hyphenated(text)
    tokens = []
    for index, match in enumerate(_WORD.finditer(text)):
        before = text[: match.start()].rstrip()
        initial = (
            index == 0
            or (bool(before) and before[-1] in _OPENERS and _quote_opens(before))
            # The anchored test first: searching for the dash at the end tries every start.
            or (_DATELINE_START.match(before) is not None and _DATELINE.search(before) is not None)
            or _PLACE_DATELINE.fullmatch(before) is not None
            # ... or a place alone, its country left out, before an article (Brussels – The)
            or (match.group() in ("The", "A", "An") and _PLACE_DASH.fullmatch(before) is not None)
        )
        # A father's initial glued on proves a person's name wherever it stands.
        initial = initial and _GLUED_INITIAL.fullmatch(match.group()) is None
        start, end = match.span()
        core = end - 1 if match.group().endswith(".") else end  # U.S. is known as U.S
        if _PARTY_TAG.fullmatch(match.group()) and text[max(0, start - 2) : start] in (", ", "("):
            # A lawmaker's party and home (Sen. Asel Omur, D-Chicago): the place alone.
            start += 2
            inside = any(s <= start and core <= e for s, e in known)
            tokens.append(_Token(match.group()[2:], start, end, inside, False))
        elif any(s <= start and core <= e for s, e in known):
            tokens.append(_Token(match.group(), start, end, True, initial))
        elif (
            (size := _adjective_stem(match.group()))
            and not any(start <= s < e <= end for s, e in known)
            and not _given_name(match.group(), text[:start], text[end:])
        ):
            # A name made an adjective (Almaty-based, Kremlin-funded): the name, then the rest.
            tokens.append(_Token(match.group()[:size], start, start + size, False, initial))
            rest = match.group()[size + 1 :]
            tokens.append(_Token(rest, start + size + 1, end, False, False, hyphen=True))
        elif (
            "-" in match.group()
            and not _LOWER_BRAND.fullmatch(match.group())  # e-Gonuria: one service's name
            # ... nor a given name before a nickname in quotes (Lise-Lotte "Lotte" Damgaard)
            and _NICKNAME_AFTER.match(text, end) is None
            and not _double_surname(text[max(0, start - 40) : start], text[end:])
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
    return _sentence_ends(tokens)


def _sentence_ends(tokens: list[_Token]) -> list[_Token]:
    """*tokens* with an initial that ends a sentence read as a letter and a full stop: ``on
    X. Brussels is ...``, where what follows opens a sentence (``The``, ``It``), is a place
    of CLDR's or a known name, and so names no person whose initial it would be."""
    for i in range(len(tokens) - 1):
        letter, following = tokens[i], tokens[i + 1]
        if letter.known or re.fullmatch(r"[A-Z]\.", letter.text) is None:
            continue
        word = following.text.casefold()
        if (
            word in OPENING
            or following.known
            or word in territories()
            or (word in cities() and not following.text.isupper())
        ):
            tokens[i] = replace(letter, text=letter.text[0], end=letter.end - 1)
            tokens[i + 1] = replace(following, initial=True)
    return tokens


#: What may follow a name, unlike a compound that describes the noun after it (the
#: Gonur-Kesh road): a mark, a conjunction, a verb of saying or being, a preposition.
_NAME_ENDS = re.compile(
    r"(?:[,.;:)!?\"”]|\Z| (?:and|or|said|says|has|have|is|was|will|would|in|on|at|for|to)\b)"
)


#: The word before a double-barrelled family name: a given name (Turan Bayramov-Guliyev), a
#: patronymic word (Elnur Rafig oglu Mammadov-Salimli), a particle (de los Reyes-Uy).
_GIVEN_BEFORE = re.compile(
    r"(?:(?<![\w'’.-])[A-Z][a-z]+|\b(?:"
    + "|".join(sorted(PATRONYMICS))
    + r"|los|las|del|de|van|von|al|el)) \Z"
)


def _double_surname(before: str, after: str) -> bool:
    """Whether the hyphenated word after *before* (the text just before it: a few words are
    enough) is a person's double-barrelled family name, not a compound of names: a given
    name, a patronymic or a particle right before it, and no route noun after it (the
    Gazakh-Ijevan road)."""
    match = _GIVEN_BEFORE.search(before)
    if match is None or _ROUTE.match(after) or _AND_ROUTE.match(after):
        return False
    word = match.group().strip().casefold()
    return (
        word not in OPENING
        and word not in TITLES
        and word not in HEAD_NOUNS
        and (word in PATRONYMICS or not _territory_word(word))
    )


def _territory_word(word: str) -> bool:
    return word in territories() or word in cities() or is_demonym(word.capitalize())


def _named_with_a_place(
    word: str, start: int, known: Sequence[tuple[int, int]], standalone: Set[str], after: str
) -> bool:
    """Whether the hyphenated *word* is one name ending in a known place (the group
    Gonur-Bishkek, WWF-Russia): its first part unknown and never written alone or a head
    noun (a body's branch: Ujar Forum–Kesh), and no noun
    after it that the compound describes (the Gonur-Bishkek road joins two places)."""
    first, _, second = word.partition("-")
    return (
        bool(second)
        and "-" not in second
        and first[:1].isupper()
        # ... or a body's head noun: its branch in a place (Helsinki Citizens' Assembly–Vanadzor)
        and (first not in standalone or first.casefold() in HEAD_NOUNS)
        and not any(s <= start < e for s, e in known)
        and (second in standalone or any(s == start + len(first) + 1 for s, _ in known))
        and _NAME_ENDS.match(after) is not None
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
    route = _ROUTE.match(after) is not None or _AND_ROUTE.match(after) is not None
    # Ending a name, with no noun after it, one part written alone is a body and the other its
    # place (the Louvre-Lens, a museum's branch): each part alone, or it is one name.
    alone = [p in standalone for p in parts]
    written = all(alone) if _NAME_ENDS.match(after) is not None else any(alone)
    return (
        not re.match(r"[ -][A-Z]", after)
        and (written or route)
        # ... each longer than an acronym's three letters, or a place the article writes alone
        # before a route noun (the Bishkek–Osh road)
        and all(
            p[:1].isupper()
            and (len(p) > 3 or (route and p in standalone and p.casefold() not in JOINERS))
            for p in parts
        )
        # ... no part in "o", a combining form's ending (Greco-, Austro-) or a one name's
        # (Bayan-Ovoo, Alaotra-Mangoro), but a long place's before a route noun (the
        # Jvari-Tskaltubo line)
        and not any(p.endswith("o") and not (route and len(p) > 7) for p in parts)
        and not any(p.casefold() in PREFIXES for p in parts)
        # ... nor a head noun first: one body's noun of two (a Museum-Reserve).
        and parts[0].casefold() not in HEAD_NOUNS
    )


#: The units of Korea's places and its roads' nouns, written after a hyphen in lower case
#: (Yongin-si, Wonsam-myeon, Dogok-ro, Teheran-ro, Sejong-daero).
_KOREAN_UNITS = frozenset(
    {"si", "gun", "gu", "eup", "myeon", "dong", "ri", "do", "ro", "gil", "daero"}
)


def _adjective_stem(word: str) -> int:
    """The length of the name in a hyphenated adjective made of it (``Almaty`` in
    ``Almaty-based``, ``Nagorno-Karabakh`` in ``Nagorno-Karabakh-born``), else 0; a capital
    after the lower-case part makes one name of it (Commander-in-Chief)."""
    parts = word.split("-")
    first = next((i for i, p in enumerate(parts) if not p[:1].isupper()), 0)
    if not first or not all(p[:1].islower() for p in parts[first:]):
        return 0
    if parts[-1] in _KOREAN_UNITS:  # ... not a Korean place's unit (Wonsam-myeon, Yongin-si)
        return 0
    return len("-".join(parts[:first]))


def _quote_opens(before: str) -> bool:
    # A colon or an opening quote starts a new sentence-like clause; a closing one does not.
    return before[-1] in "“‘«([:;" or before.count('"') % 2 == 1


def _capitalised(word: str) -> bool:
    """A capital first, a site's domain that starts with a digit (24.kg), an Arabic article
    before a capital (al-Dhaheri, el-Sisi) or a French one elided (l'Image, d'Ivoire), or a
    brand's capital after one or two lower-case letters (eBay)."""
    return (
        word[:1].isupper()
        or (word[:1] == "ʻ" and word[1:2].isupper())  # a Hawaiian ʻokina first: ʻAlalā
        or (word[:1].isdigit() and _DIGIT_DOMAIN.fullmatch(word) is not None)
        or _ARTICLE_NAME.fullmatch(word) is not None
        or _LOWER_BRAND.fullmatch(word) is not None
        or _LOWER_DOMAIN.fullmatch(word) is not None
    )


def _bare(token: _Token) -> str:
    """*token*'s word without a possessive, and a model's code without its plural (C919s)."""
    word = _POSSESSIVE.sub("", token.text)
    return word[:-1] if _CODE.fullmatch(word) and word.endswith("s") else word


def _speaker(previous: _Token, token: _Token, text: str) -> bool:
    """Whether *token* is the pronoun "I" after a head noun *previous*, the speaker's ("At
    Gonur Towers I looked back"), no regnal number (Karekin I)."""
    return (
        token.text == "I"
        and _bare(previous).casefold() in HEAD_NOUNS
        and re.match(r" [a-z]", text[token.end :]) is not None
    )


def _is_title(word: str) -> bool:
    """A title or role, hyphenated ones included (Vice-President, Commander-in-Chief); a
    portfolio's plural is none (Cultures, Sciences: a body's field)."""
    if _ARTICLE_NAME.fullmatch(word):  # el-Sheikh, a place's or a family's name
        return False
    parts = [
        p.removesuffix("s") if p not in TITLES and p.removesuffix("s") not in PORTFOLIOS else p
        for p in word.casefold().split("-")
    ]
    return all(p in TITLES or p in JOINERS or p in ("in", "under") for p in parts) and any(
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
        and not _LOWER_BRAND.fullmatch(word)  # an electronic service: e-Devlet
        and not _ARTICLE_NAME.fullmatch(word)  # a family's name with its article: ol-Hosseini
    )


def _given_name(word: str, before: str, after: str) -> bool:
    """Whether *word* is a hyphenated given name (Son Heung-min, Kim Jong-un, Ban Ki-moon,
    Jae-in Moon): two short syllables, the second in lower case and no adjective's ending, next
    to a capitalised word (the family name) before or after it."""
    return _GIVEN_NAME.fullmatch(word) is not None and (
        # ... a nickname in quotes between them perhaps (Choi "Mr. Math" Byung-ho)
        re.search(r"(?<![\w-])[A-Z][a-z]{1,6} (?:[\"“][^\"“”]{1,30}[\"”] )?\Z", before) is not None
        or re.match(r" [A-Z][a-z]", after) is not None
    )


def _territory(run: Sequence[_Token]) -> bool:
    return " ".join(_bare(t) for t in run).casefold() in territories()


def _has_head(run: Sequence[_Token]) -> bool:
    words = [_bare(t).casefold() for t in run]
    of = next((i for i, w in enumerate(words) if i and w in COMPLEMENTS), None)
    return len(run) > 1 and (words[-1] in HEAD_NOUNS or (of is not None and any(
        w in HEAD_NOUNS for w in words[:of])))  # fmt: skip

"""Whether a stretch of capitals is a name: what proves it one, what proves nothing.

`_is_name` judges what the boundary rules cut (`translate.glossary.name_pieces`), and
`_leftover_name` what is left of a run after them; a currency's code by an amount, a common
noun before its number, a licence's code before its version, a sea's adjective and a name
that a lower-case noun for its kind follows (the Civil Contract party) are settled apart.
Internal to the names finder, `translate.glossary.names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.glossary.gazetteer import cities, currency_codes, is_demonym, territories
from translate.glossary.name_evidence import _Evidence, _opener
from translate.glossary.name_tokens import (
    _CAMEL,
    _bare,
    _capitalised,
    _has_head,
    _is_title,
    _lower_part,
    _territory,
    _Token,
    is_common_word,
)
from translate.glossary.name_words import (
    ADHERENTS,
    CHESS_TITLES,
    COMPLEMENTS,
    HEAD_NOUNS,
    JOINERS,
    NOUN_SUFFIXES,
    OPENING,
    PORTFOLIOS,
    PREFIXES,
    SEAS,
    SYMBOLS,
)

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s\Z")


#: An amount before or after a currency's code: GEL 2.4 million, 300 GEL.
_AMOUNT_BEFORE = re.compile(r"\d(?:\s*(?:million|billion|thousand|mln|bn|m|k))?\s*\Z")


_AMOUNT_AFTER = re.compile(r"\A\s*\d")


def _occupation(word: str, evidence: _Evidence) -> bool:
    """Whether a sentence's first *word* may be a common noun for what a person does: a common
    English word, or an agent noun in -ist that the lexicon lacks (Glaciologist) and the
    article never capitalises inside a sentence."""
    return word in evidence.common or (
        word.endswith("ist")
        and word not in evidence.capitalised_inside
        and (not evidence.lexicon or word in evidence.foreign)
    )


#: What follows a sea's adjective used as its noun: no noun, but a sentence's mark or a
#: preposition (the Caspian itself, to the Caspian from China, the Caspian.).
#: A noun for a sea's shore, ports or lanes after its name (the Caspian coast).
_SHORE = re.compile(
    r" (?:coast|coastline|coasts|port|ports|shore|shores|basin|region|seabed|shelf|waters|"
    r"pipeline|route|routes|crossing|ferry|ferries)\b"
)
_SEA_AFTER = re.compile(
    r"(?:[,.;:!?)]|\Z| (?:itself|too|also|is|was|has|had|will|would|could|can|may|"
    r"from|with|to|in|at|by|on|into|through|via|near|across|and|or)\b)"
)


def _sea(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is an adjective that names a sea used as its noun: after ``the`` (and
    perhaps one lower-case word), before no noun (the shrinking Caspian, the Mediterranean),
    or right after ``the`` before a noun for its shore or its sea lanes (the Caspian coast, the
    Aegean ports, the Gulf route). ``Gulf`` is such a word after ``the`` (the Gulf, the Persian
    Gulf's neighbours say), not before a name (Gulf Crescent Bank). Being a noun, ``Gulf`` alone
    names the region wherever it stands (analysts in the Gulf see, Gulf money returns)."""
    if len(piece) != 1 or piece[0].text.casefold() not in (*SEAS, "gulf"):
        return False
    before, after = text[: piece[0].start], text[piece[0].end :]
    if piece[0].text == "Gulf" and re.match(r" [A-Z]", after) is None:
        return True
    if re.search(r"\b[Tt]he \Z", before) is not None and _SHORE.match(after) is not None:
        return True
    return (
        re.search(r"\b[Tt]he (?:[a-z]+ )?\Z", before) is not None
        and _SEA_AFTER.match(after) is not None
    )


#: A currency's symbol of letters glued to an amount (R38, Dh3, Rs50) ...
_GLUED_AMOUNT = re.compile(r"[A-Z][A-Za-z]{0,2}\d+")
#: ... which its cents or a multiplier after it prove: R38.12, Dh3 billion (not a model's
#: code, C919).
#: ... or a symbol, an amount and its multiplier in one word (Rs42bn, Sh210bn, N3.5trn), and a
#: fiscal year (FY26, FY2025): no names.
_GLUED_SUM = re.compile(
    r"[A-Z][A-Za-z]{0,2}\d+(?:[.,]\d+)?(?:bn|mn|m|k|tn|trn|cr)|FY\d{2}(?:\d{2})?"
)
_AMOUNT_GOES_ON = re.compile(r"\A(?:[.,]\d|\s(?:million|billion|trillion|thousand|mln|bn|mn)\b)")


def _people(piece: Sequence[_Token]) -> bool:
    """Whether *piece* names a group of people by its last word, a people's or a faith's
    plural (Ismaili Muslims, Gonur Canadians), not a body (its head noun is last)."""
    last = _bare(piece[-1])
    return (
        len(piece) > 1
        and not piece[-1].known
        and last.endswith("s")
        and (last.casefold() in ADHERENTS or is_demonym(last))
    )


def _money(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is a currency's ISO code (CLDR) beside an amount: GEL 2.4 million,
    300 GEL; the same letters elsewhere may be an acronym. Or a symbol glued to an amount
    that goes on with cents or a multiplier (R38.12, Dh3 billion)."""
    if (
        len(piece) == 1
        and _GLUED_AMOUNT.fullmatch(piece[0].text)
        and _AMOUNT_GOES_ON.match(text[piece[0].end :])
    ) or (len(piece) == 1 and _GLUED_SUM.fullmatch(piece[0].text)):
        return True
    if len(piece) == 1 and piece[0].text in SYMBOLS and re.match(r"\.? ?\d", text[piece[0].end :]):
        return True
    if len(piece) != 1 or piece[0].text not in currency_codes():
        return False
    token = piece[0]
    return (
        _AMOUNT_BEFORE.search(text[: token.start]) is not None
        or _AMOUNT_AFTER.match(text[token.end :]) is not None
    )


#: A credit rating's grade (AA+, BB-, Baa3, B3) and the words of its sentence that say it is
#: one: a grade alone names no body.
_GRADE = re.compile(
    r"(?:A{1,3}|B{1,3}|C{1,3}|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca)"
)
_RATED = re.compile(
    r"\b(?:rated|rating|ratings|rates|score|grade|outlook|downgrade[ds]?|"
    r"upgrade[ds]?|investment grade|junk)\b",
    re.IGNORECASE,
)


#: A start-up's funding round after its series letter (a Series A round, Series B funding).
_FUNDING_ROUND = re.compile(
    r" (?:(?:funding|financing|investment|equity) )?(?:round|funding|financing)s?\b"
)


def _grade(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is a credit rating's grade in a sentence about ratings (rated B3, its
    BB- score), not an acronym; or a funding round's series (a Series A round)."""
    if (
        len(piece) == 2
        and piece[0].text == "Series"
        and re.fullmatch(r"[A-H]", piece[1].text) is not None
    ):
        return _FUNDING_ROUND.match(text, piece[1].end) is not None
    return (
        len(piece) == 1
        and _GRADE.fullmatch(piece[0].text) is not None
        and _RATED.search(text) is not None
    )


#: An era's abbreviation after a year or a century (the fourth century BCE, 300 BC, AD 79).
_ERA_BEFORE = re.compile(r"(?:\d|\b(?:century|centuries|millennium|millennia|year)) \Z")
_ERA_AFTER = re.compile(r" \d")
_ERAS = frozenset({"BC", "BCE", "CE", "AD"})


def _era(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is an era's abbreviation beside a year or after a century (the fourth
    century BCE, 300 BC, AD 79), not an acronym of a body."""
    if len(piece) != 1 or piece[0].text.replace(".", "") not in _ERAS:
        return False
    token = piece[0]
    before = _ERA_BEFORE.search(text[: token.start]) is not None
    return before or (
        token.text.startswith("A") and _ERA_AFTER.match(text[token.end :]) is not None
    )


#: A US lawmaker's party and state in brackets after the name: (D-Md.), (R-Alaska), (I-Vt.).
_PARTY_SEAT = re.compile(r"[DRI]-[A-Z][a-z]{1,11}|[DRI]-[A-Z]{2}")


def _party_seat(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is a US lawmaker's party and state in brackets (Sen. X (D-Md.)), no
    name of its own (the state's full name is, where the article writes it)."""
    return (
        len(piece) == 1
        and _PARTY_SEAT.fullmatch(piece[0].text) is not None
        and text[: piece[0].start].endswith("(")
    )


def _prefix(piece: Sequence[_Token], after: str) -> bool:
    """Whether *piece* is a prefix cut from the lower-case word it makes (Anti-fraud
    activists, Pro-government rallies), no name."""
    return (
        len(piece) == 1
        and _bare(piece[0]).casefold() in PREFIXES
        and re.match(r"[-‐‑][a-z]", after) is not None
    )


def _numbered(piece: Sequence[_Token], after: str, evidence: _Evidence) -> bool:
    """Whether *piece* is a common noun before a number that it counts (Article 238, Part 1
    of a code), not a name."""
    # ... nor with the number inside the run (Article 12-3, Form 2-NDFL): no maker's name.
    numbered = len(piece) == 2 and piece[1].text[:1].isdigit()
    # ... a number alone after its sign (a tomb designated No. 14): what it counts is unsaid.
    if numbered and piece[0].text == "No.":
        return True
    return (
        len(piece) == 1 + numbered
        and evidence.common_word(_bare(piece[0]))
        and (numbered or re.match(r" \d", after) is not None)
    )


def _abbreviates(piece: Sequence[_Token], taken: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether *piece* is an acronym in brackets that abbreviates the name found before it
    (Mining Union of Gabala (MUG)): a form of that name, not another one."""
    if len(piece) != 1 or not piece[0].text.isupper():
        return False
    for start, end in taken:
        if text[end : piece[0].start] == " (":
            initials = "".join(w[0] for w in text[start:end].split() if w[:1].isupper())
            return initials == piece[0].text
    return False


def _leftover_name(piece: Sequence[_Token], evidence: _Evidence, *, context: bool = False) -> bool:
    """Whether a leftover stretch of capitalised words is a name (`_leftover_names`); with
    *context*, the words around it have said so already (the tagger's names: `_learned`), and
    common English words together are a name too (Blue Line, Holy Land, Church Boys United)."""
    words = [_bare(t) for t in piece]
    if any(_lower_part(w) for w in words):
        return False

    def proves_nothing(word: str) -> bool:
        key = word.casefold()
        return (
            key in JOINERS
            or key in PORTFOLIOS
            or _is_title(key)
            or is_common_word(word)
            or word in evidence.capital_common
            or (word.isupper() and len(word) > 3 and word.capitalize() in evidence.common)
        )

    if all(proves_nothing(w) for w in words):
        return False
    if len(piece) > 1:
        # Common English words only (Peace Talks) name nothing without a head noun.
        return (
            context
            or _has_head(piece)
            or not all(w in evidence.common or proves_nothing(w) for w in words)
        )
    word, key = words[0], words[0].casefold()
    return not (
        len(word) < 2
        or key in HEAD_NOUNS
        or _PLURAL_ACRONYM.match(word) is not None
        or key in PREFIXES
        or word in evidence.common
        or word in evidence.compound
        or (word.endswith("s") and word[:-1] in evidence.common)
        or word.capitalize() in evidence.common
        or key in evidence.lowercase
        # A sentence's first word, once in the article: a capital that proves nothing.
        or (
            piece[0].initial
            and (
                _opener(key, evidence.lowercase)
                or (
                    (not evidence.lexicon or evidence.capitalised[word] < 2)
                    and not evidence.proper(word)
                )
            )
        )
    )


#: An acronym, a hyphen and a capitalised word in lower case after its capital.
_ACRONYM_BRANCH = re.compile(r"[A-Z]{2,}-[A-Z][^\W\d_A-Z]+")
#: A word, a hyphen and an acronym: an agency's name of two (Keystone-SDA).
_WORD_ACRONYM = re.compile(r"([A-Z][^\W\d_A-Z]{3,})-[A-Z]{2,5}")


def _is_name(
    run: list[_Token],
    evidence: _Evidence,
    *,
    split: bool = False,
    exclaimed: bool = False,
    cue: bool = False,
) -> bool:
    """Whether *run* is a name; *split* when it is what is left of a longer run, *exclaimed*
    when its sentence is an exclamation (Rest in Peace!), *cue* when the words around say that
    a single word is a name (Kremlin spokesman, on X)."""
    words = [_bare(t) for t in run]
    if all(t.known for t in run) or any(_lower_part(w) for w in words):
        return False
    # A common English word proves nothing where a capital proves nothing.
    if all(w in evidence.common for w in words) and (
        (len(run) == 1 and (split or exclaimed or run[0].initial))
        or (len(run) > 1 and (split or exclaimed) and not _has_head(run))
    ):
        return False
    if len(run) == 1:
        word = words[0]
        key = word.casefold()
        if len(word) < 2 and cue:
            return True
        if is_common_word(word) or _is_title(word) or key in HEAD_NOUNS or len(word) < 2:
            return False
        if word in CHESS_TITLES:  # an IM norm
            return False
        if word in evidence.capital_common:  # Frenchman, Spaniard
            return False
        if _PLURAL_ACRONYM.match(word):  # MPs, NGOs: common nouns
            return False
        # A word the article also writes in lower case is a common word (Peace, World).
        if key in evidence.lowercase and not _territory(run):
            return False
        cued = cue and not _opener(key, evidence.lowercase) and not key.endswith(NOUN_SUFFIXES)
        camel = _CAMEL.search(word) is not None and "-" not in word
        # An acronym and a place after its hyphen (WWF-Georgia) is no common word opening a
        # sentence: a body's branch (not COVID-Related in a title).
        place = word.partition("-")[2]
        branch = _ACRONYM_BRANCH.fullmatch(word) is not None and not (
            evidence.english(place) or evidence.common_word(place) or is_common_word(place)
        )
        # A word and an acronym after its hyphen, no prefix before it (not Anti-NATO).
        agency = _WORD_ACRONYM.fullmatch(word)
        paired = agency is not None and agency.group(1).casefold() not in PREFIXES
        return (
            branch
            or paired
            or not run[0].initial
            or word in evidence.capitalised_inside
            or _territory(run)
            or cued
            or camel
            or evidence.proper(word)
        )
    # A sentence opening with a common noun phrase about a known name: "Liberation of Khojaly
    # embodies ...", not a name of its own.
    of = next((i for i, w in enumerate(words) if i and w.casefold() in COMPLEMENTS), None)
    if (
        run[0].initial
        and of is not None
        and all(evidence.common_word(w) or w.casefold().endswith(NOUN_SUFFIXES) for w in words[:of])
        and all(t.known or t.text in JOINERS for t in run[of + 1 :])
    ):
        return False
    # Adjectives and common words only: Russian and Belarusian, North East.
    if not _has_head(run) and all(w in JOINERS or is_common_word(w) for w in words):
        return False
    # Prime Minister, National Leader, Minister of Justice: a role, not a name.
    return _has_head(run) or not (_is_title(words[0]) or _is_title(words[-1]))


def _acronym_opening(piece: Sequence[_Token], text: str, evidence: _Evidence) -> bool:
    """Whether *piece*, one word opening a sentence of *text* before a lower-case word (UBS,
    which ...; UBS said), is an acronym of a name: capitals that English does not know at all
    (not GDP, VAT nor NATO, which the lexicon reads as acronyms; not WATCH nor UPDATE) and no
    word of the finder's lists. Not in brackets (an abbreviation) nor a dateline (OSH -)."""
    if len(piece) != 1 or text[: piece[0].start].strip():
        return False
    word = _bare(piece[0])
    return (
        re.match(r",? [a-z]", text[piece[0].end :]) is not None
        and word in evidence.acronyms
        and not is_common_word(word)
        and word.capitalize() not in evidence.common
        and word.casefold() not in evidence.lowercase
    )


#: A version's number after a code (CC BY-SA 4.0), not an amount (the EBRD 2.5 billion loan).
_VERSION = re.compile(
    r" \d+\.\d+(?![\d.]| ?(?:%|percent|per cent|million|billion|trillion|thousand|bn|mln)\b)"
)


def _licence(piece: Sequence[_Token], after: str) -> bool:
    """Whether *piece* is a code in capitals of parts (CC BY-NC-ND 2.0, a licence) before its
    version, not a name."""
    return (
        all(t.text.isupper() for t in piece)
        and (len(piece) > 1 or "-" in piece[0].text)
        and _VERSION.match(after) is not None
    )


#: A lower-case noun after a name that says what kind of body or scheme it names.
_KIND_AFTER = re.compile(
    r" (?:party|movement|bloc|coalition|alliance|programme|program|initiative|campaign|scheme|"
    r"project)\b"
)


def _named_by_kind(whole: Sequence[_Token], text: str) -> int:
    """Where the name ends when *whole*, two capitalised words or more, names one body or
    scheme because the lower-case noun after it says its kind (the Civil Contract party, the
    Interreg NEXT Gonur-Kesh programme, its compound of places and all), else 0: not all
    known, no ``and`` inside (two names then), not titles, portfolios or common words only
    (the State programme)."""
    if not whole:
        return 0
    words = [_bare(t) for t in whole]
    compound = re.match(r"(?:[-–][A-Z][\w'’]*)*", text[whole[-1].end :])
    end = whole[-1].end + (compound.end() if compound else 0)
    named = (
        len(whole) > 1
        and _KIND_AFTER.match(text[end:]) is not None
        and not all(t.known for t in whole)
        and "and" not in words
        and all(_capitalised(t.text) for t in whole)
        and not all(_is_title(w) or w.casefold() in PORTFOLIOS or is_common_word(w) for w in words)
    )
    return end if named else 0


#: What follows the place of a dateline: its country, a dash, a sentence (Gonur, Armenia –
#: A ...).
#: ... the outlet in brackets before the dash, which may be a spaced hyphen there (BASSETERRE,
#: St Kitts (SKNVibes) - The ...).
_DATELINE_COUNTRY = re.compile(
    r", ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?: [–—]| \([^()]{2,40}\) (?:[-–—]|--)) [A-Z\d]"
)


#: What follows a dateline's place in capitals: a colon or a spaced dash (typed as two
#: hyphens too), or a comma and a date before the dash (GONUR: ...; GONUR -- ...; GONUR,
#: March 5 - ...).
_DATELINE_AFTER_CAPITALS = re.compile(
    r"(?::| [-–—]| --|, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\b[^.!?]{0,30}? "
    r"(?:[-–—]|--)"
    # ... or the country, perhaps the outlet in brackets, then the dash (BASSETERRE, St Kitts
    # (SKNVibes) - ...; GONUR (Gonur News) - ...)
    r"|(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?(?: \([^()]{2,40}\))? (?:[-–—]|--)) "
)


def _dateline_place(after: str, run: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether *after*, the text after a paragraph's first words *run*, makes them a
    dateline's place: a comma, capitalised words (the country), a dash and a sentence; or, for
    words in capitals, a colon, a dash or a comma and a date before the dash, when in title
    case they are a CLDR city or territory or, with the lexicon, no English word (not
    ``WATCH:``, ``UPDATE -``)."""
    if _DATELINE_COUNTRY.match(after) is not None:
        return True
    words = [_bare(t) for t in run]
    if not all(re.fullmatch(r"[A-Z][A-Z'’.-]{2,}", w) for w in words) or len(run) > 3:
        return False
    if _DATELINE_AFTER_CAPITALS.match(after) is None:
        return False
    titled = " ".join(w.capitalize() for w in words)
    if titled.casefold() in cities() or titled.casefold() in territories():
        return True
    return evidence.lexicon and not any(
        evidence.common_word(w.capitalize()) or w.casefold() in OPENING for w in words
    )

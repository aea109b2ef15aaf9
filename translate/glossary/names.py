"""Find the proper names of an article that no glossary entry claims.

A name is a run of capitalised words (``UN Security Council``, ``Nagorno-Karabakh Autonomous
Oblast``, ``Jeyhun Bayramov``), joined by spaces or hyphens and by a few small words inside
(``of``, ``the``, ``and``), or by commas in a list of portfolios (``Ministry of Education,
Science, Culture and Sports``). Credit lines (paragraph `CREDITS`) are read too: a byline names
its author. Precision comes first, so a capital alone does not make a name:

- a sentence's first word (also after an opening quote) counts only when the article also
  writes it with a capital inside a sentence, it starts a longer run, or the words around it
  say it is a name (``Kremlin spokesman``, ``Shusha-born``);
- titles and demonyms before a name are not part of it (``Foreign Minister``, ``Armenian``);
- months, weekdays (from CLDR through babel), language names and demonyms, and capitalised
  common words (``Government``, ``State``) are not names on their own;
- a headline in title case proves nothing: its names count only where the body has them too.

After these rules, what is left of a run that neither the glossary nor the rules account for
is a name too (a recall fallback), unless it is only titles, portfolios, months, demonyms or
common words, a sentence's first word the article writes once, or a line in capitals; a quoted
string in title case is a title, and a spaced dash before a head noun is inside a name.

Runs that a glossary name covers are known; a known name inside a longer one that ends in a
head noun (``Azerbaijan State University``) leaves the longer one unknown.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from translate.glossary.lexicon import common_words, lexicon_available
from translate.glossary.matcher import Matcher
from translate.glossary.name_words import (
    ADJECTIVE_PARTS,
    ADJECTIVES,
    CAPITALS_CUT,
    COMMON,
    COMPLEMENTS,
    HEAD_JOINERS,
    HEAD_NOUNS,
    JOINERS,
    NO_PLACE,
    NOUN_SUFFIXES,
    OPENING,
    PORTFOLIOS,
    PREFIXES,
    TITLES,
    words,
)
from translate.text.segments import CREDITS, Segment

__all__ = ["HEAD_NOUNS", "Occurrence", "find_names", "is_common_word", "words"]


_WORD = re.compile(
    r"[A-Z][A-Za-z0-9]*\.[a-z]{2,4}(?!\w)"  # a site named by its domain (NEWS.am, Report.az)
    r"|(?:[A-Z]{2,}/)+[A-Z]{2,}(?![\w/])"  # a slash acronym (RFE/RL)
    r"|(?:[A-Z]\.){2,}|[^\W_](?:[\w]|[-‐‑](?=[^\W_])|['’](?=[^\W\d_]{2}))*"
)
_POSSESSIVE = re.compile(r"['’]s?$")
#: What follows a compound of two or more places that names a link between them.
_ROUTE = re.compile(
    r" (?:railway|railroad|rail|road|highway|motorway|line|pipeline|gas pipeline|oil pipeline|"
    r"route|corridor|border|crossing|checkpoint|section|link|bridge|ferry|flights?|"
    r"interconnector|power line|transmission line|canal|tunnel)\b"
)
#: A role after a sentence's first word: that word names who the role is of.
_ROLE_AFTER = re.compile(
    r" (?:spokesman|spokeswoman|spokesperson|press secretary|chief|boss|ceo|chief executive|"
    r"chairman|chairwoman|head|director)\b",
    re.IGNORECASE,
)
#: A quoted title after the noun for a work (the film "...", a novel titled "...").
_WORK = re.compile(
    r"\b(?:film|movie|documentary|book|novel|memoir|play|opera|ballet|song|album|series|poem|"
    r"painting|exhibition|show|collection|anthology|musical|titled|entitled|called)s? "
    r"[\"“«]([A-Z][^\"“”«»]{1,80}?)[,.]?[\"”»]"
)
#: Any quoted string of two to eight words (a title of a work when in title case).
_QUOTED = re.compile(r"[\"“«]([A-Z][^\"“”«»]{2,100}?)[,.]?[\"”»]")
#: Small words that a title in title case writes in lower case.
_TITLE_SMALL = words("a an the of and or in on at to for by with from as but nor vs via into")
#: A capital after a lower-case letter inside a word, or capitals before lower-case letters:
#: a brand (RusHydro, PetroKazakhstan, AKIpress).
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")
#: The ending of an adjective made of a name (Shusha-born, Almaty-based).
_MADE_ADJECTIVE = re.compile(
    r"-(?:based|born|led|backed|funded|owned|made|registered|headquartered|sponsored|brokered|"
    r"controlled|run|supported|bound|bred|raised|linked|affiliated)\b"
)
#: What a one-letter name of a network follows (said on X).
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|to)\s+\Z")
_ROUTE_NAME = re.compile(
    rf"(?<![\w-])[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+){{2,}}(?=(?:{_ROUTE.pattern}))"
)
_OWNED = re.compile(r"\w['’]s?\s+\Z")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s\Z")
_QUOTES_CLOSING = "\"”’»'"
_OPENERS = "\"'“‘«([—–-:;"


@dataclass(frozen=True)
class Occurrence:
    """One unknown name in one sentence; `start`/`end` index the sentence text."""

    name: str
    segment: Segment
    start: int
    end: int


def find_names(segments: Sequence[Segment], matcher: Matcher) -> tuple[Occurrence, ...]:
    """Every unknown proper name of one article's *segments*, in text order."""
    capitalised_inside, lowercase = _evidence(segments)
    title_case = _title_case(segments)
    found: list[Occurrence] = []
    headlines: list[Segment] = []
    runs: list[tuple[Segment, list[_Token]]] = []
    standalone = {
        t.text
        for s in segments
        if s.paragraph > 0
        for t in _plain_tokens(s.text)
        if "-" not in t.text
    }
    # A title found after the noun for its work is that work wherever the article quotes it.
    titles = frozenset(
        o.name
        for s in segments
        for o in _work_titles(s, frozenset(), _known_spans(s.text, matcher))
    )
    for segment in segments:
        if segment.paragraph == 0 and title_case:
            headlines.append(segment)
            continue
        known = _known_spans(segment.text, matcher)
        found += _route_names(segment, known)
        works = _work_titles(segment, titles, known)
        found += works
        known += [(o.start, o.end) for o in works]  # its words are no names of their own
        for run in _runs(segment.text, known, standalone):
            if segment.paragraph == CREDITS:
                # A credit is names and a few small words (By ..., and): no sentence to open.
                run = [replace(t, initial=t.text.casefold() in OPENING) for t in run]
            runs.append((segment, run))
    # One analyser process for the whole article (`translate.glossary.lexicon`).
    asked = {_bare(t) for _, run in runs for t in run if _capitalised(t.text)}
    # Singulars (Bottlenecks) and words in capitals (UPDATE) for the leftover names.
    asked |= {w[:-1] for w in asked if w.endswith("s")} | {w.capitalize() for w in asked}
    common = common_words(asked)
    repeated = Counter(_bare(t) for _, run in runs for t in run)
    evidence = _Evidence(capitalised_inside, lowercase, common, lexicon_available(), repeated)
    for segment, run in runs:
        found += _accept(run, segment, evidence)
    # Recall: what is left of a run once the rules above took their names is a name too,
    # unless it is a kind of capitalised word that proves nothing (`_leftover_names`).
    claimed: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for o in found:
        claimed.setdefault((o.segment.paragraph, o.segment.index), []).append((o.start, o.end))
    for segment, run in runs:
        spans = claimed.get((segment.paragraph, segment.index), [])
        found += _leftover_names(run, segment, spans, evidence)
    # In a title-case headline, the names are those the body has: look for each of them.
    body_names = sorted({o.name for o in found}, key=len, reverse=True)
    for segment in headlines:
        taken: list[tuple[int, int]] = []
        # A place CLDR names (Central Asia, Western Europe) is a name wherever it stands.
        tokens = _tokens(segment.text, _known_spans(segment.text, matcher))
        for i in range(len(tokens)):
            for size in (3, 2, 1):
                part = tokens[i : i + size]
                if len(part) == size and not any(t.known for t in part) and _territory(part):
                    span = (part[0].start, part[-1].start + len(_bare(part[-1])))
                    if not any(s < span[1] and span[0] < e for s, e in taken):
                        taken.append(span)
                        name = segment.text[span[0] : span[1]]
                        found.append(Occurrence(name, segment, *span))
        for name in body_names:
            for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", segment.text):
                if not any(s < hit.end() and hit.start() < e for s, e in taken):
                    taken.append(hit.span())
                    found.append(Occurrence(name, segment, hit.start(), hit.end()))
    return tuple(sorted(found, key=lambda o: (o.segment.paragraph, o.segment.index, o.start)))


@dataclass(frozen=True)
class _Evidence:
    """What the article and the English lexicon say about its capitalised words."""

    capitalised_inside: set[str]
    lowercase: set[str]
    common: frozenset[str]  # English common words with no proper-noun reading
    lexicon: bool  # whether the English lexicon answered at all
    capitalised: Counter[str]  # how often the article writes each capitalised word

    def common_word(self, word: str) -> bool:
        key = word.casefold()
        return word in self.common or key in self.lowercase or key in COMMON


def _known_spans(text: str, matcher: Matcher) -> list[tuple[int, int]]:
    """The glossary names of *text*, but a bare surname after a first name is not known:
    ``Gohar Sargsyan`` is another person than the Sargsyan of the glossary."""
    spans = []
    for match in matcher.find(text):
        if match.candidates:
            before = list(_WORD.finditer(text[: match.start]))
            last = before[-1] if before else None
            if (
                last is not None
                and not text[last.end() : match.start].strip()
                and _capitalised(last.group())
                and not _is_title(last.group())
            ):
                continue
        spans.append((match.start, match.end))
    return spans


def _work_titles(
    segment: Segment, titles: Set[str], known: Sequence[tuple[int, int]] = ()
) -> list[Occurrence]:
    """Titles of works in quotes after what they are (the film "And Then We Danced", a book
    titled "..."), and the *titles* so found elsewhere in the article, quoted: a name as it
    stands, small words and all."""
    spans = {match.span(1) for match in _WORK.finditer(segment.text)}
    # A quoted string in title case is a title wherever it stands (a children's book, "The
    # Girl Who Counted Ships"; to "Ali and Nino", the 1937 novel).
    # ... unless the glossary claims it (a slogan such as "Justice for Khojaly!").
    spans |= {
        m.span(1)
        for m in _QUOTED.finditer(segment.text)
        if _title_cased(m.group(1))
        and not any(
            s <= m.start(1) and m.start(1) + len(m.group(1).rstrip("!?.,")) <= e for s, e in known
        )
    }
    for title in titles:
        quoted = rf"[\"“«]({re.escape(title)})[,.]?[\"”»]"
        spans |= {match.span(1) for match in re.finditer(quoted, segment.text)}
    return [Occurrence(segment.text[s:e], segment, s, e) for s, e in sorted(spans)]


def _title_cased(quoted: str) -> bool:
    """Whether a quoted *quoted* string is a title: two to eight words, each capitalised but
    the small ones, no sentence inside."""
    parts = quoted.split()
    return (
        1 < len(parts) <= 8
        and not re.search(r"[.!?;:]\s", quoted)
        and all(p[:1].isupper() or p[:1].isdigit() or p in _TITLE_SMALL for p in parts)
        and sum(p[:1].isupper() for p in parts) >= 2
    )


def _route_names(segment: Segment, known: Sequence[tuple[int, int]]) -> list[Occurrence]:
    """Links named after three places or more (the Baku-Tbilisi-Kars railway, the
    Baku-Tbilisi-Ceyhan pipeline): the compound is a name of its own, beside its places. Two
    places (the Kars-Gyumri railway) only describe the link."""
    found = []
    for match in _ROUTE_NAME.finditer(segment.text):
        parts = match.group().split("-")
        if any(s <= match.start() and match.end() <= e for s, e in known) or any(
            p.casefold() in PREFIXES or len(p) < 3 for p in parts
        ):
            continue
        found.append(Occurrence(match.group(), segment, match.start(), match.end()))
    return found


def is_common_word(word: str) -> bool:
    """Whether *word* alone is no name: a month, weekday, language, demonym or common word."""
    key = word.casefold()
    return key in COMMON or key in OPENING or key in _calendar() or _is_demonym(word)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    known: bool
    initial: bool  # first word of the sentence, or right after an opening quote
    cut: bool = False  # a name of its own after a hyphen (the Gazakh of Aghstafa-Gazakh)
    hyphen: bool = False  # written after a hyphen, not a space


@functools.lru_cache(maxsize=1024)
def _plain_tokens(text: str) -> tuple[_Token, ...]:
    """`_tokens` of *text* with nothing known, remembered: `find_names` asks it of every
    sentence twice or three times."""
    return tuple(_tokens(text, ()))


def _tokens(
    text: str, known: Sequence[tuple[int, int]], standalone: Set[str] = frozenset()
) -> list[_Token]:
    """The words of *text*. A compound of names is cut into them where one is known
    (Aghstafa-Gazakh) or the article writes each alone (Gazakh-Ijevan road)."""
    tokens = []
    for index, match in enumerate(_WORD.finditer(text)):
        # The text before the word, less its trailing blanks, is cut only where it can
        # matter: after an opener (slicing it for every word made this quadratic).
        edge = match.start()
        while edge and text[edge - 1].isspace():
            edge -= 1
        initial = index == 0 or (
            bool(edge) and text[edge - 1] in _OPENERS and _quote_opens(text[:edge])
        )
        start, end = match.span()
        word = match.group()
        core = end - 1 if word.endswith(".") else end  # U.S. is known as U.S
        if "-" not in word:
            # No compound, no adjective made of a name (the branches below need a hyphen).
            inside = bool(known) and any(s <= start and core <= e for s, e in known)
            tokens.append(_Token(word, start, end, inside, initial))
            continue
        if any(s <= start and core <= e for s, e in known):
            tokens.append(_Token(match.group(), start, end, True, initial))
        elif (size := _adjective_stem(match.group())) and not any(
            start <= s < e <= end for s, e in known
        ):
            # A name made an adjective (Almaty-based, Kremlin-funded): the name, then the rest.
            tokens.append(_Token(match.group()[:size], start, start + size, False, initial))
            tokens.append(_Token(match.group()[size + 1 :], start + size + 1, end, False, False))
        elif "-" in match.group() and (
            any(
                start <= s and e <= end and not _adjective_part(text[s:e], match.group())
                for s, e in known
            )
            or (cut := _names_compound(match.group(), standalone, text[end:]))
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


def _adjective_part(part: str, word: str) -> bool:
    """Whether the known *part* of the compound *word* is an adjective inside a longer name
    (the Azeri of Azeri-Chirag-Deepwater), not one of the names it joins (Russia-Ukraine)."""
    return _is_demonym(part) and not _is_demonym(word)


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
    if "-" not in word:
        return 0  # one part: it is the name, or no name (the loop below gives 0 too)
    parts = word.split("-")
    first = next((i for i, p in enumerate(parts) if not p[:1].isupper()), 0)
    if not first or not all(p[:1].islower() for p in parts[first:]):
        return 0
    return len("-".join(parts[:first]))


def _quote_opens(before: str) -> bool:
    # A colon or an opening quote starts a new sentence-like clause; a closing one does not.
    return before[-1] in "“‘«([:;" or before.count('"') % 2 == 1


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _runs(
    text: str, known: Sequence[tuple[int, int]], standalone: Set[str] = frozenset()
) -> list[list[_Token]]:
    """Runs of capitalised tokens, small joiners inside, no punctuation between."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    tokens = _tokens(text, known, standalone)
    listed = 0  # tokens up to here continue a list of portfolios (Ministry of A, B and C)
    for i, token in enumerate(tokens):
        if i < listed:
            current.append(token)
            continue
        gap = text[current[-1].end : token.start] if current else ""
        if current and gap == ", " and (listed := _portfolio_list(tokens, i, text, current)) > i:
            current.append(token)
            continue
        gap_ok = bool(current) and (
            gap == " " or (gap == "-" and not token.cut) or _dash_joins(tokens, i, text, gap)
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
        # A number between two capitalised words: the Paris 2024 Olympics, Expo 2025 Osaka.
        if (
            current
            and gap == " "
            and token.text.isdigit()
            and current[-1].text.casefold() not in _calendar()
            and i + 1 < len(tokens)
            and text[token.end : tokens[i + 1].start] == " "
            and _capitalised(tokens[i + 1].text)
            and not is_common_word(_bare(tokens[i + 1]))
        ):
            current.append(token)
            continue
        if current and gap_ok and not ends_possessive and _joins(tokens, i, text, current[-1]):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if _capitalised(token.text) else []
    if current:
        runs.append(current)
    return runs


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
    of = next((k for k, w in enumerate(words) if k and w == "of"), None)
    if of is None or words[of - 1] not in HEAD_NOUNS:
        return i
    if not all(_portfolio(t) or t.text in JOINERS for t in run[of + 1 :]):
        return i
    j = i
    while j < len(tokens):
        size = 0  # an item: one or two portfolio words
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
            if follows == " " and _portfolio(tokens[j + 1]):
                return j + 1  # the last item joins as a capitalised word after "and"
            return i
        if gap != ", ":
            return i
    return i


def _joins(tokens: Sequence[_Token], i: int, text: str, previous: _Token) -> bool:
    """Whether joiners from *i* on (``of``, ``of the``) lead, spaced, to a capitalised word."""
    j = i
    if tokens[i].text in HEAD_JOINERS and _bare(previous).casefold() in HEAD_NOUNS:
        j += 1
        if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != " ":
            return False
        if tokens[j].text.casefold() in _calendar():  # the Church on Monday
            return False
    while j < len(tokens) and tokens[j].text in JOINERS:
        if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start] != " ":
            return False
        j += 1
    return j > i and j < len(tokens) and _capitalised(tokens[j].text)


def _accept(run: list[_Token], segment: Segment, evidence: _Evidence) -> list[Occurrence]:
    """The unknown names *run* stands for, trimmed; none when it holds no unknown name."""
    text = segment.text
    if not any(c.islower() for c in text):
        # A line in capitals (DAILY SABAH WITH AA): its small words are not inside a name, and
        # its first word is no more common than the others.
        run = [replace(t, initial=t.initial and t.text.casefold() in OPENING) for t in run]
        cuts = [i for i, t in enumerate(run) if t.text.casefold() in CAPITALS_CUT]
        if cuts:
            bounds = zip([-1, *cuts], [*cuts, len(run)], strict=True)
            return [o for a, b in bounds if b > a + 1 for o in _accept(run[a + 1 : b], segment,
                                                                       evidence)]  # fmt: skip
    found = []
    run = _unquote(run, text)
    exclaimed = text.rstrip(_QUOTES_CLOSING + " ").endswith("!")
    # Titles go first, over the whole run: "Minister of Ecology and Natural Resources X".
    whole = _trim(run, evidence.lowercase)
    # A common noun opening the sentence before a person's name is a role: Striker Joel Kojo.
    if (
        whole is run
        and len(run) >= 3
        and run[0].initial
        and _bare(run[0]) in evidence.common
        and not any(_bare(t).casefold() in HEAD_NOUNS | JOINERS or t.known for t in run)
        and not any(evidence.common_word(_bare(t)) for t in run[1:])
    ):
        whole = run[1:]
    # An acronym after it in brackets says which of its words are one name, known ones
    # included: Kazakhstan Temir Zholy (KTZ); the sentence's first word too when the acronym
    # abbreviates it (Football Union of Kyrgyzstan (FUK)), then nothing is trimmed.
    spelled = len(whole) < len(run) and _acronym_suffix(run, text) == 0
    named = 0 if spelled else _acronym_suffix(whole, text)
    pieces = [*_pieces(whole[:named], evidence), whole[named:]] if named is not None else []
    if spelled:
        pieces = [run]
    for piece in pieces or _pieces(whole, evidence):
        if not spelled:
            piece = _trim(piece, evidence.lowercase)
        if not piece:
            continue
        split = len(piece) < len(whole) and any(t.known for t in whole)
        # A common word right after a possessive is a role: Azerbaijan's Agent.
        owned = _OWNED.search(text[: piece[0].start]) is not None
        # A word that opens a sentence before a role (Kremlin spokesman) or made an adjective
        # (Shusha-born), or a letter that names a network (on X): a capital that proves a name.
        after = text[piece[-1].end :]
        role = any(p.match(after) for p in (_ROLE_AFTER, _MADE_ADJECTIVE)) and len(piece) == 1
        network = (
            _PLATFORM_BEFORE.search(text[: piece[0].start]) is not None
            and re.fullmatch(r"[B-HJ-Z]", piece[0].text) is not None
            and not after.startswith(".")
        )
        cue = role or network
        if _is_name(piece, evidence, split=split or owned, exclaimed=exclaimed, cue=cue):
            start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
            found.append(Occurrence(text[start:end], segment, start, end))
    return found


def _leftover_names(
    run: list[_Token], segment: Segment, taken: Sequence[tuple[int, int]], evidence: _Evidence
) -> list[Occurrence]:
    """The parts of *run* that neither the glossary nor the finder's rules account for, as
    names: each maximal stretch of its tokens that no known or found name overlaps, without
    titles, openers and joiners at its ends. Not a name even so: a stretch of titles,
    portfolios, months, demonyms or common words only; a single word that English uses as a
    common word, that the article writes in lower case, or (without the lexicon) that opens
    the sentence; a line in capitals (boilerplate)."""
    text = segment.text
    if not any(c.islower() for c in text):
        return []
    stretches: list[list[_Token]] = [[]]
    for token in run:
        if token.known or any(s < token.end and token.start < e for s, e in taken):
            stretches.append([])
        else:
            stretches[-1].append(token)
    found = []
    for stretch in stretches:
        piece = _trim(stretch, evidence.lowercase)
        while piece and not _capitalised(piece[0].text):
            piece = piece[1:]
        # Titles after a name are no part of it (the Order of President, AIIB Vice President).
        while piece and (_is_title(_bare(piece[-1])) or piece[-1].text in JOINERS):
            piece = piece[:-1]
        # A word in brackets (the acronym after a name) opens no sentence.
        if piece and text[: piece[0].start].endswith("("):
            piece = [replace(piece[0], initial=False), *piece[1:]]
        if not piece or _abbreviates(piece, taken, text) or not _leftover_name(piece, evidence):
            continue
        start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
        found.append(Occurrence(text[start:end], segment, start, end))
    return found


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


def _leftover_name(piece: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether a leftover stretch of capitalised words is a name (`_leftover_names`)."""
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
            or (word.isupper() and len(word) > 3 and word.capitalize() in evidence.common)
        )

    if all(proves_nothing(w) for w in words):
        return False
    if len(piece) > 1:
        # Common English words only (Peace Talks) name nothing without a head noun.
        return _has_head(piece) or not all(w in evidence.common or proves_nothing(w) for w in words)
    word, key = words[0], words[0].casefold()
    return not (
        len(word) < 2
        or key in HEAD_NOUNS
        or _PLURAL_ACRONYM.match(word) is not None
        or key in PREFIXES
        or word in evidence.common
        or (word.endswith("s") and word[:-1] in evidence.common)
        or word.capitalize() in evidence.common
        or key in evidence.lowercase
        # A sentence's first word, once in the article: a capital that proves nothing.
        or (
            piece[0].initial
            and (
                _opener(key, evidence.lowercase)
                or not evidence.lexicon
                or evidence.capitalised[word] < 2
            )
        )
    )


def _acronym_suffix(run: Sequence[_Token], text: str) -> int | None:
    """0 when an acronym in brackets after *run* abbreviates all its words and not all are
    known, else None. (Where it abbreviates only the last ones, a known word before them may
    still belong to the name: the OSCE Office for Democratic Institutions and Human Rights.)"""
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


def _bare(token: _Token) -> str:
    return _POSSESSIVE.sub("", token.text)


def _has_head(run: Sequence[_Token]) -> bool:
    words = [_bare(t).casefold() for t in run]
    return len(run) > 1 and (words[-1] in HEAD_NOUNS or ("of" in words and any(
        w in HEAD_NOUNS for w in words[: words.index("of")])))  # fmt: skip


def _separate(second: Sequence[_Token]) -> bool:
    """Whether what follows an ``and`` is a name of its own, not the rest of an organisation's
    complement: it starts with ``the``, is known, or has a head noun."""
    return bool(second) and (
        second[0].text == "the"
        or all(t.known for t in second)
        or any(_bare(t).casefold() in HEAD_NOUNS for t in second)
    )


def _org_like(left: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether the words before ``of`` (``for``, ``on``, ``in``) name a thing, not a person or
    place: a head noun or a common word (Faculty of ..., Crossroads of ..., Protection of ...)."""
    last = _bare(left[-1])
    key = last.casefold()
    return (
        key in HEAD_NOUNS
        or evidence.common_word(last)
        or (key.endswith(NOUN_SUFFIXES) and not last.isupper())
    )


def _pieces(run: list[_Token], evidence: _Evidence) -> list[list[_Token]]:
    """*run* cut where it joins two names: at a title inside it, at ``and``, after an
    organisation followed by a person, at ``of`` after a name, around known names."""
    if not run:
        return []
    if _territory(run):
        return [] if all(t.known for t in run) else [run]
    words = [_bare(t).casefold() for t in run]
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
            # After "of", only a person's name follows the title (Order of President X), not a
            # portfolio (Ministry of Foreign Affairs).
            if words[k - 1] in JOINERS and (words[after] in PORTFOLIOS or words[after] in JOINERS):
                continue
            # A portfolio in a list of them: Ministry of Education, Science, Culture and Sports.
            if (
                words[k] in PORTFOLIOS
                and words[k - 1] in PORTFOLIOS | JOINERS
                and (words[after] in PORTFOLIOS or words[after] in JOINERS)
            ):
                continue
            rest = _trim(run[k:], evidence.lowercase)
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
                return _pieces(run[:begin], evidence) + _pieces(rest, evidence)
    # X and Y: two names, unless "and" is inside an organisation's complement (Centre for
    # Economic and Social Development) or leaves a common word alone (Caspian Oil and Gas).
    ands = [i for i, w in enumerate(words) if w == "and"]
    complement = next(
        (i for i, w in enumerate(words) if i and w in COMPLEMENTS and _org_like(run[:i], evidence)),
        None,
    )
    separate = bool(ands) and _separate(run[ands[0] + 1 :])
    # "and" between two common words in a name that ends in a head noun: the Baku Music and
    # Arts Festival, the Caspian Oil and Gas Exhibition.
    inner = (
        words[-1] in HEAD_NOUNS
        and all(
            0 < i < len(run) - 2
            and not run[i - 1].known
            and not run[i + 1].known
            and all(
                _capitalised(t.text) and _common_part(_bare(t), evidence)
                for t in (run[i - 1], run[i + 1])
            )
            # ... written with spaces only: Coalition for Change and Unity - National Movement
            # is two names.
            and all(b.start - a.end == 1 for a, b in zip(run[i:], run[i + 1 :], strict=False))
            for i in ands
        )
    )
    if inner:
        ands = []
    if ands and (complement is None or complement > ands[0] or separate):
        halves: list[list[_Token]] = [[]]
        for token in run:
            if token.text == "and":
                halves.append([])
            else:
                halves[-1].append(token)
        lone_common = any(
            len(h) == 1 and not h[0].known and evidence.common_word(_bare(h[0])) for h in halves
        )
        if not lone_common:
            return [piece for half in halves if half for piece in _pieces(half, evidence)]
    # A later "and" may still join two names: Ministry of Culture and Tourism and Armenia.
    for a, b in zip(ands[1:], [*ands[2:], len(run)], strict=False):
        if _separate(run[a + 1 : b]):
            return _pieces(run[:a], evidence) + _pieces(run[a + 1 :], evidence)
    # An organisation, then a person: ... Presidential Administration Hikmet Hajiyev.
    for k in range(1, len(run) - 2):
        if (
            words[k] in HEAD_NOUNS
            and not any(w in HEAD_NOUNS or w in JOINERS for w in words[k + 1 :])
            and not all(t.known for t in run[k + 1 :])
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
        # A sentence opening with a common noun: "Prices of Gazprom Azerbaijan rose".
        if len(left) == 1 and left[0].initial and evidence.common_word(_bare(left[0])):
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
        of_common = bool(right) and all(not t.known and _bare(t) in evidence.common for t in right)
        if _org_like(left, evidence) or single or of_common:
            return [run]
        return _pieces(left, evidence) + _pieces(right, evidence)
    if _has_head(run):
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


def _common_part(word: str, evidence: _Evidence) -> bool:
    """A word that names a field, not a place or a person: Oil, Gas, Music, Science."""
    return evidence.common_word(word) or word.casefold() in PORTFOLIOS | TITLES


def _trim(run: list[_Token], lowercase: set[str]) -> list[_Token]:
    """*run* without the titles, openers and demonyms before the name, nor joiners after it."""
    after_title = False
    while len(run) > 1:
        word = _bare(run[0]).casefold()
        following = _bare(run[1]).casefold()
        if _is_title(word) and following in HEAD_NOUNS and not _is_title(following):
            break  # Foreign Ministry, Presidential Administration
        if _is_title(word):
            after_title = True
        elif not (
            (after_title and (word in JOINERS or word in PORTFOLIOS))
            or (run[0].initial and _opener(word, lowercase))
            or (_is_demonym(word) and following in TITLES)
        ):
            break
        run = run[1:]
    while run and (run[0].text.casefold() in JOINERS or run[-1].text.casefold() in JOINERS):
        run = run[1:] if run[0].text.casefold() in JOINERS else run[:-1]
    return run


def _opener(word: str, lowercase: set[str]) -> bool:
    """Whether the sentence-initial *word* is common: the article also writes it in lower case."""
    return (
        word in OPENING
        or word in lowercase
        or word in _calendar()
        or word.endswith(("ing", "ly", "ed"))
    )


def _is_title(word: str) -> bool:
    """A title or role, hyphenated ones included (Vice-President, Commander-in-Chief)."""
    parts = [p.removesuffix("s") if p not in TITLES else p for p in word.casefold().split("-")]
    return all(p in TITLES or p in JOINERS for p in parts) and any(p in TITLES for p in parts)


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
        if _PLURAL_ACRONYM.match(word):  # MPs, NGOs: common nouns
            return False
        # A word the article also writes in lower case is a common word (Peace, World).
        if key in evidence.lowercase and not _territory(run):
            return False
        cued = cue and not _opener(key, evidence.lowercase) and not key.endswith(NOUN_SUFFIXES)
        camel = _CAMEL.search(word) is not None and "-" not in word
        return (
            not run[0].initial
            or word in evidence.capitalised_inside
            or _territory(run)
            or cued
            or camel
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


def _lower_part(word: str) -> bool:
    """A compound with a lower-case part is an adjective (Armenia-backed), not a name."""
    parts = word.split("-")
    return len(parts) > 1 and any(p[:1].islower() and p not in JOINERS for p in parts)


def _territory(run: Sequence[_Token]) -> bool:
    return " ".join(_bare(t) for t in run).casefold() in _territories()


def _evidence(segments: Sequence[Segment]) -> tuple[set[str], set[str]]:
    """Words the article capitalises inside a sentence, and words it writes in lower case."""
    inside: set[str] = set()
    lowercase: set[str] = set()
    for segment in segments:
        if segment.paragraph <= 0:
            continue
        tokens = _plain_tokens(segment.text)
        for i, token in enumerate(tokens):
            word = _bare(token)
            if word[:1].islower():
                lowercase.add(word.casefold())
                continue
            alone = all(
                not (0 <= j < len(tokens) and _capitalised(tokens[j].text)) for j in (i - 1, i + 1)
            )
            if not token.initial and alone:
                inside.add(word)
    return inside, lowercase


def _title_case(segments: Sequence[Segment]) -> bool:
    """Whether the headline capitalises most of its longer words (then capitals prove nothing)."""
    words = [
        t.text
        for s in segments
        if s.paragraph == 0
        for t in _plain_tokens(s.text)
        if len(t.text) > 3
    ]
    return len(words) > 1 and sum(w[:1].isupper() for w in words[1:]) * 2 > len(words) - 1


@functools.cache
def _calendar() -> frozenset[str]:
    """Month and weekday names and their abbreviations, from CLDR."""
    from babel import Locale

    locale = Locale.parse("en")
    names: set[str] = set()
    for table in (locale.months, locale.days):
        for width in ("wide", "abbreviated"):
            names.update(n.casefold().rstrip(".") for n in table["format"][width].values())
    return frozenset(names)


@functools.cache
def _demonyms() -> frozenset[str]:
    """English language names from CLDR (Russian, Armenian, Azerbaijani ...)."""
    from babel import Locale

    return frozenset(name.casefold() for name in Locale.parse("en").languages.values())


def _is_demonym(word: str) -> bool:
    """A language name or a people's adjective: Russian, Iranian, Israeli, Azerbaijanis."""
    key = word.casefold()
    if key in _territories():
        return False
    if key in _demonyms() or key.removesuffix("s") in _demonyms() or key in ADJECTIVES:
        return True
    if "-" in key:  # Russian-Ukrainian, Greco-Roman: every part an adjective
        return all(_is_demonym(p) or p in ADJECTIVE_PARTS for p in key.split("-"))
    stem = key.removesuffix("s")
    for suffix in ("ian", "ean", "an", "ese", "ish", "i"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            base = stem[: len(stem) - len(suffix)]
            # The base is the country's name but for its last letters (Armeni-an, Turk-ish,
            # Leban-ese), not any start of one: Paris is no Par(aguay)-i, Kazan no Kaz-an.
            if any(
                t.startswith(base) and len(t.split()[0]) - len(base) <= 2 for t in _territories()
            ):
                return True
    return False


@functools.cache
def _territories() -> frozenset[str]:
    from babel import Locale

    names = {
        name.casefold()
        for code, name in Locale.parse("en").territories.items()
        if code not in NO_PLACE
    }
    # Short forms CLDR keeps as alternatives that babel does not expose.
    return frozenset(names | {"u.s.", "us", "usa", "u.k.", "uk", "the netherlands"})

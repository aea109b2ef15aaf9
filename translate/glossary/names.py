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

import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from translate.glossary.gazetteer import calendar_words, currency_codes
from translate.glossary.lexicon import (
    capitalised_common,
    common_words,
    compound_words,
    lexicon_available,
    prewarm,
    proper_words,
    unknown_words,
)
from translate.glossary.matcher import Matcher
from translate.glossary.name_evidence import (
    _Evidence,
    _evidence,
    _opener,
    _title_case,
    _title_line,
)
from translate.glossary.name_pieces import (
    _acronym_suffix,
    _has_head,
    _pieces,
    _trim,
    _unquote,
)
from translate.glossary.name_tokens import (
    _CAMEL,
    _MADE_ADJECTIVE,
    _QUOTES_CLOSING,
    _ROUTE,
    _WORD,
    _bare,
    _capitalised,
    _is_title,
    _lower_part,
    _patronymic,
    _runs,
    _territory,
    _Token,
    _tokens,
    is_common_word,
)
from translate.glossary.name_words import (
    CAPITALS_CUT,
    COMPLEMENTS,
    HEAD_NOUNS,
    JOINERS,
    NOUN_SUFFIXES,
    OPENING,
    PORTFOLIOS,
    PREFIXES,
    SEAS,
    words,
)
from translate.text.segments import CREDITS, Segment

__all__ = ["HEAD_NOUNS", "Occurrence", "find_names", "is_common_word", "words"]


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
#: The noun for a ship before its name: the ferry Sultan Alparslan, the tanker Admiral X.
_VESSEL = re.compile(
    r"\b(?:ship|ferry|vessel|yacht|tanker|frigate|cruiser|destroyer|submarine|icebreaker|"
    r"carrier|freighter|steamer|warship|flagship|liner|boat)s? \Z"
)
#: A work's title after the noun for it, unquoted, with a subtitle after a colon (the
#: exhibition Silk and Salt: Trade on the Steppe): words in title case on both sides.
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|the|a|an|and|in|on|at|to|for|from|with)"
_SUBTITLED = re.compile(
    r"\b(?:film|movie|documentary|book|novel|memoir|play|opera|exhibition|show|collection|"
    r"anthology|album|series|report|study)s? "
    rf"([A-Z][\w'’-]*(?: {_TITLE_WORD})*: [A-Z][\w'’-]*(?: {_TITLE_WORD})*)"
)
#: Any quoted string of two to eight words (a title of a work when in title case).
_QUOTED = re.compile(r"[\"“«]([A-Z][^\"“”«»]{2,100}?)[,.]?[\"”»]")
#: One quoted capitalised word after a name's possessive: a work of that person.
_OWNED_WORK = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+['’]s [\"“«]([A-Z][^\W\d_]+)[,.]?[\"”»]")
#: Small words that a title in title case writes in lower case.
_TITLE_SMALL = words("a an the of and or in on at to for by with from as but nor vs via into")
#: What a one-letter name of a network follows (said on X).
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|to)\s+\Z")
_ROUTE_NAME = re.compile(
    rf"(?<![\w-])[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+){{2,}}(?=(?:{_ROUTE.pattern}))"
)
_OWNED = re.compile(r"\w['’]s?\s+\Z")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s\Z")
#: Whom something is told, when it is named by capitalised words and ends in a word.
_TOLD = re.compile(
    r"\b(?:told|interview with|speaking to) ((?:[A-Z][\w.-]* )+?([A-Z][a-z]+))(?![\w'’-]| [A-Z])"
)
#: An amount before or after a currency's code: GEL 2.4 million, 300 GEL.
_AMOUNT_BEFORE = re.compile(r"\d(?:\s*(?:million|billion|thousand|mln|bn|m|k))?\s*\Z")
_AMOUNT_AFTER = re.compile(r"\A\s*\d")
#: Head nouns of an outlet's name.
_MEDIA = words(
    "times post tribune herald journal gazette daily news press review magazine "
    "observer chronicle telegraph guardian independent monitor mirror courier"
)


@dataclass(frozen=True)
class Occurrence:
    """One unknown name in one sentence; `start`/`end` index the sentence text."""

    name: str
    segment: Segment
    start: int
    end: int


def find_names(segments: Sequence[Segment], matcher: Matcher) -> tuple[Occurrence, ...]:
    """Every unknown proper name of one article's *segments*, in text order."""
    # A headline read as a paragraph is a headline all the same: no evidence, no names of its own.
    titled = {(s.paragraph, s.index) for s in segments if _title_line(s, segments)}
    capitalised_inside, lowercase = _evidence(
        [s for s in segments if (s.paragraph, s.index) not in titled]
    )
    title_case = _title_case(segments)
    found: list[Occurrence] = []
    headlines: list[Segment] = []
    runs: list[tuple[Segment, list[_Token]]] = []
    standalone = {
        t.text
        for s in segments
        if s.paragraph > 0
        for t in _tokens(s.text, ())
        if "-" not in t.text
    }
    # A title found after the noun for its work is that work wherever the article quotes it.
    titles = frozenset(
        o.name
        for s in segments
        for o in _work_titles(s, frozenset(), _known_spans(s.text, matcher))
    )
    for segment in segments:
        if segment.paragraph in (1, 2) and _masthead(segment.text, matcher):
            # An outlet's name alone on the date line: "The" and all (The Times of Central Asia).
            found.append(Occurrence(segment.text, segment, 0, len(segment.text)))
            continue
        if (segment.paragraph == 0 and title_case) or (segment.paragraph, segment.index) in titled:
            headlines.append(segment)
            continue
        known = _known_spans(segment.text, matcher, lowercase)
        outlets = _outlets(segment, known)
        found += outlets
        known += [(o.start, o.end) for o in outlets]
        found += _route_names(segment, known)
        works = _work_titles(segment, titles, known)
        found += works
        known += [(o.start, o.end) for o in works]  # its words are no names of their own
        # ... nor those of its translation in brackets after it: "..." (My Mother's Songs).
        known += [span for o in works if (span := _translated(segment.text, o.end))]
        for run in _runs(segment.text, known, standalone, lowercase):
            if segment.paragraph == CREDITS:
                # A credit is names and a few small words (By ..., and): no sentence to open.
                run = [replace(t, initial=t.text.casefold() in OPENING) for t in run]
            runs.append((segment, run))
    # One analyser process for the whole article (`translate.glossary.lexicon`).
    asked = {_bare(t) for _, run in runs for t in run if _capitalised(t.text)}
    # Singulars (Bottlenecks) and words in capitals (UPDATE) for the leftover names.
    asked |= {w[:-1] for w in asked if w.endswith("s")} | {w.capitalize() for w in asked}
    outlet = _lower_outlet(segments)
    if outlet is not None:
        asked.add(outlet.text)
    prewarm(asked)  # one process for every question below
    common = common_words(asked)
    repeated = Counter(_bare(t) for _, run in runs for t in run)
    lexicon = lexicon_available()
    evidence = _Evidence(
        capitalised_inside,
        lowercase,
        common,
        lexicon,
        repeated,
        capitalised_common(asked) if lexicon else frozenset(),
        unknown_words(asked) if lexicon else frozenset(),
        compound_words(asked) if lexicon else frozenset(),
        proper_words(asked) if lexicon else frozenset(),
    )
    if outlet is not None and outlet.text not in common:
        found.append(Occurrence(outlet.text, outlet, 0, len(outlet.text)))
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
    found = _named_after(found)
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


def _named_after(found: Sequence[Occurrence]) -> list[Occurrence]:
    """*found* with an organisation ``named after`` a person joined to that person: one name
    (Institute of Geography named after Hasan Aliyev), the person's name being part of it."""
    ordered = sorted(found, key=lambda o: (o.segment.paragraph, o.segment.index, o.start))
    joined: list[Occurrence] = []
    for occurrence in ordered:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.segment == occurrence.segment
            and occurrence.segment.text[last.end : occurrence.start] == " named after "
            and any(w.casefold() in HEAD_NOUNS for w in last.name.split())
        ):
            text = occurrence.segment.text
            joined[-1] = Occurrence(
                text[last.start : occurrence.end], last.segment, last.start, occurrence.end
            )
            continue
        joined.append(occurrence)
    return joined


#: A line that is only a name after "The": capitalised words and a few joiners.
_THE_NAME = re.compile(r"The(?: (?:[A-Z][\w'’.-]*|of|the|and|for|on))+")


def _masthead(text: str, matcher: Matcher) -> bool:
    """Whether the line *text* is an outlet's name with its "The" (The Times of Central Asia):
    "The", capitalised words and joiners, a media head noun among them, and no glossary
    name covering all of it."""
    return (
        _THE_NAME.fullmatch(text) is not None
        and not text.endswith((" of", " the", " and", " for", " on"))
        and any(w.casefold() in _MEDIA for w in text.split())
        and not any(m.start <= 4 and m.end == len(text) for m in matcher.find(text))
    )


def _lower_outlet(segments: Sequence[Segment]) -> Segment | None:
    """The first paragraph when it is one word in lower case that the body writes again
    (bianet on the date line, bianet's report): an outlet that writes its name so, no common
    word (the caller asks the lexicon)."""
    first = next((s for s in segments if s.paragraph == 1), None)
    if first is None or not re.fullmatch(r"[a-z][a-z0-9.-]+", first.text):
        return None
    if is_common_word(first.text) or first.text in calendar_words():
        return None
    again = re.compile(rf"(?<![\w-]){re.escape(first.text)}(?![\w-]|['’][a-z]{{2}})")
    if not any(s.paragraph > 1 and again.search(s.text) for s in segments):
        return None
    return first


def _known_spans(
    text: str, matcher: Matcher, lowercase: Set[str] = frozenset()
) -> list[tuple[int, int]]:
    """The glossary names of *text*, but a bare surname after a first name is not known:
    ``Gohar Sargsyan`` is another person than the Sargsyan of the glossary; nor an acronym
    written as a word before a surname (``Nato Murvanidze``, a given name: `_given_acronym`)."""
    spans = []
    for match in matcher.find(text):
        if _given_acronym(match.surface, match.name, text[match.end :], lowercase):
            continue
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


def _given_acronym(surface: str, name: str, after: str, lowercase: Set[str]) -> bool:
    """Whether a glossary acronym written as a word (*surface* ``Nato`` of *name* ``NATO``) is
    a given name: one capitalised word follows it, spaced, and ends the run, a word that is no
    title, head noun or common word (the article never writes it in lower case)."""
    if surface.isupper() or not name.isupper() or surface.casefold() != name.casefold():
        return False
    following = re.match(r" ([A-Z][a-z]+)(?![\w-]| [A-Z])", after)
    if following is None:
        return False
    word = following.group(1)
    key = word.casefold()
    return not (
        _is_title(word)
        or key in HEAD_NOUNS
        or key in lowercase
        or is_common_word(word)
        or key.removesuffix("s") in lowercase
    )


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
    # An unquoted title with a subtitle after the noun for the work, small words at its end
    # left out.
    for match in _SUBTITLED.finditer(segment.text):
        title = re.sub(r"(?: [a-z]+)+\Z", "", match.group(1))
        date = re.search(r" (?:in|on|at|from|until|by) ([A-Z][a-z]+)\Z", title)
        if date is not None and date.group(1).casefold() in calendar_words():
            title = title[: date.start()]  # ... opens in May: the date is no part of it
        spans.add((match.start(1), match.start(1) + len(title)))
    # A single quoted word after a name's possessive: a work of that person (Brook's "Lear").
    spans |= {m.span(1) for m in _OWNED_WORK.finditer(segment.text)}
    for title in titles:
        quoted = rf"[\"“«]({re.escape(title)})[,.]?[\"”»]"
        spans |= {match.span(1) for match in re.finditer(quoted, segment.text)}
    return [Occurrence(segment.text[s:e], segment, s, e) for s, e in sorted(spans)]


def _translated(text: str, end: int) -> tuple[int, int] | None:
    """The span of a work's title translated in brackets after its quoted title ending at
    *end*, if there is one."""
    match = re.match(r"[,.]?[\"”»]\s*\(([^()]{2,80})\)", text[end:])
    return (end + match.start(1), end + match.end(1)) if match else None


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


def _outlets(segment: Segment, known: Sequence[tuple[int, int]]) -> list[Occurrence]:
    """Outlets told something, named by a known place and a common word (told Georgia Today,
    in an interview with Russia Today): one name, though its last word alone is none."""
    found = []
    for match in _TOLD.finditer(segment.text):
        start, end = match.span(1)
        head = next(((s, e) for s, e in known if s == start), None)
        last = match.group(2)
        if (
            head is not None
            and segment.text[head[1] : match.start(2)] == " "
            and is_common_word(last)
            and last.casefold() not in calendar_words()
        ):
            found.append(Occurrence(segment.text[start:end], segment, start, end))
    return found


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
    if run and run[0].start == 0 and _dateline_place(text[run[-1].end :]):
        # A dateline's place (Gonur, Armenia – ...) is a name though it opens the paragraph.
        run = [replace(run[0], initial=False), *run[1:]]
    exclaimed = text.rstrip(_QUOTES_CLOSING + " ").endswith("!")
    # Titles go first, over the whole run: "Minister of Ecology and Natural Resources X";
    # but a ship's name after the noun for it is all its own (the ferry Sultan Alparslan).
    vessel = _VESSEL.search(text[: run[0].start]) is not None if run else False
    whole = run if vessel else _trim(run, evidence)
    # A common noun opening the sentence before a person's name is a role: Striker Joel Kojo.
    # ... also before the person's "of" and an organisation (Ecologist X Y of Z University).
    joiner = next((i for i, t in enumerate(run) if t.text in JOINERS), len(run))
    person = run[:joiner]
    if (
        whole is run
        and len(person) >= 3
        and run[0].initial
        and _occupation(_bare(run[0]), evidence)
        and not any(_bare(t).casefold() in HEAD_NOUNS or t.known for t in person)
        and not any(evidence.common_word(_bare(t)) and not _patronymic(t.text) for t in person[1:])
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
    elif not pieces and _body_then_person(run, whole):
        pieces = [whole[:-2], whole[-2:]]
    for piece in pieces or _pieces(whole, evidence):
        if not spelled and not vessel:
            piece = _trim(piece, evidence)
        piece = _before_beat(piece, text, evidence)
        if not piece:
            continue
        # What is left of a known name beside it (European Union Mission) is split from it;
        # a name after "and the" is one of its own (... Programme and the Global Gateway).
        split = len(piece) < len(whole) and _beside_known(piece, whole)
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
        if _money(piece, text) or _numbered(piece, after, evidence):
            continue
        if _sea(piece, text):
            start, end = piece[0].start, piece[0].end
            found.append(Occurrence(text[start:end], segment, start, end))
            continue
        # A ship's name of several words is a name even of a title and a name (Sultan X).
        ship = vessel and len(piece) > 1 and not all(t.known for t in piece)
        if ship or _is_name(piece, evidence, split=split or owned, exclaimed=exclaimed, cue=cue):
            start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
            found.append(Occurrence(text[start:end], segment, start, end))
    return found


def _beside_known(piece: Sequence[_Token], whole: Sequence[_Token]) -> bool:
    """Whether *piece* is what is left of *whole* beside its known names, not a name of several
    words of its own after ``and the``."""
    if not any(t.known for t in whole):
        return False
    starts = [t.start for t in whole]
    first = starts.index(piece[0].start) if piece[0].start in starts else 0
    own = (
        len(piece) > 1
        and first >= 2
        and [t.text for t in whole[first - 2 : first]]
        == [
            "and",
            "the",
        ]
    )
    return not own


#: A journalist's role after a byline's name, its field before it (Science correspondent).
_BEAT = re.compile(
    r" (?:correspondent|editor|reporter|writer|columnist|critic|producer|photographer)s?\b"
)


def _before_beat(piece: list[_Token], text: str, evidence: _Evidence) -> list[_Token]:
    """*piece* without its last word when that word is the field of a role in lower case
    after it: a byline's name before the role (Asel Omur Science correspondent); a place
    there names the beat (a Gonur correspondent) and stays."""
    if len(piece) < 3 or _BEAT.match(text[piece[-1].end :]) is None:
        return piece
    last = _bare(piece[-1])
    field = last.casefold() in PORTFOLIOS or evidence.english(last) or evidence.common_word(last)
    return piece[:-1] if field and not piece[-1].known else piece


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
        piece = _trim(stretch, evidence)
        while piece and not _capitalised(piece[0].text):
            piece = piece[1:]
        # Titles after a name are no part of it (the Order of President, AIIB Vice President).
        while piece and (_is_title(_bare(piece[-1])) or piece[-1].text in JOINERS):
            piece = piece[:-1]
        # A word in brackets (the acronym after a name) opens no sentence.
        if piece and text[: piece[0].start].endswith("("):
            piece = [replace(piece[0], initial=False), *piece[1:]]
        if (
            not piece
            or _abbreviates(piece, taken, text)
            or _money(piece, text)
            or _numbered(piece, text[piece[-1].end :], evidence)
            or not _leftover_name(piece, evidence)
        ):
            continue
        start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
        found.append(Occurrence(text[start:end], segment, start, end))
    return found


#: What follows the place of a dateline: its country, a dash, a sentence (Gonur, Armenia –
#: A ...).
_DATELINE_COUNTRY = re.compile(r", ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) [–—] [A-Z\d]")


def _dateline_place(after: str) -> bool:
    """Whether *after*, the text after a paragraph's first words, makes them a dateline's
    place: a comma, capitalised words (the country), a dash and a sentence."""
    return _DATELINE_COUNTRY.match(after) is not None


def _occupation(word: str, evidence: _Evidence) -> bool:
    """Whether a sentence's first *word* may be a common noun for what a person does: a common
    English word, or an agent noun in -ist that the lexicon lacks (Glaciologist) and the
    article never capitalises inside a sentence."""
    return word in evidence.common or (
        word.endswith("ist")
        and word not in evidence.capitalised_inside
        and (not evidence.lexicon or word in evidence.foreign)
    )


def _body_then_person(run: Sequence[_Token], whole: Sequence[_Token]) -> bool:
    """Whether *whole*, what is left of *run* after a title and its ``of (the)``, is a body
    with no head noun, then a person's given and family name (Member of the Jogorku Kenesh
    Dastan Zhumabaev; Speaker of the Milli Majlis ...): a person is no title's complement, a
    body is, and a person is named last."""
    if len(whole) < 4 or len(whole) == len(run):
        return False
    before = [_bare(t).casefold() for t in run[: len(run) - len(whole)]]
    words = [_bare(t) for t in whole]
    return (
        before[-1] in ("of", "the")
        and any(_is_title(w) for w in before)
        and not any(t.known for t in whole)
        and all(_capitalised(w) and w.casefold() not in HEAD_NOUNS for w in words)
        and not any(is_common_word(w) or _is_title(w) for w in words)
    )


#: What follows a sea's adjective used as its noun: no noun, but a sentence's mark or a
#: preposition (the Caspian itself, to the Caspian from China, the Caspian.).
_SEA_AFTER = re.compile(
    r"(?:[,.;:!?)]|\Z| (?:itself|too|also|is|was|has|had|will|"
    r"from|with|to|in|at|by|on|into|through|via|near|across)\b)"
)


def _sea(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is an adjective that names a sea used as its noun: after ``the`` (and
    perhaps one lower-case word), before no noun (the shrinking Caspian, the Mediterranean)."""
    if len(piece) != 1 or piece[0].text.casefold() not in SEAS:
        return False
    before = text[: piece[0].start]
    return (
        re.search(r"\b[Tt]he (?:[a-z]+ )?\Z", before) is not None
        and _SEA_AFTER.match(text[piece[0].end :]) is not None
    )


def _money(piece: Sequence[_Token], text: str) -> bool:
    """Whether *piece* is a currency's ISO code (CLDR) beside an amount: GEL 2.4 million,
    300 GEL; the same letters elsewhere may be an acronym."""
    if len(piece) != 1 or piece[0].text not in currency_codes():
        return False
    token = piece[0]
    return (
        _AMOUNT_BEFORE.search(text[: token.start]) is not None
        or _AMOUNT_AFTER.match(text[token.end :]) is not None
    )


def _numbered(piece: Sequence[_Token], after: str, evidence: _Evidence) -> bool:
    """Whether *piece* is a common noun before a number that it counts (Article 238, Part 1
    of a code), not a name."""
    # ... nor with the number inside the run (Article 12-3, Form 2-NDFL): no maker's name.
    numbered = len(piece) == 2 and piece[1].text[:1].isdigit()
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
            or word in evidence.capital_common
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
        if word in evidence.capital_common:  # Frenchman, Spaniard
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

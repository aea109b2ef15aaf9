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
from dataclasses import replace

from translate.glossary.lexicon import (
    capitalised_common,
    common_words,
    compound_words,
    foreign_words,
    lexicon_available,
    prewarm,
    proper_words,
    unknown_acronyms,
    unknown_words,
)
from translate.glossary.matcher import Matcher
from translate.glossary.name_evidence import (
    _crosshead,
    _Evidence,
    _evidence,
    _title_case,
    _title_line,
)
from translate.glossary.name_pieces import (
    _acronym_suffix,
    _pieces,
    _place_then_person,
    _unquote,
)
from translate.glossary.name_proof import (
    _acronym_opening,
    _dateline_place,
    _era,
    _grade,
    _is_name,
    _licence,
    _money,
    _named_by_kind,
    _numbered,
    _occupation,
    _party_seat,
    _people,
    _prefix,
    _sea,
)
from translate.glossary.name_runs import _runs
from translate.glossary.name_tagger import tag
from translate.glossary.name_tokens import (
    _MADE_ADJECTIVE,
    _QUOTES_CLOSING,
    _WORD,
    _bare,
    _capitalised,
    _is_title,
    _patronymic,
    _territory,
    _Token,
    _tokens,
    is_common_word,
)
from translate.glossary.name_trim import _reshaped, _trim, _with_particles
from translate.glossary.name_vetting import _learned, _listed_fields, _untitled, _vetted
from translate.glossary.name_words import (
    ADJECTIVE_PARTS,
    CAPITALS_CUT,
    HEAD_NOUNS,
    JOINERS,
    OPENING,
    PORTFOLIOS,
    PREFIXES,
    words,
)
from translate.glossary.name_works import (
    Occurrence,
    _bracketed_laws,
    _date_line_outlet,
    _lower_outlet,
    _made_longer,
    _masthead,
    _named_after,
    _numbered_laws,
    _numbered_places,
    _outlets,
    _route_names,
    _tail_words,
    _translated,
    _with_foreign_tails,
    _work_titles,
)
from translate.text.segments import CREDITS, Segment

__all__ = ["HEAD_NOUNS", "Occurrence", "find_names", "is_common_word", "words"]


#: A role after a sentence's first word: that word names who the role is of.
_ROLE_AFTER = re.compile(
    r" (?:spokesman|spokeswoman|spokesperson|press secretary|chief|boss|ceo|chief executive|"
    r"chairman|chairwoman|head|director)\b",
    re.IGNORECASE,
)
#: The noun for a ship before its name: the ferry Sultan Alparslan, the yacht Aurora.
_VESSEL = re.compile(
    r"\b(?:ship|ferry|vessel|yacht|tanker|frigate|cruiser|destroyer|submarine|icebreaker|"
    r"carrier|freighter|steamer|warship|flagship|liner|boat)s? \Z"
)
#: What a one-letter name of a network follows (said on X).
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|to)\s+\Z")
_OWNED = re.compile(r"\w['’]s?\s+\Z")
#: A noun for where one posts online, after the app's or the network's name.
_VENUE_AFTER = re.compile(r" (?:channel|account|page|group|chat|feed|messenger)s?\b")
#: A credit's label before its colon: what follows names whom the picture or data is from.
_CREDITED = re.compile(r"\b(?:credit|photo|image|source|courtesy)s?: \Z", re.IGNORECASE)


def find_names(segments: Sequence[Segment], matcher: Matcher) -> tuple[Occurrence, ...]:
    """Every unknown proper name of one article's *segments*, in text order."""
    # A headline read as a paragraph is a headline all the same: no evidence, no names of its own.
    titled = {
        (s.paragraph, s.index)
        for s in segments
        if _title_line(s, segments) or _crosshead(s, segments)
    }
    capitalised_inside, lowercase = _evidence(
        [s for s in segments if (s.paragraph, s.index) not in titled]
    )
    title_case = _title_case(segments)
    found: list[Occurrence] = []
    headlines: list[Segment] = []
    runs: list[tuple[Segment, list[_Token]]] = []
    claimed_known: dict[Segment, list[tuple[int, int]]] = {}
    numbered: list[tuple[Segment, int, int]] = []  # the numbered laws: no run crosses one
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
    mastheads = [
        segment
        for segment in segments
        if (segment.paragraph in (1, 2) and _masthead(segment.text, matcher))
        or _date_line_outlet(segment, segments, matcher)
    ]
    # ... an outlet's name of two words or more is the outlet wherever the article writes it,
    # which no run would take whole when it is in lower case after its first word (told
    # Jutarnji list) or follows a name (a byline's By Asel Omur Star Tribune); not a longer
    # name's start
    written = [
        re.compile(rf"(?<![\w-]){re.escape(s.text)}(?![\w-]| of [A-Z]| [A-Z])")
        for s in mastheads
        if len(s.text.split()) > 1
    ]
    outlet_names = {s.text for s in mastheads}
    for segment in segments:
        if segment in mastheads:
            # An outlet's name alone on the date line: "The" and all (The Times of Central Asia).
            found.append(Occurrence(segment.text, segment, 0, len(segment.text)))
            continue
        if (segment.paragraph == 0 and title_case) or (segment.paragraph, segment.index) in titled:
            headlines.append(segment)
            continue
        known = _known_spans(segment.text, matcher, lowercase)
        outlets = [
            Occurrence(m.group(), segment, *m.span())
            for pattern in written
            for m in pattern.finditer(segment.text)
        ]
        outlets += _outlets(segment, known + [(o.start, o.end) for o in outlets])
        found += outlets
        known += [(o.start, o.end) for o in outlets]
        found += _route_names(segment, known)
        laws = _numbered_laws(segment, known)
        # ... an act with a bracketed part of its title holds its number or year (... Act 2022)
        bracketed = _bracketed_laws(segment, known)
        laws = [o for o in laws if not any(b.start <= o.start < o.end <= b.end for b in bracketed)]
        laws += bracketed
        found += laws
        known += [(o.start, o.end) for o in laws]
        places = _numbered_places(segment, known)
        found += places
        known += [(o.start, o.end) for o in places]
        numbered += [(o.segment, o.start, o.end) for o in laws]
        again = [(o.start, o.end) for o in outlets if o.name in outlet_names]
        works = _work_titles(segment, titles, known)
        found += works
        known += [(o.start, o.end) for o in works]  # its words are no names of their own
        # ... nor those of its translation in brackets after it: "..." (My Mother's Songs).
        known += [span for o in works if (span := _translated(segment.text, o.end))]
        claimed_known[segment] = known
        for whole in _runs(segment.text, known, standalone, lowercase):
            for run in (p for part in _cut(whole, again) for p in _reshaped(part, segment.text)):
                if segment.paragraph == CREDITS:
                    # A credit is names and a few small words (By ..., and): no sentence to open.
                    run = [replace(t, initial=t.text.casefold() in OPENING) for t in run]
                runs.append((segment, run))
    # One analyser process for the whole article (`translate.glossary.lexicon`).
    asked = {_bare(t) for _, run in runs for t in run if _capitalised(t.text)}
    asked |= {p for w in asked if "-" in w for p in w.split("-") if p}  # `_foreign_compound`
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
        unknown_acronyms(asked) if lexicon else frozenset(),
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
    found = _listed_fields(_made_longer(_named_after(found)), evidence)
    # A name in a language that capitalises its first word only (Prešernova cesta): its
    # lower-case words that English does not know (one more question to the lexicon).
    if lexicon:
        tails = foreign_words(_tail_words(found, evidence.foreign))
        found = _with_foreign_tails(found, evidence.foreign, tails)
    # The learned tagger's second opinion: titles the rules lack cut, names they missed added.
    tagged, outside = tag(segments, skip=headlines)
    found = _untitled(found, tagged, outside, claimed_known, evidence)
    added, glued = _learned(tagged, found, claimed_known, evidence)
    found = [o for o in found if (o.segment, o.start, o.end) not in glued] + added
    if numbered:
        found = [o for o in found if not _crosses(o, numbered)]
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


def _crosses(name: Occurrence, spans: Sequence[tuple[Segment, int, int]]) -> bool:
    """Whether *name* overlaps one of *spans* without being it: a run across a numbered law's
    edge (Pastures and Decree No. 12 of Law No. 1 on Pastures and Decree No. 12/2019)."""
    return any(
        segment == name.segment and start < name.end and name.start < end
        and (start, end) != (name.start, name.end)
        for segment, start, end in spans
    )  # fmt: skip


def _cut(run: list[_Token], spans: Sequence[tuple[int, int]]) -> list[list[_Token]]:
    """*run* without the tokens inside *spans* (the outlet's name written again), cut there."""
    if not spans:
        return [run]
    parts: list[list[_Token]] = [[]]
    for token in run:
        if any(s <= token.start and token.end <= e for s, e in spans):
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


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
    if run and run[0].start == 0 and _dateline_place(text[run[-1].end :], run, evidence):
        # A dateline's place (Gonur, Armenia – ...; GONUR: ...; GONUR, March 5 - ...) is a
        # name though it opens the paragraph.
        run = [replace(run[0], initial=False), *run[1:]]
    exclaimed = text.rstrip(_QUOTES_CLOSING + " ").endswith("!")
    # Titles go first, over the whole run: "Minister of Ecology and Natural Resources X";
    # but a ship's name after the noun for it is all its own (the ferry Sultan Alparslan).
    # The noun is at most 12 characters before the run: searching the whole sentence before
    # each run made long sentences cost the square of their length.
    vessel = (
        _VESSEL.search(text[max(0, run[0].start - 20) : run[0].start]) is not None if run else False
    )
    # ... nor a name with a nickname in quotes, whose titles are the nickname's (`_pieces`).
    nicknamed = any(t.quoted for t in run)
    whole = run if vessel or nicknamed else _trim(run, evidence)
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
    # A lower-case noun after it that says what kind of body it names makes it one name, common
    # words and known names inside (the Civil Contract party).
    kind_end = _named_by_kind(whole, text)
    if kind_end:
        return [Occurrence(text[whole[0].start : kind_end], segment, whole[0].start, kind_end)]
    spelled = len(whole) < len(run) and _acronym_suffix(run, text) == 0
    named = 0 if spelled else _acronym_suffix(whole, text)
    pieces = [*_pieces(whole[:named], evidence), whole[named:]] if named is not None else []
    if spelled:
        pieces = [run]
    elif not pieces and _body_then_person(run, whole):
        pieces = [whole[:-2], whole[-2:]]
    elif not pieces and (place := _place_then_person(whole, text, evidence)):
        pieces = [whole[:place], whole[place:]]
    for piece in pieces or _pieces(whole, evidence):
        if not spelled and not vessel and not any(t.quoted for t in piece):
            piece = _trim(piece, evidence)
        while vessel and piece and not _capitalised(piece[0].text):
            piece = piece[1:]  # ... the ship's name and the next one's "the" (... and the X Lines)
        piece = _before_beat(piece, text, evidence)
        if not piece:
            continue
        # What is left of a known name beside it (European Union Mission) is split from it;
        # a name after "and the" is one of its own (... Programme and the Global Gateway).
        split = len(piece) < len(whole) and _beside_known(piece, whole)
        # A common word right after a possessive is a role: Azerbaijan's Agent; not before
        # a noun for where one posts online (the railway's Telegram channel: an app).
        after = text[piece[-1].end :]
        venue = len(piece) == 1 and _VENUE_AFTER.match(after) is not None
        owned = _OWNED.search(text[: piece[0].start]) is not None and not venue
        # A word that opens a sentence before a role (Kremlin spokesman) or made an adjective
        # (Shusha-born), or a letter that names a network (on X): a capital that proves a name.
        role = any(p.match(after) for p in (_ROLE_AFTER, _MADE_ADJECTIVE)) and len(piece) == 1
        network = (
            _PLATFORM_BEFORE.search(text[: piece[0].start]) is not None
            and re.fullmatch(r"[B-HJ-Z]", piece[0].text) is not None
        )
        # ... or what a credit names after its colon (Photo: KPRM, Source: Gonurstat).
        credited = _CREDITED.search(text[: piece[0].start]) is not None
        # ... or an acronym English does not know opening a sentence (UBS, which ...).
        # ... or a compound of two capitalised words that are no English ones (Bayan-Ölgii).
        compound = len(piece) == 1 and _foreign_compound(piece[0].text, evidence)
        cue = role or network or credited or compound or _acronym_opening(piece, text, evidence)
        if (
            _money(piece, text)
            or _people(piece)
            or _grade(piece, text)
            or _era(piece, text)
            or _party_seat(piece, text)
            or _prefix(piece, after)
            or _numbered(piece, after, evidence)
            or _licence(piece, after)
        ):
            continue
        if _sea(piece, text):
            start, end = piece[0].start, piece[0].end
            found.append(Occurrence(text[start:end], segment, start, end))
            continue
        # A ship's name of several words is a name even of a title and a name (Sultan X).
        ship = vessel and len(piece) > 1 and not all(t.known for t in piece)
        if ship or _is_name(piece, evidence, split=split or owned, exclaimed=exclaimed, cue=cue):
            start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
            start = _with_particles(text, start)  # said von der Leyen
            found.append(Occurrence(text[start:end], segment, start, end))
    return found


def _foreign_compound(word: str, evidence: _Evidence) -> bool:
    """Whether *word* joins two capitalised words by a hyphen, neither an English word, a
    month or a demonym nor a prefix (Bayan-Ölgii, not Anti-Corruption or Euro-Atlantic)."""
    parts = word.split("-")
    if len(parts) != 2 or not all(
        p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts
    ):
        return False
    return evidence.lexicon and not any(
        evidence.common_word(p) or is_common_word(p) or p.casefold() in PREFIXES
        or p.casefold() in ADJECTIVE_PARTS
        for p in parts
    )  # fmt: skip


def _beside_known(piece: Sequence[_Token], whole: Sequence[_Token]) -> bool:
    """Whether *piece* is what is left of *whole* beside its known names, not a name of several
    words of its own after ``and the``."""
    if not any(t.known for t in whole):
        return False
    starts = [t.start for t in whole]
    first = starts.index(piece[0].start) if piece[0].start in starts else 0
    before = [t.text for t in whole[max(first - 2, 0) : first]]
    return not (len(piece) > 1 and before == ["and", "the"])


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
        # ... a "to" that the rules did not keep inside a name ends one too.
        if (
            token.known
            or token.text == "to"
            or any(s < token.end and token.start < e for s, e in taken)
        ):
            stretches.append([])
        else:
            stretches[-1].append(token)
    found = []
    for stretch in stretches:
        occurrence = _vetted(stretch, segment, taken, evidence)
        if occurrence is not None:
            found.append(occurrence)
    return found


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

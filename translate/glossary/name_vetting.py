"""The finder's second opinion and its vetting: what the learned tagger
(`translate.glossary.name_tagger`) reads as names that the rules did not find, and the checks
that a stretch of capitalised words passes to be a name, whether the rules left it over
(`translate.glossary.names._leftover_names`) or the tagger marked it; and the rules' names
that a comma cut in two, joined again (`_listed_fields`)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace

from translate.glossary.gazetteer import calendar_words, tender_currencies
from translate.glossary.name_evidence import _Evidence
from translate.glossary.name_pieces import _category
from translate.glossary.name_proof import (
    _abbreviates,
    _era,
    _grade,
    _leftover_name,
    _licence,
    _money,
    _numbered,
    _party_seat,
    _people,
    _prefix,
)
from translate.glossary.name_tokens import (
    _MADE_ADJECTIVE,
    _bare,
    _capitalised,
    _is_title,
    _speaker,
    _Token,
    _tokens,
)
from translate.glossary.name_trim import _LEADING_TITLES, _trim
from translate.glossary.name_words import (
    CHESS_TITLES,
    COMMON,
    HEAD_NOUNS,
    JOINERS,
    MAKERS,
    NOUN_SUFFIXES,
    OPENING,
    PORTFOLIOS,
    SYMBOLS,
)
from translate.glossary.name_works import Occurrence
from translate.text.segments import CREDITS, Segment

#: A score with a half point, written as one word (4.5-1.5), not a model's number (No. 2-5).
_SCORE = re.compile(r"\d+\.\d[-–]\d+(?:\.\d)?|\d+(?:\.\d)?[-–]\d+\.\d")
#: A time of day written as one word (10AM, 7pm, 10.30am).
_TIME = re.compile(r"\d{1,2}(?:[.:]\d\d)?[AaPp][Mm]")


def _vetted(
    stretch: list[_Token],
    segment: Segment,
    taken: Sequence[tuple[int, int]],
    evidence: _Evidence,
    *,
    context: bool = False,
) -> Occurrence | None:
    """What is a name in a *stretch* of capitalised words that no rule took: without titles,
    openers and joiners at its ends, and none if what is left is only titles, portfolios,
    months, demonyms or common words, money, a grade, an era, or a single word that English
    uses as a common word (`_leftover_names`, and the tagger's names: `_learned`, with
    *context*)."""
    text = segment.text
    piece = _trim(stretch, evidence)
    while piece and not _capitalised(piece[0].text):
        piece = piece[1:]
    # Words that end in a title on a line of their own, or in a credit, are a role: a
    # byline's Business Affairs Correspondent under the author's name.
    alone = bool(piece) and not text[: piece[0].start].strip(" –—-:(")
    alone = alone and not text[piece[-1].end :].strip(" .)")
    if (alone or segment.paragraph == CREDITS) and piece and _is_title(_bare(piece[-1])):
        return None
    # Titles after a name are no part of it (the Order of President, AIIB Vice President),
    # nor titles that are titles only before a person's name, left over when the rules took
    # the name after them (District Officer Awang Haji ..., GM of GM Ujar Keshov).
    while piece and (
        _is_title(_bare(piece[-1]))
        or piece[-1].text in JOINERS
        or piece[-1].text == "to"
        or (piece[-1].text in _LEADING_TITLES and re.match(r" [A-Z]", text[piece[-1].end :]))
        # ... nor the speaker's "I" after a head noun ("At Gonur Towers I looked back")
        or (len(piece) > 1 and _speaker(piece[-2], piece[-1], text))
    ):
        piece = piece[:-1]
    # ... nor a score after a name (Asel Omurova 5:1), nor a time (Ujar 10AM news).
    if piece and piece[-1].text.isdigit() and re.match(r"[:–-]\d", text[piece[-1].end :]):
        piece = piece[:-1]
    if piece and _SCORE.fullmatch(piece[-1].text):  # ... written as one word (4.5-1.5)
        piece = piece[:-1]
    if piece and _TIME.fullmatch(piece[-1].text):
        piece = piece[:-1]
    # ... nor is a chess title alone (an IM norm).
    if len(piece) == 1 and piece[0].text in CHESS_TITLES:
        return None
    # ... nor Senior Counsel's letters left over after a person's name (Asel Omur SC).
    if (
        len(piece) == 1
        and piece[0].text == "SC"
        and re.search(r"[^\W\d_] \Z", text[: piece[0].start])
    ):
        return None
    # A word in brackets (the acronym after a name) opens no sentence.
    if piece and text[: piece[0].start].endswith("("):
        piece = [replace(piece[0], initial=False), *piece[1:]]
    if (
        not piece
        or _abbreviates(piece, taken, text)
        or _money(piece, text)
        or _people(piece)
        or _grade(piece, text)
        or _era(piece, text)
        or _party_seat(piece, text)
        or _prefix(piece, text[piece[-1].end :])
        or _numbered(piece, text[piece[-1].end :], evidence)
        or _licence(piece, text[piece[-1].end :])
        or not _leftover_name(piece, evidence, context=context)
    ):
        return None
    start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
    return Occurrence(text[start:end], segment, start, end)


def _title_like(word: str) -> bool:
    """A capitalised word that may be a title the word lists lack: no article, determiner or
    other opener, and no title they have (the rules kept that one on purpose: Prince Gonur
    University, named after the prince); no word in capitals either, which is a dateline's or
    a headline's (SAN JOSÉ)."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not (len(word) > 2 and word.isupper())
        and word.casefold() not in OPENING
        and not _is_title(word)
    )


def _untitled(
    found: Sequence[Occurrence],
    tagged: Sequence[tuple[Segment, int, int]],
    outside: dict[Segment, list[tuple[int, int]]],
    known: dict[Segment, list[tuple[int, int]]],
    evidence: _Evidence,
) -> list[Occurrence]:
    """*found*, where a rule's name is the tagger's name (*tagged*) after one or two
    capitalised words that the tagger is sure are no part of any name (*outside*), with those
    words cut: titles the word lists lack (Curator Anush Hovhannisyan, Datuk Seri Anwar
    Ibrahim, International Master Farrukh Abdullaev), if what is left passes as the rules'
    leftovers do (`_vetted`). Never an article or a determiner (The Jakarta Post, All Nepal
    Football Association)."""
    ends = {(segment, end): start for segment, start, end in tagged}
    kept: list[Occurrence] = []
    for o in found:
        start = ends.get((o.segment, o.end))
        # ... nor the outlet's name alone on its date line, as written (Thai PBS World)
        whole = o.segment.paragraph == 1 and (o.start, o.end) == (0, len(o.segment.text))
        if start is None or start <= o.start or whole:
            kept.append(o)
            continue
        cut = list(re.finditer(r"\S+", o.segment.text[o.start : start]))
        sure = outside.get(o.segment, [])
        if not 1 <= len(cut) <= 2 or not all(
            _title_like(w.group()) and (o.start + w.start(), o.start + w.end()) in sure for w in cut
        ):
            kept.append(o)
            continue
        stretch = _stretch(_tokens(o.segment.text, known.get(o.segment, [])), start, o.end)
        occurrence = _vetted(stretch, o.segment, [], evidence, context=True)
        kept.append(o if occurrence is None else occurrence)
    return kept


def _stretch(tokens: Sequence[_Token], start: int, end: int) -> list[_Token]:
    """The *tokens* between *start* and *end*, none of them known: a name of the tagger's to
    vet whole, glossary names inside included (Baku Shipyard)."""
    return [
        replace(t, known=False)
        for t in tokens
        if start <= t.start and t.start + len(_bare(t)) <= end
    ]


#: A number that goes on after a comma, a dot or a slash (1,900; 2.5; 2/2026): no name ends in its
#: first digits.
_NUMBER_GOES_ON = re.compile(r"[,./]\d")


def _learned(
    tagged: Sequence[tuple[Segment, int, int]],
    found: Sequence[Occurrence],
    known: dict[Segment, list[tuple[int, int]]],
    evidence: _Evidence,
) -> tuple[list[Occurrence], set[tuple[Segment, int, int]]]:
    """The names the learned tagger (`translate.glossary.name_tagger`) marks (*tagged*) that the
    rules did not find, vetted as the rules' leftovers are (`_vetted`). *known* holds
    each sentence's spans that are no new names (glossary names, works' translated titles).

    None inside a glossary name or a name the rules found (a part of a name is no name of its
    own), nor across one, nor one that holds two of them (`_holds_two`). One that holds a
    single one is that name made longer by capitalised words (Buddhist Traditional Sangha of
    Russia, where the rules took Traditional Sangha of Russia; Baku Shipyard, where the
    glossary knows Baku), never by a lower-case word (Committee to Kesh) nor across a title
    (Minister of Salt and Zirconium Resources Asel Omur). Also the rules' names that a tagger's
    name joins where they were cut at a dot (Kesharat Sor and Ujarphan of Kesharat
    Sor.Ujarphan), which it replaces."""
    taken: dict[Segment, list[tuple[int, int]]] = {}
    for o in found:
        taken.setdefault(o.segment, []).append((o.start, o.end))
    tokens: dict[Segment, list[_Token]] = {}
    added: list[Occurrence] = []
    glued: set[tuple[Segment, int, int]] = set()
    for segment, start, end in tagged:
        text = segment.text
        if not any(c.islower() for c in text):
            continue  # a line in capitals: boilerplate
        spans = taken.setdefault(segment, [])
        glossary = known.get(segment, [])
        if any(s <= start and end <= e for s, e in (*spans, *glossary)):
            continue  # vetting only shortens it: inside a name, as most of the tagger's are
        if segment not in tokens:
            tokens[segment] = _tokens(text, glossary)
        stretch = _stretch(tokens[segment], start, end)
        while (
            stretch
            and stretch[-1].text.isdigit()
            and _NUMBER_GOES_ON.match(text, stretch[-1].start + len(stretch[-1].text))
        ):
            stretch = stretch[:-1]  # a number's first digits: the Caucasus 1,900 years ago
            if len(stretch) == 1 and stretch[0].text in SYMBOLS:
                stretch = []  # ... after a currency's symbol: Rp 1,500 billion
        # ... nor an amount: a currency's symbol or code and a number (Tk 20, KSh 300, USD 250)
        if (
            len(stretch) == 2
            and stretch[1].text.isdigit()
            and (stretch[0].text in SYMBOLS or stretch[0].text in tender_currencies())
        ):
            continue
        # ... nor the words before a people's or a faith's plural (Ujari Canadians): a group
        # of people, which the rules leave out
        after = (
            next((t for t in tokens[segment] if t.start > stretch[-1].start), None)
            if stretch
            else None
        )
        if (
            after is not None
            and text[stretch[-1].end : after.start] == " "
            and _people([*stretch, after])
        ):
            continue
        # ... nor an award's category, alone or after a name (Zhakupov Best Actor)
        best = next((k for k, t in enumerate(stretch) if _category(stretch[k:])), len(stretch))
        stretch = stretch[:best]
        if not stretch:
            continue
        occurrence = _vetted(stretch, segment, spans, evidence, context=True)
        if occurrence is None:
            continue
        start, end = occurrence.start, occurrence.end
        last = end - 1 if text[end - 1] == "." else end  # the glossary claims U.S. as U.S
        others = [*spans, *glossary]
        if any(s <= start and last <= e for s, e in others):
            continue
        if any(s < end and start < e and not (start <= s and e <= end) for s, e in others):
            continue  # across a name
        held = [(s, e) for s, e in others if start <= s and e <= end]
        # ... nor back across a possessive, which the rules cut on purpose: the Assembly's
        # Lands Committee is the Assembly's body.
        if any(start < s and text[s - 3 : s] in ("'s ", "’s ") for s, _ in held):
            continue
        if _holds_two(text, start, end, held, set(glossary)) or not _lengthens(
            text, start, end, held, evidence.lowercase
        ):
            continue
        spans.append((start, end))
        added.append(occurrence)
        # The rules' names inside it give way to it: the part of a name that they took (Gonur
        # Pastures Act of Gonur Pastures Act 2020), or its parts cut at a dot; not a place
        # that a compound joins (the Kars of the Baku-Tbilisi-Kars railway).
        glued |= {
            (segment, s, e)
            for s, e in held
            if (s, e) not in glossary and "-" not in (text[s - 1 : s], text[e : e + 1])
        }
    return added, glued


def _holds_two(
    text: str, start: int, end: int, held: Sequence[tuple[int, int]], glossary: Set[tuple[int, int]]
) -> bool:
    """Whether ``text[start:end]`` holds two of the names *held* that the rules or the glossary
    tell apart (Asel Omur of Kesh, Bank of Mongolia Ulan Kasym, Kesh-Ujar): the rules split
    them on purpose. Parts glued by a dot are one (Saengmorakot Wor.Wanchai, a Thai boxer and
    his gym), and so is one word beside a *glossary* name, which is all the rules could take
    of a run that the glossary name cut (Dinamo Tbilisi, Air Astana, Baku Shipyard)."""
    outer = sorted(
        {
            (s, e)
            for s, e in held
            if not any((a, b) != (s, e) and a <= s and e <= b for a, b in held)
        }
    )
    joined: list[tuple[int, int]] = []
    for s, e in outer:
        if not joined:
            joined.append((s, e))
            continue
        last = joined[-1]
        gap = text[last[1] : s]
        beside = gap == " " and (
            (last in glossary and (s, e) not in glossary and " " not in text[s:e])
            or ((s, e) in glossary and last not in glossary and " " not in text[last[0] : last[1]])
        )
        if gap in ("", ".") or beside:
            joined[-1] = (last[0], e)
        else:
            joined.append((s, e))
    return len(joined) >= 2


def _plural_common(word: str, lowercase: Set[str]) -> bool:
    """A plural the article writes in lower case that is no head noun (allies, fans)."""
    key = word.casefold()
    return key.endswith("s") and key in lowercase and key not in HEAD_NOUNS


def _lengthens(
    text: str, start: int, end: int, held: Sequence[tuple[int, int]], lowercase: Set[str]
) -> bool:
    """Whether ``text[start:end]``, which holds the names *held*, adds only capitalised words
    to them, none a plural that the article writes in lower case and that is no head noun
    (Nato Allies, where it writes allies: a group of people, no body's name), and no title or
    portfolio right before one (the rules cut those on purpose)."""
    rest = text[start:end]
    # A name's possessive before more capitals inside it joins an owner and what it owns, two
    # names (the International Monetary Fund's Extended Fund Facility).
    if any(e < end and text[e : e + 3] in ("'s ", "’s ") for _, e in held):
        return False
    for s, e in sorted(held, reverse=True):
        before = text[start:s].split()
        if (
            before
            and (
                _is_title(before[-1])
                or before[-1].casefold() in PORTFOLIOS
                # ... nor a word capitalised by style that a title is of (President of
                # the Republic Asel Omur)
                or (before[-1].casefold() in COMMON and _title_of_the(text[:start]))
            )
        ):
            return False
        rest = rest[: s - start] + " " + rest[e - start :]
    added = rest.split()
    if held and any(_plural_common(w, lowercase) for w in added):
        return False
    # ... nor a month or a weekday (a byline's name before its date).
    if held and any(w.casefold() in calendar_words() for w in added):
        return False
    # ... nor an adjective made of a word and a participle (State-run Coal India Ltd): what
    # the body is, not its name.
    if held and any(_MADE_ADJECTIVE.search(w) for w in added):
        return False
    # ... nor a bare number after a maker's name, a year of its (Embraer 2025 deliveries).
    if held and added and all(w.isdigit() for w in added):
        words = text[held[-1][0] : held[-1][1]].split()
        if words and words[-1].casefold() in MAKERS:
            return False
    return all(not w[:1].islower() for w in added)


def _listed_fields(found: Sequence[Occurrence], evidence: _Evidence) -> list[Occurrence]:
    """*found*, where a body's name goes on after a comma with a list of the fields of its
    complement, joined as one name: the Ministry of Digital Development, Innovations and
    Aerospace Industry; the National Department for the Protection, Study and Restoration of
    Historical and Cultural Monuments (`_field_list`)."""
    ordered = sorted(found, key=lambda o: (o.segment.paragraph, o.segment.index, o.start))
    joined: list[Occurrence] = []
    for o in ordered:
        last = joined[-1] if joined else None
        if last is not None and _field_list(last, o, evidence):
            text = o.segment.text
            joined[-1] = Occurrence(text[last.start : o.end], o.segment, last.start, o.end)
        else:
            joined.append(o)
    return joined


def _field_list(first: Occurrence, then: Occurrence, evidence: _Evidence) -> bool:
    """Whether *then*, right after *first* and a comma, lists the last fields of *first*'s
    complement: an ``and`` inside, English words up to its own complement, and neither part
    ending in a body's noun (the Ministry of Defence, the Emergency Ministry and ... lists
    bodies)."""
    text = first.segment.text
    if then.segment != first.segment or text[first.end : then.start] != ", ":
        return False
    head, rest = first.name.split(), then.name.split()
    complement = next((i for i, w in enumerate(head) if i and w in ("of", "for")), 0)
    if not complement or not any(w.casefold() in HEAD_NOUNS for w in head[:complement]):
        return False
    if head[-1].casefold() in HEAD_NOUNS or rest[-1].casefold() in HEAD_NOUNS:
        return False
    if "and" not in rest[1:-1] or rest[0] in ("and", "of", "for", "the"):
        return False
    # ... English words up to its own complement, any name after it (Preservation and
    # Popularization of the Cultural Legacy of Uzbekistan)
    own = next((i for i, w in enumerate(rest) if i and w in ("of", "for")), len(rest))
    return all(
        w in JOINERS
        or (
            w[:1].isupper()
            and (evidence.common_word(w) or w.casefold().endswith(NOUN_SUFFIXES))
            and not _is_title(w)
        )
        for w in rest[:own]
    ) and all(w in JOINERS or w[:1].isupper() for w in rest[own:])


def _title_of_the(before: str) -> bool:
    """Whether *before* ends in a title and ``of the`` (the President of the ...)."""
    match = re.search(r"([\w-]+) of the \Z", before)
    return match is not None and _is_title(match.group(1))

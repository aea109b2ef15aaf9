"""Find the proper names of an article that no glossary entry claims.

A name is a run of capitalised words (``UN Security Council``, ``Nagorno-Karabakh Autonomous
Oblast``, ``Jeyhun Bayramov``), joined by spaces or hyphens and by a few small words inside
(``of``, ``the``, ``and``). Precision comes first, so a capital alone does not make a name:

- a sentence's first word (also after an opening quote) counts only when the article also
  writes it with a capital inside a sentence, or it starts a longer run;
- titles and demonyms before a name are not part of it (``Foreign Minister``, ``Armenian``);
- months, weekdays (from CLDR through babel), language names and demonyms, and capitalised
  common words (``Government``, ``State``) are not names on their own;
- a headline in title case proves nothing: its names count only where the body has them too.

Runs that a glossary name covers are known; a known name inside a longer one that ends in a
head noun (``Azerbaijan State University``) leaves the longer one unknown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.glossary.matcher import Matcher
from translate.text.segments import Segment

__all__ = ["HEAD_NOUNS", "Occurrence", "find_names", "is_common_word", "words"]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of *text*: word lists written as prose blocks."""
    return frozenset(text.split())


_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w]|[-‐‑](?=[^\W_])|['’](?=[^\W\d_]{2}))*")
_POSSESSIVE = re.compile(r"['’]s?$")
_JOINERS = frozenset({"of", "the", "and", "for", "de", "al", "el"})
_OPENERS = "\"'“‘«([—–-:;"
# fmt: off
#: Titles and roles that stand before a name but are no part of it.
_TITLES = words("""
    president vice prime minister ministers foreign defence defense deputy first mr mrs ms
    dr general gen ambassador chairman chairwoman chair speaker secretary spokesman spokesperson
    spokeswoman head chief commander colonel lieutenant major captain sergeant king queen prince
    pope patriarch archbishop bishop sheikh emir sultan mayor governor senator professor prof
    judge ombudsman commissioner envoy representative special assistant adviser advisor
    director executive acting former late then director-general presidential leader premier
    chancellor foreign-policy interior economy justice finance health education culture dean rector
""")
#: Portfolios after a title (Minister of Agrarian Policy, Secretary of State).
_PORTFOLIOS = words("""
    state agriculture agrarian policy justice finance health education culture energy economy
    interior defence defense foreign affairs emergency emergencies situations internal
    security labour labor social protection digital development transport communications
    ecology natural resources youth sports tourism trade industry
""")
#: Capitalised for emphasis or by style, not names on their own.
_COMMON = words("""
    government state parliament ministry minister president army police court constitution
    republic city town village district region province capital country nation people
    international national federal central united democratic islamic human rights day week
    north south east west northern southern eastern western mr mrs ms dr no n i ii iii iv
    am pm tv gmt utc ok ceo covid god internet online news press photo video report update
    breaking live exclusive read also more source sources related tags share comment
""")
#: What a sentence may start with that is never a name.
_OPENING = words("""
    a an the this that these those it its he she they we i you our their his her my your there
    here in on at by for from with as but and or so if when while since although though because
    under over after before during following despite earlier later today yesterday tomorrow
    last next meanwhile however also according speaking addressing noting commenting moreover
    furthermore besides thus hence then now still yet all some many most several both each
    every no not one two three four five six seven eight nine ten what which who whom whose why
    how where whether according to about around among against between into through within
    without such other another any only even just what's let us dear thank thanks please
""")
#: Last words that make a run a name of its own, known parts inside or not.
HEAD_NOUNS = words("""
    council ministry committee court university agency bank group party assembly union
    organization organisation foundation fund office service commission parliament forces army
    police institute centre center company corporation association federation movement front
    tribunal mission programme program embassy department government oblast region district
    province corridor airport station port street avenue square bridge pass peninsula gulf
    island islands mountains river lake sea valley summit conference forum agreement accord
    treaty declaration convention operation war genocide massacre games olympics festival cup
    news agency times post tribune herald journal gazette daily radio tv television channel
    network media press review magazine alliance bloc coalition week
""")
# fmt: on


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
    for segment in segments:
        if segment.paragraph == 0 and title_case:
            headlines.append(segment)
            continue
        known = [(m.start, m.end) for m in matcher.find(segment.text)]
        for run in _runs(segment.text, known):
            found += _accept(run, segment, capitalised_inside, lowercase)
    # In a title-case headline, the names are those the body has: look for each of them.
    body_names = sorted({o.name for o in found}, key=len, reverse=True)
    for segment in headlines:
        taken: list[tuple[int, int]] = []
        for name in body_names:
            for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", segment.text):
                if not any(s < hit.end() and hit.start() < e for s, e in taken):
                    taken.append(hit.span())
                    found.append(Occurrence(name, segment, hit.start(), hit.end()))
    return tuple(sorted(found, key=lambda o: (o.segment.paragraph, o.segment.index, o.start)))


def is_common_word(word: str) -> bool:
    """Whether *word* alone is no name: a month, weekday, language, demonym or common word."""
    key = word.casefold()
    return key in _COMMON or key in _OPENING or key in _calendar() or _is_demonym(word)


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    known: bool
    initial: bool  # first word of the sentence, or right after an opening quote


def _tokens(text: str, known: Sequence[tuple[int, int]]) -> list[_Token]:
    tokens = []
    for index, match in enumerate(_WORD.finditer(text)):
        before = text[: match.start()].rstrip()
        initial = index == 0 or (bool(before) and before[-1] in _OPENERS and _quote_opens(before))
        inside = any(s <= match.start() and match.end() <= e for s, e in known)
        tokens.append(_Token(match.group(), match.start(), match.end(), inside, initial))
    return tokens


def _quote_opens(before: str) -> bool:
    # A colon or an opening quote starts a new sentence-like clause; a closing one does not.
    return before[-1] in "“‘«([:;" or before.count('"') % 2 == 1


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _runs(text: str, known: Sequence[tuple[int, int]]) -> list[list[_Token]]:
    """Runs of capitalised tokens, small joiners inside, no punctuation between."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    tokens = _tokens(text, known)
    for i, token in enumerate(tokens):
        gap_ok = bool(current) and text[current[-1].end : token.start] in (" ", "-")
        ends_possessive = bool(current) and _POSSESSIVE.search(current[-1].text) is not None
        if _capitalised(token.text) and (not current or (gap_ok and not ends_possessive)):
            current.append(token)
            continue
        if current and gap_ok and not ends_possessive and _joins(tokens, i, text):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if _capitalised(token.text) else []
    if current:
        runs.append(current)
    return runs


def _joins(tokens: Sequence[_Token], i: int, text: str) -> bool:
    """Whether joiners from *i* on (``of``, ``of the``) lead, spaced, to a capitalised word."""
    j = i
    while j < len(tokens) and tokens[j].text in _JOINERS:
        if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start] != " ":
            return False
        j += 1
    return j > i and j < len(tokens) and _capitalised(tokens[j].text)


def _accept(
    run: list[_Token], segment: Segment, capitalised_inside: set[str], lowercase: set[str]
) -> list[Occurrence]:
    """The unknown names *run* stands for, trimmed; none when it holds no unknown name."""
    found = []
    # Titles go first, over the whole run: "Minister of Ecology and Natural Resources X".
    for piece in _pieces(_trim(run, lowercase)):
        piece = _trim(piece, lowercase)
        if piece and _is_name(piece, capitalised_inside, lowercase):
            start, end = piece[0].start, piece[-1].start + len(_bare(piece[-1]))
            found.append(Occurrence(segment.text[start:end], segment, start, end))
    return found


def _bare(token: _Token) -> str:
    return _POSSESSIVE.sub("", token.text)


def _has_head(run: Sequence[_Token]) -> bool:
    words = [_bare(t).casefold() for t in run]
    return len(run) > 1 and (words[-1] in HEAD_NOUNS or ("of" in words and any(
        w in HEAD_NOUNS for w in words[: words.index("of")])))  # fmt: skip


def _pieces(run: list[_Token]) -> list[list[_Token]]:
    """*run* cut where it joins two names: at ``and``, around known names and countries."""
    if _territory(run):
        return [] if all(t.known for t in run) else [run]
    halves: list[list[_Token]] = [[]]
    for token in run:
        if token.text == "and":
            halves.append([])
        else:
            halves[-1].append(token)
    if len(halves) > 1:
        return [piece for half in halves if half for piece in _pieces(half)]
    if _has_head(run) and not all(t.known for t in run):
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


def _trim(run: list[_Token], lowercase: set[str]) -> list[_Token]:
    """*run* without the titles, openers and demonyms before the name, nor joiners after it."""
    after_title = False
    while len(run) > 1:
        word = _bare(run[0]).casefold()
        following = _bare(run[1]).casefold()
        if _is_title(word):
            after_title = True
        elif not (
            (after_title and (word in _JOINERS or word in _PORTFOLIOS))
            or (run[0].initial and _opener(word, lowercase))
            or (_is_demonym(word) and following in _TITLES)
        ):
            break
        run = run[1:]
    while run and (run[0].text.casefold() in _JOINERS or run[-1].text.casefold() in _JOINERS):
        run = run[1:] if run[0].text.casefold() in _JOINERS else run[:-1]
    return run


def _opener(word: str, lowercase: set[str]) -> bool:
    """Whether the sentence-initial *word* is common: the article also writes it in lower case."""
    return (
        word in _OPENING
        or word in lowercase
        or word in _calendar()
        or word.endswith(("ing", "ly", "ed"))
    )


def _is_title(word: str) -> bool:
    """A title or role, hyphenated ones included (Vice-President, Commander-in-Chief)."""
    parts = word.casefold().split("-")
    return all(p in _TITLES or p in _JOINERS for p in parts) and any(p in _TITLES for p in parts)


def _is_name(run: list[_Token], capitalised_inside: set[str], lowercase: set[str]) -> bool:
    words = [_bare(t) for t in run]
    if all(t.known for t in run) or any(_lower_part(w) for w in words):
        return False
    if len(run) == 1:
        word = words[0]
        key = word.casefold()
        if is_common_word(word) or _is_title(word) or key in HEAD_NOUNS or len(word) < 2:
            return False
        # A word the article also writes in lower case is a common word (Peace, World).
        if key in lowercase and not _territory(run):
            return False
        return not run[0].initial or word in capitalised_inside or _territory(run)
    # Prime Minister, National Leader, Minister of Justice: a role, not a name.
    return _has_head(run) or not (_is_title(words[0]) or _is_title(words[-1]))


def _lower_part(word: str) -> bool:
    """A compound with a lower-case part is an adjective (Armenia-backed), not a name."""
    parts = word.split("-")
    return len(parts) > 1 and any(p[:1].islower() and p not in _JOINERS for p in parts)


def _territory(run: Sequence[_Token]) -> bool:
    return " ".join(_bare(t) for t in run).casefold() in _territories()


def _evidence(segments: Sequence[Segment]) -> tuple[set[str], set[str]]:
    """Words the article capitalises inside a sentence, and words it writes in lower case."""
    inside: set[str] = set()
    lowercase: set[str] = set()
    for segment in segments:
        if segment.paragraph == 0:
            continue
        tokens = _tokens(segment.text, ())
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
        t.text for s in segments if s.paragraph == 0 for t in _tokens(s.text, ()) if len(t.text) > 3
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
    if key in _demonyms() or key.removesuffix("s") in _demonyms():
        return True
    stem = key.removesuffix("s")
    for suffix in ("ian", "ean", "an", "ese", "ish", "i"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            base = stem[: len(stem) - len(suffix)]
            if any(t.startswith(base) for t in _territories()):
                return True
    return False


@functools.cache
def _territories() -> frozenset[str]:
    from babel import Locale

    names = {name.casefold() for name in Locale.parse("en").territories.values()}
    # Short forms CLDR keeps as alternatives that babel does not expose.
    return frozenset(names | {"u.s.", "us", "usa", "u.k.", "uk", "the netherlands"})

"""``glossary suggest``: the unknown names of some articles, grouped, with proposed entries.

`suggest` turns the names `translate.glossary.names` finds into `Suggestion`s: spellings of one
name grouped (same transliteration key, or one edit apart), counted, with their first uses, a
kind, and a proposed form per language, every one marked for review. Proposals come from:

- CLDR through babel for countries and territories (Ukraine → Украина, Ucrania, Ukrayna);
- transliteration for other places and people: an Azerbaijani-looking English spelling is taken
  back to its native form first (Shamkir → Şəmkir → Шамкир, Şemkir), other names are read
  letter by letter (Pashinyan → Paşinyan → Пашинян);
- nothing for media and brands, which stay as they are (``translate: false``);
- the English name, to be translated by the reviewer, for organisations and events.

`Suggestion.entry` is a glossary `Entry`, so that ``to_yaml`` writes a block that can be pasted
into ``glossary/*.yaml`` and validates.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from translate.errors import LanguageError
from translate.glossary.gazetteer import territories
from translate.glossary.lexicon import common_words, lexicon_available
from translate.glossary.matcher import Matcher, fold
from translate.glossary.model import Entry, Kind, Status, Target, Variant
from translate.glossary.name_tokens import _GLUED_INITIAL
from translate.glossary.name_words import FOREIGN_JOINERS
from translate.glossary.names import HEAD_NOUNS, Occurrence, find_names, words
from translate.glossary.native import plain_reading, to_native
from translate.glossary.transliterate import transliterate
from translate.text.segments import CREDITS, Segment

__all__ = ["NameKind", "Source", "Suggestion", "suggest", "unknown_names"]


class NameKind(StrEnum):
    PLACE = "place"
    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    EVENT = "event"


class Source(StrEnum):
    """Where the proposed forms come from."""

    CLDR = "cldr"
    TRANSLITERATION = "transliteration"
    KEEP = "keep as is"
    ENGLISH = "english placeholder"


_GLOSSARY_KIND = {
    NameKind.PLACE: Kind.PLACE,
    NameKind.PERSON: Kind.PERSON,
    NameKind.ORGANISATION: Kind.ORGANISATION,
    NameKind.MEDIA: Kind.ORGANISATION,
    NameKind.EVENT: Kind.EVENT,
}
# fmt: off
_PLACE_HEADS = words("""oblast region district province corridor airport station port street
    avenue square bridge pass peninsula gulf island islands mountains river lake sea valley
    republic strait straits bay cape isthmus lagoon delta plateau canyon gorge""")
_EVENT_HEADS = words("""summit conference forum agreement accord treaty declaration
    convention operation war genocide massacre games olympics festival cup week""")
_MEDIA_HEADS = words("""news times post tribune herald journal gazette daily radio tv
    television channel network media press review magazine""")
#: Heads of names that the finder does not need to find them, by the kind they say.
_KIND_HEADS = {
    **dict.fromkeys(words("prison tower stadium arena reserve park"), NameKind.PLACE),
    **dict.fromkeys(words("society unit services troupe conservatory exchange"),
                    NameKind.ORGANISATION),
    # ... a company's last word that says its trade or its kind (Ujar Metals, Kesh Capital).
    **dict.fromkeys(words("metals minerals mining gold holdings ventures capital partners"),
                    NameKind.ORGANISATION),
    **dict.fromkeys(words("prize award days"), NameKind.EVENT),
}  # fmt: skip
#: A place's noun before its name: Lake Van, Mount Ararat.
_LEADING_PLACES = words("lake mount mt. cape")
_COMPLEMENTS = words("of for on against in to")
_KIND_JOINERS = words("of the and for on in against de von van der al bin")
_MEDIA_CUES = re.compile(r"^\W*(?:reports?|reported|news agency|said in a report|quoted)\b", re.I)
_MEDIA_BEFORE = re.compile(r"\b(?:told|quoted by|in an interview with)\s+$", re.I)
_PERSON_CUES = re.compile(
    r"\b(?:president|minister|mr|mrs|ms|dr|ambassador|spokes\w+|chairman|speaker|secretary|"
    r"commissioner|general|envoy|adviser|advisor|mayor|deputy|leader|premier)\.?\s+$", re.I)
_AZ_ENDINGS = ("li", "ly", "lu", "lar", "ler", "abad", "kand", "kend", "kendi", "chay", "dag",
               "dagh", "bulag", "gala", "ov", "ova", "ev", "eva", "yev", "yeva", "zade", "oglu")
_OTHER_ENDINGS = ("yan", "ian", "van", "adzor", "ashen", "kert", "enko", "ski", "sky", "dze",
                  "shvili", "ia")
#: What the English spelling of an Azerbaijani place keeps of its letters (x, q, c, ş, ç, ğ).
_AZ_LETTERS = re.compile(r"kh|gh|q|x|j|sh|ch")
#: Spellings English has and romanised Caucasian and Turkic names do not.
_ENGLISH_SPELLING = re.compile(
    r"w|th|ee|oo|ea|ou|ph|ck|tion|gue$|[aeiou][bcdfgklmnprstvz]e$|ce$|^mc|ght"
)
_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yan", "ian", "li", "ly", "lu", "zade", "oglu",
                    "enko", "ski", "sky", "dze", "shvili")
# fmt: on
_MAX_USES = 3


@dataclass(frozen=True)
class Suggestion:
    """One unknown name: its spellings, uses, kind, and a proposed form per language."""

    name: str
    kind: NameKind
    occurrences: tuple[Occurrence, ...]
    variants: tuple[str, ...]
    source: Source
    native: str
    proposals: tuple[tuple[str, str], ...]
    paths: tuple[str, ...]  # the article path of each occurrence, in the same order

    @property
    def glossary_kind(self) -> Kind:
        return _GLOSSARY_KIND[self.kind]

    @property
    def count(self) -> int:
        return len(self.occurrences)

    @property
    def uses(self) -> tuple[str, ...]:
        """``path:line`` of the first uses."""
        places = (
            f"{p}:{o.segment.line}" for p, o in zip(self.paths, self.occurrences, strict=True)
        )
        return tuple(dict.fromkeys(places))[:_MAX_USES]

    def proposal(self, language: str) -> str | None:
        return dict(self.proposals).get(language)

    def entry(self, taken: frozenset[str] = frozenset()) -> Entry:
        """The proposed glossary entry, its id not among *taken*; everything marked for review."""
        base = _slug(self.name) or "name"
        entry_id, number = base, 2
        while entry_id in taken:
            entry_id, number = f"{base}-{number}", number + 1
        keep = self.source is Source.KEEP
        note = f"Proposed by `news-translate glossary suggest` ({self.source}); first used at " \
               f"{', '.join(self.uses)}. Confirm every form before use."  # fmt: skip
        return Entry(
            id=entry_id,
            kind=self.glossary_kind,
            en=self.name,
            native=(("az", self.native),) if self.native else (),
            variants=tuple(Variant(v, Status.ADMITTED) for v in self.variants),
            translate=not keep,
            note=note,
            review=True,
            targets=()
            if keep
            else tuple(Target(lang, form, review=True) for lang, form in self.proposals),
        )


def suggest(
    articles: Sequence[tuple[str, Sequence[Segment]]], matcher: Matcher, languages: Sequence[str]
) -> tuple[Suggestion, ...]:
    """The unknown names of *articles* (``(path, segments)`` pairs), most used first."""
    found = [(path, o) for path, segments in articles for o in find_names(segments, matcher)]
    groups: list[list[tuple[str, Occurrence]]] = []
    keys: list[tuple[str, ...]] = []
    for path, occurrence in found:
        key = _key(occurrence.name)
        index = next((i for i, k in enumerate(keys) if _same_name(k, key)), None)
        if index is None:
            groups.append([(path, occurrence)])
            keys.append(key)
        else:
            groups[index].append((path, occurrence))
    made = [_suggestion(group, languages) for group in groups]
    return tuple(sorted(made, key=lambda s: (-s.count, s.name.casefold())))


def unknown_names(
    segments: Sequence[Segment], matcher: Matcher, languages: Sequence[str]
) -> dict[str, tuple[Suggestion, ...]]:
    """The suggestions of one article by sentence text, each sentence's in text order."""
    by_text: dict[str, list[Suggestion]] = {}
    for suggestion in suggest([("", segments)], matcher, languages):
        for occurrence in suggestion.occurrences:
            listed = by_text.setdefault(occurrence.segment.text, [])
            if suggestion not in listed:
                listed.append(suggestion)
    return {
        text: tuple(sorted(found, key=lambda s: _first_start(s, text)))
        for text, found in by_text.items()
    }


def _first_start(suggestion: Suggestion, text: str) -> int:
    return min(o.start for o in suggestion.occurrences if o.segment.text == text)


def _suggestion(group: list[tuple[str, Occurrence]], languages: Sequence[str]) -> Suggestion:
    spellings: dict[str, int] = {}
    for _, occurrence in group:
        spellings[occurrence.name] = spellings.get(occurrence.name, 0) + 1
    name = max(spellings, key=lambda s: spellings[s])  # ties: the first seen
    kind = _kind(name, [o for _, o in group])
    source, native, proposals = _propose(name, kind, languages)
    return Suggestion(
        name=name,
        kind=kind,
        occurrences=tuple(o for _, o in group),
        variants=tuple(s for s in spellings if s != name),
        source=source,
        native=native,
        proposals=proposals,
        paths=tuple(p for p, _ in group),
    )


def _head(name: str) -> str:
    """The word that says what *name* names: the last before its first complement (Committee
    against Torture, Convention on the Status of the Caspian Sea), else its last word, or a
    place's noun before it (Lake Van); empty when none is a head noun."""
    words = [w.casefold() for w in name.partition(" named after ")[0].split()]
    heads = HEAD_NOUNS | _KIND_HEADS.keys()
    of = next((i for i, w in enumerate(words) if i and w in _COMPLEMENTS), None)
    if of is not None and words[of - 1] in heads:
        return words[of - 1]  # ... before a head of its complement: Convention on ... Sea
    if of is not None and of > 1 and words[of - 1] == "general" and words[of - 2] in heads:
        return words[of - 2]  # ... a body's own "General": Directorate General of ...
    if words[-1] in heads:
        return words[-1]
    if len(words) > 2 and words[1] in FOREIGN_JOINERS and words[0] in heads:
        return words[0]  # ... first in another language: Festival des 3 Continents
    return words[0] if len(words) > 1 and words[0] in _LEADING_PLACES else ""


#: A site's domain: Trip.com, meteo.gr, arogi.gov.gr.
_SITE = re.compile(r"[\w-]+(?:\.[a-z][\w-]*)*\.[a-z]{2,4}")


def _date_line(occurrence: Occurrence) -> bool:
    """Whether *occurrence* is all of the first paragraph, a few words: an outlet's name on
    the date line."""
    segment = occurrence.segment
    return (
        segment.paragraph == 1
        and occurrence.start == 0
        and occurrence.end == len(segment.text)
        and len(segment.text.split()) <= 5
    )


def _kind(name: str, occurrences: Sequence[Occurrence]) -> NameKind:
    code = _territory_code(name)
    if code is not None:
        return NameKind.ORGANISATION if code in ("UN", "EU") else NameKind.PLACE
    # ... and a region CLDR names by a number (Central Asia, Eastern Europe).
    if re.sub(r"^the\s+", "", name, flags=re.I).casefold() in territories():
        return NameKind.PLACE
    head = _head(name)
    last = head or name.split()[-1].casefold()
    # A credit line names its authors (By Nazrin Mammadova) or its outlet (By Azernews).
    if all(o.segment.paragraph == CREDITS for o in occurrences) and len(name.split()) == 1:
        return NameKind.MEDIA
    # A site (meteo.gr), or a name alone on the date line (Notes from Poland): an outlet.
    if _SITE.fullmatch(name) or all(_date_line(o) for o in occurrences):
        return NameKind.MEDIA
    for heads, kind in ((_MEDIA_HEADS, NameKind.MEDIA), (_EVENT_HEADS, NameKind.EVENT),
                        (_PLACE_HEADS | _LEADING_PLACES, NameKind.PLACE)):  # fmt: skip
        if last in heads and len(name.split()) > 1:
            return kind
    if last in _KIND_HEADS and len(name.split()) > 1:
        return _KIND_HEADS[last]
    if last in HEAD_NOUNS and len(name.split()) > 1:
        return NameKind.ORGANISATION
    if any(
        _MEDIA_CUES.search(o.segment.text[o.end :])
        or _MEDIA_BEFORE.search(o.segment.text[: o.start])
        for o in occurrences
    ):
        return NameKind.MEDIA
    if name.isupper() and len(name) <= 6:
        return NameKind.ORGANISATION
    if _GLUED_INITIAL.fullmatch(name) or any(
        _PERSON_CUES.search(o.segment.text[: o.start]) for o in occurrences
    ):
        return NameKind.PERSON
    words = name.split()
    if any(w in ("of", "the", "for") for w in words):
        return NameKind.ORGANISATION
    # Common English words only, where the lexicon answers, name no person (Nature Ecology &
    # Evolution, Red Crescent): a person's names are proper nouns or no English words.
    plain = [w for w in words if w.isalpha() and w.casefold() not in _KIND_JOINERS]
    if len(plain) > 1 and lexicon_available() and len(common_words(plain)) == len(plain):
        return NameKind.ORGANISATION
    if len(words) > 1 or last.endswith(_SURNAME_ENDINGS):
        return NameKind.PERSON
    return NameKind.PLACE


def _propose(
    name: str, kind: NameKind, languages: Sequence[str]
) -> tuple[Source, str, tuple[tuple[str, str], ...]]:
    code = _territory_code(name)
    if code is not None:
        return Source.CLDR, "", tuple((lang, _territory_name(code, lang)) for lang in languages)
    if kind is NameKind.MEDIA:
        return Source.KEEP, "", ()
    if kind in (NameKind.ORGANISATION, NameKind.EVENT):
        return Source.ENGLISH, "", tuple((language, name) for language in languages)
    if _english_spelling(name):
        # Read letter by letter, an English spelling gives nonsense (World → Ворльд): leave
        # the form to the reviewer.
        return Source.ENGLISH, "", tuple((language, name) for language in languages)
    native = to_native(name) if _azerbaijani_looking(name, kind) else ""
    base = native or plain_reading(name)
    proposals = []
    for language in languages:
        if language == "az":
            proposals.append((language, base))
        elif native or language == "ru":
            proposals.append((language, _transliterated(base, language, name)))
        else:  # Latin-script languages keep a foreign name as written
            proposals.append((language, name))
    return Source.TRANSLITERATION, native, tuple(proposals)


def _transliterated(base: str, language: str, name: str) -> str:
    try:
        return transliterate(base, language)
    except LanguageError:  # a language without rules keeps the English spelling
        return name


def _english_spelling(name: str) -> bool:
    """Whether *name* is spelled the English way (Washington, Peace, Hague), which neither the
    Azerbaijani nor a letter-by-letter reading can carry into Cyrillic."""
    return any(_ENGLISH_SPELLING.search(w) for w in re.findall(r"[^\W\d_]+", name.casefold()))


def _azerbaijani_looking(name: str, kind: NameKind) -> bool:
    """Whether *name* has the marks of an Azerbaijani name in English spelling: its ending
    (-li, -ov, -chay, -kand ...), or, for a place, none of another origin's (-yan, -shvili, a
    Georgian -i) and a letter that only a romanised Turkic name has (kh, gh, q, x, j)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
    if not words or any(not w.isascii() for w in words):
        return False
    last = words[-1]
    if last.endswith(_OTHER_ENDINGS):
        return False
    if last.endswith(_AZ_ENDINGS):
        return True
    if kind is not NameKind.PLACE or (last.endswith("i") and len(last) > 4):
        return False
    return any(_AZ_LETTERS.search(w) for w in words)


def _key(name: str) -> tuple[str, ...]:
    """A transliteration key: spellings of one name through different conventions agree."""
    out = []
    for word in fold(name).replace("-", " ").split():
        word = re.sub(r"['’]s$", "", word)
        for old, new in (("kh", "h"), ("gh", "g"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
                         ("sh", "s"), ("ch", "c"), ("q", "g"), ("x", "h"), ("w", "v"),
                         ("y", "i"), ("e", "a")):  # fmt: skip
            word = word.replace(old, new)
        out.append(re.sub(r"(.)\1+", r"\1", word))
    return tuple(out)


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        # Aliyev and Aliyeva are two people; a name of five letters or fewer is too short.
        if x + "a" == y or y + "a" == x or min(len(x), len(y)) < 6 or x[0] != y[0]:
            return False
        if _distance(x, y) > 1:
            return False
    return True


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", fold(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


@functools.cache
def _territory_codes() -> dict[str, str]:
    from babel import Locale

    return {fold(n): c for c, n in Locale.parse("en").territories.items() if c.isalpha()}


#: Short forms that CLDR keeps as alternatives and babel does not expose.
_SHORT_FORMS = {"u.s.": "US", "us": "US", "usa": "US", "u.k.": "GB", "uk": "GB"}


def _territory_code(name: str) -> str | None:
    key = fold(re.sub(r"^the\s+", "", name, flags=re.I))
    return _territory_codes().get(key) or _SHORT_FORMS.get(key)


def _territory_name(code: str, language: str) -> str:
    from babel import Locale

    try:
        return str(Locale.parse(language).territories.get(code, code))
    except (ValueError, TypeError):
        return code

"""Names that are no plain run of capitals: works' titles, outlets, mastheads, routes.

A title quoted after the noun for its work or in title case (``"The Girl Who Counted
Ships"``), unquoted with a subtitle after a colon (the exhibition ``Silk and Salt: Trade on the
Steppe``); an outlet told something (``told Georgia Today``), an outlet's name alone on the
date line (``The Times of Central Asia``) or in lower case (``bianet``); a link named after
three places (``Baku-Tbilisi-Kars railway``); an institution ``named after`` a person. Internal
to the names finder, `translate.glossary.names`, which also exports `Occurrence`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from translate.glossary.gazetteer import calendar_words, cities, territories
from translate.glossary.matcher import Matcher
from translate.glossary.name_tokens import _ROUTE, is_common_word
from translate.glossary.name_words import (
    FIRM_TITLES,
    HEAD_NOUNS,
    JOINERS,
    LEGAL_FORMS,
    MAKERS,
    OPENING,
    PREFIXES,
    TITLES,
    words,
)
from translate.text.segments import Segment

#: A quoted title after the noun for a work (the film "...", a novel titled "...").
_WORK = re.compile(
    r"\b(?:film|movie|documentary|book|novel|memoir|play|opera|ballet|song|album|series|poem|"
    r"painting|exhibition|show|collection|anthology|musical|titled|entitled|called)s? "
    r"[\"“«]([A-Z][^\"“”«»]{1,80}?)[,.]?[\"”»]"
)


#: A work's title after the noun for it, unquoted, with a subtitle after a colon (the
#: exhibition Silk and Salt: Trade on the Steppe): words in title case on both sides.
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|the|a|an|and|in|on|at|to|for|from|with)(?![\w'’-])"


_SUBTITLED = re.compile(
    r"\b(?:film|movie|documentary|book|novel|memoir|play|opera|exhibition|show|collection|"
    r"anthology|album|series|report|study)s? "
    rf"([A-Z][\w'’-]*(?: {_TITLE_WORD})*: [A-Z][\w'’-]*(?: {_TITLE_WORD})*)"
)


#: A work's title of two words or more after the noun for it, unquoted, ending at a mark (the
#: new film The Last Shepherd of Gonur, which ...).
_UNQUOTED = re.compile(
    r"\b(?:film|movie|documentary|drama|novel|memoir|play|opera|ballet|album)s? "
    rf"((?:The |A |An )?[A-Z][\w'’-]*(?: {_TITLE_WORD})+?)(?=[,;:]|\.(?: |\Z)| \()"
)


#: A title of two words or more opening a sentence before the noun for its work after a comma
#: (Winter in Gonur, a drama by ...).
_APPOSED = re.compile(
    rf"\A((?:The |A |An )?[A-Z][\w'’-]*(?: {_TITLE_WORD})+?), (?:a|an|the)(?: [\w-]+){{0,2}} "
    r"(?:film|movie|documentary|drama|comedy|thriller|novel|memoir|play|opera|ballet|album)"
    r"(?= by\b| about\b| that\b| which\b| set\b|[,.;])"
)


#: Any quoted string of two to eight words (a title of a work when in title case).
_QUOTED = re.compile(r"[\"“«]([A-Z][^\"“”«»]{2,100}?)[,.]?[\"”»]")


#: One quoted capitalised word after a name's possessive: a work of that person.
_OWNED_WORK = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+['’]s [\"“«]([A-Z][^\W\d_]+)[,.]?[\"”»]")


#: Small words that a title in title case writes in lower case.
_TITLE_SMALL = words("a an the of and or in on at to for by with from as but nor vs via into")


_ROUTE_NAME = re.compile(
    rf"(?<![\w-])[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+){{2,}}(?=(?:{_ROUTE.pattern}))"
)


#: Whom something is told, when it is named by capitalised words and ends in a word.
_TOLD = re.compile(
    r"\b(?:told|interview with|speaking to) ((?:[A-Z][\w.-]* )+?([A-Z][a-z]+))(?![\w'’-]| [A-Z])"
)


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


#: A short line of capitalised words and small words: an outlet's name (Notes from Gonur).
_OUTLET_LINE = re.compile(r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|and|for|on|from|in|at))*")


#: ... or one capitalised word and lower-case words after it.
_OUTLET_LOWER = re.compile(r"[A-Z][^\W\d_]+(?: [^\W\d_A-Z][^\W\d_]*){1,2}")


def _written_again(text: str, segments: Sequence[Segment]) -> bool:
    """Whether the body (after the date line) writes *text* again as it stands (not in a
    contraction: bianet'll)."""
    again = re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-]|['’][a-z]{{2}})")
    return any(s.paragraph > 1 and again.search(s.text) for s in segments)


def _date_line_outlet(segment: Segment, segments: Sequence[Segment], matcher: Matcher) -> bool:
    """Whether *segment* is an outlet's name alone on the date line, "The" or small words
    inside (The Gonur Herald, Notes from Gonur): the date line carried text (no headline was
    read before it), the text is that line alone, one to five words, no sentence's first
    word but "The", and no glossary name covers all of it (Daily Gonur: a common word
    there proves nothing)."""
    text = segment.text
    words = text.split()
    return (
        segment.paragraph == 1
        and not any(s.paragraph == 0 for s in segments)
        and sum(s.paragraph == 1 for s in segments) == 1
        # ... or one word, not a calendar's or a sentence's (Sierraloaded, Leadership)
        and (2 <= len(words) <= 5 or (len(words) == 1 and text.casefold() not in calendar_words()))
        and (
            (words[-1][:1].isupper() and _OUTLET_LINE.fullmatch(text) is not None)
            # ... or a name in a language that capitalises its first word only, which the body
            # writes again as it stands (Jutarnji list, Lidové noviny)
            or (
                _OUTLET_LOWER.fullmatch(text) is not None
                and not any(w in OPENING or w in JOINERS for w in words[1:])
                and _written_again(text, segments)
            )
        )
        and (words[0] == "The" or words[0].casefold() not in OPENING)
        and not any(m.start == 0 and m.end == len(text) for m in matcher.find(text))
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
    if not _written_again(first.text, segments):
        return None
    return first


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
        and not _quoted_nickname(segment.text, m)
        and not any(
            s <= m.start(1) and m.start(1) + len(m.group(1).rstrip("!?.,")) <= e for s, e in known
        )
    }
    # An unquoted title with a subtitle after the noun for the work, small words at its end
    # left out.
    for match in _SUBTITLED.finditer(segment.text):
        # ... nor where it is shown (at the X Museum): titles hardly say "at".
        title = re.sub(r"(?: [a-z]+)+\Z", "", match.group(1).partition(" at ")[0])
        date = re.search(r" (?:in|on|at|from|until|by) ([A-Z][a-z]+)\Z", title)
        if date is not None and date.group(1).casefold() in calendar_words():
            title = title[: date.start()]  # ... opens in May: the date is no part of it
        spans.add((match.start(1), match.start(1) + len(title)))
    # An unquoted title after the noun for its work, or before it in apposition, ending where
    # a mark does; two words or more, the last capitalised.
    for match in (*_UNQUOTED.finditer(segment.text), *_APPOSED.finditer(segment.text)):
        title = match.group(1)
        if title.split()[-1][:1].isupper() and len(title.split()) > 1:
            spans.add(match.span(1))
    # A single quoted word after a name's possessive: a work of that person (Brook's "Lear").
    spans |= {m.span(1) for m in _OWNED_WORK.finditer(segment.text)}
    for title in titles:
        quoted = rf"[\"“«]({re.escape(title)})[,.]?[\"”»]"
        spans |= {match.span(1) for match in re.finditer(quoted, segment.text)}
    return [Occurrence(segment.text[s:e], segment, s, e) for s, e in sorted(spans)]


#: A person's given name before a nickname in quotes, and the family name after it.
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)* \Z")
_SURNAME_AFTER = re.compile(
    r" (?:(?:de|da|del|la|le|van|von|dos|das|di|du|der|den) )*[A-Z][^\W\d_]"
)


def _quoted_nickname(text: str, quoted: re.Match[str]) -> bool:
    """Whether *quoted* (`_QUOTED`) is a nickname of up to three words between a person's
    given and family names (Pichit "Coach Ped" Thongdee), not a work's title."""
    return (
        len(quoted.group(1).split()) <= 3
        and _GIVEN_BEFORE.search(text, max(0, quoted.start() - 40), quoted.start()) is not None
        and _SURNAME_AFTER.match(text, quoted.end()) is not None
    )


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


#: A numbered law, decree or regulation, perhaps with its subject after "on": Law No. 5737 on
#: Foundations, Regulation (EU) No 269/2014, Act 703, Law 26,199 (an article of a code is not
#: one: Article 47 counts a part).
_LAW_WORDS = "Law|Decree|Regulation|Resolution|Directive|Act|Ordinance|Bill"
_NUMBERED_LAW = re.compile(
    rf"\b(?:{_LAW_WORDS})(?: \([A-Z]{{2,5}}\))?"
    # ... the issuer's letters after its number (Decree 01/2025/ND-CP, Bill 8741/2026-CR)
    r" (?:No\.? ?)?\d+(?:[/,.-]\d+)*(?:[/-][A-Z]{1,4}(?:-[A-Z]{1,4})?)?(?: of (?:19|20)\d\d)?"
    r"(?![\w%]| ?(?:per ?cent|million|billion|thousand)\b)"
    rf"(?: on (?:the )?[A-Z][\w'’]*"
    rf"(?: (?:and |of |the |for )*(?!(?:{_LAW_WORDS})\b)[A-Z][\w'’]*)*)?"
)
#: An act or a bill with a bracketed part of its title before its noun, as the Commonwealth's
#: legislatures name theirs (the Mining Amendment (Critical Minerals Royalty) Bill 2026, the
#: Cultural Property (Immunity from Seizure) Law), perhaps its year after it.
_BRACKETED_LAW = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|of|the|for|on))*"
    r" \((?:[A-Z][\w'’-]*)(?:,? (?:[A-Z][\w'’-]*|and|of|the|for|on|in|from|to))*\)"
    # ... its year after it, after a comma too (the Wild Life (Protection) Act, 1972)
    r" (?:Act|Bill|Law|Regulations?|Rules|Order|Ordinance)(?:,? (?:19|20)\d\d)?(?![\w-])"
)
#: ... where another act before "and" is a name of its own (the Marine Resources Act and the
#: Fisheries Enforcement (Amendment) Act 2024).
_ACT_AND = re.compile(r"\b(?:Act|Bill|Law|Ordinance|Regulations?)(?: (?:19|20)\d\d)? and (?:the )?")
#: A capitalised word right before: the instrument's number is a part of a longer name's (the
#: Finance Act 2020), which the runs of capitalised words find.
_WORD_BEFORE = re.compile(r"[A-Z][\w-]* \Z")


def _bracketed_laws(segment: Segment, known: Sequence[tuple[int, int]]) -> list[Occurrence]:
    """The acts of *segment* with a bracketed part of their title (`_BRACKETED_LAW`), without
    a sentence's opening word before them, that no known name crosses."""
    found = []
    for match in _BRACKETED_LAW.finditer(segment.text):
        start, end = match.span()
        bracket = segment.text.index(" (", start)
        for other in _ACT_AND.finditer(segment.text, start, bracket):
            start = other.end()
        # ... without a sentence's opening word (The, Citing) before it
        opening = start == 0
        while True:
            first = segment.text[start:].split(" ", 1)[0]
            if not (first.casefold() in OPENING or (opening and first.endswith(("ing", "ly")))):
                break
            start += len(first) + 1
            opening = False
        if any(s < end and start < e and not start <= s < e <= end for s, e in known):
            continue
        found.append(Occurrence(segment.text[start:end], segment, start, end))
    return found


def _numbered_laws(segment: Segment, known: Sequence[tuple[int, int]]) -> list[Occurrence]:
    """The numbered laws, decrees and regulations of *segment* that no known name covers."""
    found = []
    for match in _NUMBERED_LAW.finditer(segment.text):
        start, end = match.span()
        name = match.group().rstrip(".,")
        end = start + len(name)
        # A known name inside it (the EU) is its own as well; one across its edge is not.
        if _WORD_BEFORE.search(segment.text[:start]) or any(
            s < end and start < e and not start <= s < e <= end for s, e in known
        ):
            continue
        found.append(Occurrence(name, segment, start, end))
    return found


#: A numbered road, line, zone or berth named by its noun and number alone (Highway 5, Street
#: 178, Line 3, Zone 4, Block 58): after no capitalised word, which would be a longer name's
#: (the Kesh Highway 5), nor before a unit or another number (Block 58 km, Line 3, 4).
_NUMBERED_PLACE = re.compile(
    r"(?<![\w'’.-])(?:Highway|Street|Route|Road|Avenue|Block|Zone|Line|Pier|Berth|"
    r"Terminal|Gate|Platform|Sector|Ward|Camp|Runway|Reactor|Interstate) \d{1,4}[A-Z]?"
    r"(?![\w%-]|[.,/:]\d| ?(?:km|m|per ?cent|percent|million|billion)\b)"
)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]* \Z")
#: A street, a square or a park named after a date, as Spanish and Portuguese usage names them
#: (Avenida 18 de Julio, Plaza 25 de Mayo, Rua 7 de Setembro): one name wherever it stands.
_DATE_PLACE = re.compile(
    r"(?<![\w'’.-])(?:Avenida|Calle|Plaza|Paseo|Bulevar|Parque|Puente|Estadio|Colonia|Rua|"
    r"Praça|Largo|Travessa|Rambla) \d{1,2} de (?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|"
    r"Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Janeiro|Fevereiro|Março|Maio|"
    r"Junho|Julho|Setembro|Outubro|Novembro|Dezembro)(?![\w-])"
)


def _numbered_places(segment: Segment, known: Sequence[tuple[int, int]]) -> list[Occurrence]:
    """The numbered roads, lines and zones of *segment* (`_NUMBERED_PLACE`) that no known
    name touches, none opening its sentence, and the places named after a date (`_DATE_PLACE`)."""
    found = []
    for match in _NUMBERED_PLACE.finditer(segment.text):
        start, end = match.span()
        before = segment.text[max(0, start - 40) : start]
        if not before.strip() or _CAPITAL_BEFORE.search(before):
            continue
        if any(s <= end and start <= e for s, e in known):
            continue
        found.append(Occurrence(match.group(), segment, start, end))
    for match in _DATE_PLACE.finditer(segment.text):
        start, end = match.span()
        if not any(s <= end and start <= e for s, e in known):
            found.append(Occurrence(match.group(), segment, start, end))
    return found


#: Companies' legal forms, written after the name or after a known place after it.
_FORMS = (
    r"\((?:Pty|Pvt|Private)\) (?:Ltd|Limited)|Pvt\.? Ltd|Co\.,? Ltd|Sdn\.? Bhd|Berhad|Bhd|B\.V\.|"
    r"N\.V\.|S\.A\.|S\.p\.A\.|A\.Ş\.|GmbH|AG|LLC|LLP|JSC|PJSC|OJSC|CJSC|PLC|Plc|plc|S\.à r\.l\.|"
    r"Sàrl|Tbk|Zrt\.|Kft\.|Nyrt\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|a\.d\.|d\.d\.|S\.R\.L\.|SRL|"
    r"[Ss]p\. z o\.o\.|Oyj|Oy|e?hf\.|Co\.(?! ?[A-Z])|amba|a\.m\.b\.a\.|"
    r"AB|ASA|Inc|Corp|Ltd\.? Şti\.?|Ltd|Limited|Pte\.? (?:Ltd|Limited)|A/S|ApS|"
    # ... an Indonesian state firm's (PT Bank Mandiri (Persero) Tbk), a German partnership's,
    # a Latin American limited partnership's (Racafé & Cía. S.C.A.)
    r"\(Persero\)|(?:PartG )?mbB|S\.C\.A\.|S\.A\.S\.|S\.A\.C\.|S\.A\.A\.|"
    # ... a Spanish and a Portuguese or Brazilian limited company's, a Mexican one's variable
    # capital (Balears Espectacles Taurins, S.L.; Cortiças Lopes & Filhos, Lda.; Grupo Bimbo,
    # S.A.B. de C.V.)
    r"S\.L\.U?\.?|S\.L\.L\.|Ltda\.?|Lda\.?|S\.A\.B\. de C\.V\.|S\.A\. de C\.V\.|"
    r"S\. de R\.L\.(?: de C\.V\.)?|"
    # ... and a Polish partnership's after its "i Wspólnicy" (... Wrona i Wspólnicy sp.k.)
    r"sp\.k\.|sp\. ?j\."
)
#: The rest of a Turkish limited company's form after "Ltd" (Limited Şirketi).
_SIRKETI = re.compile(r"\.? Şti\b\.?")
#: ... and the abbreviated words of a Turkish firm's trade before its form, where the runs
#: stop at the first dot (Yıldırım Halı Tekstil San. ve Tic. A.Ş., Ege Yapı İnş. Ltd. Şti.).
_TURKISH_TRADES = frozenset(
    {"san", "tic", "inş", "i̇nş", "paz", "müh", "taah", "ith", "i̇th", "ihr", "i̇hr", "tur"}
)
_TURKISH_FORM = re.compile(
    r"\.(?:,? (?:ve )?(?:San|Tic|İnş|Paz|Müh|Taah|İth|İhr|Dış Tic|Tur)\.)*"
    r" (?:A\.Ş\b\.?|Ltd\. Şti\b\.?)"
)
#: ... and those joined to the name by "and" or "&", which no known place stands before.
_JOINED_FORMS = (
    r"& Co\b\.?(?: (?:LLC|Ltd|KG))?|(?:and|&) (?:Partners|Associates|Sons)|(?:&|y) Cía\b\.?"
    r"|i Wspólnicy(?: sp\.k\.| sp\. j\.)?"  # ... a Polish partnership: i Wspólnicy sp.k.
)
#: A company's legal form after its name that the runs of capitalised words do not take: in
#: brackets, with a dot or an ampersand, or after a known place, "of" one perhaps, or one in
#: brackets (Kazatomprom Namibia (Pty) Ltd, China Railway Tunnel Group Co. Ltd, Haidermota & Co,
#: Allianz Malaysia Berhad, Flour Mills of Nigeria Plc, Fenech and Associates).
_LEGAL_FORM = re.compile(
    rf"(?:(?: of| de| do| da)? [A-Z][\w-]+(?= (?:{_FORMS}))"
    # ... or a land in brackets before it (Northern Hardwoods (Fiji) Pte Limited)
    rf"| \([A-Z][\w-]*(?: [A-Z][\w-]+)?\)(?=,? (?:{_FORMS})))?"
    rf"(?:,? (?:{_FORMS}|{_JOINED_FORMS}))+(?![\w-])"
)
#: ... or after the dot of an abbreviated "company" that ends the name (Racafé & Cía. S.C.A.).
_FORM_AFTER_DOT = re.compile(rf"\.(?:,? (?:{_FORMS}))+(?![\w-])")
#: A dotted legal form whose first letter a name took as a word of its own (Denizcilik A).
_DOTTED_FORM = re.compile(
    r"A/S|A\.[ŞS]\.?|A\.G\.?|S\.à r\.l\.|S\.A\.R\.L\.|S\.A\.|S\.p\.A\.|S\.L\.|N\.V\.|B\.V\."
)
#: Bodies whose ordinal is a part of their name: military units, an appeals circuit, a chamber
#: of a court (not an edition of a festival or a tournament: 31st Baku ... Exhibition).
_NUMBERED_UNITS = words(
    "brigade division regiment battalion circuit corps fleet squadron chamber base wing "
    "headquarters"
)
#: The years a plan runs, after its name (Agribusiness Development Programme 2021-2025).
_YEARS_AFTER = re.compile(r" (?:19|20)\d\d[-–](?:19|20)?\d\d(?![\w-])")
_PLANS = frozenset({"programme", "program", "strategy", "plan", "concept", "agenda", "policy"})
#: ... and the years a plan runs to or for after "until" or "for", as the post-Soviet states
#: name their programmes (the Concept for Transition to Carbon Neutrality until 2060, the State
#: Programme for the Development of ... for 2026-2030): its head noun the word before its first
#: complement, or its last.
_PLAN_YEARS = re.compile(
    r" (?:until|till) (?:19|20)\d\d(?![\w-])"
    r"| for (?:the (?:period|years) )?(?:19|20)\d\d[-–](?:19|20)?\d\d(?![\w-])"
)
#: A body "under" the head of a state or its government, as the post-Soviet states name theirs
#: (the Statistics Agency under the President of the Republic of Uzbekistan, the Committee of
#: ... under the Government of the Republic of Tajikistan): one name; not one under a ministry,
#: which the sets label as two (the Investigation Bureau under the Ministry of Justice).
_UNDER_A_HEAD = re.compile(
    r" under the (?:President|Presidency|Government|Cabinet of Ministers)(?: of (?:the )?"
    r"[A-Z][\w'’-]*(?: (?:of )?(?:the )?[A-Z][\w'’-]*)*)?(?![\w'’-])"
)
#: A committee's qualifier in brackets after its field, one word in title case (the Senate
#: Committee on Petroleum Resources (Downstream)), not an acronym.
_QUALIFIER = re.compile(r" \([A-Z][a-z]{3,}\)(?![\w(])")
#: ... and an act's year right after it, as common-law countries name their statutes, after a
#: comma too as South Asia writes it, or after "of" as the United States and the Pacific states
#: do (Prevention of Corruption and Economic Offences Act 1999; the Customs Act, 1969, as six of
#: the eight such labels of the sixty-seventh to hundred-and-fifth sets write it; the Renewable
#: Energy Act of 2021).
_ACT_YEAR = re.compile(r"(?:,| of)? (?:1[89]|20)\d\d(?![\w/-]|[.,]\d)")
_ACTS = frozenset(
    {"act", "ordinance", "constitution", "code", "proclamation", "decree", "regulation",
     "regulations", "rules"}
)  # fmt: skip
#: A partner's name and "and" before a firm's name and its legal form (Stacy and ...).
_PARTNER_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*) (?:and|&) \Z")


def _partner(word: str) -> bool:
    folded = word.casefold()
    return not (
        folded in OPENING
        or folded in TITLES
        or word in LEGAL_FORMS
        or folded in territories()
        or folded in cities()
        or is_common_word(word)
    )


#: The district after the capital of the United States, one name with it (Washington, D.C.).
_DISTRICT = re.compile(r",? D\.? ?C\.(?!\w)")
#: What a hotel's or a resort's name goes on with after "and" (Eko Hotel and Suites, the Gonur
#: Resort and Spa, Kesh Hotel and Casino).
_HOTELS = frozenset({"hotel", "hotels", "resort", "resorts", "inn", "lodge"})
_HOTEL_AND = re.compile(
    r" (?:and|&) (?:Suites|Spa|Casino|Resort|Resorts|Residences|Apartments|Villas|Conference "
    r"Centre|Conference Center|Convention Centre|Convention Center|Golf Club)(?![\w-])"
)
#: The name of an aircraft's family after its maker's model (Boeing 787-8 Dreamliner).
_FAMILY_AFTER = re.compile(r" (?:Dreamliner|Stratoliner|Superjet|XWB|Caravan)(?![\w-])")
#: A court's numbered branch or chamber before its name, which is one name with it (Branch 15
#: of the Revolutionary Court).
_BRANCH_OF = re.compile(r"(?<![\w-])((?:Branch|Chamber|Section|Division) \d{1,4} of (?:the )?)\Z")
_COURTS = frozenset({"court", "tribunal"})
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:st|nd|rd|th)) \Z")
#: A numbered instrument's year after its number.
_NUMBER_END = re.compile(r"\bNo\.? ?\d+(?:[/-]\d+)*\Z")
#: ... and the rest of its number where the rules stopped at a slash (No. 1076/2018).
_NUMBER_TAIL = re.compile(
    # ... and the issuer's letters after it (Decree 01/2025/ND-CP, Bill 8741/2026-CR)
    r"(?:/\d+)+(?:[/-][A-Z]{1,4}(?:-[A-Z]{1,4})?)?(?![\w/-]|[.,]\d)"
)
_OF_YEAR = re.compile(r" of (?:19|20)\d\d\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z]\w*(?:-[A-Z]\w*)*) \Z")


#: Letters of the Slavic and Baltic alphabets that no Western European language writes, and
#: the endings of their adjectives (not -ova, -ov or -ev, which Russian and Turkic family
#: names and places end in: Karimova): of the languages that capitalise a name's first word
#: only.
_SLAVIC_LETTERS = frozenset("čćžšđřěůňťďľĺŕąęłńśźżČĆŽŠĐŘŇŤĎĽĹŔŁŚŹŻ")
_SLAVIC_ENDINGS = ("ski", "ska", "sko", "cki", "čki", "ová", "ové", "ský", "ská", "ské", "ní",
                   "ný")  # fmt: skip
#: Lower-case words after a name, which a language that capitalises a name's first word only
#: writes (Prešernova cesta, Správa železnic, Gradska sportska dvorana), then any capitalised
#: words of it (Ulica kralja Tomislava); no English or Romance small word among them.
_LOWER_TAIL = re.compile(
    r"(?: (?!(?:and|or|of|the|a|an|in|on|at|to|for|by|with|from|as|is|was|de|la|le|el|al|da|di"
    r"|du|von|van|der|bin|ibn|y|e|i|und|et)\b)[^\W\d_A-Z][^\W\d_]*)+"
)
#: The nouns of streets and squares in Central and Eastern European languages, in lower case
#: after a name or capitalised before one.
_FOREIGN_ADDRESSES = words(
    "utca út tér körút köz sor fasor rakpart sétány híd ulica ulice ulitsa trg cesta námestie "
    "náměstí nábřeží nábrežie plac aleja aleje rynek bulevar bulvar piața strada calea bulevardul"
)
_CAPITALS_AFTER = re.compile(r"(?: [A-Z\u00c0-\u024f][\w'’-]*)*")


def _tail_words(found: Sequence[Occurrence], unknown: Set[str]) -> set[str]:
    """The lower-case words right after the names of *found* that `_slavic_tail` takes: what
    `_with_foreign_tails` asks the lexicon about."""
    words: set[str] = set()
    for o in found:
        if (tail := _slavic_tail(o, unknown)) is not None:
            words.update(tail.group().split()[:3])
    return words


def _slavic_tail(o: Occurrence, unknown: Set[str]) -> re.Match[str] | None:
    """The lower-case words after *o* when its last word is a Slavic one or the first of them
    is (Správa železnic): one of `_SLAVIC_LETTERS` in it, or an adjective's ending on a word
    beyond ASCII or that the lexicon does not know (*unknown*: Zimski vezovi)."""
    tail = _LOWER_TAIL.match(o.segment.text, o.end)
    if tail is None:
        return None
    last = o.name.split()[-1]
    slavic = bool(_SLAVIC_LETTERS.intersection(last)) or (
        last.endswith(_SLAVIC_ENDINGS) and (last in unknown or not last.isascii())
    )
    first = tail.group().split()[0]
    # ... or a street's or a square's noun before or after the name (Kossuth Lajos utca,
    # Kossuth tér, Námestie slobody, Trg bana Jelačića)
    address = first in _FOREIGN_ADDRESSES or last.casefold() in _FOREIGN_ADDRESSES
    if slavic or address or _SLAVIC_LETTERS.intersection(first):
        return tail
    return None


def _with_foreign_tails(
    found: Sequence[Occurrence], unknown: Set[str], foreign: Set[str]
) -> list[Occurrence]:
    """*found* with a name that `_slavic_tail` takes (*unknown*: the capitalised words the
    lexicon does not know) made longer by the lower-case words after it that English does not
    know (*foreign*, or beyond ASCII), up to three, then the capitalised words after them, as the
    languages that capitalise a name's first word only write their names (Prešernova cesta,
    Kulturni dom Joža Ažmana); the names inside the longer one dropped."""
    longer: list[Occurrence] = []
    for o in found:
        tail = _slavic_tail(o, unknown)
        if tail is None:
            continue
        end = o.end
        for k, word in enumerate(re.finditer(r"\S+", tail.group())):
            ascii_word = word.group().isascii()
            # (an English verb's ending: the lexicon lacks a few, as "hosted")
            english = ascii_word and word.group().endswith(("ed", "ing"))
            if k == 3 or english or (word.group() not in foreign and ascii_word):
                break
            end = o.end + word.end()
        if end == o.end:
            continue
        end = _CAPITALS_AFTER.match(o.segment.text, end).end()  # type: ignore[union-attr]
        longer.append(Occurrence(o.segment.text[o.start : end], o.segment, o.start, end))
    if not longer:
        return list(found)
    spans = [(x.segment, x.start, x.end) for x in longer]
    kept = [
        o
        for o in found
        if not any(seg == o.segment and s <= o.start and o.end <= e for seg, s, e in spans)
    ]
    return kept + longer


def _before_unit(o: Occurrence, longer: Sequence[Occurrence]) -> Occurrence:
    """*o* without its ``of`` and the first word of a longer name that starts inside it: a
    judge's name before the court's branch (Judge X of Branch 15 of the Revolutionary Court)."""
    for x in longer:
        if x.segment == o.segment and o.start < x.start < o.end < x.end:
            cut = o.segment.text.rfind(" of ", o.start, x.start + 1)
            if cut > o.start and o.segment.text[cut : x.start] == " of ":
                return Occurrence(o.segment.text[o.start : cut], o.segment, o.start, cut)
    return o


def _overlapped(o: Occurrence, end: int, found: Sequence[Occurrence]) -> bool:
    """Whether another of *found* overlaps *o* made longer to *end*."""
    return any(
        x is not o and x.segment == o.segment and x.start < end and o.start < x.end for x in found
    )


def _made_longer(found: Sequence[Occurrence]) -> list[Occurrence]:
    """*found* with each name made longer by what the runs of capitalised words leave out,
    and the names inside the longer one (a ``Berhad`` or ``Associates`` of its own) dropped:
    a unit's or a chamber's ordinal before it (the 64th Separate Motor Rifle Brigade, the 7th
    Circuit), a court's numbered branch before it (Branch 15 of the Revolutionary Court, the
    judge's name before it losing its "of Branch"), a company's legal form after it
    (`_LEGAL_FORM`, `_DOTTED_FORM`) with a known name before it that the rules cut off (China
    Railway Tunnel Group Co. Ltd, where the title-like "Co" kept the head noun from ending the
    run), a numbered instrument's year (Government Regulation No. 25 of 2024)."""
    longer: list[Occurrence] = []
    for o in found:
        text = o.segment.text
        words = o.name.split()
        first, last = words[0].casefold(), words[-1].casefold()
        lowered = {w.casefold() for w in words}
        # ... a plan's head noun: the word before its first complement, or its last
        joiner = next((k for k, w in enumerate(words) if k and w in ("of", "for", "on")), None)
        plan = words[joiner - 1 if joiner else -1].casefold()
        # ... an act named with its "of": its head is the word before (the Constitution of
        # the Republic of X, 2011)
        head = words[words.index("of") - 1].casefold() if "of" in words[1:] else last
        # ... an ordinal or a court's branch before it (group 1 of either pattern)
        opening = (
            _ORDINAL_BEFORE.search(text, max(0, o.start - 8), o.start)
            if last in _NUMBERED_UNITS
            else _BRANCH_OF.search(text, max(0, o.start - 30), o.start)
            if last in _COURTS
            else None
        )
        if opening is not None:
            start = opening.start(1)
            longer.append(Occurrence(text[start : o.end], o.segment, start, o.end))
            continue
        # ... a partner's name and "and" before a firm's of one word and its legal form (Stacy
        # and Witbeck Inc.): no place's, no title's, no opener's, no common word's, and no
        # capitalised word before it (Pacific Gas and Electric Co. stays as the runs cut it)
        partner = (
            _PARTNER_BEFORE.search(text, max(0, o.start - 40), o.start)
            if words[-1] in LEGAL_FORMS and len(words) == 2
            else None
        )
        if (
            partner is not None
            and _partner(partner.group(1))
            and _CAPITALISED_BEFORE.search(text, max(0, partner.start() - 40), partner.start())
            is None
        ):
            start = partner.start(1)
            longer.append(Occurrence(text[start : o.end], o.segment, start, o.end))
            continue
        # ... a plan's or an act's years, or a model's family name, after it
        closing = (
            (_YEARS_AFTER.match(text, o.end) if last in _PLANS | _ACTS else None)
            or (_PLAN_YEARS.match(text, o.end) if plan in _PLANS else None)
            # (not an act with a bracketed title, which `_bracketed_laws` found whole)
            or (
                _ACT_YEAR.match(text, o.end)
                if (last in _ACTS or head in _ACTS) and ")" not in o.name
                else None
            )
            or (_FAMILY_AFTER.match(text, o.end) if first in MAKERS else None)
            or (_UNDER_A_HEAD.match(text, o.end) if HEAD_NOUNS.intersection(lowered) else None)
            or (_QUALIFIER.match(text, o.end) if "committee" in lowered else None)
            or (_DISTRICT.match(text, o.end) if o.name == "Washington" else None)
            or (_HOTEL_AND.match(text, o.end) if last in _HOTELS else None)
        )
        if closing is not None:
            end = closing.end()
            longer.append(Occurrence(text[o.start : end], o.segment, o.start, end))
            continue
        if text[o.end - 2 : o.end] in (" A", " S", " N", " B"):
            match = _DOTTED_FORM.match(text, o.end - 1)
        else:
            match = None
        match = match or _LEGAL_FORM.match(text, o.end)
        if match is None and last == "ltd":
            match = _SIRKETI.match(text, o.end)  # ... Ltd. Şti., a Turkish limited company
        if match is None and last in _TURKISH_TRADES:
            match = _TURKISH_FORM.match(text, o.end)
        if match is None and last in ("cía", "cia"):
            match = _FORM_AFTER_DOT.match(text, o.end)  # ... Racafé & Cía. S.C.A.
        if match is None and _NUMBER_END.search(text, max(0, o.end - 20), o.end):
            match = _OF_YEAR.match(text, o.end)
            tail = _NUMBER_TAIL.match(text, o.end)
            # ... not over another name found there (Decree No. 12/2019, a law of its own)
            if match is None and tail is not None and not _overlapped(o, tail.end(), found):
                match = tail
        if match is not None:
            start = o.start
            before = _CAPITALISED_BEFORE.search(text, max(0, o.start - 40), o.start)
            word = before.group(1).casefold() if before is not None else ""
            if (
                before is not None
                and word not in OPENING
                and (word not in TITLES or word in FIRM_TITLES)
            ):
                start = before.start(1)
            longer.append(Occurrence(text[start : match.end()], o.segment, start, match.end()))
    if not longer:
        return list(found)

    def inside(o: Occurrence, others: Sequence[Occurrence]) -> bool:
        return any(
            o.segment == x.segment and x.start <= o.start and o.end <= x.end and x != o
            for x in others
        )

    unique = list(dict.fromkeys(longer))
    found = [_before_unit(o, unique) for o in found]
    return [o for o in found if not inside(o, unique)] + [
        o for o in unique if not inside(o, unique)
    ]

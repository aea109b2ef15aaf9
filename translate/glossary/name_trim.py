"""What goes before and after a name but is no part of it: titles, openers, demonyms, joiners.

`_trim` takes them off a run of capitals (``Armenian Foreign Minister Ararat Mirzoyan`` →
``Ararat Mirzoyan``) and keeps what belongs to the name: titles before an office's head noun
(``Special State Prosecutor's Office``), a demonym before a body's name (``Ukrainian Premier
League``), a particle that is a name of its own (``Lake Van``). Internal to the names finder,
`translate.glossary.names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.glossary.gazetteer import (
    calendar_words,
    cities,
    is_demonym,
    languages,
    territories,
    weekdays,
)
from translate.glossary.name_evidence import _Evidence, _opener
from translate.glossary.name_tokens import (
    _bare,
    _capitalised,
    _has_head,
    _is_title,
    _territory,
    _Token,
)
from translate.glossary.name_words import (
    ADJECTIVES,
    CHESS_TITLES,
    COMPLEMENTS,
    FIRM_TITLES,
    FOREIGN_JOINERS,
    HEAD_NOUNS,
    JOINERS,
    LEGAL_FORMS,
    OPENING,
    PARTICLES,
    PORTFOLIOS,
    SEAS,
    TITLES,
)

#: Offices and acts of a state that a demonym before them only says whose they are (the
#: Kazakh Ministry of Energy, the Kyrgyz Law on Subsoil).
_STATE_OFFICES = frozenset({"ministry", "embassy", "consulate", "law", "code"})


#: Titles that name a field as an adjective does (Foreign Minister, Health Minister), or an
#: order (First Deputy; the First Abu Dhabi Bank).
_FIELD_TITLES = frozenset({"foreign", "interior", "defence", "defense", "finance", "health",
                           "education", "culture", "economy", "justice", "first"})  # fmt: skip


#: Titles of rulers, after whom hospitals, universities and airports are named.
_RULERS = frozenset({"king", "queen", "prince", "princess", "sultan", "emir", "sheikh", "shah",
                     "emperor", "empress", "tsar", "imam", "president", "marshal",
                     "admiral", "shaikh", "shaykh"})  # fmt: skip
#: ... and knights, whose titles name what is named after them too (Sir Asel Omur Stadium).
_NAMESAKES = _RULERS | {"sir", "dame"}


#: Endings of Slavic, Turkic, Armenian and Georgian family names (Ujarov, Keshenko, Omuryan).
_FAMILY_ENDINGS = ("ov", "ova", "ev", "eva", "in", "ina", "yan", "ian", "enko", "shvili", "dze",
                   "zade", "oglu", "uly", "ovich", "evich", "bekov", "baev", "bayev")  # fmt: skip


#: Titles that are titles only before a person's name of two words or more, as written: a
#: chess title (GM Ujar Keshov, WIM ...; FM and CM also end radio stations' and other names:
#: Citi FM) and honorifics that are family names too (Daw Zin Mar Aung, Engineer Asel Omur; the
#: Burmese U, Ko and Ma, the Sierra Leonean Pa, a Knesset member's MK, Brunei's Haji (Hj),
#: Awang, Dayang and Pengiran, the Malay Seri and Sri after Dato, the Shona Mai, the Fijian
#: Tui after Roko: U Thein Zaw Htike, Pa Alimamy Bangura, Awang Haji Mohd Isham bin Haji
#: Jaafar, Ma Su Myat Noe, Roko Tui Viliame Naulumatua).
_LEADING_TITLES = CHESS_TITLES | {"GM", "FM", "CM", "Daw", "U", "Pa", "Engineer", "Lady", "MK",
                                  "Haji", "Hajah", "Hj", "Hjh", "Awang", "Dayang",
                                  "Pengiran", "Seri", "Sri", "Ko", "Ma", "Mai",
                                  "Tui"}  # fmt: skip


def _leading_title(run: Sequence[_Token]) -> bool:
    """Whether *run* opens with a title: one of the word lists, or one of `_LEADING_TITLES`
    before two capitalised words that are no title."""
    if not run:
        return False
    if _is_title(_bare(run[0])):
        return True
    return (
        run[0].text in _LEADING_TITLES
        and len(run) > 2
        and _capitalised(run[1].text)
        # ... not before what is named after someone (Lady Reading Hospital)
        and _bare(run[-1]).casefold() not in HEAD_NOUNS
        # ... the second perhaps a particle before a father's name (Hajah Noraini binti ...)
        and all(
            (_capitalised(t.text) and not _is_title(_bare(t))) or t.text in PARTICLES
            for t in run[1:3]
        )
    )


def _numeral(run: Sequence[_Token]) -> bool:
    """Whether *run* ends in a ruler's or a unit's numeral "I" (Argishti I, Kulekhani I), no
    Catalan "and" nor the pronoun after a place or a joiner (on Facebook I, the Caspian Sea
    and I)."""
    if run[-1].text != "I" or len(run) < 2:
        return False
    before = run[-2]
    word = before.text.casefold()
    return not (before.known or word in JOINERS or word in territories() or word in cities())


def _family_name(word: str) -> bool:
    return len(word) >= 6 and word.istitle() and word.casefold().endswith(_FAMILY_ENDINGS)


def _trim(run: list[_Token], evidence: _Evidence) -> list[_Token]:
    """*run* without the titles, openers and demonyms before the name, nor joiners after it.
    A title's portfolio is a list word or, after its ``of``, an English word (Minister of
    Healthcare), where a person's name is none (the lexicon does not know Yerlan)."""
    lowercase = evidence.lowercase
    after_title = False
    previous = ""
    field = 0
    # A piece cut after "and" may open with a lower-case "the": no part of it, so what follows
    # is trimmed as at a run's start (UNESCO and the French CNC).
    while len(run) > 1 and run[0].text == "the":
        run = run[1:]
    while len(run) > 1:
        bare = _bare(run[0])
        word = bare.casefold()
        following = _bare(run[1]).casefold()
        # Titles before a head noun name an office: Foreign Ministry, Presidential
        # Administration, Prosecutor General's Office.
        rest = [_bare(t).casefold() for t in run[1:]]
        other = next((w for w in rest if not _is_title(w)), "")
        if _is_title(word) and other in HEAD_NOUNS and not _is_title(other):
            break
        # ... or before a common noun and a head noun, a building's or a body's name made of
        # the office it serves (the General Staff Building, the General Staff Academy).
        if (
            _is_title(word)
            and len(run) > 2
            and (len(run) == 3 or not _capitalised(run[3].text))
            and not _is_title(following)
            and _capitalised(run[1].text)
            and evidence.common_word(_bare(run[1]))
            and _bare(run[2]).casefold() in HEAD_NOUNS
        ):
            break
        # ... and a field's title before a body's or an act's name that ends in its head noun:
        # the Foreign Employment Act, the Health Insurance Fund (not Health Minister Asel Omur).
        last = next((_bare(t).casefold() for t in reversed(run) if not t.text.isdigit()), "")
        if (
            word in _FIELD_TITLES
            and last in HEAD_NOUNS
            and not any(_is_title(_bare(t)) for t in run[1:])
        ):
            break
        # ... and a title-like word that opens a firm's name, its legal form at the end
        # (First Gonur Inc., General Kesh Corp.)
        if word in FIRM_TITLES and run[-1].text in LEGAL_FORMS:
            break
        # ... and a ruler's title before the name of what is named after the ruler: King
        # Khaled Eye Hospital, Prince Sultan University, Princess Sumaya University for
        # Technology (a head noun after a name, its complement after it or not).
        heads = [i for i in range(2, len(run)) if _bare(run[i]).casefold() in HEAD_NOUNS]
        if (
            word in _NAMESAKES
            and not run[0].initial
            and heads
            and (heads[-1] == len(run) - 1 or run[heads[-1] + 1].text in COMPLEMENTS)
            and not _is_title(following)
            # ... a second body's after "and" perhaps (Queen Victoria Museum and Art Gallery)
            and not any(t.known or t.text in JOINERS for t in run[1 : heads[0]])
            and not any(t.known for t in run[heads[-1] :])
        ):
            break
        # ... nor is it one before a family name alone: rulers go by their given names (Emir
        # Tamim), so Emir Ujarov is a person's given name and family name.
        if (
            word in _RULERS
            and _family_name(_bare(run[1]))
            and (len(run) == 2 or run[2].text in JOINERS)
        ):
            break
        # ... nor before an Arabic family name with its "Al" alone (Sultan Al Kesh is a given
        # name and a family name).
        if (
            word in _RULERS
            and len(run) > 2
            and run[1].text == "Al"
            and not run[2].known
            and (len(run) == 3 or run[3].text in JOINERS)
        ):
            break
        # ... nor before "bin" and a father's name: a title is followed by a given name, so
        # Sultan bin Khalifa is one (Sheikh Mohammed bin Rashid keeps his title apart).
        if word in _RULERS and len(run) > 2 and run[1].text in ("bin", "ibn", "bint"):
            break
        # ... and portfolios among them: the Special State Prosecutor's Office.
        office = next((w for w in rest if not _is_title(w) and w not in PORTFOLIOS), "")
        if _is_title(word) and office in HEAD_NOUNS and other != office and len(rest) > 2:
            break
        if _leading_title(run):
            after_title = True
        elif not (
            # (a capitalised particle opens a name: Director Le Thanh Trung)
            (after_title and (run[0].text in JOINERS or word in PORTFOLIOS))
            or (
                after_title
                # ... one or two English words after "of", "for" or "and" (Minister for
                # Climate Crisis and Civil Protection)
                and (previous in ("of", "and", "for") or field == 1 or _abstract(word))
                and evidence.english(bare)
                # ... not an office named after it: Chairman of the Cabinet of Ministers.
                and not (word in HEAD_NOUNS and following == "of")
            )
            # ... or any word before a portfolio after "of" or "and", which it modifies, known
            # to the lexicon or not (Minister of Mineral and Petroleum Resources).
            or (
                after_title
                and previous in ("of", "and", "for")
                and following in PORTFOLIOS
                and not run[0].known
                and not _territory(run[:1])
            )
            or (
                run[0].initial
                and _opener(word, lowercase)
                and not _foreign_name(bare, evidence)
                and not (word in JOINERS and _own_particle(run))
                and not _common_name(run, evidence)
            )
            # ... not before a name that ends in a head noun: the Greek Premier League.
            or (
                is_demonym(word)
                and (following in TITLES or _leading_title(run[1:]))
                and not (other in HEAD_NOUNS and other not in _STATE_OFFICES)
            )
            # ... nor before a person's given and family name: Kenyan Asel Omur, as a
            # sports report names a runner (no head noun, common word or known name after it);
            # a country's adjective, not a language's name, which a body's name may open
            # (Kyrgyz Temir Zholu).
            or (
                is_demonym(bare)
                and word.endswith(("an", "ese", "i", "ish"))
                and word not in languages()
                and not bare.isupper()
                and word not in ADJECTIVES
                and not run[0].known
                and 3 <= len(run) <= 4
                and not any(
                    t.known
                    or t.text in JOINERS
                    or _bare(t).casefold() in HEAD_NOUNS
                    or evidence.common_word(_bare(t))
                    or not _capitalised(t.text)
                    for t in run[1:]
                )
            )
            # A country's ministry or embassy by its demonym: the Kazakh Ministry of Energy.
            # ... its complement after (not the Georgian Law Association).
            or (
                is_demonym(word)
                and following in _STATE_OFFICES
                and len(run) > 2
                and run[2].text in COMPLEMENTS
            )
            # ... or an acronym, a name's own start: the Russian VNIRO, the Saudi ACWA Power;
            # or a model's code (the Russian Soyuz-2.1b, the Turkish TB3).
            or (
                is_demonym(bare)
                and not bare.isupper()  # not a line in capitals: CASPIAN TIMES
                and (_acronym(run[1].text) or _MODEL_CODE.fullmatch(run[1].text) is not None)
                and not run[1].known
            )
            # ... or a name in another language, which no English demonym is part of: the
            # French Centre National du Cinéma, the Italian Teatro dei Piccoli.
            or (
                is_demonym(bare)
                and not bare.isupper()
                and any(t.text in FOREIGN_JOINERS for t in run[2:])
                and not run[1].known
            )
            # ... or a company whose own name is no English word: the Canadian Ujarco Gold
            # (not a body that ends in a head noun: the Georgian Judo Federation).
            or (
                is_demonym(bare)
                and word not in ADJECTIVES
                and bare not in evidence.foreign  # a demonym is an English word (not Telman)
                # ... no English word, proper or derived (not Wrestling, Navy, Astana)
                and _bare(run[1]) in evidence.foreign
                and evidence.proper(_bare(run[1]))
                and len(run) > 2  # ... and more than one word: not the Russian Navy
                and not run[1].known
                and not _has_head(run)
                and not _territory(run)
            )
        ):
            break
        # English words of a title's field taken since its joiner: a second one may follow a
        # first that is no portfolio (Climate Crisis), never a portfolio (Energy Mark Wood) but
        # for an abstract noun (Digital Transformation).
        if word in ("of", "and", "for"):
            field = 0
        elif after_title and not _is_title(word) and run[0].text not in _LEADING_TITLES:
            # (an honorific is no field: U Tin Oo Lwin, where "Tin" opens the name)
            field = 2 if word in PORTFOLIOS or field else 1
        previous = word
        run = run[1:]
    # A title's portfolios to the end leave no name: Vice Minister of Tourism and Sports.
    if after_title and len(run) == 1:
        last = _bare(run[0])
        english = evidence.english(last)
        if last.casefold() in PORTFOLIOS or (
            english and (previous in ("of", "and") or _abstract(last.casefold()))
        ):
            return []
    # A capitalised "The" inside a sentence is the name's own: told The Times of Central Asia.
    while run:
        # ... a joiner or a complement's word with nothing after it ends no name (Committee on).
        if (
            run[-1].text.casefold() in JOINERS | COMPLEMENTS
            and not _lone_particle(run[-1])
            and not _numeral(run)
        ) or run[-1].text in COMPLEMENTS:
            run = run[:-1]
        elif (
            run[0].text.casefold() in JOINERS
            and not _own_the(run)
            and not _own_particle(run)
            and not (len(run) == 1 and _lone_particle(run[0]))
        ):
            run = run[1:]
        else:
            break
    # Senior Counsel's letters after a person's name (Asel Omur SC), not a sports club's after
    # a body's (the Ujar Sports Centre SC).
    if (
        len(run) > 2
        and run[-1].text == "SC"
        and not any(t.known or _bare(t).casefold() in HEAD_NOUNS for t in run[:-1])
    ):
        run = run[:-1]
    # A weekday after a place's or a person's name is when, no part of it (lands in Ulaanbaatar
    # Saturday); after a common word it is a day's own name (Bloody Sunday, Easter Sunday).
    if (
        len(run) > 1
        and run[-1].text in weekdays()
        and run[-2].text not in _FEASTS
        and not evidence.common_word(_bare(run[-2]))
        and not run[-2].known
    ):
        run = run[:-1]
    return run


#: Feasts that name a weekday of their own with it: Easter Sunday, Orthodox Easter Monday.
_FEASTS = frozenset({"Easter", "Pentecost", "Whit", "Trinity", "Ascension"})

#: Endings of abstract nouns, which no given name has: a field after a portfolio ends in one
#: (Minister of Digital Transformation), a person's name after it does not (... Energy Mark X).
_ABSTRACT = ("tion", "sion", "ment", "ness", "ship", "ism", "ance", "ence", "ity")


def _common_name(run: Sequence[_Token], evidence: _Evidence) -> bool:
    """Whether *run*, from a sentence's start, is a name of three or more common English words
    and nothing else (Human Rights Watch): its first word is as much the name's as the others,
    not an opener before it (no title, demonym, joiner or known name inside)."""
    words = [_bare(t) for t in run]
    return (
        evidence.lexicon
        and len(run) >= 3
        and not any(t.known for t in run)
        and all(
            _capitalised(w)
            and w.casefold() not in JOINERS | OPENING  # not a determiner: Its State ...
            and not _is_title(w)
            and not is_demonym(w)
            and w in evidence.common
            for w in words
        )
    )


def _abstract(word: str) -> bool:
    return word.endswith(_ABSTRACT)


def _foreign_name(word: str, evidence: _Evidence) -> bool:
    """Whether a sentence's first *word* with an adverb's or a participle's ending is a name
    all the same: the lexicon answers and knows no common word of it (Anatoly, not Recently
    nor Reportedly), and the article never writes it in lower case."""
    key = word.casefold()
    return (
        evidence.lexicon
        and not evidence.english(word)
        and key not in OPENING
        and key not in evidence.lowercase
    )


def _lone_particle(token: _Token) -> bool:
    """Whether *token*, a particle's word with a capital (Van, De, La) that no name follows,
    is a word of its own: the place Van (Lake Van, the city of Van), not a particle."""
    return token.text[:1].isupper() and not token.text.isupper() and token.text.casefold() not in (
        "of", "the", "and", "for")  # fmt: skip


def _own_particle(run: Sequence[_Token]) -> bool:
    """Whether *run* opens with a name's particle written with a capital (De Minaur, Van
    Gaal, Al Hilal), not an English joiner: the particle is the name's own."""
    return (
        len(run) > 1
        and run[0].text[:1].isupper()
        and run[0].text.casefold() not in ("of", "the", "and", "for")
        and _capitalised(run[1].text)
    )


def _own_the(run: Sequence[_Token]) -> bool:
    return len(run) > 1 and run[0].text == "The" and not run[0].initial


#: A model's code: capitals, then digits after a hyphen or none, perhaps a version (Su-35,
#: TB3, Soyuz-2.1b), or one or two capitals after a hyphen (Kanopus-V, Soyuz-MS); not an age
#: group's (the European U23 Championships).
_MODEL_CODE = re.compile(r"(?!U-?\d+\Z)[A-Z][A-Za-z]*(?:-?\d[\w.]*|-[A-Z]{1,2}\d*)")


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


#: Lower-case particles before a family name used alone (von der Leyen, van Gaal, de Gaulle).
_PARTICLES = re.compile(
    r"(?:^|(?<=[\s\"“‘'(]))((?:von|van|de|du|da|di|der|den|ter|ten)(?: (?:der|den|de|la|le|ter|"
    r"ten))? )\Z"
)


def _with_particles(text: str, start: int) -> int:
    """Where the name that starts at *start* of *text* starts with the lower-case particles
    before it (said von der Leyen; President van Gaal): a family name used alone keeps them,
    after a lower-case word, a title or a sentence's start; not after another capitalised word
    (a name in another language joined by its small words: Museo de Kesh)."""
    before = text[max(start - 40, 0) : start]
    particles = _PARTICLES.search(before)
    if particles is None:
        return start
    previous = re.search(r"(\S+)\s*\Z", before[: particles.start()])
    word = previous.group(1).strip("\"“‘'(") if previous else ""
    if word[:1].isupper() and not _is_title(word):
        return start
    return start - len(particles.group(1))


def _adjective_tail(run: list[_Token], text: str) -> list[_Token]:
    """*run* without a joiner and a people's or a region's adjective at its end before a
    common noun: the adjective describes that noun, not the name (the Persian Gulf for the
    Central Asian states, the World Bank on Central Asian trade)."""
    end = run[-1].end
    if len(run) < 3 or re.match(r" [a-z]", text[end:]) is None:
        return run
    last = _bare(run[-1])
    # ... a sea's adjective is the sea's name there (`name_proof._sea`: the Caspian port).
    if last.casefold() in SEAS or run[-1].known:
        return run
    if not (is_demonym(last) or last.casefold() in ADJECTIVES):
        return run
    k = len(run) - 1
    while k > 0 and len(run) - k <= 2 and _capitalised(run[k].text) and not run[k].known:
        k -= 1
    joiners = k
    while k > 0 and run[k].text in ("for", "on", "of", "and", "the", "to"):
        k -= 1
    if k == joiners or not _capitalised(run[k].text):
        return run
    return run[: k + 1]


def _calendar_lead(run: list[_Token]) -> list[_Token]:
    """*run* without a month or a weekday and the joiners after it at its start (in January
    for the Yarygin Grand Prix, February and the European Championships)."""
    first = 0
    while first < len(run) - 1 and run[first].text.casefold() in OPENING:
        first += 1  # ... after a sentence's opening word (In June the ... Court)
    k = first
    while k < len(run) - 1 and run[k].text.casefold() in calendar_words():
        k += 1
    if k == first or run[k].text not in ("for", "and", "the", "of", "on"):
        return run
    while k < len(run) - 1 and run[k].text in ("for", "and", "the", "of", "on"):
        k += 1
    return run[k:] if _capitalised(run[k].text) else run


_COMPANY_NOUNS = frozenset({"Corporation", "Company", "Group", "Holdings"})


def _legal_end(run: list[_Token]) -> list[list[_Token]]:
    """*run* cut after a company's legal form that joiners follow, and after them (Lydian
    Armenia CJSC for the Amulsar mine; Habib Limited and Haidermota & Co); and between two
    companies joined by "and", the first ending in its kind's noun, the second in a legal
    form (Newmont Corporation and Harmony Gold Mining Company Ltd)."""
    for k in range(1, len(run) - 1):
        two = (
            run[k].text in _COMPANY_NOUNS
            and run[k + 1].text == "and"
            and run[-1].text in LEGAL_FORMS
        )
        if (two or run[k].text in LEGAL_FORMS) and run[k + 1].text in JOINERS and not run[k].known:
            rest = k + 1
            while rest < len(run) and run[rest].text in JOINERS:
                rest += 1
            return [run[: k + 1], *_legal_end(run[rest:])] if rest < len(run) else [run[: k + 1]]
    return [run]


_DATE_AFTER = re.compile(r",? \d{1,2}\b")


def _calendar_tail(run: list[_Token], text: str) -> list[_Token]:
    """*run* without a month or a weekday at its end that a date's day follows: a byline's
    name and its date (Kevin Schembri Orland Monday, 7 December; Minh Ngoc December 6)."""
    if (
        len(run) > 2
        and run[-1].text.casefold() in calendar_words()
        and _DATE_AFTER.match(text, run[-1].end) is not None
    ):
        return run[:-1]
    return run


def _title_of_the(run: list[_Token]) -> list[_Token]:
    """*run* without the title and "of the" before a body's name (Vice President of the
    European Commission, President of the World Bank): the title is the person's, not the
    body's, whose name is what follows."""
    k = 0
    while k < len(run) and _is_title(_bare(run[k])):
        k += 1
    if (
        k
        and k + 3 < len(run)
        and [t.text for t in run[k : k + 2]] == ["of", "the"]
        and _bare(run[-1]).casefold() in HEAD_NOUNS
        and all(_capitalised(t.text) or t.text in JOINERS for t in run[k + 2 :])
    ):
        return run[k + 2 :]
    return run


def _reshaped(run: list[_Token], text: str) -> list[list[_Token]]:
    """*run* as the runs it holds once the words around names that belong to none are cut
    off: a byline's date, a title "of the" a body, a people's adjective after a joiner, a
    month opening it, a legal form's joiner (the functions above)."""
    run = _title_of_the(_calendar_tail(run, text))
    return _legal_end(_calendar_lead(_adjective_tail(run, text)))

"""What outlets wrap around an article's text: credits and site furniture.

Recognised from the text of one line (credits) or one paragraph (furniture) alone, never from
the rest of the file, so that one edit cannot change how another line is read:

- credit prefixes: ``(MENAFN- AzerNews)``, ``(Reuters)`` at the start of a line;
- credit lines: bylines (``By Jane Doe``, ``By Jane Doe, Staff Writer | Updated 3 hours ago``,
  ``Jane Doe, Senior Reporter``, ``Jane Doe · CBC News · Posted: Dec 6, 2026 4:00 AM EST``), a
  reporter's role on its own line (``Business Affairs Correspondent``), an outlet's or a place's
  date line (``KYODO NEWS - Dec 5, 2026 - 18:12 | World``, ``Madrid - Dec 5, 2026 - 05:30 CET``),
  agency credits (``(Reporting by A; Editing by B)``, ``Additional reporting by C``), sign-offs
  (``-- Reuters``) and
  picture credits without a sentence (``Photo: AFP / Getty Images``; a caption ``Photo: Crowds
  in Baku.`` is text);
- furniture paragraphs: end marks (``(END)``, ``-- ends --``, ``###``), copyright footers,
  links to other pages (``Read also: ...``, ``Related: ...``), calls to share, subscribe or
  follow, ``Advertisement``, ``Tags: ...``, ``Comments (3)``, ``Updated 3 hours ago``, a date
  or time in figures alone (``26.02.2024 10:15``), a separator (``* * *``).

A credit line is kept as the article's metadata; a furniture paragraph is dropped and reported,
like the configured boilerplate.
"""

from __future__ import annotations

import re

__all__ = [
    "CREDIT_PREFIX",
    "credit_names",
    "is_bare_byline",
    "is_credit_line",
    "is_date_line",
    "is_furniture",
    "is_role_line",
    "is_sign_off",
    "key",
    "trailing_end_mark",
]

#: A wire or syndication credit opening a line: ``(MENAFN- AzerNews)``, ``(AFP)``.
#: A dash after it goes with it: ``(AP) — The talks resumed``. Group ``credit`` is the credit.
CREDIT_PREFIX = re.compile(
    r"^\s*(?P<credit>\((?:MENAFN|AFP|AP|Reuters)[^)]{0,60}\))\s*(?:(?:--?|–|—)\s+)?"
)

#: A capitalised word or an initial (``J.``, ``Jr.``): a full stop after a longer word ends a
#: sentence (``Translated by Aziz Tursun. Edited by ...``).
_NAME_WORD = r"[A-Z](?:[a-z]?\.|[\w'’-]*)(?!\w)"
_PARTICLE = r"(?:de|van|von|der|den|bin|al|el|da|di|du|le|la|dos|del)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
_NAMES_LINE = re.compile(_NAMES)
_BYLINE_MAX = 60
#: ``By`` and one to five capitalised words: the byline of the original format.
#: ``The`` opens an outlet of three words or more (``By The Associated Press``), never a
#: heading (``By The Numbers``, ``BY THE NUMBERS``).
_THE = rf"(?:(?!The\b|THE\b)|The\s+(?={_NAME_WORD}\s+{_NAME_WORD}))"
_BYLINE = re.compile(rf"(?:By|BY)\s+{_THE}{_NAME}")
#: A byline with a job title or an outlet after a comma, and anything after a separator:
#: ``By Jane Doe and John Roe, Staff Writers | Updated 3 hours ago``.
_LONG_BYLINE = re.compile(
    rf"(?:By|BY)\s+{_THE}{_NAMES}"
    rf"(?:\s*,\s*{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|at|in|the|and|&)){{0,5}})?"
    r"(?:\s+[|•·]\s+.*)?"
)
#: A reporter's job, the last word of a role: ``Staff Writer``, ``Business Affairs Correspondent``.
_JOB = (
    r"(?:Correspondent|Reporter|Writer|Editor|Columnist|Contributor|Journalist|"
    r"Photo(?:grapher|journalist)|Analyst|Producer)s?"
)


def _job_title(job: str) -> str:
    """A reporter's role ending in *job*: up to four capitalised words (``of``, ``and`` between
    them) and the job, maybe where (``Correspondent in Baku``); never a heading with ``The``."""
    return (
        rf"(?!The\b|THE\b)(?:{_NAME_WORD}\s+(?:(?:of|for|and|&|on|at)\s+)?){{0,4}}{job}"
        rf"(?:\s+(?:in|for|at|on)\s+{_NAME})?"
    )


#: A reporter's role alone on its line, under the byline: ``Senior Transport Correspondent``;
#: in title case, since names run into a role in lower case (``Jane Doe Science correspondent``).
_ROLE_LINE = re.compile(_job_title(_JOB))
#: A byline without ``By``: names, a comma and the role, anything after a separator:
#: ``Jane Doe, Senior Reporter``, ``Jane Doe and John Roe, staff writers | Updated 3 hours ago``.
_NAMED_ROLE = re.compile(rf"(?P<names>{_NAMES})\s*,\s*(?i:{_job_title(_JOB)})(?:\s+[|•·]\s+.*)?")
#: What separates the parts of a byline or a date line: `` | ``, `` · ``, `` - ``.
_PART_SEPARATOR = re.compile(r"\s+(?:[|•·]|[-–—](?=\s))\s+")
#: A time of day, maybe with its zone: ``18:12``, ``05:30 CET``, ``4:00 a.m. EST`` (on the key).
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?")
#: A section label after the date: ``World, All``.
_LABEL = re.compile(rf"{_NAME_WORD}(?:,?\s+(?:{_NAME_WORD}|&|and))*(?:,\s*{_NAME_WORD})*")
_ROLE = (
    r"(?:(?:Additional|Further|Reporting\s+and|Writing\s+and)\s+)?"
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Ww]ritten|[Cc]ompiled|[Rr]eported|"
    r"[Tt]ranslated|[Tt]ranslation|[Pp]hotos?|[Pp]hotographs?|[Vv]ideo|[Gg]raphics?|"
    r"[Rr]esearch|[Ii]llustrations?|[Pp]roduced|[Pp]roduction)"
)
#: A name and where the reporter was: ``Nailia Bagirova in Baku``.
_PLACED = rf"{_NAME}(?:\s+(?:in|for|from|at)\s+{_NAME})?"
_ROLE_PART = rf"{_ROLE}\s+by\s+{_PLACED}(?:\s*(?:,|\band\b|&)\s*{_PLACED})*"
#: ``(Reporting by Nailia Bagirova in Baku; Editing by Andrew Heavens)``.
_AGENCY_CREDIT = re.compile(rf"\(?{_ROLE_PART}(?:\s*[;,.]\s*(?:and\s+)?{_ROLE_PART})*\.?\)?")
#: The names of one part of an agency credit, after its role.
_ROLE_NAMES = re.compile(rf"{_ROLE}\s+by\s+(?P<names>{_PLACED}(?:\s*(?:,|\band\b|&)\s*{_PLACED})*)")
#: A sign-off: ``-- Reuters``, ``— AFP``.
_SIGN_OFF = re.compile(r"(?:--|—)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
#: ``Photo: AFP / Getty Images``, ``(Photo credit: Reuters)``: a source, no sentence.
_PICTURE_CREDIT = re.compile(
    r"[(\[]?(?:(?:Main|Top|Cover|File|Featured|Lead)\s+)?"
    r"(?:[Pp]hotos?|[Pp]hotograph|[Ii]mage|[Pp]icture|[Pp]ic|[Vv]ideo|[Ii]llustration|[Gg]raphic|"
    r"[Cc]redit)(?:\s+(?:credit|source|by))?\s*[:/|©]\s*"
    r"(?P<source>[^.!?]{1,80}[^.!?:\s\])])[)\]]?"
)
_CREDIT_MAX = 200

#: When the page was published or updated (matched on the `key`): ``Updated 3 hours ago``,
#: ``Published: 26.02.2024``, ``Last updated Dec 3, 2026``.
_STAMP = r"""
      (?:last\s+)?(?:updated|published|posted)(?:\s+on|\s+at)?
      (?:\s*:\s*.{1,40} | \s+\S*\d.{0,40} | \s+(?:\S+\s+){0,3}ago
        | \s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)
          \S*(?:\s+\S+){0,4})
"""
_STAMP_LINE = re.compile(_STAMP, re.VERBOSE)
#: Whole paragraphs that are furniture, matched on the key of `_key` (casefolded, spaces
#: collapsed, without final ``.!:``).
_FURNITURE = re.compile(
    r"""
      \(?end\)? | -+\s*ends?\s*-+ | ends | enditem | \#{3} | -30- | (?:[-*•·=~_—–]\s?){3,}
    | (?:copyright\s*(?:©|\(c\))?\s*\d{4}\b|copyright\s*(?:©|\(c\))|©|\(c\)\s*\d{4}\b).*
    | (?:copyright\s+.*\.\s*)?all\s+rights\s+reserved
    | (?:read|see)\s+(?:also|more)(?:\s*[:>»|-]\s*.*)? | also\s+read(?:\s*[:>»|-]\s*.*)?
    | related(?:\s+(?:articles?|stories|story|news|content|posts?|coverage))?(?:\s*:\s*.*)?
    | more\s+(?:on\s+this\s+(?:story|topic)|from\s+\S+(?:\s+\S+)?)(?:\s*:\s*.*)?
    | recommended(?:\s+for\s+you)?(?:\s*:\s*.*)?
    | share\s+(?:this|the)\s+(?:article|story|post|page)(?:\s+on\s+.*)?
    | (?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+(?:\S+\s+){0,3}newsletters?.*
    | follow\s+us\s+on\s+.* | (?:like|join)\s+us\s+on\s+(?:facebook|telegram|whatsapp).*
    | for\s+(?:more|the\s+latest)\s+(?:\S+\s+){0,4}?(?:news|updates|stories)\s*,?\s+
      (?:visit|follow|see|go\s+to|subscribe)\s+.*
    | advertisement | sponsored(?:\s+content)? | \(?ad\)?
    | tags?\s*:\s*.* | topics?\s*:\s*.* | keywords?\s*:\s*.*
    | home\s*(?:[>/»|›]\s*[^>/»|›]+){1,6}
    | \d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?
    | \d{4}-\d{2}-\d{2}(?:[t\s]\d{1,2}:\d{2}\S*)?
    | \d{1,2}:\d{2}(?:,?\s+\d{1,2}[./]\d{1,2}[./]\d{2,4})?
    | (?:\d+\s+)?comments?(?:\s*\(\d+\))? | (?:leave|post|write)\s+a\s+(?:comment|reply)
    | """
    + _STAMP,
    re.VERBOSE,
)
_FURNITURE_MAX = 300
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A date in words, maybe with its weekday and time: ``Monday, 26 February 2024 10:15``,
#: ``Feb. 26, 2024 at 10:15 a.m. EST`` (matched on the `key`).
_DATE_LINE = re.compile(
    rf"""
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
    (?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)
    ,?\s+\d{{4}}
    (?:\s*(?:,|at|-|–|\||/)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{{2,5}})?)?
    """,
    re.VERBOSE,
)


def is_credit_line(text: str) -> bool:
    """Whether the whole line *text* credits the article (a byline, an agency or a picture).

    >>> is_credit_line("(Reporting by Nailia Bagirova; Editing by Andrew Heavens)")
    True
    >>> is_credit_line("By December the city had been rebuilt.")
    False
    """
    if len(text) <= _BYLINE_MAX and _BYLINE.fullmatch(text):
        return True
    if len(text) > _CREDIT_MAX:
        return False
    return bool(
        _LONG_BYLINE.fullmatch(text)
        or _AGENCY_CREDIT.fullmatch(text)
        or _PICTURE_CREDIT.fullmatch(text)
        or is_role_line(text)
        or _NAMED_ROLE.fullmatch(text)
        or _dated_names(text) is not None
    )


def is_role_line(text: str) -> bool:
    """Whether the line *text* is a reporter's role alone, as under a byline.

    >>> is_role_line("Business Affairs Correspondent"), is_role_line("The Writer")
    (True, False)
    """
    return len(text) <= _BYLINE_MAX and _ROLE_LINE.fullmatch(text) is not None


def is_bare_byline(text: str, following: str) -> bool:
    """Whether the line *text* is a byline without ``By``: names alone (``Jane Doe``) on the line
    above a reporter's role (`is_role_line`) or the page's date (``Madrid - Dec 5, 2026``,
    ``Updated Dec 3, 2026, 07:45 PM``, ``5 December 2026``).

    >>> is_bare_byline("Jane Doe", "Updated 3 hours ago"), is_bare_byline("Jane Doe", "She won.")
    (True, False)
    """
    if len(text) > _BYLINE_MAX or _NAMES_LINE.fullmatch(text) is None:
        return False
    following = " ".join(following.split())
    return (
        is_role_line(following)
        or _dated_names(following) is not None
        or is_date_line(following)
        or _STAMP_LINE.fullmatch(key(following)) is not None
    )


def _dated_names(text: str) -> list[tuple[int, int]] | None:
    """The spans of the names of a line of separated parts, names first and one of them a date
    or a time (``Jane Doe · CBC News · Posted: Dec 6, 2026``, ``KYODO NEWS - Dec 5, 2026 - 18:12
    | World``); None for any other line.
    """
    if len(text) > _CREDIT_MAX:
        return None
    bounds = [0]
    for separator in _PART_SEPARATOR.finditer(text):
        bounds += [separator.start(), separator.end()]
    bounds.append(len(text))
    parts = list(zip(bounds[::2], bounds[1::2], strict=True))
    if len(parts) < 2:
        return None
    names: list[tuple[int, int]] = []
    dated = False
    for start, end in parts:
        part = text[start:end]
        folded = key(part)
        if names and (
            _DATE_LINE.fullmatch(folded) or _TIME.fullmatch(folded) or _FURNITURE.fullmatch(folded)
        ):
            dated = True
        elif not dated and _NAMES_LINE.fullmatch(part):
            names.append((start, end))
        elif not (dated and len(part) <= 40 and _LABEL.fullmatch(part)):
            return None
    return names if dated else None


def credit_names(text: str) -> list[tuple[int, int]]:
    """The spans of the credit line *text* that name people or outlets, without the roles.

    A byline or a prefix is one span, as it is (``By Azernews``); an agency credit has one span
    per role (``Editing by`` is no name), a picture credit the source after its colon.

    >>> text = "(Reporting by Nailia Bagirova; Editing by Mark Potter)"
    >>> [text[start:end] for start, end in credit_names(text)]
    ['Nailia Bagirova', 'Mark Potter']
    """
    if len(text) <= _CREDIT_MAX and not _BYLINE.fullmatch(text):
        if _AGENCY_CREDIT.fullmatch(text):
            return [part.span("names") for part in _ROLE_NAMES.finditer(text)]
        if picture := _PICTURE_CREDIT.fullmatch(text):
            return [picture.span("source")]
        if is_role_line(text):
            return []
        if named := _NAMED_ROLE.fullmatch(text):
            return [named.span("names")]
        if (dated := _dated_names(text)) is not None:
            return dated
    return [(0, len(text))]


def is_sign_off(text: str) -> bool:
    """Whether the line *text* signs the article off (``-- Reuters``); the caller makes sure
    that it is not an item of a list of names (``— Baku`` / ``— Ganja``).
    """
    return _SIGN_OFF.fullmatch(text) is not None


def is_date_line(text: str) -> bool:
    """Whether the paragraph *text* is only a date in words (``Monday, 26 February 2024``).

    >>> is_date_line("Feb. 26, 2024 at 10:15 a.m. EST"), is_date_line("February 26, 1992 came.")
    (True, False)
    """
    return len(text) <= _CREDIT_MAX and _DATE_LINE.fullmatch(key(text)) is not None


def is_furniture(text: str) -> bool:
    """Whether the paragraph *text* is site furniture: end marks, footers, links, calls.

    >>> is_furniture("Copyright 2024 Baku Daily News. All rights reserved.")
    True
    >>> is_furniture("Copyright law changed in 2019.")
    False
    """
    return len(text) <= _FURNITURE_MAX and _FURNITURE.fullmatch(key(text)) is not None


#: An end mark after the last sentence, on its line (Xinhua's ``... the statement. Enditem``).
_TRAILING_END_MARK = re.compile(
    r"(?<=[.!?\"'”’)])\s+(?:enditem|\(end\)|\(ends\)|-+\s*ends?\s*-+|\#{3}|-30-)\s*\Z",
    re.IGNORECASE,
)


def trailing_end_mark(text: str) -> int | None:
    """Where an end mark after the last sentence of the paragraph *text* starts, if it has one.

    >>> text = "The next round will be held in Yerevan. Enditem"
    >>> text[: trailing_end_mark(text)]
    'The next round will be held in Yerevan.'
    >>> trailing_end_mark("He said it ends.") is None
    True
    """
    found = _TRAILING_END_MARK.search(text)
    return None if found is None else found.start()


def key(text: str) -> str:
    """*text* as phrases are compared: casefolded, spaces collapsed, no final ``.!:``."""
    return " ".join(text.casefold().split()).rstrip(".!:")

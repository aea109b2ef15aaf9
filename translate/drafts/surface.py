"""A draft's surface once the approved forms are in: the spaces engines leave
(`tidy`), a target form's capitals where it opens a sentence (`same_case`), and a headline or
dateline in capitals kept in capitals (`keep_capitals`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from translate.drafts.model import Draft, Prepared
from translate.glossary.matcher import phrase_key
from translate.glossary.model import Entry, Glossary

__all__ = ["keep_capitals", "replacer", "same_case", "tidy", "whole"]

_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
_BEFORE_PUNCTUATION = re.compile(r"(?<=\w) +(?=[.,;:!?](?:\s|$))")
#: A space after an opening quotation mark (Apertium writes ``" Estamos``): a mark at the start
#: or after a space or bracket, before a space and a word. Not ``«``, which French spaces.
_AFTER_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))([\"“‘„]) +(?=[^\W_])")


def tidy(text: str) -> str:
    """Runs of spaces and a space before closing punctuation, both left by moved words, and a
    space after an opening quotation mark."""
    text = _BEFORE_PUNCTUATION.sub("", _SPACES.sub(" ", text)).strip()

    def join(found: re.Match[str]) -> str:
        # A straight quotation mark opens only after an even number of them.
        opening = found[1] != '"' or text.count('"', 0, found.start()) % 2 == 0
        return found[1] if opening else found[0]

    return _AFTER_OPENING_QUOTE.sub(join, text)


def replacer(table: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda found: same_case(found, table[found[0].casefold()])


def same_case(found: re.Match[str], form: str) -> str:
    """Capitalise a lower-case target form where it opens a sentence.

    Only there: name stand-ins are always capitalised, so their case says nothing.
    """
    before = found.string[: found.start()].rstrip(" \"'“‘«([¿¡")
    opens = not before or before.endswith((".", "!", "?", ":"))
    if opens and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def keep_capitals(draft: Draft, prepared: Prepared, glossary: Glossary, language: str) -> Draft:
    """Capitals as the source has them: a sentence all in capitals (a headline) gives a draft
    all in capitals, and a name the source writes in capitals (a dateline's ``BAKU``) is
    written so in the draft (``BAKÚ``), where the engine and the glossary's forms do not.

    An abbreviation is no name in capitals: ``US`` is Estados Unidos, ``NATO`` stays OTAN.
    """
    source = prepared.source
    if source.upper() == source != source.lower():
        return replace(draft, text=_upper(draft.text, language))
    text = draft.text
    for slot in prepared.slots:
        if _in_capitals(slot.name, glossary.get(slot.entry)):
            forms = {value for _, value in slot.replacements} | set(slot.accepted)
            text = whole(forms).sub(lambda found: _upper(found[0], language), text)
    return replace(draft, text=text)


def _in_capitals(name: str, entry: Entry) -> bool:
    """Whether *name* is one of *entry*'s English spellings, which is not itself in capitals,
    written in capitals (``KHOJALY``, not ``US`` nor ``NATO``)."""
    if not name.isupper() or sum(char.isalpha() for char in name) < 2:
        return False
    spellings = [entry.en, *entry.forms, *entry.nouns, *(v.form for v in entry.variants)]
    for alternative in entry.alternatives:
        spellings += [alternative.en, *(v.form for v in alternative.variants)]
    key = phrase_key(name)
    return any(not form.isupper() and phrase_key(form) == key for form in spellings)


def _upper(text: str, language: str) -> str:
    """*text* in capitals; Turkish and Azerbaijani write the capital of ``i`` as ``İ``."""
    if language in ("tr", "az"):
        text = text.replace("i", "İ")
    return text.upper()


def whole(forms: set[str]) -> re.Pattern[str]:
    """Any of *forms* as a whole word or phrase, longest first, in any case."""
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.I)

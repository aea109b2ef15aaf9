"""The state of a PO entry (reviewed, fuzzy or untranslated): one rule for every stage.

The rule is polib's: `polib.POEntry.translated` (text in the msgstr, or in every plural form,
and no fuzzy flag) is *reviewed*; an entry with some text that is flagged fuzzy, or has a
plural form left empty, is *fuzzy*; an entry without any text is *untranslated*. polib answers
"not translated" for every obsolete entry; here a ``#~`` entry has a state too, since the merge
must know whether a ``#~`` twin holds a reviewed translation that has to come back.
"""

from __future__ import annotations

import copy
from enum import StrEnum

import polib

__all__ = ["State", "has_text", "state"]


class State(StrEnum):
    REVIEWED = "reviewed"
    FUZZY = "fuzzy"
    UNTRANSLATED = "untranslated"


def has_text(entry: polib.POEntry) -> bool:
    """Whether the entry holds any translation at all: a msgstr, or one plural form."""
    return bool(entry.msgstr) or any(entry.msgstr_plural.values())


def state(entry: polib.POEntry) -> State:
    """The entry's `State`, obsolete entries included.

    >>> state(polib.POEntry(msgid="Hi.", msgstr="Hola."))
    <State.REVIEWED: 'reviewed'>
    >>> state(polib.POEntry(msgid="Hi.", msgstr="Hola.", flags=["fuzzy"], obsolete=True))
    <State.FUZZY: 'fuzzy'>
    """
    if not has_text(entry):
        return State.UNTRANSLATED
    if entry.obsolete:
        entry = copy.copy(entry)
        entry.obsolete = False
    return State.REVIEWED if entry.translated() else State.FUZZY

"""A faster reader for the PO files `run` writes: exactly what polib reads, or nothing.

`polib.pofile` builds a state machine for every file it reads and dispatches every line
through it; a check of a large archive spends much of its time there. `read_simple` reads
the common shape of a PO file (translator, extracted, reference and flag comments, ``msgid``
and ``msgstr`` with their continuation lines) with polib's own rules, line for line: the same
splitting and stripping, the same transitions, the same `polib.POEntry` objects with the same
fields and line numbers, the same header and metadata. On anything else (``msgctxt``, plural
forms, ``#~`` and ``#|`` lines, a line polib would reject, a text that names a file) it
answers None, and the caller reads the text with polib.
"""

from __future__ import annotations

import os
import re

import polib

__all__ = ["read_simple"]

#: polib's test for a double quote that nothing escapes inside a string.
_UNESCAPED_QUOTE = re.compile(r'([^\\]|^)"')
#: The states polib may be in when each symbol comes, and the state it moves to, for the
#: symbols read here (polib's `_POFileParser.__init__`, less what leads to other symbols).
_ALL = frozenset({"st", "he", "gc", "oc", "fl", "tc", "ms", "mi"})
_TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "gc": (_ALL, "gc"),
    "oc": (_ALL, "oc"),
    "fl": (_ALL, "fl"),
    "mi": (frozenset({"st", "he", "gc", "oc", "fl", "tc", "ms"}), "mi"),
    "ms": (frozenset({"mi", "tc"}), "ms"),
    "mc": (frozenset({"mi", "ms"}), ""),
}
_HEADER_FROM = frozenset({"st", "he"})
_COMMENT_FROM = frozenset({"gc", "oc", "fl", "tc", "ms", "mi"})


class _Unread(Exception):
    """A line or transition outside what `read_simple` reads: polib reads the text."""


def _unescape(text: str) -> str:
    return polib.unescape(text) if "\\" in text else text


def _is_file(text: str) -> bool:
    """polib's test: a text that is the path of a file is read as that file."""
    try:
        return os.path.isfile(text)
    except (TypeError, ValueError, UnicodeEncodeError):
        return False


def read_simple(text: str) -> polib.POFile | None:
    """The catalog `polib.pofile` reads from *text* (split at ``\\n`` only), or None when
    *text* holds anything but the common shape, which polib must read."""
    if _is_file(text):
        return None
    try:
        return _read(text)
    except _Unread:
        return None


def _read(text: str) -> polib.POFile:
    catalog = polib.POFile(pofile=text, encoding="utf-8", check_for_duplicates=False)
    entry = polib.POEntry(linenum=0)
    state = "st"
    tokens: list[str] = []
    # polib drops a byte-order mark from the first line only, before it strips the line.
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), 1):
        line = line.strip()
        if line == "":
            continue
        tokens = line.split(None, 2)
        first = tokens[0]
        if first.startswith("#~") or first == "#|" or line[:7] == "msgstr[":
            raise _Unread
        if first in ("msgid", "msgstr") and len(tokens) > 1:
            symbol = "mi" if first == "msgid" else "ms"
            line = line[len(first) :].lstrip()
            if '"' in line[1:-1] and _UNESCAPED_QUOTE.search(line[1:-1]):
                raise _Unread  # polib raises its syntax error
        elif first in ("msgctxt", "msgid_plural"):
            raise _Unread
        elif first == "#:":
            if len(tokens) <= 1:
                continue
            symbol = "oc"
        elif line[:1] == '"':
            if '"' in line[1:-1] and _UNESCAPED_QUOTE.search(line[1:-1]):
                raise _Unread
            symbol = "mc"
        elif first == "#,":
            if len(tokens) <= 1:
                continue
            symbol = "fl"
        elif first == "#" or first.startswith("##"):
            symbol = "tc"
        elif first == "#.":
            if len(tokens) <= 1:
                continue
            symbol = "gc"
        else:
            raise _Unread  # polib raises its syntax error
        if symbol == "tc":
            if state in _HEADER_FROM:
                if catalog.header != "":
                    catalog.header += "\n"
                catalog.header += line[2:]
                state = "he"
                continue
            if state not in _COMMENT_FROM:
                raise _Unread
        else:
            before, after = _TRANSITIONS[symbol]
            if state not in before:
                raise _Unread
        if symbol == "mc":
            value = _unescape(line[1:-1])
            if state == "mi":
                entry.msgid += value
            else:
                entry.msgstr += value
            continue
        if symbol != "ms" and state == "ms":
            catalog.append(entry)
            entry = polib.POEntry(linenum=number)
        if symbol == "tc":
            if entry.tcomment != "":
                entry.tcomment += "\n"
            comment = line.lstrip("#")
            entry.tcomment += comment[1:] if comment.startswith(" ") else comment
            state = "tc"
        elif symbol == "gc":
            if entry.comment != "":
                entry.comment += "\n"
            entry.comment += line[3:]
            state = after
        elif symbol == "oc":
            _occurrences(entry, line[3:])
            state = after
        elif symbol == "fl":
            entry.flags += [flag.strip() for flag in line[3:].split(",")]
            state = after
        elif symbol == "mi":
            entry.obsolete = 0
            entry.msgid = _unescape(line[1:-1])
            state = after
        else:
            entry.msgstr = _unescape(line[1:-1])
            state = after
    if tokens and not tokens[0].startswith("#"):
        catalog.append(entry)
    _metadata(catalog)
    catalog.wrapwidth = 78
    return catalog


def _occurrences(entry: polib.POEntry, text: str) -> None:
    for occurrence in text.split():
        if occurrence != "":
            try:
                path, line = occurrence.rsplit(":", 1)
                if not line.isdigit():
                    path, line = occurrence, ""
                entry.occurrences.append((path, line))
            except (ValueError, AttributeError):
                entry.occurrences.append((occurrence, ""))


def _metadata(catalog: polib.POFile) -> None:
    """The header entry taken out of *catalog* into its metadata, as polib does."""
    headers = [entry for entry in catalog if entry.msgid == ""]
    if len(headers) > 1:
        raise _Unread  # polib's choice among several is its own
    if not headers:
        return
    header = headers[0]
    catalog.remove(header)
    catalog.metadata_is_fuzzy = header.flags
    key = None
    for message in header.msgstr.splitlines():
        try:
            key, value = message.split(":", 1)
            catalog.metadata[key] = value.strip()
        except (ValueError, KeyError):
            if key is not None:
                catalog.metadata[key] += "\n" + message.strip()

"""Reading and writing PO files: strict parsing with the line of each error, atomic writes.

polib reads some files silently wrong, so `parse_catalog` does what it cannot, and reports each
problem with its line and a fix:

- badly quoted strings (polib drops characters of an unterminated one) are rejected;
- escapes are read as GNU gettext reads them (``\\x41`` is ``A``, ``\\101`` too, ``\\a`` is BEL;
  polib keeps them as text, so a save would write ``\\\\x41``), and an escape gettext rejects
  (``\\q``, ``\\?``) is an error;
- lines end at ``\\n`` only (polib also splits at U+2028, U+0085, form feeds...);
- duplicate messages are rejected, and so are two different reviewed translations of one
  message (one active, one ``#~``, or both ``#~``): which one is right is a translator's call.
  Other duplicates are left for the merge to join, keeping every translation.

`read_catalog` refuses a header charset that the bytes contradict, instead of saving mojibake.
`write_atomic` writes through a temporary file in the same folder and a rename, so a reader
never sees half a file, and leaves an identical file untouched.
"""

from __future__ import annotations

import codecs
import itertools
import re
from pathlib import Path

import polib

from translate import atomic
from translate.errors import CatalogError
from translate.po.entries import State, state
from translate.po.merge import WRAP_WIDTH
from translate.po.reader import read_simple

__all__ = [
    "decode_catalog",
    "parse_catalog",
    "read_bytes",
    "read_catalog",
    "replace_catalog",
    "write_atomic",
]


# A string where a PO file wants one: after a keyword, or alone on a continuation line.
_KEYWORD = r"(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)"
#: A string line (after an optional #~ or #| prefix and keyword) that is not one quoted string.
_BAD_STRING = re.compile(
    rf"^[ \t]*(?:#~\|?|#\|)?[ \t]*"
    rf"(?:{_KEYWORD}[ \t]+(?!\")\S"
    # Runs of plain characters taken whole (possessive): a 10 MB string needed 1.3 GB of
    # backtracking state when each character was a step of the loop.
    rf'|(?:{_KEYWORD}[ \t]+)?"(?!(?:[^"\\\n]++|\\.)*+"[ \t\r]*$))',
    re.MULTILINE,
)
_POLIB_LINE = re.compile(r"\(line (\d+)\)(?::\s*(.*))?")
#: One well-quoted string on its line (what `_BAD_STRING` lets through), its body in a group.
_STRING = re.compile(
    rf'^([ \t]*(?:#~\|?|#\|)?[ \t]*(?:{_KEYWORD}[ \t]+)?)"((?:[^"\\\n]++|\\.)*+)"',
    re.MULTILINE,
)
#: GNU gettext's escapes (po-lex.c): octal takes up to three digits, hex as many as follow.
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))", re.DOTALL)
_SIMPLE_ESCAPES = {
    "n": b"\n", "t": b"\t", "r": b"\r", "b": b"\b", "f": b"\f", "v": b"\v", "a": b"\a",
    "\\": b"\\", '"': b'"',
}  # fmt: skip


#: A backslash before a character that polib does not unescape (it does \\n \\t \\r \\b \\f \\v
#: \\\\ \\"); also found after an escaped backslash, which only costs the slow path.
_OTHER_ESCAPE = re.compile(r'\\[^ntrbfv\\"]')


class _Lines(str):
    """PO text whose lines polib splits at ``\\n`` only.

    polib splits a text with `str.splitlines`, which also breaks at U+2028, U+0085, ``\\v``,
    ``\\f`` and ``\\x1c``-``\\x1e``: a translation holding one would be cut in two.
    """

    def splitlines(self, keepends: bool = False) -> list[str]:
        lines = self.split("\n")
        if lines and not lines[-1]:
            lines.pop()
        return [line + "\n" for line in lines] if keepends else lines


def parse_catalog(text: str, path: str, charset: str = "utf-8") -> polib.POFile:
    """Parse PO *text* read from *path*; `CatalogError` with the line on a syntax error.

    *charset* is the file's: ``\\x`` and octal escapes give bytes in it, as for gettext.
    """
    text = text.removeprefix("\ufeff")
    _check_strings(text, path)
    text = _read_escapes(text, path, charset)
    # The newline keeps polib from taking a one-line text for a file name.
    lines = _Lines(text if "\n" in text else text + "\n")
    try:
        # The common shape is read faster, as polib reads it (`translate.po.reader`).
        read = read_simple(lines)
        catalog = polib.pofile(lines, encoding="utf-8") if read is None else read
    except (OSError, ValueError) as error:
        found = _POLIB_LINE.search(str(error))
        raise CatalogError(
            f"syntax error: {found.group(2) if found and found.group(2) else 'unexpected line'}",
            path=path,
            line=int(found.group(1)) if found else None,
            hint="fix the line in a PO editor, or delete the file to start it again",
        ) from error
    _check_shapes(catalog, text, path)
    _check_duplicates(catalog, path)
    catalog.wrapwidth = WRAP_WIDTH
    return catalog


def _check_shapes(catalog: polib.POFile, text: str, path: str) -> None:
    """Reject what GNU msgfmt rejects and polib lets through, which a merge would lose or copy:
    a second header (its text disappeared) and plural forms without ``msgid_plural`` (kept as
    they were, in a file msgfmt refuses). *text* gives the line where polib has none."""

    def line(entry: polib.POEntry, start: str, nth: int) -> int | None:
        if entry.linenum:
            return int(entry.linenum)
        # Only for the error: every catalog that `check` reads comes through here.
        lines = [body.lstrip("#~ ") for body in text.splitlines()] + [""]
        found = [
            number
            for number, (body, after) in enumerate(itertools.pairwise(lines), 1)
            # `msgid ""` also opens a wrapped msgid: an empty one is followed by its msgstr.
            if body.startswith(start) and (start != 'msgid ""' or after.startswith("msgstr"))
        ]
        return found[nth] if len(found) > nth else None

    for entry in catalog:
        if entry.msgid == "" and entry.msgctxt is None:
            raise CatalogError(
                'a second header (msgid "")',
                path=path,
                line=line(entry, 'msgid ""', 1),
                hint="move its lines into the first header and delete it",
            )
        if entry.msgstr_plural and not entry.msgid_plural:
            raise CatalogError(
                "msgstr[n] without msgid_plural",
                path=path,
                line=line(entry, "msgstr[", 0),
                hint='add msgid_plural "..." or write a single msgstr',
            )


def _check_duplicates(catalog: polib.POFile, path: str) -> None:
    """Reject two active entries of one message, or two different reviewed translations."""
    active: set[tuple[str | None, str]] = set()
    reviewed: dict[tuple[str | None, str], polib.POEntry] = {}
    for entry in catalog:
        key = (entry.msgctxt, entry.msgid)
        if not entry.obsolete:
            if key in active:
                raise CatalogError(
                    f"duplicate message {entry.msgid[:40]!r}",
                    path=path,
                    line=entry.linenum,
                    hint="remove one of the two entries",
                )
            active.add(key)
        if state(entry) is not State.REVIEWED:
            continue
        first = reviewed.setdefault(key, entry)
        if _translation(first) != _translation(entry):
            raise CatalogError(
                f"two reviewed translations of {entry.msgid[:40]!r} "
                f"(the other at line {first.linenum})",
                path=path,
                line=entry.linenum,
                hint="keep the right one and delete the other entry",
            )


def _translation(entry: polib.POEntry) -> tuple[str, tuple[tuple[int, str], ...]]:
    return entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))


def _check_strings(text: str, path: str) -> None:
    """Reject unterminated or badly quoted strings, which polib would read silently wrong."""
    # One search over the whole text: it runs on every PO file a run or a check reads.
    found = _BAD_STRING.search(text)
    if found is not None:
        raise CatalogError(
            "unterminated or badly quoted string",
            path=path,
            line=text.count("\n", 0, found.start()) + 1,
            hint='a string starts and ends with " on one line; write an inner quote as \\"',
        )


def _read_escapes(text: str, path: str, charset: str) -> str:
    """*text* with every string's escapes read as gettext does, rewritten as polib reads them."""
    if _OTHER_ESCAPE.search(text) is None:
        return text  # the common case: polib reads these as gettext does

    def rewrite(string: re.Match[str]) -> str:
        body = string.group(2)
        if "\\" not in body:
            return string.group(0)
        line = text.count("\n", 0, string.start()) + 1
        value = _unescape(body, charset, path, line)
        return f'{string.group(1)}"{polib.escape(value)}"'

    return _STRING.sub(rewrite, text)


def _unescape(body: str, charset: str, path: str, line: int) -> str:
    """The value of a string *body*; escapes give bytes in *charset*, as in gettext."""
    data = bytearray()
    end = 0
    for escape in _ESCAPE.finditer(body):
        data += body[end : escape.start()].encode(charset)
        octal, hexa, char = escape.groups()
        if char is not None and char not in _SIMPLE_ESCAPES:
            raise CatalogError(
                f"invalid escape \\{char} in a string",
                path=path,
                line=line,
                hint='GNU gettext knows \\n \\t \\r \\b \\f \\v \\a \\\\ \\" \\NNN and \\xHH; '
                "write a backslash as \\\\",
            )
        # gettext keeps the low byte of a long \x escape; so does this.
        data += (
            _SIMPLE_ESCAPES[char]
            if char
            else bytes([int(octal or hexa, 8 if octal else 16) & 0xFF])
        )
        end = escape.end()
    data += body[end:].encode(charset)
    if 0 in data:
        raise CatalogError(
            "an escape makes a NUL character, where gettext tools cut the string",
            path=path,
            line=line,
            hint="remove the \\0 or \\x00 escape",
        )
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        raise CatalogError(
            f"the escapes of a string do not make valid {charset} text",
            path=path,
            line=line,
            hint="write the characters themselves instead of \\x or octal escapes",
        ) from None


def read_catalog(path: Path) -> polib.POFile | None:
    """The catalog at *path*, or None when there is no file yet."""
    data = read_bytes(path)
    return None if data is None else decode_catalog(data, path)


def read_bytes(path: Path) -> bytes | None:
    """The bytes of the PO file at *path*, or None when there is no file yet."""
    if path.exists() and not path.is_file() and not path.is_dir():
        # A FIFO or a device would block the read, or never end.
        raise CatalogError("not a regular file", path=path, hint="move it away")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CatalogError(
            f"cannot read: {error.strerror}", path=path, hint="check the path and permissions"
        ) from error


def decode_catalog(data: bytes, path: Path) -> polib.POFile:
    """The catalog in *data*, read from *path*: decoded with its declared charset, parsed."""
    charset = _charset(data, path)
    _check_not_utf8(data, charset, path)
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as error:
        raise CatalogError(
            f"not valid {charset}: byte {data[error.start]:#04x}",
            path=path,
            line=data.count(b"\n", 0, error.start) + 1,
            hint="save the file as UTF-8 and declare charset=UTF-8 in its header",
        ) from error
    return parse_catalog(text, str(path), charset)


_CHARSET = re.compile(rb"Content-Type:[^\n]*?charset=([\w.:-]+)")


def _charset(data: bytes, path: Path) -> str:
    """The charset the header declares, UTF-8 when it declares none."""
    found = _CHARSET.search(data)
    name = found.group(1).decode("ascii") if found else "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise CatalogError(
            f"unknown charset {name!r} in the header",
            path=path,
            hint="declare charset=UTF-8 in the Content-Type header",
        ) from None


def _check_not_utf8(data: bytes, charset: str, path: Path) -> None:
    """Refuse UTF-8 bytes under another declared charset: decoding them would make mojibake.

    Text in a legacy charset is almost never valid UTF-8 too, once it has a non-ASCII byte.
    """
    if charset == "utf-8" or data.isascii():
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    first = next(i for i, byte in enumerate(data) if byte > 0x7F)
    raise CatalogError(
        f"the header declares charset {charset} but the file is UTF-8",
        path=path,
        line=data.count(b"\n", 0, first) + 1,
        hint="declare charset=UTF-8 in the Content-Type header",
    )


def write_atomic(path: Path, text: str) -> bool:
    """Write a PO file atomically; False, touching nothing, when it is already there."""
    return atomic.write_atomic(path, text, error=CatalogError, hint=_WRITE_HINT)


def replace_catalog(path: Path, text: str, read: bytes | None) -> atomic.Outcome:
    """Write a PO file atomically unless it changed since *read* was read (None: no file)."""
    return atomic.replace_if_unchanged(path, text, read, error=CatalogError, hint=_WRITE_HINT)


_WRITE_HINT = "check that locales/ is writable and the disk not full"

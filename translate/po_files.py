"""Reading and writing PO files: strict parsing with the line of each error, atomic writes.

polib reads some broken files silently wrong (an unterminated string loses characters), so
`parse_catalog` first rejects badly quoted strings, then duplicate messages, and reports each
with its line and a fix. `write_atomic` writes through a temporary file in the same folder and
a rename, so a reader never sees half a file, and leaves an identical file untouched.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import polib

from translate import atomic
from translate.catalogs import WRAP_WIDTH
from translate.errors import CatalogError

__all__ = ["parse_catalog", "read_catalog", "write_atomic"]


# A string where a PO file wants one: after a keyword, or alone on a continuation line.
_KEYWORD = r"(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)"
#: A string line (after an optional #~ or #| prefix and keyword) that is not one quoted string.
_BAD_STRING = re.compile(
    rf"^[ \t]*(?:#~\|?|#\|)?[ \t]*"
    rf"(?:{_KEYWORD}[ \t]+(?!\")\S"
    rf'|(?:{_KEYWORD}[ \t]+)?"(?!(?:[^"\\\n]|\\.)*"[ \t\r]*$))',
    re.MULTILINE,
)
_POLIB_LINE = re.compile(r"\(line (\d+)\)(?::\s*(.*))?")


def parse_catalog(text: str, path: str) -> polib.POFile:
    """Parse PO *text* read from *path*; `CatalogError` with the line on a syntax error."""
    text = text.removeprefix("\ufeff")
    _check_strings(text, path)
    try:
        # The newline keeps polib from taking a one-line text for a file name.
        catalog = polib.pofile(text if "\n" in text else text + "\n", encoding="utf-8")
    except (OSError, ValueError) as error:
        found = _POLIB_LINE.search(str(error))
        raise CatalogError(
            f"syntax error: {found.group(2) if found and found.group(2) else 'unexpected line'}",
            path=path,
            line=int(found.group(1)) if found else None,
            hint="fix the line in a PO editor, or delete the file to start it again",
        ) from error
    seen: set[tuple[str | None, str]] = set()
    for entry in (e for e in catalog if not e.obsolete):
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise CatalogError(
                f"duplicate message {entry.msgid[:40]!r}",
                path=path,
                line=entry.linenum,
                hint="remove one of the two entries",
            )
        seen.add(key)
    catalog.wrapwidth = WRAP_WIDTH
    return catalog


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


def read_catalog(path: Path) -> polib.POFile | None:
    """The catalog at *path*, or None when there is no file yet."""
    if path.exists() and not path.is_file() and not path.is_dir():
        # A FIFO or a device would block the read, or never end.
        raise CatalogError("not a regular file", path=path, hint="move it away")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CatalogError(
            f"cannot read: {error.strerror}", path=path, hint="check the path and permissions"
        ) from error
    charset = _charset(data, path)
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as error:
        raise CatalogError(
            f"not valid {charset}: byte {data[error.start]:#04x}",
            path=path,
            line=data.count(b"\n", 0, error.start) + 1,
            hint="save the file as UTF-8 and declare charset=UTF-8 in its header",
        ) from error
    return parse_catalog(text, str(path))


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


def write_atomic(path: Path, text: str) -> bool:
    """Write a PO file atomically; False, touching nothing, when it is already there."""
    return atomic.write_atomic(
        path, text, error=CatalogError, hint="check that locales/ is writable and the disk not full"
    )

"""The fast PO reader reads exactly what polib reads, field for field, or leaves it to polib."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polib
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.po.files import _Lines, decode_catalog
from translate.po.reader import read_simple


def fields(catalog: polib.POFile) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every attribute of the catalog and of each entry, in order."""
    return dict(vars(catalog)), [dict(vars(entry)) for entry in catalog]


def by_polib(text: str) -> polib.POFile:
    return polib.pofile(_Lines(text), encoding="utf-8")


def assert_read_as_polib(text: str, *, fast: bool) -> None:
    """*text* read fast is what polib reads; *fast*: the fast path must take it."""
    read = read_simple(_Lines(text))
    if fast:
        assert read is not None
    if read is not None:
        assert type(read) is polib.POFile
        assert all(type(entry) is polib.POEntry for entry in read)
        assert fields(read) == fields(by_polib(text))


@pytest.mark.parametrize(
    "path", sorted((ROOT / "locales").rglob("*.po")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_the_project_s_po_files_are_read_fast_and_as_polib_reads_them(path: Path) -> None:
    assert_read_as_polib(path.read_text("utf-8"), fast=True)


SIMPLE = """\
# Translator's header comment
#
msgid ""
msgstr ""
"Project-Id-Version: x\\n"
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"X-Note: a value\\n"
"continued without a colon\\n"

#. glossary: Ganja → Гянджа
#: corpus/a.txt:3 corpus/b.txt other
#, fuzzy, python-format
msgid "Ganja \\"was\\" hit.\\n"
"Again\\tand \\\\ again."
msgstr ""
"Гянджа пострадала."

#
## double
#    spaced
msgid "Second."
msgstr "Второе."
# a trailing comment, not an entry
"""


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("plain", SIMPLE),
        ("crlf", SIMPLE.replace("\n", "\r\n")),
        ("bom", "\ufeff" + SIMPLE),
        ("no header", SIMPLE.split("\n\n", 1)[1]),
        ("no final newline", SIMPLE.rstrip("\n")),
        ("last line a msgstr", SIMPLE.rsplit("#", 1)[0]),
        ("empty", ""),
        ("comments only", "# nothing\n#. here\n"),
        ("comment before the header", '#. note\nmsgid ""\nmsgstr "X: y\\n"\n'),
    ],
)
def test_common_shapes_are_read_fast_as_polib_reads_them(label: str, text: str) -> None:
    assert_read_as_polib(text, fast=True)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("context", 'msgctxt "c"\nmsgid "a"\nmsgstr "b"\n'),
        ("plural", 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[1] "bs"\n'),
        ("obsolete", 'msgid "a"\nmsgstr "b"\n\n#~ msgid "c"\n#~ msgstr "d"\n'),
        ("previous", '#| msgid "old"\nmsgid "a"\nmsgstr "b"\n'),
        ("two headers", 'msgid ""\nmsgstr "A: b\\n"\n\nmsgid ""\nmsgstr "C: d\\n"\n'),
        ("msgid twice", 'msgid "a"\nmsgid "b"\nmsgstr "c"\n'),
        ("unescaped quote", 'msgid "a"b"\nmsgstr "c"\n'),
        ("unknown line", 'msgid "a"\nmsgstr "b"\nbogus\n'),
        ("continuation first", '"a"\nmsgid "a"\nmsgstr "b"\n'),
    ],
)
def test_other_shapes_are_left_to_polib(label: str, text: str) -> None:
    assert read_simple(_Lines(text)) is None


def test_a_text_that_names_a_file_is_left_to_polib(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text('msgid "a"\nmsgstr "b"\n', "utf-8")
    assert read_simple(str(path)) is None


def test_a_legacy_charset_file_reads_as_polib_reads_its_text(tmp_path: Path) -> None:
    """The reader sees decoded text: a file in another charset reads as its text does."""
    text = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        '#, fuzzy\nmsgid "Ganja"\nmsgstr "Gäncä"\n'
    )
    path = tmp_path / "a.po"
    path.write_bytes(text.encode("latin-1"))
    catalog = decode_catalog(path.read_bytes(), path)
    assert [(entry.msgstr, entry.fuzzy) for entry in catalog] == [("Gäncä", True)]
    assert fields(catalog) == fields(by_polib(text))
    assert_read_as_polib(text, fast=True)


# Strings with what escapes and wrapping make of them: quotes, backslashes, tabs, newlines,
# long lines, non-ASCII and characters polib would split lines at if it were let.
TEXT = st.lists(
    st.sampled_from([*'ab Ğə"\\\t\n\r#:,.', "Гянджа", "x" * 30, "\u2028", "\x0c"]),
    max_size=12,
).map("".join)
WORD = st.text(alphabet="abc:._-/0123456789Ə", min_size=1, max_size=8)


@st.composite
def catalogs(draw: st.DrawFn, simple: bool) -> str:
    """The text polib writes for a random catalog; *simple*: only what `run` writes."""
    catalog = polib.POFile(wrapwidth=draw(st.sampled_from([0, 40, 78])))
    catalog.header = draw(st.sampled_from(["", "header", "two\nlines"]))
    catalog.metadata = draw(
        st.dictionaries(st.sampled_from(["Language", "X-A", "Content-Type"]), WORD, max_size=3)
    )
    for number in range(draw(st.integers(0, 5))):
        entry = polib.POEntry(msgid=draw(TEXT) + str(number), msgstr=draw(TEXT))
        entry.comment = draw(st.sampled_from(["", "glossary: a → b", "one\ntwo"]))
        entry.tcomment = draw(st.sampled_from(["", "note", "  indented", "a\nb"]))
        entry.occurrences = draw(st.lists(st.tuples(WORD, st.sampled_from(["", "3"])), max_size=2))
        entry.flags = draw(st.lists(st.sampled_from(["fuzzy", "python-format"]), max_size=2))
        if not simple:
            if draw(st.booleans()):
                entry.msgctxt = draw(TEXT)
            if draw(st.booleans()):
                entry.previous_msgid = draw(TEXT)
            if draw(st.booleans()):
                entry.msgid_plural = draw(TEXT) or "p"
                entry.msgstr_plural = {0: draw(TEXT), 1: draw(TEXT)}
                entry.msgstr = ""
            entry.obsolete = draw(st.booleans())
        catalog.append(entry)
    return str(catalog)


@settings(max_examples=300, deadline=None)
@given(catalogs(simple=True), st.sampled_from(["", "\ufeff"]), st.sampled_from(["\n", "\r\n"]))
def test_any_catalog_of_the_common_shape_is_read_fast_as_polib_reads_it(
    text: str, bom: str, newline: str
) -> None:
    assert_read_as_polib(bom + text.replace("\n", newline), fast=True)


@settings(max_examples=300, deadline=None)
@given(catalogs(simple=False))
def test_any_catalog_is_read_as_polib_reads_it_or_left_to_polib(text: str) -> None:
    assert_read_as_polib(text, fast=False)

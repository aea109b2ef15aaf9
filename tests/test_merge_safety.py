"""Merges that lose nothing: what hand edits and git conflict resolutions leave in a PO file.

Each case keeps every translation, or is refused with a one-line error naming the line. Cases
are keyed by the hand edit that produces them; `test_cli_run_merge_safety.py` runs the same
edits through ``news-translate run``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from translate.errors import CatalogError
from translate.po.assemble import assemble
from translate.po.files import parse_catalog, read_catalog
from translate.po.memory import Memory, join_duplicates
from translate.po.merge import Header, Unit, merge_catalog, needs_draft, render_catalog
from translate.po.units import with_draft
from translate.text.articles import read_article

MSGFMT = shutil.which("msgfmt")
MSGCAT = shutil.which("msgcat")
needs_gettext = pytest.mark.skipif(
    MSGFMT is None or MSGCAT is None, reason="GNU gettext is not installed"
)
ES = Header.for_language("es", "news-translate")
SOURCE = "corpus/001_x.txt"
HEAD = 'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
PATH = "locales/es/001_x.po"


def po(body: str) -> polib.POFile:
    return parse_catalog(f"{HEAD}\n{body}", PATH)


def units(*msgids: str) -> list[Unit]:
    return [Unit(m, (f"{SOURCE}:{n}",), ()) for n, m in enumerate(msgids, start=1)]


def merge(wanted: list[Unit], existing: polib.POFile | None) -> polib.POFile:
    return merge_catalog(wanted, existing, Memory(), ES, SOURCE)


def stable(catalog: polib.POFile, wanted: list[Unit]) -> bool:
    """True when merging *wanted* again into *catalog*, read back, writes the same bytes."""
    text = render_catalog(catalog)
    return render_catalog(merge(wanted, parse_catalog(text, "again.po"))) == text


def found(catalog: polib.POFile, msgid: str) -> list[tuple[str, bool, bool]]:
    """(msgstr, fuzzy, obsolete) of every entry with *msgid*."""
    return [(e.msgstr, e.fuzzy, bool(e.obsolete)) for e in catalog if e.msgid == msgid]


def gettext_accepts(text: str, tmp_path: Path) -> None:
    if MSGFMT is None:
        pytest.skip("GNU gettext msgfmt is not installed")
    path = tmp_path / "check.po"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [MSGFMT, "-c", "-o", os.devnull, str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


# --- duplicates a hand edit leaves -------------------------------------------------------------

REVIEWED = "Frase revisada."
DRAFT = "Borrador."
A = "The ceasefire was signed in Moscow."
A_WRAPPED = A.replace(" ", "\\n", 1)  # as a PO string: one space became a newline
B = "Prices rose sharply in May, the bank said."


ACTIVE_EMPTY = f'msgid "{A}"\nmsgstr ""\n'
ACTIVE_FUZZY = f'#, fuzzy\nmsgid "{A}"\nmsgstr "{DRAFT}"\n'
ACTIVE_FUZZY_SAME = f'#, fuzzy\nmsgid "{A}"\nmsgstr "{REVIEWED}"\n'
ACTIVE_REVIEWED = f'msgid "{A}"\nmsgstr "{REVIEWED}"\n'
OLD_REVIEWED = f'#~ msgid "{A}"\n#~ msgstr "{REVIEWED}"\n'
OLD_FUZZY = f'#, fuzzy\n#~ msgid "{A}"\n#~ msgstr "{DRAFT}"\n'
OLD_FUZZY_OTHER = f'#, fuzzy\n#~ msgid "{A}"\n#~ msgstr "Otro."\n'
OLD_EMPTY = f'#~ msgid "{A}"\n#~ msgstr ""\n'
ASIDE = f"set aside (fuzzy): {DRAFT}"


@pytest.mark.parametrize(
    ("entries", "wanted", "expected", "set_aside"),
    [
        pytest.param([OLD_REVIEWED, OLD_REVIEWED], [B], [(REVIEWED, False, True)], None,
                     id="obsolete-twins-same-text"),
        pytest.param([OLD_FUZZY, OLD_REVIEWED], [B], [(REVIEWED, False, True)], ASIDE,
                     id="obsolete-twins-gone"),
        pytest.param([OLD_FUZZY, OLD_REVIEWED], [A], [(REVIEWED, False, False)], ASIDE,
                     id="obsolete-twins-returning"),
        pytest.param([ACTIVE_EMPTY, OLD_REVIEWED], [A], [(REVIEWED, False, False)], None,
                     id="empty-active-reviewed-obsolete"),
        pytest.param([ACTIVE_FUZZY, OLD_REVIEWED], [A], [(REVIEWED, False, False)], ASIDE,
                     id="fuzzy-active-reviewed-obsolete"),
        pytest.param([OLD_REVIEWED, ACTIVE_FUZZY], [A], [(REVIEWED, False, False)], ASIDE,
                     id="reviewed-obsolete-first-on-disk"),
        pytest.param([ACTIVE_FUZZY_SAME, OLD_REVIEWED], [A], [(REVIEWED, False, False)], None,
                     id="fuzzy-active-same-text-reviewed-obsolete"),
        pytest.param([ACTIVE_REVIEWED, OLD_FUZZY], [A], [(REVIEWED, False, False)], ASIDE,
                     id="reviewed-active-fuzzy-obsolete"),
        pytest.param([ACTIVE_FUZZY, OLD_FUZZY_OTHER], [A], [(DRAFT, True, False)],
                     "set aside (fuzzy): Otro.", id="two-fuzzy-active-wins"),
        pytest.param([ACTIVE_FUZZY, OLD_REVIEWED], [B], [(REVIEWED, False, True)], ASIDE,
                     id="fuzzy-active-reviewed-obsolete-both-gone"),
        pytest.param([OLD_FUZZY_OTHER, ACTIVE_FUZZY], [A], [(DRAFT, True, False)],
                     "set aside (fuzzy): Otro.", id="two-fuzzy-obsolete-first-active-wins"),
        pytest.param([ACTIVE_FUZZY, OLD_EMPTY], [A], [(DRAFT, True, False)], None,
                     id="fuzzy-active-empty-obsolete"),
        pytest.param([OLD_EMPTY, OLD_FUZZY], [B], [(DRAFT, True, True)], None,
                     id="empty-obsolete-first-fuzzy-obsolete"),
    ],
)  # fmt: skip
def test_duplicates_become_one_entry_and_keep_every_translation(
    entries: list[str],
    wanted: list[str],
    expected: list[tuple[str, bool, bool]],
    set_aside: str | None,
    tmp_path: Path,
) -> None:
    catalog = merge(units(*wanted), po("\n".join(entries)))
    assert found(catalog, A) == expected
    (joined,) = (e for e in catalog if e.msgid == A)
    assert joined.tcomment == (set_aside or "")
    assert stable(catalog, units(*wanted))
    gettext_accepts(render_catalog(catalog), tmp_path)


def test_joined_duplicates_keep_each_translator_note_once_in_order() -> None:
    body = (
        f"# Ana: check Moscow\n# Bo: the date is right\n{ACTIVE_FUZZY}\n"
        f"# Ana: check Moscow\n# Cem: agreed\n{OLD_FUZZY_OTHER}"
    )
    catalog = merge(units(A), po(body))
    (joined,) = catalog
    assert joined.tcomment.split("\n") == [
        "Ana: check Moscow",
        "Bo: the date is right",
        "Cem: agreed",
        "set aside (fuzzy): Otro.",
    ]
    assert stable(catalog, units(A))


def test_a_set_aside_translation_with_a_line_break_stays_one_comment_line() -> None:
    body = f'{ACTIVE_REVIEWED}\n#, fuzzy\n#~ msgid "{A}"\n#~ msgstr "Línea uno.\\nLínea dos."\n'
    catalog = merge(units(A), po(body))
    (joined,) = catalog
    assert joined.tcomment == "set aside (fuzzy): Línea uno.\\nLínea dos."
    assert "# set aside (fuzzy): Línea uno.\\nLínea dos.\n" in render_catalog(catalog)
    assert stable(catalog, units(A))


def test_a_reused_entry_keeps_its_provenance_when_its_obsolete_twin_is_joined() -> None:
    body = f"{OLD_FUZZY}\n#. reused from locales/es/000_a.po\n{ACTIVE_REVIEWED}"
    catalog = merge(units(A), po(body))
    (joined,) = catalog
    assert (joined.msgstr, joined.fuzzy, joined.obsolete) == (REVIEWED, False, False)
    assert joined.comment == "reused from locales/es/000_a.po"
    assert joined.tcomment == ASIDE


def test_a_translator_plural_entry_and_its_twin_keep_forms_and_previous_text() -> None:
    active = (
        '#, fuzzy\n#| msgid "One old article"\n#| msgid_plural "%d old articles"\n'
        'msgid "One article"\nmsgid_plural "%d articles"\n'
        'msgstr[0] "Un artículo"\nmsgstr[1] "%d artículos"\n'
    )
    twin = (
        '#, fuzzy\n#~ msgid "One article"\n#~ msgid_plural "%d articles"\n'
        '#~ msgstr[0] "Una nota"\n#~ msgstr[1] "%d notas"\n'
    )
    catalog = merge(units(A), po(f"{active}\n{twin}"))
    (theirs,) = (e for e in catalog if e.msgid == "One article")
    assert (theirs.obsolete, theirs.msgstr_plural) == (False, {0: "Un artículo", 1: "%d artículos"})
    assert (theirs.previous_msgid, theirs.previous_msgid_plural) == (
        "One old article",
        "%d old articles",
    )
    assert theirs.tcomment == "set aside (fuzzy): Una nota | %d notas"
    assert stable(catalog, units(A))


def test_join_duplicates_alone_keeps_each_set_aside_text_once_with_its_state() -> None:
    """Without the refusal of `translate.po.files` (a caller building entries itself), the
    loser of two reviewed translations is still kept, once, and said to be reviewed."""
    entries = [
        polib.POEntry(msgid=A, msgstr="Otra.", flags=["fuzzy"], obsolete=True),
        polib.POEntry(msgid=A, msgstr="Otra.", obsolete=True),
        polib.POEntry(msgid=A, msgstr=REVIEWED, occurrences=[(SOURCE, "1")]),
    ]
    (joined,) = join_duplicates(entries)
    assert (joined.msgstr, joined.flags, joined.obsolete) == (REVIEWED, [], False)
    assert joined.tcomment.count("Otra.") == 1
    (joined,) = join_duplicates(entries[1:] + entries[:1])
    assert joined.tcomment == "set aside (reviewed): Otra."
    joined.occurrences.append(("elsewhere.txt", "2"))  # the result is a copy
    assert entries[2].occurrences == [(SOURCE, "1")]


def test_a_restored_reviewed_entry_needs_no_draft_and_drops_the_draft_comments() -> None:
    body = f"#. machine draft: apertium 3.8\n{ACTIVE_FUZZY}\n{OLD_REVIEWED}"
    assert needs_draft(units(A), po(body), Memory()) == []
    (unit,) = units(A)
    assert with_draft(unit, {}, "apertium", po(body)) == unit
    assert with_draft(unit, {}, "apertium", po(f"#. machine draft: x\n{ACTIVE_FUZZY}")) != unit


@pytest.mark.parametrize(
    ("body", "line"),
    [
        pytest.param(f'#~ msgid "{A}"\n#~ msgstr "Uno."\n\n#~ msgid "{A}"\n#~ msgstr "Dos."\n',
                     9, id="two-reviewed-obsolete"),
        pytest.param(f'msgid "{A}"\nmsgstr "Uno."\n\n#~ msgid "{A}"\n#~ msgstr "Dos."\n',
                     9, id="reviewed-active-reviewed-obsolete"),
        pytest.param(f'msgid "{A}"\nmsgstr "Uno."\n\nmsgid "{A}"\nmsgstr ""\n',
                     9, id="two-active"),
        pytest.param(f'msgctxt "x"\nmsgid "{A}"\nmsgstr "Uno."\n\n'
                     f'#~ msgctxt "x"\n#~ msgid "{A}"\n#~ msgstr "Dos."\n',
                     10, id="two-reviewed-with-context"),
    ],
)  # fmt: skip
def test_two_different_reviewed_translations_are_refused(body: str, line: int) -> None:
    with pytest.raises(CatalogError) as caught:
        po(body)
    assert caught.value.line == line
    assert len(str(caught.value).splitlines()) == 1


# --- entries a translator added ------------------------------------------------------------------

PLURAL = (
    '#, fuzzy\nmsgid "One article"\nmsgid_plural "%d articles"\n'
    'msgstr[0] "Un artículo"\nmsgstr[1] "%d artículos"\n'
)
CONTEXT = 'msgctxt "headline"\nmsgid "Baku"\nmsgstr "Bakú"\n'
CONTEXT_SENTENCE = f'msgctxt "menu"\nmsgid "{A}"\nmsgstr "Menú."\n'


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(PLURAL, id="plural"),
        pytest.param(CONTEXT, id="msgctxt"),
        pytest.param(CONTEXT_SENTENCE, id="msgctxt-on-a-sentence"),
        pytest.param('msgctxt "x"\nmsgid "Untranslated"\nmsgstr ""\n', id="msgctxt-empty"),
    ],
)
def test_translator_entries_stay_active_as_they_are(body: str, tmp_path: Path) -> None:
    old = po(body)
    catalog = merge(units(A), old)
    ours = [e for e in catalog if e.msgid == A and e.msgctxt is None]
    theirs = [e for e in catalog if e not in ours]
    assert len(ours) == 1
    assert [str(e) for e in theirs] == [str(e) for e in old]
    assert not any(e.obsolete for e in theirs)
    assert stable(catalog, units(A))
    gettext_accepts(render_catalog(catalog), tmp_path)


def test_translator_entries_are_kept_obsolete_when_they_were() -> None:
    old = po("#~ " + PLURAL.replace("\n", "\n#~ ").removesuffix("#~ ").replace("#~ #,", "#,"))
    catalog = merge(units(A), old)
    kept = [e for e in catalog if e.msgid == "One article"]
    assert [(e.obsolete, e.msgstr_plural) for e in kept] == [
        (True, {0: "Un artículo", 1: "%d artículos"})
    ]
    assert stable(catalog, units(A))


def test_a_plural_entry_of_a_sentence_stays_plural_and_gets_no_draft(tmp_path: Path) -> None:
    old = po(f'msgid "{A}"\nmsgid_plural "Many."\nmsgstr[0] ""\nmsgstr[1] ""\n')
    assert needs_draft(units(A), old, Memory()) == []
    catalog = merge([Unit(A, (f"{SOURCE}:1",), (), "BORRADOR")], old)
    (entry,) = catalog
    assert (entry.msgid_plural, entry.msgstr, entry.fuzzy) == ("Many.", "", False)
    assert stable(catalog, units(A))
    gettext_accepts(render_catalog(catalog), tmp_path)


# --- other hand edits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "obsolete"),
    [
        pytest.param(f'msgid "{A} "\nmsgstr "{REVIEWED}"\n', False, id="trailing-space"),
        pytest.param(f'msgid "{A.replace(" ", "  ", 1)}"\nmsgstr "{REVIEWED}"\n', False,
                     id="double-space"),
        pytest.param(f'msgid "{A_WRAPPED}"\nmsgstr "{REVIEWED}"\n', False, id="newline-for-space"),
        pytest.param(f'#~ msgid "{A} "\n#~ msgstr "{REVIEWED}"\n', True, id="obsolete"),
    ],
)  # fmt: skip
def test_a_msgid_changed_in_spacing_only_stays_reviewed(body: str, obsolete: bool) -> None:
    old = po(body)
    (before,) = old
    assert bool(before.obsolete) is obsolete
    catalog = merge(units(A), old)
    assert [(e.msgid, e.msgstr, e.fuzzy, bool(e.obsolete)) for e in catalog] == [
        (A, REVIEWED, False, False)
    ]
    assert stable(catalog, units(A))


def test_a_msgid_changed_in_spacing_only_is_found_after_a_kept_one() -> None:
    body = f'msgid "{B}"\nmsgstr "Subieron."\n\nmsgid "{A} "\nmsgstr "{REVIEWED}"\n'
    catalog = merge(units(B, A), po(body))
    assert [(e.msgid, e.msgstr, e.fuzzy, bool(e.obsolete)) for e in catalog] == [
        (B, "Subieron.", False, False),
        (A, REVIEWED, False, False),
    ]


def test_an_empty_entry_changed_in_spacing_only_leaves_the_sentence_to_the_engine() -> None:
    old = po(f'msgid "{A} "\nmsgstr ""\n')
    assert needs_draft(units(A), old, Memory()) == [A]
    catalog = merge([Unit(A, (f"{SOURCE}:1",), (), DRAFT)], old)
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in catalog] == [(A, DRAFT, True)]


def test_a_respaced_twin_of_a_kept_sentence_still_serves_as_a_predecessor() -> None:
    """Only a sentence the article no longer has takes a respaced entry for itself."""
    changed = A.replace("Moscow", "Minsk")
    body = f'msgid "{A}"\nmsgstr "{REVIEWED}"\n\nmsgid "{A} "\nmsgstr "Otra."\n'
    catalog = merge(units(A, changed), po(body))
    assert [(e.msgid, e.msgstr, e.fuzzy, bool(e.obsolete)) for e in catalog] == [
        (A, REVIEWED, False, False),
        (changed, "Otra.", True, False),
        (f"{A} ", "Otra.", False, True),  # a reviewed predecessor is also kept as #~
    ]


def test_fuzzy_entry_whose_previous_msgid_vanished_keeps_its_text() -> None:
    old = po(f'#, fuzzy\n#| msgid "Gone sentence."\nmsgid "{A}"\nmsgstr "{DRAFT}"\n')
    catalog = merge(units(A), old)
    assert [(e.msgstr, e.fuzzy, e.previous_msgid) for e in catalog] == [
        (DRAFT, True, "Gone sentence.")
    ]
    gone = merge(units(B), old)
    assert found(gone, A) == [(DRAFT, True, True)]
    assert stable(gone, units(B))


# --- reading: escapes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("escaped", "value"),
    [
        pytest.param(r"\x41", "A", id="hex"),
        pytest.param(r"\x41\x42C", "A,", id="hex-takes-every-digit-keeps-low-byte"),
        pytest.param(r"\101", "A", id="octal"),
        pytest.param(r"\1012", "A2", id="octal-three-digits-at-most"),
        pytest.param(r"\xc3\xb1o\303\272", "ñoú", id="utf8-bytes"),
        pytest.param(r"\a\b\f\v", "\a\b\f\v", id="controls"),
        pytest.param(r"a\\x41", "a\\x41", id="escaped-backslash"),
        pytest.param(r"\n\t\r\"\\", '\n\t\r"\\', id="polib-knows-these"),
        pytest.param(r"\x5c\x22", '\\"', id="hex-backslash-and-quote"),
    ],
)
def test_escapes_are_read_as_gettext_reads_them(escaped: str, value: str, tmp_path: Path) -> None:
    text = f'{HEAD}\nmsgid "{A}"\nmsgstr "{escaped}"\n'
    catalog = parse_catalog(text, PATH)
    assert catalog.find(A).msgstr == value
    again = render_catalog(catalog)
    assert parse_catalog(again, PATH).find(A).msgstr == value
    if MSGCAT is not None:  # gettext's own reading agrees
        (tmp_path / "in.po").write_text(text, encoding="utf-8")
        done = subprocess.run(
            [MSGCAT, str(tmp_path / "in.po")], capture_output=True, text=True, check=True
        )
        assert parse_catalog(done.stdout, "msgcat.po").find(A).msgstr == value


@pytest.mark.parametrize(
    ("escaped", "message"),
    [
        pytest.param(r"\q", r"invalid escape \q", id="unknown-letter"),
        pytest.param(r"\?", r"invalid escape \?", id="question-mark-gettext-0.21-rejects"),
        pytest.param(r"\'", r"invalid escape \'", id="apostrophe-gettext-0.21-rejects"),
        pytest.param(r"\x", r"invalid escape \x", id="hex-without-digits"),
        pytest.param(r"\u00f1", r"invalid escape \u", id="no-unicode-escape"),
        pytest.param(r"a\0b", "NUL", id="nul-cuts-the-string"),
        pytest.param(r"\xf1", "not make valid utf-8", id="latin1-byte-in-utf8"),
        pytest.param(r"\x41BC", "not make valid utf-8", id="hex-swallows-letters"),
    ],
)
@needs_gettext
def test_escape_errors_name_the_line(escaped: str, message: str, tmp_path: Path) -> None:
    text = f'{HEAD}\nmsgid "{A}"\nmsgstr ""\n"ok"\n"{escaped}"\n'
    with pytest.raises(CatalogError, match=message.replace("\\", "\\\\")) as caught:
        parse_catalog(text, PATH)
    assert caught.value.line == 9
    assert len(str(caught.value).splitlines()) == 1


def test_escapes_in_a_latin1_file_are_latin1_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.po"
    head = HEAD.replace("UTF-8", "ISO-8859-1").encode()
    path.write_bytes(head + b'\nmsgid "A"\nmsgstr "\\xf1o\\xfa \xf1"\n')
    catalog = read_catalog(path)
    assert catalog is not None
    assert catalog.find("A").msgstr == "ñoú ñ"


@pytest.mark.parametrize(
    ("where", "body"),
    [
        pytest.param("obsolete", f'#~ msgid "{A}"\n#~ msgstr "\\x41"\n', id="obsolete"),
        pytest.param("previous", f'#, fuzzy\n#| msgid "\\x41"\nmsgid "{A}"\nmsgstr "x"\n',
                     id="previous-msgid"),
        pytest.param("comment", f'# see \\x41 \\q\nmsgid "{A}"\nmsgstr "x"\n',
                     id="comment-is-not-a-string"),
    ],
)  # fmt: skip
def test_escapes_everywhere_a_string_stands(where: str, body: str) -> None:
    (entry,) = po(body)
    if where == "obsolete":
        assert entry.msgstr == "A"
    elif where == "previous":
        assert entry.previous_msgid == "A"
    else:
        assert entry.tcomment == "see \\x41 \\q"


# --- reading: characters polib took for line ends ----------------------------------------------


@pytest.mark.parametrize(
    "char",
    [
        pytest.param("\u2028", id="line-separator"),
        pytest.param("\u2029", id="paragraph-separator"),
        pytest.param("\x85", id="next-line"),
        pytest.param("\x1c", id="file-separator"),
        pytest.param("\x0b", id="vertical-tab-raw"),
        pytest.param("\x0c", id="form-feed-raw"),
    ],
)
def test_a_translation_may_hold_any_line_break_but_newline(char: str, tmp_path: Path) -> None:
    catalog = po(f'msgid "{A}"\nmsgstr "uno{char}dos"\n')
    assert catalog.find(A).msgstr == f"uno{char}dos"
    merged = merge(units(A), catalog)
    assert merged.find(A).msgstr == f"uno{char}dos"
    assert stable(merged, units(A))
    gettext_accepts(render_catalog(merged), tmp_path)


# --- reading: charsets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "data", "line", "message"),
    [
        pytest.param("ISO-8859-1", "ñandú".encode(), 7, "declares charset iso8859-1 but the file "
                     "is UTF-8", id="latin1-header-utf8-bytes"),
        pytest.param("windows-1251", "Баку".encode(), 7, "declares charset cp1251",
                     id="cp1251-header-utf8-bytes"),
        pytest.param("UTF-8", "ñandú".encode("latin-1"), 7, "not valid utf-8",
                     id="utf8-header-latin1-bytes"),
    ],
)  # fmt: skip
def test_a_charset_the_bytes_contradict_is_refused(
    declared: str, data: bytes, line: int, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(HEAD.replace("UTF-8", declared).encode() + b'\nmsgid "A"\nmsgstr "' + data
                     + b'"\n')  # fmt: skip
    with pytest.raises(CatalogError, match=message) as caught:
        read_catalog(path)
    assert caught.value.line == line
    assert "charset=UTF-8" in str(caught.value)


def test_an_ascii_file_may_declare_any_charset(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes(HEAD.replace("UTF-8", "ISO-8859-1").encode() + b'\nmsgid "A"\nmsgstr "B"\n')
    catalog = read_catalog(path)
    assert catalog is not None and catalog.find("A").msgstr == "B"


def test_a_translator_entry_with_context_does_not_stand_for_the_sentence(tmp_path: Path) -> None:
    """Kept active now, a msgctxt entry of a sentence must not replace its translation."""
    path = tmp_path / "001_x.txt"
    path.write_text(f"{A}\n", encoding="utf-8")
    catalog = po(f"{ACTIVE_REVIEWED}\n{CONTEXT_SENTENCE}")
    assert assemble(read_article(path), catalog, "es").text == f"{REVIEWED}\n"

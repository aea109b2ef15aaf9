"""Hand edits through ``news-translate run``: every translation kept, or exit 2 and one line.

The unit-level cases are in `test_merge_safety.py`; these run the same edits on a copy of
the project, the way a translator meets them after resolving a git conflict by hand.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from translate.cli.app import app

ARTICLE = "004_bb24bbf64c3ddef7"
runner = CliRunner()


@pytest.fixture
def po_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project after one run: the Spanish PO file of one article."""
    for name in ("corpus", "glossary"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    assert run()[0] == 0
    return tmp_path / "locales" / "es" / f"{ARTICLE}.po"


def run() -> tuple[int, str]:
    result = runner.invoke(
        app, ["run", "--engine", "none", "--lang", "es", f"corpus/{ARTICLE}.txt"]
    )
    return result.exit_code, result.stderr


def first_msgid(path: Path) -> str:
    return str(next(iter(polib.pofile(str(path)))).msgid)


def po_string(text: str) -> str:
    return f'"{polib.escape(text)}"'


def hand_edit(path: Path, change: Callable[[str, str], str]) -> bytes:
    """Apply *change* to the file's text (given the first msgid), as a text editor would."""
    text = path.read_text(encoding="utf-8")
    path.write_text(change(text, first_msgid(path)), encoding="utf-8")
    return path.read_bytes()


def reviewed_obsolete(msgid: str, msgstr: str) -> str:
    return f"\n#~ msgid {po_string(msgid)}\n#~ msgstr {po_string(msgstr)}\n"


def set_first_msgstr(text: str, msgstr: str, *, fuzzy: bool) -> str:
    """*text* with the first entry's msgstr set to *msgstr*, written raw (escapes and all)."""
    first = next(iter(polib.pofile(text)))
    before = str(first)
    first.msgstr = "MSGSTR"
    first.flags = ["fuzzy"] if fuzzy else []
    after = str(first).replace('"MSGSTR"', f'"{msgstr}"')
    assert before in text
    return text.replace(before, after, 1)


# --- refused: exit 2, one line, the file untouched ----------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            lambda text, m: text + reviewed_obsolete("Gone.", "Uno.")
            + reviewed_obsolete("Gone.", "Dos."),
            "two reviewed translations of 'Gone.'",
            id="two-reviewed-obsolete-twins",
        ),
        pytest.param(
            lambda text, m: set_first_msgstr(text, "Uno.", fuzzy=False)
            + reviewed_obsolete(m, "Dos."),
            "two reviewed translations",
            id="reviewed-active-and-reviewed-obsolete",
        ),
        pytest.param(
            lambda text, m: set_first_msgstr(text, "Ñandú \\q", fuzzy=False),
            "invalid escape \\q",
            id="invalid-escape",
        ),
    ],
)  # fmt: skip
def test_a_conflict_is_refused_and_the_file_left_untouched(
    po_file: Path, change: Callable[[str, str], str], message: str
) -> None:
    before = hand_edit(po_file, change)
    code, err = run()
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert f"{ARTICLE}.po:" in err  # with the line
    assert po_file.read_bytes() == before


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [
        pytest.param("ISO-8859-1", "utf-8", id="latin1-header-utf8-bytes"),
        pytest.param("UTF-8", "latin-1", id="utf8-header-latin1-bytes"),
    ],
)
def test_a_charset_the_bytes_contradict_is_refused(
    po_file: Path, declared: str, encoding: str
) -> None:
    text = set_first_msgstr(po_file.read_text(encoding="utf-8"), "ñandú", fuzzy=False)
    po_file.write_bytes(
        text.replace("charset=UTF-8", f"charset={declared}").encode(encoding, "replace")
    )
    before = po_file.read_bytes()
    code, err = run()
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "charset=UTF-8" in err
    assert po_file.read_bytes() == before
    assert "Ã±" not in po_file.read_bytes().decode(encoding)


# --- kept: every translation on disk after the run, and a re-run byte-identical ------------------


def test_a_reviewed_obsolete_twin_comes_back_active_and_reviewed(po_file: Path) -> None:
    hand_edit(
        po_file,
        lambda text, m: (
            set_first_msgstr(text, "Borrador.", fuzzy=True)
            + reviewed_obsolete(m, "Frase revisada.")
        ),
    )
    msgid = first_msgid(po_file)
    assert run()[0] == 0
    twins = [e for e in polib.pofile(str(po_file)) if e.msgid == msgid]
    assert [(e.msgstr, e.fuzzy, bool(e.obsolete)) for e in twins] == [
        ("Frase revisada.", False, False)
    ]
    assert twins[0].tcomment == "set aside (fuzzy): Borrador."
    after = po_file.read_bytes()
    assert run()[0] == 0
    assert po_file.read_bytes() == after


def test_translator_entries_with_plural_forms_or_context_stay_active(po_file: Path) -> None:
    added = (
        '\nmsgctxt "headline"\nmsgid "Baku"\nmsgstr "Bakú"\n'
        '\nmsgid "One victim"\nmsgid_plural "%d victims"\n'
        'msgstr[0] "Una víctima"\nmsgstr[1] "%d víctimas"\n'
    )
    hand_edit(po_file, lambda text, m: text.replace("\n#~ ", added + "\n#~ ", 1) + added
              if "\n#~ " in text else text + added)  # fmt: skip
    assert run()[0] == 0
    catalog = polib.pofile(str(po_file))
    kept = [e for e in catalog if e.msgctxt == "headline" or e.msgid_plural]
    assert [(e.msgid, bool(e.obsolete)) for e in kept] == [("Baku", False), ("One victim", False)]
    assert kept[1].msgstr_plural == {0: "Una víctima", 1: "%d víctimas"}
    after = po_file.read_bytes()
    assert run()[0] == 0
    assert po_file.read_bytes() == after
    check = runner.invoke(app, ["check", "--lang", "es", str(po_file)])
    assert "sync.stale" not in check.stdout


def test_an_escape_is_kept_as_gettext_reads_it(po_file: Path) -> None:
    hand_edit(po_file, lambda text, m: set_first_msgstr(text, "\\x41 \\303\\261", fuzzy=False))
    assert run()[0] == 0
    assert next(iter(polib.pofile(str(po_file)))).msgstr == "A ñ"

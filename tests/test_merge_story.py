"""Three runs of one article, with a translator and an editor in between: no human work is lost.

Units are built by hand from a small fake article; "the machine" prefixes ``[MT]``. The
translator edits the file the way a PO editor does (read, change entries, save), and the test
keeps a ledger of every msgstr a human wrote, which must be on disk after every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import polib
import pytest

from translate.po.files import read_catalog, write_atomic
from translate.po.memory import Memory
from translate.po.merge import Header, Unit, merge_catalog, needs_draft, render_catalog

MSGFMT = shutil.which("msgfmt")
SOURCE = "corpus/007_story.txt"
HEADER = Header.for_language("es", "news-translate")

SIGNED = "The ceasefire was signed in Moscow on Tuesday."
SIGNED_LATE = "The ceasefire was signed in Moscow late on Tuesday night."
PRISONERS = "Both sides agreed to exchange prisoners."
OBSERVERS = "Observers will monitor the line of contact."
OBSERVERS_UN = "UN observers will monitor the whole line of contact."
TALKS = "The talks lasted eleven hours."
BAKU = "Officials in Baku welcomed the agreement."
COMMISSION = "A joint commission will meet next month."

RUN_1 = [SIGNED, PRISONERS, OBSERVERS, TALKS, BAKU]
RUN_2 = [SIGNED_LATE, OBSERVERS, TALKS, BAKU, COMMISSION]  # changed, deleted, added
RUN_3 = [SIGNED_LATE, PRISONERS, OBSERVERS_UN, TALKS, BAKU, COMMISSION]  # returns, changed


def run(path: Path, sentences: list[str]) -> list[str]:
    """One pipeline run over the article: draft what needs it, merge, write; the drafted msgids."""
    units = [
        Unit(text, (f"{SOURCE}:{line}",), (f"sentence {line}",))
        for line, text in enumerate(sentences, start=1)
    ]
    existing = read_catalog(path)
    drafted = needs_draft(units, existing, Memory())
    units = [replace(u, draft=f"[MT] {u.msgid}") if u.msgid in drafted else u for u in units]
    catalog = merge_catalog(units, existing, Memory(), HEADER, SOURCE)
    write_atomic(path, render_catalog(catalog))
    assert run_is_stable(path, sentences), "a re-run with nothing new changed the file"
    return drafted


def run_is_stable(path: Path, sentences: list[str]) -> bool:
    existing = read_catalog(path)
    units = [
        Unit(text, (f"{SOURCE}:{line}",), (f"sentence {line}",))
        for line, text in enumerate(sentences, start=1)
    ]
    if needs_draft(units, existing, Memory()):
        return False
    catalog = merge_catalog(units, existing, Memory(), HEADER, SOURCE)
    return write_atomic(path, render_catalog(catalog)) is False


def edit(path: Path, change: Callable[[polib.POFile], None]) -> None:
    """The translator opens the file in a PO editor, changes it and saves."""
    catalog = polib.pofile(str(path))
    change(catalog)
    catalog.metadata["Last-Translator"] = "Ana García <ana@example.org>"
    catalog.metadata["X-Generator"] = "Poedit 3.4"
    catalog.save()


def review(catalog: polib.POFile, msgid: str, msgstr: str) -> None:
    found = catalog.find(msgid)
    found.msgstr = msgstr
    found.flags = [f for f in found.flags if f != "fuzzy"]
    found.previous_msgid = None


def state(entry: polib.POEntry) -> tuple[str, bool, str | None]:
    return entry.msgstr, entry.fuzzy, entry.previous_msgid


def entries(path: Path) -> dict[tuple[str, bool], polib.POEntry]:
    catalog = read_catalog(path)
    assert catalog is not None
    return {(e.msgid, bool(e.obsolete)): e for e in catalog}


def assert_ledger_kept(path: Path, ledger: dict[str, str]) -> None:
    """Every human msgstr is on disk, active or obsolete."""
    on_disk = {e.msgstr for e in entries(path).values()}
    lost = {msgid: msgstr for msgid, msgstr in ledger.items() if msgstr not in on_disk}
    assert not lost, f"human translations lost: {lost}"


def assert_msgfmt(path: Path) -> None:
    if MSGFMT is None:
        pytest.skip("GNU gettext msgfmt is not installed")
    done = subprocess.run(
        [MSGFMT, "-c", "--check-format", "-o", os.devnull, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_three_runs_with_a_translator_and_an_editor(tmp_path: Path) -> None:
    path = tmp_path / "locales" / "es" / "007_story.po"
    ledger: dict[str, str] = {}

    # Run 1: everything is new, everything is a fuzzy machine draft.
    assert run(path, RUN_1) == RUN_1
    disk = entries(path)
    assert all(disk[m, False].fuzzy and disk[m, False].msgstr == f"[MT] {m}" for m in RUN_1)
    assert_msgfmt(path)

    # The translator reviews two entries, edits a draft but leaves it fuzzy, adds a comment.
    ledger |= {
        SIGNED: "El alto el fuego se firmó en Moscú el martes.",
        PRISONERS: "Ambas partes acordaron intercambiar prisioneros.",
        OBSERVERS: "Observadores vigilarán la línea de contacto.",
    }

    def translator_1(catalog: polib.POFile) -> None:
        review(catalog, SIGNED, ledger[SIGNED])
        review(catalog, PRISONERS, ledger[PRISONERS])
        catalog.find(OBSERVERS).msgstr = ledger[OBSERVERS]
        catalog.find(TALKS).tcomment = "Ana: «once horas», no «11 horas»"

    edit(path, translator_1)
    assert run(path, RUN_1) == []  # nothing new: no machine translation, file unchanged
    assert_ledger_kept(path, ledger)

    # Run 2: the editor changes the reviewed sentence, deletes one and adds one.
    assert run(path, RUN_2) == [COMMISSION]
    disk = entries(path)
    assert state(disk[SIGNED_LATE, False]) == (ledger[SIGNED], True, SIGNED)
    assert state(disk[SIGNED, True]) == (ledger[SIGNED], False, None)
    assert state(disk[PRISONERS, True]) == (ledger[PRISONERS], False, None)
    assert state(disk[OBSERVERS, False]) == (ledger[OBSERVERS], True, None)
    assert disk[TALKS, False].tcomment == "Ana: «once horas», no «11 horas»"
    assert state(disk[COMMISSION, False]) == (f"[MT] {COMMISSION}", True, None)
    assert [m for m, obsolete in disk if obsolete] == [PRISONERS, SIGNED]
    assert "PO-Revision-Date" not in path.read_text(encoding="utf-8")
    assert read_catalog(path).metadata["X-Generator"] == "Poedit 3.4"  # type: ignore[union-attr]
    assert_ledger_kept(path, ledger)
    assert_msgfmt(path)

    # The translator rewrites the changed sentence: the old reviewed text survives as #~.
    ledger[SIGNED_LATE] = "El alto el fuego se firmó en Moscú el martes por la noche."
    edit(path, lambda catalog: review(catalog, SIGNED_LATE, ledger[SIGNED_LATE]))
    assert_ledger_kept(path, ledger)

    # Run 3: the deleted sentence returns, and the translator's fuzzy sentence changes.
    assert run(path, RUN_3) == []
    disk = entries(path)
    assert state(disk[PRISONERS, False]) == (ledger[PRISONERS], False, None)
    assert disk[PRISONERS, False].occurrences == [(SOURCE, "2")]
    assert (PRISONERS, True) not in disk
    assert state(disk[OBSERVERS_UN, False]) == (ledger[OBSERVERS], True, OBSERVERS)
    assert state(disk[SIGNED_LATE, False]) == (ledger[SIGNED_LATE], False, None)
    assert disk[TALKS, False].tcomment == "Ana: «once horas», no «11 horas»"
    assert [m for m, obsolete in disk if obsolete] == [SIGNED]
    assert [m for m, obsolete in disk if not obsolete] == RUN_3
    assert_ledger_kept(path, ledger)
    assert_msgfmt(path)

"""The main job end to end: ``news-translate run`` on the real corpus, then assemble and stats."""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import polib
import pytest
from conftest import APERTIUM, cli, needs_apertium, snapshot
from typer.testing import CliRunner

from translate.cli.app import app
from translate.engines import apertium

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    return cli("run", *args)


def test_engine_none_writes_one_po_per_article_and_language(project: Path) -> None:
    code, out, err = run("--engine", "none", "--lang", "az,ru,tr")
    assert code == 0, err
    files = snapshot(project / "locales")
    assert len(files) == 15
    catalog = polib.pofile(str(project / "locales/ru/004_bb24bbf64c3ddef7.po"))
    assert catalog.metadata["Language"] == "ru"
    first = catalog[0]
    assert first.msgid.startswith("The horrible tragedy of the 20th century")
    assert first.msgstr == ""
    assert first.occurrences[0][0] == "corpus/004_bb24bbf64c3ddef7.txt"
    assert "glossary: Khojaly genocide → Ходжалинский геноцид" in first.comment.splitlines()
    assert "Şərhini yaz" not in (project / "locales/ru/004_bb24bbf64c3ddef7.po").read_text()
    assert "engine" in out and "none" in out


def test_identical_sentences_are_merged_with_all_references(project: Path) -> None:
    (project / "corpus" / "009_repeat.txt").write_text(
        "Khojaly is free.\n\nThe town was rebuilt.\n\nKhojaly is free.\n", encoding="utf-8"
    )
    code, _, err = run("--engine", "none", "--lang", "ru", "corpus/009_repeat.txt")
    assert code == 0, err
    catalog = polib.pofile(str(project / "locales/ru/009_repeat.po"))
    entry = catalog.find("Khojaly is free.")
    assert entry is not None
    assert entry.occurrences == [
        ("corpus/009_repeat.txt", "1"),
        ("corpus/009_repeat.txt", "5"),
    ]
    assert len(catalog) == 2


def test_rerun_with_nothing_new_is_byte_identical(project: Path) -> None:
    assert run("--engine", "none", "--lang", "az,ru")[0] == 0
    before = snapshot(project / "locales")
    code, out, _ = run("--engine", "none", "--lang", "az,ru")
    assert code == 0
    assert snapshot(project / "locales") == before
    assert out.splitlines()[1].split()[-1] == "0"  # nothing written


def test_jobs_write_the_same_files(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert run("--engine", "none", "--jobs", "1")[0] == 0
    one = snapshot(project / "locales")
    shutil.rmtree(project / "locales")
    assert run("--engine", "none", "--jobs", "3")[0] == 0
    assert snapshot(project / "locales") == one


def test_broken_po_is_reported_and_left_untouched(project: Path) -> None:
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    broken = project / "locales/ru/002_fc9922a311dc6cc0.po"
    text = broken.read_text(encoding="utf-8").replace('msgstr ""\n\n#', 'msgstr "oops\n\n#', 1)
    broken.write_text(text, encoding="utf-8")
    other = project / "locales/ru/003_fedf56173e1d7ac0.po"
    other.unlink()
    code, _, err = run("--engine", "none", "--lang", "ru")
    assert code == 2
    assert broken.read_text(encoding="utf-8") == text
    assert other.exists()
    lines = err.strip().splitlines()
    assert (len(lines) == 1 and f"{broken.relative_to(project)}:" in lines[0]) or str(
        broken
    ) in lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--lang", "xx"], "unknown language code 'xx'", id="unknown-language"),
        pytest.param(["corpus/none.txt"], "no such file", id="missing-article"),
        pytest.param(["--engine", "apertium", "--lang", "ru"], "cannot translate", id="no-pair"),
    ],
)
def test_bad_input_is_one_line_exit_2(project: Path, args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (project / "locales").exists() or not snapshot(project / "locales")


def test_broken_glossary_is_one_line_exit_2(project: Path) -> None:
    path = project / "glossary" / "places.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n- id: [unclosed\n", encoding="utf-8")
    code, _, err = run("--engine", "none", "--lang", "ru")
    assert code == 2
    assert "places.yaml:" in err
    assert len(err.strip().splitlines()) == 1


@needs_apertium
def test_apertium_drafts_are_fuzzy_with_glossary_forms(project: Path) -> None:
    code, out, err = run("--lang", "es")
    assert code == 0, err
    assert "apertium" in out
    catalog = polib.pofile(str(project / "locales/es/002_fc9922a311dc6cc0.po"))
    drafts = [e for e in catalog if e.msgstr]
    assert drafts and all("fuzzy" in e.flags for e in drafts)
    assert all(any(c.startswith("machine draft: apertium") for c in e.comment.splitlines())
               for e in drafts)  # fmt: skip
    joined = "\n".join(e.msgstr for e in drafts)
    assert "*" not in joined
    assert "Jojalý" in joined or "Jodyalí" in joined
    done = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(project / "locales/es/002_fc9922a311dc6cc0.po")],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@needs_apertium
def test_assemble_and_stats(project: Path) -> None:
    assert run("--lang", "es")[0] == 0
    article = "corpus/004_bb24bbf64c3ddef7.txt"
    reviewed = runner.invoke(app, ["assemble", article, "--lang", "es"])
    assert reviewed.exit_code == 0
    assert reviewed.stdout.startswith("The horrible tragedy")  # nothing reviewed: English
    assert "left in English" in reviewed.stderr
    fuzzy = runner.invoke(app, ["assemble", article, "--lang", "es", "--include-fuzzy"])
    assert fuzzy.exit_code == 0
    assert "genocidio" in fuzzy.stdout
    assert fuzzy.stdout.count("\n\n") >= 10  # paragraphs kept
    stats = runner.invoke(app, ["stats", "--lang", "es", "--format", "json"])
    records = json.loads(stats.stdout)
    assert len(records) == 5
    assert all(r["fuzzy"] > 0 and r["translated"] == 0 for r in records)
    # Words Apertium did not know are listed in the drafts' comments and counted.
    assert sum(r["unknown_words"] for r in records) > 0
    po = (project / "locales" / "es" / "004_bb24bbf64c3ddef7.po").read_text(encoding="utf-8")
    assert "#. unknown to the engine: " in po


def test_assemble_localises_the_date(project: Path) -> None:
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    result = runner.invoke(app, ["assemble", "corpus/000_ee7ec6d0624d94a0.txt", "--lang", "ru"])
    assert result.exit_code == 0
    assert "26 февраля 2024" in result.stdout


def _translations(folder: Path) -> set[str]:
    """Every non-empty msgstr in the PO files under *folder*, active or obsolete."""
    found: set[str] = set()
    for path in folder.rglob("*.po"):
        found |= {e.msgstr for e in polib.pofile(str(path)) if e.msgstr}
    return found


def test_translator_and_editor_across_three_runs(project: Path) -> None:
    """Reviews, an edited draft, a changed, a deleted and an added sentence: nothing human lost."""
    article = project / "corpus" / "004_bb24bbf64c3ddef7.txt"
    po_path = project / "locales/ru/004_bb24bbf64c3ddef7.po"
    assert run("--engine", "none", "--lang", "ru")[0] == 0

    # The translator reviews two entries, and leaves a third as a fuzzy draft of their own.
    catalog = polib.pofile(str(po_path))
    catalog[1].msgstr = "Это очередная годовщина Ходжалинской резни."
    catalog[2].msgstr = "Прошло 32 года с момента трагедии."
    catalog[3].msgstr = "В 1988 году армяне начали сепаратистское движение."
    catalog[3].flags.append("fuzzy")
    deleted = catalog.find("The Karabakh conflict was consigned to the archives of history.")
    assert deleted is not None
    deleted.msgstr = "Карабахский конфликт сдан в архив истории."
    catalog.save(str(po_path))
    human = {catalog[i].msgstr for i in (1, 2, 3)} | {deleted.msgstr}

    # Run 2: the editor changes the reviewed sentence, deletes one and adds one.
    text = article.read_text(encoding="utf-8")
    text = text.replace("32 years have passed since the tragedy.", "32 years have passed.")
    text = text.replace("The Karabakh conflict was consigned to the archives of history.", "")
    text = text.replace("Justice for Khojaly!\n", "Justice for Khojaly! We remember.\n")
    article.write_text(text, encoding="utf-8")
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    catalog = polib.pofile(str(po_path))
    changed = catalog.find("32 years have passed.")
    assert changed is not None and "fuzzy" in changed.flags
    assert changed.previous_msgid == "32 years have passed since the tragedy."
    assert changed.msgstr == "Прошло 32 года с момента трагедии."
    reviewed = catalog.find(catalog[1].msgid)
    assert reviewed is not None and reviewed.msgstr == "Это очередная годовщина Ходжалинской резни."
    assert "fuzzy" not in reviewed.flags
    obsolete = {e.msgstr for e in catalog if e.obsolete}
    # The deleted sentence, and the reviewed original of the changed one, stay as #~.
    assert obsolete == {deleted.msgstr, "Прошло 32 года с момента трагедии."}
    assert human <= _translations(project / "locales")

    # Run 3: the deleted sentence returns, and the changed one changes again.
    article.write_text(
        text.replace("32 years have passed.", "Decades have passed.").replace(
            "Askaran. ", "Askaran. The Karabakh conflict was consigned to the archives of history."
        ),
        "utf-8",
    )
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    catalog = polib.pofile(str(po_path))
    back = catalog.find("The Karabakh conflict was consigned to the archives of history.")
    assert back is not None and back.msgstr == "Карабахский конфликт сдан в архив истории."
    assert not [e for e in catalog if e.obsolete and e.msgstr == back.msgstr]
    assert human <= _translations(project / "locales")
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po_path)], check=False)
    assert done.returncode == 0


def test_a_translator_edit_is_seen_by_the_next_run(project: Path) -> None:
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    path = project / "locales/ru/004_bb24bbf64c3ddef7.po"
    catalog = polib.pofile(str(path))
    catalog[2].msgstr = "Прошло 32 года с момента трагедии."
    catalog.save(str(path))
    # The same sentence in another article of the same language now comes from memory.
    other = project / "corpus" / "005_new.txt"
    other.write_text("32 years have passed since the tragedy.\n", encoding="utf-8")
    code, _, _ = run("--engine", "none", "--lang", "ru")
    assert code == 0
    reused = polib.pofile(str(project / "locales/ru/005_new.po"))[0]
    assert reused.msgstr == "Прошло 32 года с момента трагедии."
    assert "reused from locales/ru/004_bb24bbf64c3ddef7.po" in reused.comment


def test_engines_says_what_each_language_uses_and_why(project: Path) -> None:
    result = runner.invoke(app, ["engines"])
    assert result.exit_code == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert set(rows) == {"az", "ru", "tr", "es", "fr", "de"}
    assert "none" in rows["ru"] and "no Argos package or Apertium pair" in rows["ru"]
    if APERTIUM:
        assert "apertium" in rows["es"] and "Apertium pair en-es" in rows["es"]


def test_engines_rejects_an_unknown_language(project: Path) -> None:
    result = runner.invoke(app, ["engines", "--lang", "qq"])
    assert result.exit_code == 2
    assert "unknown language code 'qq'" in result.stderr


def test_a_second_run_at_once_is_refused(project: Path) -> None:
    from translate.po.locking import locked

    with locked(project / "locales"):
        code, _, err = run("--engine", "none", "--lang", "ru")
    assert code == 2
    assert "another news-translate run is writing here" in err
    assert not list((project / "locales").rglob("*.po"))


def _salt(folder: Path) -> object:
    with contextlib.closing(sqlite3.connect(folder / ".news-translate-cache.sqlite")) as db:
        return db.execute("select value from meta where key = 'salt'").fetchone()[0]


def test_a_new_babel_or_polib_invalidates_the_no_change_cache(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library upgrade must send every language through the merge, not be skipped as fresh."""
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    before, salt = snapshot(project / "locales"), _salt(project / "locales/ru")
    real = importlib.metadata.version
    monkeypatch.setattr(
        importlib.metadata, "version", lambda name: "99.0" if name == "babel" else real(name)
    )
    assert run("--engine", "none", "--lang", "ru")[0] == 0
    assert _salt(project / "locales/ru") != salt
    assert snapshot(project / "locales") == before  # output does not depend on babel's version


@needs_apertium
def test_a_new_apertium_pair_version_invalidates_the_no_change_cache(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("--engine", "apertium", "--lang", "es", "corpus/001_3af6d30ae5fafc79.txt")[0] == 0
    salt = _salt(project / "locales/es")
    monkeypatch.setattr(apertium, "_dpkg_version", lambda package: "9.9.9-1")
    assert run("--engine", "apertium", "--lang", "es", "corpus/001_3af6d30ae5fafc79.txt")[0] == 0
    assert _salt(project / "locales/es") != salt


def test_glossary_aliases_are_refused_before_any_work(project: Path) -> None:
    levels = ["  en: &l0 lol", "  forms:"]
    levels += [f"    - &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, 10)]
    path = project / "glossary" / "terms.yaml"
    path.write_text("- id: lol\n  kind: term\n" + "\n".join(levels) + "\n", encoding="utf-8")
    code, out, err = run("--engine", "none", "--lang", "es")
    assert (code, out) == (2, "")
    assert "glossary/terms.yaml:3: YAML anchor 'l0'" in err
    assert "glossary files take no anchors or aliases" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("reviewed", "spread"),
    [
        pytest.param("Jodyalí fue bombardeada.", True, id="clean-is-reused"),
        pytest.param("Jodyali fue bombardeada.", False, id="near-miss-is-not"),
        pytest.param("La ciudad fue bombardeada.", False, id="missing-term-is-not"),
    ],
)
def test_memory_never_spreads_a_flagged_translation(
    project: Path, reviewed: str, spread: bool
) -> None:
    """A reviewed msgstr that `check` flags in article A is not reused for article B."""
    shutil.rmtree(project / "corpus")
    (project / "corpus").mkdir()
    sentence = "Khojaly was shelled."
    (project / "corpus" / "a.txt").write_text(f"{sentence}\n\nThe end came.\n", "utf-8")
    (project / "corpus" / "b.txt").write_text(f"It was war.\n\n{sentence}\n", "utf-8")
    assert run("--engine", "none", "--lang", "es")[0] == 0
    catalog = polib.pofile(str(project / "locales/es/a.po"))
    entry = catalog.find(sentence)
    assert entry is not None and not entry.msgstr
    entry.msgstr = reviewed
    catalog.save()

    assert run("--engine", "none", "--lang", "es")[0] == 0
    reused = polib.pofile(str(project / "locales/es/b.po")).find(sentence)
    assert reused is not None
    assert (reused.msgstr == reviewed) is spread
    assert ("fuzzy" not in reused.flags and reused.msgstr == reviewed) is spread

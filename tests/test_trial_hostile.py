"""A hostile trial of the command line: what broke, pinned through the real CLI.

Each input here once gave a traceback, a misleading message, an exit code other than 2 or
a run that did not end; `tests/hostile_cases.py` holds the inputs that already held. The
``error`` cases go through its `run_case`: exit 2, one line on stderr naming the file (and line)
and the fix, nothing on stdout, no file of the sandbox changed.
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any
from xml.etree import ElementTree as ET

import polib
import pytest
from conftest import ROOT, snapshot
from hostile_cases import (
    ART,
    ARTICLE,
    RUN,
    Case,
    Setup,
    both,
    build_sandbox,
    config_key,
    run_case,
    write,
)
from typer.testing import CliRunner

from translate.cli.app import app
from translate.po.files import parse_catalog
from translate.po.merge import Unit
from translate.po.units import with_draft, with_drafts
from translate.text import unwrap as unwrap_module
from translate.text.articles import MAX_PARAGRAPH
from translate.text.segments import MAX_SENTENCE
from translate.text.unwrap import Line

WORDS = ("the", "town", "of", "Khojaly", "was", "rebuilt", "by", "workers", "from", "Baku")


def words(count: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(count))


def sentence_of(chars: int) -> str:
    """A sentence of exactly *chars* characters, full stop included, without other stops."""
    body = words(chars // 4 + 1)[: chars - 1].rstrip()
    return body[:1].upper() + body[1:] + "x" * (chars - 1 - len(body)) + "."


def loop(name: str, target: str) -> Setup:
    def setup(project: Path) -> None:
        (project / name).symlink_to(target)

    return setup


def folder(name: str) -> Setup:
    def setup(project: Path) -> None:
        (project / name).mkdir()

    return setup


def append(name: str, text: str) -> Setup:
    def setup(project: Path) -> None:
        with (project / name).open("a", encoding="utf-8") as file:
            file.write(text)

    return setup


def remove_if_there(name: str) -> Setup:
    def setup(project: Path) -> None:
        (project / name).unlink(missing_ok=True)

    return setup


CONTROL_ENTRY = (
    "- id: zz\n  kind: place\n  en: Zz\n"
    '  targets: {ru: {approved: "a\\u0000b\\u001b"}, es: {approved: "x\\ny"}}\n'
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
    '<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&xxe;</term>'
    "</termSec></langSec></conceptEntry></body></text></tbx>\n"
)
LONG_SENTENCE = f"A title\n\nA first sentence.\n\n{sentence_of(MAX_SENTENCE + 1)}\n"
# Short sentences, all on one line: one paragraph, each sentence well under the limit.
LONG_PARAGRAPH = " ".join(["Khojaly was rebuilt by workers from Baku."] * 1300) + "\n"
UTF16 = "Khojaly is free.\n\nŞuşa is free too.\n"

CASES: tuple[Case, ...] = (
    # A symlink loop in the corpus made `run` die in Path.resolve (RuntimeError).
    Case("run/article-symlink-loop", (*RUN, "--lang", "ru"), loop("corpus/loop.txt", "loop.txt"),
         mentions=("corpus/loop.txt", "symlink loop")),
    Case("run/named-article-symlink-loop", (*RUN, "--lang", "ru", "corpus/loop.txt"),
         loop("corpus/loop.txt", "loop.txt"), mentions=("corpus/loop.txt", "symlink loop")),
    Case("run/two-links-in-a-ring", (*RUN, "--lang", "ru"),
         both(loop("corpus/a.txt", "b.txt"), loop("corpus/b.txt", "a.txt")),
         mentions=("symlink loop",)),
    # `check` and `segment` said "no such file" of a link that is there.
    Case("check/article-symlink-loop", ("check",), loop("corpus/loop.txt", "loop.txt"),
         mentions=("corpus/loop.txt", "symlink to nothing")),
    Case("segment/dangling-symlink", ("segment", "corpus/gone.txt"),
         loop("corpus/gone.txt", "/nonexistent/article.txt"),
         mentions=("corpus/gone.txt", "symlink to nothing")),
    # UTF-16 without a BOM was called a "binary file (NUL byte)".
    Case("run/article-utf16le-without-bom", (*RUN, "--lang", "ru", "corpus/u.txt"),
         write("corpus/u.txt", UTF16.encode("utf-16-le")),
         mentions=("corpus/u.txt:1", "UTF-16LE", "iconv -f utf-16le")),
    Case("segment/article-utf16be-without-bom", ("segment", "u.txt"),
         write("u.txt", UTF16.encode("utf-16-be")), mentions=("u.txt:1", "UTF-16BE")),
    # An 18 MB line without a full stop ran for more than ten minutes (the name finder's cost
    # grows with the square of a sentence's words); now a sentence or a paragraph over the
    # limit is refused by every command that reads articles, before anything is written.
    Case("run/sentence-too-long", (*RUN, "--lang", "ru", "corpus/l.txt"),
         write("corpus/l.txt", LONG_SENTENCE), mentions=("corpus/l.txt:5", "sentence", "5,000")),
    Case("check/sentence-too-long", ("check",), write("corpus/l.txt", LONG_SENTENCE),
         mentions=("corpus/l.txt:5", "full stop")),
    Case("suggest/sentence-too-long", ("glossary", "suggest", "corpus/l.txt"),
         write("corpus/l.txt", LONG_SENTENCE), mentions=("corpus/l.txt:5",)),
    Case("segment/sentence-too-long", ("segment", "corpus/l.txt"),
         write("corpus/l.txt", LONG_SENTENCE), mentions=("corpus/l.txt:5",)),
    Case("run/paragraph-too-long", (*RUN, "--lang", "ru", "corpus/p.txt"),
         write("corpus/p.txt", LONG_PARAGRAPH),
         mentions=("corpus/p.txt:1", "paragraph", "50,000", "blank line")),
    Case("report/paragraph-too-long", ("report", "--lang", "ru"),
         write("corpus/p.txt", LONG_PARAGRAPH), mentions=("corpus/p.txt:1",)),
    # A link in the corpus to another article: run wrote one PO file for both, and check
    # wanted the other one for ever ("sync.missing-file: run news-translate run").
    Case("run/article-linked-under-two-names", (*RUN, "--lang", "ru"),
         loop("corpus/zz_alias.txt", f"{ARTICLE}.txt"),
         mentions=("corpus/zz_alias.txt", f"{ARTICLE}.txt", "remove the link")),
    # A folder or a symlink loop where the run lock goes: a traceback from os.open.
    Case("run/lock-is-a-folder", (*RUN, "--lang", "ru"), folder("locales/.news-translate.lock"),
         mentions=("locales/.news-translate.lock", "folder", "remove")),
    Case("run/lock-is-a-symlink-loop", (*RUN, "--lang", "ru"),
         loop("locales/.news-translate.lock", ".news-translate.lock"),
         mentions=("locales/.news-translate.lock", "symbolic links")),
    Case("run-check/lock-is-a-symlink-loop", (*RUN, "--lang", "ru", "--check"),
         loop("locales/.news-translate.lock", ".news-translate.lock"),
         mentions=("locales/.news-translate.lock",)),
    # A source language among the targets made `run` write locales/en/ as a translation.
    Case("config/source-language-is-a-target", (*RUN,), config_key('languages = ["en", "ru"]'),
         mentions=("pyproject.toml", "'en', the source language")),
    Case("config/target-is-the-source-language", ("engines",),
         config_key('source-language = "ru"'), mentions=("pyproject.toml", "'ru'")),
    # `glossary export` wrote a TBX file that XML parsers, its own import included, refuse.
    Case("glossary/export-tbx-with-a-control-character", ("glossary", "export", "-o", "g.tbx"),
         write("glossary/x.yaml", CONTROL_ENTRY), mentions=("glossary/x.yaml:1", "U+0000")),
    # An escape sequence in an article reached the msgid, the PO file and the terminal.
    Case("run/article-escape-sequence", (*RUN, "--lang", "ru", "corpus/c.txt"),
         write("corpus/c.txt", "A title\n\nKhojaly is \x1b[31mfree.\n"),
         mentions=("corpus/c.txt:3", "U+001B", "column 12")),
    Case("segment/article-c1-control", ("segment", "c.txt"),
         write("c.txt", "Title\r\n\r\nCaf\u0092s are open.\r\n"),
         mentions=("c.txt:3", "U+0092", "column 4")),
    # An external entity was skipped without a word; a CSV was an "XML syntax error".
    Case("glossary/import-external-entity", ("glossary", "import", "x.tbx"), write("x.tbx", XXE),
         mentions=("x.tbx:2", "entity", "'xxe'")),
    Case("glossary/import-csv", ("glossary", "import", "terms.csv"),
         write("terms.csv", "en,ru\nBaku,Баку\n"), mentions=("terms.csv:1", "not a TBX")),
    # `suggest --write` appended YAML to any file, and made the folders it named.
    Case("suggest/write-to-pyproject", ("glossary", "suggest", "--write", "pyproject.toml", ART),
         mentions=("pyproject.toml", ".yaml")),
    Case("suggest/write-into-a-missing-folder",
         ("glossary", "suggest", "--write", "new/x.yaml", ART), mentions=("new", "no such folder")),
    Case("suggest/write-to-yaml-that-is-no-glossary",
         ("glossary", "suggest", "--write", "notes.yaml", ART),
         write("notes.yaml", "name: not a glossary\n"),
         mentions=("notes.yaml:1", "list of entries")),
    # A folder with no PO file under it passed the check: nothing was compared.
    Case("check/folder-without-po-files", ("check", "elsewhere"), folder("elsewhere"),
         mentions=("elsewhere", "no PO files")),
    # polib reads a second header and msgstr[n] without msgid_plural; GNU msgfmt refuses
    # both. The header's text disappeared in the merge; the plural entry was kept, as #~, in a
    # file msgfmt refuses.
    Case("check/po-second-header", ("check", f"locales/ru/{ARTICLE}.po"),
         append(f"locales/ru/{ARTICLE}.po", '\nmsgid ""\nmsgstr "Language: xx\\n"\n'),
         mentions=(f"locales/ru/{ARTICLE}.po:", "second header")),
    Case("stats/po-plural-without-msgid-plural", ("stats", "--lang", "ru"),
         append(f"locales/ru/{ARTICLE}.po", '\nmsgid "Gone."\nmsgstr[0] "Ушло."\n'),
         mentions=(f"locales/ru/{ARTICLE}.po:", "msgstr[n] without msgid_plural")),
    Case("transliterate/empty-name", ("glossary", "transliterate", " "), mentions=("NAME",)),
)  # fmt: skip

#: What held, or holds now, and must keep working.
OK_CASES: tuple[Case, ...] = (
    # suggest and transliterate read the working directory's configuration, not --project's.
    Case("project/suggest-reads-the-project", ("--project", "../project", "glossary", "suggest"),
         cwd="outside", expect="ok", verify=lambda _project, out: None if "- id: " in out
         else "no proposed entry"),
    Case("suggest/write-appends-to-a-glossary-file",
         ("glossary", "suggest", "--write", "glossary/places.yaml", ART), expect="ok",
         verify=lambda project, _out: None if "- id: aghdam" in
         (project / "glossary/places.yaml").read_text("utf-8") else "places.yaml lost entries"),
)  # fmt: skip

#: The run indexes are a cache: a folder in their place is worked around, not an error.
INDEX_CASES: tuple[Case, ...] = (
    Case("run/language-index-is-a-folder", (*RUN, "--lang", "ru"),
         both(remove_if_there("locales/ru/.news-translate-cache.sqlite"),
              folder("locales/ru/.news-translate-cache.sqlite")), expect="ok"),
    Case("run/article-index-is-a-folder", (*RUN, "--lang", "ru"),
         both(remove_if_there("locales/.news-translate-cache.sqlite"),
              folder("locales/.news-translate-cache.sqlite")), expect="ok"),
)  # fmt: skip


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_hostile_input_is_one_line_and_exit_2(case: Case, tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path)
    assert not outcome.problems, f"{outcome.problems}\nstderr: {outcome.stderr}"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in OK_CASES])
def test_what_must_keep_working(case: Case, tmp_path: Path) -> None:
    outcome = run_case(case, tmp_path)
    assert not outcome.problems, f"{outcome.problems}\nstderr: {outcome.stderr}"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in INDEX_CASES])
def test_a_run_index_in_the_way_costs_speed_not_the_run(case: Case, tmp_path: Path) -> None:
    """Both indexes as folders made `run` die in sqlite3.connect; now the run works without
    them and writes what it writes with them (the repository's locales, unchanged)."""
    outcome = run_case(case, tmp_path)
    assert not outcome.problems, outcome.stderr
    assert snapshot(tmp_path / "project/locales/ru") == snapshot(ROOT / "locales/ru")
    outcome = run_case(case, tmp_path / "again")  # and a second run, with the folder still there
    assert not outcome.problems, outcome.stderr


@pytest.mark.parametrize("folder_name", ["corpus", "glossary"])
def test_check_of_the_corpus_or_glossary_folder_is_the_whole_project(
    folder_name: str, tmp_path: Path
) -> None:
    """``check corpus/`` looked for PO files in the corpus, found none, and passed with a
    translation missing; now it checks what ``check`` with no path checks."""
    project = build_sandbox(tmp_path)
    (project / "locales/ru" / f"{ARTICLE}.po").unlink()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        named = CliRunner().invoke(app, ["check", "--format", "json", folder_name])
        whole = CliRunner().invoke(app, ["check", "--format", "json"])
    assert named.exit_code == whole.exit_code == 1
    assert named.stdout == whole.stdout
    assert f"locales/ru/{ARTICLE}.po" in named.stdout and "sync.missing-file" in named.stdout


@pytest.mark.parametrize(
    "line", ["threads = -5", 'langauges = ["es"]', 'languages = ["en", "ru"]', "beam-size = 2.5"]
)
def test_a_bad_configuration_value_names_its_line(line: str, tmp_path: Path) -> None:
    """tomllib gives no positions, so errors named pyproject.toml without the line."""
    at = (ROOT / "pyproject.toml").read_text("utf-8").splitlines().index("[tool.news-translate]")
    case = Case("config", ("stats",), config_key(line), mentions=(f"pyproject.toml:{at + 2}:",))
    outcome = run_case(case, tmp_path)
    assert not outcome.problems, f"{outcome.problems}\nstderr: {outcome.stderr}"


def test_a_finding_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    """A form holding a newline printed its finding over two lines, which breaks every tool
    that reads one finding per line; `glossary.hidden-character` exists to report such forms."""
    case = Case("glossary/validate", ("glossary", "validate"), write("glossary/x.yaml",
                CONTROL_ENTRY), expect="ok")  # fmt: skip
    project = build_sandbox(tmp_path)
    assert case.setup is not None
    case.setup(project)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        result = CliRunner().invoke(app, ["glossary", "validate"])
    assert result.exit_code == 1
    hidden = [line for line in result.stdout.splitlines() if "hidden-character" in line]
    assert [line.split(" [")[-1] for line in hidden] == [
        "zz: a\\x00b\\x1b → -]",
        "zz: x\\x0ay → -]",
    ]
    assert all(line.startswith("glossary/x.yaml:1: error: ") for line in result.stdout.splitlines())


def test_junit_and_github_output_hold_no_raw_control_character(tmp_path: Path) -> None:
    """JUnit XML with a NUL or an ESC in a finding was no XML; GitHub annotations carried the
    ESC to the log a terminal shows."""
    project = build_sandbox(tmp_path)
    (project / "glossary/x.yaml").write_text(CONTROL_ENTRY, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        junit = CliRunner().invoke(app, ["check", "--format", "junit", ART])
        github = CliRunner().invoke(app, ["check", "--format", "github", ART])
    assert junit.exit_code == github.exit_code == 1
    root = ET.fromstring(junit.stdout)
    failures = "".join(node.text or "" for node in root.iter("failure"))
    assert "'a\\x00b\\x1b' contains U+0000" in failures
    hidden = [line for line in github.stdout.splitlines() if "hidden-character" in line]
    assert len(hidden) == 2
    assert not any(char in line for line in hidden for char in "\x00\x1b")
    assert "[zz: x%0Ay → -]" in hidden[1]


def test_a_long_po_string_is_read_in_memory_of_its_size() -> None:
    """The quoted-string check kept backtracking state for each character of a string: a
    msgstr of 10 MB took 1.3 GB and 0.8 s to read, now 74 MB and 0.1 s."""
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "Baku."\nmsgstr "{"x" * 2_000_000}\\"x"\n'
    )
    tracemalloc.start()
    try:
        catalog = parse_catalog(text, "long.po")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert catalog[0].msgstr == "x" * 2_000_000 + '"x'
    assert peak < 40 * 2**20, f"{peak / 2**20:.0f} MiB"


def _unwrap_steps(lines: int) -> int:
    """Lines of `translate.text.unwrap` run to unwrap a block of *lines* sentences."""
    block = [Line(n, f"Sentence number {n} is here.") for n in range(1, lines + 1)]
    steps = 0

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal steps
        if frame.f_code.co_filename == unwrap_module.__file__:
            steps += event == "line"
            return trace
        return None

    previous = sys.gettrace()  # coverage's, when it runs: given back after
    sys.settrace(trace)
    try:
        (paragraph,) = unwrap_module.unwrap(block)
    finally:
        sys.settrace(previous)
    assert paragraph.text.endswith(f"{lines} is here.")
    return steps


def test_unwrapping_costs_the_lines_once() -> None:
    """Each line measured the widest of the paragraph so far again: 40,000 lines without a
    blank one took 39 s before the paragraph limit could refuse them, now 0.85 s."""
    assert _unwrap_steps(2000) < 2.2 * _unwrap_steps(1000)


def test_the_long_paragraph_is_over_the_limit_in_short_sentences() -> None:
    assert len(LONG_PARAGRAPH.strip()) > MAX_PARAGRAPH
    assert len(sentence_of(MAX_SENTENCE + 1)) == MAX_SENTENCE + 1


def test_a_sentence_at_the_limit_is_translated(tmp_path: Path) -> None:
    text = f"A title\n\n{sentence_of(MAX_SENTENCE)}\n"
    case = Case("run/sentence-at-the-limit", (*RUN, "--lang", "ru", "corpus/l.txt"),
                write("corpus/l.txt", text), expect="ok")  # fmt: skip
    outcome = run_case(case, tmp_path)
    assert not outcome.problems, outcome.stderr
    catalog = polib.pofile(str(tmp_path / "project/locales/ru/l.po"))
    assert [len(entry.msgid) for entry in catalog] == [len("A title"), MAX_SENTENCE]


class CountingCatalog(list[polib.POEntry]):
    """A catalog's entries, counting how often they are read through."""

    scans = 0

    def __iter__(self) -> Iterator[polib.POEntry]:
        self.scans += 1
        return super().__iter__()


def test_drafts_look_the_old_catalog_up_once_not_once_per_sentence() -> None:
    """Scanning the old catalog per unit made a 10,000-sentence article cost 10 s in this step
    alone, and an 18 MB article hours; the answers are those of `with_draft`, unit by unit."""
    old = CountingCatalog()
    old.append(polib.POEntry(msgid="One.", msgstr="Uno.", flags=["fuzzy"],
                             comment="machine draft: apertium"))  # fmt: skip
    old.append(polib.POEntry(msgid="Two.", msgstr="Dos.", obsolete=True))
    old.append(polib.POEntry(msgid="Two.", msgstr="Dos!", flags=["fuzzy"],
                             comment="problem: x"))  # fmt: skip
    old.append(polib.POEntry(msgid="One.", msgctxt="menu", msgstr="Uno", flags=["fuzzy"],
                             comment="machine draft: y"))  # fmt: skip
    texts = ("One.", "Two.", "Three.", *map(str, range(500)))
    units = [Unit(msgid=text, references=(), comments=()) for text in texts]
    found = with_drafts(units, {}, "apertium", old)
    assert old.scans == 1
    assert found == [with_draft(unit, {}, "apertium", old) for unit in units]
    assert found[0].comments == ("machine draft: apertium",)
    assert found[1] == units[1]  # the reviewed #~ twin wins: no draft comments come back
    assert found[2] == units[2]


def test_ctrl_c_is_one_line_and_exit_130(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Typer turned Ctrl-C into exit 130 without a word; the run now says what it left."""
    import translate.pipeline

    def interrupted(*_args: object, **_kwargs: object) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(translate.pipeline, "run_plan", interrupted)
    result = CliRunner().invoke(app, ["run", "--engine", "none", "--lang", "ru"])
    assert result.exit_code == 130
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "news-translate: interrupted: every file written is complete, the rest are as they "
        "were (run the command again to finish)"
    ]
    assert not list((project / "locales").rglob("*.po"))

"""Hostile inputs for every command, as a table: what to break, what to run, what must happen.

Each case runs the real CLI in-process (typer's CliRunner) on a fresh sandbox::

    sandbox/project/   a copy of this repository's corpus, glossary, locales and pyproject.toml
    sandbox/outside/   a folder outside any project (cwd for the "outside a project" cases)

An ``error`` case passes when the command exits 2, prints exactly one line on stderr
(``news-translate: error: ...``) naming what the case says it must name, prints nothing on
stdout, and leaves every file of the sandbox (hidden ones included) as it was. An ``ok`` case
passes when the command exits 0 and its own check holds. Used by tests/test_hostile_inputs.py
and bench/hostile_inputs.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from conftest import ROOT
from typer.testing import CliRunner

from translate.cli.app import app

__all__ = ["CASES", "Case", "build_sandbox", "run_case", "snapshot"]

ARTICLE = "004_bb24bbf64c3ddef7"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Setup = Callable[[Path], None]
Verify = Callable[[Path, str], str | None]


@dataclass(frozen=True)
class Case:
    """One hostile input: *setup* breaks the sandbox, *args* run the CLI, *expect* the outcome."""

    id: str
    args: tuple[str, ...]
    setup: Setup | None = None
    expect: str = "error"
    #: substrings the error line must contain (the file or option, and the fix)
    mentions: tuple[str, ...] = ()
    #: the working directory, relative to the sandbox
    cwd: str = "project"
    env: Mapping[str, str] = field(default_factory=dict)
    #: for ``ok`` cases: a problem found in (project folder, stdout), or None
    verify: Verify | None = None
    #: why the case cannot run here, or "" when it can
    skip: str = ""
    #: undoes what *setup* did that would stop the sandbox from being deleted
    cleanup: Setup | None = None


# --- sandbox ----------------------------------------------------------------------------------


def build_sandbox(sandbox: Path) -> Path:
    """A project copy in *sandbox*/project and an empty *sandbox*/outside; the project folder."""
    project = sandbox / "project"
    for name in ("corpus", "glossary", "locales"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns(".*"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    (sandbox / "outside").mkdir()
    return project


def snapshot(folder: Path) -> dict[str, tuple[str, bytes | str, int]]:
    """Every entry below *folder*, hidden ones too: kind, content (or link target), mode."""
    found: dict[str, tuple[str, bytes | str, int]] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            info = path.lstat()
            key = str(path.relative_to(folder))
            if stat.S_ISLNK(info.st_mode):
                found[key] = ("link", os.readlink(path), 0)
            elif stat.S_ISDIR(info.st_mode):
                found[key] = ("dir", b"", stat.S_IMODE(info.st_mode))
            elif stat.S_ISREG(info.st_mode):
                found[key] = ("file", path.read_bytes(), stat.S_IMODE(info.st_mode))
            else:
                found[key] = ("special", b"", stat.S_IMODE(info.st_mode))
    return found


SECONDS_PER_CASE = 30


class Hang(Exception):
    """The command did not finish within `SECONDS_PER_CASE`."""


def _hang(_signum: int, _frame: FrameType | None) -> None:
    raise Hang(f"no answer after {SECONDS_PER_CASE} s")


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    problems: tuple[str, ...]


def run_case(case: Case, sandbox: Path) -> Outcome:
    """Build the sandbox, break it, run the command, and list what went wrong."""
    project = build_sandbox(sandbox)
    if case.setup:
        case.setup(project)
    before = snapshot(sandbox)
    env = {
        "ARGOS_PACKAGES_DIR": str(sandbox / "argos-packages"),
        "ARGOS_PACKAGE_INDEX": "http://127.0.0.1:9",  # nothing listens: offline
        "NEWS_TRANSLATE_PROJECT": "",
        **{key: value.format(sandbox=sandbox) for key, value in case.env.items()},
    }
    args = [arg.format(sandbox=sandbox) for arg in case.args]
    previous = Path.cwd()
    os.chdir(sandbox / case.cwd)
    # A FIFO read where a file is expected blocks for ever: turn a hang into a failure.
    signal.signal(signal.SIGALRM, _hang)
    signal.alarm(SECONDS_PER_CASE)
    try:
        result = CliRunner().invoke(app, args, env=env)
    finally:
        signal.alarm(0)
        os.chdir(previous)
        if case.cleanup:
            case.cleanup(project)
    after = snapshot(sandbox)
    problems: list[str] = []
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        problems.append(f"traceback: {type(result.exception).__name__}: {result.exception}")
    if case.expect == "ok":
        if result.exit_code != 0:
            problems.append(f"exit {result.exit_code}, expected 0: {result.stderr.strip()!r}")
        elif case.verify and (problem := case.verify(project, result.stdout)):
            problems.append(problem)
        return Outcome(result.exit_code, result.stdout, result.stderr, tuple(problems))
    lines = result.stderr.splitlines()
    if result.exit_code != 2:
        problems.append(f"exit {result.exit_code}, expected 2")
    if len(lines) != 1:
        problems.append(f"{len(lines)} lines on stderr, expected 1")
    elif not lines[0].startswith("news-translate: error: "):
        problems.append(f"stderr is not an error line: {lines[0][:80]!r}")
    missing = [text for text in case.mentions if text not in result.stderr]
    if missing:
        problems.append(f"error does not mention {missing}")
    if result.stdout:
        problems.append(f"printed on stdout: {result.stdout[:60]!r}")
    if before != after:
        changed = sorted(key for key in {*before, *after} if before.get(key) != after.get(key))
        problems.append(f"wrote {changed[:3]}")
    return Outcome(result.exit_code, result.stdout, result.stderr, tuple(problems))


# --- ways to break the sandbox ----------------------------------------------------------------


def write(relative: str, data: bytes | str) -> Setup:
    def setup(project: Path) -> None:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)

    return setup


def remove(relative: str) -> Setup:
    def setup(project: Path) -> None:
        path = project / relative
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()

    return setup


def replace_with_file(relative: str) -> Setup:
    return both(remove(relative), write(relative, "not a folder\n"))


def replace_with_folder(relative: str) -> Setup:
    def setup(project: Path) -> None:
        remove(relative)(project)
        (project / relative).mkdir()

    return setup


def both(*steps: Setup) -> Setup:
    def setup(project: Path) -> None:
        for step in steps:
            step(project)

    return setup


def config(lines: str) -> Setup:
    """Replace ``[tool.news-translate]`` (and its engines table) with *lines*."""

    def setup(project: Path) -> None:
        path = project / "pyproject.toml"
        text = path.read_text(encoding="utf-8")
        start = text.index("[tool.news-translate]")
        end = text.index("[tool.pytest.ini_options]")
        sandbox = project.parent
        body = lines.format(sandbox=sandbox)
        path.write_text(text[:start] + body + "\n\n" + text[end:], encoding="utf-8")

    return setup


def config_key(line: str) -> Setup:
    """Add *line* at the top of ``[tool.news-translate]``, replacing a key of the same name."""

    def setup(project: Path) -> None:
        path = project / "pyproject.toml"
        line_here = line.format(sandbox=project.parent)
        key = line.split("=")[0].strip()
        kept = [
            old
            for old in path.read_text(encoding="utf-8").splitlines()
            if old.split("=")[0].strip() != key
        ]
        at = kept.index("[tool.news-translate]") + 1
        path.write_text("\n".join([*kept[:at], line_here, *kept[at:]]) + "\n", encoding="utf-8")

    return setup


def symlink(relative: str, target: str) -> Setup:
    def setup(project: Path) -> None:
        goal = project.parent / target
        goal.parent.mkdir(parents=True, exist_ok=True)
        goal.write_text("A secret outside the corpus.\n", encoding="utf-8")
        (project / relative).symlink_to(goal)

    return setup


def read_only(relative: str) -> Setup:
    """Make a folder unwritable: ``chmod`` for users, ``chattr +i`` for root, whom modes ignore."""

    def setup(project: Path) -> None:
        if IS_ROOT:
            subprocess.run(["chattr", "+i", str(project / relative)], check=True)
            return
        for path in [project / relative, *(project / relative).rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)

    return setup


def writable(relative: str) -> Setup:
    """Undo `read_only`, so that the sandbox can be deleted."""

    def setup(project: Path) -> None:
        if IS_ROOT:
            subprocess.run(["chattr", "-i", str(project / relative)], check=True)
            return
        for path in [project / relative, *(project / relative).rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)

    return setup


def fifo(relative: str) -> Setup:
    def setup(project: Path) -> None:
        os.mkfifo(project / relative)

    return setup


def wrote(relative: str, *, absent: Sequence[str] = ()) -> Verify:
    def verify(project: Path, _stdout: str) -> str | None:
        if not (project / relative).exists():
            return f"{relative} was not written"
        for name in absent:
            if (project / name).exists():
                return f"{name} was written"
        return None

    return verify


def rows(count: int) -> Verify:
    def verify(_project: Path, stdout: str) -> str | None:
        found = len(stdout.strip().splitlines()) - 1
        return None if found == count else f"{found} rows in the table, expected {count}"

    return verify


NFC_NAME = unicodedata.normalize("NFC", "café") + ".txt"
NFD_NAME = unicodedata.normalize("NFD", "café") + ".txt"
TEXT = "Khojaly is free.\n\nThe town was rebuilt.\n"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + "]>\n<tbx><text><body>&lol9;</body></text></tbx>\n"
).replace("&lol0;", "&lol;")
PO_BROKEN = 'msgid "a"\nmsgstr "b"\nmsgid \n'
RUN = ("run", "--engine", "none")
ART = f"corpus/{ARTICLE}.txt"
# Root ignores file modes; an immutable folder (chattr +i) stops it, where chattr works.
CANNOT_LOCK = (
    "root, and no chattr to make a folder immutable"
    if (IS_ROOT and not shutil.which("chattr"))
    else ""
)

CASES: tuple[Case, ...] = (
    # --- run: where PO files go --------------------------------------------------------------
    Case("run/locales-is-a-file", (*RUN, "--lang", "ru"), replace_with_file("locales"),
         mentions=("locales", "folder")),
    Case("run/locales-lang-is-a-file", (*RUN, "--lang", "ru"), replace_with_file("locales/ru"),
         mentions=("locales/ru", "folder")),
    Case("run/locales-read-only", (*RUN, "--lang", "ru"),
         both(remove("locales/ru"), read_only("locales")), mentions=("locales", "writable"),
         skip=CANNOT_LOCK, cleanup=writable("locales")),
    Case("run/locales-lang-read-only", (*RUN, "--lang", "ru"), read_only("locales/ru"),
         mentions=("locales/ru", "writable"), skip=CANNOT_LOCK, cleanup=writable("locales/ru")),
    Case("run/locales-absolute-outside", (*RUN, "--lang", "ru"),
         config_key('locales = "{sandbox}/outside/locales"'),
         mentions=("pyproject.toml", "locales")),
    Case("run/locales-dotdot-outside", (*RUN, "--lang", "ru"),
         config_key('locales = "../elsewhere"'), mentions=("pyproject.toml", "locales")),
    Case("run/corpus-absolute-outside", (*RUN, "--lang", "ru"),
         config_key('corpus = "/tmp"'), mentions=("pyproject.toml", "corpus")),
    Case("run/po-file-is-a-folder", (*RUN, "--lang", "ru"),
         replace_with_folder(f"locales/ru/{ARTICLE}.po"), mentions=(f"{ARTICLE}.po",)),
    # --- run: which articles ------------------------------------------------------------------
    Case("run/article-symlink-out-of-corpus", (*RUN, "--lang", "ru", "corpus/evil.txt"),
         symlink("corpus/evil.txt", "outside/secret.txt"), mentions=("corpus/evil.txt",)),
    Case("run/corpus-symlink-out-of-corpus", (*RUN, "--lang", "ru"),
         symlink("corpus/evil.txt", "outside/secret.txt"), mentions=("evil.txt", "corpus")),
    Case("run/article-outside-corpus", (*RUN, "--lang", "ru", "other/a.txt"),
         write("other/a.txt", TEXT), mentions=("other/a.txt", "corpus")),
    Case("run/same-stem-twice", (*RUN, "--lang", "ru", "corpus/a.txt", "other/a.txt"),
         both(write("corpus/a.txt", TEXT), write("other/a.txt", TEXT)),
         mentions=("corpus/a.txt", "other/a.txt")),
    Case("run/same-name-after-nfc", (*RUN, "--lang", "ru"),
         both(write(f"corpus/{NFC_NAME}", TEXT), write(f"corpus/{NFD_NAME}", TEXT)),
         mentions=("NFC",)),
    Case("run/same-file-twice-is-one", (*RUN, "--lang", "ru", ART, f"./{ART}"), expect="ok",
         verify=wrote(f"locales/ru/{ARTICLE}.po")),
    Case("run/article-not-txt", (*RUN, "--lang", "ru", "corpus/notes.md"),
         write("corpus/notes.md", TEXT), mentions=("corpus/notes.md", ".txt")),
    Case("run/article-in-subfolder", (*RUN, "--lang", "ru", "corpus/sub/a.txt"),
         write("corpus/sub/a.txt", TEXT), mentions=("corpus/sub/a.txt", "corpus")),
    Case("run/article-name-with-newline", (*RUN, "--lang", "ru"),
         write("corpus/a\nb.txt", TEXT), mentions=("file name",)),
    Case("run/article-name-with-space", (*RUN, "--lang", "ru", "corpus/a b.txt"),
         write("corpus/a b.txt", TEXT), mentions=("file name",)),
    Case("run/article-missing", (*RUN, "--lang", "ru", "corpus/none.txt"),
         mentions=("corpus/none.txt", "no such file")),
    Case("run/article-is-a-folder", (*RUN, "--lang", "ru", "corpus"), mentions=("corpus",)),
    Case("run/article-empty", (*RUN, "--lang", "ru", "corpus/e.txt"), write("corpus/e.txt", ""),
         mentions=("corpus/e.txt",)),
    Case("run/article-whitespace", (*RUN, "--lang", "ru", "corpus/e.txt"),
         write("corpus/e.txt", " \n\t\n  \n"), mentions=("corpus/e.txt",)),
    Case("run/article-binary", (*RUN, "--lang", "ru", "corpus/b.txt"),
         write("corpus/b.txt", b"PK\x03\x04\x00\x00binary"), mentions=("corpus/b.txt", "binary")),
    Case("run/article-utf16", (*RUN, "--lang", "ru", "corpus/u.txt"),
         write("corpus/u.txt", TEXT.encode("utf-16")), mentions=("corpus/u.txt", "UTF-8")),
    Case("run/article-latin1", (*RUN, "--lang", "ru", "corpus/l.txt"),
         write("corpus/l.txt", "Caf\xe9 in Baku.\n".encode("latin-1")),
         mentions=("corpus/l.txt", "UTF-8")),
    Case("run/article-bad-date", (*RUN, "--lang", "ru", "corpus/d.txt"),
         write("corpus/d.txt", " date 2024-13-45 Text.\n\nMore text.\n"),
         mentions=("corpus/d.txt",)),
    Case("run/article-fifo", (*RUN, "--lang", "ru", "corpus/f.txt"), fifo("corpus/f.txt"),
         mentions=("corpus/f.txt", "regular file")),
    Case("run/corpus-missing", (*RUN, "--lang", "ru"), remove("corpus"), mentions=("corpus",)),
    Case("run/corpus-is-a-file", (*RUN, "--lang", "ru"), replace_with_file("corpus"),
         mentions=("corpus",)),
    Case("run/corpus-empty", (*RUN, "--lang", "ru"), replace_with_folder("corpus"),
         mentions=("corpus", "no articles")),
    Case("run/glossary-missing", (*RUN, "--lang", "ru"), remove("glossary"),
         mentions=("glossary",)),
    Case("run/glossary-broken-yaml", (*RUN, "--lang", "ru"),
         write("glossary/places.yaml", "- id: [unclosed\n"), mentions=("places.yaml",)),
    Case("run/glossary-binary", (*RUN, "--lang", "ru"),
         write("glossary/places.yaml", b"\xff\xfe\x00b\x00i\x00n"), mentions=("places.yaml",)),
    # --- run: languages ---------------------------------------------------------------------
    Case("run/lang-upper-case-is-normalised", (*RUN, "--lang", "ES"), expect="ok",
         verify=wrote(f"locales/es/{ARTICLE}.po", absent=("locales/ES",))),
    Case("run/lang-twice-is-once", (*RUN, "--lang", "es,es"), expect="ok", verify=rows(1)),
    Case("run/lang-not-configured", (*RUN, "--lang", "it"), mentions=("'it'", "languages")),
    Case("run/lang-unknown", (*RUN, "--lang", "xx"), mentions=("'xx'",)),
    Case("run/lang-empty", (*RUN, "--lang", ""), mentions=("--lang",)),
    Case("run/lang-only-commas", (*RUN, "--lang", ",,"), mentions=("--lang",)),
    Case("run/lang-region-not-configured", (*RUN, "--lang", "es-ES"), mentions=("es_ES",)),
    Case("run/lang-with-newline", (*RUN, "--lang", "es\nru"), mentions=("--lang",)),
    # --- run: options -------------------------------------------------------------------------
    Case("run/jobs-zero", (*RUN, "--jobs", "0"), mentions=("--jobs",)),
    Case("run/jobs-not-a-number", (*RUN, "--jobs", "many"), mentions=("--jobs",)),
    Case("run/jobs-huge-is-capped", (*RUN, "--lang", "az,ru", "--jobs", "100000000"),
         expect="ok", verify=rows(2)),
    Case("run/beam-size-zero", (*RUN, "--beam-size", "0"), mentions=("--beam-size",)),
    Case("run/threads-negative", (*RUN, "--threads", "-1"), mentions=("--threads",)),
    Case("run/engine-unknown", ("run", "--engine", "deepl"), mentions=("--engine",)),
    Case("run/engine-without-pair", ("run", "--engine", "apertium", "--lang", "ru"),
         mentions=("apertium",)),
    Case("run/unknown-option", (*RUN, "--bogus"), mentions=("--bogus",)),
    # --- configuration --------------------------------------------------------------------
    Case("config/invalid-toml", (*RUN, "--lang", "ru"), write("pyproject.toml",
         "[tool.news-translate]\nlanguages = [\n"), mentions=("pyproject.toml", "TOML")),
    Case("config/languages-a-string", (*RUN,), config_key('languages = "es"'),
         mentions=("pyproject.toml", "languages")),
    Case("config/languages-empty", (*RUN,), config_key("languages = []"),
         mentions=("pyproject.toml", "languages")),
    Case("config/languages-unknown-code", (*RUN,), config_key('languages = ["es", "xx"]'),
         mentions=("pyproject.toml", "'xx'")),
    Case("config/languages-twice", (*RUN,), config_key('languages = ["es", "es"]'),
         mentions=("pyproject.toml", "'es'")),
    Case("config/source-language-unknown", (*RUN, "--lang", "ru"),
         config_key('source-language = "english"'), mentions=("pyproject.toml", "english")),
    Case("config/unknown-key", (*RUN, "--lang", "ru"), config_key('langauges = ["es"]'),
         mentions=("pyproject.toml", "langauges")),
    Case("config/beam-size-a-string", (*RUN, "--lang", "ru"), config_key('beam-size = "2"'),
         mentions=("pyproject.toml", "beam-size")),
    Case("config/threads-nan", (*RUN, "--lang", "ru"), config_key("threads = nan"),
         mentions=("pyproject.toml", "threads")),
    Case("config/timeout-infinite", (*RUN, "--lang", "ru"), config_key("apertium-timeout = inf"),
         mentions=("pyproject.toml", "apertium-timeout")),
    Case("config/engine-unknown", (*RUN, "--lang", "ru"),
         config("[tool.news-translate]\n[tool.news-translate.engines]\ndefault = \"deepl\""),
         mentions=("pyproject.toml", "deepl")),
    Case("config/engines-not-a-table", (*RUN, "--lang", "ru"),
         config('[tool.news-translate]\nengines = "apertium"'), mentions=("pyproject.toml",)),
    Case("config/section-not-a-table", (*RUN, "--lang", "ru"),
         config('[tool]\nnews-translate = 5'), mentions=("pyproject.toml",)),
    Case("config/boilerplate-not-a-list", (*RUN, "--lang", "ru"),
         config_key('boilerplate = "Read more"'), mentions=("pyproject.toml", "boilerplate")),
    Case("config/corpus-empty-string", (*RUN, "--lang", "ru"), config_key('corpus = ""'),
         mentions=("pyproject.toml", "corpus")),
    Case("config/project-id-with-newline", (*RUN, "--lang", "ru"),
         config_key('project-id = "a\\nb"'), mentions=("pyproject.toml", "project-id")),
    Case("config/not-utf8", (*RUN, "--lang", "ru"),
         write("pyproject.toml", b"[tool.news-translate]\nproject-id = \"caf\xe9\"\n"),
         mentions=("pyproject.toml",)),
    # --- where the project is -------------------------------------------------------------
    Case("project/outside-a-project", (*RUN, "--lang", "ru"), cwd="outside",
         mentions=("pyproject.toml", "--project")),
    Case("project/outside-stats", ("stats",), cwd="outside", mentions=("--project",)),
    Case("project/outside-check", ("check",), cwd="outside", mentions=("--project",)),
    Case("project/option-points-at-it", ("--project", "../project", *RUN, "--lang", "ru"),
         cwd="outside", expect="ok", verify=wrote(f"locales/ru/{ARTICLE}.po")),
    Case("project/env-points-at-it", (*RUN, "--lang", "ru"), cwd="outside",
         env={"NEWS_TRANSLATE_PROJECT": "{sandbox}/project"}, expect="ok",
         verify=wrote(f"locales/ru/{ARTICLE}.po")),
    Case("project/option-missing-folder", ("--project", "/nonexistent", "stats"),
         mentions=("--project", "/nonexistent")),
    Case("project/option-not-a-project", ("--project", ".", "stats"), cwd="outside",
         mentions=("--project", "pyproject.toml")),
    # --- assemble -----------------------------------------------------------------------------
    Case("assemble/two-languages", ("assemble", ART, "--lang", "ru,es"), mentions=("--lang",)),
    Case("assemble/no-lang", ("assemble", ART), mentions=("--lang",)),
    Case("assemble/missing-article", ("assemble", "corpus/none.txt", "--lang", "ru"),
         mentions=("corpus/none.txt",)),
    Case("assemble/no-po-file", ("assemble", ART, "--lang", "ru"), remove("locales/ru"),
         mentions=(f"{ARTICLE}.po", "news-translate run")),
    Case("assemble/broken-po", ("assemble", ART, "--lang", "ru"),
         write(f"locales/ru/{ARTICLE}.po", PO_BROKEN), mentions=(f"{ARTICLE}.po",)),
    Case("assemble/binary-article", ("assemble", "corpus/b.txt", "--lang", "ru"),
         write("corpus/b.txt", b"\x00\x01\x02"), mentions=("corpus/b.txt",)),
    Case("assemble/lang-not-configured", ("assemble", ART, "--lang", "it"), mentions=("'it'",)),
    # --- stats ------------------------------------------------------------------------------
    Case("stats/region-without-folder", ("stats", "--lang", "es_ES"), mentions=("es_ES",)),
    Case("stats/configured-without-folder", ("stats", "--lang", "ru"), remove("locales/ru"),
         mentions=("locales/ru", "news-translate run")),
    Case("stats/lang-unknown", ("stats", "--lang", "qq"), mentions=("'qq'",)),
    Case("stats/format-unknown", ("stats", "--format", "xml"), mentions=("--format",)),
    Case("stats/broken-po", ("stats", "--lang", "ru"), write(f"locales/ru/{ARTICLE}.po",
         PO_BROKEN), mentions=(f"{ARTICLE}.po",)),
    Case("stats/locales-is-a-file", ("stats",), replace_with_file("locales"),
         mentions=("locales",)),
    Case("stats/lang-upper-case-is-normalised", ("stats", "--lang", "RU"), expect="ok"),
    # --- engines ------------------------------------------------------------------------------
    Case("engines/lang-unknown", ("engines", "--lang", "qq"), mentions=("'qq'",)),
    Case("engines/lang-not-configured", ("engines", "--lang", "it"), mentions=("'it'",)),
    Case("engines/extra-argument", ("engines", "everything"), mentions=("everything",)),
    # --- check ----------------------------------------------------------------------------
    Case("check/missing-path", ("check", "locales/xx"), mentions=("locales/xx",)),
    Case("check/binary-po", ("check", "locales/ru/b.po"), write("locales/ru/b.po", b"\x00\xff"),
         mentions=("b.po",)),
    Case("check/utf16-po", ("check", "locales/ru/u.po"),
         write("locales/ru/u.po", 'msgid ""\nmsgstr ""\n'.encode("utf-16")), mentions=("u.po",)),
    Case("check/not-a-po-file", ("check", "pyproject.toml"), mentions=("pyproject.toml", ".po")),
    Case("check/fifo-po", ("check", "locales/ru/f.po"), fifo("locales/ru/f.po"),
         mentions=("f.po", "regular file")),
    Case("check/path-outside-project", ("check", "{sandbox}/outside"), mentions=("outside",)),
    Case("stats/fifo-po", ("stats", "--lang", "ru"), fifo("locales/ru/f.po"),
         mentions=("f.po", "regular file")),
    Case("run/fifo-po-of-another-article", (*RUN, "--lang", "ru", ART), fifo("locales/ru/f.po"),
         expect="ok", verify=wrote(f"locales/ru/{ARTICLE}.po")),
    Case("glossary/validate-fifo-yaml", ("glossary", "validate"), fifo("glossary/f.yaml"),
         mentions=("f.yaml", "regular file")),
    Case("check/format-unknown", ("check", "--format", "sarif"), mentions=("--format",)),
    Case("check/lang-unknown", ("check", "--lang", "qq"), mentions=("'qq'",)),
    Case("check/lang-not-configured", ("check", "--lang", "it"), mentions=("'it'",)),
    # --- glossary -----------------------------------------------------------------------------
    Case("glossary/validate-missing-folder", ("glossary", "validate", "--glossary", "nowhere"),
         mentions=("nowhere",)),
    Case("glossary/validate-file-as-folder",
         ("glossary", "validate", "--glossary", "pyproject.toml"), mentions=("--glossary",)),
    Case("glossary/validate-empty-folder", ("glossary", "validate", "--glossary", "corpus"),
         mentions=("corpus", "yaml")),
    Case("glossary/validate-lang-unknown", ("glossary", "validate", "--lang", "qq"),
         mentions=("'qq'",)),
    Case("glossary/export-csv-two-languages", ("glossary", "export", "--format", "csv",
         "--lang", "ru,tr"), mentions=("--lang",)),
    Case("glossary/export-format-unknown", ("glossary", "export", "--format", "xlsx"),
         mentions=("--format",)),
    Case("glossary/export-output-is-a-folder", ("glossary", "export", "-o", "corpus"),
         mentions=("corpus",)),
    Case("glossary/import-nonexistent", ("glossary", "import", "/nonexistent.tbx"),
         mentions=("/nonexistent.tbx",)),
    Case("glossary/import-folder", ("glossary", "import", "corpus"), mentions=("corpus",)),
    Case("glossary/import-empty", ("glossary", "import", "e.tbx"), write("e.tbx", ""),
         mentions=("e.tbx",)),
    Case("glossary/import-binary", ("glossary", "import", "b.tbx"), write("b.tbx", b"\x00\xff"),
         mentions=("b.tbx",)),
    Case("glossary/import-latin1", ("glossary", "import", "l.tbx"),
         write("l.tbx", b"<tbx>caf\xe9</tbx>"), mentions=("l.tbx",)),
    Case("glossary/import-not-tbx", ("glossary", "import", "x.tbx"),
         write("x.tbx", "<html><body/></html>"), mentions=("x.tbx",)),
    Case("glossary/import-entity-bomb", ("glossary", "import", "bomb.tbx"),
         write("bomb.tbx", BILLION_LAUGHS), mentions=("bomb.tbx",)),
    Case("glossary/import-output-is-a-file", ("glossary", "import", "g.tbx", "-o",
         "pyproject.toml"), write("g.tbx", "<tbx/>"), mentions=("--output",)),
    Case("glossary/lookup-empty-term", ("glossary", "lookup", ""), mentions=("TERM",)),
    Case("glossary/lookup-no-term", ("glossary", "lookup"), mentions=("'term'",)),
    Case("glossary/unknown-subcommand", ("glossary", "fix"), mentions=("fix",)),
    # --- segment ----------------------------------------------------------------------------
    Case("segment/no-paths", ("segment",), mentions=("'paths'",)),
    Case("segment/folder", ("segment", "corpus"), mentions=("corpus",)),
    Case("segment/nonexistent", ("segment", "nowhere.txt"), mentions=("nowhere.txt",)),
    Case("segment/binary", ("segment", "b.txt"), write("b.txt", b"\x7fELF\x00"),
         mentions=("b.txt",)),
    Case("segment/fifo", ("segment", "f.txt"), fifo("f.txt"), mentions=("f.txt",)),
    Case("segment/format-unknown", ("segment", "--format", "yaml", ART), mentions=("--format",)),
    # --- models -------------------------------------------------------------------------------
    Case("models/install-nothing", ("models", "install"), mentions=("SOURCE TARGET",)),
    Case("models/install-one-code", ("models", "install", "en"), mentions=("TARGET",)),
    Case("models/install-upper-case-code", ("models", "install", "EN", "es"), mentions=("'EN'",)),
    Case("models/install-offline", ("models", "install", "en", "es"), mentions=("offline",)),
    Case("models/install-file-and-codes", ("models", "install", "en", "es", "--from-file",
         "m.argosmodel"), write("m.argosmodel", "x"), mentions=("--from-file",)),
    Case("models/install-missing-file", ("models", "install", "--from-file", "/nowhere.argosmodel"),
         mentions=("/nowhere.argosmodel",)),
    Case("models/install-not-a-zip", ("models", "install", "--from-file", "m.argosmodel"),
         write("m.argosmodel", "not a zip"), mentions=("m.argosmodel",)),
    Case("models/list-packages-dir-is-a-file", ("models", "list", "--packages-dir",
         "pyproject.toml"), mentions=("--packages-dir",)),
    # --- the command line itself ------------------------------------------------------------
    Case("cli/unknown-command", ("translate",), mentions=("translate",)),
    Case("cli/unknown-global-option", ("--verbose", "run"), mentions=("--verbose",)),
)  # fmt: skip

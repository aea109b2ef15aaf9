"""`news-translate check` through the command: exit codes, formats, bad input."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import polib
import pytest
import yaml
from conftest import ROOT
from typer.testing import CliRunner

from translate.check.terms import Terms
from translate.cli.app import app
from translate.glossary.yaml import load_glossary

#: Articles whose English uses no deprecated spelling, so that a filled-in tree is clean.
CLEAN_ARTICLES = ("000_ee7ec6d0624d94a0", "001_3af6d30ae5fafc79")
RU = "locales/ru/001_3af6d30ae5fafc79.po"


def invoke(root: Path, *args: str) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """Two articles run for ru and es, every msgstr filled in with the approved names."""
    shutil.copytree(ROOT / "glossary", tmp_path / "glossary")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "corpus").mkdir()
    for name in CLEAN_ARTICLES:
        shutil.copy(ROOT / "corpus" / f"{name}.txt", tmp_path / "corpus")
    code, _out, err = invoke(tmp_path, "run", "--engine", "none", "--lang", "ru,es")
    assert code == 0, err
    terms = Terms(load_glossary(tmp_path / "glossary"))
    for path in (tmp_path / "locales").rglob("*.po"):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            parts, last = [], 0
            for match in terms.source_matches(entry.msgid):
                entry_ = terms.glossary.get(match.entry)
                target = entry_.target(path.parent.name)
                if match.alternative:
                    alt = next(a for a in entry_.alternatives if a.en == match.name)
                    target = alt.target(path.parent.name)
                parts += [entry.msgid[last : match.start], target.approved if target else ""]
                last = match.end
            entry.msgstr = "".join([*parts, entry.msgid[last:]])
        catalog.save()
    return tmp_path


def break_ganja(root: Path) -> None:
    catalog = polib.pofile(str(root / RU))
    entry = next(e for e in catalog if "Ganja, Barda" in e.msgid)
    entry.msgstr = entry.msgstr.replace("Гянджа", "Ходжалы")
    catalog.save()


def test_clean_tree_exits_0(project: Path) -> None:
    code, out, _ = invoke(project, "check", "--lang", "ru,es")
    assert code == 0, out
    assert out.splitlines()[-1].startswith("0 errors, 0 warnings")


def test_findings_exit_1_with_text(project: Path) -> None:
    break_ganja(project)
    code, out, _ = invoke(project, "check", "--lang", "ru,es")
    assert code == 1
    assert any(
        line.startswith(f"{RU}:") and ": error: po.wrong-name: " in line
        and line.endswith("[ganja: Ходжалы → Гянджа]")
        for line in out.splitlines()
    )  # fmt: skip


def test_paths_argument_limits_the_files(project: Path) -> None:
    break_ganja(project)
    code, out, _ = invoke(project, "check", "locales/es", "--lang", "ru,es")
    assert code == 0, out


@pytest.mark.parametrize(
    ("fmt", "parse"),
    [
        pytest.param("json", lambda out: json.loads(out)["summary"]["error"] == 1, id="json"),
        pytest.param(
            "junit",
            lambda out: (
                ET.fromstring(out).find("testsuite[@name='po']/testcase/failure") is not None
            ),
            id="junit",
        ),
        pytest.param(
            "github",
            lambda out: any(
                line.startswith(f"::error file={RU},line=") and ",title=po.wrong-name::" in line
                for line in out.splitlines()
            ),
            id="github",
        ),
    ],
)
def test_formats(project: Path, fmt: str, parse: object) -> None:
    break_ganja(project)
    code, out, _ = invoke(project, "check", "--lang", "ru,es", "--format", fmt)
    assert code == 1
    assert callable(parse) and parse(out)


def test_broken_po_file_exits_2(project: Path) -> None:
    (project / RU).write_text('msgid "unterminated\nmsgstr ""\n', "utf-8")
    code, out, err = invoke(project, "check", "--lang", "ru,es")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err + out
    assert RU.split("/")[-1] in err


def test_broken_glossary_exits_2(project: Path) -> None:
    (project / "glossary/places.yaml").write_text("- id: x\n  kind: [\n", "utf-8")
    code, _out, err = invoke(project, "check")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "places.yaml" in err


def test_the_repository_passes_and_warnings_fail_only_when_strict(tmp_path: Path) -> None:
    """The committed tree: no errors; corpus/004's deprecated spelling is a warning."""
    for name in ("glossary", "corpus", "locales"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    code, out, _ = invoke(tmp_path, "check")
    assert code == 0, out
    assert "source.deprecated-spelling" in out
    assert out.splitlines()[-1].startswith("0 errors, 1 warning")
    code, _, _ = invoke(tmp_path, "check", "--strict")
    assert code == 1


HOOK = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))[0]


def pre_commit(root: Path, *staged: str) -> tuple[int, str, str] | None:
    """The hook as pre-commit runs it on *staged* files: those its `files` pattern selects,
    after its entry; None when it selects none (pre-commit skips the hook)."""
    selected = [path for path in staged if re.search(HOOK["files"], path)]
    if not selected:
        return None
    command = shlex.split(HOOK["entry"])
    assert command[0] == "news-translate"
    return invoke(root, *command[1:], *HOOK.get("args", []), *selected)


def checked_files(out: str) -> int:
    return int(out.splitlines()[-1].split(" in ")[1].split()[0])


def test_the_hook_is_given_the_staged_files_one_batch_at_a_time() -> None:
    assert HOOK["pass_filenames"] is True and HOOK["require_serial"] is True


#: The glossary's files, which every check looks at.
GLOSSARY_FILES = len(list((ROOT / "glossary").glob("*.yaml")))


@pytest.fixture()
def ru_es(project: Path) -> Path:
    """The project with only the languages it was run for, as pre-commit checks them all."""
    config = project / "pyproject.toml"
    text = config.read_text("utf-8").replace(
        'languages = ["az", "ru", "tr", "es", "fr", "de"]', 'languages = ["ru", "es"]'
    )
    config.write_text(text, "utf-8")
    return project


@pytest.mark.parametrize(
    ("staged", "code", "rules", "files"),
    [
        pytest.param([RU], 1, {"po.wrong-name"}, 2, id="po-file"),
        pytest.param(["locales/es/001_3af6d30ae5fafc79.po"], 0, set(), 2, id="other-po-file"),
        pytest.param(["corpus/001_3af6d30ae5fafc79.txt"], 1, {"po.wrong-name"}, 3, id="article"),
        pytest.param(["corpus/000_ee7ec6d0624d94a0.txt"], 0, set(), 3, id="other-article"),
        pytest.param(["glossary/places.yaml"], 1, {"po.wrong-name"}, 6, id="glossary-file"),
        pytest.param(["glossary/README.md", "README.md", "locales/.gitignore"], None, set(), 0,
                     id="nothing-it-checks"),
        pytest.param(["README.md", "corpus/000_ee7ec6d0624d94a0.txt", RU], 1, {"po.wrong-name"},
                     5, id="mixed"),
    ],
)  # fmt: skip
def test_the_pre_commit_hook_checks_what_the_staged_files_need(
    ru_es: Path, staged: list[str], code: int | None, rules: set[str], files: int
) -> None:
    """A PO file with its article; an article with its PO files in each language; a glossary
    file, the whole project (2 articles, 4 PO files); *files* counts those, and the glossary's
    files, which every check looks at, on top."""
    break_ganja(ru_es)
    (ru_es / "glossary/README.md").write_text("notes\n", "utf-8")
    ran = pre_commit(ru_es, *staged)
    if code is None:
        assert ran is None
        return
    assert ran is not None
    got, out, err = ran
    assert got == code, out + err
    assert {line.split(": ")[2] for line in out.splitlines()[:-1]} & {"po.wrong-name"} == rules
    assert checked_files(out) == files + GLOSSARY_FILES
    if staged[0].startswith("glossary/"):
        assert out == invoke(ru_es, "check")[1]


def test_an_article_s_missing_po_file_is_reported_when_the_article_is_staged(
    ru_es: Path,
) -> None:
    (ru_es / "locales/es/001_3af6d30ae5fafc79.po").unlink()
    ran = pre_commit(ru_es, "corpus/001_3af6d30ae5fafc79.txt")
    assert ran is not None
    code, out, _ = ran
    assert code == 1
    assert "locales/es/001_3af6d30ae5fafc79.po: error: sync.missing-file: " in out


def test_a_file_the_check_cannot_take_is_one_line_and_exit_2(project: Path) -> None:
    code, out, err = invoke(project, "check", "glossary/../pyproject.toml")
    assert code == 2 and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1 and "pyproject.toml" in err

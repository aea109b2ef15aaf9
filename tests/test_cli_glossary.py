"""``news-translate glossary`` through the real CLI: exit codes, output shapes, files written."""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from translate.cli.app import app
from translate.glossary.tbx import to_tbx
from translate.glossary.yaml import load_glossary

runner = CliRunner()

PLACES = """\
- id: ganja
  kind: place
  en: Ganja
  variants:
    - {form: Gandja, status: admitted}
  targets:
    ru:
      approved: Гянджа
      forms: [Гяндже]
    tr: {approved: Gence}

- id: khankendi
  kind: place
  en: Khankendi
  alternatives:
    - en: Stepanakert
      note: Armenian name; keep it inside quotations.
      targets:
        ru: {approved: Степанакерт}
  targets:
    ru:
      approved: Ханкенди
      deprecated: [Степанакерт]
    tr:
      approved: Hankendi
      review: needed
"""
TERMS = """\
- id: khojaly-genocide
  kind: event
  en: Khojaly genocide
  targets:
    ru: {approved: Ходжалинский геноцид}
    tr: {approved: Hocalı soykırımı}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project without pyproject.toml: defaults apply, with the glossary in ./glossary."""
    folder = tmp_path / "glossary"
    folder.mkdir()
    (folder / "places.yaml").write_text(PLACES, "utf-8")
    (folder / "terms.yaml").write_text(TERMS, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["glossary", *args])
    return result.exit_code, result.stdout, result.stderr


def test_validate_clean_exits_0(project: Path) -> None:
    code, out, err = invoke("validate", "--lang", "ru,tr")
    assert (code, out) == (0, "")
    assert err == "checked 3 glossary entries: 0 problems\n"


def test_validate_findings_exit_1_one_line_each(project: Path) -> None:
    code, out, _ = invoke("validate", "--lang", "ru,tr,de")
    assert code == 1
    assert out.splitlines() == [
        "glossary/places.yaml:1: error: glossary.missing-language: "
        "'ganja' has no target for 'de'; add targets: de",
        "glossary/places.yaml:12: error: glossary.missing-language: "
        "'khankendi' has no target for 'de'; add targets: de",
        "glossary/terms.yaml:1: error: glossary.missing-language: "
        "'khojaly-genocide' has no target for 'de'; add targets: de",
    ]


def test_validate_json_and_info(project: Path) -> None:
    code, out, _ = invoke("validate", "--lang", "ru,tr", "--format", "json", "--info")
    assert code == 0  # infos alone do not fail
    [finding] = json.loads(out)
    assert finding == {
        "path": "glossary/places.yaml",
        "line": 12,
        "rule": "glossary.review-needed",
        "severity": "info",
        "message": "'khankendi' needs review: tr",
        "term": "khankendi",
        "found": "",
        "expected": "",
    }


@pytest.mark.parametrize(
    ("files", "args", "stderr"),
    [
        pytest.param(
            {"terms.yaml": "- id: x\n  kind: term\n  en: 'unclosed\n"},
            ["--lang", "ru"],
            "news-translate: error: glossary/terms.yaml:4: YAML syntax error:",
            id="yaml-syntax",
        ),
        pytest.param(
            {"terms.yaml": "- id: x\n  kind: term\n  en: X\n  colour: red\n"},
            ["--lang", "ru"],
            "news-translate: error: glossary/terms.yaml:4: unknown key 'colour' in an entry",
            id="schema",
        ),
        pytest.param(
            {},
            ["--lang", "ru", "--glossary", "missing"],
            "news-translate: error: missing: glossary folder not found",
            id="no-folder",
        ),
        pytest.param(
            {}, ["--lang", "ru,xx"], "news-translate: error: unknown language code 'xx'", id="lang"
        ),
    ],
)
def test_validate_unreadable_input_exits_2_with_one_line(
    project: Path, files: dict[str, str], args: list[str], stderr: str
) -> None:
    for name, text in files.items():
        (project / "glossary" / name).write_text(text, "utf-8")
    code, out, err = invoke("validate", *args)
    assert (code, out) == (2, "")
    assert err.startswith(stderr)
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_export_tbx_to_stdout_and_to_a_file(project: Path) -> None:
    code, out, _ = invoke("export", "--lang", "ru,tr")
    assert code == 0
    assert out == to_tbx(load_glossary(Path("glossary")), ("ru", "tr"))
    code, _, err = invoke("export", "--format", "tbx", "--lang", "ru,tr", "--output", "g.tbx")
    assert code == 0
    assert (project / "g.tbx").read_text("utf-8") == out
    assert err == "wrote 3 entries to g.tbx\n"
    assert [path.name for path in project.iterdir() if path.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("fmt", "first_line"),
    [
        pytest.param("tsv", "Ganja\tГянджа\t", id="omegat-tsv"),
        pytest.param("csv", "source,target,context,developer_comments", id="weblate-csv"),
    ],
)
def test_export_tables_for_one_language(project: Path, fmt: str, first_line: str) -> None:
    code, out, _ = invoke("export", "--format", fmt, "--lang", "ru")
    assert code == 0
    assert out.splitlines()[0] == first_line
    assert "Ханкенди" in out


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_export_tables_need_exactly_one_language(project: Path, fmt: str) -> None:
    code, _, err = invoke("export", "--format", fmt, "--lang", "ru,tr")
    assert code == 2
    assert "holds one target language" in err


def test_import_writes_one_file_per_kind_and_refuses_to_overwrite(project: Path) -> None:
    invoke("export", "--lang", "ru,tr", "--output", "g.tbx")
    code, _, err = invoke("import", "g.tbx", "--output", "imported")
    assert code == 0, err
    assert sorted(path.name for path in (project / "imported").iterdir()) == [
        "places.yaml",
        "terms.yaml",
    ]
    assert (project / "imported" / "places.yaml").read_text("utf-8") == PLACES
    assert (project / "imported" / "terms.yaml").read_text("utf-8") == TERMS
    code, _, err = invoke("import", "g.tbx", "--output", "imported")
    assert code == 2 and "pass --force" in err
    assert invoke("import", "g.tbx", "--output", "imported", "--force")[0] == 0


def test_import_to_stdout_and_bad_tbx(project: Path) -> None:
    invoke("export", "--lang", "ru,tr", "--output", "g.tbx")
    code, out, _ = invoke("import", "g.tbx")
    assert code == 0
    assert out == f"# places.yaml\n{PLACES}\n# terms.yaml\n{TERMS}"
    (project / "bad.tbx").write_text("<tbx>\n<text>\n", "utf-8")
    code, _, err = invoke("import", "bad.tbx")
    assert code == 2
    assert err.startswith("news-translate: error: bad.tbx:3: XML syntax error")


def test_lookup_english_variant(project: Path) -> None:
    code, out, _ = invoke("lookup", "Gandja", "--lang", "ru,tr")
    assert code == 0
    assert out == textwrap.dedent(
        """\
        ganja (place): Ganja
          matched: Gandja (en) = name Ganja, admitted
          ru: Гянджа; forms: Гяндже
          tr: Gence
        """
    )


def test_lookup_takes_a_name_typed_in_lower_case(project: Path) -> None:
    code, out, _ = invoke("lookup", "gandja", "--lang", "ru,tr")
    assert code == 0
    assert out.startswith("ganja (place): Ganja\n  matched: gandja (en)")


def test_lookup_target_form_of_an_alternative(project: Path) -> None:
    code, out, _ = invoke("lookup", "Степанакерт", "--lang", "ru")
    assert code == 0
    assert out.splitlines() == [
        "khankendi (place): Khankendi",
        "  matched: Степанакерт (ru) = alternative name Stepanakert, approved",
        "  note: Armenian name; keep it inside quotations.",
        "  ru: Степанакерт",
    ]


def test_lookup_unknown_name_exits_1(project: Path) -> None:
    code, out, err = invoke("lookup", "Baku")
    assert (code, out) == (1, "")
    assert err == "no glossary entry has the name 'Baku'\n"


def _billion_laughs(depth: int = 9) -> str:
    """A 'billion laughs' glossary: each level is a list of nine aliases of the one before."""
    lines = ["- id: lol", "  kind: term", "  en: &l0 lol", "  note: |", "    nine levels"]
    lines += ["  forms:"]
    for level in range(1, depth + 1):
        aliases = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"    - &l{level} [{aliases}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_billion_laughs(), id="billion-laughs"),
        pytest.param("- id: x\n  kind: term\n  en: &name X\n", id="anchor-only"),
    ],
)
def test_validate_refuses_anchors_and_aliases_fast(project: Path, text: str) -> None:
    (project / "glossary" / "terms.yaml").write_text(text, "utf-8")
    started = time.monotonic()
    code, out, err = invoke("validate", "--lang", "ru,tr")
    assert time.monotonic() - started < 5
    assert (code, out) == (2, "")
    assert err.startswith("news-translate: error: glossary/terms.yaml:3: YAML anchor ")
    assert err.rstrip().endswith("(write the value out; glossary files take no anchors or aliases)")
    assert len(err.splitlines()) == 1


def test_validate_allows_ampersands_and_stars_in_text(project: Path) -> None:
    text = "- id: x\n  kind: term\n  en: AT&T\n  note: '*not* an alias'\n"
    text += "  targets: {ru: {approved: AT&T}, tr: {approved: AT&T}}\n"
    (project / "glossary" / "terms.yaml").write_text(text, "utf-8")
    assert invoke("validate", "--lang", "ru,tr")[0] == 0

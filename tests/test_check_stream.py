"""Streaming the check's findings changes nothing in what it prints: every format equals, byte
for byte, the all-at-once rendering it replaced (`report_reference`), in the same order
(`sorted`), and the command's output equals that rendering of the in-memory rules."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from report_reference import REFERENCE
from typer.testing import CliRunner

from translate.check.formats import Format
from translate.check.report import RENDERERS, STREAMERS, Checked
from translate.check.rules import CheckResult, load_input, run_checks
from translate.check.spill import FindingSpill
from translate.cli.app import app
from translate.config import load_config
from translate.findings import Finding, Severity

#: Text that exercises every escape: XML's, JSON's, GitHub's, non-ASCII and astral letters.
TEXT = st.text(alphabet=st.sampled_from("ab:,%&<>\"'\n\r\t é→Гя𝒳"), max_size=6)
PATHS = st.sampled_from(
    ["glossary/places.yaml", "corpus/a.txt", "corpus/b.txt", "locales/ru/a.po",
     "locales/ru/a.po2", "locales/ru/é.po", "locales/ru/Я.po", "locales/z/𝒳.po", "locales/ru/a"]
)  # fmt: skip
RULES = st.sampled_from(
    ["glossary.duplicate-id", "source.unknown-name", "po.missing-term", "po.inconsistent",
     "sync.missing-file", "sync", "other.rule"]
)  # fmt: skip
FINDINGS = st.builds(
    Finding, PATHS, st.integers(0, 12), RULES, st.sampled_from(list(Severity)), TEXT, TEXT,
    TEXT, TEXT,
)  # fmt: skip
GROUPS = ("glossary", "source", "po", "sync")
CHECKED = st.lists(
    st.tuples(
        st.sampled_from(GROUPS), st.lists(PATHS, unique=True).map(lambda p: tuple(sorted(p)))
    ),
    max_size=4,
).map(tuple)


def streamed(output: Format, findings: list[Finding], checked: Checked) -> str:
    with FindingSpill() as spill:
        spill.extend(findings)
        return "".join(STREAMERS[output](spill, checked))


@pytest.mark.parametrize("output", list(Format))
@settings(max_examples=150, deadline=None)
@given(findings=st.lists(FINDINGS, max_size=25), checked=CHECKED)
def test_every_format_streams_exactly_what_it_rendered_all_at_once(
    output: Format, findings: list[Finding], checked: Checked
) -> None:
    reference = REFERENCE[output](CheckResult(tuple(sorted(findings)), checked))
    assert streamed(output, findings, checked) == reference
    assert RENDERERS[output](CheckResult(tuple(sorted(findings)), checked)) == reference


@settings(max_examples=200, deadline=None)
@given(findings=st.lists(FINDINGS, max_size=40))
def test_the_spill_gives_the_findings_back_sorted_as_often_as_asked(
    findings: list[Finding],
) -> None:
    with FindingSpill() as spill:
        spill += findings[: len(findings) // 2]
        spill += findings[len(findings) // 2 :]
        assert list(spill) == sorted(findings) == list(spill)
        for group in GROUPS:
            assert list(spill.group(group)) == [f for f in sorted(findings)
                                                if f.rule.split(".")[0] == group]  # fmt: skip
        assert len(spill) == len(findings)
        assert spill.rules == {f.rule for f in findings}


def test_a_file_name_that_is_not_utf8_sorts_as_python_sorts_it() -> None:
    names = ["locales/ru/a\udcff.po", "locales/ru/a.po", "locales/ru/a\uffff.po", "locales/ru/b.po"]
    findings = [Finding(name, 1, "po.x", Severity.ERROR, "m") for name in reversed(names)]
    with FindingSpill() as spill:
        spill.extend(findings)
        assert [f.path for f in spill] == sorted(names)


def test_many_findings_stream_in_every_format_as_they_rendered() -> None:
    """Past the spill's batch, with repeated findings (equal ones are kept, in place)."""
    rng = random.Random(14)
    paths = [f"locales/{lang}/{n:05d}.po" for lang in ("az", "ru") for n in range(300)]
    findings = [
        Finding(rng.choice(paths), rng.randint(0, 40), rng.choice(["po.a", "po.b", "sync.c"]),
                rng.choice(list(Severity)), f"message {rng.randint(0, 5)}")
        for _ in range(6000)
    ]  # fmt: skip
    findings += findings[:100]
    checked = (("po", tuple(sorted(paths))), ("sync", tuple(sorted(paths[:10]))))
    result = CheckResult(tuple(sorted(findings)), checked)
    for output in Format:
        assert streamed(output, findings, checked) == REFERENCE[output](result)


def invoke(root: Path, *args: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


@pytest.mark.parametrize("output", list(Format))
def test_the_command_prints_what_the_in_memory_rules_render(tmp_path: Path, output: Format) -> None:
    """The committed tree with every PO file damaged a little: many findings of every rule
    group, printed cold and again from the cache."""
    for name in ("glossary", "corpus", "locales"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for path in sorted((tmp_path / "locales").rglob("*.po"))[::2]:
        text = path.read_text("utf-8").replace("Гянджа", "Гянджя").replace("Gəncə", "Gence")
        path.write_text(text.replace('msgstr "', 'msgstr "Ходжалы ', 3), "utf-8")
    (tmp_path / "locales/ru/000_ee7ec6d0624d94a0.po").unlink()
    config = load_config(tmp_path)
    result = run_checks(load_input(config, [config.locales_dir], config.languages))
    assert len(result.findings) > 50
    assert len({f.rule.split(".")[0] for f in result.findings}) >= 3
    expected = REFERENCE[output](result)
    assert invoke(tmp_path, "check", "--format", output.value) == (1, expected)
    assert invoke(tmp_path, "check", "--format", output.value) == (1, expected)

"""`news-translate report`: what the pages say, escaping, determinism, the output folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from report_project import (
    PLANTED,
    active_entries,
    make_project,
    plant_wrong_name,
    po_path,
    review,
)
from typer.testing import CliRunner

from translate.cli.app import app
from translate.report.marks import Mark, MarkKind, pieces


def invoke(root: Path, *args: str) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


def report(root: Path, *args: str) -> Path:
    code, out, err = invoke(root, "report", "--lang", "es,ru", *args)
    assert code == 0, err
    assert "index.html" in out
    return root / "report"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if
            p.is_file()}  # fmt: skip


def test_the_site_has_an_index_a_page_per_article_and_language_and_problems(
    project: Path,
) -> None:
    site = report(project)
    assert sorted(snapshot(site)) == [
        "es/000_ee7ec6d0624d94a0.html", "es/001_3af6d30ae5fafc79.html", "es/problems.html",
        "index.html",
        "ru/000_ee7ec6d0624d94a0.html", "ru/001_3af6d30ae5fafc79.html", "ru/problems.html",
        "style.css",
    ]  # fmt: skip
    index = (site / "index.html").read_text("utf-8")
    assert 'href="es/000_ee7ec6d0624d94a0.html"' in index
    assert 'href="ru/problems.html"' in index


def test_a_rerun_writes_the_same_bytes(project: Path) -> None:
    first = snapshot(report(project))
    code, out, _ = invoke(project, "report", "--lang", "es,ru")
    assert code == 0 and "0 changed" in out
    assert snapshot(project / "report") == first


def test_an_article_page_has_one_row_per_active_entry(project: Path) -> None:
    site = report(project)
    for language in ("es", "ru"):
        page = (site / language / f"{PLANTED[0]}.html").read_text("utf-8")
        rows = re.findall(r'<tr id="e\d+" class="entry ', page)
        assert len(rows) == active_entries(po_path(project, PLANTED[0], language))


def test_a_msgstr_holding_markup_shows_as_text(project: Path) -> None:
    review(po_path(project), "Khojaly", '<script>alert("x")</script> & <b>bold</b>')
    page = (report(project) / "es" / f"{PLANTED[0]}.html").read_text("utf-8")
    assert "<script>" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page


def test_a_wrong_name_is_an_error_on_its_row_and_on_the_problems_page(project: Path) -> None:
    _msgid, line = plant_wrong_name(project)
    site = report(project)
    page = (site / "es" / f"{PLANTED[0]}.html").read_text("utf-8")
    row = re.search(rf'<tr id="e{line}" [^>]*>.*?</tr>', page, re.S)
    assert row is not None
    assert 'class="entry reviewed problem error"' in row.group()
    assert "po.wrong-name" in row.group()
    assert '<mark class="wrong" title="&#39;Ereván&#39; names &#39;yerevan&#39;' in row.group()
    problems = (site / "es" / "problems.html").read_text("utf-8")
    first = re.search(r"<tbody>\s*<tr class=\"(\w+)\">.*?</tr>", problems, re.S)
    assert first is not None and first.group(1) == "error"
    assert f'href="{PLANTED[0]}.html#e{line}"' in first.group()
    assert "po.wrong-name" in first.group()


def test_glossary_names_are_highlighted_with_their_forms(project: Path) -> None:
    page = (report(project) / "es" / f"{PLANTED[0]}.html").read_text("utf-8")
    khojaly = re.search(r'<mark class="name" title="([^"]*)">Khojaly</mark>', page)
    assert khojaly is not None
    assert "es: Jodyalí" in khojaly.group(1)
    assert '<mark class="name" title="' in page.split('class="tgt"', 1)[1]


def test_a_removed_article_page_is_removed(project: Path) -> None:
    site = report(project)
    (project / "corpus" / f"{PLANTED[0]}.txt").unlink()
    for language in ("es", "ru"):
        po_path(project, PLANTED[0], language).unlink()
    code, out, err = invoke(project, "report", "--lang", "es,ru")
    assert code == 0, err
    assert "2 removed" in out
    assert not (site / "es" / f"{PLANTED[0]}.html").exists()


@pytest.mark.parametrize("kind", ["file", "folder with other files"])
def test_an_output_that_is_not_a_report_is_refused(project: Path, kind: str) -> None:
    target = project / "elsewhere"
    if kind == "file":
        target.write_text("x")
    else:
        target.mkdir()
        (target / "notes.txt").write_text("mine")
    code, _out, err = invoke(project, "report", "--output", str(target))
    assert code == 2
    assert err.startswith("news-translate: error: ") and len(err.strip().splitlines()) == 1
    assert str(target) in err
    if kind != "file":
        assert (target / "notes.txt").read_text() == "mine"


def test_a_file_without_its_article_and_a_missing_file_are_shown(project: Path) -> None:
    po_path(project, PLANTED[0], "ru").unlink()
    site = report(project)
    page = (site / "ru" / f"{PLANTED[0]}.html").read_text("utf-8")
    assert "sync.missing-file" in page
    assert 'class="entry' not in page and 'class="missing' in page


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        pytest.param([], [("abc def", None)], id="no-mark"),
        pytest.param([Mark(0, 3, MarkKind.NAME, "")], [("abc", "name"), (" def", None)],
                     id="at-start"),
        pytest.param(
            [Mark(0, 7, MarkKind.NAME, ""), Mark(4, 7, MarkKind.WRONG, "")],
            [("abc ", None), ("def", "wrong")],
            id="wrong-wins-an-overlap",
        ),
        pytest.param(
            [Mark(4, 7, MarkKind.UNKNOWN, ""), Mark(0, 3, MarkKind.NEW, "")],
            [("abc", "new"), (" ", None), ("def", "unknown")],
            id="in-text-order",
        ),
    ],
)  # fmt: skip
def test_pieces(marks: list[Mark], expected: list[tuple[str, str | None]]) -> None:
    assert [(p.text, p.kind) for p in pieces("abc def", marks)] == expected

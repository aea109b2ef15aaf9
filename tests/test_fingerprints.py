"""The no-change cache: fresh only when inputs, code and every PO file are as last written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import translate
from translate.po.cache import (
    CACHE_NAME,
    PACKAGE,
    code_digest,
    file_digest,
    is_fresh,
    read_cache,
    recorded_segments,
    write_cache,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.po").write_text("one\n", encoding="utf-8")
    write_cache(tmp_path, "salt", [("a", "digest-a", 3, file_digest(tmp_path / "a.po"))], {})
    return tmp_path


@pytest.mark.parametrize(
    ("salt", "articles", "edit", "fresh"),
    [
        pytest.param("salt", {"a": "digest-a"}, None, True, id="unchanged"),
        pytest.param("other", {"a": "digest-a"}, None, False, id="code-glossary-or-config"),
        pytest.param("salt", {"a": "changed"}, None, False, id="article-edited"),
        pytest.param("salt", {"a": "digest-a", "b": "new"}, None, False, id="article-added"),
        pytest.param("salt", {"a": "digest-a"}, "two\n", False, id="po-edited-by-a-translator"),
    ],
)
def test_is_fresh(
    folder: Path, salt: str, articles: dict[str, str], edit: str | None, fresh: bool
) -> None:
    if edit is not None:
        (folder / "a.po").write_text(edit, encoding="utf-8")
    assert is_fresh(read_cache(folder), salt, articles, folder) is fresh


def test_segments_are_recorded(folder: Path) -> None:
    assert recorded_segments(read_cache(folder), "a") == 3


@pytest.mark.parametrize("content", ["", "{", "[1, 2]"], ids=["empty", "broken", "not-a-table"])
def test_a_broken_cache_is_only_a_miss(folder: Path, content: str) -> None:
    (folder / CACHE_NAME).write_text(content, encoding="utf-8")
    assert read_cache(folder) == {}
    assert not is_fresh(read_cache(folder), "salt", {"a": "digest-a"}, folder)


def test_code_digest_is_stable() -> None:
    assert code_digest() == code_digest()
    assert len(code_digest()) == 64


def test_code_digest_covers_the_whole_package() -> None:
    assert Path(translate.__file__).resolve().parent == PACKAGE
    assert code_digest() == code_digest(PACKAGE)


@pytest.mark.parametrize(
    "edit",
    ["drafts.py", "po/merge.py", "text/segments.py", "new_module.py"],
    ids=["top-level", "po-stage", "text-stage", "added-module"],
)
def test_editing_any_module_changes_the_code_digest(edit: str, tmp_path: Path) -> None:
    """The no-change cache must rerun after a code change anywhere in the package."""
    copy = tmp_path / "translate"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(copy)
    assert before == code_digest(PACKAGE)
    path = copy / edit
    path.write_text(path.read_text("utf-8") + "\n# edited\n" if path.exists() else "x = 1\n")
    assert code_digest(copy) != before

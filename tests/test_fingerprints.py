"""The index of `run`: what it keeps, when it is emptied, and when a file's stat is trusted."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import translate
from translate.po.cache import (
    CACHE_NAME,
    PACKAGE,
    ArticleRecord,
    FileState,
    Index,
    code_digest,
    file_digest,
    msgid_key,
    observe,
    open_index,
    same_stat,
)


def _record(index: Index, article: str = "a") -> None:
    index.record_article(article, ArticleRecord("digest-a", "sha-a", 3, stale=False), ["One."])
    index.record_file(f"{article}.po", FileState((1, 2, 3, 4), "sha-a"))
    index.replace_rows(f"{article}.po", f"locales/ru/{article}.po", [("One.", "Один.", True)])
    index.commit()


def test_the_index_keeps_what_was_committed(tmp_path: Path) -> None:
    with open_index(tmp_path, "salt") as index:
        _record(index)
    with open_index(tmp_path, "salt") as index:
        assert index.articles() == {"a": ArticleRecord("digest-a", "sha-a", 3, stale=False)}
        assert index.files() == {"a.po": FileState((1, 2, 3, 4), "sha-a")}
        assert index.rows("a.po") == [("One.", "Один.", True)]
        assert [row.origin for row in index.memory_rows({"One.", "Two."})] == ["locales/ru/a.po"]
        assert index.users("One.") == {"a"}


def test_nothing_is_kept_without_a_commit(tmp_path: Path) -> None:
    with open_index(tmp_path, "salt") as index:
        index.record_article("a", ArticleRecord("d", "s", 1, stale=False), [])
    with open_index(tmp_path, "salt") as index:
        assert index.articles() == {}


def test_a_new_salt_empties_the_index(tmp_path: Path) -> None:
    """New code, glossary, configuration, engine or library: every article is merged again."""
    with open_index(tmp_path, "salt") as index:
        _record(index)
    with open_index(tmp_path, "other") as index:
        assert (index.articles(), index.files(), index.rows("a.po")) == ({}, {}, [])


def test_marking_stale_reaches_the_articles_that_looked_up_a_msgid(tmp_path: Path) -> None:
    with open_index(tmp_path, "salt") as index:
        _record(index, "a")
        index.record_article("b", ArticleRecord("digest-b", "sha-b", 1, stale=False), ["Two."])
        assert index.mark_stale({"One.", "Three."}) == {"a"}
        assert index.articles()["a"].stale and not index.articles()["b"].stale


@pytest.mark.parametrize("content", [b"", b"{", b"not a database at all" * 100])
def test_a_broken_index_is_only_a_miss(tmp_path: Path, content: bytes) -> None:
    (tmp_path / CACHE_NAME).write_bytes(content)
    with open_index(tmp_path, "salt") as index:
        assert index.articles() == {}
        _record(index)
    with open_index(tmp_path, "salt") as index:
        assert "a" in index.articles()


def test_the_old_json_cache_is_removed(tmp_path: Path) -> None:
    (tmp_path / ".news-translate-cache.json").write_text("{}", encoding="utf-8")
    with open_index(tmp_path, "salt"):
        pass
    assert not (tmp_path / ".news-translate-cache.json").exists()


def test_a_file_just_written_is_hashed_next_time(tmp_path: Path) -> None:
    """A stat within the racy window cannot vouch for the bytes: a save in the same tick."""
    path = tmp_path / "a.po"
    path.write_text("one\n", encoding="utf-8")
    assert observe(path, file_digest(path)) == FileState(None, file_digest(path))
    old = time.time() - 10
    os.utime(path, (old, old))
    # ctime cannot be set back, so shrink the window instead of waiting.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("translate.po.cache.RACY_SECONDS", -1e9)
        state = observe(path, file_digest(path))
        assert state.stat is not None and same_stat(path, state.stat)
        assert observe(path, "the sha of something else").stat is None
        path.write_text("two\n", encoding="utf-8")
        assert not same_stat(path, state.stat)


def test_msgid_keys_are_stable_64_bit_integers() -> None:
    assert msgid_key("One.") == msgid_key("One.") != msgid_key("One!")
    assert -(2**63) <= msgid_key("One.") < 2**63


def test_code_digest_is_stable() -> None:
    assert code_digest() == code_digest()
    assert len(code_digest()) == 64


def test_code_digest_covers_the_whole_package() -> None:
    assert Path(translate.__file__).resolve().parent == PACKAGE
    assert code_digest() == code_digest(PACKAGE)


@pytest.mark.parametrize(
    "edit",
    ["config.py", "po/merge.py", "text/segments.py", "new_module.py"],
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


def test_a_retrained_names_model_changes_the_code_digest(tmp_path: Path) -> None:
    """The tagger's model decides the hints a run writes, as code does."""
    copy = tmp_path / "translate"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(copy)
    model = copy / "glossary" / "data" / "names.crfsuite"
    model.write_bytes(model.read_bytes() + b"\0")
    assert code_digest(copy) != before

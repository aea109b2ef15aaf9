"""Where a run reads and writes: the articles it may translate, the folders it will write.

Checked before anything is written, so that a bad path fails the whole run with one line:

- an article is a ``*.txt`` file directly in the corpus folder (its PO references say
  ``corpus/<file>`` and ``check`` reads the corpus from there), not a symlink leading out of
  it, with a name that can stand in a PO reference;
- two articles never share an id, the file stem compared after Unicode NFC (``café`` spelled
  with one code point or two is one id, and one PO file);
- ``locales/``, ``locales/<lang>/`` and each PO file to write are what they should be (folders,
  files) and, unless nothing is to be written, writable.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from translate.config import Config
from translate.errors import ArticleError, InputError

__all__ = ["check_articles", "check_locales"]


def check_articles(paths: Sequence[Path], config: Config) -> tuple[Path, ...]:
    """*paths* without repeats, each one a corpus article; `ArticleError` naming the fix."""
    corpus = config.corpus_dir.resolve()
    unique: dict[Path, Path] = {}
    for path in paths:
        first = unique.setdefault(_resolved(path), path)
        if _id(first) != _id(path):
            # One file under two ids: run wrote one PO file, and check wanted both for ever.
            raise ArticleError(
                f"the same file as {first} under another name (a symlink)",
                path=path,
                hint="give each article one file name: remove the link",
            )
    by_id: dict[str, Path] = {}
    for path in unique.values():
        article_id = _id(path)
        if article_id in by_id:
            raise ArticleError(
                f"same article id as {by_id[article_id]} (file names equal after Unicode NFC)",
                path=path,
                hint="give one of them, or rename one",
            )
        by_id[article_id] = path
    for path in unique.values():
        _check_article(path, corpus, config)
    return tuple(unique.values())


def _id(path: Path) -> str:
    return unicodedata.normalize("NFC", path.stem)


def _resolved(path: Path) -> Path:
    """*path* with its symlinks resolved; `ArticleError` for a link that leads back to itself."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        raise ArticleError(
            "a symlink loop", path=path, hint="point the link at an article, or remove it"
        ) from None


def _check_article(path: Path, corpus: Path, config: Config) -> None:
    shown = config.corpus
    if path.parent.resolve() != corpus:
        raise ArticleError(
            f"not in the corpus folder {shown}/",
            path=path,
            hint=f"copy or move it into {shown}/ and name it there",
        )
    if path.suffix != ".txt":
        raise ArticleError("an article file name ends in .txt", path=path, hint="rename it")
    if path.is_symlink() and not path.resolve().is_relative_to(corpus):
        raise ArticleError(
            f"a symlink leading out of the corpus folder {shown}/",
            path=path,
            hint=f"copy the article into {shown}/ instead",
        )
    if any(char.isspace() or not char.isprintable() for char in path.name):
        raise ArticleError(
            "file name with a space or control character (PO references cannot hold it)",
            path=path,
            hint="rename it, e.g. with _ for spaces",
        )


def check_locales(
    config: Config, languages: Sequence[str], article_ids: Sequence[str], *, writing: bool
) -> None:
    """The folders and files a run will write are usable; `InputError` naming the fix."""
    locales = config.locales_dir
    _expect_folder(locales)
    for language in languages:
        folder = locales / language
        _expect_folder(folder)
        for article_id in article_ids:
            path = folder / f"{article_id}.po"
            if path.exists() and not path.is_file():
                raise InputError("not a PO file", path=path, hint="move it away")
        if writing:
            existing = next(p for p in (folder, locales, config.root) if p.exists())
            if not os.access(existing, os.W_OK | os.X_OK):
                raise InputError(
                    "folder is not writable", path=existing, hint="fix its permissions (chmod u+w)"
                )


def _expect_folder(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise InputError("not a folder", path=path, hint="move the file away")

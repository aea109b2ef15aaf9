"""A small project for the report's tests: two corpus articles, their es and ru PO files from
the repository, and helpers that plant a reviewed translation in one of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib

from translate.po.merge import render_catalog

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ("000_ee7ec6d0624d94a0", "001_3af6d30ae5fafc79")
LANGUAGES = ("es", "ru")
#: The article and language where a wrong name is planted.
PLANTED = ("000_ee7ec6d0624d94a0", "es")


def make_project(folder: Path) -> Path:
    """*folder* as a project with `ARTICLES` and their `LANGUAGES` PO files; returns it."""
    shutil.copytree(ROOT / "glossary", folder / "glossary")
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    (folder / "corpus").mkdir()
    for article in ARTICLES:
        shutil.copy(ROOT / "corpus" / f"{article}.txt", folder / "corpus")
        for language in LANGUAGES:
            (folder / "locales" / language).mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "locales" / language / f"{article}.po",
                        folder / "locales" / language)  # fmt: skip
    return folder


def po_path(folder: Path, article: str = PLANTED[0], language: str = PLANTED[1]) -> Path:
    return folder / "locales" / language / f"{article}.po"


def review(path: Path, msgid_has: str, msgstr: str) -> str:
    """Give the first entry whose msgid holds *msgid_has* the reviewed *msgstr*; its msgid."""
    catalog = polib.pofile(str(path), wrapwidth=79)
    entry = next(e for e in catalog if msgid_has in e.msgid and not e.obsolete)
    entry.msgstr = msgstr
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    path.write_text(render_catalog(catalog), encoding="utf-8")
    return str(entry.msgid)


def entry_line(path: Path, msgid: str) -> int:
    """The line of *msgid*'s entry in the PO file at *path*."""
    catalog = polib.pofile(str(path))
    return int(next(e.linenum for e in catalog if e.msgid == msgid and not e.obsolete))


def plant_wrong_name(folder: Path) -> tuple[str, int]:
    """A reviewed es translation naming Yerevan (Ereván) where the source has Khojaly; the
    msgid and the entry's line."""
    path = po_path(folder)
    msgid = review(path, "crimes against humanity in Khojaly",
                   "Occidente no ha hecho nada para castigar a Armenia por los crímenes de lesa "
                   "humanidad en Ereván.")  # fmt: skip
    return msgid, entry_line(path, msgid)


def active_entries(path: Path) -> int:
    return sum(1 for entry in polib.pofile(str(path)) if not entry.obsolete)

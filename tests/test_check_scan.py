"""The streaming check and its cache: what is read again, what is not, and what a cache
that is missing, corrupt or stale costs (nothing but time)."""

from __future__ import annotations

import gc
import os
import pickle
import sqlite3
import weakref
from pathlib import Path

import polib
import pytest
from test_rules import CLEAN, RU, project

from translate.check.rules import CheckResult, load_input, run_checks
from translate.check.scan import check_project
from translate.check.store import CHECK_CACHE_NAME
from translate.config import load_config
from translate.errors import CatalogError
from translate.glossary.model import Glossary
from translate.glossary.yaml import load_glossary
from translate.po.files import decode_catalog


def stream(root: Path, *paths: str, languages: tuple[str, ...] = ("ru",)) -> CheckResult:
    config = load_config(root)
    return check_project(config, [root / p for p in paths] or [config.locales_dir], languages)


def in_memory(root: Path, languages: tuple[str, ...] = ("ru",)) -> CheckResult:
    config = load_config(root)
    return run_checks(load_input(config, [config.locales_dir], languages))


def rules(result: CheckResult) -> list[tuple[str, str]]:
    return [(f.path, f.rule) for f in result.findings if f.rule.startswith(("po.", "sync."))]


@pytest.fixture()
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PO files the check parses, by name."""
    seen: list[str] = []
    decode = decode_catalog

    def counting(data: bytes, path: Path) -> polib.POFile:
        seen.append(path.name)
        return decode(data, path)

    monkeypatch.setattr("translate.check.work.decode_catalog", counting)
    return seen


def test_a_second_check_parses_no_po_file(tmp_path: Path, parsed: list[str]) -> None:
    root = project(tmp_path, CLEAN.replace("Гянджа пострадала", "Там пострадали"))
    first = stream(root)
    assert parsed == ["a.po"] and (root / "locales" / CHECK_CACHE_NAME).is_file()
    assert stream(root) == first
    assert parsed == ["a.po"]
    assert rules(first) == [(RU, "po.missing-term")]


def test_an_edited_file_is_read_again_and_only_it(tmp_path: Path, parsed: list[str]) -> None:
    root = project(tmp_path)
    (root / "locales/ru/b.po").write_text((root / RU).read_text("utf-8"), "utf-8")
    stream(root)
    parsed.clear()
    text = (root / RU).read_text("utf-8").replace("Гянджа пострадала", "Там пострадали")
    (root / RU).write_text(text, "utf-8")
    assert rules(stream(root)) == [
        (RU, "po.missing-term"),
        ("locales/ru/b.po", "sync.orphan"),
    ]
    assert parsed == ["a.po"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            lambda root: (root / "corpus/a.txt").write_text("Ganja was shelled.\n", "utf-8"),
            [(RU, "sync.stale")],
            id="article-edited",
        ),
        pytest.param(
            lambda root: (root / "glossary/places.yaml").write_text(
                (root / "glossary/places.yaml").read_text("utf-8")
                .replace("approved: Гянджа", "approved: Гянджя")
                .replace("admitted: [Гянджя]", "admitted: [Гянджа]"), "utf-8"),
            [],
            id="glossary-edited-same-verdict",
        ),
        pytest.param(
            lambda root: (root / "glossary/places.yaml").write_text(
                (root / "glossary/places.yaml").read_text("utf-8")
                .replace("admitted: [Гянджя]", "deprecated: [Гянджа]"), "utf-8"),
            [(RU, "po.deprecated-form")],
            id="glossary-edited",
        ),
    ],
)  # fmt: skip
def test_a_changed_input_is_never_answered_from_the_cache(
    tmp_path: Path, change: object, expected: list[tuple[str, str]]
) -> None:
    root = project(tmp_path)
    assert rules(stream(root)) == []
    assert callable(change)
    change(root)
    result = stream(root)
    assert result == in_memory(root)
    assert [rule for _, rule in rules(result)] == [rule for _, rule in expected]


def test_the_parsed_glossary_is_cached_and_read_again_only_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited PO file is checked against the cached glossary, without parsing YAML."""
    loaded: list[Path] = []

    def counting(folder: Path) -> Glossary:
        loaded.append(folder)
        return load_glossary(folder)

    monkeypatch.setattr("translate.check.scan.load_glossary", counting)
    root = project(tmp_path)
    stream(root)
    assert len(loaded) == 1
    text = (root / RU).read_text("utf-8").replace("Гянджа пострадала", "Там пострадали")
    (root / RU).write_text(text, "utf-8")
    assert rules(stream(root)) == [(RU, "po.missing-term")]
    assert len(loaded) == 1
    places = root / "glossary/places.yaml"
    places.write_text(places.read_text("utf-8").replace("admitted: [Гянджя]", ""), "utf-8")
    assert stream(root) == in_memory(root)
    assert len(loaded) == 2


@pytest.mark.parametrize(
    "planted",
    [
        pytest.param(b"garbage", id="not-a-pickle"),
        pytest.param(pickle.dumps(("not", "a", "glossary")), id="another-value"),
        pytest.param(pickle.dumps(os.getcwd), id="a-function"),
        pytest.param(b"cos\nsystem\n(S'touch PWNED'\ntR.", id="code"),
    ],
)
def test_a_planted_or_damaged_parsed_glossary_is_only_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: bytes
) -> None:
    root = project(tmp_path, CLEAN.replace("Гянджа пострадала", "Там пострадали"))
    stream(root)
    cache = root / "locales" / CHECK_CACHE_NAME
    with sqlite3.connect(cache) as db:
        assert db.execute("UPDATE results SET payload = ? WHERE path = 'parsed-glossary:'",
                          (planted,)).rowcount == 1  # fmt: skip
    db.close()
    (root / RU).write_text((root / RU).read_text("utf-8") + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert stream(root) == in_memory(root)
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize(
    "garbage", [b"", b"not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 600]
)
def test_a_corrupt_cache_is_only_a_miss_and_is_replaced(
    tmp_path: Path, garbage: bytes, parsed: list[str]
) -> None:
    root = project(tmp_path, CLEAN.replace("Гянджа пострадала", "Там пострадали"))
    (root / "locales" / CHECK_CACHE_NAME).write_bytes(garbage)
    assert stream(root) == in_memory(root)
    assert stream(root) == in_memory(root)
    assert parsed == ["a.po"]


def test_a_failing_check_writes_no_cache(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "locales/ru/b.po").write_text('msgid "unterminated\nmsgstr ""\n', "utf-8")
    with pytest.raises(CatalogError):
        stream(root)
    assert sorted(p.name for p in (root / "locales").iterdir()) == ["ru"]


def test_a_failing_check_leaves_the_cache_as_it_was(tmp_path: Path) -> None:
    root = project(tmp_path)
    stream(root)
    cache = root / "locales" / CHECK_CACHE_NAME
    before = cache.read_bytes()
    (root / "corpus/b.txt").write_text("Ganja.\n", "utf-8")
    (root / "locales/ru/b.po").write_text('msgid "unterminated\nmsgstr ""\n', "utf-8")
    with pytest.raises(CatalogError):
        stream(root)
    assert cache.read_bytes() == before
    assert sorted(p.name for p in (root / "locales").iterdir()) == [CHECK_CACHE_NAME, "ru"]


def test_checking_files_reads_only_their_articles(tmp_path: Path) -> None:
    """`check locales/ru/a.po`: article b is not read (it is broken), nor reported on."""
    root = project(tmp_path, CLEAN.replace("Гянджа пострадала", "Там пострадали"))
    (root / "corpus/b.txt").write_bytes(b"\xff\xfe broken")
    (root / "corpus/c.txt").write_text("Gyandzha was hit.\n", "utf-8")
    result = stream(root, RU)
    assert rules(result) == [(RU, "po.missing-term")]
    assert dict(result.checked)["source"] == ("corpus/a.txt",)


def test_po_files_are_read_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streaming: a catalog is dropped before the next one is parsed."""
    root = project(tmp_path)
    for name in ("b", "c", "d"):
        (root / "corpus" / f"{name}.txt").write_text("Ganja was hit.\n", "utf-8")
        (root / "locales/ru" / f"{name}.po").write_text((root / RU).read_text("utf-8"), "utf-8")
    alive: list[weakref.ref[polib.POFile]] = []
    most = [0]
    decode = decode_catalog

    def tracked(data: bytes, path: Path) -> polib.POFile:
        gc.collect()
        most[0] = max(most[0], sum(1 for ref in alive if ref() is not None))
        catalog = decode(data, path)
        alive.append(weakref.ref(catalog))
        return catalog

    monkeypatch.setattr("translate.check.work.decode_catalog", tracked)
    stream(root)
    assert len(alive) == 4 and most[0] == 0


def test_one_lexicon_process_answers_for_every_article_of_a_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words asked up front cover what the name finder asks of each article: its
    singulars (Delegations -> Delegation), acronyms as words (USSR -> Ussr), possessives.
    One `lt-proc` process then serves them all, instead of one more per article."""
    import translate.glossary.lexicon as lexicon

    asked: list[list[str]] = []
    ask = lexicon._analyse

    def analyse(words: list[str], analyser: Path) -> object:
        asked.append(words)
        return ask(words, analyser)

    monkeypatch.setattr(lexicon, "_analyse", analyse)
    monkeypatch.setattr(lexicon, "_known", {})
    article = (
        "Delegations of the USSR met Residents of Ganja.\n\n"
        "Officials said Reuters' Nations and NATO's States were Rights holders. "
        "Ramatel Murdorkaov, a Kremlin-funded historian, met O'Brien in Aghstafa-Gazakh.\n\n"
        # Lower-case particles and brands, which the finder asks about too.
        "Aziz Bekmurat uulu spoke to La Gazzetta dello Sport about the eGonur app.\n"
    )
    root = project(tmp_path, article=article)
    for name in ("b", "c"):
        (root / "corpus" / f"{name}.txt").write_text(article.replace("USSR", "OSCE"), "utf-8")
    stream(root)
    assert len(asked) == 1
    assert {"Delegation", "Ussr", "Osce", "Reuter", "Nation", "Right"} <= set(asked[0])
    assert {"uulu", "dello", "Egonur"} <= set(asked[0])

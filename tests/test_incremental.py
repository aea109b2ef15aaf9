"""An incremental run writes exactly what a run with no index writes, after any edits.

Random sequences of edits (seeded, so a failure replays): articles edited, added, deleted and
renamed; PO files edited as a translator does (an entry reviewed, a translation changed, left
fuzzy or removed); glossary entries changed, added and removed. After each step, project A is
run with its index, and a copy of A made just before (same PO files, no index) is run cold:
every file under ``locales/`` must be byte-identical, and the exit codes equal.

Articles share paragraphs, so that a translation reviewed in one is reused in others and the
memory's dependents are exercised.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest
from conftest import cli, copy_project

from translate import pipeline
from translate.glossary import suggest
from translate.pipeline import analysis
from translate.po import cache
from translate.po.cache import CACHE_NAME
from translate.text.articles import Article
from translate.text.segments import Segment, segment_article

LANGUAGES = "ru"
SEQUENCES = 16
STEPS = (4, 7)


def run(project: Path, *articles: str) -> int:
    code, _, err = cli("--project", str(project), "run", "--engine", "none", "--lang",
                       LANGUAGES, *articles)  # fmt: skip
    assert code in (0, 2), err
    return code


def locales(project: Path) -> dict[str, bytes]:
    """Every file under locales/, but the index and the run lock."""
    folder = project / "locales"
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith((CACHE_NAME, ".news-translate.lock"))
    }


def cold_copy(project: Path, copy: Path) -> Path:
    """*project* as it is now, without its index."""
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns(f"{CACHE_NAME}*"))
    return copy


# Edits. Each takes the project and a random generator, and changes files as a person would.


def count_segmented(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles the run segments from now on, in order."""
    segmented: list[str] = []

    def segment(article: Article) -> tuple[Segment, ...]:
        segmented.append(article.id)
        return segment_article(article)

    monkeypatch.setattr(pipeline, "segment_article", segment)
    monkeypatch.setattr(analysis, "segment_article", segment)  # a sentence's first use
    return segmented


def _articles(project: Path) -> list[Path]:
    return sorted((project / "corpus").glob("*.txt"))


def _paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text("utf-8").split("\n\n") if p.strip()]


def _write(path: Path, paragraphs: list[str]) -> None:
    path.write_text("\n\n".join(paragraphs).rstrip("\n") + "\n", encoding="utf-8")


def edit_article(project: Path, rng: random.Random) -> None:
    path = rng.choice(_articles(project))
    paragraphs = _paragraphs(path)
    at = rng.randrange(1, len(paragraphs)) if len(paragraphs) > 1 else 0
    action = rng.choice(["word", "sentence", "drop", "borrow"])
    if action == "word":
        words = paragraphs[at].split(" ")
        words[rng.randrange(len(words))] = rng.choice(["new", "changed", "Baku", "Khojaly"])
        paragraphs[at] = " ".join(words)
    elif action == "sentence":
        paragraphs[at] += f" A sentence added in step {rng.randrange(10**6)}."
    elif action == "drop" and len(paragraphs) > 2:
        del paragraphs[at]
    else:
        other = rng.choice(_articles(project))
        paragraphs.insert(at, rng.choice(_paragraphs(other)[1:] or ["Shared words here."]))
    _write(path, paragraphs)


def add_article(project: Path, rng: random.Random) -> None:
    sources = _articles(project)
    borrowed = [rng.choice(_paragraphs(rng.choice(sources))[1:] or ["Text."]) for _ in range(3)]
    title = f"A new article number {rng.randrange(10**6)}"
    name = f"9{rng.randrange(100):02d}_new{rng.randrange(10**6)}.txt"
    _write(project / "corpus" / name, [title, *borrowed])


def delete_article(project: Path, rng: random.Random) -> None:
    paths = _articles(project)
    if len(paths) > 2:
        rng.choice(paths).unlink()


def rename_article(project: Path, rng: random.Random) -> None:
    path = rng.choice(_articles(project))
    path.rename(path.with_name(f"8{rng.randrange(100):02d}_renamed{rng.randrange(10**6)}.txt"))


def translate_po(project: Path, rng: random.Random) -> None:
    """A translator's save: entries reviewed, changed, left fuzzy, or removed."""
    paths = sorted((project / "locales").rglob("*.po"))
    if not paths:
        return
    path = rng.choice(paths)
    catalog = polib.pofile(str(path))
    active = [e for e in catalog if not e.obsolete]
    for entry in rng.sample(active, min(len(active), rng.randint(1, 4))):
        action = rng.choice(["review", "review", "change", "fuzzy", "remove"])
        if action == "remove":
            catalog.remove(entry)
            continue
        if action in ("review", "fuzzy") or entry.msgstr:
            # Sometimes a translation the glossary check refuses: it must not be spread.
            entry.msgstr = (entry.msgstr or entry.msgid) + rng.choice(["", " (reviewed)"])
        if action == "fuzzy":
            entry.flags = ["fuzzy"]
        elif "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    path.write_text(str(catalog), encoding="utf-8")


_APPROVED = re.compile(r"(\n    ru:(?: \{|\n      )approved: )([^,}\n]+)")


def _corpus_text(project: Path) -> str:
    return "\n".join(path.read_text("utf-8") for path in _articles(project))


def edit_glossary(project: Path, rng: random.Random) -> None:
    """Change the Russian form of an entry that an article names (most often) or not."""
    path = project / "glossary" / rng.choice(["places.yaml", "people.yaml"])
    text = path.read_text("utf-8")
    blocks = [b for b in re.split(r"(?=\n- id: )", text) if _APPROVED.search(b)]
    corpus = _corpus_text(project).casefold()
    used = [b for b in blocks if (m := re.search(r"\n  en: (.+)", b)) and m[1].casefold() in corpus]
    block = rng.choice(used if used and rng.random() < 0.8 else blocks)
    hit = _APPROVED.search(block)
    assert hit is not None
    edited = block[: hit.end()] + rng.choice(["а", "o", "-x"]) + block[hit.end() :]
    path.write_text(text.replace(block, edited, 1), encoding="utf-8")


def add_glossary_entry(project: Path, rng: random.Random) -> None:
    """A new entry for a capitalised word of the corpus (a duplicate is refused: exit 2)."""
    words = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", _corpus_text(project))))
    word = rng.choice(words)
    forms = "\n".join(
        f"    {lang}: {{approved: {word}{suffix}}}"
        for lang, suffix in [("az", ""), ("ru", "ск"), ("tr", ""), ("es", "o"), ("fr", ""),
                             ("de", "")]
    )  # fmt: skip
    entry = f"\n- id: added-{rng.randrange(10**6)}\n  kind: place\n  en: {word}\n  targets:\n"
    with (project / "glossary" / "places.yaml").open("a", encoding="utf-8") as file:
        file.write(entry + forms + "\n")


def remove_glossary_entry(project: Path, rng: random.Random) -> None:
    path = project / "glossary" / "places.yaml"
    text = path.read_text("utf-8")
    added = re.findall(r"\n- id: added-\d+\n(?:  .*\n)+", text)
    if added:
        path.write_text(text.replace(rng.choice(added), "", 1), encoding="utf-8")


EDITS: list[Callable[[Path, random.Random], None]] = [
    edit_article, edit_article, edit_article, add_article, delete_article, rename_article,
    translate_po, translate_po, translate_po, translate_po,
    edit_glossary, add_glossary_entry, remove_glossary_entry,
]  # fmt: skip


@pytest.mark.parametrize("seed", range(SEQUENCES))
def test_incremental_runs_write_what_a_cold_run_writes(
    tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if seed % 2:
        # Trust every stat at once: unchanged articles and PO files are then known by their
        # stat alone, as they are between runs that are seconds apart.
        monkeypatch.setattr(cache, "RACY_SECONDS", 0)
    rng = random.Random(seed)
    project = copy_project(tmp_path / "a")
    for path in _articles(project)[3:]:
        path.unlink()  # three short articles keep the sequence fast
    for path in _articles(project):
        _write(path, _paragraphs(path)[:6])
    add_article(project, rng)
    assert run(project) == 0
    for step in range(rng.randint(*STEPS)):
        edit = rng.choice(EDITS)
        edit(project, rng)
        cold = cold_copy(project, tmp_path / "cold")
        code = run(project)
        assert code == run(cold), f"seed {seed}, step {step}: {edit.__name__}"
        assert locales(project) == locales(cold), f"seed {seed}, step {step}: {edit.__name__}"


def test_a_translation_that_comes_back_reaches_the_articles_that_lacked_it(
    tmp_path: Path,
) -> None:
    """A run's own write can add to the memory: the next run merges the articles it serves.

    A reviewed sentence of A goes obsolete, C is added with it (nothing to reuse), then the
    sentence returns to A, reviewed: the run after must fill C from A, as a cold run would.
    """
    project = copy_project(tmp_path / "a")
    for path in _articles(project):
        path.unlink()
    a = project / "corpus" / "100_a.txt"
    shared = "The talks in Baku ended on Friday without a statement."
    original = ["Talks end in Baku", "Delegations met for three days.", shared, "More is due soon."]
    _write(a, original)
    assert run(project) == 0
    po = project / "locales" / "ru" / "100_a.po"
    catalog = polib.pofile(str(po))
    catalog.find(shared).msgstr = "Переговоры в Баку завершились в пятницу без заявления."
    po.write_text(str(catalog), encoding="utf-8")
    _write(a, [p for p in original if p != shared])
    assert run(project) == 0
    _write(project / "corpus" / "900_c.txt", ["The other article", shared])
    assert run(project) == 0
    _write(a, original)
    steps = [run(project), run(project)]  # A takes its translation back; then C is served
    cold = cold_copy(project, tmp_path / "cold")
    assert run(project) == run(cold) == 0 and steps == [0, 0]
    assert locales(project) == locales(cold)
    c = polib.pofile(str(project / "locales" / "ru" / "900_c.po")).find(shared)
    assert c is not None and c.msgstr.startswith("Переговоры")


def test_a_changed_glossary_entry_merges_only_the_articles_that_name_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "a")
    for path in _articles(project):
        path.unlink()
    _write(project / "corpus" / "100_a.txt", ["Talks in Shusha", "Delegates met in Shusha."])
    _write(project / "corpus" / "200_b.txt", ["Prices rose", "Bread cost more in May."])
    assert run(project) == 0
    segmented = count_segmented(monkeypatch)
    places = project / "glossary" / "places.yaml"
    text = places.read_text("utf-8")
    assert "\n  en: Shusha\n" in text
    places.write_text(text.replace("approved: Шуша", "approved: Шуша-город", 1), "utf-8")
    cold = cold_copy(project, tmp_path / "cold")
    assert run(project) == 0
    assert segmented == ["100_a"]
    assert run(cold) == 0
    assert locales(project) == locales(cold)
    assert "Шуша-город" in (project / "locales" / "ru" / "100_a.po").read_text("utf-8")


def test_installing_or_removing_the_english_lexicon_merges_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lexicon decides which capitalised words are hinted as unknown names, so a run
    after it appears or goes must not trust what the index says about the last run."""
    project = copy_project(tmp_path / "a")
    for path in _articles(project):
        path.unlink()
    _write(project / "corpus" / "100_a.txt", ["Talks in Shusha", "Delegates met in Shusha."])
    assert run(project) == 0
    segmented = count_segmented(monkeypatch)
    assert run(project) == 0
    assert segmented == []
    monkeypatch.setattr(pipeline, "lexicon_identity", lambda: (False, 0, 0))
    assert run(project) == 0
    assert segmented == ["100_a"]


def test_each_article_names_are_found_once_for_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the names the glossary lacks does not depend on the target language."""
    project = copy_project(tmp_path / "a")
    for path in _articles(project):
        path.unlink()
    _write(project / "corpus" / "100_a.txt", ["Talks in Shamkir", "Delegates met in Imishli."])
    _write(project / "corpus" / "200_b.txt", ["Prices rose", "Bread cost more in Ganja."])
    found: list[int] = []
    real = suggest.unknown_names

    def unknown(*args: Any, **kwargs: Any) -> Any:
        found.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "unknown_names", unknown)
    code, _, err = cli("--project", str(project), "run", "--engine", "none", "--lang", "ru,tr,de")
    assert code == 0, err
    assert len(found) == 2
    for language in ("ru", "tr", "de"):
        assert "not in glossary: Imishli" in (
            project / "locales" / language / "100_a.po"
        ).read_text("utf-8")

"""Benchmark `news-translate check` against plain polib parsing of the same PO files.

Builds a temporary project of N articles (the corpus replicated under new ids) in every
configured language, runs `news-translate run --engine none` there, fills each msgstr with the
approved target names so that the term checks have work to do, then times:

- parse: `polib.pofile` on every PO file;
- check: `load_input` + `run_checks`, exactly what `news-translate check` does.

The check must cost at most twice the parse. Usage: python bench/check.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

from translate.check.rules import load_input, run_checks
from translate.check.terms import Terms
from translate.config import load_config
from translate.glossary.yaml import load_glossary

ROOT = Path(__file__).resolve().parents[1]


def build(root: Path, count: int) -> None:
    shutil.copytree(ROOT / "glossary", root / "glossary")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    corpus = root / "corpus"
    corpus.mkdir()
    sources = sorted((ROOT / "corpus").glob("*.txt"))
    for number in range(count):
        source = sources[number % len(sources)]
        shutil.copy(source, corpus / f"{number:04d}_{source.stem.split('_')[-1]}.txt")
    command = [str(Path(sys.executable).with_name("news-translate")), "run", "--engine", "none",
               "--jobs", "6"]  # fmt: skip
    subprocess.run(command, cwd=root, check=True, stdout=subprocess.DEVNULL)
    terms = Terms(load_glossary(root / "glossary"))
    for path in sorted((root / "locales").rglob("*.po")):
        language = path.parent.name
        catalog = polib.pofile(str(path))
        for entry in catalog:
            parts, last = [], 0
            for match in terms.source_matches(entry.msgid):
                glossary_entry = terms.glossary.get(match.entry)
                target = glossary_entry.target(language)
                if match.alternative:
                    alternative = next(a for a in glossary_entry.alternatives if a.en == match.name)
                    target = alternative.target(language)
                parts += [entry.msgid[last : match.start], target.approved if target else ""]
                last = match.end
            entry.msgstr = "".join([*parts, entry.msgid[last:]])
        catalog.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-check-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        build(root, args.articles)
        print(f"built {args.articles} articles in {time.perf_counter() - started:.1f}s")
        files = sorted((root / "locales").rglob("*.po"))
        started = time.perf_counter()
        entries = sum(len(polib.pofile(str(path))) for path in files)
        parse = time.perf_counter() - started
        config = load_config(root)
        started = time.perf_counter()
        result = run_checks(load_input(config, [config.locales_dir], config.languages))
        check = time.perf_counter() - started
    problems = sum(1 for f in result.findings if f.rule.startswith(("po.", "sync.")))
    print(f"{len(files)} PO files, {entries} entries, {problems} po/sync findings")
    print(f"parse (polib): {parse:.2f}s")
    print(f"check:         {check:.2f}s  ({check / parse:.2f}x parse; budget 2x)")


if __name__ == "__main__":
    main()

"""The main job at archive scale: a curve over 100, 1,000 and 10,000 distinct articles.

    python bench/pipeline.py [--sizes 100,1000,10000] [--jobs 1] [--msgmerge-all-max 10000]

For each size, a project of generated articles (varied sentences around glossary names, no two
alike: not copies of the corpus, whose answers a cache would learn) in six languages, engine
none. Each step runs in a fresh process, timed from outside, its peak resident memory read from
RUSAGE_CHILDREN of a wrapper that runs only that step:

- first run, then a no-change run;
- one article edited (a sentence added), then a run;
- one glossary entry edited (an approved form of a person the generated articles name), then a
  run;
- ``check`` of the whole project.

GNU msgmerge is the peer, on the same files: the edited article's six PO files as they were
before the edit merged with templates of its new sentences, then every PO file of the project
merged with its own template (one msgmerge per file, as a Makefile would; skipped above
``--msgmerge-all-max`` articles). Prints a table, then issue 14's acceptance lines as
PASS/FAIL (a size left out of ``--sizes`` is SKIP) and exits 1 unless all PASS. 10,000
articles take long today (minutes per run, gigabytes for ``check``): ``--sizes 100,1000`` is the
quick curve.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import polib

from translate.glossary.model import Kind
from translate.glossary.yaml import load_glossary

ROOT = Path(__file__).resolve().parent.parent
COMMAND = [str(Path(sys.executable).parent / "news-translate")]
LANGUAGES = 6

# Runs each command of a JSON list (in the file its argument names) in turn, stdout discarded,
# and prints the highest exit status, the seconds taken and the peak resident memory (KiB) of
# its children: a fresh wrapper per step, so that each step is measured alone rather than as
# the maximum so far.
_MEASURE = """
import json, resource, subprocess, sys, time
commands = json.loads(open(sys.argv[1], encoding="utf-8").read())
started = time.perf_counter()
status = 0
for command in commands:
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode > status:
        status = done.returncode
        sys.stderr.write(done.stderr[-2000:])
seconds = time.perf_counter() - started
print(status, seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@dataclass(frozen=True)
class Step:
    """What one step of the curve cost."""

    name: str
    seconds: float
    peak_mb: float


@dataclass(frozen=True)
class Names:
    """Glossary names for the generated sentences, by role."""

    people: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    #: The id of the person entry whose edit is measured; the first of `people`.
    edited_entry: str

    @property
    def edited_name(self) -> str:
        """The English name of the edited entry."""
        return self.people[0]


def glossary_names(folder: Path) -> Names:
    """Curated people, places and organisations of the glossary in *folder* (no countries)."""
    entries = [
        entry for entry in load_glossary(folder) if not entry.path.endswith("countries.yaml")
    ]

    def of(kind: Kind) -> list[str]:
        return sorted(entry.en for entry in entries if entry.kind is kind and entry.translate)

    people = of(Kind.PERSON)
    edited = next(e for e in entries if e.kind is Kind.PERSON and e.en == people[0])
    return Names(tuple(people), tuple(of(Kind.PLACE)), tuple(of(Kind.ORGANISATION)), edited.id)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NOUNS = (
    "talks",
    "agreement",
    "report",
    "programme",
    "visit",
    "investigation",
    "budget",
    "election",
    "ceremony",
    "exhibition",
    "conference",
    "project",
    "campaign",
    "survey",
    "reform",
    "festival",
    "hearing",
    "inquiry",
    "summit",
    "memorial",
)
_ADJECTIVES = (
    "new",
    "long-awaited",
    "regional",
    "joint",
    "annual",
    "second",
    "emergency",
    "public",
    "detailed",
    "final",
    "local",
    "international",
    "small",
    "costly",
)
_VERBS = (
    "announced",
    "criticised",
    "welcomed",
    "postponed",
    "approved",
    "opened",
    "rejected",
    "discussed",
    "praised",
    "reviewed",
    "signed",
    "questioned",
    "funded",
    "defended",
)
_TEMPLATES = (
    "{person} {verb} the {adj} {noun} in {place} on {month} {day}.",
    "The {noun} in {place} was {verb} by {org} after {n} days of work.",
    "According to {org}, {n} people took part in the {adj} {noun}.",
    "{person} told reporters in {place} that the {noun} would cost {n} million manat.",
    '"We have {verb} the {noun}," {person} said in {place}.',
    "In {year}, {org} {verb} a {adj} {noun} with {n} participants.",
    "The {adj} {noun} drew {n} visitors to {place} over {day} days.",
    "Officials of {org} met {person} in {place} to discuss the {noun}.",
    "Some {n} residents of {place} signed a letter about the {adj} {noun}.",
    "{person}, who visited {place} in {month} {year}, {verb} the {noun}.",
    "The {noun} will take place in {place} from {month} {day} to {month2} {day2}.",
    "Critics said the {adj} {noun} left {n} questions unanswered.",
    "{org} said it had {verb} {n} applications for the {noun} since {year}.",
    "Why did {org} wait {n} weeks before it {verb} the {noun}?",
    "By {month} {day}, {n} of the {n2} promised houses in {place} were ready.",
    "The {noun}, {verb} by {person}, is the {ordinal} of its kind in {place}.",
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "largest", "oldest", "last")


def sentence(rng: random.Random, names: Names) -> str:
    """One generated sentence: a template filled with names, words and numbers."""
    return rng.choice(_TEMPLATES).format(
        person=rng.choice(names.people),
        place=rng.choice(names.places),
        org=rng.choice(names.organisations),
        verb=rng.choice(_VERBS),
        adj=rng.choice(_ADJECTIVES),
        noun=rng.choice(_NOUNS),
        month=rng.choice(_MONTHS),
        month2=rng.choice(_MONTHS),
        day=rng.randint(1, 28),
        day2=rng.randint(1, 28),
        year=rng.randint(1990, 2024),
        n=rng.randint(2, 9999),
        n2=rng.randint(10000, 20000),
        ordinal=rng.choice(_ORDINALS),
    )


def article_text(number: int, names: Names) -> str:
    """Article *number*: a title and 5 to 8 paragraphs of 2 to 5 sentences, the same each time."""
    rng = random.Random(number)
    title = sentence(rng, names).rstrip(".?")
    paragraphs = [
        " ".join(sentence(rng, names) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(5, 8))
    ]
    return "\n\n".join([title, *paragraphs]) + "\n"


def article_path(folder: Path, number: int) -> Path:
    """Where article *number* of the project in *folder* lives."""
    return folder / "corpus" / f"{number:05d}_generated.txt"


def generate_project(folder: Path, count: int, names: Names) -> None:
    """A project of *count* generated articles, with this repository's glossary and settings."""
    (folder / "corpus").mkdir(parents=True)
    shutil.copytree(ROOT / "glossary", folder / "glossary")
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    for number in range(count):
        article_path(folder, number).write_text(article_text(number, names), encoding="utf-8")


def make_project(folder: Path, count: int) -> None:
    """A project whose corpus holds *count* articles, cycling through the real ones.

    Used by `bench/report.py`; the curve here uses `generate_project`.
    """
    (folder / "corpus").mkdir(parents=True)
    shutil.copytree(ROOT / "glossary", folder / "glossary")
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        # A unique last paragraph, so that articles are not all identical.
        text = text.rstrip("\n") + f"\n\nThis is copy number {number} of {seed.stem}.\n"
        (folder / "corpus" / f"{number:04d}_{seed.stem}.txt").write_text(text, encoding="utf-8")


ADDED = "The ministry added a short statement on the matter late on Tuesday."


def edit_article(path: Path) -> None:
    """Add a sentence to the second paragraph of the article at *path*."""
    title, first, *rest = path.read_text(encoding="utf-8").split("\n\n")
    first += " " + ADDED
    path.write_text("\n\n".join([title, first, *rest]), encoding="utf-8")


SUFFIX = " Junior"


def edit_entry(folder: Path, entry_id: str) -> None:
    """Change the first approved form of the glossary entry *entry_id* in *folder*."""
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        start = text.find(f"- id: {entry_id}\n")
        if start < 0:
            continue
        end = text.find("\n- id: ", start)
        end = len(text) if end < 0 else end
        block, count = re.subn(r"(approved: )([^}\n]+)", rf"\1\2{SUFFIX}", text[start:end], count=1)
        if count:
            path.write_text(text[:start] + block + text[end:], encoding="utf-8")
            return
    raise SystemExit(f"bench: no approved form of glossary entry {entry_id!r} to edit")


def measure(name: str, commands: Sequence[Sequence[str]], folder: Path, ok: int = 0) -> Step:
    """Run *commands* in one fresh wrapper in *folder*; their time and peak memory."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as listed:
        json.dump([list(command) for command in commands], listed)
        listed.flush()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, listed.name],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
    status, seconds, peak = done.stdout.split()
    if done.returncode or int(status) > ok:
        raise SystemExit(f"bench: {name} failed (exit {status}):\n{done.stderr}")
    return Step(name, float(seconds), int(peak) * 1024 / 1e6)


def template(po: Path, pot: Path) -> None:
    """The template of the PO file *po*: its entries with no translation, written to *pot*."""
    catalog = polib.pofile(str(po))
    for entry in catalog:
        entry.msgstr = ""
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        entry.previous_msgid = None
    catalog[:] = [entry for entry in catalog if not entry.obsolete]
    catalog.save(str(pot))


def msgmerge(pairs: Sequence[tuple[Path, Path]], out: Path) -> list[list[str]]:
    """One msgmerge command per (PO file, template) pair, each writing into *out*."""
    return [
        ["msgmerge", "--quiet", "--output-file", str(out / f"{index}.po"), str(po), str(pot)]
        for index, (po, pot) in enumerate(pairs)
    ]


def curve(count: int, names: Names, jobs: int, msgmerge_all: bool) -> list[Step]:
    """Every step at *count* articles."""
    run = [*COMMAND, "run", "--engine", "none", "--jobs", str(jobs)]
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as name:
        folder = Path(name)
        project, peer = folder / "project", folder / "peer"
        peer.mkdir()
        generate_project(project, count, names)
        steps = [measure("first run", [run], project), measure("no-change run", [run], project)]

        edited = article_path(project, count // 2)
        before = []
        for po in sorted((project / "locales").glob(f"*/{edited.stem}.po")):
            before.append(peer / f"{po.parent.name}-before.po")
            shutil.copy(po, before[-1])
        edit_article(edited)
        steps.append(measure("one-article edit, run", [run], project))
        written = project / "locales"
        if not all(
            ADDED
            in (written / old.name.removesuffix("-before.po") / f"{edited.stem}.po").read_text()
            for old in before
        ):
            raise SystemExit("bench: the edited sentence is missing from the article's PO files")
        pairs = []
        for old in before:
            language = old.name.removesuffix("-before.po")
            pairs.append((old, peer / f"{language}.pot"))
            template(project / "locales" / language / f"{edited.stem}.po", pairs[-1][1])
        steps.append(measure("  msgmerge, that article's files", msgmerge(pairs, peer), folder))

        edit_entry(project / "glossary", names.edited_entry)
        steps.append(measure("glossary-entry edit, run", [run], project))
        if not any(SUFFIX in po.read_text(encoding="utf-8") for po in written.rglob("*.po")):
            raise SystemExit("bench: no PO file shows the edited glossary form")
        steps.append(measure("check", [[*COMMAND, "check"]], project, ok=1))

        if msgmerge_all:
            templates = folder / "templates"
            pairs = []
            for index, po in enumerate(sorted((project / "locales").rglob("*.po"))):
                templates.mkdir(exist_ok=True)
                pairs.append((po, templates / f"{index}.pot"))
                template(po, pairs[-1][1])
            merged = folder / "merged"
            merged.mkdir()
            steps.append(measure("  msgmerge, every file", msgmerge(pairs, merged), folder))
    return steps


@dataclass(frozen=True)
class Verdict:
    """One acceptance line and whether the measurements meet it (None: not measured)."""

    line: str
    passed: bool | None


def seconds_of(results: dict[int, list[Step]], count: int, name: str) -> float | None:
    """The seconds of step *name* at *count* articles, if measured."""
    return next((s.seconds for s in results.get(count, []) if s.name == name), None)


def peak_of(results: dict[int, list[Step]], count: int, name: str) -> float | None:
    """The peak memory (MB) of step *name* at *count* articles, if measured."""
    return next((s.peak_mb for s in results.get(count, []) if s.name == name), None)


def verdicts(results: dict[int, list[Step]]) -> list[Verdict]:
    """Issue 14's acceptance lines for runs, and the no-change speed-up this bench kept."""
    edit, same, first = "one-article edit, run", "no-change run", "first run"

    def judge(line: str, values: Sequence[float | None], test: Callable[..., bool]) -> Verdict:
        if any(value is None for value in values):
            return Verdict(line, None)
        return Verdict(line, test(*values))

    return [
        judge(
            "1,000 articles: a run after a one-article edit takes <= 2x the no-change run",
            [seconds_of(results, 1000, edit), seconds_of(results, 1000, same)],
            lambda a, b: a <= 2 * b,
        ),
        judge(
            "10,000 articles: that run takes < 5 s",
            [seconds_of(results, 10000, edit)],
            lambda a: a < 5,
        ),
        judge(
            "10,000 articles: that run peaks under 300 MB",
            [peak_of(results, 10000, edit)],
            lambda a: a < 300,
        ),
        judge(
            "1,000 articles: the no-change run is >= 20x faster than the first",
            [seconds_of(results, 1000, first), seconds_of(results, 1000, same)],
            lambda a, b: a >= 20 * b,
        ),
    ]


def parse_sizes(text: str) -> list[int]:
    """``100,1000`` as [100, 1000]; argparse's error for anything else."""
    try:
        sizes = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give article counts like 100,1000") from None
    if not sizes or min(sizes) < 2:
        raise argparse.ArgumentTypeError(f"{text!r}: every size must be at least 2 articles")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    """Print the curve and the acceptance lines; 1 unless every line passes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--msgmerge-all-max",
        type=int,
        default=10000,
        help="largest size at which every file goes through msgmerge",
    )
    args = parser.parse_args(argv)
    if shutil.which("msgmerge") is None:
        parser.error("msgmerge not found: install gettext (scripts/setup does)")
    names = glossary_names(ROOT / "glossary")
    results: dict[int, list[Step]] = {}
    for count in args.sizes:
        started = time.perf_counter()
        results[count] = curve(count, names, args.jobs, count <= args.msgmerge_all_max)
        print(f"{count:,} articles measured in {time.perf_counter() - started:.0f} s:", flush=True)
        for step in results[count]:
            print(f"  {step.name:<34}{step.seconds:8.2f} s {step.peak_mb:6.0f} MB", flush=True)

    users = sum(names.edited_name in article_text(n, names) for n in range(max(args.sizes)))
    print(
        f"\nengine none, {LANGUAGES} languages, jobs {args.jobs}, time and peak memory; "
        f"the edited entry, {names.edited_entry}, is named in {users:,} of "
        f"{max(args.sizes):,} articles"
    )
    steps = list(dict.fromkeys(step.name for count in args.sizes for step in results[count]))
    print(f"{'step':<34}" + "".join(f"{f'{count:,} articles':>22}" for count in args.sizes))
    for name in steps:
        row = f"{name:<34}"
        for count in args.sizes:
            found = [step for step in results[count] if step.name == name]
            cell = f"{found[0].seconds:8.2f} s {found[0].peak_mb:6.0f} MB" if found else "-"
            row += f"{cell:>22}"
        print(row)
    print()
    all_passed = True
    for verdict in verdicts(results):
        label = {True: "PASS", False: "FAIL", None: "SKIP"}[verdict.passed]
        print(f"{label}  {verdict.line}")
        all_passed = all_passed and verdict.passed is True
    return 0 if all_passed else 1


if __name__ == "__main__":
    sys.exit(main())

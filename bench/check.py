"""Benchmark `news-translate check` against a bare polib parse of the same PO files.

Builds a project of N distinct articles (sentences from templates x glossary names x invented
names x numbers, seed fixed) and their PO files in six languages, laid out as
`news-translate run --engine none` writes them (written directly: a run over 10,000 articles
takes longer than the whole bench), filled like translators would: about half the entries
reviewed, a fifth fuzzy, the rest untranslated; names rendered with their approved forms, a
few with a deprecated or diacritics-folded one. Projects are kept in `.bench/` (git-ignored)
and reused. Then, each command in a fresh process (peak RSS from RUSAGE_CHILDREN):

- parse: `polib.pofile` on every PO file, one process;
- cold check: `news-translate check --format json` with no check cache, in one process
  (`--jobs 1`) and with the default workers (one per core, at most 4; peak RSS is then the
  largest process's, not the sum);
- warm check: the same again, nothing changed;
- one file: one PO file edited, then `news-translate check <that file>` (what pre-commit does
  for an edit), and the full check after that edit.

Acceptance (exit 1 when one fails): cold check <= 1.5x the parse at 1,000 and 10,000 articles,
<= 2x at 100; the one-file check under 1 s at 10,000; cold peak RSS under 200 MB at 10,000.

    python bench/check.py [--articles 100 1000 10000]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import polib

from translate.cli.check import default_jobs
from translate.config import load_config
from translate.glossary.matcher import Matcher, source_matcher
from translate.glossary.model import Glossary, Kind
from translate.glossary.yaml import load_glossary
from translate.text.articles import read_article
from translate.text.segments import Segment, segment_article

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".bench"
COMMAND = str(Path(sys.executable).with_name("news-translate"))
#: Changed whenever the generated projects change, so that old ones are rebuilt.
VERSION = 2
LANGUAGES = ("az", "ru", "tr", "es", "fr", "de")

TEMPLATES = (
    "{place} hosted talks between officials of {country} and {country2} on {day} {month}.",
    "{person} told reporters in {place} that {num} families had returned home.",
    "The {org} said on {day} {month} that {num} projects in {place} were complete.",
    "According to {org}, {num} people attended the ceremony in {place}.",
    "{person} met {visitor} in {place} to discuss trade worth {num} million dollars.",
    "Delegations from {country} and {country2} signed {num} agreements in {place}.",
    "{visitor}, a local historian from {place}, recalled the events of {year}.",
    "Officials in {place} reported that {num} kilometres of road had been rebuilt.",
    "{person} thanked {country} for its support during the visit of {visitor}.",
    "The memorial in {place} was visited by {num} people on {day} {month} {year}.",
    "Residents of {place} and {place2} marked the anniversary with a minute of silence.",
    "{org} experts inspected {num} schools in {place} last {month}.",
    "A new line links {place} with {place2}, cutting the journey to {num} minutes.",
    "In {year}, {visitor} moved to {place}, where the family still lives.",
    "The talks in {country} ended without a statement, {visitor} said.",
    "{person} and {visitor} laid flowers at the monument in {place}.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
SYLLABLES = ("ra", "ma", "tel", "mur", "sev", "ka", "li", "dor", "nes", "vin", "ta", "gor", "bel",
             "sun", "zar", "to", "mi", "ver", "lan", "pol")  # fmt: skip


def _invented(rng: random.Random) -> str:
    """A person's name no glossary entry claims, so that `source.unknown-name` has work."""
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    last = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    return f"{first} {last}ov"


@dataclass(frozen=True)
class Names:
    places: tuple[str, ...]
    countries: tuple[str, ...]
    people: tuple[str, ...]
    organisations: tuple[str, ...]


def names_of(glossary: Glossary) -> Names:
    """English names of the glossary per kind; a variant now and then, deprecated included."""
    by_kind: dict[str, list[str]] = {}
    for entry in glossary:
        if all(entry.target(language) for language in LANGUAGES):
            kind = "country" if Path(entry.path).name == "countries.yaml" else entry.kind.value
            by_kind.setdefault(kind, []).extend([entry.en, entry.en, entry.en])
            by_kind[kind].extend(variant.form for variant in entry.variants[:1])
    return Names(
        tuple(by_kind.get(Kind.PLACE.value, [])),
        tuple(by_kind.get("country", [])),
        tuple(by_kind.get(Kind.PERSON.value, [])),
        tuple(by_kind.get(Kind.ORGANISATION.value, [])),
    )


def sentence(rng: random.Random, names: Names) -> str:
    values = {
        "place": rng.choice(names.places),
        "place2": rng.choice(names.places),
        "country": rng.choice(names.countries),
        "country2": rng.choice(names.countries),
        "person": rng.choice(names.people),
        "org": rng.choice(names.organisations),
        "visitor": _invented(rng),
        "num": str(rng.randint(2, 9999)),
        "day": str(rng.randint(1, 28)),
        "month": rng.choice(MONTHS),
        "year": str(rng.randint(1950, 2024)),
    }
    return rng.choice(TEMPLATES).format(**values)


def article(rng: random.Random, names: Names) -> str:
    title = sentence(rng, names).rstrip(".")
    paragraphs = [
        " ".join(sentence(rng, names) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(4, 8))
    ]
    return "\n\n".join([title, *paragraphs]) + "\n"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def translate_like_a_translator(
    rng: random.Random, glossary: Glossary, language: str, msgid: str
) -> str:
    """*msgid* with each glossary name in its approved form, now and then a wrong one."""
    matcher = _matcher(glossary)
    parts, last = [], 0
    for match in matcher.find(msgid):
        entry = glossary.get(match.entry)
        target = entry.target(language)
        if match.alternative:
            alternative = entry.alternative(match.name)
            target = alternative.target(language) if alternative else None
        form = target.approved if target else match.surface
        roll = rng.random()
        if target and target.deprecated and roll < 0.02:
            form = target.deprecated[0]
        elif roll < 0.03:
            form = _fold(form) + ("" if _fold(form) != form else "x")
        parts += [msgid[last : match.start], form]
        last = match.end
    return f"[{language}] " + "".join([*parts, msgid[last:]])


_MATCHERS: dict[int, Matcher] = {}


def _matcher(glossary: Glossary) -> Matcher:
    if id(glossary) not in _MATCHERS:
        _MATCHERS[id(glossary)] = source_matcher(glossary)
    return _MATCHERS[id(glossary)]


def _quoted(text: str) -> str:
    return '"' + str(polib.escape(text)) + '"'


def render_po(
    rng: random.Random, glossary: Glossary, language: str, shown: str, segments: list[Segment]
) -> str:
    """The PO file `run --engine none` lays out for an article (header, one entry per distinct
    sentence with its glossary hints and source line), filled like a translator would."""
    matcher = _matcher(glossary)
    lines = [
        f"# {language} translation of {shown}.",
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: news-translate\\n"',
        f'"Language: {language}\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        "",
    ]
    seen: set[str] = set()
    for segment in segments:
        if segment.text in seen:
            continue
        seen.add(segment.text)
        for match in matcher.find(segment.text):
            target = glossary.get(match.entry).target(language)
            lines.append(f"#. glossary: {match.name} → {target.approved if target else '?'}")
        lines.append(f"#: {shown}:{segment.line}")
        roll = rng.random()
        msgstr = "" if roll < 0.3 else translate_like_a_translator(rng, glossary, language,
                                                                    segment.text)  # fmt: skip
        if 0.3 <= roll < 0.5:
            lines.append("#, fuzzy")
        lines += [f"msgid {_quoted(segment.text)}", f"msgstr {_quoted(msgstr)}", ""]
    return "\n".join(lines)


def build(count: int) -> Path:
    """The project of *count* articles, built once into `.bench/` and reused."""
    root = CACHE / f"check-{count}-v{VERSION}"
    if (root / "done").exists():
        return root
    started = time.perf_counter()
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(ROOT / "glossary", root / "glossary")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "corpus").mkdir()
    for language in LANGUAGES:
        (root / "locales" / language).mkdir(parents=True)
    glossary = load_glossary(root / "glossary")
    names = names_of(glossary)
    config = load_config(root)
    rng = random.Random(count)
    for number in range(count):
        path = root / "corpus" / f"{number:05d}_bench.txt"
        path.write_text(article(rng, names), "utf-8")
        segments = list(segment_article(read_article(path, boilerplate=config.boilerplate)))
        for language in LANGUAGES:
            text = render_po(rng, glossary, language, f"corpus/{path.name}", segments)
            (root / "locales" / language / f"{path.stem}.po").write_text(text, "utf-8")
    (root / "done").write_text("", "utf-8")
    print(f"built {count} articles in {time.perf_counter() - started:.0f} s", flush=True)
    return root


# Runs a command and prints its peak resident memory (KiB) and its exit code: RUSAGE_CHILDREN
# of a fresh process, so that each command is measured alone.
_PEAK = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], "
    "stdout=subprocess.DEVNULL).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)
_PARSE = (
    "import pathlib, sys, polib\n"
    "files = sorted(pathlib.Path(sys.argv[1]).rglob('*.po'))\n"
    "print(sum(len(polib.pofile(str(path))) for path in files))\n"
)


@dataclass(frozen=True)
class Timing:
    seconds: float
    peak_mib: float


def timed(command: list[str], cwd: Path) -> Timing:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *command], cwd=cwd, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    peak, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with exit code {code}: {done.stderr}")
    return Timing(seconds, int(peak) / 1024)


def check_cache_files(root: Path) -> list[Path]:
    return [path for path in (root / "locales").glob(".news-translate-check*")]


def measure(count: int) -> list[str]:
    """Print the figures for *count* articles; the acceptance lines that fail."""
    root = build(count)
    files = sorted((root / "locales").rglob("*.po"))
    parse = timed([sys.executable, "-c", _PARSE, str(root / "locales")], root)
    for path in check_cache_files(root):
        path.unlink()
    check = [COMMAND, "check", "--format", "json"]
    serial = timed([*check, "--jobs", "1"], root)
    for path in check_cache_files(root):
        path.unlink()
    cold = timed(check, root)
    warm = timed(check, root)
    edited = files[len(files) // 2]
    original = edited.read_bytes()
    try:
        catalog = polib.pofile(str(edited))
        entry = next(e for e in catalog if e.msgstr and not e.fuzzy)
        entry.msgstr += " (edited)"
        catalog.save()
        one = timed([*check, str(edited.relative_to(root))], root)
        after_edit = timed(check, root)
    finally:
        edited.write_bytes(original)
    print(f"{count} articles, {len(files)} PO files")
    rows = [
        ("bare polib parse", parse),
        ("cold check, --jobs 1", serial),
        (f"cold check, --jobs {default_jobs()}", cold),
        ("warm check", warm),
        ("check of one edited file", one),
        ("full check after the edit", after_edit),
    ]
    for label, timing in rows:
        ratio = timing.seconds / parse.seconds
        print(f"  {label:26} {timing.seconds:7.2f} s  {ratio:5.2f}x parse  "
              f"peak {timing.peak_mib:6.0f} MiB")  # fmt: skip
    failed = []
    budget = 2.0 if count < 1000 else 1.5
    if cold.seconds > budget * parse.seconds:
        failed.append(f"{count}: cold check {cold.seconds / parse.seconds:.2f}x > {budget}x")
    if count >= 10000 and one.seconds >= 1.0:
        failed.append(f"{count}: one-file check {one.seconds:.2f} s >= 1 s")
    if count >= 10000 and cold.peak_mib >= 200:
        failed.append(f"{count}: cold peak {cold.peak_mib:.0f} MiB >= 200 MiB")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    failed = [line for count in args.articles for line in measure(count)]
    for line in failed:
        print(f"FAIL {line}")
    print("all acceptance lines hold" if not failed else f"{len(failed)} acceptance line(s) fail")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Feed every command hostile input and count the clean one-line errors.

The cases (tests/hostile_cases.py, also run by tests/test_hostile_inputs.py) break a copy of
this project: files where folders belong and the reverse, binary and mis-encoded files, symlinks
out of the corpus, broken pyproject.toml values, unknown languages, impossible options. A case
passes when the command exits 2 with exactly one ``news-translate: error:`` line on stderr that
names the file or option and the fix, and writes nothing (or, for the few inputs that are fine
once normalised, such as ``--lang ES``, when it does the right thing).

Usage: python bench/hostile_inputs.py [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_cases import CASES, Case, Outcome, run_case  # noqa: E402


def run_one(case: Case) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        return run_case(case, Path(folder))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run the cases whose id contains this")
    options = parser.parse_args()
    cases = [case for case in CASES if options.only in case.id]
    skipped = [case for case in cases if case.skip]
    failures: list[tuple[Case, Outcome]] = []
    for case in cases:
        if case.skip:
            continue
        outcome = run_one(case)
        if outcome.problems:
            failures.append((case, outcome))
    ran = len(cases) - len(skipped)
    errors = [case for case in cases if case.expect == "error" and not case.skip]
    clean = len(errors) - sum(1 for case, _ in failures if case.expect == "error")
    print(f"bad inputs with a clean error: {clean}/{len(errors)}")
    print(f"all cases passing (bad inputs, and inputs fine once normalised): "
          f"{ran - len(failures)}/{ran}")  # fmt: skip
    for case in skipped:
        print(f"skipped {case.id}: {case.skip}")
    if failures:
        width = max(len(case.id) for case, _ in failures)
        print(f"\n{'case'.ljust(width)}  exit  problem / stderr")
        for case, outcome in failures:
            first = outcome.stderr.strip().splitlines()[:1]
            print(f"{case.id.ljust(width)}  {outcome.code:>4}  {'; '.join(outcome.problems)}")
            if first:
                print(f"{''.ljust(width)}        stderr: {first[0][:150]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Term accuracy of Apertium en→es drafts on the corpus, with and without glossary enforcement.

Term accuracy is the share of glossary-term occurrences whose approved Spanish form (or one of
its listed inflected forms) appears in the draft. Also counts the drafts that lost or
duplicated a term; that count must be 0.

    python bench/terms.py [--language es]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from translate.drafts import Scheme, draft_batch, term_form
from translate.engines.apertium import ApertiumEngine
from translate.glossary.matcher import Match, source_matcher
from translate.glossary.model import Glossary
from translate.glossary.yaml import load_glossary
from translate.text.articles import read_article
from translate.text.segments import segment_article

ROOT = Path(__file__).resolve().parent.parent


def occurrences(form: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE))


def accuracy(
    matches: list[list[Match]],
    drafts: list[str],
    glossary: Glossary,
    language: str,
) -> tuple[int, int, list[str]]:
    """(terms found in the draft, terms in the source, examples of misses)."""
    hit = total = 0
    misses: list[str] = []
    for found, draft in zip(matches, drafts, strict=True):
        wanted: Counter[tuple[str, ...]] = Counter()
        for match in found:
            target, _ = term_form(glossary.get(match.entry), match, language)
            if target is not None:
                wanted[tuple(dict.fromkeys((target.approved, *target.forms)))] += 1
        for forms, count in wanted.items():
            seen = sum(occurrences(form, draft) for form in forms)
            total += count
            hit += min(seen, count)
            if seen < count and len(misses) < 8:
                misses.append(f"{forms[0]!r} missing in: {draft[:100]}")
    return hit, total, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="es")
    args = parser.parse_args()
    language = args.language

    glossary = load_glossary(ROOT / "glossary")
    matcher = source_matcher(glossary)
    sentences = list(
        dict.fromkeys(
            seg.text
            for path in sorted((ROOT / "corpus").glob("*.txt"))
            for seg in segment_article(read_article(path))
        )
    )
    matches = [matcher.find(text) for text in sentences]
    engine = ApertiumEngine()

    started = time.perf_counter()
    plain = engine.translate_batch(sentences, "en", language)
    plain_seconds = time.perf_counter() - started
    started = time.perf_counter()
    enforced = draft_batch(
        sentences,
        matches,
        glossary,
        language,
        Scheme.SURROGATE,
        lambda texts: engine.translate_batch(texts, "en", language),
    )
    enforced_seconds = time.perf_counter() - started

    base_hit, total, base_misses = accuracy(matches, plain, glossary, language)
    hit, _, misses = accuracy(matches, [d.text for d in enforced], glossary, language)
    lost = sum(1 for d in enforced if any(p.startswith("term lost") for p in d.problems))
    duplicated = sum(
        1 for d in enforced if any(p.startswith("term duplicated") for p in d.problems)
    )

    print(f"Apertium en->{language}: {len(sentences)} distinct sentences, {total} term occurrences")
    print(f"  without enforcement  {base_hit}/{total} = {100 * base_hit / total:.1f}%"
          f"  ({plain_seconds:.2f} s)")  # fmt: skip
    print(f"  with enforcement     {hit}/{total} = {100 * hit / total:.1f}%"
          f"  ({enforced_seconds:.2f} s)")  # fmt: skip
    print(f"  drafts that lost a term: {lost}; that duplicated a term: {duplicated}")
    for miss in misses:
        print(f"  miss: {miss}")
    if base_misses:
        print(f"  e.g. without enforcement: {base_misses[0]}")
    ok = hit / total >= 0.99 and lost == 0 and duplicated == 0
    print("PASS" if ok else "FAIL", "(needs >= 99% and no lost or duplicated terms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

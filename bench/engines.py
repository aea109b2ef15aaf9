"""Compare our Argos engine with argostranslate's own translate loop, on one Argos-size package.

    python bench/engines.py [--beams 2,4] [--threads 2] [--limit 0] [--repeat 1]
                            [--model copy|random] [--min-ratio 5]

The package is built here, since there is no network: SentencePiece with 8,000 pieces trained on
the corpus (ten copies of it, plus letter-rotated copies so that 8,000 pieces exist), and a
Transformer of Argos's size (6 + 6 layers, d_model 512, 8 heads, FFN 2048) quantized to int8
as Argos packages are. With ``--model copy`` (the default) its weights are those of
`tests/argos_model.copy_spec`: it copies its source and then stops, so each output ends where a
real translation would, about as long as its source; every block of the 6 + 6 layers is
computed (the unused ones have zero weights), so a token costs what it costs in a real model.
``--model random`` gives random weights, whose outputs run to the 256-token cap: no real model
does that, so it is only there to compare with older figures.

Every measurement runs in a fresh process (``--side``), which reports its time, its outputs
and its peak RSS, so each side's memory is its own: our engine never imports argostranslate,
torch or Stanza. Both sides translate every distinct corpus sentence
(`translate.text.segments.sentences` over each title and paragraph) from the same CTranslate2
model, with the same beam size and decoding cap (CTranslate2's default, 256, which
argostranslate does not change), after loading the model on one warm-up sentence:

* ours: one `ArgosEngine.translate_batch` call over all sentences;
* argostranslate 1.11: ``translation.translate(sentence)`` in a loop, the translation object
  taken once from ``get_translation_from_codes``, as a user would call it.

Each side runs in every thread layout (``inter_threads`` × ``intra_threads``) whose product is
at most ``--threads``, ``--repeat`` times, and each side's best layout is compared: its
sentences/s and target tokens/s (the outputs' SentencePiece pieces), and its peak RSS. Exit 0
when, at every beam, ours is ``--min-ratio`` times faster and its peak RSS is no higher.

What we set for argostranslate, and why:

* ``XDG_DATA_HOME``, ``XDG_CONFIG_HOME``, ``XDG_CACHE_HOME`` point into the temporary directory,
  since importing ``argostranslate.settings`` creates directories there.
* ``ARGOS_CHUNK_TYPE=STANZA`` and a sentencizer that returns its input whole: argostranslate
  splits each input with Stanza (or MiniSBD), whose models must be downloaded, and there is no
  network here. Each input already is one sentence, so nothing is lost, and argostranslate is
  spared the cost of its splitter, which a real user pays: the ratio is in its favour.
* ``ARGOS_BEAM_SIZE``, ``ARGOS_INTER_THREADS``, ``ARGOS_INTRA_THREADS``,
  ``ARGOS_COMPUTE_TYPE=default`` (the model's int8, as ours), ``ARGOS_DEVICE_TYPE=cpu``.

A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SIDES = ("ours", "argostranslate")
WARM_UP = "Warm up the model before timing."


@dataclass(frozen=True)
class Measure:
    """One side, in one thread layout at one beam, in its own process."""

    side: str
    beam: int
    inter: int
    intra: int
    seconds: float
    cpu_seconds: float
    outputs: tuple[str, ...]
    peak_mb: float
    stages: dict[str, float]

    @property
    def layout(self) -> str:
        return f"{self.inter}×{self.intra}"


def corpus_sentences(corpus: Path) -> list[str]:
    """Every distinct sentence of every title and paragraph in *corpus*, in file order."""
    from translate.text.articles import read_article
    from translate.text.segments import sentences

    found: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        article = read_article(path)
        texts = [article.title.text] if article.title is not None else []
        for text in texts + [paragraph.text for paragraph in article.paragraphs]:
            found.extend(sentences(text))
    return list(dict.fromkeys(found))


def rotate(text: str, shift: int) -> str:
    """*text* with every ASCII letter moved *shift* places on in the alphabet."""
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    moved = lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift]
    return text.translate(str.maketrans(lower + upper, moved))


def build_package(directory: Path, model: str) -> Path:
    """An Argos-size en → es package, int8; returns the ``.argosmodel``."""
    from argos_model import (
        build_archive,
        copy_spec,
        corpus_lines,
        metadata,
        random_spec,
        train_sentencepiece,
        vocabulary,
    )

    lines = corpus_lines(ROOT / "corpus")
    training = lines * 10 + [rotate(line, shift) for shift in range(1, 14) for line in lines]
    sp_model = train_sentencepiece(training, directory / "sp", vocab_size=8000)
    vocab = vocabulary(sp_model)
    size: dict[str, Any] = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048}
    spec = copy_spec(vocab, **size) if model == "copy" else random_spec(vocab, **size, seed=1)
    return build_archive(
        spec,
        sp_model,
        directory,
        name=f"translate-en_es-bench-{model}",
        meta=metadata("en", "es"),
        quantization="int8",
    )


def rss_mb() -> float:
    """The resident set size of this process now, in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def cpu_seconds() -> float:
    """User and system time of this process so far, every thread included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    """The peak RSS of this process, in MB.

    ``VmHWM``, not ``getrusage``: a child's ``ru_maxrss`` starts at its parent's RSS at fork
    and survives ``exec``, so it would report the bench's own peak.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1e3  # kB
    raise RuntimeError("no VmHWM in /proc/self/status")


# -- one measurement, in its own process ---------------------------------------------------


def measure_ours(package: Path, texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    from translate.engines.argos import ArgosEngine, load_tokenizer
    from translate.engines.argos_packages import read_package
    from translate.engines.base import Device

    stages = {"rss after import": rss_mb()}
    engine = ArgosEngine(
        package.parent,
        beam_size=args.beam,
        inter_threads=args.inter,
        intra_threads=args.intra,
        device=Device.CPU,
    )
    engine.translate_batch([WARM_UP], "en", "es")
    stages["rss after load"] = rss_mb()
    cpu, start = cpu_seconds(), time.perf_counter()
    outputs = engine.translate_batch(texts, "en", "es")
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    # Where the time goes: the tokenizer's share, timed again on its own.
    tokenizer = load_tokenizer(read_package(package))
    start = time.perf_counter()
    pieces = tokenizer.encode(texts, out_type=str)
    stages["tokenize s"] = time.perf_counter() - start
    start = time.perf_counter()
    for sentence in pieces:
        tokenizer.decode(sentence)
    stages["detokenize s"] = time.perf_counter() - start
    return {"seconds": seconds, "cpu": cpu, "outputs": outputs, "stages": stages}


class WholeText:
    """A sentencizer for argostranslate that does not split: each input is one sentence."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def measure_argostranslate(
    package: Path, texts: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    from argostranslate import settings
    from argostranslate import translate as argos

    stages = {"rss after import": rss_mb()}
    assert (settings.beam_size, settings.inter_threads, settings.intra_threads) == (
        args.beam,
        args.inter,
        args.intra,
    )
    translation = argos.get_translation_from_codes("en", "es")
    translation.underlying.sentencizer = WholeText()  # CachedTranslation → PackageTranslation
    translation.translate(WARM_UP)
    stages["rss after load"] = rss_mb()
    cpu, start = cpu_seconds(), time.perf_counter()
    outputs = [translation.translate(text) for text in texts]
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"seconds": seconds, "cpu": cpu, "outputs": outputs, "stages": stages}


def argos_environment(root: Path, beam: int, inter: int, intra: int) -> dict[str, str]:
    """The variables argostranslate reads at import; see the module docstring."""
    return {
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "ARGOS_PACKAGES_DIR": str(root / "packages"),
        "ARGOS_CHUNK_TYPE": "STANZA",
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_BEAM_SIZE": str(beam),
        "ARGOS_INTER_THREADS": str(inter),
        "ARGOS_INTRA_THREADS": str(intra),
        "ARGOS_COMPUTE_TYPE": "default",
    }


def child(args: argparse.Namespace) -> int:
    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    package = Path(args.package)
    run = measure_ours if args.side == "ours" else measure_argostranslate
    found = run(package, texts, args)
    found["peak_mb"] = peak_mb()
    Path(args.result).write_text(json.dumps(found), encoding="utf-8")
    return 0


# -- the comparison ------------------------------------------------------------------------


def spawn(side: str, root: Path, beam: int, inter: int, intra: int) -> Measure:
    """Run one measurement in a fresh process; its result."""
    result = root / f"{side}-{beam}-{inter}x{intra}.json"
    command = [sys.executable, __file__, "--side", side, "--beam", str(beam),
               "--inter", str(inter), "--intra", str(intra), "--package",
               str(root / "packages" / "bench"), "--texts", str(root / "texts.json"),
               "--result", str(result)]  # fmt: skip
    environment = {**os.environ, **argos_environment(root, beam, inter, intra)}
    subprocess.run(command, check=True, env=environment)
    found = json.loads(result.read_text(encoding="utf-8"))
    return Measure(
        side, beam, inter, intra, found["seconds"], found["cpu"], tuple(found["outputs"]),
        found["peak_mb"], found["stages"],
    )  # fmt: skip


def layouts(threads: int) -> list[tuple[int, int]]:
    """Every ``(inter, intra)`` using at most *threads* cores, e.g. 1×1, 1×2, 2×1."""
    return [
        (inter, intra)
        for inter in range(1, threads + 1)
        for intra in range(1, threads + 1)
        if inter * intra <= threads
    ]


def independence(root: Path, texts: list[str], count: int) -> int:
    """On a random model (near-ties everywhere), how many drafts differ alone and batched.

    Prints ours and plain CTranslate2 batches (padded to the longest, as argostranslate and the
    old engine did); returns the number of our drafts that differ.
    """
    import ctranslate2

    from translate.engines.argos import ArgosEngine, load_tokenizer
    from translate.engines.argos_packages import install_from_file, read_package
    from translate.engines.base import Device

    folder = root / "random"
    install_from_file(build_package(root / "build-random", "random"), folder)
    engine = ArgosEngine(folder, device=Device.CPU, max_decoding_length=64)
    sample = texts[:count]
    batched = engine.translate_batch(sample, "en", "es")
    ours = sum(engine.translate_batch([text], "en", "es") != [draft]
               for text, draft in zip(sample, batched, strict=True))  # fmt: skip
    (package,) = [read_package(path) for path in folder.iterdir()]
    pieces = load_tokenizer(package).encode(sample, out_type=str)
    translator = ctranslate2.Translator(str(package.model_dir), device="cpu")
    options: dict[str, Any] = {"beam_size": 2, "max_decoding_length": 64, "length_penalty": 0.2}
    alone = [translator.translate_batch([p], **options)[0].hypotheses[0] for p in pieces]
    padded = translator.translate_batch(pieces, max_batch_size=1024, batch_type="tokens", **options)
    plain = sum(a != b.hypotheses[0] for a, b in zip(alone, padded, strict=True))
    print(f"random model, {len(sample)} sentences, drafts that differ alone and batched: "
          f"ours {ours}, CTranslate2 padded batches {plain}")  # fmt: skip
    return ours


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--beams", default="2,4", help="beam sizes, comma-separated")
    parser.add_argument("--threads", type=int, default=2, help="CPU cores for CTranslate2")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only (0: all)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per layout; the best counts")
    parser.add_argument("--model", choices=("copy", "random"), default="copy")
    parser.add_argument("--min-ratio", type=float, default=5.0)
    parser.add_argument(
        "--independence", type=int, default=0, metavar="N",
        help="also check on N sentences that a draft does not depend on its batch (slow)",
    )  # fmt: skip
    # One measurement in this process (used by the comparison itself).
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    for name in ("--beam", "--inter", "--intra"):
        parser.add_argument(name, type=int, default=1, help=argparse.SUPPRESS)
    for name in ("--package", "--texts", "--result"):
        parser.add_argument(name, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def best(runs: list[Measure]) -> Measure:
    return min(runs, key=lambda run: run.seconds)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.side:
        return child(args)
    import sentencepiece

    from translate.engines.argos import DEFAULT_BATCH_TOKENS, ArgosEngine, plan_batches
    from translate.engines.argos_packages import install_from_file

    texts = corpus_sentences(ROOT / "corpus")
    texts = texts[: args.limit] if args.limit else texts
    beams = [int(beam) for beam in args.beams.split(",")]
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-argos-") as scratch:
        root = Path(scratch)
        start = time.perf_counter()
        archive = build_package(root / "build", args.model)
        package = install_from_file(archive, root / "packages")
        package.path.rename(root / "packages" / "bench")
        (root / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        tokenizer = sentencepiece.SentencePieceProcessor(
            model_file=str(root / "packages" / "bench" / "sentencepiece.model")
        )
        lengths = [len(tokenizer.encode(text)) for text in texts]
        engine = ArgosEngine(root / "packages", threads=args.threads)
        budget = DEFAULT_BATCH_TOKENS // beams[0]
        inter, intra = engine.layout(len(plan_batches(lengths, budget)))
        batches = plan_batches(lengths, budget // inter)
        print(
            f"package: {args.model} model, 6+6 layers, d_model 512, 8 heads, FFN 2048, "
            f"{tokenizer.get_piece_size()} pieces, int8; built in "
            f"{time.perf_counter() - start:.1f} s\n"
            f"{len(texts)} sentences, {sum(lengths)} source tokens, {args.threads} threads; "
            f"ours at beam {beams[0]}: thread layout chosen {inter}×{intra}, "
            f"{len(batches)} batches of ≤ {budget // inter} tokens"
        )

        def target_tokens(run: Measure) -> int:
            return sum(len(tokenizer.encode(output)) for output in run.outputs)

        for beam in beams:
            found: dict[str, list[Measure]] = {side: [] for side in SIDES}
            print(f"\nbeam {beam}")
            print(f"  {'side':16} {'layout':>6} {'s':>8} {'cpu s':>8} {'sent/s':>8} {'tok/s':>8} "
                  f"{'peak MB':>8}")  # fmt: skip
            for inter, intra in layouts(args.threads):
                for side in SIDES:
                    runs = [spawn(side, root, beam, inter, intra) for _ in range(args.repeat)]
                    run = best(runs)
                    found[side].append(run)
                    print(
                        f"  {side:16} {run.layout:>6} {run.seconds:8.2f} {run.cpu_seconds:8.2f} "
                        f"{len(texts) / run.seconds:8.1f} "
                        f"{target_tokens(run) / run.seconds:8.0f} {run.peak_mb:8.0f}",
                        flush=True,
                    )
            ours, theirs = best(found["ours"]), best(found["argostranslate"])
            ratio = theirs.seconds / ours.seconds
            copied = sum(a == b for a, b in zip(ours.outputs, texts, strict=True))
            same = sum(
                a.replace("_", " ") == b for a, b in zip(ours.outputs, theirs.outputs, strict=True)
            )
            stages = ", ".join(f"{k} {v:.2f}" for k, v in ours.stages.items())
            their_stages = ", ".join(f"{k} {v:.0f}" for k, v in theirs.stages.items())
            ok_speed = ratio >= args.min_ratio
            ok_memory = ours.peak_mb <= theirs.peak_mb
            failed = failed or not (ok_speed and ok_memory)
            print(
                f"  best: ours {ours.layout} {len(texts) / ours.seconds:.1f} sentences/s, "
                f"{target_tokens(ours) / ours.seconds:.0f} tokens/s; argostranslate "
                f"{theirs.layout} {len(texts) / theirs.seconds:.1f} sentences/s, "
                f"{target_tokens(theirs) / theirs.seconds:.0f} tokens/s\n"
                f"  ratio {ratio:.1f}x (need {args.min_ratio:g}): "
                f"{'ok' if ok_speed else 'FAIL'}\n"
                f"  peak RSS ours {ours.peak_mb:.0f} MB, argostranslate {theirs.peak_mb:.0f} MB: "
                f"{'ok' if ok_memory else 'FAIL'}\n"
                f"  ours: {stages} (MB, s); argostranslate: {their_stages} (MB)\n"
                f"  outputs: ours equal to the source {copied}/{len(texts)}, "
                f"equal to argostranslate's {same}/{len(texts)}"
            )
        if args.independence:
            failed = independence(root, texts, args.independence) > 0 or failed
    print("\nall lines hold" if not failed else "\na line fails")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

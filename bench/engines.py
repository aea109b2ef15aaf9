"""Compare our Argos engine with argostranslate's own translate loop, on one realistic package.

    python bench/engines.py [--layers 6] [--beam 2] [--cap 64] [--threads 2] [--limit 0]
                            [--min-ratio 5]

The package is built here, since there is no network: SentencePiece with 8,000 pieces trained on
the corpus (ten copies of it, plus letter-rotated copies so that 8,000 pieces exist), and a
Transformer of Argos's size (6 + 6 layers, d_model 512, 8 heads, FFN 2048) with random weights,
quantized to int8 as Argos packages are. It is installed with `install_from_file` into a
temporary ``ARGOS_PACKAGES_DIR``.

Both sides translate every corpus sentence (`translate.text.segments.sentences` over each paragraph)
from the same CTranslate2 model, with the same beam size, decoding cap and compute type, on
``--threads`` cores:

* ours: `ArgosEngine.translate_batch` over all sentences, one CTranslate2 call; measured twice,
  with argostranslate's thread layout (1 worker × ``--threads`` intra-op threads) and with
  ``--threads`` workers × 1 thread, which suits batches (CTranslate2 runs sub-batches in
  parallel). The exit status uses the second.
* argostranslate 1.11: ``Language.get_translation(...).translate(sentence)`` in a loop, which
  runs ``apply_packaged_translation`` (one CTranslate2 call per sentence). One call at a time
  keeps one worker busy, so it gets 1 worker × ``--threads`` threads (its default layout).

Sentence by sentence our outputs equal argostranslate's (checked on 12 sentences); batched, about
half differ, because padding changes the low bits of int8 matrix products and a random model's
scores are all near-ties. "identical outputs" reports that count.

What we set for argostranslate, and why:

* ``XDG_DATA_HOME``, ``XDG_CONFIG_HOME``, ``XDG_CACHE_HOME`` point into the temporary directory,
  since importing ``argostranslate.settings`` creates directories there.
* ``ARGOS_CHUNK_TYPE=STANZA``: its Stanza sentencizer loads nothing until first use, whereas the
  default (MiniSBD) and SPACY download models. ``NONE`` cannot be used: argostranslate 1.11
  raises ``NotImplementedError`` for it and skips the package. The sentencizer is then replaced by
  one that returns the text whole (each input already is one sentence), so no splitting or
  network happens on either side.
* ``ARGOS_BEAM_SIZE``, ``ARGOS_COMPUTE_TYPE``: equal to ours; ``ARGOS_INTER_THREADS=1``,
  ``ARGOS_INTRA_THREADS=--threads``.
* The decoding cap: argostranslate passes no ``max_decoding_length`` (CTranslate2's default is
  256), and a random model rarely emits ``</s>``. Its CTranslate2 translator is wrapped so that
  each call also gets ``max_decoding_length=--cap``, the value our engine is given.

Model loading is done before timing on both sides. A script, not a test: exits 1 when we are
not ``--min-ratio`` times faster.
"""

from __future__ import annotations

import argparse
import os
import string
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from argos_model import (  # noqa: E402
    build_archive,
    corpus_lines,
    metadata,
    random_spec,
    train_sentencepiece,
    vocabulary,
)

from translate.engines.argos import ArgosEngine  # noqa: E402
from translate.engines.argos_packages import ArgosPackage, install_from_file  # noqa: E402
from translate.text.articles import read_article  # noqa: E402
from translate.text.segments import sentences  # noqa: E402


@dataclass(frozen=True)
class Run:
    """One side's outputs and the time it took to translate them."""

    name: str
    outputs: tuple[str, ...]
    seconds: float

    @property
    def per_second(self) -> float:
        return len(self.outputs) / self.seconds


def corpus_sentences(corpus: Path) -> list[str]:
    """Every sentence of every title and paragraph in *corpus*, in file order."""
    found: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        article = read_article(path)
        texts = [article.title.text] if article.title is not None else []
        for text in texts + [paragraph.text for paragraph in article.paragraphs]:
            found.extend(sentences(text))
    return found


def rotate(text: str, shift: int) -> str:
    """*text* with every ASCII letter moved *shift* places on in the alphabet."""
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    moved = lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift]
    return text.translate(str.maketrans(lower + upper, moved))


def build_package(directory: Path, layers: int) -> Path:
    """A realistic-size en → es package with random weights; returns the ``.argosmodel``."""
    lines = corpus_lines(ROOT / "corpus")
    training = lines * 10 + [rotate(line, shift) for shift in range(1, 14) for line in lines]
    sp_model = train_sentencepiece(training, directory / "sp", vocab_size=8000)
    vocab = vocabulary(sp_model)
    spec = random_spec(vocab, layers=layers, d_model=512, heads=8, ffn=2048, seed=1)
    return build_archive(
        spec,
        sp_model,
        directory,
        name="translate-en_es-bench",
        meta=metadata("en", "es"),
        quantization="int8",
    )


def timed(name: str, translate: Callable[[], Sequence[str]]) -> Run:
    start = time.perf_counter()
    outputs = tuple(translate())
    return Run(name, outputs, time.perf_counter() - start)


def run_ours(
    package: ArgosPackage, texts: list[str], args: argparse.Namespace, *, workers: int
) -> Run:
    """Our engine with *workers* CTranslate2 workers sharing ``--threads`` cores."""
    engine = ArgosEngine(
        package.path.parent,
        beam_size=args.beam,
        inter_threads=workers,
        intra_threads=args.threads // workers,
        max_decoding_length=args.cap,
    )
    engine.translate_batch(texts[:1], "en", "es")  # loads the model
    name = f"ours ({workers}×{args.threads // workers} threads)"
    return timed(name, lambda: engine.translate_batch(texts, "en", "es"))


class WholeText:
    """A sentencizer for argostranslate that does not split: each input is one sentence."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


class CappedTranslator:
    """A CTranslate2 translator that adds our decoding cap to every call."""

    def __init__(self, translator: Any, cap: int) -> None:
        self.translator = translator
        self.cap = cap

    def translate_batch(self, *args: Any, **kwargs: Any) -> Any:
        return self.translator.translate_batch(*args, max_decoding_length=self.cap, **kwargs)


def run_argostranslate(package: ArgosPackage, texts: list[str], args: argparse.Namespace) -> Run:
    import ctranslate2
    from argostranslate import settings
    from argostranslate import translate as argos

    assert settings.beam_size == args.beam and settings.intra_threads == args.threads
    languages = {language.code: language for language in argos.get_installed_languages()}
    translation = languages["en"].get_translation(languages["es"])
    assert translation is not None
    packaged = translation.underlying  # CachedTranslation → PackageTranslation
    packaged.sentencizer = WholeText()
    packaged.translator = CappedTranslator(
        ctranslate2.Translator(
            str(package.model_dir),
            device=settings.device,
            inter_threads=settings.inter_threads,
            intra_threads=settings.intra_threads,
            compute_type=settings.compute_type,
        ),
        args.cap,
    )
    translation.translate(texts[0])  # warms up like ours
    name = f"argostranslate (1×{args.threads} threads)"
    return timed(name, lambda: [translation.translate(text) for text in texts])


def argos_environment(root: Path, args: argparse.Namespace) -> dict[str, str]:
    """The variables argostranslate reads at import; see the module docstring."""
    return {
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "ARGOS_PACKAGES_DIR": str(root / "packages"),
        "ARGOS_CHUNK_TYPE": "STANZA",
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_BEAM_SIZE": str(args.beam),
        "ARGOS_INTER_THREADS": "1",
        "ARGOS_INTRA_THREADS": str(args.threads),
        "ARGOS_COMPUTE_TYPE": "default",
    }


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=6, help="encoder and decoder layers")
    parser.add_argument("--beam", type=int, default=2, help="beam size, both sides")
    parser.add_argument("--cap", type=int, default=64, help="max decoding length, both sides")
    parser.add_argument("--threads", type=int, default=2, help="CPU cores for CTranslate2")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only (0: all)")
    parser.add_argument("--min-ratio", type=float, default=5.0)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    texts = corpus_sentences(ROOT / "corpus")
    texts = texts[: args.limit] if args.limit else texts
    with tempfile.TemporaryDirectory(prefix="bench-argos-") as scratch:
        root = Path(scratch)
        os.environ.update(argos_environment(root, args))  # before argostranslate is imported
        start = time.perf_counter()
        package = install_from_file(build_package(root / "build", args.layers), root / "packages")
        print(
            f"package: {package.code}, {args.layers}+{args.layers} layers, d_model 512, "
            f"{len(vocabulary(package.tokenizer))} tokens, int8; "
            f"built in {time.perf_counter() - start:.1f} s"
        )
        print(f"{len(texts)} sentences, beam {args.beam}, cap {args.cap}, {args.threads} threads")
        same = run_ours(package, texts, args, workers=1)
        ours = run_ours(package, texts, args, workers=args.threads)
        theirs = run_argostranslate(package, texts, args)
    for run in (same, ours, theirs):
        print(f"{run.name:30} {run.seconds:8.2f} s  {run.per_second:8.2f} sentences/s")
    for run in (same, ours):
        print(f"ratio, {run.name}: {run.per_second / theirs.per_second:.1f}x")
    # argostranslate turns every "_" into a space; compare after doing the same to ours.
    equal = sum(a.replace("_", " ") == b for a, b in zip(ours.outputs, theirs.outputs, strict=True))
    print(f"identical outputs: {equal}/{len(texts)}")
    return 0 if ours.per_second / theirs.per_second >= args.min_ratio else 1


if __name__ == "__main__":
    sys.exit(main())

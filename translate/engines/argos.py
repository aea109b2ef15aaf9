"""The Argos Translate engine: installed packages, run through CTranslate2 directly.

Packages are found and installed by `translate.engines.argos_packages`. We do not import
argostranslate: its ``settings`` module creates directories and edits ``os.environ`` on import,
``argostranslate.translate`` loads torch, Stanza and spaCy, and its sentence splitter downloads
models. Translation follows ``argostranslate.translate.apply_packaged_translation``
(SentencePiece pieces in, the package's ``target_prefix``, ``replace_unknowns``, length
penalty 0.2), except that sentences go to CTranslate2 in batches, not one by one, and
underscores are kept: argostranslate turns every ``_`` of the output into a space,
SentencePiece itself does not.

One sentence, one translation, in batches: a sentence decoded beside others may come out
differently from the same sentence alone (CTranslate2 issue 693), because padding it to the
batch's longest source changes the length of the attention sums and so their rounding. Otherwise
rows do not interact, as far as we measured (int8 products sum exactly in integers; layer norms
and softmaxes are per row). So every sentence is padded to a width that depends on its own
length only: sentences are bucketed by length rounded up to `WIDTH_STEP` tokens, and each batch
of a bucket carries a *ruler*, an extra source exactly as wide as the bucket, whose translation
is thrown away. A sentence then sees the same shapes alone and in any batch, and its draft never
depends on the rest of the batch. On the bench's Argos-size random int8 model (near-ties
everywhere), batches padded to their longest source change 9 of 133 corpus drafts; with rulers,
none of 333 changed (``bench/engines.py --independence N`` checks it again; the tests' tiny
models are not sensitive enough to show the difference). Batches are capped at
``max_batch_tokens`` source tokens divided by the beam size and by the number of workers, ruler
included, so memory stays bounded whatever the input; they go to CTranslate2 together, and its
``inter_threads`` workers decode them in parallel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from translate.engines.argos_packages import ENGINE, ArgosPackage, installed_packages
from translate.engines.base import Device, EngineInfo
from translate.errors import EngineError, EngineUnavailable, ModelError
from translate.workers import available_cores

__all__ = [
    "DEFAULT_BATCH_TOKENS",
    "WIDTH_STEP",
    "ArgosEngine",
    "Batch",
    "decode",
    "load_tokenizer",
    "load_translator",
    "plan_batches",
    "resolve_device",
    "ruler",
    "thread_layout",
]

#: Sources are padded to a multiple of this many tokens (see the module docstring). Padding
#: costs little (the encoder runs once, the decoder per output token) and fewer, fuller
#: buckets make larger batches: on the bench, 16 takes 12% less CPU than 8.
WIDTH_STEP = 16
#: Source tokens × beam size in flight, ruler included, shared by the workers (each decodes
#: one batch at a time). The decoder keeps one row per beam, so its state grows with both. At
#: beam 2 and one worker this is about 100 sentences of 40 tokens per batch, enough for
#: efficient matrix products (twice as many took no less CPU on the bench).
DEFAULT_BATCH_TOKENS = 8192


@dataclass(frozen=True)
class Batch:
    """Sentences (by index) decoded together, each padded to *width* tokens."""

    width: int
    indices: tuple[int, ...]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def plan_batches(lengths: Sequence[int], max_tokens: int, step: int = WIDTH_STEP) -> list[Batch]:
    """Bucket the non-empty sources by width, then cut each bucket at *max_tokens*.

    A batch of width *w* holds at most ``max_tokens // w - 1`` sentences (the ruler takes the
    last place), and always at least one.

    >>> plan_batches([3, 9, 0, 5, 16], max_tokens=32, step=8)
    [Batch(width=8, indices=(0, 3)), Batch(width=16, indices=(1,)), Batch(width=16, indices=(4,))]
    """
    order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: (lengths[i], i))
    batches: list[Batch] = []
    for width, bucket in groupby(order, key=lambda i: -(-lengths[i] // step) * step):
        members = tuple(bucket)
        size = max(1, max_tokens // width - 1)
        batches.extend(
            Batch(width, members[start : start + size]) for start in range(0, len(members), size)
        )
    return batches


def ruler(longest: Sequence[str], width: int) -> list[str]:
    """A source exactly *width* pieces long: *longest* repeated, so that it ends like a sentence.

    >>> ruler(["▁a", "▁b", "."], 8)
    ['▁a', '▁b', '.', '▁a', '▁b', '.', '▁a', '▁b']
    """
    return [longest[i % len(longest)] for i in range(width)]


def thread_layout(cores: int, batches: int) -> tuple[int, int]:
    """``(inter_threads, intra_threads)`` for *batches* batches on *cores* cores.

    One worker per core while there are batches for each (CTranslate2 runs batches on separate
    workers with no synchronisation, where intra-op threads meet at every matrix product);
    the cores left over split each worker's products.

    >>> thread_layout(4, 10), thread_layout(4, 1), thread_layout(4, 2), thread_layout(1, 5)
    ((4, 1), (1, 4), (2, 2), (1, 1))
    """
    workers = max(1, min(cores, batches))
    return workers, max(1, cores // workers)


def resolve_device(requested: Device) -> str:
    """``cpu`` or ``cuda``: ``auto`` takes a GPU when CTranslate2 reports one."""
    if requested is Device.CPU:
        return "cpu"
    ctranslate2 = _import("ctranslate2")
    found: int = ctranslate2.get_cuda_device_count()
    if found:
        return "cuda"
    if requested is Device.CUDA:
        raise EngineUnavailable(
            "--device cuda: CTranslate2 finds no CUDA device on this machine",
            engine=ENGINE,
            hint="use --device cpu (or auto, which takes a GPU only when there is one)",
        )
    return "cpu"


def _import(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise EngineUnavailable(
            f"cannot import {error.name}", engine=ENGINE, hint="pip install 'news-translate[argos]'"
        ) from None


class ArgosEngine:
    """Translate with the Argos packages installed in one directory.

    *threads* is the number of cores to use (0: all); ``inter_threads`` and ``intra_threads``
    override the layout `thread_layout` chooses for them.
    """

    name = ENGINE

    def __init__(
        self,
        directory: Path,
        *,
        beam_size: int = 2,
        threads: int = 0,
        inter_threads: int = 0,
        intra_threads: int = 0,
        max_batch_tokens: int = DEFAULT_BATCH_TOKENS,
        max_decoding_length: int = 256,
        device: Device = Device.AUTO,
    ) -> None:
        for option, value, least in [
            ("beam_size", beam_size, 1),
            ("max_decoding_length", max_decoding_length, 1),
            ("threads", threads, 0),
            ("inter_threads", inter_threads, 0),
            ("intra_threads", intra_threads, 0),
            ("max_batch_tokens", max_batch_tokens, 1),
        ]:
            if value < least:
                raise EngineError(
                    f"{option} is {value}", engine=ENGINE, hint=f"use an integer >= {least}"
                )
        self.directory = directory
        self.beam_size = beam_size
        self.threads = threads
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads
        self.max_batch_tokens = max_batch_tokens
        self.max_decoding_length = max_decoding_length
        self.device = device
        # Loaded lazily, one of each per package folder.
        self._tokenizers: dict[Path, Any] = {}
        self._translators: dict[Path, tuple[Any, int]] = {}

    def pairs(self) -> frozenset[tuple[str, str]]:
        packages = installed_packages(self.directory)
        return frozenset(p.pair for p in packages if p.kind == "translate")

    def package(self, source: str, target: str) -> ArgosPackage:
        """The installed package for *source* → *target*, the newest if there are several."""
        found = [
            p
            for p in installed_packages(self.directory)
            if p.kind == "translate" and p.pair == (source, target)
        ]
        if not found:
            raise EngineUnavailable(
                f"no Argos package for {source} → {target} in {self.directory}",
                engine=ENGINE,
                hint=f"install one: news-translate models install {source} {target}",
            )
        return max(found, key=lambda p: _version_key(p.package_version))

    def info(self, source: str, target: str) -> EngineInfo:
        package = self.package(source, target)
        return EngineInfo(ENGINE, package.package_version, model=package.code)

    def layout(self, batches: int) -> tuple[int, int]:
        """The ``(inter_threads, intra_threads)`` to load a model with, for *batches* batches."""
        cores = self.threads or available_cores()
        inter, intra = thread_layout(cores, batches)
        return self.inter_threads or inter, self.intra_threads or intra

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if not texts:
            return []
        package = self.package(source, target)
        tokenizer = self._tokenizer(package)
        pieces = tokenizer.encode(list(texts), out_type=str)
        lengths = [len(p) for p in pieces]
        budget = max(1, self.max_batch_tokens // self.beam_size)
        translator, workers = self._translator(package, len(plan_batches(lengths, budget)))
        # Each worker holds a batch: together they stay within the budget.
        batches = plan_batches(lengths, max(1, budget // workers))
        prefix = package.target_prefix
        outputs = [""] * len(texts)
        try:
            pending = [
                (batch, self._submit(translator, batch, pieces, prefix)) for batch in batches
            ]
            for batch, results in pending:
                # The ruler's result, last when there is one, is left out.
                for i, result in zip(batch.indices, results, strict=False):
                    outputs[i] = decode(tokenizer, result.result().hypotheses[0], prefix)
        except (RuntimeError, ValueError) as error:
            raise ModelError(
                f"the Argos package {package.path} failed to translate: {error}",
                engine=ENGINE,
                hint="shorten the input, or reinstall the package",
            ) from None
        return outputs

    def _submit(
        self, translator: Any, batch: Batch, pieces: list[list[str]], prefix: str
    ) -> list[Any]:
        """Queue one batch on CTranslate2's workers, with its ruler when no source is as wide."""
        sources = [pieces[i] for i in batch.indices]
        if len(sources[-1]) < batch.width:  # sorted by length: the last is the longest
            sources.append(ruler(sources[-1], batch.width))
        results: list[Any] = translator.translate_batch(
            sources,
            target_prefix=[[prefix]] * len(sources) if prefix else None,
            max_batch_size=0,  # batches are cut by `plan_batches`; CTranslate2 must not re-cut
            beam_size=self.beam_size,
            max_decoding_length=self.max_decoding_length,
            replace_unknowns=True,
            length_penalty=0.2,
            asynchronous=True,
        )
        return results

    def _tokenizer(self, package: ArgosPackage) -> Any:
        if package.path not in self._tokenizers:
            self._tokenizers[package.path] = load_tokenizer(package)
        return self._tokenizers[package.path]

    def _translator(self, package: ArgosPackage, batches: int) -> tuple[Any, int]:
        """The package's translator and its workers; the layout suits the first call's batches."""
        if package.path not in self._translators:
            device = resolve_device(self.device)
            inter, intra = self.layout(batches) if device == "cpu" else (1, self.threads)
            translator = load_translator(package, inter, intra, device)
            self._translators[package.path] = (translator, inter)
        return self._translators[package.path]


def load_tokenizer(package: ArgosPackage) -> Any:
    """The SentencePiece processor of *package*."""
    sentencepiece = _import("sentencepiece")
    if not package.tokenizer.is_file():
        raise ModelError(
            f"{package.path} has no sentencepiece.model (BPE packages are not supported)",
            engine=ENGINE,
            hint="install a SentencePiece package of this language pair",
        )
    try:
        return sentencepiece.SentencePieceProcessor(model_file=str(package.tokenizer))
    except (RuntimeError, ValueError, OSError) as error:
        raise _unloadable(package, error) from None


def load_translator(
    package: ArgosPackage, inter_threads: int, intra_threads: int, device: str = "cpu"
) -> Any:
    """The CTranslate2 translator of *package*: one copy of the weights, shared by the workers."""
    ctranslate2 = _import("ctranslate2")
    try:
        return ctranslate2.Translator(
            str(package.model_dir),
            device=device,
            inter_threads=inter_threads,
            intra_threads=intra_threads,
        )
    except (RuntimeError, ValueError, OSError) as error:
        raise _unloadable(package, error) from None


def _unloadable(package: ArgosPackage, error: Exception) -> ModelError:
    return ModelError(
        f"cannot load the Argos package {package.path}: {error}",
        engine=ENGINE,
        hint=f"remove {package.path} and reinstall the package",
    )


def decode(tokenizer: Any, pieces: Sequence[str], prefix: str) -> str:
    """Detokenize one hypothesis, without the target prefix and the leading space."""
    if prefix and pieces and pieces[0] == prefix:
        pieces = pieces[1:]
    text: str = tokenizer.decode(list(pieces))
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return text[1:] if text.startswith(" ") else text

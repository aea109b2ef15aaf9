"""The Argos Translate engine: installed packages, run through CTranslate2 directly.

Packages are found and installed by `translate.engines.argos_packages`. We do not import
argostranslate: its ``settings`` module creates directories and edits ``os.environ`` on import,
``argostranslate.translate`` loads torch, Stanza and spaCy, and its sentence splitter downloads
models. Translation follows ``argostranslate.translate.apply_packaged_translation``
(SentencePiece pieces in, the package's ``target_prefix``, ``replace_unknowns``, length
penalty 0.2), except that a whole batch of sentences goes to CTranslate2 in one call, and
underscores are kept: argostranslate turns every ``_`` of the output into a space,
SentencePiece itself does not.

One sentence, one translation: CTranslate2 decodes the call's sentences in sub-batches of
``max_batch_size``, and on CPU a sentence decoded beside others (padded, in other matrix shapes)
may come out differently from the same sentence alone (CTranslate2 issue 693). The default is
therefore 1: each sentence is decoded on its own, within the one call, so a draft never depends
on the rest of its batch. A larger ``max_batch_size`` is faster and gives up that guarantee.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translate.engines.argos_packages import ENGINE, ArgosPackage, installed_packages
from translate.engines.base import EngineInfo
from translate.errors import EngineError, EngineUnavailable, ModelError

__all__ = ["ArgosEngine", "decode", "load"]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


class ArgosEngine:
    """Translate with the Argos packages installed in one directory."""

    name = ENGINE

    def __init__(
        self,
        directory: Path,
        *,
        beam_size: int = 2,
        inter_threads: int = 1,
        intra_threads: int = 0,
        max_batch_size: int = 1,
        max_decoding_length: int = 256,
    ) -> None:
        for option, value, least in [
            ("beam_size", beam_size, 1),
            ("max_decoding_length", max_decoding_length, 1),
            ("inter_threads", inter_threads, 1),
            ("intra_threads", intra_threads, 0),
            ("max_batch_size", max_batch_size, 0),
        ]:
            if value < least:
                raise EngineError(
                    f"{option} is {value}", engine=ENGINE, hint=f"use an integer >= {least}"
                )
        self.directory = directory
        self.beam_size = beam_size
        self.inter_threads = inter_threads
        self.intra_threads = intra_threads
        self.max_batch_size = max_batch_size
        self.max_decoding_length = max_decoding_length
        # Loaded lazily, one (translator, tokenizer) per package folder.
        self._loaded: dict[Path, tuple[Any, Any]] = {}

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

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if not texts:
            return []
        package = self.package(source, target)
        translator, tokenizer = self._load(package)
        pieces = [tokenizer.encode(text, out_type=str) for text in texts]
        # Sorting by length keeps padding low inside CTranslate2's sub-batches.
        order = sorted((i for i, p in enumerate(pieces) if p), key=lambda i: len(pieces[i]))
        prefix = package.target_prefix
        try:
            results = translator.translate_batch(
                [pieces[i] for i in order],
                target_prefix=[[prefix] for _ in order] if prefix else None,
                max_batch_size=self.max_batch_size,
                beam_size=self.beam_size,
                max_decoding_length=self.max_decoding_length,
                replace_unknowns=True,
                length_penalty=0.2,
            )
        except (RuntimeError, ValueError) as error:
            raise ModelError(
                f"the Argos package {package.path} failed to translate: {error}",
                engine=ENGINE,
                hint="shorten the input, or reinstall the package",
            ) from None
        outputs = [""] * len(texts)
        for i, result in zip(order, results, strict=True):
            outputs[i] = decode(tokenizer, result.hypotheses[0], prefix)
        return outputs

    def _load(self, package: ArgosPackage) -> tuple[Any, Any]:
        if package.path not in self._loaded:
            self._loaded[package.path] = load(package, self.inter_threads, self.intra_threads)
        return self._loaded[package.path]


def load(package: ArgosPackage, inter_threads: int, intra_threads: int) -> tuple[Any, Any]:
    """A CTranslate2 translator and a SentencePiece processor for *package*."""
    try:
        import ctranslate2
        import sentencepiece
    except ImportError as error:
        raise EngineUnavailable(
            f"cannot import {error.name}", engine=ENGINE, hint="pip install 'news-translate[argos]'"
        ) from None
    if not package.tokenizer.is_file():
        raise ModelError(
            f"{package.path} has no sentencepiece.model (BPE packages are not supported)",
            engine=ENGINE,
            hint="install a SentencePiece package of this language pair",
        )
    try:
        translator = ctranslate2.Translator(
            str(package.model_dir),
            device="cpu",
            inter_threads=inter_threads,
            intra_threads=intra_threads,
        )
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package.tokenizer))
    except (RuntimeError, ValueError, OSError) as error:
        raise ModelError(
            f"cannot load the Argos package {package.path}: {error}",
            engine=ENGINE,
            hint=f"remove {package.path} and reinstall the package",
        ) from None
    return translator, tokenizer


def decode(tokenizer: Any, pieces: Sequence[str], prefix: str) -> str:
    """Detokenize one hypothesis, without the target prefix and the leading space."""
    if prefix and pieces and pieces[0] == prefix:
        pieces = pieces[1:]
    text: str = tokenizer.decode(list(pieces))
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    return text[1:] if text.startswith(" ") else text

"""Build small but real Argos Translate packages for tests and benchmarks.

A package is what argostranslate installs: a zip (``.argosmodel``) holding one folder with
``metadata.json``, ``sentencepiece.model`` and a CTranslate2 model in ``model/``. Two kinds:

* `random_spec`: a Transformer with random weights; its output is garbage, but it runs the
  same code path as a downloaded model.
* `copy_spec`: hand-set weights that copy the source token by token and then stop. Tokens and
  positions are written as balanced binary codes (each bit is a ``(+1, -1)`` or ``(-1, +1)`` pair),
  so every vector has mean 0 and the same norm, and layer norms only rescale them. Encoder and
  decoder self-attention and feed-forward blocks are zeroed, so the residual carries the
  embeddings. In the decoder's cross-attention the query at position *t* matches the key of
  source position *t* only; the value is that source token's code, and the output projection
  scores every vocabulary entry by the agreement of its code with it. The model config adds
  ``</s>`` to the source, so at position *n* the decoder copies ``</s>`` and decoding ends.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "CORPUS",
    "build_archive",
    "build_test_packages",
    "copy_spec",
    "corpus_lines",
    "metadata",
    "random_spec",
    "train_sentencepiece",
    "vocabulary",
]

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SPECIALS = ("<unk>", "<blank>", "<s>", "</s>")
Array = npt.NDArray[np.float32]


def corpus_lines(corpus: Path = CORPUS) -> list[str]:
    """Non-empty lines of every ``*.txt`` article, in file-name order."""
    lines: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        lines.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def train_sentencepiece(
    lines: Iterable[str], directory: Path, *, vocab_size: int = 400, name: str = "sp"
) -> Path:
    """Train a unigram SentencePiece model on *lines*; return the ``.model`` path."""
    import sentencepiece

    directory.mkdir(parents=True, exist_ok=True)
    text = directory / f"{name}.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sentencepiece.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(directory / name),
        vocab_size=vocab_size,
        character_coverage=1.0,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    return directory / f"{name}.model"


def vocabulary(sp_model: Path) -> list[str]:
    """The CTranslate2 vocabulary: OpenNMT-py's special tokens, then the SentencePiece pieces."""
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    return list(SPECIALS) + [piece for piece in pieces if piece not in SPECIALS]


# -- specs -------------------------------------------------------------------------------------


def _layer_norm(spec: Any, dim: int) -> None:
    spec.gamma = np.ones(dim, dtype=np.float32)
    spec.beta = np.zeros(dim, dtype=np.float32)


def _linear(spec: Any, weight: Array, bias: bool = True) -> None:
    spec.weight = weight.astype(np.float32)
    if bias:
        spec.bias = np.zeros(weight.shape[0], dtype=np.float32)


def _fill(spec: Any, make: Any, d_model: int, ffn: int) -> None:
    """Set every weight of a Transformer spec; ``make(shape)`` returns a weight matrix."""
    for layer in list(spec.encoder.layer) + list(spec.decoder.layer):
        attentions = [layer.self_attention]
        if hasattr(layer, "attention"):
            attentions.append(layer.attention)
        for attention in attentions:
            _layer_norm(attention.layer_norm, d_model)
            if len(attention.linear) == 2:  # self-attention: fused query, key, value
                _linear(attention.linear[0], make((3 * d_model, d_model)))
            else:  # cross-attention: query, then fused key and value
                _linear(attention.linear[0], make((d_model, d_model)))
                _linear(attention.linear[1], make((2 * d_model, d_model)))
            _linear(attention.linear[-1], make((d_model, d_model)))
        _layer_norm(layer.ffn.layer_norm, d_model)
        _linear(layer.ffn.linear_0, make((ffn, d_model)))
        _linear(layer.ffn.linear_1, make((d_model, ffn)))
    _layer_norm(spec.encoder.layer_norm, d_model)
    _layer_norm(spec.decoder.layer_norm, d_model)


def random_spec(
    vocab: list[str],
    *,
    layers: int = 2,
    d_model: int = 64,
    heads: int = 4,
    ffn: int = 128,
    seed: int = 0,
) -> Any:
    """A Transformer with random weights and sinusoidal positions, vocabulary *vocab*."""
    from ctranslate2.specs import TransformerSpec

    rng = np.random.default_rng(seed)

    def make(shape: tuple[int, ...]) -> Array:
        scale = 1.0 / np.sqrt(shape[-1])
        return rng.normal(0.0, scale, size=shape).astype(np.float32)

    spec = TransformerSpec.from_config((layers, layers), heads)
    _fill(spec, make, d_model, ffn)
    spec.encoder.embeddings[0].weight = make((len(vocab), d_model))
    spec.decoder.embeddings.weight = make((len(vocab), d_model))
    _linear(spec.decoder.projection, make((len(vocab), d_model)))
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def _bits(count: int) -> int:
    return max(1, (count - 1).bit_length())


def _codes(count: int, bits: int) -> Array:
    """Row *i* is *i* in binary, each bit as a balanced pair: 1 → (+1, -1), 0 → (-1, +1)."""
    rows = np.zeros((count, 2 * bits), dtype=np.float32)
    for i in range(count):
        for bit in range(bits):
            sign = 1.0 if (i >> bit) & 1 else -1.0
            rows[i, 2 * bit] = sign
            rows[i, 2 * bit + 1] = -sign
    return rows


def _eos_codes(vocab: list[str]) -> Array:
    is_eos = np.array([token == "</s>" for token in vocab])
    return np.stack([np.where(is_eos, 1.0, -1.0), np.where(is_eos, -1.0, 1.0)], axis=1).astype(
        np.float32
    )


def copy_spec(
    vocab: list[str],
    *,
    max_positions: int = 512,
    sharpness: float = 20.0,
    layers: int = 1,
    d_model: int = 0,
    heads: int = 2,
    ffn: int = 4,
) -> Any:
    """A Transformer whose greedy (and beam) output is its input, token by token.

    Only the decoder's first cross-attention copies; the other blocks of its *layers* + *layers*
    have zero weights, so a copy model of Argos's size (6 + 6 layers, *d_model* 512, 8 *heads*,
    *ffn* 2048) costs what a real one does per token (CTranslate2 multiplies zeros as fast as
    anything) while its output ends where the source does. *d_model* 0: the smallest that fits.
    """
    from ctranslate2.specs import TransformerSpec

    # A token's code is its id in binary plus one "is </s>" bit, weighted heavily in the output
    # projection: </s> is then far less likely than any wrong token except where the source has
    # it, so that beam search does not fill up with early-finished hypotheses.
    token_codes = np.concatenate([_codes(len(vocab), _bits(len(vocab))), _eos_codes(vocab)], axis=1)
    position_codes = _codes(max_positions, _bits(max_positions))
    token_width, position_width = token_codes.shape[1], position_codes.shape[1]
    # Layout of the residual stream: [token | position | copied token | zero padding].
    tok = slice(0, token_width)
    pos = slice(token_width, token_width + position_width)
    out = slice(pos.stop, pos.stop + token_width)
    # The copying head (head 0) holds the position codes (query, key) and a token code (value).
    d_model = d_model or heads * max(token_width, position_width) * 2
    if d_model % heads or d_model // heads < max(token_width, position_width) or out.stop > d_model:
        raise ValueError(f"d_model {d_model} with {heads} heads cannot hold the codes")
    # Layer norm of a vector of balanced ±1 codes only divides by this constant.
    encoder_std = np.sqrt((token_width + position_width) / d_model)

    spec = TransformerSpec.from_config((layers, layers), heads)
    _fill(spec, lambda shape: np.zeros(shape, dtype=np.float32), d_model, ffn)
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = False
        encodings = np.zeros((max_positions, d_model), dtype=np.float32)
        encodings[:, pos] = position_codes
        side.position_encodings.encodings = encodings
    embeddings = np.zeros((len(vocab), d_model), dtype=np.float32)
    embeddings[:, tok] = token_codes
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings.copy()

    cross = spec.decoder.layer[0].attention
    query = np.zeros((d_model, d_model), dtype=np.float32)
    query[np.arange(position_width), np.arange(pos.start, pos.stop)] = sharpness
    key_value = np.zeros((2 * d_model, d_model), dtype=np.float32)
    key_value[np.arange(position_width), np.arange(pos.start, pos.stop)] = 1.0
    key_value[d_model + np.arange(token_width), np.arange(tok.start, tok.stop)] = encoder_std
    output = np.zeros((d_model, d_model), dtype=np.float32)
    output[np.arange(out.start, out.stop), np.arange(token_width)] = 1.0
    _linear(cross.linear[0], query)
    _linear(cross.linear[1], key_value)
    _linear(cross.linear[2], output)

    projection = np.zeros((len(vocab), d_model), dtype=np.float32)
    weights = np.full(token_width, 10.0, dtype=np.float32)
    weights[-2:] = 100.0  # the "is </s>" bit
    projection[:, out] = weights * token_codes
    _linear(spec.decoder.projection, projection)

    spec.config.add_source_eos = True
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


# -- packages ----------------------------------------------------------------------------------


def metadata(from_code: str, to_code: str, **extra: str) -> dict[str, Any]:
    """A ``metadata.json`` as argostranslate writes it for a translation package."""
    names = {"en": "English", "es": "Spanish", "xx": "Copy"}
    return {
        "package_version": "1.0",
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": names.get(from_code, from_code),
        "to_code": to_code,
        "to_name": names.get(to_code, to_code),
        "type": "translate",
        "code": f"translate-{from_code}_{to_code}",
        "links": [],
        **extra,
    }


def build_archive(
    spec: Any,
    sp_model: Path,
    directory: Path,
    *,
    name: str,
    meta: dict[str, Any],
    quantization: str | None = None,
) -> Path:
    """Save *spec* and *sp_model* as ``<directory>/<name>.argosmodel``; return its path.

    Argos converts its models with ``quantization="int8"``; the tests keep float32.
    """
    staging = directory / f"{name}.staging" / name
    (staging / "model").mkdir(parents=True)
    spec.validate()
    spec.optimize(quantization=quantization)
    spec.save(str(staging / "model"))
    (staging / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    (staging / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    archive = directory / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zipped:
        for path in sorted(staging.rglob("*")):
            zipped.write(path, path.relative_to(staging.parent).as_posix())
    shutil.rmtree(staging.parent)
    return archive


def build_test_packages(directory: Path) -> dict[str, Path]:
    """Small packages for the tests, keyed by name; each value is a ``.argosmodel`` path.

    * ``random``: en → es, random weights (2 + 2 layers, d_model 64);
    * ``copy``: en → xx, copies its input exactly;
    * ``prefixed``: en → yy, the copy model with ``target_prefix`` ``__yy__`` in metadata.json.
    """
    sp_model = train_sentencepiece(corpus_lines(), directory / "sentencepiece")
    vocab = vocabulary(sp_model)
    return {
        "random": build_archive(
            random_spec(vocab),
            sp_model,
            directory,
            name="translate-en_es-1_0",
            meta=metadata("en", "es"),
        ),
        "copy": build_archive(
            copy_spec(vocab),
            sp_model,
            directory,
            name="translate-en_xx-1_0",
            meta=metadata("en", "xx"),
        ),
        "prefixed": build_archive(
            copy_spec([*vocab, "__yy__"]),
            sp_model,
            directory,
            name="translate-en_yy-1_0",
            meta=metadata("en", "yy", target_prefix="__yy__"),
        ),
    }

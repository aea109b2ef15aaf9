"""A pipeline stage that runs ``apertium-tagger`` so that no text changes how the next is tagged.

Apertium's HMM tagger keeps one piece of state across null-flushed texts: a word whose
ambiguity class the tagger was not trained on (``known``: adjective or participle) makes it look
for a similar class, and that search overwrites the tagger's open class, the tags it gives every
later unknown word. A sentence's draft then depends on what came before it in the batch. This
stage reads the null-separated texts of a batch and feeds them one at a time to a tagger
running with ``-d``, which reports such a class on stderr; after a text that reports anything
the tagger is replaced by a fresh one. Each text is thus tagged as if it were alone, at the
cost of one tagger start (about 10 ms) per text that needs it, not per text.

Run as ``python -m translate.engines.apertium_tagger [-z] TAGGER-ARGUMENTS...`` (the ``-z``
that ``apertium -z`` adds is implied).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import IO, BinaryIO

__all__ = ["main", "tag_each"]


def tag_each(texts: Sequence[bytes], arguments: Sequence[str], out: BinaryIO) -> None:
    """Write each null-terminated tagged text of *texts* to *out*, from a clean tagger state."""
    process: subprocess.Popen[bytes] | None = None
    try:
        for text in texts:
            if process is None:
                process = subprocess.Popen(
                    ["apertium-tagger", "-d", "-z", *arguments],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
                assert process.stderr is not None
                os.set_blocking(process.stderr.fileno(), False)
            assert process.stdin is not None and process.stdout is not None
            # A writer thread: a long text must not block on a full pipe while we wait to read.
            writer = threading.Thread(target=_write, args=(process.stdin, text + b"\0"))
            writer.start()
            tagged = _read_until_nul(process.stdout)
            writer.join()
            out.write(tagged)
            out.flush()
            if tagged[-1:] != b"\0" or _warned(process):
                _close(process)
                process = None
    finally:
        if process is not None:
            _close(process)


def _write(pipe: IO[bytes], data: bytes) -> None:
    pipe.write(data)
    pipe.flush()


def _read_until_nul(pipe: IO[bytes]) -> bytes:
    data = bytearray()
    while not data.endswith(b"\0"):
        chunk = pipe.read1(65536)  # type: ignore[attr-defined]
        if not chunk:
            break
        data += chunk
    return bytes(data)


def _warned(process: subprocess.Popen[bytes]) -> bool:
    """Whether the tagger wrote anything to stderr for the text it has just answered.

    It writes warnings while reading a word, before it flushes that text's output, so they are
    in the pipe by the time the text's NUL has been read.
    """
    assert process.stderr is not None
    try:
        return bool(os.read(process.stderr.fileno(), 65536))
    except BlockingIOError:
        return False


def _close(process: subprocess.Popen[bytes]) -> None:
    assert process.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        process.stdin.close()
    process.kill()
    process.wait()


def main(argv: Sequence[str]) -> int:
    arguments = [a for a in argv if a and a != "-z"]
    texts = sys.stdin.buffer.read().split(b"\0")
    rest = texts.pop()
    tag_each(texts, arguments, sys.stdout.buffer)
    sys.stdout.buffer.write(rest)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

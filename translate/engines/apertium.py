"""The Apertium engine: Debian's ``apertium`` pipeline, one process per batch.

How a batch keeps its boundaries: each text is deformatted here exactly as
``apertium-destxt`` would (stream escapes, whitespace other than a single space kept in
superblanks, ``.[]`` as a sentence end), the texts are joined with NUL and the batch runs
through ``apertium -f none -z MODE``. In null-flush mode every stage of the pipeline finishes
and flushes its input at each NUL, so nothing carries over from one text to the next; the
output is split on NUL and reformatted as ``apertium-retxt`` would. Each text thus comes out as
``apertium MODE`` run on it alone would give it. Without the ``.[]`` sentence end the tagger
reads a text differently and ``lt-proc`` loses a final token at a NUL; the txt deformatter
cannot be used with ``-z`` because it does not know NUL; a NUL inside a text is kept out of the
pipeline by translating the parts on either side of it as texts of their own.

Unknown-word marks: ``apertium -u`` runs the generator as ``lt-proc -n``, which drops all three
marks (``*`` unknown word, ``@`` missing from the bilingual dictionary, ``#`` not generated),
not only the ``*`` that ``apertium -h`` names. A ``*``, ``@`` or ``#`` written in the source
text is escaped or punctuation, not a mark, and stays. Drafts keep the marks on and `unmark`
takes them out, listing the words they marked.

One text never changes another's translation: the tagger is the one stage of the pipeline that
keeps state across a NUL (`translate.engines.apertium_tagger` says what and how it is reset),
so the batch runs through a copy of the pair's mode in which that stage is replaced.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from translate.engines.base import EngineInfo
from translate.errors import EngineError, EngineUnavailable

__all__ = ["ApertiumEngine", "Unmarked", "deformat", "parse_modes", "reformat", "unmark"]

ENGINE = "apertium"
INSTALL = "apt-get install apertium apertium-eng-spa"

#: ISO 639-3 codes of Apertium modes → our ISO 639-1 codes. Languages without a two-letter
#: code (ast, frp, hbs, szl) keep their three-letter code, as babel does.
_ISO639_1 = {
    "afr": "af", "ara": "ar", "arg": "an", "aze": "az", "bel": "be", "bre": "br", "bul": "bg",
    "cat": "ca", "ces": "cs", "cym": "cy", "dan": "da", "deu": "de", "ell": "el", "eng": "en",
    "epo": "eo", "est": "et", "eus": "eu", "fin": "fi", "fra": "fr", "glg": "gl", "hin": "hi",
    "ind": "id", "isl": "is", "ita": "it", "kaz": "kk", "kir": "ky", "lit": "lt", "mkd": "mk",
    "mlt": "mt", "nld": "nl", "nno": "nn", "nob": "nb", "nor": "no", "oci": "oc", "pol": "pl",
    "por": "pt", "ron": "ro", "rus": "ru", "slk": "sk", "slv": "sl", "spa": "es", "sqi": "sq",
    "srd": "sc", "swe": "sv", "tat": "tt", "tur": "tr", "ukr": "uk", "urd": "ur", "uzb": "uz",
    "zlm": "ms",
}  # fmt: skip
_ISO639_3 = {two: three for three, two in _ISO639_1.items()}

#: Debian's packages of Apertium pairs (``apt-cache search apertium-``); each holds both
#: directions. Older packages name their modes with two-letter codes (``fr-es``).
_DEBIAN_PACKAGES = (
    "apertium-afr-nld", "apertium-arg-cat", "apertium-bel-rus", "apertium-br-fr",
    "apertium-cat-ita", "apertium-cat-srd", "apertium-dan-nor", "apertium-en-gl",
    "apertium-eng-cat", "apertium-eng-spa", "apertium-eo-ca", "apertium-eo-en", "apertium-eo-es",
    "apertium-eo-fr", "apertium-es-gl", "apertium-es-pt", "apertium-es-ro", "apertium-eu-en",
    "apertium-eu-es", "apertium-fr-es", "apertium-fra-cat", "apertium-fra-frp",
    "apertium-hbs-eng", "apertium-hbs-mkd", "apertium-hbs-slv", "apertium-ind-zlm",
    "apertium-isl-eng", "apertium-isl-swe", "apertium-mkd-bul", "apertium-mkd-eng",
    "apertium-nno-nob", "apertium-oc-ca", "apertium-oc-es", "apertium-oci-fra",
    "apertium-pol-szl", "apertium-por-cat", "apertium-pt-gl", "apertium-rus-ukr",
    "apertium-spa-arg", "apertium-spa-ast", "apertium-spa-cat", "apertium-spa-ita",
    "apertium-srd-ita", "apertium-swe-dan", "apertium-swe-nor", "apertium-urd-hin",
)  # fmt: skip

_MODE = re.compile(r"(?P<source>[a-z]{2,3})-(?P<target>[a-z]{2,3})(?:_(?P<variant>\w+))?")
_SPECIAL = re.compile(r"([\\\[\]@^$/<>{}])")
_WHITESPACE = re.compile(r"\s+")
#: What ``apertium-destxt`` appends to mark a sentence end, and ``apertium-retxt`` removes.
_SENTENCE_END = ".[]"
#: Measured: about 100 000 characters a second through eng-spa; allow a fifth of that.
_AUTO_TIMEOUT_BASE = 60.0
_AUTO_TIMEOUT_CHARS_PER_SECOND = 20_000
_LIST_TIMEOUT = 30.0
#: Where Debian's apertium script looks for modes unless ``APERTIUM_DATADIR`` says otherwise.
_DATADIR = "/usr/share/apertium"
#: A mark and the word it marks: a word character follows it, and no letter precedes it. A digit
#: may: Apertium reads ``37.5bn`` as a number and a word, and marks the word (``37.5*bn``).
_MARK = re.compile(r"(?<![^\W\d])(?<![*@#])([*@#])(\w[\w'’]*)")


def _code(apertium_code: str) -> str:
    return _ISO639_1.get(apertium_code, apertium_code)


def parse_modes(listing: str) -> dict[tuple[str, str], str]:
    """The translation modes in ``apertium -l`` output, keyed by our (source, target) codes.

    A mode without a variant wins over variants (``spa-eng`` over ``spa-eng_US``); modes that
    are not a translation direction (``eng-spa-tagger``) are skipped.

    >>> parse_modes("  eng-spa\\n  spa-eng\\n  spa-eng_US\\n  eng-spa-tagger\\n")
    {('en', 'es'): 'eng-spa', ('es', 'en'): 'spa-eng'}
    """
    modes: dict[tuple[str, str], str] = {}
    for name in sorted(listing.split(), key=lambda name: ("_" in name, name)):
        match = _MODE.fullmatch(name)
        if match:
            pair = (_code(match["source"]), _code(match["target"]))
            modes.setdefault(pair, name)
    return modes


def deformat(text: str) -> str:
    r"""*text* as an Apertium stream, as ``apertium-destxt`` writes it.

    >>> deformat("a [b]  c")
    'a \\[b\\][  ]c.[]'
    """
    parts: list[str] = []
    position = 0
    for match in _WHITESPACE.finditer(text):
        parts.append(_SPECIAL.sub(r"\\\1", text[position : match.start()]))
        blank = match.group()
        if blank == " ":
            parts.append(blank)
        elif blank.count("\n") > 1:  # a blank line ends a sentence, as for apertium-destxt
            parts.append(f"{_SENTENCE_END}[{blank}]")
        else:
            parts.append(f"[{blank}]")
        position = match.end()
    parts.append(_SPECIAL.sub(r"\\\1", text[position:]))
    parts.append(_SENTENCE_END)
    return "".join(parts)


def reformat(stream: str) -> str:
    r"""Plain text from an Apertium output *stream*, as ``apertium-retxt`` writes it.

    >>> reformat(r"Un \[b\][  ]c.[]")
    'Un [b]  c'
    """
    out: list[str] = []
    i, end = 0, len(stream)
    in_superblank = False
    while i < end:
        char = stream[i]
        if char == "\\" and i + 1 < end:
            out.append(stream[i + 1])
            i += 2
            continue
        if not in_superblank and stream.startswith(_SENTENCE_END, i):
            i += len(_SENTENCE_END)
        elif char == "[" and not in_superblank:
            in_superblank = True
            i += 1
        elif char == "]" and in_superblank:
            in_superblank = False
            i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


class ApertiumEngine:
    """Translate through the ``apertium`` command and its installed language pairs.

    *timeout* is for one batch, in seconds; ``None`` allows a minute plus time in proportion to
    the batch's length. *mark_unknown* keeps Apertium's ``*``, ``@`` and ``#`` marks.
    """

    name = ENGINE

    def __init__(
        self,
        *,
        binary: str = "apertium",
        timeout: float | None = None,
        mark_unknown: bool = False,
    ) -> None:
        if not binary:
            raise EngineError("binary is empty", engine=ENGINE, hint="name the apertium command")
        if timeout is not None and not timeout > 0:
            raise EngineError(
                f"timeout is {timeout}", engine=ENGINE, hint="use a number of seconds > 0"
            )
        self.binary = binary
        self.timeout = timeout
        self.mark_unknown = mark_unknown

    def pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset(self._modes())

    def mode(self, source: str, target: str) -> str:
        """The installed Apertium mode for *source* → *target*."""
        mode = self._modes().get((source, target))
        if mode is None:
            wanted = f"{_ISO639_3.get(source, source)}-{_ISO639_3.get(target, target)}"
            package = _debian_package(source, target)
            install = f"apt-get install {package}" if package else "Debian has no package for it"
            raise EngineUnavailable(
                f"no Apertium mode {wanted} for {source}->{target}",
                engine=ENGINE,
                hint=f"{install}; or use another engine",
            )
        return mode

    def info(self, source: str, target: str) -> EngineInfo:
        """The version is that of the pair's Debian package, else of apertium, else unknown."""
        mode = self.mode(source, target)
        package = _debian_package(source, target)
        version = (_dpkg_version(package) if package else "") or self._apertium_version()
        return EngineInfo(ENGINE, version or "unknown", model=mode)

    def translate_batch(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        mode = self.mode(source, target)
        pieces = [text.split("\0") for text in texts]
        flat = [piece for parts in pieces for piece in parts]
        if not flat:
            return []
        stream = "".join(deformat(text) + "\0" for text in flat)
        timeout = self.timeout or (
            _AUTO_TIMEOUT_BASE + len(stream) / _AUTO_TIMEOUT_CHARS_PER_SECOND
        )
        options = ["-f", "none", "-z"] + ([] if self.mark_unknown else ["-u"])
        with _isolated_tagger(mode) as datadir:
            if datadir is not None:
                options = ["-d", str(datadir), *options]
            output = self._run([*options, mode], stream, timeout)
        chunks = output.split("\0")
        # Every stage of the pipeline writes one more NUL when its input ends.
        if len(chunks) <= len(flat) or any(chunks[len(flat) :]):
            raise EngineError(
                f"apertium {mode} returned {len(chunks) - 1} texts for {len(flat)}",
                engine=ENGINE,
                hint=f"check that `apertium -z {mode}` works on this machine",
            )
        translated = iter(reformat(chunk) for chunk in chunks[: len(flat)])
        return ["\0".join(next(translated) for _ in parts) for parts in pieces]

    def _modes(self) -> dict[tuple[str, str], str]:
        return parse_modes(self._run(["-l"], "", _LIST_TIMEOUT))

    def _apertium_version(self) -> str:
        try:
            words = self._run(["-V"], "", _LIST_TIMEOUT).split()
        except EngineError:
            return ""
        return words[-1] if words else ""

    def _run(self, arguments: list[str], stdin: str, timeout: float) -> str:
        """Run apertium with *arguments*; its stdout, or an `EngineError` saying why not."""
        command = [self.binary, *arguments]
        try:
            # A session of its own: on timeout the whole pipeline is killed, not only the script.
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as error:
            raise EngineUnavailable(
                f"apertium is not installed (cannot run {self.binary!r}: {error.strerror})",
                engine=ENGINE,
                hint=INSTALL,
            ) from None
        try:
            stdout, stderr = process.communicate(stdin.encode("utf-8"), timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise EngineError(
                f"`{' '.join(command)}` took more than {timeout:g} s and was stopped",
                engine=ENGINE,
                hint="raise the apertium timeout, or translate fewer texts per batch",
            ) from None
        if process.returncode != 0:
            lines = stderr.decode("utf-8", "replace").strip().splitlines()
            raise EngineError(
                f"`{' '.join(command)}` failed with exit code {process.returncode}: "
                f"{lines[0] if lines else 'no message'}",
                engine=ENGINE,
                hint=f"run `{self.binary} {' '.join(arguments)}` by hand to see the whole error",
            )
        return stdout.decode("utf-8", "replace")


@dataclass(frozen=True)
class Unmarked:
    """A translation without Apertium's marks, and the words they marked, in order."""

    text: str
    #: source words the engine did not know (``*``) or had no translation for (``@``)
    unknown: tuple[str, ...] = ()
    #: target words the engine could not inflect (``#``): gender or number may be wrong
    ungenerated: tuple[str, ...] = ()


def unmark(output: str, source: str) -> Unmarked:
    """*output* of ``apertium`` with marks on, without them; *source* is the text translated.

    A mark followed by a word that the source itself writes with that character (``#1``,
    ``@home``) is the source's own text and stays.

    >>> unmark("El *sieged ciudad, la #escenario", "The sieged city, the scenario")
    Unmarked(text='El sieged ciudad, la escenario', unknown=('sieged',), ungenerated=('escenario',))
    """
    unknown: list[str] = []
    ungenerated: list[str] = []

    def strip(found: re.Match[str]) -> str:
        mark, word = found[1], found[2]
        if found[0] in source:
            return found[0]
        (ungenerated if mark == "#" else unknown).append(word)
        return word

    text = _MARK.sub(strip, output)
    return Unmarked(text, tuple(dict.fromkeys(unknown)), tuple(dict.fromkeys(ungenerated)))


@contextlib.contextmanager
def _isolated_tagger(mode: str) -> Iterator[Path | None]:
    """A data directory holding *mode* with its tagger stage replaced, or None without one.

    The replacement (`translate.engines.apertium_tagger`) is run by this interpreter.
    """
    datadir = Path(os.environ.get("APERTIUM_DATADIR") or _DATADIR)
    try:
        pipeline = (datadir / "modes" / f"{mode}.mode").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        yield None
        return
    if "apertium-tagger " not in pipeline:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="news-translate-apertium-") as folder:
        stage = Path(folder) / "tagger"
        stage.write_text(
            f"#!{shlex.quote(sys.executable)}\n"
            "import sys\n"
            "from translate.engines.apertium_tagger import main\n"
            "sys.exit(main(sys.argv[1:]))\n",
            encoding="utf-8",
        )
        stage.chmod(0o755)
        (Path(folder) / "modes").mkdir()
        (Path(folder) / "modes" / f"{mode}.mode").write_text(
            pipeline.replace("apertium-tagger ", f"{shlex.quote(str(stage))} ", 1),
            encoding="utf-8",
        )
        yield Path(folder)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _debian_package(source: str, target: str) -> str:
    """The Debian package holding *source* ↔ *target*, empty when Debian has none."""
    wanted = {source, target}
    for package in _DEBIAN_PACKAGES:
        codes = package.removeprefix("apertium-").split("-")
        if {_code(code) for code in codes} == wanted:
            return package
    return ""


def _dpkg_version(package: str) -> str:
    """The installed version of Debian *package*, empty without dpkg or the package."""
    try:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", package],
            capture_output=True,
            text=True,
            timeout=_LIST_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""

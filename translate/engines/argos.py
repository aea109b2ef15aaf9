"""The Argos Translate engine: installed packages, run through CTranslate2 directly.

An Argos package is a folder holding ``metadata.json``, ``sentencepiece.model`` and a
CTranslate2 model in ``model/``; a ``.argosmodel`` file is a zip of one such folder. We read
those folders ourselves instead of importing argostranslate: its ``settings`` module creates
directories and edits ``os.environ`` on import, ``argostranslate.translate`` loads torch, Stanza
and spaCy, and its sentence splitter downloads models. Translation follows
``argostranslate.translate.apply_packaged_translation`` (SentencePiece pieces in, the package's
``target_prefix``, ``replace_unknowns``, length penalty 0.2), except that a whole batch of
sentences goes to CTranslate2 in one call, and underscores are kept: argostranslate turns
every ``_`` of the output into a space, SentencePiece itself does not.

The online index is argostranslate's (``ARGOS_PACKAGE_INDEX``), fetched with ``urllib``:
argostranslate's ``update_package_index`` swallows network errors, and
``get_available_packages`` then retries recursively until ``RecursionError`` (47 s offline).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from translate.engines.base import EngineInfo
from translate.errors import EngineError, EngineUnavailable, ModelError

__all__ = [
    "DEFAULT_INDEX",
    "ArgosEngine",
    "ArgosPackage",
    "install_from_file",
    "install_from_index",
    "installed_packages",
    "package_index_url",
    "packages_dir",
    "read_package",
]

ENGINE = "argos"
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
REQUIRED_FILES = ("metadata.json", "model/model.bin", "sentencepiece.model")
OFFLINE = (
    "cannot reach the Argos package index (offline?); "
    "download the .argosmodel elsewhere and run: news-translate models install --from-file FILE"
)


@dataclass(frozen=True)
class ArgosPackage:
    """One installed package: what it translates, its version, and where it lives."""

    code: str
    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    path: Path
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""
    kind: str = "translate"

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def tokenizer(self) -> Path:
        return self.path / "sentencepiece.model"


def packages_dir(environ: Mapping[str, str]) -> Path:
    """Where argostranslate keeps packages, resolved as its ``settings`` module does.

    ``settings.json`` is not read: set ``ARGOS_PACKAGES_DIR`` instead.

    >>> packages_dir({"ARGOS_PACKAGES_DIR": "/srv/argos"}).as_posix()
    '/srv/argos'
    >>> packages_dir({"HOME": "/home/ana"}).as_posix()
    '/home/ana/.local/share/argos-translate/packages'
    """
    if environ.get("ARGOS_PACKAGES_DIR"):
        return Path(environ["ARGOS_PACKAGES_DIR"]).expanduser()
    if "SNAP" in environ and environ.get("SNAP_USER_DATA"):
        home = Path(environ["SNAP_USER_DATA"])
    else:
        home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    xdg = environ.get("XDG_DATA_HOME")
    data = Path(xdg) if xdg else home / ".local" / "share"
    return data / "argos-translate" / "packages"


def package_index_url(environ: Mapping[str, str]) -> str:
    """The URL of argostranslate's package index, honouring ``ARGOS_PACKAGE_INDEX``."""
    return environ.get("ARGOS_PACKAGE_INDEX", DEFAULT_INDEX).rstrip("/") + "/index.json"


def parse_metadata(text: str, path: Path) -> ArgosPackage:
    """The package described by the ``metadata.json`` *text* of the folder *path*."""
    fix = f"remove {path} and reinstall the package"
    try:
        meta = json.loads(text)
    except json.JSONDecodeError as error:
        raise ModelError(
            f"{path}/metadata.json is not JSON ({error})", engine=ENGINE, hint=fix
        ) from None
    if not isinstance(meta, dict):
        raise ModelError(f"{path}/metadata.json is not an object", engine=ENGINE, hint=fix)
    kind = str(meta.get("type") or "translate")
    from_code, to_code = meta.get("from_code"), meta.get("to_code")
    if kind == "translate" and not (isinstance(from_code, str) and isinstance(to_code, str)):
        raise ModelError(f"{path}/metadata.json has no from_code/to_code", engine=ENGINE, hint=fix)
    return ArgosPackage(
        code=str(meta.get("code") or f"{kind}-{from_code}_{to_code}"),
        from_code=str(from_code or ""),
        to_code=str(to_code or ""),
        package_version=str(meta.get("package_version", "")),
        argos_version=str(meta.get("argos_version", "")),
        path=path,
        from_name=str(meta.get("from_name", "")),
        to_name=str(meta.get("to_name", "")),
        target_prefix=str(meta.get("target_prefix") or ""),
        kind=kind,
    )


def read_package(path: Path) -> ArgosPackage:
    """Read and check one installed package folder."""
    fix = f"remove {path} and reinstall the package"
    try:
        text = (path / "metadata.json").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ModelError(
            f"broken Argos package {path}: cannot read metadata.json ({error.__class__.__name__})",
            engine=ENGINE,
            hint=fix,
        ) from None
    package = parse_metadata(text, path)
    if package.kind == "translate" and not (package.model_dir / "model.bin").is_file():
        raise ModelError(
            f"broken Argos package {path}: no model/model.bin", engine=ENGINE, hint=fix
        )
    return package


def installed_packages(directory: Path) -> tuple[ArgosPackage, ...]:
    """Every package folder in *directory*, sorted by language pair, code and path."""
    if not directory.exists():
        return ()
    if not directory.is_dir():
        raise ModelError(
            f"{directory} is not a directory", engine=ENGINE, hint="set ARGOS_PACKAGES_DIR"
        )
    folders = [p for p in directory.iterdir() if p.is_dir() and not p.name.startswith(".")]
    packages = [read_package(folder) for folder in folders]
    return tuple(sorted(packages, key=lambda p: (p.from_code, p.to_code, p.code, str(p.path))))


def archive_folder(names: Sequence[str], archive: Path) -> str:
    """The single top folder of a package zip whose members are *names*; check the layout."""

    def bad(problem: str) -> ModelError:
        return ModelError(
            f"{archive} is not an Argos package: {problem}",
            engine=ENGINE,
            hint="use a .argosmodel file from the Argos package index",
        )

    paths = [PurePosixPath(name) for name in names]
    if any(p.is_absolute() or ".." in p.parts for p in paths):
        raise bad("it has members outside its folder")
    tops = {p.parts[0] for p in paths if p.parts}
    loose = [n for p, n in zip(paths, names, strict=True) if len(p.parts) == 1 and "/" not in n]
    if len(tops) != 1 or loose or any(top.startswith(".") for top in tops):
        raise bad(f"expected one top folder, found {', '.join(sorted(tops)) or 'nothing'}")
    top = tops.pop()
    present = {str(p) for p in paths}
    missing = [name for name in REQUIRED_FILES if f"{top}/{name}" not in present]
    if missing:
        raise bad(f"{top}/ has no {', '.join(missing)}")
    return top


def install_from_file(archive: Path, directory: Path) -> ArgosPackage:
    """Unpack the ``.argosmodel`` *archive* into *directory*; replaces an older copy atomically."""
    if not archive.is_file():
        raise ModelError(f"{archive}: no such file", engine=ENGINE, hint="check the path")
    if not zipfile.is_zipfile(archive):
        raise ModelError(
            f"{archive} is not an Argos package (not a zip archive)",
            engine=ENGINE,
            hint="use a .argosmodel file from the Argos package index",
        )
    try:
        with zipfile.ZipFile(archive) as zipped:
            top = archive_folder(zipped.namelist(), archive)
            text = zipped.read(f"{top}/metadata.json").decode("utf-8", errors="replace")
            parse_metadata(text, archive / top)
            destination = _extract(zipped, top, directory)
    except (OSError, zipfile.BadZipFile) as error:
        raise ModelError(
            f"cannot install {archive} into {directory}: {error}",
            engine=ENGINE,
            hint="check the file, free space and permissions",
        ) from None
    return read_package(destination)


def _extract(zipped: zipfile.ZipFile, top: str, directory: Path) -> Path:
    """Extract to a hidden folder in *directory*, then rename into place (replacing a copy)."""
    directory.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=directory))
    destination, previous = directory / top, staging / ".previous"
    try:
        zipped.extractall(staging)
        if destination.exists():
            destination.rename(previous)
        (staging / top).rename(destination)
    except BaseException:
        if previous.exists() and not destination.exists():
            previous.rename(destination)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return destination


def _fetch(url: str, timeout: float) -> bytes:
    import urllib.request  # with http.client and ssl: only when we go online

    with urllib.request.urlopen(url, timeout=timeout) as response:
        data: bytes = response.read()
    return data


def install_from_index(
    source: str,
    target: str,
    directory: Path,
    *,
    index_url: str = DEFAULT_INDEX + "index.json",
    timeout: float = 20.0,
) -> ArgosPackage:
    """Download the *source* → *target* package listed in the online index, then install it."""
    try:
        data = _fetch(index_url, timeout)
    except (OSError, ValueError):
        raise ModelError(OFFLINE, engine=ENGINE) from None
    try:
        index = json.loads(data)
    except ValueError:
        raise ModelError(
            f"the Argos package index at {index_url} is not JSON",
            engine=ENGINE,
            hint="check ARGOS_PACKAGE_INDEX",
        ) from None
    entries = [
        entry
        for entry in (index if isinstance(index, list) else [])
        if isinstance(entry, dict)
        and entry.get("from_code") == source
        and entry.get("to_code") == target
        and entry.get("type", "translate") == "translate"
    ]
    if not entries:
        raise ModelError(
            f"the Argos package index at {index_url} has no {source} → {target} package",
            engine=ENGINE,
            hint="check the language codes",
        )
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=directory) as scratch:
        archive = Path(scratch) / f"translate-{source}_{target}.argosmodel"
        for link in entries[-1].get("links", []):
            try:
                archive.write_bytes(_fetch(str(link), timeout))
                break
            except (OSError, ValueError):
                continue
        else:
            raise ModelError(
                f"cannot download the {source} → {target} package (offline?)",
                engine=ENGINE,
                hint="download the .argosmodel elsewhere and run: "
                "news-translate models install --from-file FILE",
            )
        return install_from_file(archive, directory)


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
        max_batch_size: int = 32,
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

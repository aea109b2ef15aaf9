"""Argos Translate packages: where they live, what is installed, and installing new ones.

An Argos package is a folder holding ``metadata.json``, ``sentencepiece.model`` and a
CTranslate2 model in ``model/``; a ``.argosmodel`` file is a zip of one such folder. We read
those folders ourselves instead of importing argostranslate, whose ``settings`` module creates
directories and edits ``os.environ`` on import (see `translate.engines.argos`).

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

from translate.errors import ModelError

__all__ = [
    "DEFAULT_INDEX",
    "ENGINE",
    "ArgosPackage",
    "archive_folder",
    "install_from_file",
    "install_from_index",
    "installed_packages",
    "package_index_url",
    "packages_dir",
    "parse_metadata",
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

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
import os
import re
import shutil
import socket
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from translate.errors import ModelError

__all__ = [
    "DEFAULT_INDEX",
    "ENGINE",
    "MAX_RATIO",
    "MAX_UNPACKED",
    "RATIO_FLOOR",
    "ArgosPackage",
    "archive_folder",
    "check_members",
    "copy_limited",
    "install_from_file",
    "install_from_index",
    "installed_packages",
    "package_index_url",
    "packages_dir",
    "parse_metadata",
    "read_package",
    "remove_stale_staging",
]

ENGINE = "argos"
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
REQUIRED_FILES = ("metadata.json", "model/model.bin", "sentencepiece.model")
#: The most bytes a package may unpack to. Real Argos packages unpack to at most about 500 MB
#: (int8 CTranslate2 weights); twice that leaves room and still stops a zip bomb.
MAX_UNPACKED = 1 << 30
#: The highest compression ratio accepted, per member and for the whole archive. Model weights
#: barely compress (about 1.1:1), text about 4:1; deflate tops out near 1032:1, which only a
#: bomb comes near (1 MB that unpacked to 1.1 GB was 1100:1).
MAX_RATIO = 100
#: Below this many unpacked bytes, a member (or a whole archive) is not held to `MAX_RATIO`:
#: a small file of repeated text can compress very well without harm.
RATIO_FLOOR = 1 << 20
_CHUNK = 1 << 20
# A staging folder's name says which process on which host owns it, so that the next install
# or list can tell a folder left by a killed install from one still being written.
_STAGING = re.compile(r"\.(?:install|download)-(\d+)-([A-Za-z0-9_]+)-[^-]+\Z")
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
        return _bad_archive(archive, problem)

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


def _bad_archive(archive: Path, problem: str) -> ModelError:
    return ModelError(
        f"{archive} is not an Argos package: {problem}",
        engine=ENGINE,
        hint="use a .argosmodel file from the Argos package index",
    )


def check_members(infos: Sequence[zipfile.ZipInfo], archive: Path, archive_size: int) -> None:
    """Refuse links, special files and zip bombs, going by the sizes the archive declares.

    The declared sizes may lie: `_extract` counts the bytes it actually writes as well.
    """
    for info in infos:
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _bad_archive(archive, f"{info.filename} is a link or a special file")
        if _too_compressed(info.file_size, info.compress_size):
            raise _bad_archive(archive, f"{info.filename} unpacks {_ratio(info)} times its size")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        raise _bad_archive(
            archive, f"it unpacks to {total:,} bytes, more than the {MAX_UNPACKED:,} allowed"
        )
    if _too_compressed(total, archive_size):
        ratio = total // max(archive_size, 1)
        raise _bad_archive(archive, f"it unpacks to {ratio} times its size")


def _too_compressed(unpacked: int, packed: int) -> bool:
    return unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * packed


def _ratio(info: zipfile.ZipInfo) -> int:
    return info.file_size // max(info.compress_size, 1)


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
            check_members(zipped.infolist(), archive, archive.stat().st_size)
            text = zipped.read(f"{top}/metadata.json").decode("utf-8", errors="replace")
            parse_metadata(text, archive / top)
            destination = _extract(zipped, top, directory)
    except (OSError, zipfile.BadZipFile, zlib.error) as error:
        raise ModelError(
            f"cannot install {archive} into {directory}: {error}",
            engine=ENGINE,
            hint="check the file, free space and permissions",
        ) from None
    return read_package(destination)


def _extract(zipped: zipfile.ZipFile, top: str, directory: Path) -> Path:
    """Extract to a staging folder in *directory*, then rename into place (replacing a copy).

    A copy being replaced waits in the staging folder's ``previous/`` until the new one is in
    place; if the install is killed in between, `remove_stale_staging` puts it back.
    """
    directory.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(directory)
    destination = directory / top
    with _staging(directory, "install") as staging:
        previous = staging / "previous" / top
        budget = MAX_UNPACKED
        for info in zipped.infolist():
            budget -= _unpack(zipped, info, staging / "new", budget)
        previous.parent.mkdir()
        try:
            if destination.exists():
                destination.rename(previous)
            (staging / "new" / top).rename(destination)
        except BaseException:
            if previous.exists() and not destination.exists():
                previous.rename(destination)
            raise
    return destination


def _unpack(zipped: zipfile.ZipFile, info: zipfile.ZipInfo, folder: Path, budget: int) -> int:
    """Write one member under *folder*; the bytes written, never more than it declared."""
    target = folder.joinpath(*PurePosixPath(info.filename).parts)
    if info.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    limit = min(info.file_size, budget)
    with zipped.open(info) as source, open(target, "xb") as sink:
        written = copy_limited(source, sink, limit)
    archive = Path(zipped.filename or "archive")
    if written > limit:
        problem = "more than it declares" if limit == info.file_size else "too much"
        raise _bad_archive(archive, f"{info.filename} unpacks to {problem}")
    if _too_compressed(written, info.compress_size):
        ratio = written // max(info.compress_size, 1)
        raise _bad_archive(archive, f"{info.filename} unpacks {ratio} times its size")
    return written


def copy_limited(source: IO[bytes], sink: IO[bytes], limit: int) -> int:
    """Copy at most *limit* bytes of *source* to *sink*; the count, ``limit + 1`` if it has more.

    The byte past the limit is read, not written: it only tells that *source* was too long.
    """
    written = 0
    while chunk := source.read(min(_CHUNK, limit + 1 - written)):
        written += len(chunk)
        if written > limit:
            return written
        sink.write(chunk)
    return written


@contextmanager
def _staging(directory: Path, purpose: str) -> Iterator[Path]:
    """A fresh hidden folder in *directory* named after its owner; removed afterwards."""
    host = re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname()) or "_"
    prefix = f".{purpose}-{os.getpid()}-{host}-"
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=directory))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def remove_stale_staging(directory: Path) -> list[Path]:
    """Remove the staging folders whose owner, on this host, is gone; the folders removed.

    A package that such an install had moved aside is put back first, unless a newer copy
    took its place.
    """
    if not directory.is_dir():
        return []
    host = re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname()) or "_"
    removed = []
    for folder in sorted(directory.iterdir()):
        found = _STAGING.match(folder.name)
        if not found or found[2] != host or not folder.is_dir() or _alive(int(found[1])):
            continue
        previous = folder / "previous"
        for package in sorted(previous.iterdir()) if previous.is_dir() else ():
            if not (directory / package.name).exists():
                package.rename(directory / package.name)
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


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
    remove_stale_staging(directory)
    with _staging(directory, "download") as scratch:
        archive = scratch / f"translate-{source}_{target}.argosmodel"
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

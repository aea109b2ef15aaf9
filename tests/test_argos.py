"""The Argos engine on real (tiny) packages: install, discovery, translation, failures."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from argos_model import build_test_packages, metadata
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from translate import pipeline
from translate.config import load_config
from translate.engines import EngineChoice, EngineName, EngineSettings, argos
from translate.engines.argos import (
    WIDTH_STEP,
    ArgosEngine,
    Batch,
    decode,
    plan_batches,
    resolve_device,
    ruler,
    thread_layout,
)
from translate.engines.argos_packages import (
    MAX_UNPACKED,
    RATIO_FLOOR,
    archive_folder,
    check_members,
    copy_limited,
    install_from_file,
    install_from_index,
    installed_packages,
    package_index_url,
    packages_dir,
    remove_stale_staging,
)
from translate.engines.base import Device, EngineInfo
from translate.errors import EngineError, EngineUnavailable, ModelError
from translate.glossary.model import Glossary
from translate.pipeline import Job

OFFLINE = (
    "argos: cannot reach the Argos package index (offline?); download the .argosmodel "
    "elsewhere and run: news-translate models install --from-file FILE"
)
COPY_TEXTS = [
    "The West has done nothing to penalize Armenia for the crimes against humanity in Khojaly.",
    "XQ1 met XQ2.",
    "Hello",
    "",
    "snake_case and a__b keep their underscores",
    "Ωmega: letters the model never saw come back through replace_unknowns.",
    "On February 26, 1992, Armenians committed one of the most horrifying crimes against "
    "humanity - genocide in the town of Khojaly. They killed indiscriminately all those who "
    "got in their way - men, women, children, the old - with savage and vicious viciousness.",
    "Baku, February 26.",
]
slow = pytest.mark.slow


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_test_packages(tmp_path_factory.mktemp("argos-build"))


@pytest.fixture(scope="module")
def installed(archives: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("argos-data") / "packages"
    for archive in archives.values():
        install_from_file(archive, directory)
    return directory


# -- locations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        pytest.param({"ARGOS_PACKAGES_DIR": "/srv/argos"}, "/srv/argos", id="explicit"),
        pytest.param(
            {"ARGOS_PACKAGES_DIR": "/srv/argos", "XDG_DATA_HOME": "/x"}, "/srv/argos", id="wins"
        ),
        pytest.param(
            {"HOME": "/home/ana"}, "/home/ana/.local/share/argos-translate/packages", id="home"
        ),
        pytest.param(
            {"HOME": "/home/ana", "XDG_DATA_HOME": "/data"},
            "/data/argos-translate/packages",
            id="xdg-data-home",
        ),
        pytest.param(
            {"HOME": "/home/ana", "SNAP": "/snap/x", "SNAP_USER_DATA": "/snapdata"},
            "/snapdata/.local/share/argos-translate/packages",
            id="snap",
        ),
    ],
)
def test_packages_dir(environ: dict[str, str], expected: str) -> None:
    assert packages_dir(environ) == Path(expected)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        pytest.param(
            {},
            "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json",
            id="default",
        ),
        pytest.param(
            {"ARGOS_PACKAGE_INDEX": "http://mirror/"}, "http://mirror/index.json", id="env"
        ),
    ],
)
def test_package_index_url(environ: dict[str, str], expected: str) -> None:
    assert package_index_url(environ) == expected


@pytest.mark.parametrize(
    "module",
    [
        pytest.param("translate.engines.argos", id="engine"),
        pytest.param("translate.engines.argos_packages", id="packages"),
    ],
)
def test_importing_argos_modules_loads_no_translation_library(module: str, tmp_path: Path) -> None:
    code = (
        f"import sys, {module}\n"
        "heavy = ('torch', 'ctranslate2', 'sentencepiece', 'argostranslate', 'stanza', 'spacy',"
        " 'onnxruntime', 'numpy', 'urllib.request')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
    assert list(tmp_path.iterdir()) == []


# -- discovery -----------------------------------------------------------------------------


@slow
def test_installed_packages_are_found_sorted(installed: Path) -> None:
    found = installed_packages(installed)
    assert [(p.code, p.pair, p.package_version) for p in found] == [
        ("translate-en_es", ("en", "es"), "1.0"),
        ("translate-en_xx", ("en", "xx"), "1.0"),
        ("translate-en_yy", ("en", "yy"), "1.0"),
    ]
    assert [p.path.name for p in found] == [
        "translate-en_es-1_0",
        "translate-en_xx-1_0",
        "translate-en_yy-1_0",
    ]
    assert found[2].target_prefix == "__yy__"
    assert not [p for p in installed.iterdir() if p.name.startswith(".")]


def test_no_directory_means_no_packages(tmp_path: Path) -> None:
    assert installed_packages(tmp_path / "missing") == ()
    assert ArgosEngine(tmp_path / "missing").pairs() == frozenset()


def test_stray_files_and_hidden_folders_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "README").write_text("notes\n")
    (tmp_path / ".install-abc").mkdir()
    assert installed_packages(tmp_path) == ()


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


GOOD_META = json.dumps(metadata("en", "de"))


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        pytest.param({"model/model.bin": "x"}, "cannot read metadata.json", id="no-metadata"),
        pytest.param({"metadata.json": "{", "model/model.bin": "x"}, "not JSON", id="bad-json"),
        pytest.param({"metadata.json": "[]", "model/model.bin": "x"}, "not an object", id="list"),
        pytest.param(
            {"metadata.json": '{"package_version": "1"}', "model/model.bin": "x"},
            "no from_code/to_code",
            id="no-codes",
        ),
        pytest.param({"metadata.json": GOOD_META}, "no model/model.bin", id="no-model"),
    ],
)
def test_broken_package_folder_names_path_and_fix(
    tmp_path: Path, files: dict[str, str], problem: str
) -> None:
    folder = tmp_path / "translate-en_de-1_0"
    _write(folder, files)
    with pytest.raises(ModelError) as caught:
        installed_packages(tmp_path)
    message = str(caught.value)
    assert problem in message
    assert str(folder) in message
    assert "reinstall" in message


# -- installing ----------------------------------------------------------------------------

LAYOUT = {
    "pkg/metadata.json": GOOD_META,
    "pkg/model/model.bin": "x",
    "pkg/sentencepiece.model": "x",
}


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zipped:
        for name, text in members.items():
            zipped.writestr(name, text)
    return path


def _without(name: str) -> dict[str, str]:
    return {key: value for key, value in LAYOUT.items() if key != name}


BAD_ARCHIVES: list[Any] = [
    pytest.param(lambda p: p.write_text("hello") and p, "not a zip archive", id="not-a-zip"),
    pytest.param(lambda p: p, "no such file", id="missing-file"),
    pytest.param(lambda p: _zip(p, {}), "expected one top folder", id="empty-zip"),
    pytest.param(
        lambda p: _zip(p, _without("pkg/metadata.json")), "no metadata.json", id="no-metadata"
    ),
    pytest.param(
        lambda p: _zip(p, _without("pkg/model/model.bin")), "no model/model.bin", id="no-model"
    ),
    pytest.param(
        lambda p: _zip(p, _without("pkg/sentencepiece.model")),
        "no sentencepiece.model",
        id="no-sentencepiece",
    ),
    pytest.param(lambda p: _zip(p, {**LAYOUT, "other/x": "x"}), "one top folder", id="two-folders"),
    pytest.param(
        lambda p: _zip(p, {**LAYOUT, "metadata.json": "{}"}), "one top folder", id="loose-file"
    ),
    pytest.param(
        lambda p: _zip(p, {**LAYOUT, "pkg/../../evil": "x"}), "outside its folder", id="escape"
    ),
    pytest.param(
        lambda p: _zip(p, {**LAYOUT, "pkg/metadata.json": "{"}), "not JSON", id="bad-metadata"
    ),
]


@pytest.mark.parametrize(("make", "problem"), BAD_ARCHIVES)
def test_bad_archive_is_a_model_error(
    tmp_path: Path, make: Callable[[Path], Path], problem: str
) -> None:
    archive = tmp_path / "bad.argosmodel"
    make(archive)
    directory = tmp_path / "packages"
    with pytest.raises(ModelError) as caught:
        install_from_file(archive, directory)
    message = str(caught.value)
    assert problem in message
    assert str(archive) in message
    assert "\n" not in message
    assert not directory.exists() or list(directory.iterdir()) == []


@slow
def test_reinstalling_replaces_the_package(archives: dict[str, Path], tmp_path: Path) -> None:
    first = install_from_file(archives["copy"], tmp_path)
    (first.path / "stale").write_text("old copy")
    second = install_from_file(archives["copy"], tmp_path)
    assert second == first
    assert not (second.path / "stale").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["translate-en_xx-1_0"]


def _refuse(*args: object, **kwargs: object) -> None:
    raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")


def test_index_offline_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urllib.request, "urlopen", _refuse)
    with pytest.raises(ModelError) as caught:
        install_from_index("en", "es", tmp_path / "packages")
    assert str(caught.value) == OFFLINE
    assert not (tmp_path / "packages").exists()


def _index(tmp_path: Path, entries: list[dict[str, Any]]) -> str:
    index = tmp_path / "index.json"
    index.write_text(json.dumps(entries))
    return index.as_uri()


@slow
def test_index_package_is_downloaded_and_installed(
    archives: dict[str, Path], tmp_path: Path
) -> None:
    entry = {**metadata("en", "xx"), "links": [archives["copy"].as_uri()]}
    url = _index(tmp_path, [metadata("en", "es"), entry])
    package = install_from_index("en", "xx", tmp_path / "packages", index_url=url)
    assert package.pair == ("en", "xx")
    assert installed_packages(tmp_path / "packages") == (package,)


@pytest.mark.parametrize(
    ("entries", "problem"),
    [
        pytest.param([metadata("en", "es")], "has no en → xx package", id="no-pair"),
        pytest.param(
            [{**metadata("en", "xx"), "links": ["file:///nonexistent/p.argosmodel"]}],
            "cannot download the en → xx package",
            id="dead-link",
        ),
    ],
)
def test_index_failures(tmp_path: Path, entries: list[dict[str, Any]], problem: str) -> None:
    with pytest.raises(ModelError, match=problem):
        install_from_index("en", "xx", tmp_path / "p", index_url=_index(tmp_path, entries))


# -- translating ---------------------------------------------------------------------------


@slow
def test_pairs_and_info(installed: Path) -> None:
    engine = ArgosEngine(installed)
    assert engine.pairs() == {("en", "es"), ("en", "xx"), ("en", "yy")}
    assert engine.info("en", "xx") == EngineInfo("argos", "1.0", model="translate-en_xx")


@slow
def test_packages_dir_from_environment(installed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(installed))
    engine = ArgosEngine(packages_dir(os.environ))
    assert ("en", "xx") in engine.pairs()


@slow
@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"beam_size": 1}, id="greedy"),
        pytest.param({}, id="defaults"),
        pytest.param({"beam_size": 4, "max_batch_tokens": 48}, id="beam4-small-batches"),
        pytest.param({"inter_threads": 2, "intra_threads": 1}, id="two-workers"),
    ],
)
def test_copy_model_returns_its_input(installed: Path, options: dict[str, Any]) -> None:
    engine = ArgosEngine(installed, **options)
    assert engine.translate_batch(COPY_TEXTS, "en", "xx") == COPY_TEXTS


@slow
def test_target_prefix_is_forced_then_removed(installed: Path) -> None:
    import sentencepiece

    # The copy model, forced to start with __yy__, copies from source position 1 onwards.
    text = "The West has done nothing"
    tokenizer = sentencepiece.SentencePieceProcessor(
        model_file=str(installed / "translate-en_yy-1_0" / "sentencepiece.model")
    )
    pieces = tokenizer.encode(text, out_type=str)
    expected = tokenizer.decode(pieces[1:]).lstrip(" ")
    assert ArgosEngine(installed).translate_batch([text], "en", "yy") == [expected]


@slow
def test_random_model_gives_one_string_per_input(installed: Path) -> None:
    engine = ArgosEngine(installed, max_decoding_length=12)
    texts = COPY_TEXTS[:3] + ["Baku"] * 2
    first = engine.translate_batch(texts, "en", "es")
    assert len(first) == len(texts)
    assert all(isinstance(text, str) for text in first)
    assert first[3] == first[4]
    assert engine.translate_batch(texts, "en", "es") == first


def test_empty_batch_loads_nothing(tmp_path: Path) -> None:
    assert ArgosEngine(tmp_path / "missing").translate_batch([], "en", "xx") == []


@slow
def test_missing_pair_is_unavailable_with_install_command(installed: Path) -> None:
    with pytest.raises(EngineUnavailable) as caught:
        ArgosEngine(installed).translate_batch(["Hello"], "en", "de")
    assert "news-translate models install en de" in str(caught.value)
    assert str(installed) in str(caught.value)


def test_unloadable_model_is_a_model_error(tmp_path: Path) -> None:
    package = install_from_file(_zip(tmp_path / "p.argosmodel", LAYOUT), tmp_path / "packages")
    with pytest.raises(ModelError, match="cannot load the Argos package"):
        ArgosEngine(tmp_path / "packages").translate_batch(["Hello"], "en", "de")
    assert package.path.is_dir()


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"beam_size": 0}, id="beam-0"),
        pytest.param({"max_decoding_length": 0}, id="length-0"),
        pytest.param({"inter_threads": -1}, id="inter-negative"),
        pytest.param({"intra_threads": -1}, id="intra-negative"),
        pytest.param({"max_batch_tokens": 0}, id="batch-tokens-0"),
        pytest.param({"threads": -1}, id="threads-negative"),
    ],
)
def test_bad_options_fail_up_front(tmp_path: Path, options: dict[str, Any]) -> None:
    with pytest.raises(EngineError, match=">="):
        ArgosEngine(tmp_path, **options)


class _Pieces:
    """Stands in for SentencePiece: joins pieces and turns ▁ into spaces."""

    def decode(self, pieces: list[str]) -> str:
        return "".join(pieces).replace("▁", " ")


@pytest.mark.parametrize(
    ("pieces", "prefix", "expected"),
    [
        pytest.param(["▁Hello", "▁world"], "", "Hello world", id="leading-space"),
        pytest.param(["__es__", "▁Hola"], "__es__", "Hola", id="prefix-piece"),
        pytest.param(["▁snake", "_", "case"], "", "snake_case", id="underscore-kept"),
        pytest.param([], "", "", id="empty"),
    ],
)
def test_decode(pieces: list[str], prefix: str, expected: str) -> None:
    assert decode(_Pieces(), pieces, prefix) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        pytest.param(list(LAYOUT), "pkg", id="files-only"),
        pytest.param(["pkg/", "pkg/model/", *LAYOUT], "pkg", id="with-folder-entries"),
    ],
)
def test_archive_folder(names: list[str], expected: str) -> None:
    assert archive_folder(names, Path("p.argosmodel")) == expected


@slow
def test_the_no_change_cache_keys_on_the_argos_package_version(
    installed: Path, tmp_path: Path
) -> None:
    """A newer package must draft anew: its version is part of the run's cache key."""
    packages = tmp_path / "packages"
    shutil.copytree(installed, packages)
    settings = EngineSettings(argos_packages=packages)
    choice = EngineChoice("xx", EngineName.ARGOS, "configured: argos")
    config = load_config(Path(__file__).resolve().parent.parent)
    job = Job("xx", choice, (), Glossary(), config, settings)
    before = pipeline._engine_label(job)
    for meta_path in packages.glob("*/metadata.json"):
        meta = json.loads(meta_path.read_text("utf-8"))
        if meta.get("to_code") == "xx":
            meta["package_version"] = "2.0"
            meta_path.write_text(json.dumps(meta), encoding="utf-8")
    assert before != pipeline._engine_label(job)
    assert "2.0" in pipeline._engine_label(job)


# -- resource limits -------------------------------------------------------------------------


def _info(name: str, size: int, packed: int, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.file_size, info.compress_size, info.external_attr = size, packed, mode << 16
    return info


_SMALL = [_info(name, 100, 100) for name in LAYOUT]


@pytest.mark.parametrize(
    ("infos", "archive_size", "problem"),
    [
        pytest.param(
            [*_SMALL, _info("pkg/link", 4, 4, stat.S_IFLNK | 0o777)],
            10_000,
            "pkg/link is a link or a special file",
            id="symlink",
        ),
        pytest.param(
            [*_SMALL, _info("pkg/fifo", 0, 0, stat.S_IFIFO | 0o644)],
            10_000,
            "pkg/fifo is a link or a special file",
            id="fifo",
        ),
        pytest.param(
            [*_SMALL, _info("pkg/model/model.bin", MAX_UNPACKED + 1, MAX_UNPACKED)],
            MAX_UNPACKED + 10_000,
            "more than the 1,073,741,824 allowed",
            id="too-big",
        ),
        pytest.param(
            [*_SMALL, _info("pkg/bomb", 1_100_000_000, 1_000_000)],
            1_010_000,
            "pkg/bomb unpacks 1100 times its size",
            id="member-ratio",
        ),
        pytest.param(
            [*_SMALL, *(_info(f"pkg/{n}", RATIO_FLOOR, RATIO_FLOOR // 500) for n in range(300))],
            300 * RATIO_FLOOR // 500 + 10_000,
            "it unpacks to 492 times its size",
            id="total-ratio",
        ),
    ],
)
def test_archive_members_over_the_limits_are_refused(
    infos: list[zipfile.ZipInfo], archive_size: int, problem: str
) -> None:
    with pytest.raises(ModelError) as caught:
        check_members(infos, Path("p.argosmodel"), archive_size)
    assert problem in str(caught.value)


def test_real_packages_are_within_the_limits() -> None:
    # int8 weights barely compress; a small, very regular file may compress very well
    infos = [
        _info("pkg/model/model.bin", 480_000_000, 440_000_000),
        _info("pkg/sentencepiece.model", 800_000, 400_000),
        _info("pkg/metadata.json", 600, 10),
        _info("pkg/model/shared_vocabulary.json", 700_000, 200_000),
    ]
    check_members(infos, Path("p.argosmodel"), 441_000_000)


def test_copy_limited_counts_the_bytes_not_the_header() -> None:
    sink = io.BytesIO()
    assert copy_limited(io.BytesIO(b"x" * 10), sink, 4) == 5
    assert len(sink.getvalue()) <= 4  # never more than the limit on disk
    assert copy_limited(io.BytesIO(b"x" * 4), io.BytesIO(), 4) == 4


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, text in LAYOUT.items():
            zipped.writestr(name, text)
        zipped.writestr("pkg/model/padding.bin", bytes(20 * RATIO_FLOOR))
    directory = tmp_path / "packages"
    with pytest.raises(ModelError, match=r"padding\.bin unpacks [0-9]+ times its size"):
        install_from_file(archive, directory)
    assert not directory.exists()


def _dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    return int(process.stdout)


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname()) or "_"


def test_a_killed_install_leaves_nothing_behind(tmp_path: Path) -> None:
    """What an install killed midway left is removed; the copy it had moved aside is restored."""
    stale = tmp_path / f".install-{_dead_pid()}-{_host()}-abc123xy"
    (stale / "new" / "pkg" / "model").mkdir(parents=True)
    (stale / "previous" / "pkg-old").mkdir(parents=True)
    (stale / "previous" / "pkg-old" / "metadata.json").write_text(GOOD_META)
    download = tmp_path / f".download-{_dead_pid()}-{_host()}-zz9_8yy7"
    download.mkdir()
    running = tmp_path / f".install-{os.getpid()}-{_host()}-running1"
    elsewhere = tmp_path / f".install-{_dead_pid()}-otherhost-abcdefgh"
    running.mkdir()
    elsewhere.mkdir()
    assert remove_stale_staging(tmp_path) == sorted([download, stale])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [running.name, elsewhere.name, "pkg-old"]
    )
    assert (tmp_path / "pkg-old" / "metadata.json").read_text() == GOOD_META


def test_install_and_list_remove_stale_staging(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from translate.cli.app import app

    stale = tmp_path / f".install-{_dead_pid()}-{_host()}-abc123xy"
    (stale / "new").mkdir(parents=True)
    result = CliRunner().invoke(app, ["models", "list", "--packages-dir", str(tmp_path)])
    assert result.exit_code == 0
    assert not stale.exists()
    stale.mkdir()
    install_from_file(_zip(tmp_path / "p.argosmodel", LAYOUT), tmp_path / "packages")
    (tmp_path / "packages" / stale.name).mkdir()
    install_from_file(_zip(tmp_path / "p.argosmodel", LAYOUT), tmp_path / "packages")
    assert [p.name for p in (tmp_path / "packages").iterdir()] == ["pkg"]


@slow
def test_a_sentence_translates_the_same_alone_and_in_the_corpus_batch(installed: Path) -> None:
    """The random model's output is garbage, but it must not depend on the other sentences."""
    from translate.text.articles import read_article
    from translate.text.segments import segment_article

    texts = list(
        dict.fromkeys(
            seg.text
            for path in sorted((ROOT / "corpus").glob("*.txt"))
            for seg in segment_article(read_article(path))
        )
    )
    engine = ArgosEngine(installed)
    batch = engine.translate_batch(texts, "en", "es")
    assert ArgosEngine(installed, max_batch_tokens=64).translate_batch(texts, "en", "es") == batch
    for index in range(0, len(texts), 10):
        assert engine.translate_batch([texts[index]], "en", "es") == [batch[index]]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    from translate.glossary.yaml import load_glossary

    return load_glossary(ROOT / "glossary")


@slow
def test_placeholders_come_back_once_and_in_place_for_the_draft_test_set(
    installed: Path, glossary: Glossary
) -> None:
    """The copy model returns its input: every placeholder must survive SentencePiece and
    CTranslate2 once, where it stood, so the draft is the sentence with the approved forms."""
    from draft_cases import CASES

    from translate.drafts import Scheme, draft_batch, prepare, term_form
    from translate.glossary.matcher import source_matcher

    matcher = source_matcher(glossary)
    engine = ArgosEngine(installed)
    texts = [case[1] for case in CASES]
    found = [matcher.find(text) for text in texts]
    drafts = draft_batch(
        texts,
        found,
        glossary,
        "es",
        Scheme.PLACEHOLDER,
        lambda batch: engine.translate_batch(batch, "en", "xx"),
    )
    assert len(CASES) >= 80
    for text, matches, draft in zip(texts, found, drafts, strict=True):
        prepared = prepare(text, matches, glossary, "es", Scheme.PLACEHOLDER)
        expected = prepared.text
        for slot in prepared.slots:
            expected = re.sub(rf"\b{slot.token}\b", slot.replacements[0][1], expected)
        assert not draft.problems, (text, draft)
        # Equal but for the capital a lower-case form (armenio) takes where a sentence opens.
        assert draft.text.casefold() == expected.casefold(), text
        assert all(term_form(glossary.get(m.entry), m, "es")[0] for m in matches)


# -- batches, threads, device --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lengths", "cap", "expected"),
    [
        pytest.param([], 64, [], id="nothing"),
        pytest.param([0, 0], 64, [], id="only-empty-sources"),
        pytest.param([5, 3, 8], 64, [Batch(8, (1, 0, 2))], id="one-bucket-by-length"),
        pytest.param([9, 8, 16, 17], 64, [Batch(8, (1,)), Batch(16, (0, 2)), Batch(24, (3,))],
                     id="widths-round-up"),
        pytest.param([4] * 5, 24, [Batch(8, (0, 1)), Batch(8, (2, 3)), Batch(8, (4,))],
                     id="cut-at-the-cap-ruler-included"),
        pytest.param([300, 2], 64, [Batch(8, (1,)), Batch(304, (0,))],
                     id="a-source-wider-than-the-cap-goes-alone"),
    ],
)  # fmt: skip
def test_plan_batches(lengths: list[int], cap: int, expected: list[Batch]) -> None:
    assert plan_batches(lengths, cap, step=8) == expected


@given(st.lists(st.integers(0, 300), max_size=60), st.integers(1, 4096))
def test_batches_are_bounded_and_cover_every_source(lengths: list[int], cap: int) -> None:
    batches = plan_batches(lengths, cap)
    indices = [i for batch in batches for i in batch.indices]
    assert sorted(indices) == [i for i, n in enumerate(lengths) if n]
    for batch in batches:
        assert batch.width % WIDTH_STEP == 0
        assert {-(-lengths[i] // WIDTH_STEP) * WIDTH_STEP for i in batch.indices} == {batch.width}
        # Room for the ruler; only a lone source may overflow the cap, being wider itself.
        assert (len(batch.indices) + 1) * batch.width <= cap or len(batch.indices) == 1


def test_ruler_is_exactly_as_wide_as_its_bucket() -> None:
    assert ruler(["▁Baku", "."], 8) == ["▁Baku", ".", "▁Baku", ".", "▁Baku", ".", "▁Baku", "."]
    assert len(ruler(["▁a"] * 7, 8)) == 8


@pytest.mark.parametrize(
    ("cores", "batches", "expected"),
    [
        pytest.param(2, 10, (2, 1), id="a-worker-per-core"),
        pytest.param(2, 1, (1, 2), id="one-batch-splits-its-products"),
        pytest.param(8, 2, (2, 4), id="cores-left-over"),
        pytest.param(1, 9, (1, 1), id="one-core"),
        pytest.param(3, 0, (1, 3), id="no-batches"),
    ],
)
def test_thread_layout(cores: int, batches: int, expected: tuple[int, int]) -> None:
    assert thread_layout(cores, batches) == expected


@slow
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(COPY_TEXTS[:3], (2, 1), id="three-widths-two-workers"),
        pytest.param(["Hello"], (1, 2), id="one-batch-two-threads"),
    ],
)
def test_the_layout_is_chosen_from_the_cores_and_the_batches(
    installed: Path, monkeypatch: pytest.MonkeyPatch, texts: list[str], expected: tuple[int, int]
) -> None:
    loaded: list[tuple[int, int, str]] = []
    real = argos.load_translator

    def spy(package: Any, inter: int, intra: int, device: str = "cpu") -> Any:
        loaded.append((inter, intra, device))
        return real(package, inter, intra, device)

    monkeypatch.setattr(argos, "load_translator", spy)
    engine = ArgosEngine(installed, threads=2, device=Device.CPU)
    assert engine.translate_batch(texts, "en", "xx") == texts
    assert engine.translate_batch(COPY_TEXTS, "en", "xx") == COPY_TEXTS
    assert loaded == [(*expected, "cpu")]  # loaded once, for the first call


@pytest.mark.parametrize(
    ("requested", "gpus", "expected"),
    [
        pytest.param(Device.AUTO, 0, "cpu", id="auto-without-gpu"),
        pytest.param(Device.AUTO, 1, "cuda", id="auto-with-gpu"),
        pytest.param(Device.CPU, 1, "cpu", id="cpu-even-with-gpu"),
        pytest.param(Device.CUDA, 2, "cuda", id="cuda-with-gpu"),
    ],
)
def test_resolve_device(
    requested: Device, gpus: int, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctranslate2

    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: gpus)
    assert resolve_device(requested) == expected


def test_cuda_without_a_gpu_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctranslate2

    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    with pytest.raises(EngineUnavailable, match="no CUDA device") as caught:
        resolve_device(Device.CUDA)
    assert "--device cpu" in str(caught.value)


@pytest.mark.parametrize(
    ("device", "code", "message"),
    [
        pytest.param("cuda", 2, "--device cuda: CTranslate2 finds no CUDA device", id="cuda"),
        pytest.param("tpu", 2, "--device", id="unknown"),
        pytest.param("cpu", 0, "", id="cpu"),
        pytest.param("auto", 0, "", id="auto"),
    ],
)
def test_run_device_option(
    project: Path, monkeypatch: pytest.MonkeyPatch, device: str, code: int, message: str
) -> None:
    import ctranslate2
    from typer.testing import CliRunner

    from translate.cli.app import app

    monkeypatch.setattr(ctranslate2, "get_cuda_device_count", lambda: 0)
    result = CliRunner().invoke(app, ["run", "--engine", "none", "--lang", "es",
                                      "--device", device])  # fmt: skip
    assert result.exit_code == code, result.output
    if code:
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert not (project / "locales").exists()
    else:
        assert (project / "locales" / "es").is_dir()

"""The Apertium engine: stream format, boundaries, unknown-word marks, pairs and failures.

Tests marked `real` run Debian's apertium with apertium-eng-spa (CI installs both); the others
use the pure helpers or fake ``apertium`` scripts and run anywhere.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

from translate.engines.apertium import ApertiumEngine, deformat, parse_modes, reformat, unmark
from translate.errors import EngineError, EngineUnavailable

real = pytest.mark.skipif(
    shutil.which("apertium") is None,
    reason="apertium is not installed (apt-get install apertium apertium-eng-spa)",
)

#: Texts that could break a batch apart, merge into a neighbour, or confuse the stream format.
ADVERSARIAL = [
    pytest.param("Hello.", id="simple"),
    pytest.param("The house is big", id="no-final-punctuation"),
    pytest.param("He gave", id="multiword-first-half"),
    pytest.param("up the fight.", id="multiword-second-half"),
    pytest.param("", id="empty"),
    pytest.param(" ", id="one-space"),
    pytest.param("\n", id="newline-only"),
    pytest.param("a\n\nb", id="blank-line"),
    pytest.param("line one\nline two", id="newline"),
    pytest.param("x\r\ny \n \n z", id="crlf-and-spaced-blank-line"),
    pytest.param("  lead and trail  ", id="outer-spaces"),
    pytest.param("Tab\there", id="tab"),
    pytest.param("\u00a0non-breaking\u00a0space", id="nbsp"),
    pytest.param("[bracket] text", id="brackets"),
    pytest.param("x]", id="closing-bracket"),
    pytest.param("[]", id="empty-superblank"),
    pytest.param(".[]", id="sentence-end-marker"),
    pytest.param("[[wordbound]]", id="wordbound-blank"),
    pytest.param("\\", id="backslash-only"),
    pytest.param("back\\slash \\n", id="backslashes"),
    pytest.param("a\\.[]b", id="escaped-period-marker"),
    pytest.param("^caret$ dollar", id="lexical-unit-delimiters"),
    pytest.param("a/b and <b>bold</b>", id="slash-and-tags"),
    pytest.param("{curly}", id="braces"),
    pytest.param("#1 best * star @handle", id="mark-characters"),
    pytest.param("a*b C# e-mail: a@b.com", id="marks-inside-words"),
    pytest.param("http://x.org/a?b=c#d", id="url"),
    pytest.param("He said \"no\" (really) 'yes'.", id="quotes-and-parentheses"),
    pytest.param("He goes. She stays", id="two-sentences"),
    pytest.param("U.S. officials said.", id="abbreviation"),
    pytest.param("...", id="ellipsis-only"),
    pytest.param("ñandú camión Şərhini", id="non-ascii"),
    pytest.param("\x01control\x1bchars\x7f", id="control-characters"),
]


def reference(text: str, *, marks: bool = False) -> str:
    """*text* translated by the plain ``apertium eng-spa`` command, alone."""
    options = [] if marks else ["-u"]
    # Bytes, not text=True: universal newlines would turn the output's "\r\n" into "\n".
    result = subprocess.run(
        ["apertium", *options, "eng-spa"], input=text.encode(), capture_output=True, check=True
    )
    return result.stdout.decode()


@pytest.fixture(scope="module")
def engine() -> ApertiumEngine:
    engine = ApertiumEngine()
    if ("en", "es") not in engine.pairs():
        pytest.skip("the en-es pair is not installed (apt-get install apertium-eng-spa)")
    return engine


@pytest.fixture(scope="module")
def adversarial_batch(engine: ApertiumEngine) -> dict[str, str]:
    texts = [str(param.values[0]) for param in ADVERSARIAL]
    translated = engine.translate_batch(texts, "en", "es")
    assert len(translated) == len(texts)
    return dict(zip(texts, translated, strict=True))


def fake_apertium(tmp_path: Path, translate: str, *, listing: str = "eng-spa") -> str:
    """A fake apertium script: lists *listing*, runs the shell code *translate* otherwise."""
    script = tmp_path / "apertium"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = -l ]; then echo "  {listing}"; exit 0; fi\n'
        'if [ "$1" = -V ]; then echo "Apertium 9.9.9"; exit 0; fi\n'
        f"{translate}\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


# --- the stream format (pure) ---------------------------------------------------------------


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_reformat_undoes_deformat(text: str) -> None:
    assert reformat(deformat(text)) == text


@pytest.mark.parametrize(
    ("text", "stream"),
    [
        pytest.param("Hello.", "Hello..[]", id="sentence-end-appended"),
        pytest.param("", ".[]", id="empty"),
        pytest.param("[b] \\ ^$ / <> {} @", r"\[b\] \\ \^\$ \/ \<\> \{\} \@.[]", id="escapes"),
        pytest.param("#1 a*b", "#1 a*b.[]", id="hash-and-star-are-plain"),
        pytest.param("a  b\tc", "a[  ]b[\t]c.[]", id="blanks-in-superblanks"),
        pytest.param("a\nb", "a[\n]b.[]", id="newline"),
        pytest.param("a\n\nb", "a.[][\n\n]b.[]", id="blank-line-ends-sentence"),
    ],
)
def test_deformat(text: str, stream: str) -> None:
    assert deformat(text) == stream


@pytest.mark.parametrize(
    ("stream", "text"),
    [
        pytest.param("Hola.[]", "Hola", id="sentence-end-removed"),
        pytest.param("Hola..[]", "Hola.", id="real-period-kept"),
        pytest.param(r"Un \@x \[b\]", "Un @x [b]", id="unescaped"),
        pytest.param(r"a[\]  ]b", "a]  b", id="escape-inside-superblank"),
        pytest.param("*xyzzq #ente", "*xyzzq #ente", id="marks-left-alone"),
    ],
)
def test_reformat(stream: str, text: str) -> None:
    assert reformat(stream) == text


@pytest.mark.parametrize(
    ("listing", "modes"),
    [
        pytest.param(
            "  eng-spa\n  spa-eng\n  spa-eng_US\n",
            {("en", "es"): "eng-spa", ("es", "en"): "spa-eng"},
            id="debian-eng-spa",
        ),
        pytest.param("  spa-eng_US\n", {("es", "en"): "spa-eng_US"}, id="variant-only"),
        pytest.param("  fr-es\n", {("fr", "es"): "fr-es"}, id="two-letter-mode"),
        pytest.param("  spa-ast\n", {("es", "ast"): "spa-ast"}, id="no-two-letter-code"),
        pytest.param("  eng-spa-tagger\n  eng-spa-morph\n", {}, id="debug-modes-skipped"),
        pytest.param("", {}, id="none"),
    ],
)
def test_parse_modes(listing: str, modes: dict[tuple[str, str], str]) -> None:
    assert parse_modes(listing) == modes


# --- the real apertium ----------------------------------------------------------------------


@real
@pytest.mark.parametrize("text", ADVERSARIAL)
def test_batch_equals_apertium_alone(text: str, adversarial_batch: dict[str, str]) -> None:
    assert adversarial_batch[text] == reference(text)


@real
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hello.", id="simple"),
        pytest.param("The house is big", id="no-final-punctuation"),
        pytest.param("up the fight.", id="after-unfinished-sentence"),
        pytest.param("[bracket] text", id="brackets"),
    ],
)
def test_batch_equals_engine_alone(
    text: str, engine: ApertiumEngine, adversarial_batch: dict[str, str]
) -> None:
    assert engine.translate_batch([text], "en", "es") == [adversarial_batch[text]]


@real
def test_known_translation(engine: ApertiumEngine) -> None:
    assert "casa" in engine.translate_batch(["The house is big."], "en", "es")[0]


@real
def test_nul_inside_a_text_is_kept(engine: ApertiumEngine) -> None:
    out = engine.translate_batch(["Hello.\0The house is big.", "Hello."], "en", "es")
    assert out == [f"{reference('Hello.')}\0{reference('The house is big.')}", "Hola."]


@real
def test_order_kept_in_a_large_batch(engine: ApertiumEngine) -> None:
    texts = [f"Sentence number {n} is here" for n in range(500)]
    out = engine.translate_batch(texts, "en", "es")
    assert len(out) == len(texts)
    assert all(f" {n} " in line for n, line in enumerate(out))


@real
def test_empty_batch(engine: ApertiumEngine) -> None:
    assert engine.translate_batch([], "en", "es") == []


@real
@pytest.mark.parametrize(
    ("text", "mark_unknown", "present", "absent"),
    [
        pytest.param("I saw the xyzzq.", False, "xyzzq", "*", id="unknown-stripped"),
        pytest.param("I saw the xyzzq.", True, "*xyzzq", "", id="unknown-kept"),
        pytest.param("Subject to the terms.", False, "Subject", "@", id="bilingual-gap-stripped"),
        pytest.param("Subject to the terms.", True, "@Subject", "", id="bilingual-gap-kept"),
        pytest.param("Legislative bodies met.", False, "ente", "#", id="generation-gap-stripped"),
        pytest.param("Legislative bodies met.", True, "#ente", "", id="generation-gap-kept"),
        pytest.param("He was #1 at a*b @home.", False, "#1 ", "", id="source-hash-kept"),
        pytest.param("He was #1 at a*b @home.", False, "*b", "", id="source-star-kept"),
        pytest.param("He was #1 at a*b @home.", False, "@", "", id="source-at-kept"),
    ],
)
def test_unknown_marks(text: str, mark_unknown: bool, present: str, absent: str) -> None:
    [out] = ApertiumEngine(mark_unknown=mark_unknown).translate_batch([text], "en", "es")
    assert present in out
    assert not absent or absent not in out
    assert out == reference(text, marks=mark_unknown)


@real
def test_pairs(engine: ApertiumEngine) -> None:
    assert {("en", "es"), ("es", "en")} <= engine.pairs()


@real
def test_info(engine: ApertiumEngine) -> None:
    info = engine.info("en", "es")
    assert (info.name, info.model) == ("apertium", "eng-spa")
    assert info.version and info.version != "unknown"


@real
@pytest.mark.parametrize(
    ("source", "target", "mode", "hint"),
    [
        pytest.param("en", "fr", "eng-fra", "Debian has no package", id="no-debian-package"),
        pytest.param(
            "ca", "es", "cat-spa", "apt-get install apertium-spa-cat", id="debian-package"
        ),
        pytest.param("en", "xx", "eng-xx", "another engine", id="unknown-code"),
    ],
)
def test_missing_pair(
    engine: ApertiumEngine, source: str, target: str, mode: str, hint: str
) -> None:
    with pytest.raises(EngineUnavailable, match=mode) as caught:
        engine.translate_batch(["Hello."], source, target)
    assert hint in str(caught.value)
    with pytest.raises(EngineUnavailable, match=mode):
        engine.info(source, target)


# --- failures, with fake binaries -----------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda e: e.pairs(), id="pairs"),
        pytest.param(lambda e: e.translate_batch(["Hello."], "en", "es"), id="translate"),
        pytest.param(lambda e: e.info("en", "es"), id="info"),
    ],
)
def test_missing_binary(call: Callable[[ApertiumEngine], object]) -> None:
    engine = ApertiumEngine(binary="/nonexistent/apertium")
    with pytest.raises(EngineUnavailable, match="apertium is not installed") as caught:
        call(engine)
    assert "apt-get install apertium apertium-eng-spa" in str(caught.value)


def test_timeout_stops_the_pipeline(tmp_path: Path) -> None:
    engine = ApertiumEngine(binary=fake_apertium(tmp_path, "sleep 30"), timeout=0.5)
    started = time.monotonic()
    with pytest.raises(EngineError, match=r"took more than 0\.5 s") as caught:
        engine.translate_batch(["Hello."] * 1000, "en", "es")
    assert not isinstance(caught.value, EngineUnavailable)
    assert "raise the apertium timeout" in str(caught.value)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("translate", "match"),
    [
        pytest.param(
            "echo 'boom: bad stream' >&2; echo 'second' >&2; exit 3",
            "exit code 3: boom: bad stream",
            id="non-zero-exit",
        ),
        pytest.param("exit 1", "exit code 1: no message", id="non-zero-exit-silent"),
        pytest.param(
            "cat >/dev/null; printf 'Hola\\0'", "returned 1 texts for 2", id="too-few-texts"
        ),
        pytest.param(
            "cat >/dev/null; printf 'a\\0b\\0c\\0'", "returned 3 texts for 2", id="too-many-texts"
        ),
    ],
)
def test_engine_failure(tmp_path: Path, translate: str, match: str) -> None:
    engine = ApertiumEngine(binary=fake_apertium(tmp_path, translate))
    with pytest.raises(EngineError, match=match) as caught:
        engine.translate_batch(["Hello.", "Bye."], "en", "es")
    assert not isinstance(caught.value, EngineUnavailable)
    assert "second" not in str(caught.value)


def test_listing_failure(tmp_path: Path) -> None:
    script = tmp_path / "apertium"
    script.write_text("#!/bin/sh\necho 'Error: Install an UTF-8 locale' >&2\nexit 1\n")
    script.chmod(0o755)
    with pytest.raises(EngineError, match="Install an UTF-8 locale"):
        ApertiumEngine(binary=str(script)).pairs()


@pytest.mark.parametrize(
    ("version_option", "version"),
    [
        pytest.param('echo "Apertium 9.9.9"', "9.9.9", id="from-apertium"),
        pytest.param("exit 1", "unknown", id="unknown"),
    ],
)
def test_info_version_fallback(tmp_path: Path, version_option: str, version: str) -> None:
    """A pair Debian has no package for takes apertium's version, else "unknown"."""
    script = tmp_path / "apertium"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = -l ]; then echo "  zzz-yyy"; exit 0; fi\n'
        f'if [ "$1" = -V ]; then {version_option}; fi\n'
    )
    script.chmod(0o755)
    info = ApertiumEngine(binary=str(script)).info("zzz", "yyy")
    assert (info.version, info.model) == (version, "zzz-yyy")


@pytest.mark.parametrize(
    ("options", "match"),
    [
        pytest.param({"timeout": 0}, "timeout is 0", id="zero-timeout"),
        pytest.param({"timeout": -1.0}, "timeout is -1.0", id="negative-timeout"),
        pytest.param({"binary": ""}, "binary is empty", id="empty-binary"),
    ],
)
def test_options_checked_up_front(options: dict[str, object], match: str) -> None:
    with pytest.raises(EngineError, match=match):
        ApertiumEngine(**options)  # type: ignore[arg-type]


def test_info_without_dpkg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = fake_apertium(tmp_path, "exit 1")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert ApertiumEngine(binary=binary).info("en", "es").version == "9.9.9"


# --- one text, one translation --------------------------------------------------------------


@real
def test_a_text_translates_the_same_alone_and_after_any_other(engine: ApertiumEngine) -> None:
    """ "known" has an ambiguity class the tagger was not trained on; Apertium's tagger then
    overwrites its open class, and every later text with an unknown word is tagged differently
    ("local" adjective or noun) unless the tagger is reset."""
    text = "With the 23-hour local anti-terror operations, Azerbaijan restored Khojaly."
    alone = engine.translate_batch([text], "en", "es")
    after = engine.translate_batch(["It is known as a genocide.", text], "en", "es")
    assert after[1] == alone[0] == reference(text)


@real
def test_corpus_sentences_translate_the_same_alone_and_in_the_batch(
    engine: ApertiumEngine,
) -> None:
    from translate.text.articles import read_article
    from translate.text.segments import segment_article

    texts = list(
        dict.fromkeys(
            seg.text
            for path in sorted((ROOT / "corpus").glob("*.txt"))
            for seg in segment_article(read_article(path))
        )
    )
    batch = engine.translate_batch(texts, "en", "es")
    reverse = engine.translate_batch(texts[::-1], "en", "es")[::-1]
    assert batch == reverse
    # Alone: the sentences after the ones that reset the tagger, and a sample of the rest.
    for index in range(0, len(texts), 12):
        assert engine.translate_batch([texts[index]], "en", "es")[0] == batch[index]


@pytest.mark.parametrize(
    ("output", "source", "expected"),
    [
        pytest.param(
            "El *sieged ciudad", "The sieged city", ("El sieged ciudad", ("sieged",), ()),
            id="unknown",
        ),
        pytest.param("la #escenario", "the scenario", ("la escenario", (), ("escenario",)),
                     id="not-generated"),
        pytest.param("@Subject a", "Subject to", ("Subject a", ("Subject",), ()), id="no-entry"),
        pytest.param("#1 en @home", "#1 at @home", ("#1 en @home", (), ()), id="source-marks"),
        pytest.param("5 * 3", "5 * 3", ("5 * 3", (), ()), id="star-alone"),
        pytest.param("a 37.5*bn *manats", "to 37.5bn manats",
                     ("a 37.5bn manats", ("bn", "manats"), ()), id="unit-after-a-number"),
        pytest.param("En 3*pm", "At 3pm", ("En 3pm", ("pm",), ()), id="time-suffix"),
        pytest.param("5*3 dólares", "5*3 dollars", ("5*3 dólares", (), ()), id="source-product"),
        pytest.param("f*ck", "f*ck", ("f*ck", (), ()), id="star-inside-a-word"),
    ],
)  # fmt: skip
def test_unmark(
    output: str, source: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    done = unmark(output, source)
    assert (done.text, done.unknown, done.ungenerated) == expected

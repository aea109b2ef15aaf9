"""The names finder's learned tagger (`translate.glossary.name_tagger`) and how the finder uses
it: names the rules do not foresee, vetted as the rules' own leftovers are."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_suggest import names_in

from translate.errors import InputError
from translate.glossary import name_tagger
from translate.glossary.name_tagger import labels, tag, tokens
from translate.text.articles import parse_article
from translate.text.segments import segment_article

ROOT = Path(__file__).resolve().parent.parent


def test_tokens_keep_inner_dots_hyphens_and_initials_and_split_a_possessive() -> None:
    text = "Armenia's U.S.-backed deal: Saengmorakot Wor.Wanchai, O'Flaherty and A&L won."
    assert [w for _, _, w in tokens(text)] == [
        "Armenia", "'s", "U.S.", "-", "backed", "deal", ":", "Saengmorakot", "Wor.Wanchai",
        ",", "O'Flaherty", "and", "A&L", "won", ".",
    ]  # fmt: skip
    assert all(text[s:e] == w for s, e, w in tokens(text))


def test_labels_take_the_longest_form_first_and_whole_words_only() -> None:
    text = "The Caspian Sea ports of Baku and Bakuriani grew."
    words = tokens(text)
    tags = labels(text, words, ["Caspian", "Caspian Sea", "Baku"])
    assert [(w, t) for (_, _, w), t in zip(words, tags, strict=True) if t != "O"] == [
        ("Caspian", "B"), ("Sea", "I"), ("Baku", "B"),
    ]  # fmt: skip


@pytest.mark.skipif(not (ROOT / ".venv/bin/python").exists(), reason="needs scripts/setup")
def test_the_shipped_model_is_what_the_labelled_articles_give() -> None:
    """No stale model: training is deterministic, and the committed file is its output."""
    done = subprocess.run(
        [str(ROOT / "scripts/train-names"), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name the glossary knows, made longer by a word that the rules took alone.
        ("The group will order four ferries from the Baku Shipyard, of the same design.",
         ["Baku Shipyard"]),
        ("He joined Dinamo Tbilisi last year.", ["Dinamo Tbilisi"]),
        # A Thai boxer's gym glued on with a dot: one name, where the rules cut at the dot.
        ("In the final, Kesharat Sor.Ujarphan beat Phet Wor.Gonurchai on points.",
         ["Kesharat Sor.Ujarphan", "Phet Wor.Gonurchai"]),
        # Titles are cut from the start, hyphenated ones too.
        ("Commander-in-Chief Ujar Kesharov spoke.", ["Ujar Kesharov"]),
        # ... and one the word lists lack, which the rules took for a part of the name; not an
        # article or a determiner, nor a title the rules kept on purpose.
        ("Grandmaster Ujar Kesharov won in Gonur.", ["Ujar Kesharov", "Gonur"]),
        ("All Gonur Chess Federation officials came.", ["Gonur Chess Federation"]),
        ("She studied at Prince Gonur University.", ["Prince Gonur University"]),
        # Money glued to its symbol is no name; a sentence that runs on after a dot is two.
        ("Shares in Ujar rose to R41.50 after the deal.", ["Ujar"]),
        ("Kesh.Then Ujar came.", ["Kesh", "Ujar"]),
    ],
)  # fmt: skip
def test_the_finder_adds_what_the_tagger_reads_as_names(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_word_that_opens_a_sentence_alone_needs_the_article_to_capitalise_it_inside() -> None:
    segments = segment_article(parse_article("Below the bridge, the river Kura flows.", "t.txt"))
    marked = [s.text[a:b] for s, a, b in tag(segments)[0]]
    assert "Below" not in marked
    assert "Kura" in marked


def test_a_broken_model_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "names.crfsuite"
    broken.write_bytes(b"not a model" * 10)
    monkeypatch.setattr(name_tagger, "MODEL", broken)
    name_tagger._tagger.cache_clear()
    try:
        segments = segment_article(parse_article("Ujar Kesharov spoke in Gonur.", "t.txt"))
        with pytest.raises(InputError) as error:
            tag(segments)
        assert str(error.value).startswith(f"{broken}: the names tagger's model cannot be read")
        assert "scripts/train-names" in str(error.value)
    finally:
        name_tagger._tagger.cache_clear()

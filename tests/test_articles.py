"""Reading article files: metadata, cleaning, unwrapping, and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from translate.errors import ArticleError
from translate.text.articles import parse_article, read_article
from translate.text.segments import CREDITS, credit_segments, segment_article, sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
WRAPPED = CORPUS / "001_3af6d30ae5fafc79.txt"
ONE_LINE = (
    "The first paragraph stands on one line of its own, as many sites deliver articles, and it "
    "is longer than any wrapped line."
)
ONE_LINE_TOO = (
    "The second paragraph stands on one line too; it is as long as the first one, or even a "
    "little longer than that."
)


@pytest.mark.parametrize(
    ("text", "date", "credits", "first"),
    [
        pytest.param(
            " date 2024-02-26 BAKU, Azerbaijan, February 26. The West did nothing.\n",
            dt.date(2024, 2, 26),
            (),
            "BAKU, Azerbaijan, February 26. The West did nothing.",
            id="date-prefix-followed-by-text",
        ),
        pytest.param(
            " date 2024-02-26 (MENAFN- AzerNews)\nAzerbaijan's Foreign Ministry spoke.\n",
            dt.date(2024, 2, 26),
            ("(MENAFN- AzerNews)",),
            "Azerbaijan's Foreign Ministry spoke.",
            id="menafn-credit-after-date",
        ),
        pytest.param(
            " date 2022-02-24 By Azernews\n\nBy Sabina Mamamdli\n\nAliyeva spoke.\n",
            dt.date(2022, 2, 24),
            ("By Azernews", "By Sabina Mamamdli"),
            "Aliyeva spoke.",
            id="two-bylines",
        ),
        pytest.param(
            "Khojaly is free.", None, (), "Khojaly is free.", id="no-date-no-final-newline"
        ),
        pytest.param(
            "date 2021-02-26\r\nLine one.\r\n", dt.date(2021, 2, 26), (), "Line one.", id="crlf"
        ),
        pytest.param(
            "\ufeffKhojaly is free.\n", None, (), "Khojaly is free.", id="byte-order-mark"
        ),
        pytest.param(
            "Azerbaijan, Khojaly said By Azernews today.\n",
            None,
            (),
            "Azerbaijan, Khojaly said By Azernews today.",
            id="by-inside-text-is-text",
        ),
        pytest.param(
            "Sargsyan said so, he told Trend.\n",
            None,
            (),
            "Sargsyan said so, he told Trend.",
            id="in-text-attribution-stays",
        ),
    ],
)
def test_metadata(text: str, date: dt.date | None, credits: tuple[str, ...], first: str) -> None:
    article = parse_article(text, "a")
    assert article.date == date
    assert article.credits == credits
    assert article.paragraphs[0].text == first


def test_credits_keep_their_lines() -> None:
    """Where each credit stands, so that a name in a byline can be reported at its line."""
    text = " date 2022-02-24 By Azernews\n\nBy Sabina Mamamdli\n\nAliyeva spoke.\n"
    article = parse_article(text, "a")
    assert article.credit_lines == (1, 3)
    assert [(s.text, s.line, s.paragraph) for s in credit_segments(article)] == [
        ("By Azernews", 1, CREDITS), ("By Sabina Mamamdli", 3, CREDITS)
    ]  # fmt: skip
    assert all(s.paragraph > CREDITS for s in segment_article(article))


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param(
            "One long line.\n\nTwo.\n", ["One long line.", "Two."], id="blank-line-separated"
        ),
        pytest.param(
            "Alpha beta gamma delta epsilon zeta eta\ntheta iota. Kappa lambda mu nu\n"
            "xi omicron pi.\nRho sigma tau upsilon phi chi psi omega\nend.\n",
            [
                "Alpha beta gamma delta epsilon zeta eta theta iota. Kappa lambda mu nu "
                "xi omicron pi.",
                "Rho sigma tau upsilon phi chi psi omega end.",
            ],
            id="hard-wrapped-next-word-fits-ends-paragraph",
        ),
        pytest.param(
            "The anti-\nterror operation was carried out over twenty-three hours in all.\n",
            ["The anti-terror operation was carried out over twenty-three hours in all."],
            id="wrapped-at-hyphen-joins-without-space",
        ),
        pytest.param(
            "Odd  “quotes”\u00a0and – dashes ,typo stay.\n",
            ["Odd “quotes” and – dashes ,typo stay."],
            id="text-kept-except-whitespace",
        ),
        pytest.param("Cafe\u0301 society.\n", ["Café society."], id="nfc-normalised"),
        pytest.param(
            f"{ONE_LINE}\n{ONE_LINE_TOO}\n", [ONE_LINE, ONE_LINE_TOO], id="one-paragraph-per-line"
        ),
        pytest.param(
            f"Alpha beta gamma delta epsilon zeta eta\ntheta iota.\n{ONE_LINE}\n"
            "Rho sigma tau upsilon phi chi psi omega\nend.\n",
            [
                "Alpha beta gamma delta epsilon zeta eta theta iota.",
                ONE_LINE,
                "Rho sigma tau upsilon phi chi psi omega end.",
            ],
            id="unwrapped-line-among-wrapped-lines",
        ),
        pytest.param(
            f"Armenian fascism\n{ONE_LINE}\n",
            ["Armenian fascism", ONE_LINE],
            id="heading-before-a-paragraph-on-one-line",
        ),
        pytest.param(
            "He left the city.\nJustice for Khojaly\nThe campaign began in 2008 and it goes\n"
            "on every year.\n",
            [
                "He left the city.",
                "Justice for Khojaly",
                "The campaign began in 2008 and it goes on every year.",
            ],
            id="heading-between-wrapped-paragraphs",
        ),
        pytest.param(
            "He left.\nJustice for Khojaly\nThe campaign goes on.\n",
            ["He left.", "Justice for Khojaly", "The campaign goes on."],
            id="heading-before-a-short-paragraph",
        ),
        pytest.param(
            "Today Azerbaijan commemorates the 29th anniversary\nof the mass killing of "
            "Azerbaijani civilians by\nArmenian forces in Khojaly town in\nNagorno-Karabakh.\n",
            [
                "Today Azerbaijan commemorates the 29th anniversary of the mass killing of "
                "Azerbaijani civilians by Armenian forces in Khojaly town in Nagorno-Karabakh."
            ],
            id="short-line-in-narrow-wrapping-goes-on",
        ),
        pytest.param(
            "civilian population. We were able to break that [stereotype]”\n"
            "leaves no room for doubt that the massacre committed was not an accident.\n",
            [
                "civilian population. We were able to break that [stereotype]” leaves no room "
                "for doubt that the massacre committed was not an accident."
            ],
            id="no-paragraph-starts-in-lowercase",
        ),
        pytest.param(
            f"{ONE_LINE[:-1]} and\ncarried out by its forces.\n",
            [f"{ONE_LINE[:-1]} and carried out by its forces."],
            id="one-line-paragraph-goes-on-into-lowercase",
        ),
    ],
)
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in parse_article(text, "a").paragraphs] == paragraphs


def test_boilerplate_is_dropped_and_reported() -> None:
    article = parse_article("Khojaly is free.\n\nŞərhini yaz\n", "a", boilerplate=["Şərhini yaz"])
    assert [p.text for p in article.paragraphs] == ["Khojaly is free."]
    assert article.dropped == ("Şərhini yaz",)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("A headline: 32 years on\n\nBody text.\n", "A headline: 32 years on", id="hl"),
        pytest.param("A full sentence.\n\nBody text.\n", None, id="sentence-is-not-a-title"),
        pytest.param("Only a heading\n", None, id="nothing-after-it"),
        pytest.param(
            " date 2024-02-26 BAKU, Azerbaijan\n\nBody.\n", None, id="dateline-after-date"
        ),
    ],
)
def test_title(text: str, title: str | None) -> None:
    article = parse_article(text, "a")
    assert (article.title.text if article.title else None) == title


def test_source_lines_of_a_wrapped_paragraph() -> None:
    article = read_article(CORPUS / "001_3af6d30ae5fafc79.txt")
    lines = (CORPUS / "001_3af6d30ae5fafc79.txt").read_text("utf-8").splitlines()
    for paragraph in article.paragraphs:
        for offset, number in paragraph.line_starts:
            word = paragraph.text[offset:].split(" ", 1)[0]
            assert lines[number - 1].lstrip().startswith(word)


@pytest.mark.parametrize(
    ("name", "date", "title", "credits", "dropped", "count"),
    [
        ("000_ee7ec6d0624d94a0", "2024-02-26", None, (), (), 5),
        ("001_3af6d30ae5fafc79", "2024-02-26", None, ("(MENAFN- AzerNews)",), (), 13),
        ("002_fc9922a311dc6cc0", "2021-02-26", None, ("By Azernews",), (), 16),
        ("003_fedf56173e1d7ac0", "2022-02-24", None, ("By Azernews", "By Sabina Mamamdli"), (), 17),
        (
            "004_bb24bbf64c3ddef7",
            None,
            "The horrible tragedy of the 20th century: 32 years have passed since the Khojaly "
            "genocide",
            (),
            ("Şərhini yaz",),
            10,
        ),
    ],
)
def test_seed_articles(
    name: str,
    date: str | None,
    title: str | None,
    credits: tuple[str, ...],
    dropped: tuple[str, ...],
    count: int,
) -> None:
    article = read_article(CORPUS / f"{name}.txt")
    assert article.id == name
    assert (article.date.isoformat() if article.date else None) == date
    assert (article.title.text if article.title else None) == title
    assert article.credits == credits
    assert article.dropped == dropped
    assert len(article.paragraphs) == count


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        pytest.param(b"", "empty article", None, id="empty"),
        pytest.param(b"  \n\n \n", "empty article", None, id="whitespace-only"),
        pytest.param(b" date 2024-02-26 By Azernews\n", "empty article", None, id="only-metadata"),
        pytest.param(
            b"Share this article\n\n(END)\n",
            "empty article: no text to translate; 2 paragraph(s) dropped as boilerplate",
            None,
            id="only-furniture",
        ),
        pytest.param(b"ok\nok\n\x00\x01\x02", "binary file", 3, id="binary"),
        pytest.param(b"line one\ncaf\xe9\n", "not UTF-8", 2, id="latin-1"),
        pytest.param(b" date 2024-13-45 Text.\n", "bad date", 1, id="bad-date"),
    ],
)
def test_bad_input(tmp_path: Path, content: bytes, message: str, line: int | None) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    assert caught.value.line == line
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_unreadable_paths(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nope.txt" if kind == "missing" else tmp_path
    with pytest.raises(ArticleError, match=str(path)):
        read_article(path)


def test_headline_after_a_date_line() -> None:
    article = parse_article(" date 2024-02-26\n\nA headline\n\nBody.\n", "a")
    assert article.title is not None and article.title.text == "A headline"


def sentences_of(text: str) -> list[str]:
    article = parse_article(text, "a")
    title = [article.title] if article.title else []
    return [s for paragraph in [*title, *article.paragraphs] for s in sentences(paragraph.text)]


def test_a_word_inserted_in_one_wrapped_paragraph_leaves_the_others() -> None:
    # The widest line of the whole file used to be the wrap width: a longer line 3 moved a
    # paragraph break 31 lines further down, into the middle of a quotation.
    lines = WRAPPED.read_text(encoding="utf-8").splitlines(keepends=True)
    before = sentences_of("".join(lines))
    lines[2] = lines[2].replace("genocide,", "genocide tragedy (MENAFN),")
    after = sentences_of("".join(lines))
    assert after[0] == before[0].replace("genocide,", "genocide tragedy (MENAFN),")
    assert after[1:] == before[1:]


def test_an_unwrapped_line_added_to_wrapped_text_leaves_the_others() -> None:
    # One line wider than any wrapped text used to turn every line of the file into a paragraph.
    lines = WRAPPED.read_text(encoding="utf-8").splitlines(keepends=True)
    before = sentences_of("".join(lines))
    added = f"{ONE_LINE}\n"
    after = sentences_of("".join([*lines[:37], added, *lines[37:]]))
    index = after.index(ONE_LINE)
    assert after[:index] + after[index + 1 :] == before
    assert before[index - 1].endswith("subordinate forces.")


def test_a_wide_line_cannot_cut_a_sentence_of_the_next_paragraph() -> None:
    # The first line ends a sentence but not its paragraph (the next word does not fit), so the
    # paragraph is wide; a closing quote without a full stop is no sentence end, so the break
    # after it is decided from the narrow lines around it only.
    text = (
        "The new paragraph is wrapped much wider than the rest of the text and it ends here.\n"
        "In the massacre, the Geneva Conventions and\n"
        'the "Abolition of Racial Discrimination"\n'
        "The provisions of the conventions were\n"
        "violated.\n"
    )
    assert sentences_of(text) == [
        "The new paragraph is wrapped much wider than the rest of the text and it ends here.",
        'In the massacre, the Geneva Conventions and the "Abolition of Racial Discrimination" '
        "The provisions of the conventions were violated.",
    ]

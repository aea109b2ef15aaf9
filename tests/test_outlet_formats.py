"""Articles as outlets deliver them: credits, furniture, lists, invisible characters, line ends.

Each case is a line or an article written for the rule it pins, in the shapes wire services and
news sites use; none is taken from the corpus. The last tests run such an article through
``segment``, ``run`` and ``assemble``.
"""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import polib
import pytest
from conftest import cli

from translate.text.articles import parse_article, read_article
from translate.text.furniture import is_credit_line, is_furniture
from translate.text.segments import CREDITS, credit_segments, segment_article


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        pytest.param("By Jane Doe", True, id="plain-byline"),
        pytest.param("BY JANE DOE", True, id="byline-in-capitals"),
        pytest.param(
            "By Jane Doe, Staff Writer | Updated 3 hours ago", True, id="byline-title-pipe"
        ),
        pytest.param("By Ali Hasanov | Published: 26.02.2024, 10:15", True, id="byline-pipe-date"),
        pytest.param("By Jane Doe and John Roe, Reuters", True, id="two-names-and-agency"),
        pytest.param("By Anna van der Berg", True, id="name-particles"),
        pytest.param(
            "(Reporting by Nailia Bagirova; Writing by Felix Light; Editing by Andrew Heavens)",
            True,
            id="reuters-credit-line",
        ),
        pytest.param(
            "Reporting by Nailia Bagirova in Baku and Felix Light in Tbilisi; Editing by Tom Hogue",
            True,
            id="credit-with-places",
        ),
        pytest.param("Additional reporting by Lucy Papachristou", True, id="additional-reporting"),
        pytest.param("Editing by Mark Potter", True, id="editing-alone"),
        pytest.param("Photo: AFP / Getty Images", True, id="photo-source"),
        pytest.param("(Photo credit: Reuters)", True, id="photo-credit-in-brackets"),
        pytest.param("Main photo: Azertac", True, id="main-photo"),
        pytest.param("[Photo: Reuters]", True, id="photo-credit-in-square-brackets"),
        pytest.param("Compiled by Jane Doe for The Daily", True, id="compiled-for-outlet"),
        pytest.param("Written by Jane Doe. Edited by John Roe.", True, id="credits-with-periods"),
        pytest.param("By December the city had been rebuilt.", False, id="by-month-sentence"),
        pytest.param("By Monday, the talks had ended.", False, id="by-day-comma-lowercase"),
        pytest.param("BY THE NUMBERS", False, id="by-the-heading"),
        pytest.param("By The Numbers", False, id="by-the-heading-title-case"),
        pytest.param("By The Associated Press", True, id="by-the-outlet"),
        pytest.param("Reporting by the BBC showed it.", False, id="reporting-by-lowercase"),
        pytest.param(
            "Photo: Crowds gathered in the square on Monday.", False, id="caption-is-text"
        ),
        pytest.param("He was photographed by Reuters.", False, id="by-inside-sentence"),
        pytest.param("Chief Political Correspondent", True, id="role-alone"),
        pytest.param("Staff Writers", True, id="role-plural"),
        pytest.param("Correspondent in Tbilisi", True, id="role-with-place"),
        pytest.param("Maria Lopez-Haas, Senior Reporter", True, id="name-comma-role"),
        pytest.param("Maria Lopez-Haas, staff writer", True, id="name-comma-role-lowercase"),
        pytest.param(
            "Maria Lopez-Haas, Energy Editor | Updated 2 hours ago", True, id="name-role-pipe"
        ),
        pytest.param(
            "Maria Lopez-Haas · Radio Canada · Posted: Nov 30, 2026 6:15 PM ET | Last Updated: "
            "Dec 1, 2026",
            True,
            id="name-outlet-posted-dots",
        ),
        pytest.param(
            "NEWS WIRE - Nov 30, 2026 - 09:05 | Asia, Business", True, id="outlet-date-time"
        ),
        pytest.param("Lisbon - 30 Nov 2026 - 10:45 WET", True, id="place-date-time"),
        pytest.param("The Writer", False, id="the-role-is-a-heading"),
        pytest.param("Maria Lopez-Haas Science correspondent", False, id="name-runs-into-role"),
        pytest.param("Ilham Aliyev, the president", False, id="name-comma-apposition"),
        pytest.param("Baku - Ganja - Gazakh", False, id="route-is-no-date-line"),
        pytest.param("Lisbon - the talks went on late", False, id="dash-then-sentence"),
    ],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit


@pytest.mark.parametrize(
    ("paragraph", "furniture"),
    [
        pytest.param("(END)", True, id="end-in-brackets"),
        pytest.param("-- ends --", True, id="ends-between-dashes"),
        pytest.param("ENDS", True, id="ends"),
        pytest.param("###", True, id="press-release-end"),
        pytest.param("Copyright 2024 Baku Daily News. All rights reserved.", True, id="copyright"),
        pytest.param("Copyright © 2024 Chess News Agency", True, id="copyright-sign"),
        pytest.param("© Trend News Agency", True, id="copyright-sign-alone"),
        pytest.param("All rights reserved.", True, id="rights-reserved"),
        pytest.param("Read also: Baku to build three metro stations", True, id="read-also"),
        pytest.param("READ MORE", True, id="read-more-capitals"),
        pytest.param("Related: Central bank keeps key rate at 8%", True, id="related"),
        pytest.param("Related articles", True, id="related-articles"),
        pytest.param("Share this article", True, id="share"),
        pytest.param("Subscribe to our daily newsletter", True, id="subscribe"),
        pytest.param("Follow us on Twitter @UNEP", True, id="follow-us"),
        pytest.param(
            "For more news, visit www.chessnews.com or follow @ChessNews on X.",
            True,
            id="for-more-news-visit",
        ),
        pytest.param("Advertisement", True, id="advertisement"),
        pytest.param("Tags: Khojaly, history, Azerbaijan", True, id="tags"),
        pytest.param("Comments (0)", True, id="comments-count"),
        pytest.param("Updated 3 hours ago", True, id="updated-ago"),
        pytest.param("Published: 26.02.2024, 10:15", True, id="published-date"),
        pytest.param("26.02.2024 10:15", True, id="date-and-time-in-figures"),
        pytest.param("2024-02-26", True, id="iso-date"),
        pytest.param("* * *", True, id="separator-stars"),
        pytest.param("----", True, id="separator-dashes"),
        pytest.param("1.5 million", False, id="figure-is-text"),
        pytest.param("Copyright law changed in 2019.", False, id="copyright-in-a-sentence"),
        pytest.param("Read the full report, he said.", False, id="read-in-a-sentence"),
        pytest.param("Related talks will begin in May.", False, id="related-in-a-sentence"),
        pytest.param("Updated figures show a rise of 5% in exports.", False, id="updated-figures"),
        pytest.param("The end of the war came in 1994.", False, id="end-in-a-sentence"),
        pytest.param("Comments were closed after the vote.", False, id="comments-in-a-sentence"),
    ],
)
def test_furniture(paragraph: str, furniture: bool) -> None:
    assert is_furniture(paragraph) is furniture


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("By Azernews", ["By Azernews"], id="byline-whole"),
        pytest.param(
            "(Reporting by Nailia Bagirova in Baku; Editing by Mark Potter)",
            ["Nailia Bagirova in Baku", "Mark Potter"],
            id="roles-are-no-names",
        ),
        pytest.param(
            "Translated by Aziz Tursun. Edited by Malcolm Foster.",
            ["Aziz Tursun", "Malcolm Foster"],
            id="parts-after-full-stops",
        ),
        pytest.param("By J. R. Smith", ["By J. R. Smith"], id="initials"),
        pytest.param("Photo: AFP / Getty Images", ["AFP / Getty Images"], id="picture-source"),
        pytest.param("Chief Political Correspondent", [], id="a-role-names-nobody"),
        pytest.param("Maria Lopez-Haas, Senior Reporter", ["Maria Lopez-Haas"], id="role-cut"),
        pytest.param(
            "Maria Lopez-Haas · Radio Canada · Posted: Nov 30, 2026 6:15 PM ET",
            ["Maria Lopez-Haas", "Radio Canada"],
            id="date-parts-cut",
        ),
        pytest.param("NEWS WIRE - Nov 30, 2026 - 09:05 | Asia", ["NEWS WIRE"], id="outlet-kept"),
    ],
)
def test_credit_segments_give_the_names_without_the_roles(credit: str, names: list[str]) -> None:
    # The names finder reads credit segments as names: "Editing" and "Reporting" are none.
    article = parse_article(f"{credit}\n\nThe talks resumed.\n", "a")
    assert article.credits == (credit,)
    segments = credit_segments(article)
    assert [s.text for s in segments] == names
    assert [(s.paragraph, s.index, s.line) for s in segments] == [
        (CREDITS, index, 1) for index in range(len(names))
    ]


def test_furniture_is_dropped_and_reported_credits_kept() -> None:
    text = (
        "Metro line opens in Baku\n"
        "By Jane Doe, Staff Writer | Updated 3 hours ago\n"
        "Photo: AFP / Getty Images\n"
        "\n"
        "The line opened on Monday.\n"
        "\n"
        "Read also: Baku to build more stations\n"
        "\n"
        "(Reporting by Nailia Bagirova; Editing by Andrew Heavens)\n"
        "Copyright 2024 Baku Daily News. All rights reserved.\n"
    )
    article = parse_article(text, "a")
    assert article.title is not None and article.title.text == "Metro line opens in Baku"
    assert article.credits == (
        "By Jane Doe, Staff Writer | Updated 3 hours ago",
        "Photo: AFP / Getty Images",
        "(Reporting by Nailia Bagirova; Editing by Andrew Heavens)",
    )
    assert article.credit_lines == (2, 3, 9)
    assert article.dropped == (
        "Read also: Baku to build more stations",
        "Copyright 2024 Baku Daily News. All rights reserved.",
    )
    assert [p.text for p in article.paragraphs] == ["The line opened on Monday."]


@pytest.mark.parametrize(
    ("text", "credits", "paragraphs"),
    [
        pytest.param(
            "(AP) — The talks resumed.\n", ("(AP)",), ["The talks resumed."], id="prefix-dash"
        ),
        pytest.param(
            "The talks resumed.\n\n-- Reuters\n",
            ("-- Reuters",),
            ["The talks resumed."],
            id="sign-off",
        ),
        pytest.param(
            "Cities:\n— Baku\n— Ganja\n",
            (),
            ["Cities:", "— Baku", "— Ganja"],
            id="list-of-names-is-no-sign-off",
        ),
    ],
)
def test_prefixes_and_sign_offs(text: str, credits: tuple[str, ...], paragraphs: list[str]) -> None:
    article = parse_article(text, "a")
    assert article.credits == credits
    assert [p.text for p in article.paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("text", "title", "dropped", "paragraphs"),
    [
        pytest.param(
            "February 26, 2024\n\nMetro opens\n\nThe line opened.\n",
            "Metro opens",
            ("February 26, 2024",),
            ["The line opened."],
            id="date-in-words-above-the-headline",
        ),
        pytest.param(
            "Metro opens\n\nMonday, 26 February 2024 10:15\n\nThe line opened.\n",
            "Metro opens",
            ("Monday, 26 February 2024 10:15",),
            ["The line opened."],
            id="date-with-weekday-and-time-under-the-headline",
        ),
        pytest.param(
            "Home > News > Economy\nMetro opens\n\nThe line opened.\n",
            "Metro opens",
            ("Home > News > Economy",),
            ["The line opened."],
            id="breadcrumbs",
        ),
        pytest.param(
            "Timeline\n\nThe war began.\n\nFebruary 26, 1992\n\nThe town fell.\n",
            "Timeline",
            (),
            ["The war began.", "February 26, 1992", "The town fell."],
            id="date-heading-in-the-body-stays",
        ),
    ],
)
def test_the_page_header_is_furniture(
    text: str, title: str, dropped: tuple[str, ...], paragraphs: list[str]
) -> None:
    article = parse_article(text, "a")
    assert article.title is not None and article.title.text == title
    assert article.dropped == dropped
    assert [p.text for p in article.paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("text", "title", "paragraphs"),
    [
        pytest.param(
            "Metro opens in Baku\nThe city's first new line in twenty years\n\nIt opened.\n",
            "Metro opens in Baku",
            ["The city's first new line in twenty years", "It opened."],
            id="headline-and-standfirst",
        ),
        pytest.param(
            "Metro opens in Baku\nThe line opened on Monday.\n\nIt cost a lot.\n",
            None,
            ["Metro opens in Baku", "The line opened on Monday.", "It cost a lot."],
            id="a-sentence-under-it-is-no-standfirst",
        ),
    ],
)
def test_a_headline_with_a_standfirst(text: str, title: str | None, paragraphs: list[str]) -> None:
    article = parse_article(text, "a")
    assert (article.title.text if article.title else None) == title
    assert [p.text for p in article.paragraphs] == paragraphs


def test_a_title_over_a_dropped_date_line_is_the_title() -> None:
    article = parse_article("Metro opens\n26.02.2024 10:15\n\nThe line opened.\n", "a")
    assert article.title is not None and article.title.text == "Metro opens"
    assert article.dropped == ("26.02.2024 10:15",)


def test_furniture_lines_between_paragraphs_without_blank_lines() -> None:
    text = (
        "Metro line opens in Baku\n"
        "By Jane Doe\n"
        "The new metro line, which cost approx. 450 million manats, opened on Monday morning.\n"
        "Read also: Baku to build three more metro stations by 2030\n"
        "The mayor cut the ribbon at 9 a.m. and rode the first train to Khatai station.\n"
        "Read more:\n"
        "https://example.com/metro\n"
        "Tags: metro, Baku, transport\n"
    )
    article = parse_article(text, "a")
    # The label and its link run on into the tags: one paragraph of furniture, dropped whole.
    assert article.dropped == (
        "Read also: Baku to build three more metro stations by 2030",
        "Read more: https://example.com/metro Tags: metro, Baku, transport",
    )
    assert [p.text for p in article.paragraphs] == [
        "The new metro line, which cost approx. 450 million manats, opened on Monday morning.",
        "The mayor cut the ribbon at 9 a.m. and rode the first train to Khatai station.",
    ]


def test_a_furniture_word_ending_a_wrapped_sentence_stays() -> None:
    article = parse_article("He said that the talk of the day was the\nAdvertisement.\n", "a")
    assert [p.text for p in article.paragraphs] == [
        "He said that the talk of the day was the Advertisement."
    ]


@pytest.mark.parametrize(
    ("under", "byline"),
    [
        pytest.param("Diplomatic Correspondent", True, id="role"),
        pytest.param("Updated Nov 30, 2026, 08:15 AM", True, id="update-stamp"),
        pytest.param("30 November 2026", True, id="date-in-words"),
        pytest.param("Lisbon - Nov 30, 2026 - 10:45 WET", True, id="place-date-line"),
        pytest.param("The talks went on late into the night.", False, id="sentence"),
        pytest.param("Energy Security", False, id="heading"),
    ],
)
def test_names_alone_over_a_role_or_a_date_are_a_byline(under: str, byline: bool) -> None:
    # Many sites print the author's name on a line of its own, with the role or the date under
    # it; a name over anything else may be a heading, and stays text.
    text = f"Gas deal signed\n\nMaria Lopez-Haas\n{under}\n\nThe talks resumed on Monday.\n"
    article = parse_article(text, "a")
    assert ("Maria Lopez-Haas" in article.credits) is byline
    assert ("Maria Lopez-Haas" in [p.text for p in article.paragraphs]) is not byline
    if byline:
        assert next(s.text for s in credit_segments(article)) == "Maria Lopez-Haas"


def test_a_byline_that_wraps_into_lowercase_is_text() -> None:
    text = "By Monday Armenia and Azerbaijan\nhad agreed to meet again.\n"
    article = parse_article(text, "a")
    assert article.credits == ()
    assert [p.text for p in article.paragraphs] == [
        "By Monday Armenia and Azerbaijan had agreed to meet again."
    ]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param(
            "Here is what it contains:\n• Spending rises by 8.2% to 37.5bn manats.\n"
            "• Defence gets the largest share, approx. 5.1bn manats.\n• Pensions go up.\n",
            [
                "Here is what it contains:",
                "• Spending rises by 8.2% to 37.5bn manats.",
                "• Defence gets the largest share, approx. 5.1bn manats.",
                "• Pensions go up.",
            ],
            id="bullets-on-consecutive-lines",
        ),
        pytest.param(
            "The main figures:\n1. Revenue: 34.2bn manats, the highest in a decade.\n"
            "2. Deficit: 3.3bn.\n3. Debt: 21% of GDP.\n",
            [
                "The main figures:",
                "1. Revenue: 34.2bn manats, the highest in a decade.",
                "2. Deficit: 3.3bn.",
                "3. Debt: 21% of GDP.",
            ],
            id="numbered-items",
        ),
        pytest.param(
            "Three causes:\n- rising temperatures across the whole region\n"
            "- inefficient irrigation\n- rapid urban growth\n",
            [
                "Three causes:",
                "- rising temperatures across the whole region",
                "- inefficient irrigation",
                "- rapid urban growth",
            ],
            id="dash-items-without-punctuation-in-lowercase",
        ),
        pytest.param(
            "Options:\na) a new treaty signed by both sides\nb) more talks\n",
            ["Options:", "a) a new treaty signed by both sides", "b) more talks"],
            id="lettered-items",
        ),
        pytest.param(
            "Q: What is the plan?\nA: We will open in May.\nQ: Why now?\nA: Because people ask.\n",
            [
                "Q: What is the plan?",
                "A: We will open in May.",
                "Q: Why now?",
                "A: Because people ask.",
            ],
            id="interview-turns",
        ),
        pytest.param(
            "INTERVIEWER: What is the plan?\nILHAM ALIYEV: We will open in May.\n",
            ["INTERVIEWER: What is the plan?", "ILHAM ALIYEV: We will open in May."],
            id="speakers-in-capitals",
        ),
        pytest.param(
            "They killed all who got in their way, men, women, the old\n"
            "- with savage and vicious cruelty.\n",
            [
                "They killed all who got in their way, men, women, the old - with savage and "
                "vicious cruelty."
            ],
            id="dash-inside-a-wrapped-sentence-is-no-item",
        ),
        pytest.param(
            "The figure rose from 1.2 million in the year\n2. That is what we found.\n",
            ["The figure rose from 1.2 million in the year 2. That is what we found."],
            id="number-after-a-wrapped-line-is-no-item",
        ),
    ],
)
def test_list_items_are_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in parse_article(text, "a").paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param(
            "Recon\u00adstruction\u200b of the old town\u2060 began.\n",
            ["Reconstruction of the old town began."],
            id="soft-hyphen-zero-width-word-joiner",
        ),
        pytest.param("A\u00a0B\tC\u2003D.\n", ["A B C D."], id="nbsp-tab-em-space"),
        pytest.param(
            "The recon\u00ad\nstruction began.\n",
            ["The reconstruction began."],
            id="soft-hyphen-at-a-line-break-joins-the-word",
        ),
        pytest.param(
            "The anti\u2010\nterror law passed.\n",
            ["The anti\u2010terror law passed."],
            id="unicode-hyphen-at-a-line-break",
        ),
        pytest.param("It ended\u00ad\n", ["It ended"], id="soft-hyphen-ending-the-text"),
        pytest.param("Mid-text\ufeffmark.\n", ["Mid-textmark."], id="byte-order-mark-inside"),
    ],
)
def test_invisible_characters_are_dropped(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in parse_article(text, "a").paragraphs] == paragraphs


WIDE = (
    "The foreign ministers of Azerbaijan and Armenia met in Washington on Monday for talks that "
    "lasted with\nSecretary of State Antony Blinken for more than four hours, officials said "
    "after the meeting ended in\nWashington. Both sides said progress had been made on the text "
    "of the peace agreement, which has been\nunder discussion for more than two years.\n"
)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param(
            WIDE,
            [" ".join(WIDE.split())],
            id="wrapped-wider-than-100-goes-on-after-a-function-word",
        ),
        pytest.param(
            "Azerbaijan's President Ilham Aliyev meets Armenian Prime Minister Nikol Pashinyan in "
            "Brussels on Monday\nThe leaders met for three hours in the building of the European "
            "Council, officials said after the talks, which the President of the European Council "
            "hosted.\n",
            [
                "Azerbaijan's President Ilham Aliyev meets Armenian Prime Minister Nikol Pashinyan "
                "in Brussels on Monday",
                "The leaders met for three hours in the building of the European Council, "
                "officials said after the talks, which the President of the European Council "
                "hosted.",
            ],
            id="long-headline-before-a-paragraph-on-one-line",
        ),
        pytest.param(
            "The partners in the gas field have approved the final investment decision on a "
            "project that will\nkeep output at its peak for years, the operator said on "
            "Thursday in a statement sent to Trend\nNews Agency.\n",
            [
                "The partners in the gas field have approved the final investment decision on a "
                "project that will keep output at its peak for years, the operator said on "
                "Thursday in a statement sent to Trend News Agency."
            ],
            id="wrapped-at-120-before-a-capital",
        ),
        pytest.param(
            "Talks between the\nPresidents resumed.\n",
            ["Talks between the Presidents resumed."],
            id="short-line-ending-in-an-article",
        ),
    ],
)
def test_a_line_ending_in_a_function_word_goes_on(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in parse_article(text, "a").paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        pytest.param(
            "\tThe first paragraph is wrapped at seventy-two columns and goes on for\n"
            "another line.\n\tThe second one is indented and it is\nshort.\n\tThe third.\n",
            [
                "The first paragraph is wrapped at seventy-two columns and goes on for another "
                "line.",
                "The second one is indented and it is short.",
                "The third.",
            ],
            id="first-line-indents",
        ),
        pytest.param(
            "    A whole article indented by four spaces and wrapped at seventy-two\n"
            "    columns. Then more\n    text.\n",
            [
                "A whole article indented by four spaces and wrapped at seventy-two columns. Then "
                "more text."
            ],
            id="every-line-indented-says-nothing",
        ),
        pytest.param(
            "He spoke of the city and the\n   river, which was low.\n",
            ["He spoke of the city and the river, which was low."],
            id="indent-inside-a-sentence-goes-on",
        ),
    ],
)
def test_indented_first_lines_start_paragraphs(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in parse_article(text, "a").paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [
        pytest.param("Talks &amp; trade.\n", "Talks & trade.", id="amp"),
        pytest.param("The talks&nbsp;resumed.\n", "The talks resumed.", id="nbsp-is-a-space"),
        pytest.param(
            "He said &quot;yes&quot; &#8212; and left.\n",
            'He said "yes" — and left.',
            id="quot-and-numeric",
        ),
        pytest.param("It is &#x2013; so.\n", "It is – so.", id="hex"),
        pytest.param("AT&T and P&G agreed &c.\n", "AT&T and P&G agreed &c.", id="bare-ampersands"),
        pytest.param("A &madeup; word.\n", "A &madeup; word.", id="unknown-name-kept"),
    ],
)
def test_character_references_are_decoded(text: str, paragraph: str) -> None:
    assert [p.text for p in parse_article(text, "a").paragraphs] == [paragraph]


@pytest.mark.parametrize(
    "separator",
    ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c"],
    ids=["line-separator", "paragraph-separator", "next-line", "form-feed", "vtab", "fs"],
)
def test_only_newlines_count_as_source_lines(separator: str) -> None:
    # Editors, grep -n and the `#:` reference count \n, \r\n and \r only: another separator
    # inside a line must not push every later sentence's line number down.
    text = f"First{separator}part.\n\nSecond paragraph.\r\n\r\nThird.\rFourth one.\n"
    article = parse_article(text, "a")
    lines = {s.text: s.line for s in segment_article(article)}
    assert lines["Second paragraph."] == 3
    assert lines["Third."] == 5
    assert lines["Fourth one."] == 6


WIRE_STORY = (
    "\ufeffAzerbaijan and Armenia agree to resume border talks\r\n"
    "\r\n"
    "BAKU, Feb 26 (Reuters) - Azerbaijan and Armenia agreed on Monday to resume talks on\r\n"
    "delimiting their border, a step the U.S. and the U.N. welcomed.\r\n"
    "\r\n"
    "The commissions will meet at 10 a.m. on March 5. They listed three aims:\r\n"
    "- a map of the\u00a0whole border;\r\n"
    "- open roads;\r\n"
    "- trade worth $1.2bn, up 3.5%.\r\n"
    "\r\n"
    "(Reporting by Nailia Bagirova; Editing by Andrew Heavens)\r\n"
    "\r\n"
    "(END)\r\n"
)


def test_a_wire_story_through_segment(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(WIRE_STORY.encode("utf-8"))
    code, out, err = cli("segment", "--format", "json", str(path))
    assert code == 0, err
    data = json.loads(out)
    assert data["title"] == "Azerbaijan and Armenia agree to resume border talks"
    assert data["credits"] == ["(Reporting by Nailia Bagirova; Editing by Andrew Heavens)"]
    assert data["dropped"] == ["(END)"]
    assert data["paragraphs"][0] == [
        "BAKU, Feb 26 (Reuters) - Azerbaijan and Armenia agreed on Monday to resume talks on "
        "delimiting their border, a step the U.S. and the U.N. welcomed.",
    ]
    assert data["paragraphs"][1:] == [
        ["The commissions will meet at 10 a.m. on March 5.", "They listed three aims:"],
        ["- a map of the whole border;"],
        ["- open roads;"],
        ["- trade worth $1.2bn, up 3.5%."],
    ]


def test_a_wire_story_through_run_and_assemble(project: Path) -> None:
    (project / "corpus" / "wire.txt").write_bytes(WIRE_STORY.encode("utf-8"))
    code, _, err = cli("run", "corpus/wire.txt", "--lang", "ru", "--engine", "none")
    assert code == 0, err
    po_path = project / "locales" / "ru" / "wire.po"
    checked = subprocess.run(
        ["msgfmt", "--check-format", "-c", "-o", "/dev/null", str(po_path)],
        capture_output=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    entries = {e.msgid: e.occurrences for e in polib.pofile(str(po_path))}
    assert not any("Reporting by" in msgid or "END" in msgid for msgid in entries)
    assert entries["- open roads;"] == [("corpus/wire.txt", "8")]
    assert entries["They listed three aims:"] == [("corpus/wire.txt", "6")]
    code, out, _ = cli("assemble", "corpus/wire.txt", "--lang", "ru")
    assert code == 0
    blocks = out.rstrip("\n").split("\n\n")
    assert blocks[-4:] == [
        "- a map of the whole border;",
        "- open roads;",
        "- trade worth $1.2bn, up 3.5%.",
        "(Reporting by Nailia Bagirova; Editing by Andrew Heavens)",  # after the text, as in it
    ]


OUTLETS = Path(__file__).resolve().parent / "data" / "outlets"

#: The trial articles of ``tests/data/outlets``, each written as another outlet delivers plain
#: text: title, credits and dropped furniture that a reader of the file finds there.
TRIAL = {
    "afp_water_crlf_bom_list": (
        "UN report warns of water shortages in South Caucasus",
        (),
        ("Follow us on Twitter @UNEP and use #WaterCrisis to join the debate.", "(END)"),
    ),
    "budget_bullets_numbers": (
        "Five things to know about the 2024 budget",
        (),
        (
            "Related: Central bank keeps key rate at 8%",
            "Read more: https://example.com/economy/budget-2024",
        ),
    ),
    "chess_tabs_editing": (
        "Azerbaijani chess player wins tournament in Germany",
        ("By Tom Brown", "Editing by Mark Potter"),
        (
            "For more news, visit www.chessnews.com or follow @ChessNews on X.",
            "Copyright © 2024 Chess News Agency. All rights reserved.",
        ),
    ),
    "interview_carpet_museum": (
        'Interview: "Culture is our bridge," says museum director',
        (),
        ("-- ends --",),
    ),
    "opinion_tags_comments": (
        "Opinion: The world must not forget Khojaly",
        ("By Ali Hasanov | Published: 26.02.2024, 10:15",),
        ("Advertisement", "Tags: Khojaly, history, Azerbaijan", "Comments (0)"),
    ),
    "reuters_border_talks": (
        "Azerbaijan, Armenia agree to resume border talks",
        ("(Reporting by Nailia Bagirova; Writing by Felix Light; Editing by Andrew Heavens)",),
        (),
    ),
    "shusha_quotes_wrapped": ("Reconstruction of Shusha’s old quarter begins", (), ()),
    "site_metro_byline_footer": (
        "NEW METRO LINE OPENS IN BAKU",
        ("By Jane Doe, Staff Writer | Updated 3 hours ago", "Photo: AFP / Getty Images"),
        (
            "Read also: Baku to build three more metro stations by 2030",
            "Share this article",
            "Subscribe to our newsletter",
            "Copyright 2024 Baku Daily News. All rights reserved.",
        ),
    ),
}


@pytest.mark.parametrize(("name", "expected"), TRIAL.items(), ids=TRIAL.keys())
def test_trial_articles(name: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    title, credits, dropped = expected
    article = read_article(OUTLETS / f"{name}.txt")
    assert (article.title.text if article.title else None, article.credits, article.dropped) == (
        title,
        credits,
        dropped,
    )
    lines = (OUTLETS / f"{name}.txt").read_bytes().decode("utf-8-sig").split("\n")
    for segment in segment_article(article):
        # Every sentence starts on the line its reference names, and no credit is translated.
        assert segment.text.split(" ", 1)[0] in lines[segment.line - 1]
        assert not any(credit in segment.text for credit in credits)
        assert not any(character in segment.text for character in "\u200b\u00a0\t\r")


def test_trial_articles_through_run_check_and_assemble(project: Path) -> None:
    for path in OUTLETS.glob("*.txt"):
        (project / "corpus" / path.name).write_bytes(path.read_bytes())
    names = [f"corpus/{name}.txt" for name in TRIAL]
    code, _, err = cli("run", *names, "--lang", "fr", "--engine", "none")
    assert code == 0, err
    for name in TRIAL:
        po_path = project / "locales" / "fr" / f"{name}.po"
        checked = subprocess.run(
            ["msgfmt", "--check-format", "-c", "-o", "/dev/null", str(po_path)],
            capture_output=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stderr
    code, out, _ = cli("assemble", "corpus/budget_bullets_numbers.txt", "--lang", "fr")
    assert code == 0
    assert "\n\n• Defence gets the largest share, approx. 5.1bn manats.\n\n" in out
    assert "\n\n2. Deficit: 3.3bn manats, or 2.4% of GDP.\n\n" in out
    code, out, _ = cli("assemble", "corpus/chess_tabs_editing.txt", "--lang", "fr")
    assert code == 0
    blocks = out.rstrip("\n").split("\n\n")
    # The byline under the headline stays there, the editor's credit at the end stays there.
    assert (blocks[1], blocks[-1]) == ("By Tom Brown", "Editing by Mark Potter")
    code, _, err = cli("run", *names, "--lang", "fr", "--engine", "none", "--check")
    assert code == 0, err


def _layouts(title: str, paragraphs: list[str]) -> dict[str, str]:
    """The same article as different outlets lay it out."""
    body = {
        "blank-lines": "\n\n".join(paragraphs),
        "one-paragraph-a-line": "\n".join(paragraphs),
        "tab-indented-one-a-line": "\n".join(f"\t{p}" for p in paragraphs),
        "indented-wrapped-at-72": "\n".join(
            textwrap.fill(p, 72, initial_indent="    ") for p in paragraphs
        ),
    }
    for width in (60, 72, 80, 120):
        body[f"wrapped-at-{width}"] = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    body["wrapped-at-72-without-blank-lines"] = "\n".join(textwrap.fill(p, 72) for p in paragraphs)
    layouts = {name: f"{title}\n\n{text}\n" for name, text in body.items()}
    layouts["crlf-and-bom"] = "\ufeff" + layouts["blank-lines"].replace("\n", "\r\n")
    return layouts


LAYOUTS = list(_layouts("t", ["p."]))
#: Articles with a headline: the trial's, and the names bench's (other outlets again).
LAID_OUT = sorted(OUTLETS.glob("*.txt")) + sorted((OUTLETS.parent / "articles").glob("*.txt"))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_gives_the_same_sentences(layout: str) -> None:
    checked = 0
    for path in LAID_OUT:
        article = read_article(path)
        if article.title is None:
            continue
        expected = [s.text for s in segment_article(article)]
        paragraphs = [p.text for p in article.paragraphs]
        text = _layouts(article.title.text, paragraphs)[layout]
        assert [s.text for s in segment_article(parse_article(text, "a"))] == expected, path.name
        checked += 1
    assert checked >= 30


@pytest.mark.parametrize(
    ("text", "last", "dropped"),
    [
        # Xinhua ends each story with "Enditem" after the last sentence, on its line ...
        ("The talks resumed in Gonur.\n\nThe next round is due in May. Enditem\n",
         "The next round is due in May.", "Enditem"),
        ("The talks resumed.\n\nThe next round, he said, is \"due in May.\" (END)\n",
         'The next round, he said, is "due in May."', "(END)"),
        # ... or on a line of its own, wrapped into the last paragraph.
        ("The talks resumed.\n\nThe next round is due\nin May.\n-- ends --\n",
         "The next round is due in May.", "-- ends --"),
        # A sentence that ends with the word is no end mark.
        ("The talks resumed.\n\nNobody knows how the story ends.\n",
         "Nobody knows how the story ends.", None),
    ],
)  # fmt: skip
def test_an_end_mark_after_the_last_sentence_is_dropped(
    text: str, last: str, dropped: str | None
) -> None:
    article = parse_article(text, "x")
    assert article.paragraphs[-1].text == last
    assert (dropped in article.dropped) if dropped else not article.dropped
    segments = segment_article(article)
    assert segments[-1].line == text.count("\n", 0, text.index(last.split()[0], 10)) + 1


def test_enditem_alone_is_furniture() -> None:
    assert is_furniture("Enditem")
    assert not is_furniture("Enditem is a word Xinhua uses.")

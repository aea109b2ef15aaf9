# ruff: noqa: E501  (tables of sentences, one per line)
"""A trial of glossary matching, draft enforcement and the check on new sentences.

The sentences are news-style English written for this trial (none is from ``corpus/`` or
``tests/data``), with glossary names in hard positions: possessives, demonyms as nouns and
adjectives, hyphenated compounds, quotes, brackets, capitals, dashes, slashes, variants and
deprecated spellings, common words that are also names, look-alike letters and hidden
characters. Each table pins a class of error the trial found, or a behaviour that held.
"""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import ROOT

from translate.check.rules import SourceArticle, source_usage_findings
from translate.check.terms import Terms, adjectives_of_places
from translate.drafts import Draft, Scheme, draft_batch
from translate.engines.apertium import ApertiumEngine
from translate.glossary.lookalikes import hidden_join
from translate.glossary.matcher import Matcher, source_matcher
from translate.glossary.model import Glossary
from translate.glossary.surnames import resolve_surnames
from translate.glossary.yaml import load_glossary
from translate.po.units import hints
from translate.text.segments import Segment


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


@pytest.fixture(scope="module")
def matcher(glossary: Glossary) -> Matcher:
    return source_matcher(glossary)


@pytest.fixture(scope="module")
def terms(glossary: Glossary) -> Terms:
    return Terms(glossary)


# --- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The trend continued in Baku last year.", ["baku"], id="trend-common-noun"),
        pytest.param("The guinea pig was bought in China.", ["china"], id="guinea-pig"),
        pytest.param("The family reunion took place in Ganja.", ["ganja"], id="reunion"),
        pytest.param("He wore a red jersey in Baku.", ["baku"], id="jersey"),
        pytest.param("The times are hard in Gyumri.", ["gyumri"], id="the-times-as-english"),
        pytest.param("The Times reported from Gyumri.", ["the-times", "gyumri"], id="the-times"),
        pytest.param("He is a guardian of Shusha.", ["shusha"], id="guardian"),
        pytest.param(
            "Trend reported the news from Baku.", ["trend", "baku"], id="agency-capitalised"
        ),
        pytest.param("THE TIMES REPORTED FROM BAKU", ["the-times", "baku"], id="all-capitals"),
        pytest.param(
            "Within the great return project", ["great-return"], id="listed-lower-case-form"
        ),
        pytest.param(
            "the 366th motor rifle regiment", ["366th-motorized-rifle-regiment"], id="numbered"
        ),
        pytest.param(
            "the Day of the Khojaly genocide",
            ["day-of-the-khojaly-genocide"],
            id="partly-capitalised",
        ),
    ],
)
def test_a_name_written_all_in_lower_case_is_a_common_word(
    matcher: Matcher, text: str, expected: list[str]
) -> None:
    assert [m.entry for m in matcher.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Khankendi's new airport will open in May.", [("Khankendi's", "khankendi")], id="possessive-listed"),
        pytest.param("The Azerbaijanis' return to Shusha began.", [("Azerbaijanis", "azerbaijani"), ("Shusha", "shusha")], id="plural-possessive"),
        pytest.param("The Baku-based think tank.", [("Baku", "baku")], id="hyphen-compound"),
        pytest.param("Armenia-Azerbaijan talks resumed.", [("Armenia", "armenia"), ("Azerbaijan", "azerbaijan")], id="name-name-compound"),
        pytest.param("Pro-Armenian groups protested.", [("Armenian", "armenian")], id="prefixed-demonym"),
        pytest.param("\"Khojaly will never be forgotten,\" he said.", [("Khojaly", "khojaly")], id="quoted"),
        pytest.param("The capital (Khankendi) hosted it.", [("Khankendi", "khankendi")], id="bracketed"),
        pytest.param("Residents of Khojaly\u2014about 7,000\u2014were trapped.", [("Khojaly", "khojaly")], id="em-dash"),
        pytest.param("The Ganja/Baku highway.", [("Ganja", "ganja"), ("Baku", "baku")], id="slash"),
        pytest.param("He spoke of Khojaly... and stopped.", [("Khojaly", "khojaly")], id="ellipsis"),
        pytest.param("Ilham\u00a0Aliyev spoke.", [("Ilham\u00a0Aliyev", "ilham-aliyev")], id="nbsp-inside"),
        pytest.param("Nizami Ganjavi was born in Ganja.", [("Ganja", "ganja")], id="name-inside-a-longer-word"),
        pytest.param("Let us remember Khojaly.", [("Khojaly", "khojaly")], id="pronoun-us"),
        pytest.param("KHOJALY VICTIMS REMEMBERED IN BAKU", [("KHOJALY", "khojaly"), ("BAKU", "baku")], id="headline-capitals"),
    ],
)  # fmt: skip
def test_names_in_hard_positions_are_found_where_they_stand(
    matcher: Matcher, text: str, expected: list[tuple[str, str]]
) -> None:
    found = matcher.find(text)
    assert [(m.surface, m.entry) for m in found] == expected
    assert all(text[m.start : m.end] == m.surface for m in found)


@pytest.mark.parametrize(
    ("surface", "entry", "expected", "why"),
    [
        pytest.param("Kh\u0430nkendi", "khankendi", "Khankendi", "mixes Latin and Cyrillic", id="cyrillic-a"),
        pytest.param("Kho\u200bjaly", "khojaly", "Khojaly", "cannot see (U+200B)", id="zero-width-space"),
        pytest.param("Ga\u00adnja", "ganja", "Ganja", "cannot see (U+00AD)", id="soft-hyphen"),
        pytest.param("Ilham\u00a0Aliyev", "ilham-aliyev", "", "", id="no-break-space-is-fine"),
    ],
)  # fmt: skip
def test_a_name_with_a_look_alike_or_hidden_character_is_found_and_flagged_in_the_source(
    matcher: Matcher, terms: Terms, surface: str, entry: str, expected: str, why: str
) -> None:
    text = f"{surface} was mentioned in the report."
    (found,) = matcher.find(text)
    assert (found.surface, found.entry) == (surface, entry)
    article = SourceArticle("corpus/x.txt", "x", (Segment("x", 1, 0, text, 3),))
    findings = list(source_usage_findings(article, terms))
    if not expected:
        assert findings == []
        return
    (finding,) = findings
    assert (finding.line, finding.rule, finding.expected) == (3, "source.near-miss", expected)
    assert why in finding.message


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        pytest.param("Kh\u0430nkendi", "Kh\u0430nkendi (look-alike or hidden characters; read as Khankendi) → Ханкенди", id="cyrillic-a"),
        pytest.param("Kho\u200bjaly", "Kho\u200bjaly (look-alike or hidden characters; read as Khojaly) → Ходжалы", id="zero-width-space"),
        pytest.param("Ilham\u00a0Aliyev", "Ilham\u00a0Aliyev → Ильхам Алиев", id="no-break-space-is-fine"),
    ],
)  # fmt: skip
def test_the_hint_says_how_an_odd_spelling_reads(
    glossary: Glossary, matcher: Matcher, surface: str, expected: str
) -> None:
    (hint,) = hints(matcher.find(f"{surface} was mentioned."), glossary, "ru")
    assert hint.startswith(f"glossary: {expected}"), hint


def test_only_hidden_format_characters_join_two_words() -> None:
    assert hidden_join("Kho\u200bjaly", 3, 4)
    assert not hidden_join("Ilham\u00a0Aliyev", 5, 6)  # a space, though no-break
    assert not hidden_join("می\u200cخواهم", 2, 3)  # Persian spelling needs its ZWNJ
    assert not hidden_join("Baku Ganja", 4, 5)


# --- the check ---------------------------------------------------------------------------------

#: (language, msgid, a correct translation): no problem may be found.
RIGHT = [
    ("ru", "The Armenians who left Khankendi settled in Yerevan.", "Армяне, покинувшие Ханкенди, поселились в Ереване."),
    ("ru", "Armenian forces withdrew from Aghdam in 1993.", "Армянские силы ушли из Агдама в 1993 году."),
    ("ru", "Ilham Aliyev met Nikol Pashinyan.", "Ильхам Алиев встретился с Николом Пашиняном."),
    ("ru", "Reporters asked Ilham Aliyev.", "Журналисты спросили Ильхама Алиева."),
    ("ru", "Troops left Lachin.", "Войска покинули Лачин."),
    ("ru", "He was born in Ganja.", "Он родился в Гяндже."),
    ("de", "Azerbaijan's capital is Baku.", "Aserbaidschans Hauptstadt ist Baku."),
    ("tr", "Khankendi's airport opened.", "Hankendi'nin havalimanı açıldı."),
    ("az", "He was born in Khojaly.", "O, Xocalıda doğulub."),
    ("es", "The trend continued in Baku last year.", "La tendencia continuó en Bakú el año pasado."),
    ("es", "The guinea pig was bought in China.", "El cuy se compró en China."),
    ("es", "He wore a red jersey in Baku.", "Llevaba un suéter rojo en Bakú."),
    ("es", "He was born in Khojaly.", "Nació en Jodyali\u0301."),  # NFD: the same letters
    ("fr", "The Armenians left.", "Les Arméniens sont partis."),
    # a place rendered by its demonym's adjective
    ("ru", "Residents of Azerbaijan's Shusha returned.", "Жители азербайджанской Шуши вернулись."),
    ("fr", "Armenia's forces withdrew.", "Les forces arméniennes se sont retirées."),
    ("es", "Azerbaijan's army advanced.", "El ejército azerbaiyano avanzó."),
    ("de", "Armenia's army advanced.", "Die armenische Armee rückte vor."),
    ("tr", "Armenia's army advanced.", "Ermeni ordusu ilerledi."),
    ("ru", "Armenia-Azerbaijan talks resumed.", "Армяно-азербайджанские переговоры возобновились."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "msgid", "msgstr"), RIGHT)
def test_correct_translations_pass(terms: Terms, language: str, msgid: str, msgstr: str) -> None:
    assert terms.analyse(language, msgid, msgstr).problems == ()


#: (language, msgid, a wrong translation, the rule, what it finds).
WRONG = [
    ("ru", "He was born in Khojaly.", "Он родился в Ходжaлы.", "po.near-miss", "Ходжaлы"),  # Latin a
    ("ru", "He was born in Khojaly.", "Он родился в Ходжaлах.", "po.near-miss", "Ходжaлах"),
    ("es", "He was born in Khojaly.", "Nació en Jоdyalí.", "po.near-miss", "Jоdyalí"),  # Cyrillic о
    ("es", "He was born in Khojaly.", "Nació en Jody\u200balí.", "po.near-miss", "Jody\u200balí"),
    ("es", "He was born in Khojaly.", "Nació en Jodyali.", "po.near-miss", "Jodyali"),
    ("tr", "Armenian forces withdrew from Aghdam.", "Ermeni güçleri Agdam'dan çekildi.", "po.near-miss", "Agdam"),
    ("ru", "Troops entered Khankendi.", "Войска вошли в Степанакерт.", "po.deprecated-form", "Степанакерт"),
    ("ru", "The city of Ganja suffered.", "Город Шуша пострадал.", "po.wrong-name", "Шуша"),
    ("ru", "He was born in Ganja.", "Он родился в Шуше.", "po.missing-term", ""),
    ("es", "Khankendi was shelled.", "Stepanakert fue bombardeada.", "po.missing-term", ""),
    ("ru", "Armenia's forces withdrew.", "Азербайджанские силы отступили.", "po.wrong-name", "Азербайджанские"),
    ("ru", "Armenia's forces withdrew.", "Силы отступили.", "po.missing-term", ""),
]  # fmt: skip


@pytest.mark.parametrize(("language", "msgid", "msgstr", "rule", "found"), WRONG)
def test_wrong_translations_are_flagged(
    terms: Terms, language: str, msgid: str, msgstr: str, rule: str, found: str
) -> None:
    problems = terms.analyse(language, msgid, msgstr).problems
    assert [(p.rule, p.found) for p in problems] == [(rule, found)]


def test_places_and_the_demonyms_made_of_their_names(glossary: Glossary) -> None:
    assert adjectives_of_places(glossary) == {
        "armenia": ("armenian",),
        "azerbaijan": ("azerbaijani",),
    }


def test_a_mixed_script_near_miss_names_the_scripts(terms: Terms) -> None:
    (problem,) = terms.analyse("es", "He was born in Khojaly.", "Nació en Jоdyalí.").problems
    assert "letters of two scripts (Latin and Cyrillic)" in problem.message


# --- drafts ------------------------------------------------------------------------------------

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="no apertium")


def apertium_drafts(glossary: Glossary, texts: list[str]) -> list[Draft]:
    engine = ApertiumEngine(mark_unknown=True)
    matcher = source_matcher(glossary)
    return draft_batch(
        texts,
        resolve_surnames([matcher.find(text) for text in texts], glossary),
        glossary,
        "es",
        Scheme.SURROGATE,
        lambda batch: engine.translate_batch(batch, "en", "es"),
    )


@pytest.mark.parametrize(
    ("source", "expected", "unwanted"),
    [
        pytest.param("The Azerbaijanis' return to Shusha began in 2022.", ["de los azerbaiyanos"], ["'", "del azerbaiyanos"], id="plural-possessive-demonym"),
        pytest.param("The Armenians' homes were burned.", ["de los armenios"], ["'"], id="plural-possessive-demonym-2"),
        pytest.param("The US and the EU urged restraint.", ["Los Estados Unidos"], ["El Estados"], id="abbreviation-takes-the-plural-article"),
        pytest.param("KHOJALY VICTIMS REMEMBERED IN BAKU", ["JODYALÍ", "BAKÚ"], ["Jodyalí", "Bakú"], id="headline-in-capitals"),
        pytest.param("AZERBAIJANI FORCES ENTER KHANKENDI", ["AZERBAIYANAS", "JANKENDI"], ["Las ", "Jankendi"], id="headline-demonym"),
        pytest.param("GANJA, Azerbaijan, May 3. The talks resumed.", ["GANYÁ,", "Azerbaiyán"], ["Ganyá", "AZERBAIYÁN"], id="dateline"),
        pytest.param("The US sent aid to NATO allies.", ["Estados Unidos", "OTAN"], ["ESTADOS"], id="abbreviations-stay"),
        pytest.param("The trend continued in Baku last year.", ["La tendencia", "Bakú"], ["trend", "Trend"], id="common-word"),
        pytest.param("Kh\u0430nkendi was mentioned in the report.", ["Jankendi estuvo"], ["\u0430", "Estuvo"], id="look-alike-letter"),
        pytest.param("Kho\u200bjaly was mentioned in the report.", ["Jodyalí estuvo"], ["\u200b", "Estuvo"], id="zero-width-space"),
        pytest.param("The Khankendi-Lachin road reopened on 1 May.", ["La carretera de Jankendi-Lachín reabrió"], ["Jankendi-carretera"], id="compound-of-names"),
        pytest.param("The Ganja/Baku highway was closed for 12 hours.", ["La carretera de Ganyá/Bakú"], ["Ganyá/carretera"], id="names-joined-by-a-slash"),
        pytest.param("The road from Aghdam to Khankendi/Stepanakert is long.", ["Jankendi/Stepanakert es"], [], id="names-joined-before-a-verb"),
    ],
)  # fmt: skip
@needs_apertium
def test_drafts_of_the_trial_sentences(
    glossary: Glossary, source: str, expected: list[str], unwanted: list[str]
) -> None:
    (draft,) = apertium_drafts(glossary, [source])
    assert not draft.problems, draft
    for text in expected:
        assert text in draft.text, draft.text
    for text in unwanted:
        assert text not in draft.text, draft.text
    assert not re.search(r"[*#@]\w|\^|\$", draft.text), draft.text

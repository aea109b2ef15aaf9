"""PO catalogs: header, round trips, merge rules, needs_draft, memory, parsing errors, writing."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import polib
import pytest

from translate.errors import CatalogError, LanguageError
from translate.po import memory
from translate.po import merge as catalogs
from translate.po.files import parse_catalog, read_catalog, write_atomic
from translate.po.memory import (
    Memory,
    MemoryHit,
    Source,
    build_memory,
    closest,
    plan_sources,
)
from translate.po.merge import (
    NOTICE,
    PLURAL_FORMS,
    CatalogStats,
    Header,
    Unit,
    catalog_stats,
    merge_catalog,
    needs_draft,
    plural_forms,
    render_catalog,
)

MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext msgfmt is not installed")
ES = Header.for_language("es", "news-translate")
SOURCE = "corpus/001_x.txt"
HEAD = 'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'


def units(*msgids: str, draft: str = "") -> list[Unit]:
    """One unit per msgid, on consecutive lines, each drafted as *draft* + msgid if given."""
    return [
        Unit(m, (f"{SOURCE}:{n}",), ("engine: fake",), f"{draft}{m}" if draft else "")
        for n, m in enumerate(msgids, start=1)
    ]


def po(body: str) -> polib.POFile:
    """A catalog on disk: the minimal header, then *body*."""
    return parse_catalog(f"{HEAD}\n{body}", "locales/es/001_x.po")


def merge(
    wanted: list[Unit], existing: polib.POFile | None = None, memory: Memory | None = None
) -> polib.POFile:
    return merge_catalog(wanted, existing, memory or Memory(), ES, SOURCE)


def rerun(catalog: polib.POFile, wanted: list[Unit], memory: Memory | None = None) -> str:
    """The text of merging *wanted* again into *catalog* as read back from disk."""
    again = parse_catalog(render_catalog(catalog), "again.po")
    return render_catalog(merge(wanted, again, memory))


def entry(catalog: polib.POFile, msgid: str, *, obsolete: bool = False) -> polib.POEntry:
    found = [e for e in catalog if e.msgid == msgid and bool(e.obsolete) == obsolete]
    assert len(found) == 1, f"{len(found)} entries for {msgid!r} (obsolete={obsolete})"
    return found[0]


def msgfmt_check(text: str, tmp_path: Path) -> None:
    assert MSGFMT is not None
    path = tmp_path / "check.po"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [MSGFMT, "-c", "--check-format", "-o", os.devnull, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# --- header -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "team", "plural_forms"),
    [
        pytest.param("es", "Spanish", "nplurals=2; plural=(n != 1);", id="es"),
        pytest.param("ru", "Russian", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
                     "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", id="ru-3-forms"),
        pytest.param("az", "Azerbaijani", "nplurals=2; plural=(n != 1);", id="az"),
        pytest.param("tr", "Turkish", "nplurals=1; plural=0;", id="tr-1-form"),
        pytest.param("fr", "French", "nplurals=2; plural=(n > 1);", id="fr-n-gt-1"),
        pytest.param("de", "German", "nplurals=2; plural=(n != 1);", id="de"),
    ],
)  # fmt: skip
@needs_msgfmt
def test_header_fields(language: str, team: str, plural_forms: str, tmp_path: Path) -> None:
    header = Header.for_language(language, "news-translate")
    catalog = merge_catalog(units("Hello."), None, Memory(), header, SOURCE)
    text = render_catalog(catalog)
    assert catalog.metadata == {
        "Project-Id-Version": "news-translate",
        "Language-Team": team,
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms,
    }
    assert text.startswith(f"# {team} translation of {SOURCE}.\n# {NOTICE}\n")
    assert "Date" not in text
    assert render_catalog(merge_catalog(units("Hello."), None, Memory(), header, SOURCE)) == text
    msgfmt_check(text, tmp_path)


def test_header_keeps_keys_a_tool_added_and_owns_the_rest() -> None:
    old = parse_catalog(
        "# Spanish translation of corpus/001_x.txt.\n"
        f"# {NOTICE}\n"
        "# Ana García <ana@example.org>, 2024.\n"
        'msgid ""\nmsgstr ""\n'
        '"Project-Id-Version: old name\\n"\n'
        '"PO-Revision-Date: 2024-03-01 10:00+0100\\n"\n'
        '"Last-Translator: Ana García <ana@example.org>\\n"\n'
        '"Language: es\\n"\n'
        '"X-Generator: Poedit 3.4\\n"\n',
        "old.po",
    )
    catalog = merge(units("Hello."), old)
    assert catalog.metadata["Project-Id-Version"] == "news-translate"
    assert catalog.metadata["PO-Revision-Date"] == "2024-03-01 10:00+0100"
    assert catalog.metadata["Last-Translator"] == "Ana García <ana@example.org>"
    assert catalog.metadata["X-Generator"] == "Poedit 3.4"
    assert catalog.header.split("\n") == [
        f"Spanish translation of {SOURCE}.",
        NOTICE,
        "Ana García <ana@example.org>, 2024.",
    ]
    assert rerun(catalog, units("Hello.")) == render_catalog(catalog)


def test_header_of_a_file_another_tool_made_keeps_all_its_lines_below_ours() -> None:
    old = parse_catalog(
        "# SOME DESCRIPTIVE TITLE.\n# Copyright (C) 2024 Azernews\n# Ana García, 2024.\n"
        'msgid ""\nmsgstr ""\n"Language: es\\n"\n',
        "old.po",
    )
    catalog = merge(units("Hello."), old)
    assert catalog.header.split("\n") == [
        f"Spanish translation of {SOURCE}.",
        NOTICE,
        "SOME DESCRIPTIVE TITLE.",
        "Copyright (C) 2024 Azernews",
        "Ana García, 2024.",
    ]
    assert rerun(catalog, units("Hello.")) == render_catalog(catalog)


def test_header_keeps_the_language_fields_an_existing_file_has() -> None:
    """As msgmerge does: a file's team and plural forms are the translator's once written."""
    old = parse_catalog(
        'msgid ""\nmsgstr ""\n'
        '"Language-Team: Equipo de traducción <es@example.org>\\n"\n'
        '"Language: es\\n"\n'
        '"Plural-Forms: nplurals=3; '
        'plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);\\n"\n',
        "old.po",
    )
    catalog = merge(units("Hello."), old)
    assert catalog.metadata["Language-Team"] == "Equipo de traducción <es@example.org>"
    assert catalog.metadata["Plural-Forms"] == (
        "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"
    )
    assert rerun(catalog, units("Hello.")) == render_catalog(catalog)


@pytest.mark.parametrize("language", sorted(PLURAL_FORMS))
def test_plural_forms_of_the_project_table_do_not_ask_babel(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New files must not depend on the installed babel (2.19 changed es, fr, ru and tr)."""

    def no_babel(*args: object) -> None:
        raise AssertionError("babel's plural table was consulted")

    monkeypatch.setattr(catalogs, "get_plural", no_babel)
    assert Header.for_language(language, "p").plural_forms == PLURAL_FORMS[language]


@pytest.mark.parametrize("language", ["pt_BR", "es_MX", "fr_CA", "ru_RU", "tr_TR", "az_Latn_AZ"])
def test_plural_forms_of_a_regional_code_are_its_language_s_in_the_table(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A region must not send a language to babel (whose pt_BR and es_MX have three forms)."""

    def no_babel(*args: object) -> None:
        raise AssertionError("babel's plural table was consulted")

    monkeypatch.setattr(catalogs, "get_plural", no_babel)
    assert plural_forms(language) == PLURAL_FORMS[language.split("_")[0]]


def test_plural_forms_of_other_languages_come_from_babel() -> None:
    assert plural_forms("ja") == "nplurals=1; plural=0;"


@pytest.mark.parametrize(
    "language",
    [pytest.param("xx", id="unknown-code"), pytest.param("es es", id="malformed-code")],
)
def test_unknown_language_is_a_language_error(language: str) -> None:
    with pytest.raises(LanguageError, match="unknown language code"):
        header = Header(language, "p", "?", "nplurals=1; plural=0;")
        merge_catalog(units("Hi."), None, Memory(), header, SOURCE)


# --- round trips --------------------------------------------------------------------------------

EDGE_MSGIDS = [
    pytest.param('He said "no" twice.', id="double-quotes"),
    pytest.param("A back\\slash and C:\\path\\n literal.", id="backslashes"),
    pytest.param("  Leading and trailing spaces.  ", id="outer-spaces"),
    pytest.param("Xocalı soyqırımı 1992-ci ildə törədilib; ə ğ ı ö ş ü ç.", id="azerbaijani"),
    pytest.param("Ходжалинская трагедия произошла в 1992 году.", id="cyrillic"),
    pytest.param("Tab\there, and two  spaces.", id="tab"),
    pytest.param(
        'The Azerbaijani Foreign Ministry said on Monday that the "so-called" referendum '
        "held in the occupied territories, which was described by observers as a \\farce\\, "
        "has no legal force whatsoever and will not be recognized by the international "
        "community — ever.",
        id="long-line-wraps",
    ),
    pytest.param("x" * 120 + " " + "y" * 90, id="words-longer-than-a-line"),
    pytest.param("First line\nsecond line", id="embedded-newline"),
]


@pytest.mark.parametrize("msgid", EDGE_MSGIDS)
@needs_msgfmt
def test_round_trip_is_byte_identical(msgid: str, tmp_path: Path) -> None:
    wanted = [
        Unit(msgid, (f"{SOURCE}:3",), ("glossary: " + msgid,), draft="[es] " + msgid),
        Unit(msgid + " (reviewed)", (f"{SOURCE}:4",), ()),
    ]
    catalog = merge(wanted)
    entry(catalog, msgid + " (reviewed)").msgstr = "Revisado."
    text = render_catalog(catalog)
    parsed = parse_catalog(text, "x.po")
    assert render_catalog(parsed) == text
    assert str(polib.pofile(text)) == text
    assert entry(parsed, msgid).msgstr == "[es] " + msgid
    assert rerun(catalog, wanted) == text
    msgfmt_check(text, tmp_path)


ENTRY_FIELDS = (
    "msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "obsolete", "comment",
    "tcomment", "occurrences", "flags", "previous_msgctxt", "previous_msgid",
    "previous_msgid_plural",
)  # fmt: skip


def test_merged_catalog_is_what_a_reader_gets_back_from_its_text() -> None:
    """The pipeline counts and checks the catalog it merged: it must hold what the file holds.

    References without a line or with a colon in the name, a returning ``#~`` entry, a reused
    comment and a ``#|`` on an entry that becomes obsolete are where the two could differ.
    """
    old = po(
        "#. reused from locales/es/000_a.po\n#: corpus/001_x.txt:4\n#, fuzzy\n"
        '#| msgid "Gone old."\nmsgid "Gone sentence."\nmsgstr "Ida."\n\n'
        '#~ msgid "Back again."\n#~ msgstr "De vuelta."\n'
    )
    references = ("corpus/10:30_news.txt:3", "corpus/notes.txt", "corpus/x.txt:intro")
    wanted = [
        Unit("Back again.", references, ("engine: fake",)),
        Unit("New one.", (f"{SOURCE}:9",), (), "Nuevo."),
    ]
    catalog = merge(wanted, old)
    text = render_catalog(catalog)
    assert "#: corpus/10:30_news.txt:3 corpus/notes.txt corpus/x.txt:intro\n" in text
    assert "#~|" not in text
    back = parse_catalog(text, "again.po")
    assert [[getattr(e, f) for f in ENTRY_FIELDS] for e in catalog] == [
        [getattr(e, f) for f in ENTRY_FIELDS] for e in back
    ]
    assert [e.obsolete for e in catalog] == [False, False, True]


def test_lines_stay_within_the_wrap_width() -> None:
    text = render_catalog(merge(units("word " * 60, "Other " * 30, draft="palabra ")))
    assert max(len(line) for line in text.splitlines() if line.startswith('"')) <= 78


# --- merge rules --------------------------------------------------------------------------------

OLD = """\
#. old hint
#: corpus/001_x.txt:1
msgid "Reviewed sentence."
msgstr "Frase revisada."

# Ana: check the name
#, fuzzy
msgid "Fuzzy sentence."
msgstr "Frase dudosa editada."

msgid "Empty sentence."
msgstr ""

#, fuzzy
#| msgid "Stale previous."
msgid "Reviewed with stale previous."
msgstr "Revisada."

#~ msgid "Returning sentence."
#~ msgstr "Frase que vuelve."

#, fuzzy
#~ msgid "Zulu obsolete fuzzy."
#~ msgstr "Zulú."

#~ msgid "Empty obsolete."
#~ msgstr ""
"""


@pytest.mark.parametrize(
    ("msgid", "msgstr", "fuzzy"),
    [
        pytest.param("Reviewed sentence.", "Frase revisada.", False, id="reviewed-never-changed"),
        pytest.param("Fuzzy sentence.", "Frase dudosa editada.", True, id="fuzzy-keeps-its-text"),
        pytest.param("Empty sentence.", "DRAFT Empty sentence.", True, id="empty-gets-draft"),
        pytest.param("Returning sentence.", "Frase que vuelve.", False, id="obsolete-returns"),
        pytest.param("Brand new.", "DRAFT Brand new.", True, id="new-gets-fuzzy-draft"),
    ],
)
def test_merge_keeps_translations_and_fills_gaps(msgid: str, msgstr: str, fuzzy: bool) -> None:
    wanted = units(
        "Reviewed sentence.", "Fuzzy sentence.", "Empty sentence.", "Returning sentence.",
        "Brand new.", draft="DRAFT ",
    )  # fmt: skip
    catalog = merge(wanted, po(OLD))
    assert [e.msgid for e in catalog if not e.obsolete] == [u.msgid for u in wanted]
    found = entry(catalog, msgid)
    assert (found.msgstr, found.fuzzy) == (msgstr, fuzzy)
    assert found.comment == "engine: fake"
    assert rerun(catalog, wanted) == render_catalog(catalog)


def test_merge_keeps_translator_comments_and_replaces_extracted_ones() -> None:
    catalog = merge(units("Reviewed sentence.", "Fuzzy sentence."), po(OLD))
    assert entry(catalog, "Fuzzy sentence.").tcomment == "Ana: check the name"
    assert entry(catalog, "Reviewed sentence.").comment == "engine: fake"
    assert entry(catalog, "Reviewed sentence.").occurrences == [(SOURCE, "1")]


def test_translator_comment_of_a_single_entry_is_kept_as_written() -> None:
    """Only the notes of joined duplicates are tidied; a single entry's are the translator's."""
    old = po('# Ana: check\n#\n# Ana: check\nmsgid "Reviewed sentence."\nmsgstr "Revisada."\n')
    catalog = merge(units("Reviewed sentence."), old)
    assert entry(catalog, "Reviewed sentence.").tcomment == "Ana: check\n\nAna: check"
    assert rerun(catalog, units("Reviewed sentence.")) == render_catalog(catalog)


@pytest.mark.parametrize(
    "old_body",
    [
        pytest.param('#, fuzzy\nmsgid "The talks lasted ten hours."\nmsgstr "Borrador."\n',
                     id="fuzzy-predecessor"),
        pytest.param('msgid "The talks lasted eleven  hours."\nmsgstr "Once."\n',
                     id="respaced"),
    ],
)  # fmt: skip
def test_an_old_entry_carried_on_after_a_new_sentence_is_not_also_kept_obsolete(
    old_body: str,
) -> None:
    catalog = merge(units("Brand new.", "The talks lasted eleven hours."), po(old_body))
    assert [e.msgid for e in catalog if e.obsolete] == []


def test_reviewed_entry_loses_a_stale_previous_msgid() -> None:
    old = po(OLD)
    entry(old, "Reviewed with stale previous.").flags.remove("fuzzy")
    catalog = merge(units("Reviewed with stale previous."), old)
    assert entry(catalog, "Reviewed with stale previous.").previous_msgid is None
    assert "#|" not in render_catalog(catalog)


def test_obsolete_entries_of_one_msgid_sort_without_context_first() -> None:
    old = po(
        '#~ msgctxt "Archive"\n#~ msgid "Baku"\n#~ msgstr "Bakú (archivo)"\n\n'
        '#~ msgid "Baku"\n#~ msgstr "Bakú"\n'
    )
    catalog = merge(units("Hello."), old)
    assert [(e.msgctxt, e.msgstr) for e in catalog if e.obsolete] == [
        (None, "Bakú"),
        ("Archive", "Bakú (archivo)"),
    ]


def test_gone_entries_become_obsolete_sorted_and_empty_ones_go() -> None:
    catalog = merge(units("Brand new, nothing like the old ones at all."), po(OLD))
    assert [e.msgid for e in catalog if e.obsolete] == [
        "Fuzzy sentence.",
        "Returning sentence.",
        "Reviewed sentence.",
        "Reviewed with stale previous.",
        "Zulu obsolete fuzzy.",
    ]
    assert entry(catalog, "Fuzzy sentence.", obsolete=True).fuzzy
    assert not entry(catalog, "Reviewed sentence.", obsolete=True).fuzzy
    assert "Empty" not in render_catalog(catalog)


@pytest.mark.parametrize(
    ("old_body", "new_msgid", "msgstr", "previous", "kept_obsolete"),
    [
        pytest.param(
            'msgid "The talks lasted ten hours."\nmsgstr "Las charlas duraron diez horas."\n',
            "The talks lasted eleven hours.",
            "Las charlas duraron diez horas.",
            "The talks lasted ten hours.",
            True,
            id="reviewed-predecessor-also-kept-obsolete",
        ),
        pytest.param(
            '#, fuzzy\nmsgid "The talks lasted ten hours."\nmsgstr "Borrador."\n',
            "The talks lasted eleven hours.",
            "Borrador.",
            "The talks lasted ten hours.",
            False,
            id="fuzzy-predecessor-consumed",
        ),
        pytest.param(
            'msgid "The talks lasted ten hours."\nmsgstr ""\n',
            "The talks lasted eleven hours.",
            "",
            None,
            False,
            id="empty-predecessor-ignored",
        ),
        pytest.param(
            'msgid "Prices rose in May."\nmsgstr "Los precios subieron."\n',
            "The talks lasted eleven hours.",
            "",
            None,
            True,
            id="too-different-is-new",
        ),
    ],
)  # fmt: skip
def test_changed_sentence_starts_from_its_predecessor(
    old_body: str, new_msgid: str, msgstr: str, previous: str | None, kept_obsolete: bool
) -> None:
    old = po(old_body)
    old_entry = next(iter(old))
    catalog = merge(units(new_msgid), old)
    found = entry(catalog, new_msgid)
    assert (found.msgstr, found.previous_msgid, found.fuzzy) == (msgstr, previous, bool(msgstr))
    obsolete = [e for e in catalog if e.obsolete]
    assert [(e.msgid, e.msgstr) for e in obsolete] == (
        [(old_entry.msgid, old_entry.msgstr)] if kept_obsolete else []
    )
    assert rerun(catalog, units(new_msgid)) == render_catalog(catalog)


def test_changed_sentence_keeps_its_predecessor_s_other_flags_after_fuzzy() -> None:
    old = po('#, c-format\nmsgid "The talks lasted %d hours."\nmsgstr "Duraron %d horas."\n')
    catalog = merge(units("The talks lasted %d long hours."), old)
    assert entry(catalog, "The talks lasted %d long hours.").flags == ["fuzzy", "c-format"]


@pytest.mark.parametrize(
    ("draft", "flags"),
    [
        pytest.param("D ", ["fuzzy", "c-format"], id="drafted-fuzzy-first-as-msgmerge"),
        pytest.param("", ["c-format"], id="no-draft-no-stale-fuzzy"),
    ],
)
def test_empty_entry_keeps_its_other_flags(draft: str, flags: list[str]) -> None:
    old = po('#, fuzzy, c-format\nmsgid "Lasted %d hours."\nmsgstr ""\n')
    catalog = merge(units("Lasted %d hours.", draft=draft), old)
    assert entry(catalog, "Lasted %d hours.").flags == flags
    assert f"#, {', '.join(flags)}\n" in render_catalog(catalog)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        pytest.param('msgid "The talks lasted ten hours."\nmsgstr "Diez."\n',
                     ["The talks lasted ten hours.", "The talks lasted eleven hours."],
                     id="still-in-the-article"),
        pytest.param('msgid "The talks lasted  ten hours."\nmsgstr "Diez."\n',
                     ["The talks lasted ten hours.", "The talks lasted eleven hours."],
                     id="taken-by-its-respaced-msgid"),
    ],
)  # fmt: skip
def test_an_entry_carried_on_is_no_predecessor_of_a_new_sentence(
    body: str, wanted: list[str]
) -> None:
    """Its translation is not copied into a new sentence, which gets a draft of its own."""
    catalog = merge(units(*wanted, draft="D "), po(body))
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in catalog] == [
        (wanted[0], "Diez.", False),
        (wanted[1], f"D {wanted[1]}", True),
    ]
    assert needs_draft(units(*wanted), po(body), Memory()) == [wanted[1]]


def test_predecessor_choice_is_highest_ratio_then_earliest_on_disk() -> None:
    old = po(
        'msgid "The talks lasted nine hours."\nmsgstr "nueve"\n\n'
        'msgid "The talks lasted ten hours."\nmsgstr "diez"\n\n'
        'msgid "The talks lasted two hours."\nmsgstr "dos"\n'
    )
    catalog = merge(units("The talks lasted ten hours today.", "The talks lasted one hour."), old)
    assert entry(catalog, "The talks lasted ten hours today.").msgstr == "diez"
    # "nine" and "two" tie for the second sentence: the earlier entry on disk wins.
    assert entry(catalog, "The talks lasted one hour.").msgstr == "nueve"
    assert closest("abcd", ["abcx", "abcy"]) == 0


LONG = (
    "The Azerbaijani Foreign Ministry said on Monday that the so-called referendum held in the "
    "occupied territories, which observers described as a farce, has no legal force whatsoever "
    "and will not be recognized by the international community."
)
LONG_EDITED = (
    "The Azerbaijani Foreign Ministry said on Tuesday that the sham referendum held in the "
    "occupied territories, which monitors described as a sham, has no legal force at all "
    "and will not be recognized by the international community."
)


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [
        pytest.param("The war ended in 1994.", ["Prices rose.", "The war ended in 1993."], 1,
                     id="after-a-dissimilar-one"),
        pytest.param(LONG_EDITED, [LONG], 0, id="long-sentence-five-words-edited"),
        # 2 * 12 matching characters / 40 characters: exactly SIMILARITY still counts.
        pytest.param("Talks ended.", ["Talks ended. Prices rose now"], 0,
                     id="exactly-at-the-threshold"),
        pytest.param("Talks ended.", ["Talks ended. Prices rose now!"], None,
                     id="just-below-the-threshold"),
        pytest.param("Talks ended.", [], None, id="no-candidates"),
    ],
)  # fmt: skip
def test_closest(new: str, old: list[str], expected: int | None) -> None:
    assert closest(new, old) == expected


def test_nothing_to_compare_against_skips_the_similarity_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first run has no old entries: indexing each msgid for difflib would be wasted."""

    def refuse(**_: object) -> None:
        raise AssertionError("SequenceMatcher built with no candidate")

    monkeypatch.setattr(memory, "SequenceMatcher", refuse)
    assert closest("Talks ended.", []) is None
    assert [e.msgid for e in merge(units("Talks ended.", "Prices rose."), None)] == [
        "Talks ended.",
        "Prices rose.",
    ]


def test_a_long_sentence_edited_in_five_words_starts_from_its_predecessor() -> None:
    """difflib's junk heuristic would drop this pair to a ratio of 0.57, a new sentence."""
    catalog = merge(units(LONG_EDITED), po(f'msgid "{LONG}"\nmsgstr "Ministerio."\n'))
    found = entry(catalog, LONG_EDITED)
    assert (found.msgstr, found.fuzzy, found.previous_msgid) == ("Ministerio.", True, LONG)


def test_memory_hit_is_reused_reviewed_with_its_origin() -> None:
    memory = build_memory([("locales/es/000_a.po", po('msgid "Hello."\nmsgstr "Hola."\n'))])
    catalog = merge(units("Hello.", draft="DRAFT "), None, memory)
    found = entry(catalog, "Hello.")
    assert (found.msgstr, found.fuzzy) == ("Hola.", False)
    assert found.comment.split("\n") == ["engine: fake", "reused from locales/es/000_a.po"]
    assert rerun(catalog, units("Hello."), memory) == render_catalog(catalog)
    assert rerun(catalog, units("Hello."), Memory()) == render_catalog(catalog)


def test_memory_fills_an_empty_entry_but_never_a_fuzzy_one() -> None:
    wanted = units("Empty sentence.", "Fuzzy sentence.", draft="DRAFT ")
    memory = Memory({u.msgid: MemoryHit("TM", "locales/es/a.po") for u in wanted})
    catalog = merge(wanted, po(OLD), memory)
    filled = entry(catalog, "Empty sentence.")
    assert (filled.msgstr, filled.fuzzy) == ("TM", False)
    assert entry(catalog, "Fuzzy sentence.").msgstr == "Frase dudosa editada."


@pytest.mark.parametrize(
    "order",
    [pytest.param((0, 1), id="sorted"), pytest.param((1, 0), id="reversed")],
)
def test_memory_choice_is_deterministic_when_files_disagree(order: tuple[int, int]) -> None:
    files = [
        ("locales/es/000_a.po", po('msgid "Hello."\nmsgstr "Hola."\n')),
        ("locales/es/001_b.po", po('msgid "Hello."\nmsgstr "Buenas."\n')),
    ]
    memory = build_memory([files[i] for i in order])
    assert memory.lookup("Hello.") == MemoryHit("Hola.", "locales/es/000_a.po")


@pytest.mark.parametrize(
    ("body", "remembered"),
    [
        pytest.param('msgid "A."\nmsgstr "Uno."\n', True, id="reviewed"),
        pytest.param('#, fuzzy\nmsgid "A."\nmsgstr "Uno."\n', False, id="fuzzy"),
        pytest.param('msgid "A."\nmsgstr ""\n', False, id="empty"),
        pytest.param('#~ msgid "A."\n#~ msgstr "Uno."\n', False, id="obsolete"),
        pytest.param('msgctxt "month"\nmsgid "A."\nmsgstr "Uno."\n', False, id="msgctxt"),
        pytest.param('msgid "A."\nmsgid_plural "As."\nmsgstr[0] "Uno."\nmsgstr[1] "Unos."\n',
                     False, id="plural"),
        pytest.param('#. reused from locales/es/000_a.po\nmsgid "A."\nmsgstr "Uno."\n', False,
                     id="itself-reused"),
    ],
)  # fmt: skip
def test_memory_holds_only_reviewed_active_translations(body: str, remembered: bool) -> None:
    assert ("A." in build_memory([("a.po", po(body))])) is remembered


@pytest.mark.parametrize(
    "first",
    [
        pytest.param('#, fuzzy\nmsgid "Z."\nmsgstr "Zeta."\n', id="after-a-fuzzy-entry"),
        pytest.param('msgid "Z."\nmsgstr ""\n', id="after-an-empty-entry"),
        pytest.param('#. reused from locales/es/000_a.po\nmsgid "Z."\nmsgstr "Zeta."\n',
                     id="after-a-reused-entry"),
        pytest.param('msgid "Z."\nmsgstr "Zeta, Jodyali."\n', id="after-a-refused-entry"),
    ],
)  # fmt: skip
def test_memory_collects_every_entry_of_a_file_past_one_it_skips(first: str) -> None:
    catalog = po(f'{first}\nmsgid "A."\nmsgstr "Uno."\n')
    memory = build_memory([("a.po", catalog)], lambda msgid, msgstr: "Jodyali" not in msgstr)
    assert memory.lookup("A.") == MemoryHit("Uno.", "a.po")


def test_memory_skips_what_accept_refuses_and_falls_back_to_the_next_file() -> None:
    files = [
        ("locales/es/000_a.po", po('msgid "Hello."\nmsgstr "Hola, Jodyali."\n')),
        ("locales/es/001_b.po", po('msgid "Hello."\nmsgstr "Hola, Jodyalí."\n')),
    ]
    memory = build_memory(files, lambda msgid, msgstr: "Jodyali" not in msgstr)
    assert memory.lookup("Hello.") == MemoryHit("Hola, Jodyalí.", "locales/es/001_b.po")


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        pytest.param(units("Reviewed sentence.", "Fuzzy sentence."), [], id="no-change-rerun"),
        pytest.param(units("Reviewed sentence.", "Added one."), ["Added one."], id="one-added"),
        pytest.param(units("Reviewed sentence!"), [], id="changed-has-fuzzy-predecessor"),
        pytest.param(units("Hello."), [], id="memory-hit"),
        pytest.param(units("Empty sentence."), ["Empty sentence."], id="empty-on-disk"),
        pytest.param(units("Returning sentence."), [], id="obsolete-on-disk"),
    ],
)
def test_needs_draft(wanted: list[Unit], expected: list[str]) -> None:
    memory = Memory({"Hello.": MemoryHit("Hola.", "locales/es/000_a.po")})
    assert needs_draft(wanted, po(OLD), memory) == expected


def test_plan_sources_follows_the_order_of_preference() -> None:
    old = po(
        'msgid "Kept."\nmsgstr "Guardada."\n\n'
        '#~ msgid "Returning."\n#~ msgstr "Vuelve."\n\n'
        'msgid "Respaced  here."\nmsgstr "Espaciada."\n\n'
        'msgid "The talks lasted ten hours."\nmsgstr "Diez."\n'
    )
    memory = Memory({"Remembered.": MemoryHit("Recordada.", "locales/es/000_a.po")})
    wanted = [
        "Kept.", "Returning.", "Respaced here.", "Remembered.", "The talks lasted nine hours.",
        "Brand new.",
    ]  # fmt: skip
    plan = plan_sources(wanted, old, memory)
    assert [(step.msgid, step.source, step.needs_draft) for step in plan.steps] == [
        ("Kept.", Source.KEPT, False),
        ("Returning.", Source.RETURNING, False),
        ("Respaced here.", Source.RESPACED, False),
        ("Remembered.", Source.MEMORY, False),
        ("The talks lasted nine hours.", Source.PREDECESSOR, False),
        ("Brand new.", Source.NEW, True),
    ]
    assert [e.msgid for e in plan.leftovers] == ["The talks lasted ten hours."]


def test_needs_draft_on_a_rerun_of_a_drafted_catalog_is_empty() -> None:
    catalog = merge(units("One.", "Two.", draft="DRAFT "))
    again = parse_catalog(render_catalog(catalog), "again.po")
    assert needs_draft(units("One.", "Two."), again, Memory()) == []
    assert needs_draft(units("One.", "Two.", "Three."), again, Memory()) == ["Three."]


@pytest.mark.parametrize(
    ("wanted", "message"),
    [
        pytest.param([Unit("", (), ())], "a unit has an empty msgid: that is the PO header's",
                     id="empty-msgid"),
        pytest.param([Unit("A.", (), ()), Unit("A.", (), ())],
                     "units repeat a msgid: merge repeated sentences into one unit",
                     id="repeated-msgid"),
    ],
)  # fmt: skip
def test_units_must_have_unique_non_empty_msgids(wanted: list[Unit], message: str) -> None:
    """A caller's mistake, told with what to do about it."""
    with pytest.raises(ValueError) as caught:
        merge(wanted)
    assert str(caught.value) == message


def test_merge_does_not_change_its_input() -> None:
    old = po(OLD)
    before = render_catalog(old)
    merge(units("Reviewed sentence!", "Empty sentence.", draft="D "), old)
    assert render_catalog(old) == before


def test_editing_the_merged_catalog_leaves_its_input_as_read() -> None:
    """Merging is pure: the result shares no list or dict with the catalog it came from."""
    old = po(f'{OLD}\n#: corpus/001_x.txt:9\nmsgctxt "menu"\nmsgid "Baku"\nmsgstr "Bakú"\n')
    before = render_catalog(old)
    catalog = merge(units("Reviewed sentence.", "Fuzzy sentence."), old)
    for found in catalog:
        found.flags.append("no-wrap")
        found.occurrences.append(("elsewhere.txt", "1"))
    assert render_catalog(old) == before


def test_catalog_stats_counts_entries_and_source_words() -> None:
    catalog = merge(
        units("Reviewed sentence.", "Fuzzy sentence.", "Empty sentence.", "Three words here."),
        po(OLD),
    )
    assert catalog_stats(catalog) == CatalogStats(1, 1, 2, 2, 2, 5)


def test_catalog_stats_counts_past_a_hand_placed_obsolete_entry() -> None:
    """A translator may leave ``#~`` entries anywhere; those after them still count."""
    catalog = po(
        'msgid "One two."\nmsgstr "Uno dos."\n\n#~ msgid "Old."\n#~ msgstr "Viejo."\n\n'
        '#, fuzzy\nmsgid "Three."\nmsgstr "Tres."\n\nmsgid "Four five six."\nmsgstr ""\n'
    )
    assert catalog_stats(catalog) == CatalogStats(1, 1, 1, 2, 1, 3)


# --- parsing and reading ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        pytest.param('msgid "Hello\nmsgstr "Hola"\n', 6, "unterminated", id="unterminated"),
        pytest.param('msgid "Hello"\nmsgstr "Hola\n', 7, "unterminated", id="unterminated-msgstr"),
        pytest.param('msgid ""\n"Hel\nmsgstr "Hola"\n', 7, "unterminated", id="continuation"),
        pytest.param('msgid "He said "hi""\nmsgstr ""\n', 6, "quoted", id="unescaped-quote"),
        pytest.param('msgid "Hello"\nmsgstrr "Hola"\n', 7, "syntax error", id="stray-keyword"),
        pytest.param('msgid "Hello"\nfoo\n', 7, "syntax error", id="stray-word"),
        pytest.param('msgid "A"\nmsgid "B"\nmsgstr ""\n', 7, "syntax error", id="msgid-twice"),
        pytest.param('msgid "A"\nmsgstr ""\n\nmsgid "A"\nmsgstr "x"\n', 9, "duplicate",
                     id="duplicate-msgid"),
    ],
)  # fmt: skip
def test_parse_errors_name_path_and_line(body: str, line: int, message: str) -> None:
    with pytest.raises(CatalogError, match=message) as caught:
        parse_catalog(f"{HEAD}\n{body}", "locales/es/001_x.po")
    assert (caught.value.path, caught.value.line) == (Path("locales/es/001_x.po"), line)
    assert str(caught.value).startswith(f"locales/es/001_x.po:{line}: ")


def test_parse_takes_a_one_line_text_for_text_not_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "x.po").write_text(f'{HEAD}\nmsgid "A"\nmsgstr "B"\n', encoding="utf-8")
    with pytest.raises(CatalogError, match="syntax error") as caught:
        parse_catalog(str(tmp_path / "x.po"), "x.po")
    assert caught.value.line == 1


def test_read_catalog_missing_is_none(tmp_path: Path) -> None:
    assert read_catalog(tmp_path / "nope.po") is None


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        pytest.param(HEAD.encode() + b'\nmsgid "A"\nmsgstr "\xff"\n', 7, "not valid utf-8",
                     id="bad-utf8"),
        pytest.param(HEAD.replace("UTF-8", "NOPE").encode(), None, "unknown charset",
                     id="unknown-charset"),
        pytest.param(HEAD.encode() + b'\nmsgid "A\n', 6, "unterminated", id="syntax"),
    ],
)  # fmt: skip
def test_read_catalog_errors(data: bytes, line: int | None, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.po"
    path.write_bytes(data)
    with pytest.raises(CatalogError, match=message) as caught:
        read_catalog(path)
    assert (caught.value.path, caught.value.line) == (path, line)


def test_read_catalog_decodes_the_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.po"
    path.write_bytes(HEAD.replace("UTF-8", "ISO-8859-1").encode() + b'\nmsgid "A"\nmsgstr "\xf1"\n')
    catalog = read_catalog(path)
    assert catalog is not None
    assert entry(catalog, "A").msgstr == "ñ"


def test_read_catalog_of_a_folder_is_a_catalog_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot read"):
        read_catalog(tmp_path)


# --- writing ------------------------------------------------------------------------------------


def test_write_atomic_creates_then_skips_identical_content(tmp_path: Path) -> None:
    path = tmp_path / "es" / "001_x.po"
    assert write_atomic(path, "ə text\n") is True
    assert path.read_text(encoding="utf-8") == "ə text\n"
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert write_atomic(path, "ə text\n") is False
    assert path.stat().st_mtime_ns == 1_000_000_000


def test_write_atomic_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "001_x.po"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    assert write_atomic(path, "new\n") is True
    assert path.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["001_x.po"]
    assert path.stat().st_mode & 0o777 == 0o640


def test_write_atomic_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "001_x.po"
    path.write_text("old\n", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(CatalogError, match="No space left") as caught:
        write_atomic(path, "new\n")
    assert caught.value.path == path
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["001_x.po"]


def test_merged_file_survives_a_write_read_cycle(tmp_path: Path) -> None:
    path = tmp_path / "001_x.po"
    wanted = units("One.", "Two.", draft="D ")
    assert write_atomic(path, render_catalog(merge(wanted, read_catalog(path))))
    again = merge([replace(u, draft="other") for u in wanted], read_catalog(path))
    assert write_atomic(path, render_catalog(again)) is False

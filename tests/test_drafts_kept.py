"""Names the glossary lacks, kept as written in the drafts (`translate.drafts.kept`).

The sentences are written for these tests (none is from ``corpus/`` or ``tests/data``). Apertium
translates the words of a newspaper's name (``Evening Chronicle`` → ``Crónica de Tarde``) and
breaks the sentence around a person it does not know (``Karim dicho Nurmatov-Ellis``); the
drafts keep what `suggest` proposes to keep, as they keep a glossary name.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from conftest import cli, needs_apertium

from translate.drafts.kept import KEPT_PREFIX, kept, kept_names, with_kept
from translate.glossary.lexicon import lexicon_available
from translate.glossary.matcher import Match
from translate.glossary.model import Glossary, Kind, Status
from translate.glossary.name_works import Occurrence
from translate.glossary.suggest import NameKind, Source, Suggestion
from translate.text.segments import Segment


def _suggestion(name: str, kind: NameKind, source: Source, proposals: dict[str, str]) -> Suggestion:
    return Suggestion(name, kind, (), (), source, "", tuple(proposals.items()), ())


@pytest.mark.parametrize(
    ("suggestion", "language", "expected"),
    [
        pytest.param(
            _suggestion("Evening Chronicle", NameKind.MEDIA, Source.KEEP, {}), "es", True,
            id="medium-kept",
        ),
        pytest.param(
            _suggestion("Rustam Nurmatov", NameKind.PERSON, Source.TRANSLITERATION,
                        {"es": "Rustam Nurmatov", "ru": "Рустам Нурматов"}),
            "es", True, id="person-written-as-in-english",
        ),
        pytest.param(
            _suggestion("Rustam Nurmatov", NameKind.PERSON, Source.TRANSLITERATION,
                        {"es": "Rustam Nurmatov", "ru": "Рустам Нурматов"}),
            "ru", False, id="person-with-another-spelling",
        ),
        pytest.param(
            _suggestion("Harbour Board", NameKind.ORGANISATION, Source.ENGLISH,
                        {"es": "Harbour Board"}),
            "es", False, id="organisation-left-to-the-engine",
        ),
        pytest.param(
            _suggestion("Sarajevo", NameKind.PLACE, Source.TRANSLITERATION, {"es": "Sarajevo"}),
            "es", False, id="place-left-to-the-engine",
        ),
    ],
)  # fmt: skip
def test_which_names_are_kept(suggestion: Suggestion, language: str, expected: bool) -> None:
    assert kept(suggestion, language) is expected


@pytest.mark.skipif(not lexicon_available(), reason="no English analyser")
def test_a_person_of_common_words_is_an_organisation_left_to_the_engine() -> None:
    # The finder takes many organisations for people; their English words give them away.
    body = _suggestion("Northern Steel Alloys", NameKind.PERSON, Source.TRANSLITERATION,
                       {"es": "Northern Steel Alloys"})  # fmt: skip
    assert kept(body, "es") is False


def test_kept_uses_become_matches_of_entries_not_translated() -> None:
    text = "The Evening Chronicle said that Karim Nurmatov-Ellis had left Baku."
    segment = Segment("a", 0, 0, text, 1)
    start = text.index("Evening")
    medium = Suggestion(
        "Evening Chronicle", NameKind.MEDIA,
        (Occurrence("Evening Chronicle", segment, start, start + len("Evening Chronicle")),),
        (), Source.KEEP, "", (), ("a.txt",),
    )  # fmt: skip
    baku = Match(text.index("Baku"), text.index("Baku") + 4, "Baku", "baku", "Baku", False,
                 Status.APPROVED)  # fmt: skip
    found, entries = kept_names(text, [medium], "es", [baku])
    assert [(m.surface, m.entry) for m in found] == [
        ("Evening Chronicle", KEPT_PREFIX + "Evening Chronicle")
    ]
    assert [(e.id, e.kind, e.translate) for e in entries] == [
        (KEPT_PREFIX + "Evening Chronicle", Kind.ORGANISATION, False)
    ]
    # A use inside a glossary match is the glossary's.
    inside = Match(start, start + 7, "Evening", "x", "Evening", False, Status.APPROVED)
    assert kept_names(text, [medium], "es", [inside]) == ((), ())
    glossary = with_kept(Glossary(), {e.id: e for e in entries})
    assert glossary.get(KEPT_PREFIX + "Evening Chronicle").translate is False


ARTICLE = """\
Harbour talks resume in Baku

The Evening Chronicle reported on Monday that the talks on the new ferry terminal had resumed.

"We expect a decision within weeks," said Karim Nurmatov-Ellis, the terminal's director.
"""


@needs_apertium
def test_apertium_drafts_keep_a_medium_and_a_person(project: Path) -> None:
    for old in (project / "corpus").iterdir():
        old.unlink()
    (project / "corpus" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = cli("run", "--lang", "es", "--engine", "apertium")
    assert code == 0, err
    catalog = polib.pofile(str(project / "locales" / "es" / "harbour.po"))
    drafts = {e.msgid: e for e in catalog}
    medium = next(e for m, e in drafts.items() if m.startswith("The Evening Chronicle"))
    assert "Evening Chronicle" in medium.msgstr, medium.msgstr
    assert "not in glossary: Evening Chronicle (keep as is; review)" in medium.comment
    person = next(e for m, e in drafts.items() if "Nurmatov-Ellis" in m)
    # The name stays whole, and "said" is translated after it, not inside it.
    assert "Karim Nurmatov-Ellis" in person.msgstr, person.msgstr

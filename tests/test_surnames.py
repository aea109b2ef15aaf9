"""Bare surnames: claimed only after the person's full name in the same article."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from translate.cli.app import app
from translate.drafts import Scheme, finish, prepare
from translate.glossary.matcher import source_matcher
from translate.glossary.model import Glossary
from translate.glossary.surnames import resolve_surnames
from translate.glossary.validate import validate_glossary
from translate.glossary.yaml import load_glossary, parse_entries
from translate.po.units import hints


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


def resolved(glossary: Glossary, *sentences: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(surface, entry, candidates) of every match of an article made of *sentences*."""
    matcher = source_matcher(glossary)
    article = resolve_surnames([matcher.find(s) for s in sentences], glossary)
    return [(m.surface, m.entry, m.candidates) for found in article for m in found]


def test_a_surname_after_the_full_name_is_that_person(glossary: Glossary) -> None:
    found = resolved(glossary, "Ilham Aliyev arrived.", "Aliyev said it was over.")
    assert found[-1] == ("Aliyev", "ilham-aliyev", ())


def test_a_surname_alone_lists_every_candidate(glossary: Glossary) -> None:
    (found,) = resolved(glossary, "Aliyev said it was over.")
    assert found[0] == "Aliyev" and set(found[2]) == {"ilham-aliyev", "heydar-aliyev"}


def test_two_people_named_before_leave_the_surname_ambiguous(glossary: Glossary) -> None:
    found = resolved(glossary, "Heydar Aliyev and Ilham Aliyev.", "Aliyev spoke.")
    assert set(found[-1][2]) == {"heydar-aliyev", "ilham-aliyev"}


def test_a_full_name_later_does_not_claim_an_earlier_surname(glossary: Glossary) -> None:
    found = resolved(glossary, "Aliyeva spoke.", "Leyla Aliyeva later said the same.")
    assert found[0][2] and len(found[0][2]) >= 2


def test_the_same_sentence_earlier_in_its_order(glossary: Glossary) -> None:
    (first, second) = resolved(glossary, "Serzh Sargsyan, Armenia's president; Sargsyan said")[::2]
    assert second == ("Sargsyan", "serzh-sargsyan", ())
    assert first[1] == "serzh-sargsyan"


def test_the_hint_says_ambiguous_and_names_the_candidates(glossary: Glossary) -> None:
    matcher = source_matcher(glossary)
    (found,) = resolve_surnames([matcher.find("Aliyev spoke.")], glossary)
    (line,) = hints(found, glossary, "ru")
    assert line.startswith("glossary: Aliyev: ambiguous surname (")
    assert "Heydar Aliyev" in line and "Ilham Aliyev" in line
    assert line.endswith("); check who is meant")
    (claimed,) = resolve_surnames([matcher.find("Ilham Aliyev came; Aliyev spoke.")], glossary)
    assert hints(claimed, glossary, "ru")[-1] == "glossary: Aliyev (form of Ilham Aliyev) → Алиев"


def test_the_draft_keeps_an_ambiguous_surname_as_it_is(glossary: Glossary) -> None:
    text = "Aliyev spoke."
    (found,) = resolve_surnames([source_matcher(glossary).find(text)], glossary)
    prepared = prepare(text, found, glossary, "ru", Scheme.PLACEHOLDER)
    assert finish(prepared, "QX0 выступил.").text == "Aliyev выступил."


PERSON = """\
- id: robert-kocharyan
  kind: person
  en: Robert Kocharyan
  forms: [Kocharyan]
  targets:
    ru: {approved: Роберт Кочарян}
"""


def test_validation_refuses_a_bare_surname_in_forms(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text(PERSON, "utf-8")
    found = validate_glossary(load_glossary(tmp_path), ("ru",))
    assert [(f.rule, f.found) for f in found] == [("glossary.bare-surname", "Kocharyan")]
    assert parse_entries(PERSON, "p.yaml")[0].surnames() == ("Kocharyan",)


def test_run_resolves_surnames_per_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("glossary",):
        (tmp_path / name).mkdir()
        for path in (ROOT / name).glob("*.yaml"):
            (tmp_path / name / path.name).write_bytes(path.read_bytes())
    (tmp_path / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ilham Aliyev arrived in Baku.\n\nAliyev spoke there.\n")
    (corpus / "b.txt").write_text("Aliyev spoke there.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", "--engine", "none", "--lang", "ru"])
    assert result.exit_code == 0, result.stderr

    def comment(article: str) -> str:
        catalog = polib.pofile(str(tmp_path / "locales" / "ru" / f"{article}.po"))
        return str(next(e.comment for e in catalog if e.msgid == "Aliyev spoke there."))

    assert comment("a") == "glossary: Aliyev (form of Ilham Aliyev) → Алиев"
    assert "ambiguous surname" in comment("b")

"""Gender and number around the approved forms put into a draft (Spanish, so far).

A stand-in is chosen for the gender the approved form takes (`takes_feminine`), a demonym's
forms are picked by their endings (`by_ending`), a demonym used as a plural noun takes the
generic masculine (`generic_masculine`), and the article before each approved form is made to
agree with it in gender and number (`agree`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translate.drafts.model import Draft, Prepared
from translate.glossary.model import Gender, Glossary, Target

__all__ = ["ENDINGS", "agree", "by_ending", "generic_masculine", "takes_feminine"]

# Endings of the head word that make a noun phrase feminine, per target language.
_FEMININE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("a", "ción", "sión", "dad", "tad", "tud", "umbre"),
}

ENDINGS: dict[str, tuple[str, ...]] = {"es": ("os", "as", "o", "a")}
# Feminine and masculine plural articles, for demonyms used as plural nouns.
_PLURAL_ARTICLES: dict[str, tuple[tuple[str, str], ...]] = {"es": (("las", "los"),)}


def takes_feminine(target: Target, language: str) -> bool:
    if target.gender is not None:
        return target.gender is Gender.FEMININE
    return _head_is_feminine(target.approved, language)


def _head_is_feminine(form: str, language: str) -> bool:
    """Whether *form*'s head word (its first) is feminine, by its ending (when the glossary
    gives no ``gender``).

    >>> form = "Organización de Cooperación Islámica"
    >>> _head_is_feminine(form, "es"), _head_is_feminine("genocidio", "es")
    (True, False)
    """
    head = form.split(" ", 1)[0].casefold()
    return head.endswith(_FEMININE_ENDINGS.get(language, ()) or ("\0",))


def generic_masculine(stem: str, plural: str, language: str) -> dict[str, str]:
    """A demonym used as a plural noun means people: Spanish takes the generic masculine.

    Apertium renders ``the Italians`` as ``las italianas``; ``the Armenians`` must come out as
    ``los armenios``, article included.
    """
    fixes: dict[str, str] = {}
    for feminine, masculine in _PLURAL_ARTICLES.get(language, ()):
        fixes[f"{feminine} {stem}as"] = f"{masculine} {plural}"
    fixes[f"{stem}as"] = plural
    return fixes


def by_ending(forms: Sequence[str], endings: Sequence[str]) -> dict[str, str]:
    """The first form with each ending, longest ending first (``armenios`` is ``os``, not ``s``)."""
    found: dict[str, str] = {}
    for form in forms:
        if " " in form:
            continue
        for ending in endings:
            if form.endswith(ending):
                found.setdefault(ending, form)
                break
    return found


#: Spanish articles and contractions, by (feminine, plural).
_ARTICLES = {
    (False, False): ("el", "del", "al", "un"),
    (True, False): ("la", "de la", "a la", "una"),
    (False, True): ("los", "de los", "a los", "unos"),
    (True, True): ("las", "de las", "a las", "unas"),
}
_ARTICLE_SLOT = {word: (i, key) for key, words in _ARTICLES.items() for i, word in enumerate(words)}


def _article_for(wanted: tuple[str, ...]) -> Callable[[re.Match[str]], str]:
    def fix(found: re.Match[str]) -> str:
        article = wanted[_ARTICLE_SLOT[found[1].casefold()][0]]
        if found[1][:1].isupper():
            article = article[:1].upper() + article[1:]
        return f"{article} {found[2]}"

    return fix


def agree(draft: Draft, prepared: Prepared, glossary: Glossary, language: str) -> Draft:
    """Make the article before each approved form agree with it, in gender and number.

    Gender is the glossary's ``gender``, else read from the form's head word; a form is
    plural when its head word and the English name both end in ``s`` (``Estados Unidos``,
    ``Convenios de Ginebra``). Names kept verbatim (no gender known) keep the engine's article.
    """
    if language != "es":
        return draft
    text = draft.text
    for slot in prepared.slots:
        entry = glossary.get(slot.entry)
        if not entry.translate:
            continue
        form = slot.accepted[0]
        blocks = [t for t in entry.targets if t.language == language]
        blocks += [t.noun for t in blocks if t.noun is not None]  # the people: armenios
        target = next((t for t in blocks if t.approved == form), None)
        if target is None:
            continue
        feminine = takes_feminine(target, language)
        # The name as written, or the glossary's own English when that is an abbreviation
        # of it (``US`` for ``United States``).
        english = [slot.name.rstrip(".").split(), entry.en.split()]
        head = form.split()[0]
        plural = head.endswith("s") and any(
            words and re.search(r"[^su]s$", words[-1]) is not None for words in english
        )
        wanted = _ARTICLES[(feminine, plural)]
        pattern = re.compile(
            r"(?<!\w)("
            + "|".join(sorted(map(re.escape, _ARTICLE_SLOT), key=len, reverse=True))
            + r") ("
            + re.escape(form)
            + r")(?!\w)",
            re.IGNORECASE,
        )

        text = pattern.sub(_article_for(wanted), text)
    return Draft(text, draft.problems, draft.unknown)

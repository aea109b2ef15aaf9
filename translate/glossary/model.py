"""The curated glossary: its model, and where it is loaded from (schema: ``glossary/README.md``).

`parse_glossary_file` is pure: it turns the text of one YAML file into frozen entries, every
schema error naming its line; the reading itself is `translate.glossary.yaml`. `load_glossary`
is the thin I/O edge that reads every ``*.yaml`` file of a folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from translate.errors import GlossaryError

__all__ = [
    "FILE_KINDS",
    "Alternative",
    "Entry",
    "Gender",
    "Glossary",
    "Kind",
    "Status",
    "Target",
    "Variant",
    "file_for_kind",
]


class Status(StrEnum):
    """How acceptable a form is."""

    APPROVED = "approved"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"


class Gender(StrEnum):
    """The grammatical gender of a target form's head noun, for article agreement."""

    FEMININE = "f"
    MASCULINE = "m"
    NEUTER = "n"


class Kind(StrEnum):
    """What an entry names; decides which file it lives in."""

    PLACE = "place"
    PERSON = "person"
    ORGANISATION = "organisation"
    EVENT = "event"
    TERM = "term"


#: The kinds each standard file may hold; entries in any other ``*.yaml`` file may be of any kind.
FILE_KINDS: dict[str, frozenset[Kind]] = {
    "places.yaml": frozenset({Kind.PLACE}),
    "people.yaml": frozenset({Kind.PERSON}),
    "organisations.yaml": frozenset({Kind.ORGANISATION}),
    "terms.yaml": frozenset({Kind.EVENT, Kind.TERM}),
}


def file_for_kind(kind: Kind) -> str:
    """The standard file an entry of *kind* belongs in (``places.yaml`` for a place)."""
    return next(name for name, kinds in FILE_KINDS.items() if kind in kinds)


@dataclass(frozen=True)
class Variant:
    """The same name in another English spelling."""

    form: str
    status: Status


@dataclass(frozen=True)
class Target:
    """The forms of a name in one target language."""

    language: str
    approved: str
    admitted: tuple[str, ...] = ()
    deprecated: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    review: bool = False
    gender: Gender | None = None
    #: a demonym's noun for the people (армяне, Arméniens), used where the English is the noun
    noun: Target | None = None

    def accepted(self) -> tuple[str, ...]:
        """Every form a translation may use: approved, its inflected forms, admitted, then the
        noun's (an adjective in English may be a noun in the translation, and back)."""
        noun = self.noun.accepted() if self.noun is not None else ()
        return (self.approved, *self.forms, *self.admitted, *noun)


def _find_target(targets: tuple[Target, ...], language: str) -> Target | None:
    return next((target for target in targets if target.language == language), None)


@dataclass(frozen=True)
class Alternative:
    """A different name for the same referent (Stepanakert for Khankendi)."""

    en: str
    variants: tuple[Variant, ...] = ()
    note: str = ""
    targets: tuple[Target, ...] = ()

    def target(self, language: str) -> Target | None:
        """The forms of this name in *language*, if the glossary gives them."""
        return _find_target(self.targets, language)


@dataclass(frozen=True)
class Entry:
    """One named thing, with every English and target-language form of its name."""

    id: str
    kind: Kind
    en: str
    native: tuple[tuple[str, str], ...] = ()
    variants: tuple[Variant, ...] = ()
    forms: tuple[str, ...] = ()
    #: English forms that are a demonym used as a plural noun (Armenians): the target's noun
    nouns: tuple[str, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    translate: bool = True
    note: str = ""
    review: bool = False
    targets: tuple[Target, ...] = ()
    path: str = ""
    line: int = 0

    def surnames(self) -> tuple[str, ...]:
        """A person's surname as each admitted spelling of the full name ends (Sargsyan,
        Sarkisian); none for other kinds or a one-word name.

        >>> Entry("x", Kind.PERSON, "Serzh Sargsyan").surnames()
        ('Sargsyan',)
        """
        if self.kind is not Kind.PERSON:
            return ()
        names = [self.en, *(v.form for v in self.variants if v.status is Status.ADMITTED)]
        return tuple(dict.fromkeys(name.split()[-1] for name in names if len(name.split()) > 1))

    def alternative(self, name: str) -> Alternative | None:
        """The alternative name whose English form is *name* (``Stepanakert``), if any."""
        return next((alt for alt in self.alternatives if alt.en == name), None)

    def target(self, language: str) -> Target | None:
        """The forms of the name in *language*; for ``translate: false``, the English name.

        A target written out explicitly wins even when ``translate`` is false.
        """
        found = _find_target(self.targets, language)
        if found is None and not self.translate:
            return Target(language=language, approved=self.en)
        return found


@dataclass(frozen=True)
class Glossary:
    """Every entry of every glossary file, in file order."""

    entries: tuple[Entry, ...] = ()
    _index: dict[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Entry] = {}
        for entry in self.entries:
            index.setdefault(entry.id, entry)  # duplicates are reported by validation
        object.__setattr__(self, "_index", index)

    def get(self, entry_id: str) -> Entry:
        """The entry with *entry_id*; `GlossaryError` when there is none."""
        try:
            return self._index[entry_id]
        except KeyError:
            raise GlossaryError(
                f"no glossary entry with id {entry_id!r}",
                hint="check the id, or find it with `news-translate glossary lookup NAME`",
            ) from None

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

"""Which articles a change of glossary entries can reach, without segmenting any article.

An article's PO file depends on the glossary through the names the source matcher finds in
its sentences (hints, bare surnames, the names the glossary lacks, what the engine is sent).
The matcher finds a form only where every one of its folded tokens is a token of the text
(`translate.glossary.matcher`), so an article whose tokens include none of an entry's *keys*,
the longest folded token of each of its source forms, cannot be reached by that entry, old
or new. The test is one-sided: an article it names may turn out unchanged, never the reverse.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass

from translate.glossary.matcher import _TOKEN, fold, phrase_key
from translate.glossary.model import Entry, Glossary
from translate.po.cache import digest
from translate.text.articles import Article

__all__ = ["EntryState", "article_tokens", "changed_keys", "entry_states"]


@dataclass(frozen=True)
class EntryState:
    """One glossary entry as a run saw it: its id, a digest of it, and its keys."""

    id: str
    digest: str
    keys: tuple[str, ...]


def _forms(entry: Entry) -> Iterable[str]:
    """Every text the source matcher finds *entry* by (see ``_source_forms`` there)."""
    yield entry.en
    yield from entry.forms
    yield from entry.nouns
    yield from entry.surnames()
    for variant in entry.variants:
        yield variant.form
    for alternative in entry.alternatives:
        yield alternative.en
        for variant in alternative.variants:
            yield variant.form


def _keys(entry: Entry) -> tuple[str, ...]:
    """The longest folded token of each source form; ``""`` for a form with no token."""
    keys = set()
    for form in _forms(entry):
        tokens = phrase_key(form)[::2]  # separators between tokens at odd places
        keys.add(max(tokens, key=len) if tokens else "")
    return tuple(sorted(keys))


def entry_states(glossary: Glossary) -> tuple[EntryState, ...]:
    """Each entry of *glossary*, in glossary order."""
    return tuple(EntryState(e.id, digest(e), _keys(e)) for e in glossary)


def changed_keys(old: Iterable[EntryState], new: Iterable[EntryState]) -> frozenset[str] | None:
    """The keys of the entries added, removed or changed; None when every article is reached.

    The order of entries decides between two that share a form, so a reordering reaches all,
    as does a form without a token.
    """
    before, after = {s.id: s for s in old}, {s.id: s for s in new}
    common = [i for i in before if i in after]
    if common != [i for i in after if i in before]:
        return None
    keys: set[str] = set()
    for entry in before.keys() | after.keys():
        if before.get(entry) != after.get(entry):
            for state in (before.get(entry), after.get(entry)):
                keys.update(state.keys if state is not None else ())
    return None if "" in keys else frozenset(keys)


def article_tokens(article: Article, folded: MutableMapping[str, str]) -> set[str]:
    """The folded tokens of the article's title and paragraphs (*folded* caches `fold`)."""
    texts = [p.text for p in article.paragraphs]
    if article.title is not None:
        texts.append(article.title.text)
    tokens = set()
    for raw in {t for text in texts for t in _TOKEN.findall(text)}:
        value = folded.get(raw)
        if value is None:
            value = folded[raw] = fold(raw)
        tokens.add(value)
    return tokens

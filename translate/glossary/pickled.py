"""The parsed glossary as bytes, for a cache: reading YAML is most of a one-file check's work.

`dump_glossary` pickles a `Glossary`; `load_pickled_glossary` reads it back, or answers None
for anything it cannot read. It only lets the glossary's own classes out of the pickle
(`_Unpickler.find_class`), so bytes planted in a cache cannot run code. The caller keys the
bytes on what they were parsed from (the glossary files and the package's code).

>>> from translate.glossary.model import Entry, Kind
>>> glossary = Glossary((Entry("baku", Kind.PLACE, "Baku"),))
>>> load_pickled_glossary(dump_glossary(glossary)) == glossary
True
>>> load_pickled_glossary(b"not a pickle") is None
True
"""

from __future__ import annotations

import io
import pickle

from translate.glossary import model
from translate.glossary.model import Glossary

__all__ = ["dump_glossary", "load_pickled_glossary"]

#: The classes a pickled glossary is made of.
_ALLOWED = frozenset(
    {"Alternative", "Entry", "Gender", "Glossary", "Kind", "Status", "Target", "Variant"}
)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if module == model.__name__ and name in _ALLOWED:
            found: type = getattr(model, name)
            return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a glossary")


def dump_glossary(glossary: Glossary) -> bytes:
    """*glossary* as bytes that `load_pickled_glossary` reads back."""
    return pickle.dumps(glossary, protocol=pickle.HIGHEST_PROTOCOL)


def load_pickled_glossary(data: bytes) -> Glossary | None:
    """The glossary *data* holds; None when it holds anything else or is damaged."""
    try:
        found = _Unpickler(io.BytesIO(data)).load()
    except Exception:  # a damaged cache is only a miss, whatever the damage
        return None
    return found if isinstance(found, Glossary) else None

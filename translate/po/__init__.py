"""Stage 5, the PO files: units and their comments, merge, translation memory, files, cache.

- `units`: an article's sentences as catalog units, with the glossary and draft comments;
- `merge`: msgmerge made stricter, so that no translation is lost;
- `memory`: reviewed translations of the same sentence elsewhere in a language;
- `files`: strict reading and atomic writing;
- `cache`: the index of incremental runs; `depends`: the articles a glossary change reaches;
- `locking`: one run per locales folder;
- `assemble`: a translated article back from its reviewed entries.
"""

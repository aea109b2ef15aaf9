"""Stage 6, ``news-translate check``: rules over a project, names in translations, reports.

- `rules`: the named checks (`glossary.*`, `source.*`, `po.*`, `sync.*`);
- `terms`: which glossary names a translated entry renders, and how;
- `report`: text, JSON, JUnit and GitHub renderings of the findings.
"""

"""Stage 2, the curated glossary: its model, its file formats, validation, matching, spelling.

- `model`: the frozen entries (`Entry`, `Target`, `Glossary`);
- `yaml`: the curated files, read and written (`load_glossary`, `to_yaml`);
- `tbx`, `exchange`: TBX, OmegaT TSV and Weblate CSV;
- `validate`: rules over a loaded glossary;
- `matcher`: find names in English and target-language text;
- `transliterate`, `exonyms`, `native`: Azerbaijani names in other languages' conventions,
  the established exceptions, and the reverse step from English;
- `names`, `suggest`: the names no entry claims, and the entries proposed for them.
"""

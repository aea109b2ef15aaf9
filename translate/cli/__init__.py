"""The ``news-translate`` command: the only code that prints or exits.

`translate.cli.app` holds the root application and registers the commands of `run`, `check`,
`segment`, `glossary` and `models`; `translate.cli._common` what they share. Every
`NewsTranslateError` raised below becomes one line on stderr and exit code 2.
"""

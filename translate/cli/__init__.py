"""The ``news-translate`` command: the only code that prints or exits.

Each command group lives in its own module and is added here. Every `NewsTranslateError`
raised below becomes one line on stderr and exit code 2.
"""

from __future__ import annotations

from translate.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()

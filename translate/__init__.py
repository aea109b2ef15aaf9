"""news-translate: offline, glossary-consistent translation of news articles into PO files."""

__all__ = ["__version__"]

__version__ = "0.1.0"

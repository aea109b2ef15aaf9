"""Stage 1, articles: read an article file, clean it, split it into addressable sentences."""

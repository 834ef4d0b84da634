"""Mail templates, one folder per audience; prospect-facing ones in en, fr, de, es, it."""

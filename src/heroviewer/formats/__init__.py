"""Moving heroes and news in and out: CSV, JSON and news feeds. Pure: no Qt, no database.

Readers return plain records or raise ImportRefused listing every problem with its file, line
and column; writers replace their output file whole or not at all.
"""

"""The watcher: notices lasting low energy, interest, focus or mood, and crisis words.

Pure functions over plain data (see docs/watcher.md). Start with ``engine.evaluate_day``
and ``replay.replay``. Nothing is imported here: the desktop app's first window reads
``model.CRISIS`` without loading the engine, the lexicon or the database code.
"""

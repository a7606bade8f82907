"""Sync as the station and the township use it: keys, exporting, loading, feedback.

Plain Python on top of desk.sync (the file format) and desk.store (the only SQL); the window
and the `desk` command call these functions. docs/sync-format.md describes the files.
"""

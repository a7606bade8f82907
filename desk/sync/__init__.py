"""Sync files (同步文件): the signed, encrypted JSON files a station carries to its township on a
USB stick, and the feedback files that come back.

This package is the file format and its cryptography only: keys, the envelope, the payload's
schema and file names. Collecting records from the database and loading them is the store's
work; docs/sync-format.md describes the format field by field.
"""

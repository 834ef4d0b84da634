"""Persistent state of the desk: tables, sessions, queries and migrations."""

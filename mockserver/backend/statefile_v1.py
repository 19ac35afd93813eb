"""Reading a version 1 state file (one table per kind), for the in-place migration to version 2.

Version 1 layout: ``meta`` (key -> JSON: format "zl-mock-state/1", scenario, ids, clock, stockBase,
eventSeq), ``stock`` (zone, type, charge, qty), ``accounts`` (id, balance, charged), ``pools`` (key, next),
``instances`` (id, data JSON) and ``events`` (seq, at, kind, iid). Its content is exactly the export format,
so the migration reads it as an export and cuts that into version 2 rows (``state_rows.to_stored``).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .state_rows import EXPORT_FORMAT, Stored, to_stored

_TABLES = ("stock", "accounts", "pools", "instances", "events")


def read(c: sqlite3.Connection) -> Stored:
    meta = {k: json.loads(v) for k, v in c.execute("SELECT key, value FROM meta")}
    if meta.get("format") != EXPORT_FORMAT:
        raise ValueError(f"not a {EXPORT_FORMAT} state file (format {meta.get('format')!r})")
    state: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "scenario": meta["scenario"],
        "ids": meta["ids"],
        "clock": meta["clock"],
        "stockBase": meta["stockBase"],
        "eventSeq": meta["eventSeq"],
        "stock": [list(r) for r in c.execute("SELECT zone, type, charge, qty FROM stock")],
        "accounts": {a: {"balance": b, "charged": ch} for a, b, ch in c.execute("SELECT id, balance, charged FROM accounts")},
        "pools": dict(c.execute("SELECT key, next FROM pools")),
        "events": [list(r) for r in c.execute("SELECT at, seq, kind, iid FROM events ORDER BY seq")],
        "instances": [json.loads(d) for (d,) in c.execute("SELECT data FROM instances ORDER BY rowid")],
    }
    return to_stored(state)


def drop(c: sqlite3.Connection) -> None:
    """Remove the version 1 tables and meta keys (inside the caller's transaction)."""
    for table in _TABLES:
        c.execute(f"DROP TABLE {table}")
    c.execute("DELETE FROM meta")

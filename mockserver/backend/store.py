"""SQLite persistence of the backend (``--state-file``): one transaction per mutating request.

Layout: ``meta`` (format, scenario JSON, id counters, clock, stock baseline, event sequence), ``stock``,
``accounts`` (balance, money charged), ``pools`` (next fresh offset per address pool), ``instances`` (one
JSON record per row) and ``events``. Rows hold the same JSON as ``GET /_mock/state``, so export, import and
the file share one serialisation (``Backend.export_state``).

Durability: WAL with ``synchronous=FULL`` -- every commit is fsync'd before the reply leaves, so an accepted
request survives kill -9 *and* a power cut. (``NORMAL`` with WAL would already survive kill -9, since the WAL
write reaches the OS before the reply; FULL costs one fsync per mutating request, a few ms, which the mock
can afford, and makes "the reply only after commit" true even for the machine going down.) A transaction is
all-or-nothing, so a reader after a crash never sees half a request.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "zl-mock-state/1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stock (zone TEXT, type TEXT, charge TEXT, qty INTEGER NOT NULL,
                                  PRIMARY KEY (zone, type, charge));
CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, balance REAL NOT NULL, charged REAL NOT NULL);
CREATE TABLE IF NOT EXISTS pools (key TEXT PRIMARY KEY, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS instances (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, at REAL NOT NULL, kind TEXT NOT NULL,
                                   iid TEXT NOT NULL);
"""


def dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), allow_nan=False)


@dataclass
class Delta:
    """What one request changed; written in one transaction."""

    upserts: list[tuple[str, str]] = field(default_factory=list)  # (id, record JSON)
    deletes: list[str] = field(default_factory=list)
    events_added: list[tuple[int, float, str, str]] = field(default_factory=list)
    events_removed: list[int] = field(default_factory=list)
    stock: list[tuple[str, str, str, int]] = field(default_factory=list)
    accounts: list[tuple[str, float, float]] = field(default_factory=list)
    pools: list[tuple[str, int]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(
            (self.upserts, self.deletes, self.events_added, self.events_removed, self.stock, self.accounts,
             self.pools, self.meta)
        )  # fmt: skip


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            # One connection shared by the request threads; the backend lock serialises its use.
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.executescript(_SCHEMA)
        except sqlite3.Error as exc:  # a missing directory, not a database, locked, ...
            raise OSError(f"cannot use state file {self.path}: {exc}") from None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def has_state(self) -> bool:
        row = self._conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        return row is not None

    def read(self) -> dict[str, Any]:
        """The whole state, in the export format."""
        with self._lock:
            c = self._conn
            meta = {k: json.loads(v) for k, v in c.execute("SELECT key, value FROM meta")}
            if meta.get("format") != FORMAT:
                raise ValueError(f"{self.path}: not a {FORMAT} state file (format {meta.get('format')!r})")
            return {
                "format": FORMAT,
                "scenario": meta["scenario"],
                "ids": meta["ids"],
                "clock": meta["clock"],
                "stockBase": meta["stockBase"],
                "eventSeq": meta["eventSeq"],
                "stock": [list(r) for r in c.execute("SELECT zone, type, charge, qty FROM stock")],
                "accounts": {
                    a: {"balance": b, "charged": ch} for a, b, ch in c.execute("SELECT id, balance, charged FROM accounts")
                },
                "pools": dict(c.execute("SELECT key, next FROM pools")),
                "events": [list(r) for r in c.execute("SELECT at, seq, kind, iid FROM events ORDER BY seq")],
                "instances": [json.loads(d) for (d,) in c.execute("SELECT data FROM instances ORDER BY rowid")],
            }

    def write_full(self, state: dict[str, Any]) -> None:
        """Replace everything with ``state`` (load, reset, import) in one transaction."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                for table in ("meta", "stock", "accounts", "pools", "instances", "events"):
                    c.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
                c.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [(k, dumps(state[k])) for k in ("format", "scenario", "ids", "clock", "stockBase", "eventSeq")],
                )
                c.executemany("INSERT INTO stock VALUES (?, ?, ?, ?)", [tuple(r) for r in state["stock"]])
                c.executemany(
                    "INSERT INTO accounts VALUES (?, ?, ?)",
                    [(a, v["balance"], v["charged"]) for a, v in state["accounts"].items()],
                )
                c.executemany("INSERT INTO pools VALUES (?, ?)", list(state["pools"].items()))
                c.executemany("INSERT INTO events (at, seq, kind, iid) VALUES (?, ?, ?, ?)", state["events"])
                c.executemany(
                    "INSERT INTO instances VALUES (?, ?)", [(r["id"], dumps(r)) for r in state["instances"]]
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def apply(self, d: Delta) -> None:
        """Write one request's changes in one transaction (raises and rolls back on any failure)."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                if d.deletes:
                    c.executemany("DELETE FROM instances WHERE id = ?", [(i,) for i in d.deletes])
                if d.upserts:
                    c.executemany(
                        "INSERT INTO instances (id, data) VALUES (?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                        d.upserts,
                    )
                if d.events_removed:
                    c.executemany("DELETE FROM events WHERE seq = ?", [(s,) for s in d.events_removed])
                if d.events_added:
                    c.executemany("INSERT OR REPLACE INTO events (seq, at, kind, iid) VALUES (?, ?, ?, ?)",
                                  d.events_added)
                if d.stock:
                    c.executemany("INSERT OR REPLACE INTO stock VALUES (?, ?, ?, ?)", d.stock)
                if d.accounts:
                    c.executemany("INSERT OR REPLACE INTO accounts VALUES (?, ?, ?)", d.accounts)
                if d.pools:
                    c.executemany("INSERT OR REPLACE INTO pools VALUES (?, ?)", d.pools)
                if d.meta:
                    c.executemany(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        [(k, dumps(v)) for k, v in d.meta.items()],
                    )
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise

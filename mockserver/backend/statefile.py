"""SQLite persistence of the backend (``--state-file``): one transaction per mutating request.

Layout (format version 2, docs/state-file.md): ``meta`` (``format_version`` and the singletons: scenario
JSON, id counters, clock, event sequence), ``rows`` (``kind``, ``id``, JSON ``data``: instances, stock,
accounts, address pools -- see ``state_rows.ROW_KINDS``) and ``events`` (``seq``, ``at``, ``kind``,
``subject``, JSON ``payload``). A file of version 1 (one table per kind) is migrated in place, in one
transaction, when it is opened (``statefile_v1``).

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
from pathlib import Path

from . import statefile_v1
from .state_rows import Delta, EventRow, Row, Stored, dumps

FORMAT_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, UNIQUE (kind, id));
CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, at REAL NOT NULL, kind TEXT NOT NULL,
                                   subject TEXT NOT NULL, payload TEXT);
"""


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        #: The version the file had when it was opened (None: new file), e.g. 1 when it was just migrated.
        self.opened_version: int | None = None
        try:
            # One connection shared by the request threads; the backend lock serialises its use.
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._open()
        except sqlite3.Error as exc:  # a missing directory, not a database, locked, ...
            raise OSError(f"cannot use state file {self.path}: {exc}") from None

    def _open(self) -> None:
        c = self._conn
        c.execute("BEGIN IMMEDIATE")  # decide and migrate while no other process can write
        try:
            version = self._version()
            self.opened_version = version
            if version is not None and version > FORMAT_VERSION:
                raise ValueError(f"{self.path}: state file format {version} is newer than this mock's "
                                 f"({FORMAT_VERSION})")  # fmt: skip
            migrated = statefile_v1.read(c) if version == 1 else None
            if migrated is not None:
                statefile_v1.drop(c)  # DDL is transactional in SQLite: a failure below leaves version 1 intact
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    c.execute(statement)
            c.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('format_version', ?)", (dumps(FORMAT_VERSION),))
            if migrated is not None:
                self._write_all(migrated)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _version(self) -> int | None:
        c = self._conn
        if c.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone() is None:
            return None
        row = c.execute("SELECT value FROM meta WHERE key='format_version'").fetchone()
        if row is not None:
            return int(json.loads(row[0]))
        if c.execute("SELECT 1 FROM meta WHERE key='format'").fetchone() is not None:
            return 1  # version 1 wrote no format_version, only the export's format string
        return None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def has_state(self) -> bool:
        return self._conn.execute("SELECT 1 FROM meta WHERE key='scenario'").fetchone() is not None

    def read(self) -> Stored:
        with self._lock:
            c = self._conn
            meta = {k: json.loads(v) for k, v in c.execute("SELECT key, value FROM meta")}
            meta.pop("format_version", None)
            rows: dict[str, list[Row]] = {}
            for kind, rid, data in c.execute("SELECT kind, id, data FROM rows ORDER BY rowid"):
                rows.setdefault(kind, []).append((rid, json.loads(data)))
            events = [
                EventRow(seq, at, kind, subject, None if payload is None else json.loads(payload))
                for seq, at, kind, subject, payload in c.execute(
                    "SELECT seq, at, kind, subject, payload FROM events ORDER BY seq"
                )
            ]
            return Stored(meta, rows, events)

    def write_full(self, stored: Stored) -> None:
        """Replace everything with ``stored`` (load, reset, import) in one transaction."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                c.execute("DELETE FROM meta WHERE key != 'format_version'")
                c.execute("DELETE FROM rows")
                c.execute("DELETE FROM events")
                self._write_all(stored)
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise

    def _write_all(self, stored: Stored) -> None:
        c = self._conn
        c.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [(k, dumps(v)) for k, v in stored.meta.items()])
        c.executemany(
            "INSERT INTO rows (kind, id, data) VALUES (?, ?, ?)",
            [(kind, rid, dumps(data)) for kind, rows in stored.rows.items() for rid, data in rows],
        )
        c.executemany("INSERT INTO events (seq, at, kind, subject, payload) VALUES (?, ?, ?, ?, ?)",
                      [_event_params(e) for e in stored.events])  # fmt: skip

    def apply(self, d: Delta) -> None:
        """Write one request's changes in one transaction (raises and rolls back on any failure)."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                if d.deletes:
                    c.executemany("DELETE FROM rows WHERE kind = ? AND id = ?", d.deletes)
                if d.upserts:
                    c.executemany(
                        "INSERT INTO rows (kind, id, data) VALUES (?, ?, ?) "
                        "ON CONFLICT(kind, id) DO UPDATE SET data = excluded.data",
                        d.upserts,
                    )
                if d.events_removed:
                    c.executemany("DELETE FROM events WHERE seq = ?", [(s,) for s in d.events_removed])
                if d.events_added:
                    c.executemany("INSERT OR REPLACE INTO events (seq, at, kind, subject, payload) "
                                  "VALUES (?, ?, ?, ?, ?)", [_event_params(e) for e in d.events_added])  # fmt: skip
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


def _event_params(e: EventRow) -> tuple[int, float, str, str, str | None]:
    return (e.seq, e.at, e.kind, e.subject, None if e.payload is None else dumps(e.payload))

"""The request journal: a bounded, thread-safe ring buffer of recent API requests (docs/mock-guide.md).

Recording is cheap on purpose (it runs on every request): an entry keeps the raw bytes of a small body (or an
abridged summary of a large one), and the body is parsed and its secrets redacted when entries are read, not
when they are written. The Authorization header
is never stored: only its scheme and the (public) access key id.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable
from typing import Any

from .backend.timeutil import iso_micro

#: Body keys whose values never leave the journal (compared case-insensitively, at any depth).
SECRET_KEYS = frozenset(
    {"password", "accesskeypassword", "token", "userdata", "sshkeys", "signature", "authorization", "secret"}
)
REDACTED = "***"


#: Bodies up to this many bytes are kept whole (by reference); larger ones are abridged when recorded.
KEEP_BODY_BYTES = 8 * 1024
#: Deeper structures are cut when read (a fuzzed body may nest thousands of levels).
MAX_DEPTH = 32
_LONG_STRING = 256


def redact(value: Any, _depth: int = 0) -> Any:
    """A deep copy of ``value`` with every secret key's value replaced by ``"***"`` (cut below MAX_DEPTH)."""
    if isinstance(value, dict | list) and _depth >= MAX_DEPTH:
        return "<nested too deeply>"
    if isinstance(value, dict):
        return {
            k: (REDACTED if v is not None and str(k).lower() in SECRET_KEYS else redact(v, _depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v, _depth + 1) for v in value]
    return value


def abridge(body: dict[str, Any]) -> dict[str, Any]:
    """The top level of a large body: short scalars kept, long strings and containers summarised, so a
    full journal of near-1-MiB bodies stays small."""
    out: dict[str, Any] = {}
    for k, v in body.items():
        if isinstance(v, str) and len(v) > _LONG_STRING:
            out[k] = f"<string of {len(v)} chars>"
        elif isinstance(v, list):
            out[k] = f"<list of {len(v)} items>"
        elif isinstance(v, dict):
            out[k] = f"<object of {len(v)} keys>"
        else:
            out[k] = v
    return out


def _body(stored: Any) -> Any:
    """Raw bytes were valid JSON when recorded; anything else is already a summary dict (or None)."""
    if isinstance(stored, bytes | bytearray):
        try:
            return json.loads(stored) if stored.strip() else {}
        except RecursionError:  # parsed once on a shallower stack; read it as what it is
            return "<nested too deeply>"
    return stored


class JournalEntry:
    """One request. Plain slots, no validation: built on the hot path."""

    __slots__ = (
        "seq", "request_id", "wall_time", "mock_time", "method", "path", "action", "version", "account_id",
        "status", "code", "message", "duration_ms", "zone_id", "instance_type_id", "body", "auth_scheme",
        "credential", "faults",
    )

    # Declared for the type checker only (no class attributes: the slots hold the values).
    seq: int | None
    request_id: str
    wall_time: float
    mock_time: float | None
    method: str | None
    path: str | None
    action: str | None
    version: str | None
    account_id: str | None
    status: int | None
    code: str | None
    message: str | None
    duration_ms: float | None
    zone_id: str | None
    instance_type_id: str | None
    body: bytes | dict[str, Any] | None  # raw bytes of a small body, or an abridged large one
    auth_scheme: str | None
    credential: str | None
    faults: list[str] | None

    def __init__(self, **fields: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, fields.get(name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "requestId": self.request_id,
            "time": iso_micro(self.wall_time),
            "wallTime": self.wall_time,
            "mockTime": self.mock_time,
            "mockTimeIso": iso_micro(self.mock_time) if self.mock_time is not None else None,
            "method": self.method,
            "path": self.path,
            "action": self.action,
            "version": self.version,
            "accountId": self.account_id,
            "status": self.status,
            "code": self.code,
            "message": self.message,
            "durationMs": self.duration_ms,
            "zoneId": self.zone_id,
            "instanceTypeId": self.instance_type_id,
            "body": redact(_body(self.body)),
            # The signature/token is never kept; only how the caller authenticated and the public key id.
            "auth": {"scheme": self.auth_scheme, "credential": self.credential} if self.auth_scheme else None,
            "faults": list(self.faults) if self.faults else [],
        }


class Journal:
    def __init__(self, maxlen: int = 10_000) -> None:
        self._entries: deque[JournalEntry] = deque(maxlen=max(1, int(maxlen)))
        self._lock = threading.Lock()
        self._seq = 0
        self._counts: dict[str, list[int]] = {}  # action -> [total, errors], since the last clear

    @property
    def maxlen(self) -> int:
        return self._entries.maxlen or 0

    def record(self, entry: JournalEntry) -> None:
        key = entry.action or "-"
        with self._lock:
            self._seq += 1
            entry.seq = self._seq
            self._entries.append(entry)
            c = self._counts.get(key)
            if c is None:
                c = self._counts[key] = [0, 0]
            c[0] += 1
            if entry.code is not None:
                c[1] += 1

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._counts.clear()

    def __len__(self) -> int:
        return len(self._entries)

    def entries(
        self,
        *,
        action: str | None = None,
        status: int | None = None,
        code: str | None = None,
        account: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Matching entries, oldest first; ``limit`` keeps the most recent ones. Secrets redacted."""
        with self._lock:
            snapshot: Iterable[JournalEntry] = list(self._entries)
        picked = [
            e for e in snapshot
            if (action is None or e.action == action)
            and (status is None or e.status == status)
            and (code is None or e.code == code)
            and (account is None or e.account_id == account)
        ]
        if limit is not None:
            picked = picked[-limit:] if limit > 0 else []
        return [e.to_dict() for e in picked]

    def counts(self) -> dict[str, dict[str, int]]:
        """Requests per action since the last clear (evicted entries included): ``{action: {total, errors}}``."""
        with self._lock:
            return {a: {"total": t, "errors": e} for a, (t, e) in self._counts.items()}


"""Settings of one mock server, shared by `create_app`, `zl-mock` and `MockServer`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zltoolkit.api import limits


@dataclass(frozen=True)
class MockConfig:
    host: str = "127.0.0.1"
    port: int = 8900
    scenario: str | Path | None = None  # None -> the shipped default scenario
    clock: str = "real"  # "real" or "manual"
    speed: float = 1.0
    seed: int | None = None
    auth: bool = True
    state_file: str | Path | None = None  # SQLite file; None -> state in memory
    # When set, /_mock requires `Authorization: Bearer <token>`; a secret, so never in the repr.
    admin_token: str | None = field(default=None, repr=False)
    journal_size: int = 10_000  # ring buffer of recent requests
    max_body_bytes: int = limits.MAX_BODY_BYTES
    # Other tenants' demand (docs/capacity-over-time.md): True/False switches it at start, None leaves it as
    # the state file has it (off for a fresh state).
    market: bool | None = None

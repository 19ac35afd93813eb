"""Deterministic ids, order numbers and random draws from (seed, counter) alone.

Every value is a keyed hash of the seed and a counter, so the whole generator state is three integers: cheap
to persist with each transaction and identical after a restart or an export/import (a ``random.Random`` state
would be 2.5 KB per commit).

Instance ids are 18-digit numeric strings (the docs' intro example answers a numeric id). They strictly
increase with the counter -- step 1009 plus a hashed jitter below 1009 -- so creation order, and therefore
the DescribeInstances order (createTime, then id), is plain insertion order, and no id is ever issued twice.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

_STEP = 1009


class Ids:
    __slots__ = ("seed", "_key", "instance", "order", "draws", "net", "_base")

    def __init__(self, seed: int, counters: dict[str, int] | None = None) -> None:
        self.seed = seed
        self._key = seed.to_bytes(16, "big", signed=True)
        c = counters or {}
        self.instance = int(c.get("instance", 0))
        self.order = int(c.get("order", 0))
        self.draws = int(c.get("draws", 0))
        self.net = int(c.get("net", 0))  # networking objects (docs/mock-networking.md); absent in older exports
        self._base = 10**17 + self._hash("base", 0) % (4 * 10**17)

    def _hash(self, purpose: str, n: int) -> int:
        h = hashlib.blake2b(f"{purpose}:{n}".encode(), digest_size=8, key=self._key)
        return int.from_bytes(h.digest(), "big")

    def counters(self) -> dict[str, int]:
        return {"instance": self.instance, "order": self.order, "draws": self.draws, "net": self.net}

    def instance_id(self) -> str:
        n = self.instance
        self.instance += 1
        return str(self._base + n * _STEP + self._hash("instance", n) % _STEP)

    def order_number(self, now: float) -> str:
        n = self.order
        self.order += 1
        day = time.strftime("%Y%m%d", time.gmtime(now))
        return f"{day}{n:06d}{self._hash('order', n) % 10000:04d}"

    def net_id(self, prefix: str) -> str:
        """``<prefix>-`` and 12 hex digits: a counter (unique) mixed with a keyed hash (looks random)."""
        n = self.net
        self.net += 1
        return f"{prefix}-{n:06x}{self._hash(prefix, n) % 16**6:06x}"

    def draw(self) -> float:
        """A uniform number in [0, 1): the failure dice of creates and installs."""
        n = self.draws
        self.draws += 1
        return (self._hash("draw", n) >> 11) / float(1 << 53)

    def snapshot(self) -> dict[str, Any]:
        return {"seed": self.seed, **self.counters()}

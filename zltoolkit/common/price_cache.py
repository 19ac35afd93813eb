"""A small cache of InquiryPriceCreateInstance answers: in memory per session, optionally on disk with a TTL.

Keys are the exact wire request plus endpoint, account and API version, so two accounts or endpoints never
share prices. Only successful answers are stored: an error is worth asking again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any


class PriceCache:
    """``get``/``put`` wire dicts by key. ``ttl`` (seconds) is checked on read; None = never expires."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._mem: dict[str, tuple[float, dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(scope: tuple[str, ...], wire_request: dict[str, Any]) -> str:
        return json.dumps([list(scope), wire_request], sort_keys=True, separators=(",", ":"))

    @staticmethod
    def _path(cache_dir: str | Path, key: str) -> Path:
        return Path(cache_dir) / (hashlib.sha256(key.encode()).hexdigest() + ".json")

    def get(self, key: str, *, ttl: float | None, cache_dir: str | Path | None = None) -> dict[str, Any] | None:
        now = self._clock()
        with self._lock:
            entry = self._mem.get(key)
        if entry is None and cache_dir is not None:
            entry = self._read_disk(cache_dir, key)
            if entry is not None:
                with self._lock:
                    self._mem[key] = entry
        if entry is None or (ttl is not None and now - entry[0] > ttl):
            self.misses += 1
            return None
        self.hits += 1
        return entry[1]

    def put(self, key: str, wire: dict[str, Any], *, cache_dir: str | Path | None = None) -> None:
        entry = (self._clock(), wire)
        with self._lock:
            self._mem[key] = entry
        if cache_dir is not None:
            self._write_disk(cache_dir, key, entry)

    def clear(self) -> None:
        with self._lock:
            self._mem.clear()

    def __len__(self) -> int:
        return len(self._mem)

    def _read_disk(self, cache_dir: str | Path, key: str) -> tuple[float, dict[str, Any]] | None:
        try:
            data = json.loads(self._path(cache_dir, key).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        # The key is stored too: a hash collision (or a hand-edited file) must not serve the wrong price.
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return float(data["saved_at"]), data["response"]

    def _write_disk(self, cache_dir: str | Path, key: str, entry: tuple[float, dict[str, Any]]) -> None:
        path = self._path(cache_dir, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename: concurrent sweeps never read half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"key": key, "saved_at": entry[0], "response": entry[1]}, fh)
        os.replace(tmp, path)


_BY_CLIENT: weakref.WeakKeyDictionary[Any, PriceCache] = weakref.WeakKeyDictionary()
_BY_CLIENT_LOCK = threading.Lock()


def cache_for(owner: object) -> PriceCache:
    """The in-memory cache belonging to a Session (its own) or to a plain client (kept while it lives)."""
    own = getattr(owner, "price_cache", None)
    if isinstance(own, PriceCache):
        return own
    with _BY_CLIENT_LOCK:
        try:
            cache = _BY_CLIENT.get(owner)
            if cache is None:
                cache = _BY_CLIENT[owner] = PriceCache()
            return cache
        except TypeError:  # not weak-referenceable: a throwaway cache (still dedupes within a sweep)
            return PriceCache()

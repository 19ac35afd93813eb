"""One clock per server (docs/mock-guide.md): `real` (wall time x speed) or `manual` (moves only when advanced).

Lifecycle, createTime/expiredTime and auto-release read this clock; signatures, injected latency and rate
limits use wall time because they simulate the network.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any


class ClockMode(StrEnum):
    REAL = "real"
    MANUAL = "manual"


class Clock:
    def __init__(
        self,
        mode: ClockMode | str = ClockMode.REAL,
        speed: float = 1.0,
        start: float | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self._wall = wall
        self._lock = threading.Lock()
        self._mode = ClockMode(mode)
        self._speed = float(speed)
        # now = _anchor_clock + (wall - _anchor_wall) * speed   (real mode)
        # now = _anchor_clock                                   (manual mode)
        w = wall()
        self._anchor_wall = w
        self._anchor_clock = w if start is None else float(start)
        # Called (outside the clock's lock) after every advance/configure/restore: the backend persists
        # the clock with a state file.
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, fn: Callable[[], None]) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[], None]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _changed(self) -> None:
        for fn in list(self._listeners):
            fn()

    @property
    def mode(self) -> ClockMode:
        return self._mode

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> float:
        if self._mode is ClockMode.MANUAL:
            return self._anchor_clock
        return self._anchor_clock + (self._wall() - self._anchor_wall) * self._speed

    def _reanchor(self) -> None:
        # Freeze the current reading so a mode/speed change never makes time jump.
        self._anchor_clock = self.now()
        self._anchor_wall = self._wall()

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._reanchor()
            self._anchor_clock += seconds
            now = self._anchor_clock
        self._changed()
        return now

    def configure(self, mode: ClockMode | str | None = None, speed: float | None = None) -> None:
        with self._lock:
            self._reanchor()
            if mode is not None:
                self._mode = ClockMode(mode)
            if speed is not None:
                if speed <= 0:
                    raise ValueError("speed must be > 0")
                self._speed = float(speed)
        self._changed()

    def snapshot(self) -> dict[str, Any]:
        return {"mode": self._mode.value, "speed": self._speed, "now": self.now()}

    def persisted(self) -> dict[str, Any]:
        """The reading with the wall time it was taken at: ``resume`` continues from it."""
        with self._lock:
            return {"mode": self._mode.value, "speed": self._speed, "now": self.now(), "wall": self._wall()}

    def resume(self, saved: dict[str, Any]) -> None:
        """Continue from a ``persisted()`` reading: a manual clock where it stood, a real clock as if it had
        kept running while the server was down (wall time elapsed x speed, never backwards)."""
        now = float(saved["now"])
        if saved["mode"] == ClockMode.REAL.value and "wall" in saved:
            now += max(0.0, self._wall() - float(saved["wall"])) * float(saved["speed"])
        self.restore({"mode": saved["mode"], "speed": saved["speed"], "now": now})

    def restore(self, snap: dict[str, Any]) -> None:
        with self._lock:
            self._mode = ClockMode(snap["mode"])
            self._speed = float(snap["speed"])
            self._anchor_clock = float(snap["now"])
            self._anchor_wall = self._wall()
        self._changed()

"""Server time for a recorded round: the recorder stamps each call with the server's clock, never ours.

A :class:`ServerTime` is asked once per call, with the headers of the response (None when nothing came
back), or once per round when its ``per_round`` is true (a source that ignores the headers: it saves a
request per call). Two sources today:

* :class:`MockClock`: the mock's clock through its control plane (``GET /_mock/clock``): on a manual clock
  or a x60 demo that is the time the mock's stock lives in, not the wall clock.
* :class:`MockHeaderTime`: the mock's own ``X-Mock-Clock`` response header (every answer of the mock carries
  it), falling back to another source (the control plane, or the Date header) when a response lacks it --
  so the same recorder stamps correctly against the mock and the real API.
* :class:`HeaderTime`: the response's ``Date`` header (the real API), falling back to the wall clock when a
  call got no response at all (then the round's ``clock`` column says ``"wall"``).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol

__all__ = ["MOCK_CLOCK_HEADER", "HeaderTime", "MockClock", "MockHeaderTime", "ServerTime", "SupportsNow"]

#: The mock-only response header with the mock clock's time (ISO 8601 UTC).
MOCK_CLOCK_HEADER = "X-Mock-Clock"


class ServerTime(Protocol):
    """Where a round's ``ts`` comes from."""

    #: True: asked once at the start of a round (the headers are not needed), not after every call.
    per_round: bool

    def stamp(self, headers: Mapping[str, str] | None) -> tuple[float, str]:
        """``(Unix seconds, source label)`` for a call answered with ``headers`` (None: no response)."""
        ...


class SupportsNow(Protocol):
    """A mock control-plane client (``MockServer``/``MockServerClient``): ``now()`` is the mock clock."""

    def now(self) -> float: ...


class MockClock:
    """The mock's clock, read through its control plane."""

    label = "mock"
    per_round = True

    def __init__(self, control: SupportsNow) -> None:
        self.control = control

    def __repr__(self) -> str:
        return f"MockClock({self.control!r})"

    def stamp(self, headers: Mapping[str, str] | None) -> tuple[float, str]:
        return float(self.control.now()), self.label


class HeaderTime:
    """A response header holding the server's time (``Date`` by default); the wall clock when it is missing.

    The value may be an HTTP date (``Date``), Unix seconds or ISO 8601 (what a mock-only clock header would
    carry: ``HeaderTime("X-Mock-Clock", label="mock")``).
    """

    per_round = False

    def __init__(self, header: str = "Date", *, label: str = "date") -> None:
        self.header = header
        self.label = label

    def __repr__(self) -> str:
        return f"HeaderTime({self.header!r})"

    def stamp(self, headers: Mapping[str, str] | None) -> tuple[float, str]:
        value = None
        if headers is not None:
            value = {k.lower(): v for k, v in headers.items()}.get(self.header.lower())
        if value:
            seconds = _parse_time(value)
            if seconds is not None:
                return seconds, self.label
        return time.time(), "wall"


class MockHeaderTime:
    """The mock clock from the ``X-Mock-Clock`` header of each answer; ``fallback`` when a response has none
    (the real API, or no response at all). Default fallback: the ``Date`` header."""

    per_round = False
    label = "mock"

    def __init__(self, fallback: ServerTime | None = None, *, header: str = MOCK_CLOCK_HEADER) -> None:
        self.header = header
        self.fallback: ServerTime = fallback if fallback is not None else HeaderTime()

    def __repr__(self) -> str:
        return f"MockHeaderTime({self.header!r}, fallback={self.fallback!r})"

    def stamp(self, headers: Mapping[str, str] | None) -> tuple[float, str]:
        if headers is not None:
            value = {k.lower(): v for k, v in headers.items()}.get(self.header.lower())
            seconds = _parse_time(value) if value else None
            if seconds is not None:
                return seconds, self.label
        return self.fallback.stamp(headers)


def _parse_time(value: str) -> float | None:
    """Unix seconds, ISO 8601 or an HTTP date -> Unix seconds (None when it is none of them)."""
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None

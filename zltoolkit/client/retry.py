"""When to send a request again, and how long to wait first.

Only where the server did not act: ``REQUEST_LIMIT_EXCEEDED`` (429) and ``SERVICE_TEMPORARY_UNAVAILABLE``
(503) for every action; network failures and gateway errors only for read-only actions. CreateInstances is
never re-sent after an ambiguous failure (the caller gets AmbiguousCreateError instead).
Waits use exponential backoff with full jitter, or the server's ``Retry-After``, bounded by a number of
attempts and a deadline. Sleep functions and clocks are injectable so tests never wait on wall time.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from zltoolkit.api.errors import RETRYABLE_CODES

from .errors import AmbiguousCreateError, NetworkError, ZenlayerError

__all__ = ["RetryPolicy", "RetryState"]

#: Envelope-less answers from a gateway in front of the API: transient, but the API may have acted.
_GATEWAY_CODES = frozenset({"HTTP_502", "HTTP_503", "HTTP_504"})


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff ``min(cap, base * 2**(n-1))`` before retry n (drawn uniformly from [0, that] with jitter).

    ``max_attempts`` counts sends (1 = never retry). ``deadline`` (seconds, measured on ``clock`` from the
    first send) bounds the total: a retry whose wait would end past it is not made. ``None`` = no deadline.
    """

    max_attempts: int = 5
    base: float = 0.5
    cap: float = 8.0
    deadline: float | None = 60.0
    jitter: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base < 0 or self.cap < 0:
            raise ValueError("base and cap must not be negative")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be positive (or None)")

    @classmethod
    def never(cls) -> RetryPolicy:
        """Send once; surface every error as is."""
        return cls(max_attempts=1)

    def backoff(self, retry_number: int) -> float:
        """The wait before retry ``retry_number`` (1-based), ignoring any Retry-After."""
        ceiling = min(self.cap, self.base * 2 ** (retry_number - 1))
        return self.rng.uniform(0.0, ceiling) if self.jitter else ceiling

    @staticmethod
    def should_retry(error: ZenlayerError, *, mutating: bool) -> bool:
        """Whether re-sending is safe: the server certainly did not act, or the action only reads."""
        if isinstance(error, AmbiguousCreateError):
            return False
        if isinstance(error, NetworkError):
            return not mutating and error.transient
        if error.code in RETRYABLE_CODES or error.code == "HTTP_429":
            return True
        return not mutating and error.code in _GATEWAY_CODES

    def start(self) -> RetryState:
        return RetryState(self)


class RetryState:
    """Bookkeeping for one call: attempts made and time spent since the first send."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.attempts = 0
        self.started = policy.clock()

    def sent(self) -> None:
        self.attempts += 1

    def next_delay(self, error: ZenlayerError, *, mutating: bool) -> float | None:
        """Seconds to wait before the next send, or None to give up and raise ``error``."""
        policy = self.policy
        if self.attempts >= policy.max_attempts or not policy.should_retry(error, mutating=mutating):
            return None
        # The server's own estimate beats our guess; a longer wait than the deadline allows means give up.
        delay = error.retry_after if error.retry_after is not None else policy.backoff(self.attempts)
        if policy.deadline is not None and (policy.clock() - self.started) + delay > policy.deadline:
            return None
        return delay

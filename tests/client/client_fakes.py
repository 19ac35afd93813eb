"""Offline fakes for the client tests: a recording MockTransport handler, canned envelopes, fake time.

(A uniquely named module rather than conftest.py: test directories here have no __init__.py.)
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from typing import Any

import httpx

from zltoolkit.client import AsyncClient, Client, RetryPolicy

KEY_ID = "test-key-id"
PASSWORD = "s3cret-Password-Value-9"
TOKEN = "tok-SECRET-bearer-42"
ENDPOINT = "http://bmc.test:8900"
REQUEST_ID = "T05992D0C-7E8B-4047-B0C0-780F2CD549D3"

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def ok(payload: dict[str, Any] | None = None, request_id: str = REQUEST_ID) -> httpx.Response:
    """The documented success envelope."""
    return httpx.Response(200, json={"requestId": request_id,
                                     "response": {"requestId": request_id, **(payload or {})}})


def err(status: int, code: str, message: str = "nope", request_id: str = REQUEST_ID,
        headers: dict[str, str] | None = None) -> httpx.Response:
    """The documented error envelope."""
    return httpx.Response(status, json={"requestId": request_id, "code": code, "message": message},
                          headers=headers)


class FakeBMC:
    """A MockTransport handler: records every request and answers from a script (the last answer repeats)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers) or [ok()]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        # A fresh copy each time: httpx binds a response's stream to the client that received it, and
        # canned answers are shared between sync and async tests.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]


class FakeTime:
    """A monotonic clock that only moves when the client 'sleeps'; records every wait."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, **kw: Any) -> RetryPolicy:
        kw.setdefault("rng", random.Random(1234))
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, clock=self.clock, **kw)


def make_client(handler: FakeBMC, fake_time: FakeTime | None = None, *, retry: RetryPolicy | None = None,
                **kw: Any) -> Client:
    if retry is None:
        retry = (fake_time or FakeTime()).policy()
    kw.setdefault("access_key_id", KEY_ID)
    kw.setdefault("access_key_password", PASSWORD)
    return Client(ENDPOINT, transport=httpx.MockTransport(handler), retry=retry, **kw)


def make_async_client(handler: FakeBMC, fake_time: FakeTime | None = None, *,
                      retry: RetryPolicy | None = None, **kw: Any) -> AsyncClient:
    if retry is None:
        retry = (fake_time or FakeTime()).policy()
    kw.setdefault("access_key_id", KEY_ID)
    kw.setdefault("access_key_password", PASSWORD)
    return AsyncClient(ENDPOINT, transport=httpx.MockTransport(handler), retry=retry, **kw)


def run(coro: Any) -> Any:
    """No pytest-asyncio here: drive coroutines with asyncio.run."""
    return asyncio.run(coro)

"""Shared fixtures: an in-process mock app and a small signed-request helper (no sockets).

Imports of the mock happen inside the fixtures so test directories that do not use them pay nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

DEMO_KEY, DEMO_PASSWORD, DEMO_TOKEN = "demo-access-key", "demo-access-key-password", "demo-token"
_UNSET: Any = object()


class WsgiApi:
    """Signed calls to a mock app through ``httpx.WSGITransport``. Every part of a request can be bent."""

    def __init__(self, app: Any, host: str = "mock.test") -> None:
        import httpx

        self.app = app
        self.host = host
        self.http = httpx.Client(transport=httpx.WSGITransport(app=app), base_url=f"http://{host}")

    @property
    def state(self) -> Any:
        from mockserver.app import state_of

        return state_of(self.app)

    def call(
        self,
        action: str | None,
        body: Any = None,
        *,
        version: str | None = "2022-11-20",
        auth: str | None = "hmac",
        key: str = DEMO_KEY,
        password: str = DEMO_PASSWORD,
        token: str = DEMO_TOKEN,
        raw: bytes | None = None,
        content_type: str | None = "application/json",
        timestamp: int | str | None = None,
        sign_host: str | None = None,
        sign_body: bytes | None = None,
        headers: dict[str, str] | None = None,
        method: str = "POST",
        path: str = "/api/v2/bmc",
    ) -> Any:
        from zltoolkit.api.signing import authorization_header

        data = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        h: dict[str, str] = {}
        if content_type is not None:
            h["Content-Type"] = content_type
        if action is not None:
            h["X-ZC-Action"] = action
        if version is not None:
            h["X-ZC-Version"] = version
        if auth == "hmac":
            ts = str(int(time.time()) if timestamp is None else timestamp)
            h["X-ZC-Timestamp"] = ts
            h["X-ZC-Signature-Method"] = "ZC2-HMAC-SHA256"
            h["Authorization"] = authorization_header(
                key, password, sign_body if sign_body is not None else data, content_type or "",
                sign_host or self.host, ts,
            )
        elif auth == "bearer":
            h["Authorization"] = f"Bearer {token}"
        h.update(headers or {})
        return self.http.request(method, path, content=data, headers=h)

    def ok(self, action: str, body: Any = None, **kw: Any) -> dict[str, Any]:
        r = self.call(action, body, **kw)
        assert r.status_code == 200, r.text
        env = r.json()
        assert env["requestId"] == env["response"]["requestId"]
        return env["response"]

    def err(self, action: str | None, body: Any = None, **kw: Any) -> tuple[int, str, str]:
        r = self.call(action, body, **kw)
        env = r.json()
        assert r.status_code != 200, r.text
        assert set(env) == {"requestId", "code", "message"}, env
        return r.status_code, env["code"], env["message"]


@pytest.fixture
def make_api() -> Callable[..., WsgiApi]:
    """``make_api(**MockConfig fields)`` -> a WsgiApi over a fresh app (manual clock unless given).

    ``host_header`` sets the Host the requests are sent (and signed) with.
    """

    def make(host_header: str = "mock.test", **overrides: Any) -> WsgiApi:
        from mockserver.app import create_app
        from mockserver.config import MockConfig

        overrides.setdefault("clock", "manual")
        return WsgiApi(create_app(MockConfig(**overrides)), host=host_header)

    return make


@pytest.fixture
def api(make_api: Callable[..., WsgiApi]) -> WsgiApi:
    return make_api()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests last: they are the slowest, and nothing after them can inherit their state."""
    items.sort(key=lambda item: "/tests/e2e/" in str(item.fspath).replace("\\", "/"))


# --- every API answer of the mock, in every test, against the strict response form of its version ---

#: Mismatches seen since the last check: (action, version, error text). Filled by the hook (any thread).
STRICT_MISMATCHES: list[tuple[str, str, str]] = []


def strict_check(action: str, version: str, answer: dict[str, Any]) -> None:
    """Parse a 200 answer with the strict form (no extra key, every key present, closed enums); record misses.

    Recording rather than raising: a raise inside the app becomes a 500 the test may not look at, while the
    fixture below fails the test itself with the difference spelled out.
    """
    from pydantic import ValidationError

    from zltoolkit.api.generated import strict_v2022_11_20, strict_v2026_02_01

    forms = strict_v2026_02_01.RESPONSES if version == "2026-02-01" else strict_v2022_11_20.RESPONSES
    try:
        forms[action].model_validate(answer)
    except ValidationError as exc:
        STRICT_MISMATCHES.append((action, version, str(exc)[:4000]))
    except KeyError:
        STRICT_MISMATCHES.append((action, version, "no strict response form for this action and version"))


@pytest.fixture(scope="session", autouse=True)
def _strict_answers_hook() -> Any:
    """Registered once for the session, so answers given while module/session fixtures set up are checked too.

    Only when the mock is importable (every test environment of this repository has it).
    """
    try:
        from mockserver.app import ANSWER_HOOKS
    except ImportError:  # pragma: no cover - a toolkit-only install
        yield
        return
    ANSWER_HOOKS.append(strict_check)
    yield
    ANSWER_HOOKS.remove(strict_check)


@pytest.fixture
def strict_mismatches() -> list[tuple[str, str, str]]:
    """The mismatches recorded so far in this test (a test of the hook itself clears what it provoked)."""
    return STRICT_MISMATCHES


@pytest.fixture(autouse=True)
def _strict_answers(_strict_answers_hook: Any) -> Any:
    """Fails the test whose requests got an answer the strict form refuses (or whose fixtures did)."""
    yield
    if STRICT_MISMATCHES:
        found = list(STRICT_MISMATCHES)
        STRICT_MISMATCHES.clear()
        lines = [f"{a} ({v}): {text}" for a, v, text in found[:3]]
        pytest.fail(f"{len(found)} mock answer(s) differ from the strict response form:\n" + "\n".join(lines),
                    pytrace=False)

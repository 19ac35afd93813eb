"""``MockServerClient``: the ``/_mock`` control plane over HTTP (docs/mock-guide.md, control plane).

The same helpers work for an in-thread ``MockServer`` and for a ``zl-mock`` running in another process or on
another machine. httpx is imported lazily.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

__all__ = ["MockControlError", "MockServerClient"]


class MockControlError(RuntimeError):
    """A ``/_mock`` call answered with the error envelope."""

    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message
        super().__init__(f"{status} {code}: {message}")


class MockServerClient:
    """The control-plane helpers over HTTP (httpx, imported lazily)."""

    def __init__(self, url: str, admin_token: str | None = None, *, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self._admin_token = admin_token
        self._timeout = timeout
        self._http: httpx.Client | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MockServerClient({self.url!r})"

    def _client(self) -> httpx.Client:
        if self._http is None:
            import httpx

            headers = {"Authorization": f"Bearer {self._admin_token}"} if self._admin_token else {}
            self._http = httpx.Client(base_url=self.url, headers=headers, timeout=self._timeout, trust_env=False)
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def request(self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        content = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if content is not None else {}
        with self._lock:  # httpx.Client is not meant to be shared across threads
            resp = self._client().request(method, path, content=content, headers=headers, params=params)
        data = resp.json() if resp.content else None
        if resp.status_code >= 400:
            data = data if isinstance(data, dict) else {}
            raise MockControlError(resp.status_code, str(data.get("code")), str(data.get("message")))
        return data

    # --- helpers ---

    def _object(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        """A call whose answer is a JSON object (the control plane's contract; not checked here)."""
        return cast("dict[str, Any]", self.request(method, path, body))

    def health(self) -> dict[str, Any]:
        return self._object("GET", "/_mock/health")

    def reset(self) -> None:
        self.request("POST", "/_mock/reset")

    def now(self) -> float:
        """The mock clock, Unix seconds."""
        return float(self.request("GET", "/_mock/clock")["now"])

    def clock(self) -> dict[str, Any]:
        return self._object("GET", "/_mock/clock")

    def advance(self, seconds: float) -> float:
        """Move the mock clock forward; returns the new time."""
        return float(self.request("POST", "/_mock/clock/advance", {"seconds": seconds})["now"])

    def set_clock(self, mode: str | None = None, speed: float | None = None) -> dict[str, Any]:
        body = {k: v for k, v in (("mode", mode), ("speed", speed)) if v is not None}
        return self._object("POST", "/_mock/clock", body)

    def load_scenario(self, scenario: dict[str, Any] | str | Path) -> None:
        """Replace the scenario: a dict, or a JSON file read here and sent (works for a remote server)."""
        data = scenario if isinstance(scenario, dict) else json.loads(Path(scenario).read_text(encoding="utf-8"))
        self.request("POST", "/_mock/scenario", data)

    def set_stock(self, zone: str, instance_type: str, charge_type: str, qty: int) -> dict[str, Any]:
        return self._object(
            "POST", "/_mock/stock",
            {"zoneId": zone, "instanceTypeId": instance_type, "instanceChargeType": str(charge_type), "qty": qty},
        )

    def add_fault(self, **rule: Any) -> str:
        """Add a fault rule (keys as in ``FaultRule``: action, zone, type, account, error, latencyMs, ...)."""
        return str(self.request("POST", "/_mock/faults", rule)["id"])

    def faults(self) -> list[dict[str, Any]]:
        return list(self.request("GET", "/_mock/faults")["faults"])

    def remove_fault(self, rule_id: str) -> None:
        self.request("DELETE", f"/_mock/faults/{rule_id}")

    def clear_faults(self) -> None:
        self.request("DELETE", "/_mock/faults")

    def journal(self, **filters: Any) -> list[dict[str, Any]]:
        """Journal entries (secrets redacted), filtered by action/status/code/account, ``limit`` newest."""
        params = {k: v for k, v in filters.items() if v is not None}
        return list(self.request("GET", "/_mock/journal", params=params)["entries"])

    def journal_counts(self) -> dict[str, dict[str, int]]:
        return dict(self.request("GET", "/_mock/journal")["counts"])

    def clear_journal(self) -> None:
        self.request("DELETE", "/_mock/journal")

    # --- instance/state helpers, served by the instances blueprint ---

    def export_state(self) -> dict[str, Any]:
        return self._object("GET", "/_mock/state")

    def import_state(self, state: dict[str, Any]) -> None:
        self.request("PUT", "/_mock/state", state)

    def market(self) -> dict[str, Any]:
        """The market: switch, effective parameters, what other tenants hold per offering."""
        return self._object("GET", "/_mock/market")

    def set_market(self, enabled: bool | None = None, **params: Any) -> dict[str, Any]:
        """Switch the market on/off and/or override parameters (wire names: ``holdHours=24``; None removes
        an override)."""
        body = dict(params)
        if enabled is not None:
            body["enabled"] = enabled
        return self._object("POST", "/_mock/market", body)

    def force_status(self, instance_id: str, status: str) -> dict[str, Any] | None:
        return cast("dict[str, Any] | None",
                    self.request("POST", f"/_mock/instances/{instance_id}/status", {"status": str(status)}))

"""Shared data and helpers of the instance/lifecycle tests (not collected: no ``test_`` prefix)."""

from __future__ import annotations

import copy
import functools
from typing import Any

ZONE, TYPE = "SEL-A", "M6C"
IMAGE = "bd5faa16-39d2-4bbf-a5c8-b95a193b1626"  # CentOS7.4-x86_64, documented id
ONLY_S8I_IMAGE = "00000000-0000-4000-8000-00000000a8a8"  # added by ``scenario()``: installs on S8I only
PASSWORD = "Password-12345~"
LIFE = {"pending": 5.0, "creating": 60.0, "installing": 180.0, "booting": 30.0, "stopping": 20.0}
CREATE_DONE = LIFE["pending"] + LIFE["creating"]  # PENDING + CREATING
INSTALL_DONE = CREATE_DONE + LIFE["installing"]
OTHER = {"key": "other-access-key", "password": "other-access-key-password"}
BROKE = {"key": "broke-access-key", "password": "broke-access-key-password"}
DAY = 24 * 3600.0


@functools.cache
def _default() -> dict[str, Any]:
    from mockserver.scenarios.loader import default_scenario

    return default_scenario().model_dump(mode="json", by_alias=True)


def scenario(create: float = 0.0, install: float = 0.0) -> dict[str, Any]:
    """The default scenario with fixed lifecycle durations and failure probabilities everywhere."""
    sc = copy.deepcopy(_default())
    sc["failure"] = {"create": create, "install": install}
    sc["lifecycle"] = dict(LIFE)
    for o in sc["offerings"]:
        o["failure"] = None
        o["lifecycle"] = None
    sc["images"].append(
        {"imageId": ONLY_S8I_IMAGE, "imageName": "Only-S8I", "catalog": "ubuntu", "imageType": "PUBLIC_IMAGE",
         "osType": "linux", "instanceTypeIds": ["S8I"]}
    )  # fmt: skip
    return sc


def offering(sc: dict[str, Any], zone: str, type_id: str) -> dict[str, Any]:
    return next(o for o in sc["offerings"] if o["zoneId"] == zone and o["instanceTypeId"] == type_id)


def create_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "zoneId": ZONE,
        "instanceTypeId": TYPE,
        "instanceChargeType": "POSTPAID",
        "internetChargeType": "ByBandwidth",
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def prepaid(period: int = 1, **overrides: Any) -> dict[str, Any]:
    return create_body(instanceChargeType="PREPAID", instanceChargePrepaid={"period": period}, **overrides)


def advance(api: Any, seconds: float) -> None:
    """Move the manual clock through the control plane (which also drains due events)."""
    r = api.http.post("/_mock/clock/advance", json={"seconds": seconds})
    assert r.status_code == 200, r.text


def describe(api: Any, ids: list[str] | None = None, **kw: Any) -> list[dict[str, Any]]:
    body = {"pageSize": 100, **kw}
    if ids is not None:
        body["instanceIds"] = ids
    return api.ok("DescribeInstances", body)["dataSet"]


def status(api: Any, iid: str, **kw: Any) -> str | None:
    found = describe(api, [iid], **kw)
    return found[0]["instanceStatus"] if found else None


def force(api: Any, iid: str, new_status: str) -> None:
    r = api.http.post(f"/_mock/instances/{iid}/status", json={"status": new_status})
    assert r.status_code == 200, r.text


def invariants(api: Any) -> dict[str, Any]:
    r = api.http.get("/_mock/invariants")
    assert r.status_code == 200, r.text
    return r.json()


def backend(api: Any) -> Any:
    return api.state.backend


def unit_price(sc_backend: Any, zone: str, type_id: str, **kw: Any) -> float:
    """What one PREPAID instance is charged (the pricing module's own figure)."""
    from mockserver.backend import pricing

    cat = sc_backend.catalog
    q = pricing.quote(cat.offerings[(zone, type_id)], cat.types[type_id], cat.zones[zone], **kw)
    return pricing.total_charge(q)


T0 = 1706695200.0  # 2024-01-31T10:00:00Z: a month end, so calendar-month arithmetic shows
DEMO = {"key": "demo-access-key", "password": "demo-access-key-password"}


class Api:
    """Signed raw calls to an app (in-process ``WSGITransport``) or a live server (``base_url``)."""

    def __init__(self, app: Any = None, *, base_url: str | None = None, host: str = "mock.test") -> None:
        import httpx

        self.app = app
        if app is not None:
            self.host = host
            self.http = httpx.Client(transport=httpx.WSGITransport(app=app), base_url=f"http://{host}")
        else:
            assert base_url is not None
            self.host = base_url.split("://", 1)[1].rstrip("/")
            self.http = httpx.Client(base_url=base_url, timeout=60)

    @property
    def state(self) -> Any:
        from mockserver.app import state_of

        return state_of(self.app)

    def call(self, action: str, body: Any = None, *, key: str = DEMO["key"], password: str = DEMO["password"],
             version: str = "2022-11-20") -> Any:  # fmt: skip
        import json
        import time

        from zltoolkit.api.signing import authorization_header

        data = json.dumps(body if body is not None else {}).encode()
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-ZC-Action": action,
            "X-ZC-Version": version,
            "X-ZC-Timestamp": ts,
            "X-ZC-Signature-Method": "ZC2-HMAC-SHA256",
            "Authorization": authorization_header(key, password, data, "application/json", self.host, ts),
        }
        return self.http.post("/api/v2/bmc", content=data, headers=headers)

    def ok(self, action: str, body: Any = None, **kw: Any) -> dict[str, Any]:
        r = self.call(action, body, **kw)
        assert r.status_code == 200, r.text
        env = r.json()
        assert env["requestId"] == env["response"]["requestId"]
        return env["response"]

    def err(self, action: str, body: Any = None, **kw: Any) -> tuple[int, str, str]:
        r = self.call(action, body, **kw)
        assert r.status_code != 200, r.text
        env = r.json()
        assert set(env) == {"requestId", "code", "message"}, env
        return r.status_code, env["code"], env["message"]

    def create(self, body: dict[str, Any], **kw: Any) -> list[str]:
        return self.ok("CreateInstances", body, **kw)["instanceIdSet"]


def make_api(sc: dict[str, Any] | None = None, *, start: float = T0, seed: int = 7, **config: Any) -> Api:
    """An in-process app over a fresh backend: the given scenario, a manual clock at ``start``."""
    from mockserver.app import create_app
    from mockserver.backend import Backend, Clock
    from mockserver.config import MockConfig
    from mockserver.scenarios.loader import load_scenario

    cfg = MockConfig(clock="manual", seed=seed, **config)
    b = Backend(load_scenario(sc if sc is not None else scenario()), clock=Clock("manual", start=start), seed=seed,
                state_file=cfg.state_file)  # fmt: skip
    return Api(create_app(cfg, backend=b))

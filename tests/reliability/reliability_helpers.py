"""Helpers shared by the reliability tests: a signing sender (in-process WSGI or real HTTP), the response
checker every hostile request goes through, and hypothesis strategies for valid and hostile bodies.
"""

from __future__ import annotations

import enum
import json
import re
import time
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from hypothesis import strategies as st
from pydantic import BaseModel

from mockserver.handlers import HANDLERS
from mockserver.handlers.requests import request_model
from zltoolkit.api import ERRORS
from zltoolkit.api.catalogue import load as load_catalogue
from zltoolkit.api.generated import ACTION_MODULES
from zltoolkit.api.signing import authorization_header

PATH = "/api/v2/bmc"
V2022, V2026 = "2022-11-20", "2026-02-01"
VERSIONS = (V2022, V2026)
DEMO_KEY, DEMO_PASSWORD, DEMO_TOKEN = "demo-access-key", "demo-access-key-password", "demo-token"
OTHER_KEY, OTHER_PASSWORD, OTHER_TOKEN = "other-access-key", "other-access-key-password", "other-token"
BROKE_KEY, BROKE_PASSWORD = "broke-access-key", "broke-access-key-password"
ACCOUNTS = ((DEMO_KEY, DEMO_PASSWORD), (OTHER_KEY, OTHER_PASSWORD), (BROKE_KEY, BROKE_PASSWORD))
RID = re.compile(r"^T[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
TRACE_MARKERS = ("Traceback", 'File "')
MIB = 1024 * 1024


# --- sending ---


class Sender:
    """Signed (or deliberately broken) requests to one mock, in-process or over HTTP; counts what it sends."""

    def __init__(self, *, app: Any = None, url: str | None = None, host: str = "mock.test") -> None:
        self.app = app
        if app is not None:
            self.http = httpx.Client(transport=httpx.WSGITransport(app=app), base_url=f"http://{host}")
            self.host = host
        else:
            assert url is not None
            self.http = httpx.Client(base_url=url, timeout=60.0, trust_env=False)
            self.host = url.removeprefix("http://").rstrip("/")
        self.sent = 0

    def close(self) -> None:
        self.http.close()

    def send(
        self,
        action: str | None,
        raw: bytes | str = b"{}",
        *,
        version: str | None = V2022,
        key: str = DEMO_KEY,
        password: str = DEMO_PASSWORD,
        auth: str | None = "hmac",
        token: str = DEMO_TOKEN,
        content_type: str | None = "application/json",
        timestamp: int | str | None = None,
        sign_host: str | None = None,
        headers: dict[str, Any] | list[tuple[Any, Any]] | None = None,
        method: str = "POST",
        path: str = PATH,
    ) -> httpx.Response:
        data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
        h: list[tuple[Any, Any]] = []
        if content_type is not None:
            h.append(("Content-Type", content_type))
        if action is not None:
            h.append(("X-ZC-Action", action))
        if version is not None:
            h.append(("X-ZC-Version", version))
        if auth == "hmac":
            ts = str(int(time.time()) if timestamp is None else timestamp)
            h += [("X-ZC-Timestamp", ts), ("X-ZC-Signature-Method", "ZC2-HMAC-SHA256"),
                  ("Authorization", authorization_header(key, password, data, content_type or "",
                                                         sign_host or self.host, ts))]
        elif auth == "bearer":
            h.append(("Authorization", f"Bearer {token}"))
        if isinstance(headers, dict):
            names = {k.lower() if isinstance(k, str) else k.decode().lower() for k in headers}
            h = [(k, v) for k, v in h if k.lower() not in names]
            h += list(headers.items())
        elif headers:
            h += headers
        self.sent += 1
        return self.http.request(method, path, content=data, headers=h)

    def body(self, action: str, obj: Any, **kw: Any) -> httpx.Response:
        return self.send(action, json.dumps(obj, allow_nan=True).encode("utf-8", "surrogatepass"), **kw)

    def ok(self, action: str, obj: Any = None, **kw: Any) -> dict[str, Any]:
        r = self.body(action, {} if obj is None else obj, **kw)
        assert r.status_code == 200, r.text[:500]
        return r.json()["response"]


# --- checking ---


class Tally:
    """What the storm produced: statuses and codes (for the report and a sanity check on coverage)."""

    def __init__(self) -> None:
        self.statuses: dict[int, int] = {}
        self.codes: dict[str, int] = {}
        self.actions_ok: dict[str, int] = {}

    def add(self, status: int, code: str | None, action: str | None) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if code:
            self.codes[code] = self.codes.get(code, 0) + 1
        elif action:
            self.actions_ok[action] = self.actions_ok.get(action, 0) + 1


TALLY = Tally()


def check_response(r: httpx.Response, action: str | None = None, *, head: bool = False) -> str | None:
    """Every answer is the documented success or error envelope; never a 5xx or a traceback.

    Returns the error code (None for a success).
    """
    status = r.status_code
    text = r.content.decode("utf-8", "replace")
    assert status < 500, f"HTTP {status} for {action}: {text[:800]}"
    for marker in TRACE_MARKERS:
        assert marker not in text, f"traceback text in the body: {text[:800]}"
    if head:
        assert 400 <= status < 500, status
        TALLY.add(status, None, None)
        return None
    assert r.headers.get("content-type", "").startswith("application/json"), r.headers
    env = json.loads(text)
    assert isinstance(env, dict), text[:300]
    if status == 200:
        assert set(env) == {"requestId", "response"}, text[:300]
        assert RID.match(env["requestId"]), env["requestId"]
        assert env["response"]["requestId"] == env["requestId"]
        name = canonical(action)
        if name is not None:
            # Only a simulated action succeeds; the strict form per version is checked by the suite-wide hook.
            assert name in HANDLERS, f"{name} is not simulated, yet answered 200"
            response_model(name).model_validate(env["response"])
        TALLY.add(status, None, action)
        return None
    assert set(env) == {"requestId", "code", "message"}, text[:500]
    code = env["code"]
    assert code in ERRORS, f"code {code!r} is not in the catalogue"
    assert 400 <= status < 500, f"{status} {code}"
    assert ERRORS[code].http_status == status, f"{code} answered with HTTP {status}, catalogue says " \
                                               f"{ERRORS[code].http_status}"
    assert RID.match(env["requestId"]), env["requestId"]
    assert isinstance(env["message"], str) and env["message"], env
    if code == "UNSUPPORTED_OPERATION_NOT_SIMULATED":
        assert canonical(action) not in HANDLERS and f"`{canonical(action)}`" in env["message"], env
    TALLY.add(status, code, action)
    return code


def canonical(action: str | None) -> str | None:
    """The catalogue's name of ``action`` (an SDK spelling resolves), None when it is no catalogue action."""
    if not action:
        return None
    try:
        return load_catalogue().action(action).name
    except KeyError:
        return None


@cache
def response_model(action: str) -> type[BaseModel]:
    """The generated (tolerant) ``<Action>Response`` model."""
    import importlib

    model: type[BaseModel] = getattr(importlib.import_module(ACTION_MODULES[action]), f"{action}Response")
    return model


#: Every catalogue action (both versions), by name.
ACTION_NAMES = sorted(load_catalogue().actions)


def _minimal_value(f: Any, version: str) -> Any:
    catalogue = load_catalogue()
    if f.enum is not None:
        spec = catalogue.enums[f.enum]
        one: Any = next(v for v in spec.values if v not in spec.value_versions or version in spec.value_versions[v])
    elif f.is_struct:
        one = minimal_struct(f.type, version)
    else:
        one = {"string": "x", "integer": 1, "number": 1.0, "boolean": True}[f.type]
    return [one] if f.is_list else one


def minimal_struct(struct: str, version: str) -> dict[str, Any]:
    """The required fields of a catalogue structure under ``version``, each of the right type (first enum value
    the version accepts, ``"x"``, ``1``, ...)."""
    return {f.wire: _minimal_value(f, version) for f in load_catalogue().structs[struct].fields
            if f.required and version in f.versions}


def minimal_body(action: str, version: str) -> dict[str, Any]:
    """A body of ``action`` that passes validation under ``version`` (required fields only)."""
    return minimal_struct(load_catalogue().action(action).request, version)


# --- hypothesis strategies ---


@cache
def scenario_data() -> dict[str, Any]:
    import mockserver

    path = Path(mockserver.__file__).parent / "scenarios" / "default.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _hint_values() -> dict[str, list[Any]]:
    d = scenario_data()
    zones = [z["zoneId"] for z in d["zones"]]
    types_ = [t["instanceTypeId"] for t in d["instanceTypes"]]
    images = [i["imageId"] for i in d["images"]]
    demo = d["accounts"][0]
    return {
        "zoneId": zones[:12] + ["SEL--A", "", "sel-a"],
        "instanceTypeId": types_ + ["NOPE", ""],
        "instanceTypeIds": types_,
        "imageId": images[:8] + ["00000000-0000-0000-0000-000000000000"],
        "imageIds": images,
        "resourceGroupId": [g["resourceGroupId"] for g in demo["resourceGroups"]] + ["rg-nope"],
        "keyId": [k["keyId"] for k in demo["keyPairs"]] + ["key-nope"],
        "subnetId": [s["subnetId"] for s in demo["subnets"]] + ["subnet-nope"],
        "password": ["Password-12345~", "Aa_12345", "short", "Example123~"],
        "hostname": ["myhostname", "web-[1,3]", "a" * 70, "bad host"],
        "instanceName": ["web", "node-[1,4]", "x" * 70, "名前"],
        "fsPath": ["/", "/data", "C", "D", "home"],
        "fsType": ["ext4", "ext2", "NTFS", "xfs"],
        "wanName": ["wan0", "bond0", "lan0", "w"],
        "lanName": ["lan0", "bond1", "wan1"],
        "ipxeUrl": ["http://example.invalid/boot.ipxe"],
        "userData": ["#!/bin/sh\necho hi\n"],
        "sshKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0 user@host", "not a key"],
    }


HINTS = _hint_values()
#: Instance ids the fuzz should hit (filled in by the tests once instances exist).
INSTANCE_IDS: list[str] = ["i-doesnotexist", "instanceId"]


def _instance_id() -> st.SearchStrategy[str]:
    # Read INSTANCE_IDS at draw time: tests add real ids after the strategies are built.
    return st.integers(0, 10**6).map(lambda i: INSTANCE_IDS[i % len(INSTANCE_IDS)])


def _scalar_for(tp: Any, name: str) -> st.SearchStrategy[Any]:
    hint = HINTS.get(name)
    if tp is str:
        if name in ("instanceId",):
            return st.one_of(_instance_id(), _instance_id(), st.text(max_size=12))
        base = st.text(max_size=16)
        return st.one_of(st.sampled_from(hint), base) if hint else base
    if tp is bool:
        return st.booleans()
    if tp is int:
        special = {"amount": st.integers(1, 3), "period": st.integers(1, 12), "pageSize": st.integers(1, 200),
                   "pageNum": st.integers(1, 5), "raidType": st.sampled_from([0, 1, 5, 10]),
                   "size": st.integers(1, 4000), "internetMaxBandwidthOut": st.integers(1, 2000)}
        return st.one_of(special.get(name, st.integers(0, 100)), st.integers(-(2**40), 2**40))
    if tp is float:
        return st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
    return st.none()


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """(inner type, optional) with Annotated and ``X | None`` removed."""
    optional = False
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            optional = optional or len(args) != len(typing.get_args(tp))
            tp = args[0]
            continue
        return tp, optional


def value_for(tp: Any, name: str) -> st.SearchStrategy[Any]:
    """A value of the wire type ``tp`` (strict types as the mock validates them)."""
    tp, _ = _unwrap(tp)
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        if name == "instanceIds":
            return st.lists(_instance_id(), min_size=1, max_size=4)
        singular = {"instanceTypeIds": "instanceTypeIds", "imageIds": "imageIds", "sshKeys": "sshKeys"}.get(name, name)
        return st.lists(value_for(item, singular), max_size=4)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from([m.value for m in tp])
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return model_body(tp)
    if name in HINTS and tp is str:
        return st.one_of(st.sampled_from(HINTS[name]), st.text(max_size=16))
    return _scalar_for(tp, name)


def wire_name(model: type[BaseModel], attr: str) -> str:
    f = model.model_fields[attr]
    return f.alias or attr


@cache
def model_body(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """Dicts that pass the model's type checks (required fields always, optional ones sometimes)."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for attr, f in model.model_fields.items():
        name = wire_name(model, attr)
        strategy = value_for(f.annotation, name)
        (required if f.is_required() else optional)[name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


def valid_body(action: str) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies the action's generated request model accepts (fields of either version)."""
    return model_body(request_model(canonical(action) or action))


def field_names(action: str) -> list[str]:
    model = request_model(canonical(action) or action)
    return [wire_name(model, a) for a in model.model_fields]


# Hostile JSON values: every JSON type, extremes of numbers, odd strings, big and deep structures.
HUGE_NUMBERS = [10**30, -(10**30), 2**63, -(2**63) - 1, 2**64, 10**300, -1, 0, 1.5, -0.0, 1e308, 5e-324]
ODD_STRINGS = [
    "", " ", "\x00", "\u202e", "\ud800", "\udfff", "😀" * 50, "名前" * 20, "'; DROP TABLE x;--", "../../etc/passwd",
    "<script>alert(1)</script>", "%s%n%x", "${jndi:ldap://x}", "\r\nX-Injected: 1", "null", "true", "0",
    "SEL-A\x00", "SEL-A ", "ｓｅｌ-ａ",
]


def _big_string() -> st.SearchStrategy[str]:
    return st.builds(lambda c, n: c * n, st.sampled_from(["a", "é", "😀", "\u202e", "0"]),
                     st.integers(1_000, 120_000))


def _nested(depth: int, kind: str) -> Any:
    obj: Any = 0
    for _ in range(depth):
        obj = [obj] if kind == "list" else {"a": obj}
    return obj


json_leaf = st.one_of(
    st.none(), st.booleans(), st.sampled_from(HUGE_NUMBERS), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40), st.sampled_from(ODD_STRINGS),
)
json_any = st.recursive(json_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
hostile_value = st.one_of(
    json_any,
    _big_string(),
    st.builds(_nested, st.integers(50, 400), st.sampled_from(["list", "dict"])),
    st.lists(st.sampled_from(ODD_STRINGS), min_size=100, max_size=300),
)


@st.composite
def hostile_object(draw: Callable[..., Any], action: str) -> Any:
    """A JSON value for ``action``'s body: valid-ish, or broken in one or more ways (types, fields, sizes)."""
    kind = draw(st.sampled_from(["valid", "valid", "drop", "extra", "retype", "retype", "nested", "multi", "non_object"]))
    if kind == "non_object":
        return draw(st.one_of(st.lists(json_leaf, max_size=5), json_leaf))
    body = dict(draw(valid_body(action)))
    names = field_names(action)
    rounds = draw(st.integers(1, 4)) if kind == "multi" else 1
    for _ in range(rounds):
        op = draw(st.sampled_from(["drop", "extra", "retype"])) if kind in ("multi", "valid") else kind
        if kind == "valid":
            break
        if op == "drop" and body:
            body.pop(draw(st.sampled_from(sorted(body))))
        elif op == "extra":
            key = draw(st.one_of(st.text(max_size=12), st.sampled_from(
                ["ZoneId", "zone_id", "__proto__", "constructor", "requestId", "Action", "", "password "])))
            body[key] = draw(json_any)
        elif op in ("retype", "nested"):
            key = draw(st.sampled_from(names))
            body[key] = draw(hostile_value)
    return body


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, allow_nan=True, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def hostile_raw(draw: Callable[..., Any], action: str) -> bytes:
    """Raw body text the JSON encoder would never produce: NaN, duplicates, bad UTF-8, truncation, deep nesting."""
    names = field_names(action) or ["x"]
    base = dict(draw(valid_body(action)))
    field = draw(st.sampled_from(names))
    kind = draw(st.sampled_from([
        "nan", "inf", "bigfloat", "bigint", "dup", "dup_nested", "truncate", "bad_utf8", "bom", "trailing",
        "control", "deep_list", "deep_obj", "ws", "single_quotes", "comment", "surrogate_escape", "utf16",
    ]))
    text = json.dumps(base)
    if kind == "nan":
        lit = draw(st.sampled_from(["NaN", "-NaN", "nan"]))
        return f'{{"{field}": {lit}}}'.encode()
    if kind == "inf":
        lit = draw(st.sampled_from(["Infinity", "-Infinity", "inf"]))
        return (text[:-1] + (", " if base else "") + f'"{field}": {lit}}}').encode()
    if kind == "bigfloat":
        lit = draw(st.sampled_from(["1e400", "-1e400", "1e-400", "123456789.123456789e300"]))
        return f'{{"{field}": {lit}}}'.encode()
    if kind == "bigint":
        digits = draw(st.integers(20, 6000))
        return f'{{"{field}": {"9" * digits}}}'.encode()
    if kind == "dup":
        return (text[:-1] + (", " if base else "") + f'"{field}": 1, "{field}": 2}}').encode()
    if kind == "dup_nested":
        return f'{{"{field}": {{"a": 1, "a": 1}}}}'.encode()
    if kind == "truncate":
        cut = draw(st.integers(0, max(0, len(text) - 1)))
        return text[:cut].encode()
    if kind == "bad_utf8":
        junk = draw(st.sampled_from([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80\x80", b"\xf8\x88\x80\x80\x80",
                                     b"\xe2\x82", b"\xfe\xff"]))
        raw = text.encode()
        at = draw(st.integers(0, len(raw)))
        return raw[:at] + junk + raw[at:]
    if kind == "bom":
        return b"\xef\xbb\xbf" + text.encode()
    if kind == "trailing":
        return text.encode() + draw(st.sampled_from([b"x", b"}", b"{}", b"\x00", b" 1"]))
    if kind == "control":
        return f'{{"{field}": "a\x01b\x1fc"}}'.encode()
    if kind == "deep_list":
        depth = draw(st.sampled_from([500, 990, 1000, 5000, 100_000]))
        return f'{{"{field}": {"[" * depth}{"]" * depth}}}'.encode()
    if kind == "deep_obj":
        depth = draw(st.sampled_from([500, 990, 3000, 50_000]))
        return ('{"a":' * depth + "0" + "}" * depth).encode()
    if kind == "ws":
        return draw(st.sampled_from([b" ", b"\n\t ", b"\x00", b"\x0b{}"]))
    if kind == "single_quotes":
        return f"{{'{field}': 'x'}}".encode()
    if kind == "comment":
        return f'{{/* c */ "{field}": 1}}'.encode()
    if kind == "surrogate_escape":
        return f'{{"{field}": "\\ud800\\udc00\\ud800 x \\udfff"}}'.encode()
    # utf16
    return text.encode("utf-16")

"""InstanceInfo as pre-encoded JSON pieces (orjson), so DescribeInstances answers by joining bytes.

An instance's answer is ``head + TYPE + body + STATUS + tail [+ v2026] + "}"``:

* ``head``, ``body``, ``tail`` and ``v2026`` are the instance's own bytes, encoded once and kept in the
  bounded fragment cache (wire_cache.py) until the instance changes (the backend's ``instance_changed`` hook);
* ``TYPE`` is the nested InstanceType, shared by every instance of the type: encoded once per catalogue;
* ``STATUS`` is spliced per request from the lifecycle schedule and the clock, so a status that falls due
  with the clock never finds a stale fragment (there is nothing of the status in the fragment to go stale);
* ``v2026`` holds the keys only the 2026-02-01 InstanceInfo has (``primaryPublicIPv6Address``,
  ``ipmiEnabled``): answered in the versions named in ``V2026_KEYS_VERSIONS``, so fragments stay
  version-independent.

The pieces are cut out of ``orjson.dumps`` of the dict form (``records.wire``, ``BackendState._info``) at its fixed keys (a key's quotes never occur
unescaped inside a value), so the joined bytes are exactly the dict form's encoding: one definition of the
answer, two speeds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

import orjson

from zltoolkit.api import ApiVersion

#: The API versions whose InstanceInfo carries the 2026-02-01 keys: both, since answers carry the superset of
#: both versions' fields (the SDKs ignore what they do not know; the strict forms of both versions hold them).
#: Kept as a switch so a version-specific answer never needs per-instance bytes of its own.
V2026_KEYS_VERSIONS = frozenset({ApiVersion.V2022_11_20.value, ApiVersion.V2026_02_01.value})

_TYPE = b',"instanceType":'
_STATUS = b',"instanceStatus":'
_V2026 = b',"primaryPublicIPv6Address":'
_END = b"}"


class Pieces(NamedTuple):
    """One instance's own encoded bytes (a plain tuple in memory)."""

    head: bytes  # '{"instanceId":...,"instanceTypeId":"...","instanceType":'
    body: bytes  # ',"imageId":...,"resourceGroupName":...,"instanceStatus":'
    tail: bytes  # ',"trafficPackageSize":...,"enableGatewayMode":...'
    v2026: bytes  # ',"primaryPublicIPv6Address":...,"ipmiEnabled":true'

    def size(self) -> int:
        return len(self.head) + len(self.body) + len(self.tail) + len(self.v2026)


_V2026_NO_IPV6 = b',"primaryPublicIPv6Address":null,"ipmiEnabled":true'


class RawJson:
    """Bytes that are already JSON, to be spliced into an answer as they are (``app.py`` encodes answers
    with ``orjson.dumps(..., default=raw_json_default)``)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


def raw_json_default(obj: Any) -> Any:
    """orjson's ``default`` hook: a ``RawJson`` goes in verbatim."""
    if isinstance(obj, RawJson):
        return orjson.Fragment(obj.data)
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def plain_json_default(obj: Any) -> Any:
    """``json.dumps``'s ``default`` hook for the rare answer orjson refuses (a lone surrogate in a string)."""
    if isinstance(obj, RawJson):
        return json.loads(obj.data)
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def _dumps(d: dict[str, Any]) -> bytes:
    try:
        return orjson.dumps(d)
    except TypeError:  # a lone surrogate (orjson insists on valid UTF-8): json escapes it
        return json.dumps(d, separators=(",", ":")).encode()


def encode(info: dict[str, Any]) -> Pieces:
    """The pieces of an InstanceInfo dict built with no status and no instance type (``records.wire(inst,
    None, instance_type=None, ...)``, plus whatever the backend adds to it)."""
    raw = _dumps(info)
    head, _, rest = raw.partition(_TYPE + b"null")
    body, _, rest = rest.partition(_STATUS + b"null")
    tail, _, v2026 = rest.partition(_V2026)
    v2026 = _V2026 + v2026[:-1]
    if v2026 == _V2026_NO_IPV6:  # the common case: one shared object
        v2026 = _V2026_NO_IPV6
    return Pieces(head + _TYPE, body + _STATUS, tail, v2026)


def status_bytes(statuses: Iterable[str]) -> dict[str, bytes]:
    return {s: orjson.dumps(s) for s in statuses}


def type_bytes(type_wire: dict[str, Any]) -> bytes:
    return orjson.dumps(type_wire)


def join_instances(items: Iterable[tuple[Pieces, bytes, bytes]], *, v2026: bool) -> bytes:
    """``[info, ...]`` from (pieces, encoded type, encoded status) per instance."""
    out: list[bytes] = []
    add = out.extend
    if v2026:
        for (head, body, tail, extra), t, s in items:
            add((b",", head, t, body, s, tail, extra, _END))
    else:
        for (head, body, tail, _), t, s in items:
            add((b",", head, t, body, s, tail, _END))
    if not out:
        return b"[]"
    out[0] = b"["  # the first separator
    out.append(b"]")
    return b"".join(out)


__all__ = ["V2026_KEYS_VERSIONS", "Pieces", "RawJson", "encode", "join_instances", "plain_json_default",
           "raw_json_default", "status_bytes", "type_bytes"]

"""The Session's methods have the signatures of the functions they wrap, and have every action method of the
Client (the same generated methods, sent by the session's client; no attribute fall-through)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tools.generate_api import iter_name, snake
from zltoolkit import lifecycle, planning, views
from zltoolkit.api.catalogue import load
from zltoolkit.client import Client
from zltoolkit.client.base import BaseClient
from zltoolkit.session import Session

#: Session method -> the function it wraps (whose first parameter is the client or session).
WRAPPED: dict[str, Callable[..., Any]] = {
    "zones": views.zones,
    "instance_types": views.instance_types,
    "images": views.images,
    "stock": views.stock,
    "instances": views.instances,
    "subnets": views.subnets,
    "vpcs": views.vpcs,
    "eips": views.eips,
    "cidr_blocks": views.cidr_blocks,
    "ddos_ips": views.ddos_ips,
    "prices": views.prices,
    "aprices": views.aprices,
    "catalog": views.catalog,
    "options": planning.options,
    "plan": planning.plan,
    "wait_for": lifecycle.wait_for,
    "watch": lifecycle.watch,
}
#: Defaults the Session changes on purpose: None = "API time, scaled to a fast in-process mock" (timeout,
#: poll) and the session's mock-clock-aware sleep.
PACED = {("wait_for", "timeout"), ("wait_for", "poll"), ("wait_for", "sleep"), ("watch", "timeout"),
         ("watch", "poll")}


def _params(fn: Callable[..., Any], skip: int) -> list[inspect.Parameter]:
    return list(inspect.signature(fn).parameters.values())[skip:]


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_session_method_has_the_wrapped_signature(name: str) -> None:
    mine = _params(getattr(Session, name), 1)  # without self
    theirs = _params(WRAPPED[name], 1)  # without the client
    assert [(p.name, p.kind) for p in mine] == [(p.name, p.kind) for p in theirs]
    for m, t in zip(mine, theirs, strict=True):
        if (name, m.name) in PACED:
            assert m.default is None
        else:
            assert m.default == t.default, m.name
    assert inspect.iscoroutinefunction(getattr(Session, name)) == inspect.iscoroutinefunction(WRAPPED[name])


def _actions() -> list[str]:
    """The Client's public action methods: everything callable it has beyond its settings and lifecycle."""
    own = set(dir(BaseClient)) | {"close"}
    return sorted(n for n in dir(Client)
                  if not n.startswith("_") and n not in own and inspect.isfunction(getattr(Client, n)))


def test_every_client_action_is_forwarded_with_its_signature() -> None:
    names = _actions()
    catalogue = load()
    assert {snake(a) for a in catalogue.actions} <= set(names)
    assert {iter_name(a.name) for a in catalogue.actions.values() if a.paginated} <= set(names)
    assert {"call", "call_raw", "iter_instances"} <= set(names)
    for name in names:
        assert hasattr(Session, name), name
        assert inspect.signature(getattr(Session, name)) == inspect.signature(getattr(Client, name)), name


def _minimal(struct: str) -> dict[str, Any]:
    """The required fields of a catalogue structure, filled with values of their type."""
    cat, out = load(), {}
    for f in cat.structs[struct].fields:
        if not f.required:
            continue
        if f.is_struct:
            value: Any = _minimal(f.type)
        elif f.enum:
            value = cat.enums[f.enum].values[0]
        else:
            value = {"string": "x", "integer": 1, "number": 1.0, "boolean": True}[f.type]
        out[f.wire] = [value] if f.is_list else value
    return out


def test_every_action_of_the_session_reaches_the_clients_request_path() -> None:
    sent: list[httpx.Request] = []

    def bmc(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"requestId": "r", "response": {"requestId": "r"}})

    client = Client("http://bmc.test", access_key_id="k", access_key_password="p",
                    transport=httpx.MockTransport(bmc))
    catalogue = load()
    with Session(client) as s:
        for action in sorted(catalogue.actions):
            body = _minimal(catalogue.action(action).request)
            answer = getattr(s, snake(action))(body)
            assert type(answer).__name__ == f"{action}Response"
            assert sent[-1].headers["X-ZC-Action"] == action
            assert json.loads(sent[-1].content) == body
        assert list(s.iter_instances(zone_id="SEL-A")) == []
        assert json.loads(sent[-1].content) == {"zoneId": "SEL-A", "pageNum": 1, "pageSize": 100}
        s.call_raw("DescribeZones", {"futureFilter": 1})
        assert json.loads(sent[-1].content) == {"futureFilter": 1}
    assert len(sent) == len(catalogue.actions) + 2


def test_no_attribute_fall_through() -> None:
    assert "__getattr__" not in vars(Session)


def test_forwarded_actions_reach_the_client(server) -> None:
    creds = server.credentials
    client = Client(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password)
    with Session(client) as s:
        assert [z.zone_id for z in s.describe_zones().zone_set] == [z.zone_id for z in client.describe_zones().zone_set]
        assert s.call("DescribeZones").zone_set
        with pytest.raises(AttributeError):
            s.retry  # noqa: B018 - the Client's settings are session.client.retry

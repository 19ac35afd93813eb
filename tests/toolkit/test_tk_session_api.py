"""The Session's methods have the signatures of the functions they wrap, and forward the Client's actions
explicitly (no attribute fall-through)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from zltoolkit import lifecycle, planning, views
from zltoolkit.client import Client
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
    return sorted(n for n, v in vars(Client).items()
                  if not n.startswith("_") and inspect.isfunction(v) and n not in ("close",))


def test_every_client_action_is_forwarded_with_its_signature() -> None:
    assert "describe_zones" in _actions() and "create_instances" in _actions()
    for name in _actions():
        assert name in vars(Session), name
        assert (inspect.signature(getattr(Session, name)).parameters.keys()
                == inspect.signature(getattr(Client, name)).parameters.keys()), name


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

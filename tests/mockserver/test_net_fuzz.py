"""Hostile bodies for every networking action, both versions: never a 5xx, every error a catalogue code in
the envelope, and the address invariants still hold afterwards (nothing half-applied)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mockserver.handlers.networking import REQUESTS
from zltoolkit.api import ERRORS

from ._instances_support import IMAGE, INSTALL_DONE, PASSWORD, advance, create_body, invariants, make_api

ACTIONS = sorted(REQUESTS)
KNOWN: dict[str, list[str]] = {"ids": []}

# Values that mean something to these actions, and values that mean nothing.
_MEANINGFUL = st.sampled_from([
    "SEL-A", "TYO-A", "HKG-A", "NOPE-Z", "POSTPAID", "PREPAID", "IPv4", "IPv6", "STANDARD", "asia",
    "192.168.0.0/16", "192.168.1.0/24", "10.0.0.0/24", "10.0.0.0/8", "0.0.0.0/0", "::/0", "45.66.0.0/24",
    "192.168.1.300/24", "10.1.0.5", "128.2.112.2", "2602:ffe4:1e::2", "rg-default", "rg-production",
    "subnet-demo-sel-a", "vpc-demo-asia", "eip-demo-tyo-a", "ddos-demo-hkg-a", "cidr-demo-sel-a", "",
    "\u0000", "a" * 300, "💥",
])  # fmt: skip
_SCALAR = st.one_of(_MEANINGFUL, st.integers(-(2**40), 2**40), st.sampled_from([0, 1, 8, 24, 29, 32, 64, 128]),
                    st.booleans(), st.none(), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20))
_VALUE = st.recursive(_SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                      max_leaves=12)  # fmt: skip


def _fields(action: str) -> list[str]:
    model = REQUESTS[action]
    return [f.alias or name for name, f in model.model_fields.items()]


# A valid body per action ("$I" stands for a known instance id); the fuzz breaks one or two fields of it.
INST = "$I"
VALID: dict[str, dict[str, Any]] = {
    "CreateVpc": {"vpcRegionId": "asia", "cidrBlock": "192.168.0.0/16", "vpcName": "v"},
    "DeleteVpc": {"vpcId": "vpc-demo-asia"},
    "ModifyVpcsAttribute": {"vpcIds": ["vpc-demo-asia"], "vpcName": "n"},
    "ModifyVpcsResourceGroup": {"vpcIds": ["vpc-demo-asia"], "resourceGroupId": "rg-production"},
    "CreateSubnet": {"zoneId": "SEL-A", "cidrBlock": "192.168.3.0/24", "subnetName": "s"},
    "DeleteSubnet": {"subnetId": "subnet-demo-sel-a"},
    "AssociateSubnetInstances": {"subnetId": "subnet-demo-sel-a", "subnetInstanceList": [{"instanceId": INST}]},
    "UnAssociateSubnetInstance": {"subnetId": "subnet-demo-sel-a", "instanceId": INST},
    "AssociateVpcSubnet": {"subnetId": "subnet-demo-sel-a", "vpcId": "vpc-demo-asia"},
    "ModifySubnetsAttribute": {"subnetIds": ["subnet-demo-sel-a"], "subnetName": "n"},
    "ModifySubnetsResourceGroup": {"subnetIds": ["subnet-demo-sel-a"], "resourceGroupId": "rg-production"},
    "AllocateEipAddresses": {"zoneId": "SEL-A", "eipChargeType": "PREPAID", "eipChargePrepaid": {"period": 1}},
    "AssociateEipAddress": {"eipId": "eip-demo-tyo-a", "instanceId": INST},
    "UnAssociateEipAddress": {"eipId": "eip-demo-tyo-a"},
    "UnassociateEipAddress": {"eipId": "eip-demo-tyo-a"},
    "TerminateEipAddress": {"eipId": "eip-demo-tyo-a"},
    "ReleaseEipAddresses": {"eipIds": ["eip-demo-tyo-a"]},
    "RenewEipAddress": {"eipId": "eip-demo-lax-a"},
    "InquiryPriceCreateEipAddress": {"zoneId": "SEL-A", "eipChargeType": "POSTPAID", "amount": 2},
    "AllocateDdosIpAddresses": {"zoneId": "SEL-A", "ddosIpChargeType": "POSTPAID"},
    "AssociateDdosIpAddress": {"ddosIpId": "ddos-demo-hkg-a", "instanceId": INST},
    "CreateIpv4Block": {"zoneId": "SEL-A", "chargeType": "POSTPAID", "netmask": 29},
    "CreateIpv6Block": {"zoneId": "SEL-A"},
    "CreateByoip": {"ipType": "IPv4", "cidr": "45.67.0.0/24", "asn": 64502},
    "BindCidrBlockIps": {"cidrBlockId": "cidr-demo-sel-a", "ipBindList": [{"instanceId": INST, "ip": "128.2.112.3"}]},
    "UnbindCidrBlockIps": {"cidrBlockId": "cidr-demo-sel-a", "ipList": ["128.2.112.3"]},
    "TerminateCidrBlock": {"cidrBlockId": "cidr-demo-sel-a"},
    "ReleaseCidrBlocks": {"cidrBlockIds": ["cidr-demo-sel-a"]},
    "RenewCidrBlock": {"cidrBlockId": "cidr-demo-sel-a"},
    "InquiryPriceCreateIpv4Block": {"zoneId": "SEL-A", "chargeType": "PREPAID", "chargePrepaid": {"period": 2},
                                    "netmask": 28},
}


def _fill(value: Any) -> Any:
    if value == INST:
        return KNOWN["ids"][0] if KNOWN["ids"] else "x"
    if isinstance(value, dict):
        return {k: _fill(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v) for v in value]
    return value


@st.composite
def hostile_body(draw: Any, action: str) -> dict[str, Any]:
    if action in VALID and draw(st.booleans()):
        body = _fill(VALID[action])
        for _ in range(draw(st.integers(0, 2))):
            key = draw(st.sampled_from(sorted(body) + _fields(action)))
            if draw(st.booleans()) and key in body:
                body.pop(key)
            else:
                body[key] = draw(_VALUE)
        return dict(body)
    keys = _fields(action) + ["instanceId", "unknownField"]
    body: dict[str, Any] = {}
    for key in draw(st.lists(st.sampled_from(keys), max_size=6, unique=True)):
        if key.endswith("Ids") or key.endswith("List"):
            pool = KNOWN["ids"] or ["x"]
            body[key] = draw(st.one_of(st.lists(st.one_of(st.sampled_from(pool), _VALUE), max_size=4), _VALUE))
        elif key == "instanceId" and KNOWN["ids"]:
            body[key] = draw(st.one_of(st.sampled_from(KNOWN["ids"]), _VALUE))
        else:
            body[key] = draw(_VALUE)
    return body


@pytest.fixture(scope="module")
def api() -> Any:
    a = make_api()
    KNOWN["ids"] = a.create(create_body(imageId=IMAGE, password=PASSWORD, amount=2))
    advance(a, INSTALL_DONE + 1)
    return a


@pytest.mark.parametrize("action", ACTIONS)
@settings(deadline=None, max_examples=60, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_hostile_bodies(api: Any, action: str, data: st.DataObject) -> None:
    body = data.draw(hostile_body(action), label="body")
    version = data.draw(st.sampled_from(["2022-11-20", "2026-02-01"]), label="version")
    r = api.call(action, body, version=version)
    assert r.status_code < 500, r.text
    env = r.json()
    if r.status_code != 200:
        assert set(env) == {"requestId", "code", "message"} and env["code"] in ERRORS, env
    if data.draw(st.integers(0, 20), label="tick") == 0:
        advance(api, data.draw(st.sampled_from([1, 5, 30, 3600])))


def test_zz_invariants_after_the_fuzz(api: Any) -> None:
    inv = invariants(api)
    assert inv["ok"], inv["network"]

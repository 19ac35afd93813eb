"""The networking views against the mock: fixed schemas, the seeded objects, empty frames when nothing
matches, API errors raised, and the Session's methods."""

from __future__ import annotations

import pytest

from zltoolkit import views
from zltoolkit.client import ZenlayerError

CASES = [
    (views.subnets, views.SUBNETS, "subnet_id", "subnet-demo-sel-a", {"zone": "LOS-A"}),
    (views.vpcs, views.VPCS, "vpc_id", "vpc-demo-asia", {"vpc_region_id": "nowhere"}),
    (views.eips, views.EIPS, "eip_id", "eip-demo-tyo-a", {"zone": "LOS-A"}),
    (views.cidr_blocks, views.CIDR_BLOCKS, "cidr_block_id", "cidr-demo-sel-a", {"zone": "LOS-A"}),
    (views.ddos_ips, views.DDOS_IPS, "ddos_ip_id", "ddos-demo-hkg-a", {"zone": "LOS-A"}),
]


@pytest.mark.parametrize(("view", "schema", "key", "seeded", "none"), CASES, ids=[c[2] for c in CASES])
def test_schema_and_seeded_content(client, check_schema, view, schema, key, seeded, none) -> None:
    df = view(client)
    check_schema(df, schema)
    assert seeded in set(df[key])
    assert df[key].is_unique


@pytest.mark.parametrize(("view", "schema", "key", "seeded", "none"), CASES, ids=[c[2] for c in CASES])
def test_nothing_matching_is_an_empty_frame_of_the_schema(client, check_schema, view, schema, key, seeded,
                                                          none) -> None:
    df = view(client, **none)
    check_schema(df, schema)
    assert df.empty


def test_subnet_rows_show_bindings_and_free_addresses(client, server) -> None:
    out = client.call("CreateInstances", zone_id="SEL-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                      internet_charge_type="ByBandwidth", subnet_id="subnet-demo-sel-a")  # fmt: skip
    (iid,) = out.instance_id_set
    row = views.subnets(client, subnet_ids=["subnet-demo-sel-a"]).iloc[0]
    assert row.instance_ids == (iid,)
    assert row.private_ips == {iid: ("10.1.0.2", "BOUND")}
    assert row.available_ip_count == 252 and row.cidr_block == "10.1.0.0/24" and row.status == "AVAILABLE"


def test_eip_rows_follow_association(client, server) -> None:
    (iid,) = client.call("CreateInstances", zone_id="TYO-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                         internet_charge_type="ByBandwidth").instance_id_set  # fmt: skip
    server.advance(3600)
    client.call("AssociateEipAddress", eip_id="eip-demo-tyo-a", instance_id=iid)
    row = views.eips(client, eip_ids=["eip-demo-tyo-a"]).iloc[0]
    assert (row.instance_id, row.status, row.charge_type) == (iid, "ASSOCIATING", "POSTPAID")
    server.advance(10)
    assert views.eips(client, instance_id=iid).iloc[0].status == "ASSOCIATED"


def test_api_errors_raise(client) -> None:
    with pytest.raises(ZenlayerError):
        views.subnets(client, page_size_is_not_a_field=1)
    with pytest.raises(ZenlayerError):
        views.cidr_blocks(client, cidr_block_ids=["x"] * 101)


def test_session_methods(server) -> None:
    import zltoolkit as zl

    creds = server.credentials
    s = zl.connect(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password)
    try:
        assert "subnet-demo-sel-a" in set(s.subnets().subnet_id)
        assert "vpc-demo-asia" in set(s.vpcs().vpc_id)
        assert "eip-demo-tyo-a" in set(s.eips().eip_id)
        assert "cidr-demo-sel-a" in set(s.cidr_blocks().cidr_block_id)
        assert "ddos-demo-hkg-a" in set(s.ddos_ips().ddos_ip_id)
        assert zl.subnets is views.subnets and zl.eips is views.eips
    finally:
        s.close()


def test_create_form_picks_a_subnet_of_the_zone_with_its_free_addresses(client, server) -> None:
    from zltoolkit.widgets import CreateInstanceForm
    from zltoolkit.widgets.create_form import NO_SUBNET

    form = CreateInstanceForm(client)
    assert form.errors.text == ""
    form.zone.value = "SEL-A"
    form.instance_type.value = "M6C"
    labels = dict((v, label) for label, v in form.subnet.options)
    assert labels[""] == NO_SUBNET and form.subnet.value == ""
    assert labels["subnet-demo-sel-a"] == "subnet-demo-sel-a - 10.1.0.0/24 - 253 free"
    assert {v for v in labels if v} == {"subnet-demo-sel-a", "subnet-demo-vpc-sel-a"}  # SEL-A's only
    assert "subnetId" not in form.wire_body()
    form.subnet.value = "subnet-demo-sel-a"
    assert form.wire_body()["subnetId"] == "subnet-demo-sel-a"
    # a type without subnet support, in a zone that has subnets: nothing to pick
    no_subnet = set(form.types[~form.types.supports_subnet.astype(bool)].instance_type_id)
    zones_with_subnets = {"SEL-A", "HKG-A", "TYO-A", "SIN-E", "FRA-A", "LAX-A", "NYC-A", "MOW-B"}
    st = form.stock[form.stock.instance_type_id.isin(no_subnet) & form.stock.zone_id.isin(zones_with_subnets)
                    & (form.stock.charge_type == "POSTPAID")]
    row = st.iloc[0]
    form.zone.value = row.zone_id
    form.instance_type.value = row.instance_type_id
    assert [v for _, v in form.subnet.options] == [""]
    assert "subnetId" not in form.wire_body()

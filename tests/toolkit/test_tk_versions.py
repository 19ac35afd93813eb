"""Version fidelity on the toolkit side: the create form offers only the values the session's version takes."""

from __future__ import annotations

import pytest

from mockserver.server import MockServer
from zltoolkit import views
from zltoolkit.client import Client

CLUSTER = "ByBandwidthCluster"


@pytest.mark.parametrize(("version", "offered"), [("2026-02-01", True), ("2022-11-20", False)])
def test_the_create_form_offers_by_bandwidth_cluster_only_under_2026_02_01(
        server: MockServer, version: str, offered: bool) -> None:
    from zltoolkit.widgets import CreateInstanceForm

    creds = server.credentials
    assert creds is not None
    keys = {"access_key_id": creds.access_key_id, "access_key_password": creds.access_key_password}
    with Client(server.url, api_version="2026-02-01", **keys) as client26:  # an offering sold with the cluster
        stock = views.stock(client26, charge_type="POSTPAID")
        zone_id, type_id = stock[stock.internet_charge_types.map(lambda t: CLUSTER in t)].iloc[0][
            ["zone_id", "instance_type_id"]]
    with Client(server.url, api_version=version, **keys) as client:
        stock = views.stock(client, charge_type="POSTPAID")
        row = stock[(stock.zone_id == zone_id) & (stock.instance_type_id == type_id)].iloc[0]
        assert (CLUSTER in row.internet_charge_types) is offered  # a 2022-11-20 answer never offers it
        form = CreateInstanceForm(client)
        form.charge_type.value = "POSTPAID"
        form.zone.value = row.zone_id
        form.instance_type.value = row.instance_type_id
        options = list(form.internet_charge_type.options)
    assert "ByBandwidth" in options
    assert (CLUSTER in options) is offered
    assert set(options) <= set(row.internet_charge_types)

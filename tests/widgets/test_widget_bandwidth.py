"""BandwidthForm: the price shows before anything is sent, confirm is required, one confirmation sends one
ModifyInstanceBandwidth, and the status follows the change; FleetMonitor shows the bandwidth."""

from __future__ import annotations

from typing import Any


def _running(server: Any, client: Any, charge: str = "POSTPAID", **kw: Any) -> str:
    extra = {"instance_charge_prepaid": {"period": 1}} if charge == "PREPAID" else {}
    resp = client.create_instances(zone_id="SEL-A", instance_type_id="M6C", instance_charge_type=charge,
                                   internet_charge_type="ByBandwidth", internet_max_bandwidth_out=100, **extra, **kw)
    (iid,) = resp.instance_id_set
    server.advance(3600)
    return iid


def test_prepaid_upgrade_preview_confirm_apply(server: Any, client: Any) -> None:
    from zltoolkit.widgets import BandwidthForm

    iid = _running(server, client, charge="PREPAID")
    form = BandwidthForm(client, instance_ids=[iid])
    assert form.instance.value == iid and "100 Mbps" in form.current.value and "Enable" in form.current.value
    form.bandwidth.value = 300
    assert form.apply() is None and "nothing was sent" in form.result.value
    assert not server.journal(action="ModifyInstanceBandwidth")
    form.confirm.value = True  # asks the price first
    assert form.last_price is not None and form.last_price["charge_now"] > 0
    assert "This charges" in form.price_preview.value
    balance = server.backend.balances["acc-demo"]
    order = form.apply()
    assert order and "Processing" in form.result.value and form.confirm.value is False
    assert server.backend.balances["acc-demo"] == round(balance - form.last_price["charge_now"], 2)
    assert form.apply() is None  # one confirmation, one change
    assert len(server.journal(action="ModifyInstanceBandwidth")) == 1
    server.advance(60)
    assert form.refresh_status() == "Enable" and "300 Mbps" in form.current.value


def test_postpaid_preview_and_server_error_shown(server: Any, client: Any) -> None:
    from zltoolkit.widgets import BandwidthForm

    iid = _running(server, client)
    form = BandwidthForm(client)
    form.instance.value = iid
    form.bandwidth.value = 99_999  # above the offering's maximum: the server refuses
    form.confirm.value = True
    assert "/hour" in form.price_preview.value or "Price inquiry failed" in form.price_preview.value
    if form.confirm.value:
        form.apply()
        assert "INVALID_PARAMETER_BANDWIDTH_EXCEED" in form.result.value
    else:
        assert "INVALID_PARAMETER_BANDWIDTH_EXCEED" in form.price_preview.value
    assert form.errors.text == ""


def test_fleet_monitor_shows_bandwidth(server: Any, client: Any) -> None:
    from zltoolkit.widgets import FleetMonitor

    iid = _running(server, client)
    mon = FleetMonitor(client, poll=15)
    mon.watch([iid])
    final = mon.run_until_done(sleep=server.advance)
    assert final.bandwidth_out_mbps.tolist() == [100]
    assert "100 Mbps" in mon.table.value and "bandwidth" in mon.table.value

"""The pytest plugin's fixtures (loaded through the ``pytest11`` entry point), used as a user would."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_zl_mock_is_a_running_manual_server(zl_mock, zl_mock_server):
    assert zl_mock is zl_mock_server
    health = zl_mock.health()
    assert health["status"] == "ok" and health["clock"]["mode"] == "manual"
    t = zl_mock.now()
    assert zl_mock.advance(30) == pytest.approx(t + 30)


def test_state_set_in_one_test(zl_mock):
    zl_mock.add_fault(action="DescribeZones", error="INTERNAL_SERVER_ERROR")
    zl_mock.set_stock("SEL-A", "M6C", "POSTPAID", 0)


def test_is_reset_before_the_next(zl_mock):
    assert zl_mock.faults() == [] and zl_mock.journal() == []
    assert zl_mock.backend.qty("SEL-A", "M6C", "POSTPAID") != 0


def test_zl_client(zl_client, zl_mock):
    zones = zl_client.describe_zones()
    assert any(z.zone_id == "SEL-A" for z in zones.zone_set)
    res = zl_client.describe_available_resources(instance_charge_type="PREPAID", zone_id="MOW-B",
                                                 instance_type_id="MDE")
    assert res.available_resources[0].sell_status == "SELL"
    assert [e["action"] for e in zl_mock.journal()] == ["DescribeZones", "DescribeAvailableResources"]


def test_plugin_import_is_light():
    code = ("import sys, mockserver.pytest_plugin as p; "
            "heavy = [m for m in ('flask', 'werkzeug', 'httpx', 'mockserver.app', 'zltoolkit.client.sync') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"

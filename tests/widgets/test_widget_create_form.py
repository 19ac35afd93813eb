"""CreateInstanceForm: client-side validation first, nothing sent when invalid, readable server errors."""

from __future__ import annotations

from typing import Any

import pytest
from widget_helpers import SECRET_PASSWORD, actions, all_widget_text


@pytest.fixture
def form(client: Any) -> Any:
    from zltoolkit.widgets import CreateInstanceForm, FleetMonitor

    monitor = FleetMonitor(client, poll=10)
    f = CreateInstanceForm(client, monitor=monitor)
    assert f.errors.text == ""
    f.zone.value = "SEL-A"
    f.instance_type.value = "M6C"
    return f


def test_defaults_follow_the_zone_and_type(form: Any) -> None:
    assert "M6C" in [v for _, v in form.instance_type.options]
    # Images are those of the type; an OS is chosen by default.
    assert form.image.value and form.image.options[0][1] == ""
    assert "ByBandwidth" in form.internet_charge_type.options
    assert all(level in ("", 0, 1) for _, level in form.raid.options)  # M6C supports RAID 0/1 only
    form.charge_type.value = "PREPAID"
    assert form.period.disabled is False


def test_bad_password_shows_the_rule_and_sends_nothing(server: Any, form: Any) -> None:
    form.password.value = "short"
    form.confirm.value = True  # cannot be confirmed while invalid
    assert form.confirm.value is False
    form.create_button.click()
    assert "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED" in form.validation.value
    assert "nothing was sent" in form.result.value.lower()
    assert actions(server, "CreateInstances") == []
    assert "short" not in all_widget_text(form).replace("shortage", "")


def test_create_without_confirm_does_nothing_but_say_so(server: Any, form: Any) -> None:
    form.password.value = SECRET_PASSWORD
    form.create_button.click()
    assert "zl-need-confirm" in form.result.value and "nothing was sent" in form.result.value
    assert actions(server, "CreateInstances") == []


def test_names_preview_and_local_rules(form: Any) -> None:
    form.instance_name.value = "web-[1,2]"
    form.amount.value = 3
    assert "web-01, web-02, web-03" in form.name_preview.value
    form.amount.value = 120  # > 100 and more than two digits can number
    form.password.value = SECRET_PASSWORD
    form.partitions.value = "/ ext4 100\n/data xfs"
    form.wan_name.value = "lan9"
    form.validate_button.click()
    v = form.validation.value
    assert "partitions line 2" in v
    form.partitions.value = ""
    form.validate_button.click()
    v = form.validation.value
    assert "INVALID_PARAMETER" in v and "amount" in v.lower()
    assert "INVALID_PARAMETER_NIC_NAME_MALFORMED" in v
    form.amount.value = 100  # valid, but `[1,2]` cannot number 100 instances in two digits
    form.validate_button.click()
    assert "INVALID_PARAMETER_INSTANCE_NAME_EXCEED" in form.validation.value


def test_prepaid_confirm_shows_money_then_creates_and_hands_ids_to_monitor(server: Any, form: Any) -> None:
    form.charge_type.value = "PREPAID"
    form.zone.value = "SEL-A"
    form.instance_type.value = "M6C"
    form.period.value = 2
    form.amount.value = 2
    form.password.value = SECRET_PASSWORD
    form.tags.value = "env=test, team=infra"
    form.confirm.value = True
    assert form.confirm.value is True
    assert "This charges" in form.price_preview.value and "USD now" in form.price_preview.value
    assert form.last_price and form.last_price["charge_now"] > 0
    form.create_button.click()
    assert form.errors.text == ""
    assert "Created 2 instance(s)" in form.result.value, form.result.value
    sent = actions(server, "CreateInstances")
    assert len(sent) == 1 and sent[0]["status"] == 200
    body = sent[0]["body"]
    assert body["amount"] == 2 and body["instanceChargePrepaid"] == {"period": 2}
    assert body["tags"] == {"tags": [{"key": "env", "value": "test"}, {"key": "team", "value": "infra"}]}
    assert form.confirm.value is False  # one confirmation, one order
    ids = form.created_ids
    assert len(ids) == 2
    final = form.monitor.run_until_done(sleep=server.advance)
    assert set(final["instance_id"]) == set(ids)
    assert final["status"].astype(str).isin(["RUNNING", "CREATE_FAILED", "INSTALL_FAILED"]).all()
    assert SECRET_PASSWORD not in all_widget_text(form)
    assert SECRET_PASSWORD not in all_widget_text(form.monitor)


def test_sold_out_zone_shows_the_server_code_readably(server: Any, client: Any) -> None:
    from zltoolkit.widgets import CreateInstanceForm

    server.set_stock("SEL-A", "M6C", "POSTPAID", 0)
    f = CreateInstanceForm(client)
    f.zone.value = "SEL-A"
    f.instance_type.value = "M6C"
    assert "SOLD_OUT" in f.instance_type.label
    f.password.value = SECRET_PASSWORD
    f.confirm.value = True
    f.create_button.click()
    text = f.result.value
    assert "RESOURCES_SOLDOUT_INSTANCE_TYPE: " in text and "request id T" in text, text
    sent = actions(server, "CreateInstances")
    assert [e["code"] for e in sent] == ["RESOURCES_SOLDOUT_INSTANCE_TYPE"]
    assert SECRET_PASSWORD not in all_widget_text(f)

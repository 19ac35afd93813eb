"""The Voila dashboard in Chromium, against a zl-mock subprocess the test controls through /_mock."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

VALID_PASSWORD = "Brows3r~Pass"


def journal(stack: Any, action: str) -> list[dict[str, Any]]:
    return stack.control("GET", f"/_mock/journal?action={action}")["entries"]


def test_plan_confirm_create_and_watch_all_running(dashboard: Any, stack: Any) -> None:
    page = dashboard.page
    dashboard.shot("stock")
    dashboard.tab("Plan capacity")
    page.locator(".zl-plan-count input").fill("6")
    page.locator(".zl-plan-count input").press("Enter")
    page.locator(".zl-plan-min-cores input").fill("16")
    page.locator(".zl-plan-min-cores input").press("Enter")
    page.locator(".zl-plan-areas select").select_option(["Asia"])
    page.locator(".zl-plan-tolerate input").fill("1")
    page.locator(".zl-plan-tolerate input").press("Enter")
    page.locator(".zl-plan-run").click()
    expect(page.locator(".zl-plan-result")).to_contain_text("Plan:", timeout=30_000)
    expect(page.locator(".zl-plan-summary")).to_contain_text("6 x ≥16 cores in Asia")
    expect(page.locator(".zl-plan-price")).to_contain_text("/month")
    expect(page.locator(".zl-plan-plot img")).to_be_visible()
    dashboard.shot("plan")

    page.locator(".zl-plan-create").click()  # not confirmed yet
    expect(page.locator(".zl-plan-create-result")).to_contain_text("nothing was sent")
    assert journal(stack, "CreateInstances") == []
    page.locator(".zl-plan-confirm input[type=checkbox]").check()
    page.locator(".zl-plan-create").click()
    expect(page.locator(".zl-monitor-status")).to_contain_text("Done:", timeout=60_000)
    sent = journal(stack, "CreateInstances")
    created = sum(e["body"]["amount"] for e in sent)
    assert created >= 6 and all(e["status"] == 200 for e in sent)
    expect(page.locator(".zl-monitor-counts")).to_have_text(f"RUNNING: {created}")
    expect(page.locator(".zl-monitor-grid .zl-status-RUNNING")).to_have_count(created)
    dashboard.shot("monitor-all-running")


def test_bad_password_is_refused_before_sending(dashboard: Any, stack: Any) -> None:
    page = dashboard.page
    dashboard.tab("Create")
    page.locator(".zl-form-password input").fill("bad")
    page.locator(".zl-form-password input").press("Tab")
    # click(), not check(): the kernel un-ticks it at once (the form is invalid), which check() reads as a miss.
    page.locator(".zl-form-confirm input[type=checkbox]").click()
    expect(page.locator(".zl-form-validation")).to_contain_text("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED")
    expect(page.locator(".zl-form-confirm input[type=checkbox]")).not_to_be_checked()
    page.locator(".zl-form-create").click()
    expect(page.locator(".zl-form-result")).to_contain_text("nothing was sent")
    dashboard.shot("bad-password")
    assert journal(stack, "CreateInstances") == []
    assert "bad" not in page.locator(".zl-form-validation").inner_text()


def test_sold_out_zone_shows_the_server_error(dashboard: Any, stack: Any) -> None:
    page = dashboard.page
    stack.control("POST", "/_mock/stock", {"zoneId": "SEL-A", "instanceTypeId": "M6C",
                                           "instanceChargeType": "POSTPAID", "qty": 0})
    dashboard.tab("Create")
    page.locator(".zl-form-zone select").select_option(label="SEL-A - Seoul (Asia)")
    expect(page.locator(".zl-form-offering")).to_contain_text("SEL-A /")  # the type list is SEL-A's now
    # The form read the stock when the page loaded (M6C still on sale there): the server is the one to refuse.
    m6c = page.locator('.zl-form-type select option[value^="M6C "]')
    expect(m6c).to_have_count(1)
    page.locator(".zl-form-type select").select_option(value=m6c.get_attribute("value"))
    expect(page.locator(".zl-form-offering")).to_contain_text("SEL-A / M6C")
    page.locator(".zl-form-password input").fill(VALID_PASSWORD)
    page.locator(".zl-form-password input").press("Tab")
    page.locator(".zl-form-confirm input[type=checkbox]").check()
    expect(page.locator(".zl-form-price-preview")).to_contain_text("/month")
    page.locator(".zl-form-create").click()
    result = page.locator(".zl-form-result")
    expect(result).to_contain_text("RESOURCES_SOLDOUT_INSTANCE_TYPE: ")
    expect(result).to_contain_text("request id T")
    dashboard.shot("sold-out")
    sent = journal(stack, "CreateInstances")
    assert [e["code"] for e in sent] == ["RESOURCES_SOLDOUT_INSTANCE_TYPE"]
    assert sent[0]["body"]["password"] == "***"  # the journal redacts it
    assert VALID_PASSWORD not in page.content()

"""Dashboard: four tabs wired to one monitor."""

from __future__ import annotations

from typing import Any

from widget_helpers import SECRET_PASSWORD, all_widget_text


def test_dashboard_wires_form_and_planner_to_the_monitor(server: Any, client: Any) -> None:
    from zltoolkit.widgets import Dashboard

    d = Dashboard(client)
    assert [d.tabs.get_title(i) for i in range(5)] == ["Stock", "Plan capacity", "Create", "Monitor", "History"]
    for part in (d.explorer, d.planner, d.form, d.monitor):
        assert part.errors.text == ""
    d.form.zone.value = "TYO-A"
    d.form.password.value = SECRET_PASSWORD
    d.form.confirm.value = True
    d.form.create_button.click()
    assert d.form.created_ids and d.tabs.selected_index == 3
    assert set(d.form.created_ids) <= set(d.monitor.states)
    d.monitor.poll = 30  # manual clock: big steps, few rounds
    d.monitor.run_until_done(sleep=server.advance)
    assert SECRET_PASSWORD not in all_widget_text(d)

"""FleetMonitor: asyncio task on a running loop, sync path without one, Cancel touches nothing."""

from __future__ import annotations

import asyncio
from typing import Any

from widget_helpers import actions


def create(client: Any, amount: int = 3, zone: str = "SEL-A", itype: str = "M6C") -> list[str]:
    resp = client.create_instances(zone_id=zone, instance_type_id=itype, instance_charge_type="POSTPAID",
                                   internet_charge_type="ByBandwidth", amount=amount)
    return list(resp.instance_id_set)


def test_sync_path_watches_to_the_end(server: Any, client: Any) -> None:
    from zltoolkit.widgets import FleetMonitor

    ids = create(client)
    mon = FleetMonitor(client, poll=15)
    assert mon.watch(ids) is None  # no running loop here: queued
    final = mon.run_until_done(sleep=server.advance)
    assert list(final["instance_id"]) == ids
    counts = mon.count_by_status()
    assert sum(counts.values()) == 3 and set(counts) <= {"RUNNING", "CREATE_FAILED"}
    assert "zl-status-RUNNING" in mon.table.value or "zl-status-CREATE_FAILED" in mon.table.value
    assert "Done:" in mon.status.value and mon.errors.text == ""


def test_task_on_running_loop_does_not_block_and_redraws(server: Any, client: Any) -> None:
    from zltoolkit.widgets import FleetMonitor

    ids = create(client, amount=2)
    seen: list[str] = []

    async def advancing_sleep(seconds: float) -> None:
        seen.append(str(dict(FleetMonitor.count_by_status(mon))))
        server.advance(seconds)
        await asyncio.sleep(0)

    mon = FleetMonitor(client, poll=20, sleep=advancing_sleep)

    async def main() -> Any:
        task = mon.watch(ids)
        assert task is not None and mon.running  # returned at once: the loop is free
        return await mon.wait()

    final = asyncio.run(main())
    assert final["status"].astype(str).isin(["RUNNING", "CREATE_FAILED"]).all()
    assert any("PENDING" in s or "CREATING" in s for s in seen)  # the table was live along the way
    assert not mon.running


def test_cancel_stops_watching_only(server: Any, client: Any) -> None:
    from zltoolkit.widgets import FleetMonitor

    ids = create(client, amount=2)

    async def main() -> Any:
        sleeping = asyncio.Event()

        async def sleep_until_cancelled(seconds: float) -> None:
            sleeping.set()  # the first round was answered; the watcher now waits for the next poll
            await asyncio.Event().wait()

        mon = FleetMonitor(client, poll=30, sleep=sleep_until_cancelled)
        mon.watch(ids)
        await asyncio.wait_for(sleeping.wait(), timeout=60)
        mon.cancel_button.click()
        await asyncio.wait_for(asyncio.gather(*[t for t in asyncio.all_tasks() if t is not asyncio.current_task()],
                                              return_exceptions=True), timeout=60)
        return mon

    mon = asyncio.run(main())
    assert not mon.running and "Stopped watching" in mon.status.value
    for action in ("TerminateInstance", "ReleaseInstances", "StopInstances", "RebootInstances"):
        assert actions(server, action) == []
    # The instances are still there, still coming up.
    assert len(client.describe_instances(instance_ids=ids).data_set) == 2


def test_errors_in_the_background_task_are_shown(server: Any, client: Any) -> None:
    from zltoolkit.widgets import FleetMonitor

    server.add_fault(action="DescribeInstances", error="INTERNAL_SERVER_ERROR", message="describe broke")
    mon = FleetMonitor(client, poll=5)
    mon.watch(["i-1"])
    mon.run_until_done(sleep=server.advance)
    assert "INTERNAL_SERVER_ERROR: describe broke" in mon.errors.text

"""FleetMonitor: live status of instances coming up, as an asyncio task so the kernel stays responsive.

``watch(ids)`` starts ``zltoolkit.lifecycle.watch`` on the running event loop (Jupyter/Voila always have one)
and returns at once; each polling round redraws the table and the counts. Without a running loop (plain
Python, tests) ``watch`` only records the ids and ``run_until_done(sleep=...)`` runs the same coroutine to
the end. Cancel stops the watching; it never touches the instances.
"""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import Awaitable, Callable
from typing import Any

import ipywidgets as w
import pandas as pd

from zltoolkit import lifecycle
from zltoolkit.api.enums import FAILED_INSTANCE_STATUSES, InstanceStatus
from zltoolkit.common.source import async_client, is_session

from ._util import STATUS_COLOURS, ErrorPanel, classed

#: What counts as failed in the summary: the API's failed statuses, and instances that vanished.
_FAILED = frozenset({*(s.value for s in FAILED_INSTANCE_STATUSES), "gone"})


def _mbps(value: Any) -> str:
    """Bandwidth as shown: ``"100 Mbps"``; empty until listed; 0 is "unmetered" (95th-percentile billing)."""
    if value is None:
        return ""
    return "unmetered" if int(value) == 0 else f"{int(value):,} Mbps"


def async_client_factory(source: Any) -> Callable[[], Any]:
    """A zero-argument callable making a fresh AsyncClient from a Session, a Client, or a factory.

    A fresh client per watch: an AsyncClient's connections belong to the loop that opened them, and
    ``run_until_done`` runs each watch on its own loop.
    """
    from zltoolkit.client import Client

    if is_session(source) or isinstance(source, Client):
        return lambda: async_client(source)
    if callable(source):
        factory: Callable[[], Any] = source
        return factory
    raise TypeError(f"FleetMonitor needs a Session, a Client or an AsyncClient factory, not {type(source).__name__}")


class FleetMonitor(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """Watch instances come up, live, without blocking the notebook.

    Shows a coloured badge per status with its count (e.g. "RUNNING: 4"), a line saying what is being
    watched (then "Done: ..." with the final counts), and a table with one row per instance: id, name,
    zone, type, status (coloured: green running, blue in flight, red failed), time since the watch began
    (until it settled) and public IP. **Cancel watching** stops the polling; it never touches the instances.

    ``watch()`` starts watching and returns at once: on a running event loop (Jupyter, Voila) the
    polling is an asyncio task and the table redraws after every round; ``await monitor.wait()`` waits for
    the end. Without a running loop (plain Python, tests) the ids are queued and ``run_until_done()``
    runs the watch. ``frame()`` is the last known state of every instance as a DataFrame. Errors while
    watching (an API error, a timeout) show in the panel at the bottom.

    Usage, as the last line of a notebook cell:

    ```python
    from zltoolkit.widgets import FleetMonitor

    monitor = FleetMonitor(session, poll=10)
    monitor.watch(ids)
    monitor
    ```

    Args:
        source: A ``zltoolkit`` Session or Client, or a zero-argument factory of AsyncClients.
        poll: Seconds between polling rounds.
        timeout: Seconds before a watch gives up (the instances are shown as they were).
        target: The status an instance is watched until (failed or vanished instances settle too).
        sleep: How a watch waits between rounds (default ``asyncio.sleep``; e.g. a mock clock's advance).
        **kwargs: Passed to ``ipywidgets.VBox`` (e.g. ``layout``).
    """

    def __init__(self, source: Any, *, poll: float = 5.0, timeout: float = 3600.0,
                 target: str = InstanceStatus.RUNNING.value,
                 sleep: Callable[[float], Awaitable[Any] | Any] | None = None, **kwargs: Any) -> None:
        self.make_client = async_client_factory(source)
        self.poll = poll
        # How a watch waits between rounds: asyncio.sleep, or e.g. a manual mock clock's advance.
        self.sleep = sleep or asyncio.sleep
        self.timeout = timeout
        self.target = target
        self.errors = ErrorPanel()
        self.states: dict[str, dict[str, Any]] = {}  # id -> last row of lifecycle.STATES, plus our elapsed
        self.results: list[pd.DataFrame] = []
        self._pending: list[list[str]] = []  # batches recorded without a running loop
        self._tasks: set[asyncio.Task[Any]] = set()
        self._started: dict[str, float] = {}

        self.counts = classed(w.HTML(), "zl-monitor-counts")
        self.status = classed(w.HTML("<i>Nothing to watch yet.</i>"), "zl-monitor-status")
        self.table = classed(w.HTML(), "zl-monitor-table")
        self.cancel_button = classed(w.Button(description="Cancel watching", icon="stop", disabled=True),
                                     "zl-monitor-cancel")
        self.cancel_button.on_click(self.errors.guard(lambda _b: self.cancel(), "cancel"))
        super().__init__(children=[w.HBox([self.counts, self.cancel_button]), self.status, self.table,
                                   self.errors], **kwargs)
        self.add_class("zl-fleet-monitor")

    # --- starting and stopping ---

    def watch(self, ids: list[str]) -> asyncio.Task[Any] | None:
        """Start watching ``ids``: a task on the running loop, or recorded for ``run_until_done``."""
        ids = [i for i in dict.fromkeys(ids) if i]
        if not ids:
            return None
        now = time.monotonic()
        for i in ids:
            self.states.setdefault(i, {"instance_id": i, "status": None})
            self._started.setdefault(i, now)
        self._render()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._pending.append(ids)
            self.status.value = f"<i>{len(ids)} instance(s) queued (no event loop: call run_until_done()).</i>"
            return None
        task = loop.create_task(self._run(ids, self.sleep))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self.cancel_button.disabled = False
        self.status.value = f"Watching {len(self.states)} instance(s)..."
        return task

    def run_until_done(self, sleep: Callable[[float], Any] | None = None) -> pd.DataFrame:
        """Without a running loop: watch everything queued to the end (``sleep`` may advance a mock clock)."""
        batches, self._pending = self._pending, []

        async def main() -> None:
            for ids in batches:
                await self._run(ids, sleep or self.sleep)

        asyncio.run(main())
        return self.frame()

    async def wait(self) -> pd.DataFrame:
        """Await every running watch (e.g. ``await monitor.wait()`` in a notebook cell)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        return self.frame()

    def cancel(self) -> None:
        """Stop watching. The instances are not touched: they keep coming up on the server."""
        for task in list(self._tasks):
            task.cancel()
        self._pending.clear()
        self.cancel_button.disabled = True
        self.status.value = ("<span class='zl-monitor-cancelled'>Stopped watching; the instances were not "
                             "touched.</span>")

    @property
    def running(self) -> bool:
        """Whether a watch is still polling."""
        return bool(self._tasks)

    # --- the watch coroutine ---

    async def _run(self, ids: list[str], sleep: Callable[[float], Awaitable[Any] | Any]) -> pd.DataFrame | None:
        client = self.make_client()
        try:
            df = await lifecycle.watch(client, ids, target=self.target, timeout=self.timeout, poll=self.poll,
                                       sleep=sleep, progress=False, on_update=self._on_update)
            self.results.append(df)
            self._on_update(df)
            self._finished()
            return df
        except asyncio.CancelledError:
            raise
        except lifecycle.WaitTimeout as exc:
            self._on_update(exc.frame)
            self.errors.show(exc, "watch")
        except Exception as exc:  # noqa: BLE001 - shown in the panel, never lost in a background task
            self.errors.show(exc, "watch")
        finally:
            close = getattr(client, "aclose", None)
            if close is not None:
                await close()
        return None

    def _finished(self) -> None:
        if len(self._tasks) <= 1:  # this task is still in the set while it finishes
            self.cancel_button.disabled = True
        counts = self.count_by_status()
        failed = sum(n for s, n in counts.items() if s in _FAILED)
        done = "; ".join(f"{n} {s}" for s, n in counts.items())
        colour = "#b71c1c" if failed else "#2e7d32"
        self.status.value = f"<span class='zl-monitor-done' style='color:{colour}'>Done: {html.escape(done)}</span>"

    def _on_update(self, df: pd.DataFrame) -> None:
        now = time.monotonic()
        for row in df.to_dict("records"):
            iid = row["instance_id"]
            state = self.states.setdefault(iid, {"instance_id": iid})
            state.update({str(k): (None if pd.isna(v) else v) if not isinstance(v, (tuple, list, dict)) else v
                          for k, v in row.items()})
            # Settled as lifecycle.watch decides: the target reached (any target, not only RUNNING), failed or gone.
            if state.get("reached") or state.get("failed") or state.get("gone"):
                state.setdefault("done_after", now - self._started.get(iid, now))
        self._render()

    # --- views of the state ---

    def count_by_status(self) -> dict[str, int]:
        """Watched instances per last known status (``gone``: vanished; ``unseen``: not listed yet)."""
        out: dict[str, int] = {}
        for s in self.states.values():
            key = "gone" if s.get("gone") else (s.get("status") or "unseen")
            out[key] = out.get(key, 0) + 1
        return out

    def frame(self) -> pd.DataFrame:
        """Every watched instance's last known state (lifecycle.STATES columns)."""
        rows = [{k: v for k, v in s.items() if k in lifecycle.STATES} for s in self.states.values()]
        from zltoolkit.common.frames import frame

        return frame(rows, lifecycle.STATES)

    def _elapsed(self, state: dict[str, Any]) -> str:
        secs = state.get("done_after")
        if secs is None:
            secs = time.monotonic() - self._started.get(state["instance_id"], time.monotonic())
        return f"{secs:,.1f} s"

    def _render(self) -> None:
        badges = []
        for status, n in sorted(self.count_by_status().items()):
            colour = STATUS_COLOURS.get(status, "#757575")
            badges.append(f"<span class='zl-count zl-count-{html.escape(status)}' style='background:{colour};"
                          f"color:white;border-radius:8px;padding:1px 8px;margin-right:4px'>"
                          f"{html.escape(status)}: {n}</span>")
        self.counts.value = "".join(badges)
        rows = []
        for s in self.states.values():
            status = s.get("status") or ("gone" if s.get("gone") else "unseen")
            colour = STATUS_COLOURS.get(status, "#757575")
            cells = [s["instance_id"], s.get("instance_name") or "", s.get("zone_id") or "",
                     s.get("instance_type_id") or ""]
            tds = "".join(f"<td style='padding:1px 8px'>{html.escape(str(c))}</td>" for c in cells)
            rows.append(f"<tr class='zl-instance-row'>{tds}<td class='zl-status zl-status-{html.escape(status)}' "
                        f"style='padding:1px 8px;color:white;background:{colour}'>{html.escape(status)}</td>"
                        f"<td style='padding:1px 8px'>{self._elapsed(s)}</td>"
                        f"<td style='padding:1px 8px'>{html.escape(str(s.get('public_ip') or ''))}</td>"
                        f"<td class='zl-bandwidth' style='padding:1px 8px'>{_mbps(s.get('bandwidth_out_mbps'))}</td></tr>")
        head = "".join(f"<th style='text-align:left;padding:1px 8px'>{h}</th>"
                       for h in ("instance", "name", "zone", "type", "status", "elapsed", "public IP", "bandwidth"))
        self.table.value = (f"<div style='max-height:360px;overflow:auto'><table class='zl-monitor-grid' "
                            f"style='border-collapse:collapse;font-size:12px'><tr>{head}</tr>{''.join(rows)}"
                            f"</table></div>") if rows else ""

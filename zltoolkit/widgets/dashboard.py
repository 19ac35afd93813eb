"""Dashboard: the explorer, planner, form and monitor in tabs, wired together (the Voila app)."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from ._util import classed
from .capacity_planner import CapacityPlanner
from .create_form import CreateInstanceForm
from .fleet_monitor import FleetMonitor
from .history_viewer import DEFAULT_STORE, HistoryViewer
from .stock_explorer import StockExplorer

TAB_TITLES = ("Stock", "Plan capacity", "Create", "Monitor", "History")
MONITOR_TAB = 3
HISTORY_TAB = 4


class Dashboard(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """The whole toolkit in one widget (the Voila app): five tabs, four wired to one fleet monitor.

    Shows a header saying where the session is connected, then tabs: **Stock** (a ``StockExplorer``),
    **Plan capacity** (a ``CapacityPlanner``), **Create** (a ``CreateInstanceForm``) and **Monitor** (a
    ``FleetMonitor``) and **History** (a ``HistoryViewer`` of a recorded stock history). Creating from the planner or the form hands the new ids to the shared monitor and
    switches to its tab. The parts stay reachable as ``explorer``, ``planner``, ``form``, ``monitor`` and
    ``history``.

    Usage, as the last line of a notebook cell (``make demo`` serves ``notebooks/dashboard.ipynb`` with
    Voila):

    ```python
    from zltoolkit.widgets import Dashboard

    Dashboard(session)
    ```

    Args:
        session: A ``zltoolkit`` Session (or Client).
        poll: Seconds between the monitor's polling rounds.
        history_store: The stock history file the History tab opens (``session.record_stock``'s default).
        **kwargs: Passed to ``ipywidgets.VBox`` (e.g. ``layout``).
    """

    def __init__(self, session: Any, *, poll: float = 2.0, history_store: Any = DEFAULT_STORE,
                 **kwargs: Any) -> None:
        self.session = session
        self.monitor = FleetMonitor(session, poll=poll)
        self.explorer = StockExplorer(session)
        self.planner = CapacityPlanner(session, monitor=self)
        self.form = CreateInstanceForm(session, monitor=self)
        self.history = HistoryViewer(history_store)
        self.tabs = classed(w.Tab(children=[self.explorer, self.planner, self.form, self.monitor, self.history]),
                            "zl-tabs")
        for i, title in enumerate(TAB_TITLES):
            self.tabs.set_title(i, title)
        where = getattr(session, "description", "") or getattr(session, "endpoint", "")
        self.header = classed(w.HTML(f"<div class='zl-endpoint'>Connected to {html.escape(str(where))}</div>"),
                              "zl-header")
        super().__init__(children=[self.header, self.tabs], **kwargs)
        self.add_class("zl-dashboard")

    def watch(self, ids: list[str]) -> Any:
        """What the planner and the form call after a create: watch in the monitor, show its tab."""
        task = self.monitor.watch(ids)
        self.tabs.selected_index = MONITOR_TAB
        return task

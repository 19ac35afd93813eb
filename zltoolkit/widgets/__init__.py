"""ipywidgets UIs built on the session's views, planning and lifecycle.

Each class is an ``ipywidgets.VBox``: make one with a session and leave it as the last expression of a
cell (or pass it to ``display``) to show it. ``Dashboard`` puts the others in tabs.
"""

from .bandwidth_form import BandwidthForm
from .capacity_planner import CapacityPlanner
from .create_form import CreateInstanceForm
from .dashboard import Dashboard
from .fleet_monitor import FleetMonitor
from .history_viewer import HistoryViewer
from .stock_explorer import StockExplorer

__all__ = ["BandwidthForm", "CapacityPlanner", "CreateInstanceForm", "Dashboard", "FleetMonitor", "HistoryViewer",
           "StockExplorer"]

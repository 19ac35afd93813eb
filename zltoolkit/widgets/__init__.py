"""ipywidgets UIs built on views, planning and lifecycle: each a small class exposing ``.widget``."""

from .capacity_planner import CapacityPlanner
from .create_form import CreateInstanceForm
from .dashboard import Dashboard
from .fleet_monitor import FleetMonitor
from .stock_explorer import StockExplorer

__all__ = ["CapacityPlanner", "CreateInstanceForm", "Dashboard", "FleetMonitor", "StockExplorer"]

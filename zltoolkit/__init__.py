"""zltoolkit: plan and create Zenlayer Bare Metal Cloud capacity from a notebook.

``import zltoolkit as zl`` is cheap: pandas, httpx and the rest load on first use of a name below.

    s = zl.connect("mock")                      # or zl.connect() with ZENLAYERCLOUD_* set
    s.stock()                                   # or zl.stock(s)
    p = zl.plan(s, zl.Requirement(count=40, min_cores=32, areas="Asia", tolerate_zone_loss=1))
    p.apply(s, confirm=True)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .history import (
        HistoryStore,
        Recorder,
        availability,
        availability_heatmap,
        export,
        placement_scores,
        qty_timeline,
        read_export,
    )
    from .lifecycle import InstanceFailedError, WaitTimeout, wait_for, watch
    from .planning import Allocation, Plan, PlanError, PlanStaleError, Requirement
    from .planning.options import options
    from .planning.plan import plan
    from .session import ConnectError, Session, connect
    from .views import (
        aprices,
        catalog,
        cidr_blocks,
        ddos_ips,
        eips,
        images,
        instance_types,
        instances,
        internet_status,
        prices,
        stock,
        subnets,
        traffic,
        vpcs,
        zones,
    )

_EXPORTS: dict[str, str] = {
    "connect": "session",
    "Session": "session",
    "ConnectError": "session",
    "zones": "views",
    "instance_types": "views",
    "images": "views",
    "stock": "views",
    "instances": "views",
    "prices": "views",
    "aprices": "views",
    "catalog": "views",
    "traffic": "views",
    "internet_status": "views",
    "subnets": "views",
    "vpcs": "views",
    "eips": "views",
    "cidr_blocks": "views",
    "ddos_ips": "views",
    "Requirement": "planning",
    "options": "planning",
    "plan": "planning",
    "Plan": "planning",
    "Allocation": "planning",
    "PlanError": "planning",
    "PlanStaleError": "planning",
    "wait_for": "lifecycle",
    "watch": "lifecycle",
    "WaitTimeout": "lifecycle",
    "InstanceFailedError": "lifecycle",
    "Recorder": "history",
    "HistoryStore": "history",
    "availability": "history",
    "placement_scores": "history",
    "availability_heatmap": "history",
    "qty_timeline": "history",
    "export": "history",
    "read_export": "history",
}

__all__ = [
    "Allocation",
    "ConnectError",
    "HistoryStore",
    "InstanceFailedError",
    "Plan",
    "PlanError",
    "PlanStaleError",
    "Recorder",
    "Requirement",
    "Session",
    "WaitTimeout",
    "__version__",
    "aprices",
    "availability",
    "availability_heatmap",
    "catalog",
    "cidr_blocks",
    "connect",
    "ddos_ips",
    "eips",
    "export",
    "images",
    "instance_types",
    "instances",
    "internet_status",
    "options",
    "placement_scores",
    "plan",
    "prices",
    "qty_timeline",
    "read_export",
    "stock",
    "subnets",
    "traffic",
    "vpcs",
    "wait_for",
    "watch",
    "zones",
]


#: Subpackages reachable as attributes without importing them first (``zl.views.STOCK``).
_SUBMODULES = frozenset({"api", "client", "views", "planning", "lifecycle", "history", "session"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

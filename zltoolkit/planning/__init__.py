"""Capacity planning: Requirement -> ranked options -> Plan -> CreateInstances requests -> apply.

The placement algorithm is described in :mod:`zltoolkit.planning.algorithm`.
"""

from __future__ import annotations

from .apply import CHANGES, PlanApplyError, PlanError, PlanStaleError, apply, recheck, to_requests
from .options import OPTIONS, options
from .plan import ALLOCATIONS, Allocation, Plan, plan
from .requirement import Requirement

__all__ = [
    "ALLOCATIONS",
    "CHANGES",
    "OPTIONS",
    "Allocation",
    "Plan",
    "PlanApplyError",
    "PlanError",
    "PlanStaleError",
    "Requirement",
    "apply",
    "options",
    "plan",
    "recheck",
    "to_requests",
]

"""Lifecycle schedules and the status matrix: which action an instance's status allows, and with which code.

Status matrix (codes abbreviate ``OPERATION_DENIED_INSTANCE_*``; ``ok`` = accepted). The RUNNING, STOPPED
and RECYCLE rows follow the docs/api-facts.md (§7.8, §8); the others are docs/mock-guide.md's choices where the docs are
silent: PENDING/CREATING refuse everything but Describe/Modify with CREATING, INSTALLING with
STATUS_INSTALLING, STOPPING/BOOTING refuse power and reinstall actions with STATUS, CREATE_FAILED allows
only Terminate (generic STATUS otherwise; Release keeps its own NOT_RECYCLED).

=============  ===========  ===========  ===========  ===========  =========  ============  ===========
status         Start        Stop         Reboot       Reinstall    Terminate  Release       Renew (PRE)
=============  ===========  ===========  ===========  ===========  =========  ============  ===========
PENDING        CREATING     CREATING     CREATING     CREATING     CREATING   CREATING      CREATING
CREATING       CREATING     CREATING     CREATING     CREATING     CREATING   CREATING      CREATING
INSTALLING     ST_INSTALL.  ST_INSTALL.  ST_INSTALL.  ST_INSTALL.  ST_INST.   ST_INSTALL.   ST_INSTALL.
RUNNING        NOT_STOPPED  ok           ok           ok           ok         NOT_RECYCLED  ok
STOPPED        ok           NOT_RUNNING  ok           ok           ok         NOT_RECYCLED  ok
STOPPING       STATUS       STATUS       STATUS       STATUS       ok         NOT_RECYCLED  ok
BOOTING        STATUS       STATUS       STATUS       STATUS       ok         NOT_RECYCLED  ok
INSTALL_FAIL.  NOT_STOPPED  NOT_RUNNING  STATUS       ok           ok         NOT_RECYCLED  ok
CREATE_FAILED  STATUS       STATUS       STATUS       STATUS       ok(del.)   NOT_RECYCLED  STATUS
RECYCLE        RECYCLED     RECYCLED     RECYCLED     RECYCLED     RECYCLED   ok            ok (restore)
=============  ===========  ===========  ===========  ===========  =========  ============  ===========

ModifyInstancesAttribute is accepted in every status. RenewInstance of a POSTPAID instance is refused with
OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT (there is no subscription to renew) after the status checks.
"""

from __future__ import annotations

from typing import Any

from ..scenarios.models import Lifecycle
from .records import (
    BOOTING,
    CREATE_FAILED,
    CREATING,
    INSTALL_FAILED,
    INSTALLING,
    PENDING,
    RECYCLE,
    RUNNING,
    STOPPED,
    STOPPING,
)

START, STOP, REBOOT, REINSTALL, TERMINATE, RELEASE, RENEW = (
    "StartInstances", "StopInstances", "RebootInstances", "ReinstallInstance", "TerminateInstance",
    "ReleaseInstances", "RenewInstance",
)  # fmt: skip

_D = "OPERATION_DENIED_INSTANCE_"
_POWER = (START, STOP, REBOOT, REINSTALL)

# (action, status) -> code; a pair absent here is allowed.
_DENY: dict[tuple[str, str], str] = {}
for _a in (START, STOP, REBOOT, REINSTALL, TERMINATE, RELEASE, RENEW):
    _DENY[(_a, PENDING)] = _DENY[(_a, CREATING)] = _D + "CREATING"
    _DENY[(_a, INSTALLING)] = _D + "STATUS_INSTALLING"
    if _a not in (RELEASE, RENEW):
        _DENY[(_a, RECYCLE)] = _D + "RECYCLED"
    if _a is not TERMINATE:
        _DENY[(_a, CREATE_FAILED)] = _D + "STATUS"
for _a in _POWER:
    _DENY[(_a, STOPPING)] = _DENY[(_a, BOOTING)] = _D + "STATUS"
for _s in (RUNNING, STOPPED, STOPPING, BOOTING, INSTALL_FAILED, CREATE_FAILED):
    _DENY[(RELEASE, _s)] = _D + "NOT_RECYCLED"
_DENY[(START, RUNNING)] = _DENY[(START, INSTALL_FAILED)] = _D + "NOT_STOPPED"
_DENY[(STOP, STOPPED)] = _DENY[(STOP, INSTALL_FAILED)] = _D + "NOT_RUNNING"
_DENY[(REBOOT, INSTALL_FAILED)] = _D + "STATUS"

_WHY = {
    _D + "CREATING": "is being created",
    _D + "STATUS_INSTALLING": "is installing its operating system",
    _D + "RECYCLED": "is in the recycle bin",
    _D + "STATUS": "is {status}, which does not allow this operation",
    _D + "NOT_RECYCLED": "is not in the recycle bin (status {status})",
    _D + "NOT_STOPPED": "is not stopped (status {status})",
    _D + "NOT_RUNNING": "is not running (status {status})",
}


def denial(action: str, status: str) -> str | None:
    """The error code refusing ``action`` on an instance in ``status``, or None when it is allowed."""
    return _DENY.get((action, status))


def denial_message(code: str, instance_id: str, status: str) -> str:
    return f"The instance `{instance_id}` " + _WHY[code].format(status=status) + "."


# Where an interrupted transition would have led: what RenewInstance restores out of RECYCLE.
SETTLED = {BOOTING: RUNNING, STOPPING: STOPPED, INSTALLING: RUNNING, PENDING: RUNNING, CREATING: RUNNING}


def create_schedule(
    t0: float, lc: Lifecycle, *, has_image: bool, create_fails: bool, install_fails: bool
) -> tuple[Any, ...]:
    """PENDING -> CREATING -> (INSTALLING if an image) -> RUNNING, or -> CREATE_FAILED / INSTALL_FAILED."""
    t1 = t0 + lc.pending
    t2 = t1 + lc.creating
    if create_fails:
        return (t0, PENDING, t1, CREATING, t2, CREATE_FAILED)
    if not has_image:
        return (t0, PENDING, t1, CREATING, t2, RUNNING)
    t3 = t2 + lc.installing
    return (t0, PENDING, t1, CREATING, t2, INSTALLING, t3, INSTALL_FAILED if install_fails else RUNNING)


def power_entries(action: str, now: float, lc: Lifecycle) -> tuple[Any, ...]:
    if action == STOP:
        return (now, STOPPING, now + lc.stopping, STOPPED)
    return (now, BOOTING, now + lc.booting, RUNNING)  # Start and Reboot


def install_entries(now: float, lc: Lifecycle, *, fails: bool) -> tuple[Any, ...]:
    return (now, INSTALLING, now + lc.installing, INSTALL_FAILED if fails else RUNNING)

#: The ten documented statuses (RECYCLING is only ever read by clients, never produced).
ALL_STATUSES = frozenset(
    {PENDING, CREATING, CREATE_FAILED, INSTALLING, INSTALL_FAILED, RUNNING, STOPPED, BOOTING, STOPPING, RECYCLE}
)

"""NIC names, bandwidth and network billing rules (docs/api-facts.md §6 Nic, §7.1, §11, §12.7, §12.11)."""

from __future__ import annotations

import re

from .. import limits
from ..enums import InternetChargeType
from ..structures import Nic
from ._core import Violation
from .versions import check_charge_version

_NIC_NAME_RE = re.compile(
    rf"[A-Za-z][A-Za-z0-9]{{{limits.NIC_NAME_MIN_LEN - 1},{limits.NIC_NAME_MAX_LEN - 1}}}"
)
# Each name must not start with the other interface's prefix (SDK/CLI wording, §12.7); case-insensitive.
_FORBIDDEN_PREFIX = {"wanName": "lan", "lanName": "wan"}


def check_nic(nic: Nic | None, *, is_ha: bool | None = None) -> Violation | None:
    """Names are checked as given; for the conflict an omitted name takes its default when ``is_ha`` is
    known (``wan0``/``lan0``, or ``bond0``/``bond1`` on HA types)."""
    if nic is None:
        return None
    for field, value in (("wanName", nic.wan_name), ("lanName", nic.lan_name)):
        if value is None:
            continue
        prefix = _FORBIDDEN_PREFIX[field]
        if not _NIC_NAME_RE.fullmatch(value) or value.lower().startswith(prefix):
            return Violation(
                "INVALID_PARAMETER_NIC_NAME_MALFORMED",
                f"`nic.{field}` must be {limits.NIC_NAME_MIN_LEN}-{limits.NIC_NAME_MAX_LEN} letters or digits, "
                f"start with a letter and not start with `{prefix}`.",
                f"nic.{field}",
            )
    wan, lan = nic.wan_name, nic.lan_name
    if is_ha is not None:
        wan = wan if wan is not None else (limits.DEFAULT_HA_WAN_NAME if is_ha else limits.DEFAULT_WAN_NAME)
        lan = lan if lan is not None else (limits.DEFAULT_HA_LAN_NAME if is_ha else limits.DEFAULT_LAN_NAME)
    if wan is not None and lan is not None and wan.lower() == lan.lower():
        field = "nic.lanName" if nic.lan_name is not None else "nic.wanName"
        return Violation(
            "INVALID_PARAMETER_NIC_NAME_CONFLICT", "`nic.wanName` and `nic.lanName` must differ.", field
        )
    return None


def check_bandwidth(value: int | None, *, maximum: int | None = None) -> Violation | None:
    """``internetMaxBandwidthOut``: >= 1 Mbps, and at most ``maximum`` (the offering's) when known."""
    if value is None:
        return None
    if value < 1:
        return Violation(
            "INVALID_PARAMETER", "`internetMaxBandwidthOut` must be at least 1 (Mbps).", "internetMaxBandwidthOut"
        )
    if maximum is not None and value > maximum:
        return Violation(
            "INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM",
            f"`internetMaxBandwidthOut` {value} Mbps exceeds the maximum of {maximum} Mbps.",
            "internetMaxBandwidthOut",
        )
    return None


def check_internet_charge(
    internet_charge_type: InternetChargeType | str,
    *,
    api_version: str,
    cluster_id: str | None = None,
    traffic_package_size: float | None = None,
) -> Violation | None:
    """``ByBandwidthCluster`` exists only in 2026-02-01 and needs ``clusterId``.

    ``trafficPackageSize`` must be > 0; given with another charge type it is ignored like a period with
    POSTPAID: the docs' example 3 sends it with ``ByBandwidth`` (§12.11) and the examples must replay.
    """
    version_violation = check_charge_version(internet_charge_type, api_version)
    if version_violation is not None:
        return version_violation
    if internet_charge_type == InternetChargeType.BY_BANDWIDTH_CLUSTER and not cluster_id:
        return Violation(
            "MISSING_PARAMETER",
            f"The parameter `clusterId` is required with {InternetChargeType.BY_BANDWIDTH_CLUSTER}.",
            "clusterId",
        )
    if traffic_package_size is not None and not traffic_package_size > 0:
        return Violation("INVALID_PARAMETER", "`trafficPackageSize` must be greater than 0 (TB).", "trafficPackageSize")
    return None

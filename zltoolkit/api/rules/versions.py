"""The only differences between the served API versions are validation rules (docs/architecture.md, wire protocol).

``sshKeys`` exists only in 2022-11-20; ``internetChargeType=ByBandwidthCluster`` only in 2026-02-01. These
hold for every action carrying the field, so the mock applies them to any request (``check_versioned``);
``check_login`` / ``check_internet_charge`` apply them too, so a form sees the same message.
"""

from __future__ import annotations

from ..enums import ApiVersion, InternetChargeType
from ._core import Violation, parse_version


def check_ssh_keys_version(ssh_keys: list[str] | None, api_version: str) -> Violation | None:
    if ssh_keys is not None and parse_version(api_version) is ApiVersion.V2026_02_01:
        return Violation(
            "INVALID_PARAMETER",
            f"`sshKeys` is not a parameter of API version {ApiVersion.V2026_02_01}; use `keyId`.",
            "sshKeys",
        )
    return None


def check_charge_version(internet_charge_type: InternetChargeType | str | None, api_version: str) -> Violation | None:
    if (
        internet_charge_type == InternetChargeType.BY_BANDWIDTH_CLUSTER
        and parse_version(api_version) is not ApiVersion.V2026_02_01
    ):
        return Violation(
            "INVALID_PARAMETER",
            f"`internetChargeType` {InternetChargeType.BY_BANDWIDTH_CLUSTER} needs API version "
            f"{ApiVersion.V2026_02_01}.",
            "internetChargeType",
        )
    return None


def internet_charge_types_for(api_version: str) -> tuple[str, ...]:
    """The ``internetChargeType`` values a request may carry under ``api_version`` (in the enumeration's order)."""
    return tuple(t.value for t in InternetChargeType if check_charge_version(t, api_version) is None)


def check_versioned(
    *, api_version: str, ssh_keys: list[str] | None = None, internet_charge_type: InternetChargeType | str | None = None
) -> Violation | None:
    """The version rules for whichever of the fields a request carries (any action)."""
    return check_ssh_keys_version(ssh_keys, api_version) or check_charge_version(internet_charge_type, api_version)

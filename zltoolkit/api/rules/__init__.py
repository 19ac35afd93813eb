"""Request rules of CreateInstances and ReinstallInstance as pure functions (docs/api-facts.md §6-7).

Each rule returns None or a :class:`Violation` whose code is in ``zltoolkit.api.errors.ERRORS`` and whose
message names the field by its wire (camelCase) name. ``check_create``/``check_reinstall`` return the
first violation in a fixed order (see :mod:`.compose`); ``violations_create``/``violations_reinstall``
return all of them. Used by the mock (with server data) and the widgets (without).
"""

from ._core import Violation
from .compose import check_create, check_reinstall, violations_create, violations_reinstall
from .disks import (
    array_capacity_gb,
    check_partitions,
    check_raid,
    disk_sizes,
    raid_capacity_gb,
    raid_disks_fit,
    type_disks,
    usable_capacity_gb,
)
from .general import (
    check_amount,
    check_id_list,
    check_image_source,
    check_prepaid,
    check_tags,
    check_user_data,
)
from .login import check_login, check_password, check_ssh_keys, parse_ssh_key, password_ok
from .names import check_hostname, check_instance_name, check_name, expand_names
from .network import check_bandwidth, check_internet_charge, check_nic
from .versions import check_charge_version, check_ssh_keys_version, check_versioned, internet_charge_types_for

__all__ = [
    "Violation",
    "array_capacity_gb",
    "check_amount",
    "check_id_list",
    "check_bandwidth",
    "check_charge_version",
    "check_create",
    "check_hostname",
    "check_image_source",
    "check_instance_name",
    "check_internet_charge",
    "check_login",
    "check_name",
    "check_nic",
    "check_partitions",
    "check_password",
    "check_prepaid",
    "check_raid",
    "check_reinstall",
    "check_ssh_keys",
    "check_ssh_keys_version",
    "check_tags",
    "check_user_data",
    "check_versioned",
    "disk_sizes",
    "expand_names",
    "internet_charge_types_for",
    "parse_ssh_key",
    "password_ok",
    "raid_capacity_gb",
    "raid_disks_fit",
    "type_disks",
    "usable_capacity_gb",
    "violations_create",
    "violations_reinstall",
]

"""CreateInstances / ReinstallInstance: every request rule in one fixed order.

The order follows the docs' parameter table, with ``amount`` first because the name rules need it:

CreateInstances: amount, instanceChargePrepaid, internetChargeType (+clusterId, trafficPackageSize),
internetMaxBandwidthOut, imageId/ipxeUrl, instanceName, hostname, login (sshKeys version, conflicts,
password, sshKeys, keyId on Windows), raidConfig, partitions, nic, userData, tags.

ReinstallInstance: imageId/ipxeUrl, hostname, login, raidConfig, partitions, nic, userData.

Rules needing server data are skipped when it is None: ``instance_type`` (RAID support and disk count,
partition capacity, HA NIC defaults, bandwidth maximum when ``max_bandwidth`` is None), ``image`` (OS type:
keyId on Windows, partition style), ``max_bandwidth`` (the offering's ``maximumBandwidthOut``). Widgets
call these without server data; the mock passes everything.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..actions import CreateInstancesRequest, ReinstallInstanceRequest
from ..structures import ImageInfo, InstanceType
from ._core import Violation, os_type_of, parse_version
from .disks import check_partitions, check_raid, usable_capacity_gb
from .general import check_amount, check_image_source, check_prepaid, check_tags, check_user_data
from .login import check_login
from .names import check_name
from .network import check_bandwidth, check_internet_charge, check_nic


def _create_rules(
    req: CreateInstancesRequest,
    api_version: str,
    instance_type: InstanceType | None,
    image: ImageInfo | None,
    max_bandwidth: int | None,
) -> Iterator[Violation | None]:
    parse_version(api_version)  # an unknown version is the caller's bug, not the user's
    os_type = os_type_of(image)
    amount_violation = check_amount(req.amount)
    yield amount_violation
    # Names are still checked for a bad amount (violations_create), as if for one instance.
    count = req.amount if req.amount is not None and amount_violation is None else 1
    yield check_prepaid(req.instance_charge_type, req.instance_charge_prepaid)
    yield check_internet_charge(
        req.internet_charge_type,
        api_version=api_version,
        cluster_id=req.cluster_id,
        traffic_package_size=req.traffic_package_size,
    )
    if max_bandwidth is None and instance_type is not None:
        max_bandwidth = instance_type.maximum_bandwidth
    yield check_bandwidth(req.internet_max_bandwidth_out, maximum=max_bandwidth)
    yield check_image_source(req.image_id, req.ipxe_url)
    yield check_name(req.instance_name, field="instanceName", count=count)
    yield check_name(req.hostname, field="hostname", count=count)
    yield check_login(
        password=req.password, key_id=req.key_id, ssh_keys=req.ssh_keys, api_version=api_version, os_type=os_type
    )
    yield check_raid(req.raid_config, instance_type=instance_type)
    yield check_partitions(
        req.partitions,
        has_image=bool(req.image_id),
        os_type=os_type,
        capacity_gb=usable_capacity_gb(instance_type, req.raid_config),
    )
    yield check_nic(req.nic, is_ha=instance_type.is_ha if instance_type is not None else None)
    yield check_user_data(req.user_data)
    yield check_tags(req.tags)


def _reinstall_rules(
    req: ReinstallInstanceRequest,
    api_version: str,
    instance_type: InstanceType | None,
    image: ImageInfo | None,
    instance_has_image: bool | None,
) -> Iterator[Violation | None]:
    parse_version(api_version)
    os_type = os_type_of(image)
    yield check_image_source(req.image_id, req.ipxe_url)
    yield check_name(req.hostname, field="hostname", count=1)
    yield check_login(
        password=req.password, key_id=req.key_id, ssh_keys=req.ssh_keys, api_version=api_version, os_type=os_type
    )
    yield check_raid(req.raid_config, instance_type=instance_type)
    # Without imageId the current image is reinstalled, so only the caller knows whether there is one.
    has_image = True if (req.image_id or image is not None) else instance_has_image
    yield check_partitions(
        req.partitions,
        has_image=has_image,
        os_type=os_type,
        capacity_gb=usable_capacity_gb(instance_type, req.raid_config),
    )
    yield check_nic(req.nic, is_ha=instance_type.is_ha if instance_type is not None else None)
    yield check_user_data(req.user_data)


def check_create(
    req: CreateInstancesRequest,
    *,
    api_version: str,
    instance_type: InstanceType | None = None,
    image: ImageInfo | None = None,
    max_bandwidth: int | None = None,
) -> Violation | None:
    """The first broken rule of a CreateInstances request (what the server answers), or None."""
    return next((v for v in _create_rules(req, api_version, instance_type, image, max_bandwidth) if v), None)


def violations_create(
    req: CreateInstancesRequest,
    *,
    api_version: str,
    instance_type: InstanceType | None = None,
    image: ImageInfo | None = None,
    max_bandwidth: int | None = None,
) -> list[Violation]:
    """Every broken rule (at most one per rule group, in check order): what a form shows."""
    return [v for v in _create_rules(req, api_version, instance_type, image, max_bandwidth) if v]


def check_reinstall(
    req: ReinstallInstanceRequest,
    *,
    api_version: str,
    instance_type: InstanceType | None = None,
    image: ImageInfo | None = None,
    instance_has_image: bool | None = None,
) -> Violation | None:
    """The first broken rule of a ReinstallInstance request, or None.

    ``image`` is the image to be installed: the requested one, or the instance's current one when
    ``imageId`` is omitted. ``instance_has_image=False`` says the instance has no OS image (so
    ``partitions`` without ``imageId`` are refused); None means unknown.
    """
    return next((v for v in _reinstall_rules(req, api_version, instance_type, image, instance_has_image) if v), None)


def violations_reinstall(
    req: ReinstallInstanceRequest,
    *,
    api_version: str,
    instance_type: InstanceType | None = None,
    image: ImageInfo | None = None,
    instance_has_image: bool | None = None,
) -> list[Violation]:
    return [v for v in _reinstall_rules(req, api_version, instance_type, image, instance_has_image) if v]

"""Nested data structures of the BMC API (docs/api-facts.md §6) under their historical names.

They are the generated models (zltoolkit.api.generated). A structure that travels in requests is its strict
request form (``Nic`` is ``NicParam``: unknown fields and wrong types refused); a structure found only in
responses is its tolerant form (unknown fields kept at every level, enum values open), and so are the
structures nested in it: ``InstanceInfo.nic`` is the tolerant ``generated.instances.Nic``.
"""

from __future__ import annotations

from .base import Float
from .generated.catalog import AvailableResource, ImageInfo, Zone
from .generated.instances import CustomRaidParam as CustomRaid
from .generated.instances import InstanceInfo
from .generated.instances import NicParam as Nic
from .generated.instances import PartitionParam as Partition
from .generated.instances import RaidConfigParam as RaidConfig
from .generated.shared import ChargePrepaidParam as ChargePrepaid
from .generated.shared import Disk, InstanceDiskInfo, InstanceType, Price, StepPrice
from .generated.shared import MarketingInfoParam as MarketingInfo
from .generated.shared import TagAssociationParam as TagAssociation
from .generated.shared import TagParam as Tag

__all__ = [
    "AvailableResource",
    "ChargePrepaid",
    "CustomRaid",
    "Disk",
    "ImageInfo",
    "InstanceDiskInfo",
    "InstanceInfo",
    "InstanceType",
    "MarketingInfo",
    "Nic",
    "Partition",
    "Price",
    "RaidConfig",
    "StepPrice",
    "Tag",
    "TagAssociation",
    "Zone",
    "Float",
]

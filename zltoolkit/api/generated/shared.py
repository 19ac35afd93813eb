# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Wire models of the shared family (requests strict, responses tolerant)."""

from __future__ import annotations

from pydantic import Field

from zltoolkit.api.base import Bool, Int, RequestModel, Str
from zltoolkit.api.enums import ChargeUnit, PriceCategory

from ._common import Open, TolerantModel

__all__ = [
    "ChargePrepaidParam",
    "Disk",
    "InstanceDiskInfo",
    "InstanceType",
    "MarketingInfoParam",
    "Price",
    "StepPrice",
    "Tag",
    "TagAssociation",
    "TagAssociationParam",
    "TagParam",
]


class ChargePrepaidParam(RequestModel):
    """ChargePrepaid (request side)."""
    period: Int


class MarketingInfoParam(RequestModel):
    """MarketingInfo (request side)."""
    discount_code: Str | None = None
    use_poc_voucher: Bool | None = None


class TagParam(RequestModel):
    """Tag (request side)."""
    key: Str
    value: Str | None = None


class Tag(TolerantModel):
    """Tag as read (tolerant)."""
    key: str | None = None
    value: str | None = None


class TagAssociationParam(RequestModel):
    """TagAssociation (request side)."""
    tags: list[TagParam] | None = None


class TagAssociation(TolerantModel):
    """TagAssociation as read (tolerant)."""
    tags: list[Tag] | None = None


class Disk(TolerantModel):
    """Disk as read (tolerant)."""
    disk_size: int | None = None
    disk_count: int | None = None


class InstanceDiskInfo(TolerantModel):
    """InstanceDiskInfo as read (tolerant)."""
    total_disk_size: int | None = None
    disk_description: str | None = None
    disks: list[Disk] | None = None


class InstanceType(TolerantModel):
    """InstanceType as read (tolerant)."""
    image_ids: list[str] | None = None
    instance_type_id: str | None = None
    description: str | None = None
    cpu_core_count: int | None = None
    cpu_detail: str | None = None
    cpu_cores: int | None = None
    cpu_threads: int | None = None
    base_frequency: str | None = None
    memory_size: int | None = None
    maximum_bandwidth: int | None = None
    support_raids: list[int] | None = None
    support_subnet: bool | None = None
    is_ha: bool | None = Field(default=None, alias="isHA")
    disk_info: InstanceDiskInfo | None = None
    vpu_vendor: str | None = None  # only 2026-02-01
    vpu_card: str | None = None  # only 2026-02-01
    vpu_count: int | None = None  # only 2026-02-01


class StepPrice(TolerantModel):
    """StepPrice as read (tolerant)."""
    step_start: float | None = None
    step_end: float | None = None
    unit_price: float | None = None
    discount_unit_price: float | None = None


class Price(TolerantModel):
    """Price as read (tolerant)."""
    discount: float | None = None
    discount_price: float | None = None
    original_price: float | None = None
    unit_price: float | None = None
    discount_unit_price: float | None = None
    charge_unit: Open[ChargeUnit] | None = None
    step_prices: list[StepPrice] | None = None
    amount_unit: str | None = None  # only 2026-02-01
    excess_unit_price: float | None = None  # only 2026-02-01
    excess_discount_unit_price: float | None = None  # only 2026-02-01
    excess_amount_unit: str | None = None  # only 2026-02-01
    category: Open[PriceCategory] | None = None  # only 2026-02-01

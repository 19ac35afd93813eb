"""Read-only indexes over a scenario, with the wire dicts the catalogue actions serve precomputed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zltoolkit.api import ApiError, ChargeType

from ..scenarios.models import (
    Account,
    Failure,
    ImageDef,
    InstanceTypeDef,
    Lifecycle,
    Offering,
    Scenario,
    ZoneDef,
)


def instance_type_wire(t: InstanceTypeDef, image_ids: list[str] | None) -> dict[str, Any]:
    """The InstanceType structure as the API answers it (every field, ``null`` where unset)."""
    return {
        "instanceTypeId": t.instance_type_id,
        "description": t.description,
        "cpuCoreCount": t.cpu_core_count,
        "cpuDetail": t.cpu_detail,
        "cpuCores": t.cpu_cores,
        "cpuThreads": t.cpu_threads,
        "baseFrequency": t.base_frequency,
        "memorySize": t.memory_size,
        "maximumBandwidth": t.maximum_bandwidth,
        "supportRaids": list(t.support_raids),
        "supportSubnet": t.support_subnet,
        "isHA": t.is_ha,
        "diskInfo": t.disk_info.to_wire(),
        "imageIds": image_ids,
        "vpuVendor": t.vpu_vendor,
        "vpuCard": t.vpu_card,
        "vpuCount": t.vpu_count,
    }


@dataclass
class Catalog:
    scenario: Scenario
    zones: dict[str, ZoneDef] = field(default_factory=dict)
    types: dict[str, InstanceTypeDef] = field(default_factory=dict)
    images: dict[str, ImageDef] = field(default_factory=dict)
    offerings: dict[tuple[str, str], Offering] = field(default_factory=dict)
    accounts: dict[str, Account] = field(default_factory=dict)
    # access key id -> (account, password); bearer token -> account
    access_keys: dict[str, tuple[Account, str]] = field(default_factory=dict)
    tokens: dict[str, Account] = field(default_factory=dict)
    images_by_type: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, scenario: Scenario) -> Catalog:
        c = cls(scenario=scenario)
        c.zones = {z.zone_id: z for z in scenario.zones}
        c.types = {t.instance_type_id: t for t in scenario.instance_types}
        c.images = {i.image_id: i for i in scenario.images}
        c.offerings = {(o.zone_id, o.instance_type_id): o for o in scenario.offerings}
        c.accounts = {a.account_id: a for a in scenario.accounts}
        for a in scenario.accounts:
            for k in a.access_keys:
                c.access_keys[k.access_key_id] = (a, k.access_key_password)
            for t in a.tokens:
                c.tokens[t] = a
        c.images_by_type = {t: [] for t in c.types}
        for img in scenario.images:
            for t in img.instance_type_ids:
                c.images_by_type[t].append(img.image_id)
        return c

    # Lookups that answer the documented not-found codes: one place for every action and the control plane.

    def zone(self, zone_id: str) -> ZoneDef:
        z = self.zones.get(zone_id)
        if z is None:
            raise ApiError("INVALID_ZONE_NOT_FOUND", f"The specified zoneId `{quoted(zone_id)}` is not found.")
        return z

    def instance_type(self, type_id: str) -> InstanceTypeDef:
        t = self.types.get(type_id)
        if t is None:
            raise ApiError(
                "INVALID_INSTANCE_TYPE_NOT_FOUND", f"The specified instanceTypeId `{quoted(type_id)}` is not found."
            )
        return t

    def image(self, image_id: str, *, code: str = "INVALID_IMAGE_NOT_FOUND") -> ImageDef:
        """``code``: DescribeInstances documents ``IMAGE_NOT_FOUND`` for the same failure."""
        i = self.images.get(image_id)
        if i is None:
            raise ApiError(code, f"The specified imageId `{quoted(image_id)}` is not found.")
        return i

    def type_wire(self, type_id: str, with_images: bool) -> dict[str, Any]:
        t = self.types[type_id]
        return instance_type_wire(t, list(self.images_by_type[type_id]) if with_images else None)

    def lifecycle(self, offering: Offering) -> Lifecycle:
        return offering.lifecycle or self.scenario.lifecycle

    def failure(self, offering: Offering) -> Failure:
        return offering.failure or self.scenario.failure

    def initial_stock(self) -> dict[tuple[str, str, ChargeType], int]:
        return {
            (o.zone_id, o.instance_type_id, ChargeType(ct)): qty
            for o in self.scenario.offerings
            for ct, qty in o.stock.items()
        }


def quoted(value: str) -> str:
    """A caller's value quoted in a message, cut short (ids are short; anything longer is not an id)."""
    return value if len(value) <= 64 else value[:64] + "..."

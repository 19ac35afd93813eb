"""Instance operations of the backend: create, power, reinstall, terminate, renew, release, rename.

Each operation validates everything first (catalogue, rules, every id of a batch, every status, stock,
quota, money) and only then changes state, so an ``ApiError`` always means "nothing happened" and a batch
is all-or-nothing. They run inside ``Backend.session()`` (the lock is held, ``self.now`` is the request's
clock reading, due events are drained).

Choices where the docs are silent (the rest of the matrix is in ``lifecycle``):

* An image that exists but does not install on the requested type -> ``INVALID_IMAGE_NOT_FOUND`` with a
  message saying so (the image is "not found" for that type, as DescribeImages filtered by type shows).
* A ``subnetId`` on a type with ``supportSubnet`` false -> ``INVALID_PARAMETER`` naming ``subnetId``.
* ``marketingOptions.usePocVoucher`` true -> ``INVALID_PARAMETER``: scenarios hold no POC vouchers and the
  docs say the create then fails. Unknown ``discountCode`` -> no discount, no error (documented).
* No public address left in the zone's prefix -> ``RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT``; no private
  address left in the subnet -> ``INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT``.
* POSTPAID is not billed while it runs (no usage metering); it only needs a balance above 0 to create.
* ``bandwidthOutMbps``: the requested ``internetMaxBandwidthOut``, else 1 for ByBandwidth/ByTrafficPackage
  and 0 ("unlimited up to the model's maximum", as the docs' example) for the 95th-percentile types.
  ``trafficPackageSize``: requested or the offering's free package for ByTrafficPackage, else null.
* CREATE_FAILED instances lose their addresses (never handed to a machine) and stay listed until
  TerminateInstance deletes them.
* Prepaid expiry with ``autoRenew`` true renews automatically for one more period when the balance
  covers it (charged like a create of one); otherwise the instance goes to RECYCLE at its expiredTime and
  is released 24 h later.
* RenewInstance: PREPAID only (POSTPAID -> ``OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT``). It moves
  expiredTime by the instance's period, charges like a create of one, sets autoRenew back to true and, out
  of RECYCLE, restores the status the instance had before (a BOOTING/STOPPING/INSTALLING one lands where
  that transition led) and cancels the pending release.
* ReinstallInstance: omitted fields keep the instance's current values (image, as documented; hostname,
  RAID, partitions, NIC too); the login is replaced (neither password nor key -> a random password).
* ModifyInstancesAttribute with ``[begin,bits]`` in the name numbers the instances in the order given.
* Duplicate ids in a batch count once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zltoolkit.api import ApiError, ApiVersion, InternetChargeType, limits, rules
from zltoolkit.api.actions import CreateInstancesRequest, DescribeInstancesRequest, ReinstallInstanceRequest
from zltoolkit.api.rules import check_create, check_name, check_reinstall, expand_names

from ..scenarios.models import Account, ImageDef, Lifecycle, Offering
from . import lifecycle as lc
from .ipam import PoolExhausted
from .pools import Private, PublicV4, PublicV6
from .pricing import BANDWIDTH_95_TYPES, money, quote, total_charge
from .records import (
    CREATE_FAILED,
    INSTALLING,
    POSTPAID,
    PREPAID,
    RECYCLE,
    RUNNING,
    STOPPED,
    Instance,
    intern,
)
from .state import BackendState
from .stock import StockKey
from .timeutil import add_months

if TYPE_CHECKING:
    from .catalog import Catalog

_NOT_FOUND = "INVALID_INSTANCE_NOT_FOUND"
# Shared NIC name pairs (most instances use the defaults).
_NIC = (limits.DEFAULT_WAN_NAME, limits.DEFAULT_LAN_NAME)
_HA_NIC = (limits.DEFAULT_HA_WAN_NAME, limits.DEFAULT_HA_LAN_NAME)


def default_nic(is_ha: bool) -> tuple[str, str]:
    """The (WAN, LAN) names an instance gets when none are given: one shared tuple per kind."""
    return _HA_NIC if is_ha else _NIC


def bandwidth_of(inet: str, requested: int | None) -> int:
    """The bandwidth an instance gets: the requested one, else 0 for the 95th-percentile charge types
    (billed on use) and the API's default for the others."""
    if requested is not None:
        return requested
    return 0 if inet in BANDWIDTH_95_TYPES else limits.DEFAULT_BANDWIDTH_MBPS


def traffic_package_of(inet: str, off: Offering, requested: float | None) -> float | None:
    """The traffic package (TB) of a ByTrafficPackage instance: the requested size, else the offering's
    default; None for the other charge types."""
    if inet != InternetChargeType.BY_TRAFFIC_PACKAGE:
        return None
    return requested if requested is not None else off.default_traffic_package_size


def _ids(ids: list[str] | None, field: str = "instanceIds") -> list[str]:
    if (v := rules.check_id_list(ids, field=field, required=True)) is not None:
        raise v.to_api_error()
    return list(dict.fromkeys(ids or []))


def _check_key_pair(account: Account, key_id: str | None) -> None:
    if key_id is not None and key_id not in {k.key_id for k in account.key_pairs}:
        raise ApiError("INVALID_KEY_PAIR_NOT_FOUND", f"The key pair `{key_id}` is not found.")


def _image_for_type(cat: Catalog, image_id: str, type_id: str) -> ImageDef:
    """The image, which must install on ``type_id`` (else it is "not found" for that type, see above)."""
    image = cat.image(image_id)
    if type_id not in image.instance_type_ids:
        raise ApiError(
            "INVALID_IMAGE_NOT_FOUND",
            f"The specified imageId `{image_id}` is not available for instance type `{type_id}`.",
        )
    return image


class InstanceOps(BackendState):
    """The API's instance operations over the state (state.py); ``Backend`` (core.py) runs them in sessions."""

    # ------------------------------------------------------------------ helpers

    def _owned(self, account_id: str, iid: str) -> Instance:
        inst = self.by_id.get(iid)
        if inst is None or inst.account != account_id:  # another account's instance does not exist for you
            raise ApiError(_NOT_FOUND, f"The instance `{iid}` is not found.")
        return inst

    def _owned_all(self, account_id: str, ids: list[str]) -> list[Instance]:
        return [self._owned(account_id, i) for i in ids]

    def _check_status(self, action: str, insts: list[Instance]) -> list[str]:
        now = self.now
        statuses = []
        for inst in insts:
            status = inst.status(now)
            code = lc.denial(action, status)
            if code is not None:
                raise ApiError(code, lc.denial_message(code, inst.id, status))
            statuses.append(status)
        return statuses

    def _lifecycle(self, inst: Instance) -> Lifecycle:
        off = self.catalog.offerings.get((inst.zone, inst.type))
        return self.catalog.lifecycle(off) if off is not None else self.scenario.lifecycle

    def _install_fails(self, zone: str, type_id: str) -> bool:
        off = self.catalog.offerings.get((zone, type_id))
        p = (self.catalog.failure(off) if off is not None else self.scenario.failure).install
        return self._ids.draw() < p if p > 0 else False

    def _unit_charge(
        self, off: Offering, *, charge: str, inet: str, period: int | None, bw: int | None,
        traffic: float | None, api_version: str,
    ) -> float:  # fmt: skip
        """What one PREPAID instance costs for one period (0.0 for POSTPAID)."""
        if charge != PREPAID:
            return 0.0
        q = quote(
            off, self.catalog.types[off.instance_type_id], self.catalog.zones[off.zone_id],
            charge_type=charge, internet_charge_type=inet, period=period, bandwidth_mbps=bw,
            traffic_package_tb=traffic, api_version=api_version,
        )  # fmt: skip
        return total_charge(q)

    def _new_instance(
        self, *, account: str, zone: str, type_id: str, charge: str, inet: str, image: str | None,
        ipxe: str | None, name: str, hostname: str, bw: int, traffic: float | None, period: int | None,
        pools: tuple[PublicV4, PublicV6 | None, Private], rg: str, key: str | None, pw: bool,
        tags: tuple[tuple[str, str | None], ...] | None, raid: dict[str, Any] | None,
        parts: list[dict[str, Any]] | None, nic: tuple[str, str], gateway: bool, etime: float | None,
        sched: tuple[Any, ...], holds: bool, paid: float, iid: str | None = None, ctime: float | None = None,
    ) -> Instance:  # fmt: skip
        """A new instance created now (or at ``ctime``: a scenario seed, instance_seeds.py): ``iid`` or the
        next generated id not in use, addresses from ``pools`` (public IPv4, IPv6 or None, private), PREPAID
        ones renewing automatically. May raise PoolExhausted (a generated id is used up then)."""
        if iid is None:
            iid = self._ids.instance_id()
            while iid in self.by_id:  # a seed's own id can never be handed out again
                iid = self._ids.instance_id()
        pub, v6, priv = pools
        return Instance(
            id=iid, account=account, zone=zone, type=type_id, charge=charge, inet=inet, image=image, ipxe=ipxe,
            name=name, hostname=hostname, bw=bw, traffic=traffic, period=period, months=period or 0,
            pub4=self._allocate(pub), ipv6=self._allocate(v6) if v6 is not None else None,
            priv4=self._allocate(priv), subnet=priv.subnet, rg=rg, key=key, pw=pw, tags=tags, raid=raid,
            parts=parts, nic=nic, gateway=gateway, ctime=self.now if ctime is None else ctime, etime=etime,
            auto_renew=charge == PREPAID,
            sched=sched, holds=holds, paid=paid,
        )  # fmt: skip

    # ------------------------------------------------------------------ CreateInstances

    def create_instances(
        self, account: Account, req: CreateInstancesRequest, api_version: str
    ) -> dict[str, Any]:
        cat = self.catalog
        acc = account.account_id
        zone = cat.zone(req.zone_id)
        itype = cat.instance_type(req.instance_type_id)
        image = _image_for_type(cat, req.image_id, itype.instance_type_id) if req.image_id else None
        off = cat.offerings.get((zone.zone_id, itype.instance_type_id))
        if off is None:
            raise ApiError(
                "INVALID_INSTANCE_TYPE_ZONE_NO_SELL",
                f"The instance type `{itype.instance_type_id}` is not sold in zone `{zone.zone_id}`.",
            )
        charge = intern(str(req.instance_charge_type))
        inet = intern(str(req.internet_charge_type))
        if charge not in {str(c) for c in off.stock}:
            raise ApiError(
                "OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT",
                f"The charge type {charge} is not supported for `{itype.instance_type_id}` in zone `{zone.zone_id}`.",
            )
        if inet not in {str(t) for t in off.internet_charge_types}:
            raise ApiError(
                "OPERATION_FILED_INTERNET_CHARGE_TYPE_NOT_SUPPORT",
                f"The internet charge type {inet} is not supported for `{itype.instance_type_id}` in zone "
                f"`{zone.zone_id}`.",
            )
        v = check_create(
            req,
            api_version=api_version,
            instance_type=self._type_model[itype.instance_type_id],
            image=self._image_model.get(req.image_id) if req.image_id else None,
            max_bandwidth=off.maximum_bandwidth_out,
        )
        if v is not None:
            raise v.to_api_error()
        _check_key_pair(account, req.key_id)
        subnet = None
        if req.subnet_id is not None:
            subnet = self.net.subnets.get(req.subnet_id)  # the scenario's and created ones (network/)
            if subnet is None or subnet.account != acc:
                raise ApiError("INVALID_SUBNET_NOT_FOUND", f"The subnet `{req.subnet_id}` is not found.")
            if subnet.zone != zone.zone_id:
                raise ApiError(
                    "INVALID_SUBNET_ZONE_MISMATCH",
                    f"The subnet `{subnet.id}` is in zone `{subnet.zone}`, not `{zone.zone_id}`.",
                )
            if subnet.status(self.now) != "AVAILABLE":
                raise ApiError("OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT", f"The subnet `{subnet.id}` is being created.")
            if not itype.support_subnet:
                raise ApiError(
                    "INVALID_PARAMETER",
                    f"The parameter `subnetId` is invalid: instance type `{itype.instance_type_id}` does not "
                    "support subnets.",
                )
        groups = account.resource_groups
        if req.resource_group_id is not None:
            if req.resource_group_id not in {g.resource_group_id for g in groups}:
                raise ApiError(
                    "OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND",
                    f"The resource group `{req.resource_group_id}` is not found.",
                )
            rg = req.resource_group_id
        elif groups:
            rg = groups[0].resource_group_id
        else:
            raise ApiError("OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND", "The account has no resource group.")
        if req.marketing_options is not None and req.marketing_options.use_poc_voucher:
            raise ApiError(
                "INVALID_PARAMETER",
                "The parameter `marketingOptions.usePocVoucher` is invalid: no POC voucher is available.",
            )

        amount = req.amount if req.amount is not None else 1
        names = expand_names(req.instance_name or limits.DEFAULT_INSTANCE_NAME, amount)
        hostnames = expand_names(req.hostname or limits.DEFAULT_HOSTNAME, amount)
        pub_key = PublicV4(zone.zone_id)
        v6_key = PublicV6(zone.zone_id) if zone.ipv6_prefix and req.enable_primary_ipv6 is not False else None
        priv_key = Private(acc, subnet.id if subnet else None)
        if self.pools.pool(pub_key).available() < amount:
            raise ApiError(
                "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT", f"No public IPv4 address is left in zone `{zone.zone_id}`."
            )
        if v6_key is not None and self.pools.pool(v6_key).available() < amount:
            raise ApiError(
                "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT", f"No public IPv6 address is left in zone `{zone.zone_id}`."
            )
        if self.pools.pool(priv_key).available() < amount:
            raise ApiError(
                "INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT",
                f"Not enough private addresses for {amount} instance(s)"
                + (f" in subnet `{subnet.id}`." if subnet else "."),
            )

        period = req.instance_charge_prepaid.period if charge == PREPAID and req.instance_charge_prepaid else None
        try:
            etime = add_months(self.now, period) if period else None
        except OverflowError:
            raise ApiError("INVALID_PARAMETER", "The mock clock is past the last representable expiry date.") from None
        bw = req.internet_max_bandwidth_out
        traffic = traffic_package_of(inet, off, req.traffic_package_size)
        unit = self._unit_charge(
            off, charge=charge, inet=inet, period=period, bw=bw, traffic=traffic, api_version=api_version
        )

        # --- the atomic step: stock, quota, money (the session lock is held) ---
        key = StockKey(zone.zone_id, itype.instance_type_id, charge)
        qty = self.stock.get(key, 0)
        if qty < amount:
            raise ApiError(
                "RESOURCES_SOLDOUT_INSTANCE_TYPE",
                f"The instance type `{itype.instance_type_id}` is sold out in zone `{zone.zone_id}` for {charge} "
                f"({qty} left, {amount} requested).",
            )
        if self.held.get(acc, 0) + amount > account.instance_quota:
            raise ApiError(
                "OPERATION_DENIED_INSTANCE_QUOTA_EXCEED",
                f"The instance quota of {account.instance_quota} would be exceeded "
                f"({self.held.get(acc, 0)} held, {amount} requested).",
            )
        cost = money(unit * amount)
        balance = self.balances[acc]
        if charge == PREPAID and balance < cost:
            raise ApiError(
                "OPERATION_DENIED_INSUFFICIENT_BALANCE",
                f"The balance {balance:.2f} does not cover the prepaid charge {cost:.2f}.",
            )
        if charge == POSTPAID and balance <= 0:
            raise ApiError(
                "OPERATION_DENIED_INSUFFICIENT_BALANCE", "A positive balance is needed to create POSTPAID instances."
            )

        # --- apply ---
        now = self.now
        self.stock[key] = qty - amount
        if cost:
            self._charge(acc, cost)
        life = self.catalog.lifecycle(off)
        fail = self.catalog.failure(off)
        tags = tuple((t.key, t.value) for t in req.tags.tags) if req.tags and req.tags.tags else None
        raid = req.raid_config.to_wire() if req.raid_config is not None else None
        parts = [p.to_wire() for p in req.partitions] if req.partitions else None
        ha = itype.is_ha
        wan = (req.nic.wan_name if req.nic else None) or (limits.DEFAULT_HA_WAN_NAME if ha else limits.DEFAULT_WAN_NAME)
        lan = (req.nic.lan_name if req.nic else None) or (limits.DEFAULT_HA_LAN_NAME if ha else limits.DEFAULT_LAN_NAME)
        bw = bandwidth_of(inet, bw)
        nic = (wan, lan)
        nic = _NIC if nic == _NIC else _HA_NIC if nic == _HA_NIC else nic  # share the common pairs
        ids = []
        for n in range(amount):
            create_fails = fail.create > 0 and self._ids.draw() < fail.create
            install_fails = (not create_fails and image is not None and fail.install > 0
                             and self._ids.draw() < fail.install)  # fmt: skip
            inst = self._new_instance(
                account=acc, zone=zone.zone_id, type_id=itype.instance_type_id, charge=charge, inet=inet,
                image=req.image_id or None, ipxe=req.ipxe_url, name=names[n], hostname=hostnames[n], bw=bw,
                traffic=traffic, period=period, pools=(pub_key, v6_key, priv_key), rg=rg, key=req.key_id,
                pw=req.password is not None, tags=tags, raid=raid, parts=parts, nic=nic,
                gateway=bool(req.enable_gateway_mode), etime=etime, holds=True, paid=unit,
                sched=lc.create_schedule(now, life, has_image=image is not None, create_fails=create_fails,
                                         install_fails=install_fails),
            )  # fmt: skip
            self._index(inst)
            self._touch(inst)
            self._push_failure(inst)
            self._push_expiry(inst)
            ids.append(inst.id)
        return {"instanceIdSet": ids, "orderNumber": self._ids.order_number(now)}

    # ------------------------------------------------------------------ power

    def _power(self, action: str, account: Account, ids: list[str] | None) -> dict[str, Any]:
        insts = self._owned_all(account.account_id, _ids(ids))
        self._check_status(action, insts)
        now = self.now
        for inst in insts:
            inst.reschedule(now, lc.power_entries(action, now, self._lifecycle(inst)))
            self._touch(inst)
        return {}

    def start_instances(self, account: Account, ids: list[str] | None) -> dict[str, Any]:
        return self._power(lc.START, account, ids)

    def stop_instances(self, account: Account, ids: list[str] | None) -> dict[str, Any]:
        return self._power(lc.STOP, account, ids)

    def reboot_instances(self, account: Account, ids: list[str] | None) -> dict[str, Any]:
        return self._power(lc.REBOOT, account, ids)

    # ------------------------------------------------------------------ reinstall

    def reinstall_instance(
        self, account: Account, req: ReinstallInstanceRequest, api_version: str
    ) -> dict[str, Any]:
        inst = self._owned(account.account_id, req.instance_id)
        self._check_status(lc.REINSTALL, [inst])
        image_id = req.image_id or inst.image
        if req.image_id:
            _image_for_type(self.catalog, req.image_id, inst.type)
        v = check_reinstall(
            req,
            api_version=api_version,
            instance_type=self._type_model[inst.type],
            image=self._image_model.get(image_id) if image_id else None,
            instance_has_image=inst.image is not None,
        )
        if v is not None:
            raise v.to_api_error()
        _check_key_pair(account, req.key_id)
        now = self.now
        if req.image_id:
            inst.image, inst.ipxe = req.image_id, None
        elif req.ipxe_url:
            inst.image, inst.ipxe = None, req.ipxe_url
        if req.hostname:
            inst.hostname = expand_names(req.hostname, 1)[0]
        inst.key, inst.pw = req.key_id, req.password is not None
        if req.raid_config is not None:
            inst.raid = req.raid_config.to_wire()
        if req.partitions:
            inst.parts = [p.to_wire() for p in req.partitions]
        if req.nic is not None:
            wan, lan = inst.nic
            inst.nic = (req.nic.wan_name or wan, req.nic.lan_name or lan)
        fails = self._install_fails(inst.zone, inst.type)
        inst.reschedule(now, lc.install_entries(now, self._lifecycle(inst), fails=fails))
        self._touch(inst)
        return {}

    # ------------------------------------------------------------------ terminate / release / renew

    def terminate_instance(self, account: Account, iid: str | None) -> dict[str, Any]:
        inst = self._owned(account.account_id, iid or "")
        (status,) = self._check_status(lc.TERMINATE, [inst])
        now = self.now
        if status == CREATE_FAILED:
            self._delete(inst)  # stock and money went back when it failed
        elif inst.charge == POSTPAID:
            self._recycle(inst, now)  # at once: terraform reads RECYCLE on its very next call
        else:
            if not inst.auto_renew:
                raise ApiError(
                    "OPERATION_DENIED_INSTANCE_SUBSCRIPTION",
                    f"The subscription of instance `{inst.id}` is already cancelled; it is recycled at its "
                    "expiredTime.",
                )
            inst.auto_renew = False  # runs until expiredTime, then RECYCLE (the expiry event)
            self._touch(inst)
        return {}

    def release_instances(self, account: Account, ids: list[str] | None) -> dict[str, Any]:
        insts = self._owned_all(account.account_id, _ids(ids))
        self._check_status(lc.RELEASE, insts)
        for inst in insts:
            self._delete(inst)
        return {}

    def renew_instance(self, account: Account, iid: str | None, api_version: str) -> dict[str, Any]:
        inst = self._owned(account.account_id, iid or "")
        (status,) = self._check_status(lc.RENEW, [inst])
        if inst.charge != PREPAID or inst.period is None:
            raise ApiError(
                "OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT",
                f"The instance `{inst.id}` is {inst.charge}; only PREPAID instances can be renewed.",
            )
        off = self.catalog.offerings.get((inst.zone, inst.type))
        if off is None:  # pragma: no cover - instances only exist for offerings of the loaded scenario
            raise ApiError("INVALID_INSTANCE_TYPE_ZONE_NO_SELL", f"`{inst.type}` is no longer sold in `{inst.zone}`.")
        cost = self._renewal_cost(inst, off, api_version)
        try:
            add_months(inst.ctime, inst.months + inst.period)
        except OverflowError:
            raise ApiError("INVALID_PARAMETER", f"The instance `{inst.id}` cannot be renewed past year 9999.") from None
        if self.balances[inst.account] < cost:
            raise ApiError(
                "OPERATION_DENIED_INSUFFICIENT_BALANCE",
                f"The balance {self.balances[inst.account]:.2f} does not cover the renewal charge {cost:.2f}.",
            )
        now = self.now
        self._extend(inst, cost)
        inst.auto_renew = True
        if status == RECYCLE:
            before = inst.sched[-3] if len(inst.sched) >= 4 else RUNNING
            before = lc.SETTLED.get(before, before)
            inst.reschedule(now, (now, before if before != RECYCLE else STOPPED))
        self._touch(inst)
        return {}

    def _renewal_cost(self, inst: Instance, off: Offering, api_version: str) -> float:
        traffic = inst.traffic if inst.inet == InternetChargeType.BY_TRAFFIC_PACKAGE else None
        return self._unit_charge(
            off, charge=inst.charge, inet=inst.inet, period=inst.period, bw=inst.bw, traffic=traffic,
            api_version=api_version,
        )  # fmt: skip

    def _extend(self, inst: Instance, cost: float) -> None:
        """One more period: charged, expiredTime moved (calendar months from the create time)."""
        inst_etime = add_months(inst.ctime, inst.months + (inst.period or 0))  # OverflowError before any change
        if cost:
            self._charge(inst.account, cost)
            inst.paid = money(inst.paid + cost)
        inst.months += inst.period or 0
        inst.etime = inst_etime
        self._push_expiry(inst)

    def _expire(self, inst: Instance, at: float) -> None:
        """A PREPAID instance reaches expiredTime: auto-renew if asked and affordable, else RECYCLE."""
        if inst.charge != PREPAID or inst.etime != at:
            return  # renewed since (a later expiry event is queued) or not prepaid
        status = inst.status(at)
        if status in (CREATE_FAILED, RECYCLE):
            return
        if inst.auto_renew:
            off = self.catalog.offerings.get((inst.zone, inst.type))
            if off is not None:
                cost = self._renewal_cost(inst, off, ApiVersion.V2022_11_20)
                if self.balances[inst.account] >= cost:
                    try:
                        self._extend(inst, cost)
                    except OverflowError:
                        pass  # no expiry date past year 9999: recycled instead
                    else:
                        self._touch(inst)
                        return
        self._recycle(inst, at)

    # ------------------------------------------------------------------ rename

    def modify_instances_attribute(
        self, account: Account, ids: list[str] | None, name: str | None
    ) -> dict[str, Any]:
        unique = _ids(ids)
        insts = self._owned_all(account.account_id, unique)
        if name is None:
            raise ApiError("MISSING_PARAMETER", "The parameter `instanceName` is required.")
        v = check_name(name, field="instanceName", count=len(insts))
        if v is not None:
            raise v.to_api_error()
        for inst, new in zip(insts, expand_names(name, len(insts)), strict=True):
            inst.name = new
            self._touch(inst)
        return {}

    # ------------------------------------------------------------------ describe

    def describe_instances(
        self, account: Account, req: DescribeInstancesRequest, api_version: str = ApiVersion.V2026_02_01.value
    ) -> dict[str, Any]:
        from .query import describe

        return describe(self, account.account_id, req, self.now, api_version)

    # ------------------------------------------------------------------ control plane helpers

    def force_status(self, iid: str, status: str) -> dict[str, Any]:
        """Put an instance into ``status`` now (``/_mock``), with the side effects of entering it:
        CREATE_FAILED returns stock and money, RECYCLE queues the 24 h release; leaving CREATE_FAILED takes
        a unit of stock again (RESOURCES_SOLDOUT_INSTANCE_TYPE when none is left)."""
        inst = self.by_id.get(iid)
        if inst is None:
            raise ApiError(_NOT_FOUND, f"The instance `{iid}` is not found.")
        status = intern(status)
        if status not in lc.ALL_STATUSES:
            raise ApiError("INVALID_PARAMETER", f"The parameter `status` must be one of {sorted(lc.ALL_STATUSES)}.")
        now = self.now
        if status == CREATE_FAILED:
            inst.sched = (*inst.current(now), now, CREATE_FAILED)
            if inst.holds:
                self._return_failed(inst)
        else:
            if not inst.holds:
                key = StockKey(inst.zone, inst.type, inst.charge)
                if self.stock.get(key, 0) < 1:
                    raise ApiError("RESOURCES_SOLDOUT_INSTANCE_TYPE", f"No stock left to re-hold for `{iid}`.")
                self.stock[key] -= 1
                inst.holds = True
                self.held[inst.account] = self.held.get(inst.account, 0) + 1
                # A failed create had no addresses: give it some again.
                if inst.pub4 is None:
                    inst.pub4 = self._allocate(PublicV4(inst.zone))
                if inst.priv4 is None:
                    inst.priv4 = self._allocate(Private(inst.account, inst.subnet))
            if status == RECYCLE:
                self._recycle(inst, now)
            else:
                inst.sched = (*inst.current(now), now, status)
        self._touch(inst)
        return {"instanceId": iid, "instanceStatus": status}

    def bulk_create(
        self,
        account_id: str,
        count: int,
        *,
        zone_ids: list[str] | None = None,
        statuses: list[str] | None = None,
        name_prefix: str = "bulk",
    ) -> int:
        """Benchmark loader: ``count`` instances round-robin over the offerings of ``zone_ids`` (default all),
        with statuses cycling through ``statuses``. Same records, indexes and address pools as a create, but
        no stock, quota or money is taken (``holds`` false) and no rule is checked."""
        self.account(account_id)
        zones = zone_ids if zone_ids is not None else list(self.catalog.zones)
        for z in zones:
            self.catalog.zone(z)
        offers = [o for o in self.catalog.offerings.values() if o.zone_id in set(zones) and o.stock]
        if not offers and count:
            raise ApiError("INVALID_INSTANCE_TYPE_ZONE_NO_SELL", "No offering in the given zones.")
        cycle = [intern(s) for s in (statuses or [RUNNING, RUNNING, STOPPED, RUNNING, INSTALLING, RUNNING])]
        for s in cycle:
            if s not in lc.ALL_STATUSES:
                raise ApiError("INVALID_PARAMETER", f"The parameter `statuses` holds an unknown status `{s}`.")
        groups = self._accounts[account_id].resource_groups
        rg = groups[0].resource_group_id if groups else ""
        now = self.now
        for n in range(count):
            off = offers[n % len(offers)]
            itype = self.catalog.types[off.instance_type_id]
            charge = intern(str(next(iter(off.stock))))
            inet = intern(str(off.internet_charge_types[0]))
            zone = self.catalog.zones[off.zone_id]
            period = 1 if charge == PREPAID else None
            status = cycle[n % len(cycle)]
            try:
                inst = self._new_instance(
                    account=account_id, zone=off.zone_id, type_id=off.instance_type_id, charge=charge, inet=inet,
                    image=None, ipxe=None, name=f"{name_prefix}-{n:07d}", hostname=f"{name_prefix}-h{n:07d}",
                    bw=limits.DEFAULT_BANDWIDTH_MBPS, traffic=traffic_package_of(inet, off, None),
                    period=period,
                    pools=(PublicV4(off.zone_id), PublicV6(off.zone_id) if zone.ipv6_prefix else None,
                           Private(account_id, None)),
                    rg=rg, key=None, pw=False, tags=None, raid=None, parts=None, nic=default_nic(itype.is_ha),
                    gateway=False, etime=add_months(now, 1) if charge == PREPAID else None, sched=(now, status),
                    holds=False, paid=0.0,
                )
            except PoolExhausted as exc:
                raise ApiError(
                    "RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT", f"Address pool {exc} exhausted after {n} instances."
                ) from None
            self._index(inst)
            self._touch(inst)
            if status == RECYCLE:
                self._recycle(inst, now)
            self._push_expiry(inst)
        return count

"""Bandwidth and traffic-package changes (docs/api-facts.md §7.8; docs/mock-instance-operations.md):
ModifyInstanceBandwidth, ModifyInstanceTrafficPackage, their InquiryPrice* and Cancel*Downgrade calls, and
DescribeInstanceInternetStatus.

A change is asynchronous, as the docs say. Accepted, it is ``Processing`` for the offering's
``lifecycle.internetChange`` seconds (mock clock) and then in force (``Enable`` at the new value), except a
PREPAID downgrade of a billed line (ByBandwidth bandwidth, ByTrafficPackage package), which is
``WaitToEnable`` until the end of the paid period (``expiredTime``) -- what Cancel*Downgrade cancels. A
PREPAID upgrade is charged at once (internet_pricing.py). The pending change lives in the side table
(instance_extras.py); an event (kind ``netchange``) puts it in force when it falls due.

Choices where the docs are silent:

* Bandwidth: RUNNING only (documented); 1..min(offering maximum, type maximum) else
  ``INVALID_PARAMETER_BANDWIDTH_EXCEED``. Any internet charge type may change its bandwidth (billed lines
  only ByBandwidth); InquiryPriceInstanceBandwidth prices ByBandwidth only (others:
  ``OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT``). Both values within the offering's free bandwidth:
  no charge and no waiting, as documented.
* Traffic package: ByTrafficPackage only; RUNNING or STOPPED (documented) else
  ``OPERATION_DENIED_INSTANCE_STATUS``; a multiple of 0.05 TB, at least the offering's free package
  (``..._LESS``), at most ``MAX_PACKAGE_TB`` (``..._EXCEED``).
* A second change while one is Processing: ``..._PROCESSING``; while a downgrade waits:
  ``OPERATION_DENIED_INSTANCE_EXIST_PLAN_BANDWIDTH`` / ``OPERATION_FAILED_INSTANCE_EXIST_PLAN_TRAFFIC_PACKAGE``.
* The same value again: accepted, Processing, no charge.
"""

from __future__ import annotations

from typing import Any

from zltoolkit.api import ApiError, InternetChargeType

from ..scenarios.models import Account, Lifecycle, Offering
from .events import AnyEvent
from .instance_extras import BW, ENABLE, PROCESSING, TP, WAIT_TO_ENABLE, Pending
from .instance_ops_base import OpsBase, required
from .internet_pricing import change_price
from .pricing import money
from .records import PAST_SECONDS, PREPAID, RUNNING, STOPPED, Instance

NETCHANGE = "netchange"  # event kind: a pending change falls due (payload: "bw" / "tp")
MAX_PACKAGE_TB = 1000.0
_BYBW = InternetChargeType.BY_BANDWIDTH.value
_BYTP = InternetChargeType.BY_TRAFFIC_PACKAGE.value


class InternetOps(OpsBase):
    # ------------------------------------------------------------------ helpers

    def _offering_of(self, inst: Instance) -> Offering:
        off = self.catalog.offerings.get((inst.zone, inst.type))
        if off is None:  # an import may carry instances of offerings the scenario no longer sells
            raise ApiError("INVALID_INSTANCE_TYPE_ZONE_NO_SELL", f"`{inst.type}` is no longer sold in `{inst.zone}`.")
        return off

    def _price_change(self, inst: Instance, kind: str, target: float, api_version: str) -> tuple[list[Any], float]:
        off = self._offering_of(inst)
        current = float(inst.bw) if kind == BW else float(inst.traffic or 0.0)
        return change_price(inst, off, self.catalog.types[inst.type], self.catalog.zones[inst.zone], kind=kind,
                            current=current, target=target, now=self.now, api_version=api_version)  # fmt: skip

    def _check_no_pending(self, inst: Instance, kind: str) -> None:
        e = self.extras.get(inst.id)
        p = e.pending(kind) if e is not None else None
        if p is None:
            return
        if kind == BW:
            code = ("OPERATION_FAILED_INSTANCE_BANDWIDTH_PROCESSING" if p.status == PROCESSING
                    else "OPERATION_DENIED_INSTANCE_EXIST_PLAN_BANDWIDTH")  # fmt: skip
        else:
            code = ("OPERATION_DENIED_INSTANCE_TRAFFIC_PACKAGE_PROCESSING" if p.status == PROCESSING
                    else "OPERATION_FAILED_INSTANCE_EXIST_PLAN_TRAFFIC_PACKAGE")  # fmt: skip
        raise ApiError(code, f"The instance `{inst.id}` has a {p.status} change to {p.target:g}; wait or cancel it.")

    def _check_bandwidth(self, inst: Instance, mbps: int | None) -> int:
        mbps = required(mbps, "bandwidthOutMbps")
        off = self._offering_of(inst)
        top = min(off.maximum_bandwidth_out, self.catalog.types[inst.type].maximum_bandwidth)
        if not 1 <= mbps <= top:
            raise ApiError("INVALID_PARAMETER_BANDWIDTH_EXCEED", f"`bandwidthOutMbps` must be 1-{top} for this instance.")
        return int(mbps)

    def _check_package(self, inst: Instance, tb: float | None) -> float:
        tb = required(tb, "trafficPackageSize")
        if inst.inet != _BYTP:
            raise ApiError("OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT",
                           f"The instance `{inst.id}` is {inst.inet}; only ByTrafficPackage has a traffic package.")  # fmt: skip
        if inst.traffic is None:
            raise ApiError("OPERATION_FILED_INSTANCE_NOT_EXIST_TRAFFIC_PACKAGE", f"The instance `{inst.id}` has no traffic package.")
        steps = round(tb / 0.05)
        if tb < 0 or abs(steps * 0.05 - tb) > 1e-9:
            raise ApiError("INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR", "`trafficPackageSize` must be a multiple of 0.05.")
        if tb > MAX_PACKAGE_TB:
            raise ApiError("INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED", f"`trafficPackageSize` must be at most {MAX_PACKAGE_TB:g}.")
        floor = self._offering_of(inst).default_traffic_package_size
        if tb < floor:
            raise ApiError("INVALID_PARAMETER_TRAFFIC_PACKAGE_LESS", f"`trafficPackageSize` must be at least {floor:g}.")
        return round(steps * 0.05, 2)

    def _accept(self, inst: Instance, kind: str, target: float, charge: float, waits: bool) -> dict[str, Any]:
        """Apply an accepted change: charge, record it pending, queue the event. Everything is checked."""
        if charge and self.balances[inst.account] < charge:
            raise ApiError("OPERATION_DENIED_INSUFFICIENT_BALANCE",
                           f"The balance {self.balances[inst.account]:.2f} does not cover the charge {charge:.2f}.")  # fmt: skip
        now = self.now
        if waits:
            at = inst.etime if inst.etime is not None else now
            status = WAIT_TO_ENABLE
        else:
            at = now + self._lifecycle_of(inst).internet_change
            status = PROCESSING
        order = self._ids.order_number(now)
        if charge:
            self._charge(inst.account, charge)
            inst.paid = money(inst.paid + charge)
        self.extras.edit(inst.id).set_pending(kind, Pending(float(target), status, float(at), order))
        self.events.push(at, NETCHANGE, inst.id, kind)
        self._touch(inst)
        return {"orderNumber": order}

    def _lifecycle_of(self, inst: Instance) -> Lifecycle:
        off = self.catalog.offerings.get((inst.zone, inst.type))
        return self.catalog.lifecycle(off) if off is not None else self.scenario.lifecycle

    def _on_netchange(self, ev: AnyEvent) -> None:
        """A pending change falls due: put it in force (unless it was cancelled or replaced since)."""
        inst = self.by_id.get(ev.subject)
        e = self.extras.get(ev.subject)
        kind = ev.payload
        p = e.pending(kind) if e is not None else None
        if inst is None or e is None or p is None or p.at != ev.at:
            return
        e = self.extras.edit(inst.id)
        if kind == BW:
            new = int(p.target)
            if new != inst.bw:  # history older than the traffic series can ask for is dropped
                cut = ev.at - PAST_SECONDS
                e.bw_hist = (*(h for h in e.bw_hist if h[0] >= cut), (ev.at, inst.bw))
            inst.bw = new
        else:
            inst.traffic = p.target
        e.set_pending(kind, None)
        self.extras.settle(inst.id)
        self._touch(inst)

    # ------------------------------------------------------------------ bandwidth

    def modify_instance_bandwidth(self, account: Account, iid: str | None, mbps: int | None,
                                  api_version: str) -> dict[str, Any]:  # fmt: skip
        inst = self._mine(account.account_id, iid)
        status = inst.status(self.now)
        if status != RUNNING:
            raise ApiError("OPERATION_DENIED_INSTANCE_NOT_RUNNING", f"The instance `{inst.id}` is {status}, not RUNNING.")
        target = self._check_bandwidth(inst, mbps)
        self._check_no_pending(inst, BW)
        free = self._offering_of(inst).default_bandwidth_out
        billed = inst.inet == _BYBW and not (inst.bw <= free and target <= free)
        charge = 0.0
        if billed:
            _, charge = self._price_change(inst, BW, target, api_version)
        waits = billed and inst.charge == PREPAID and target < inst.bw
        return self._accept(inst, BW, target, charge, waits)

    def inquiry_price_instance_bandwidth(self, account: Account, iid: str | None, mbps: int | None,
                                         api_version: str) -> dict[str, Any]:  # fmt: skip
        inst = self._mine(account.account_id, iid)
        if inst.inet != _BYBW:
            raise ApiError("OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT",
                           f"The instance `{inst.id}` is {inst.inet}; only ByBandwidth is priced per Mbps.")  # fmt: skip
        target = self._check_bandwidth(inst, mbps)
        items, _ = self._price_change(inst, BW, target, api_version)
        return {"bandwidthPrice": items}

    def cancel_instance_bandwidth_downgrade(self, account: Account, iid: str | None) -> dict[str, Any]:
        return self._cancel(account, iid, BW, _BYBW)

    def _cancel(self, account: Account, iid: str | None, kind: str, inet: str) -> dict[str, Any]:
        inst = self._mine(account.account_id, iid)
        if inst.inet != inet:
            raise ApiError("OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT",
                           f"The instance `{inst.id}` is {inst.inet}; there is no downgrade to cancel.")  # fmt: skip
        e = self.extras.get(inst.id)
        p = e.pending(kind) if e is not None else None
        if p is None or p.status != WAIT_TO_ENABLE:
            raise ApiError("OPERATION_DENIED_DOWNGRADE_NOT_EXIST", f"The instance `{inst.id}` has no scheduled downgrade.")
        self.extras.edit(inst.id).set_pending(kind, None)  # the queued event finds nothing and does nothing
        self.extras.settle(inst.id)
        self._touch(inst)
        return {}

    # ------------------------------------------------------------------ traffic package

    def modify_instance_traffic_package(self, account: Account, iid: str | None, tb: float | None,
                                        api_version: str) -> dict[str, Any]:  # fmt: skip
        inst = self._mine(account.account_id, iid)
        target = self._check_package(inst, tb)
        status = inst.status(self.now)
        if status not in (RUNNING, STOPPED):
            raise ApiError("OPERATION_DENIED_INSTANCE_STATUS", f"The instance `{inst.id}` is {status}; RUNNING or STOPPED needed.")
        self._check_no_pending(inst, TP)
        _, charge = self._price_change(inst, TP, target, api_version)
        waits = inst.charge == PREPAID and target < (inst.traffic or 0.0)
        return self._accept(inst, TP, target, charge, waits)

    def inquiry_price_instance_traffic_package(self, account: Account, iid: str | None, tb: float | None,
                                               api_version: str) -> dict[str, Any]:  # fmt: skip
        inst = self._mine(account.account_id, iid)
        target = self._check_package(inst, tb)
        items, _ = self._price_change(inst, TP, target, api_version)
        return {"trafficPackagePrice": items}

    def cancel_instance_traffic_package_downgrade(self, account: Account, iid: str | None) -> dict[str, Any]:
        return self._cancel(account, iid, TP, _BYTP)

    # ------------------------------------------------------------------ status

    def describe_instance_internet_status(self, account: Account, iid: str | None) -> dict[str, Any]:
        inst = self._mine(account.account_id, iid)
        e = self.extras.get(inst.id)
        bw = e.bw if e is not None else None
        tp = e.tp if e is not None else None
        return {
            "instanceId": inst.id,
            "instanceName": inst.name,
            "internetMaxBandwidthOut": inst.bw,
            "modifiedInternetMaxBandwidthOut": int(bw.target) if bw else None,
            "modifiedBandwidthStatus": bw.status if bw else ENABLE,
            "trafficPackageSize": inst.traffic,
            "modifiedTrafficPackageSize": tp.target if tp else None,
            "modifiedTrafficPackageStatus": tp.status if tp else (ENABLE if inst.traffic is not None else None),
        }

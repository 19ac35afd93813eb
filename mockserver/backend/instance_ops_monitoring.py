"""Reading an instance's machine: DescribeInstanceTraffic (traffic.py), DescribeInstancesMonitorHealth and the
2026-02-01 IPMI actions (ResetInstanceIpmiPassword, DescribeInstanceIpmiUrl).

Choices where the docs are silent (docs/mock-instance-operations.md):

* Traffic: the line's cap at a sample time is the bandwidth then in force (the side table's history); a
  95th-percentile line answered with bandwidth 0 ("unlimited") uses the offering's maximum. No traffic while
  the instance is not RUNNING, before it existed, or older than its kept status history.
* Health: a pure function of (seed, instance id, status now, hour): RUNNING -> OK with temperatures (rarely a
  WARNING, ~3 % of instance-days, on one component); STOPPED and the other settled statuses -> OK without
  CPU temperatures and the WAN port DOWN; while being created/installed -> UNKNOWN. Unknown ids are left
  out of the list (a list read, like DescribeInstances); at least one id is required (MISSING_PARAMETER).
* IPMI: ResetInstanceIpmiPassword needs RUNNING or STOPPED (else OPERATION_DENIED_INSTANCE_STATUS) and the
  instance password rules (INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED). The password is checked and thrown
  away: only a reset counter is kept, so it cannot leak into the state, the journal or an error.
  DescribeInstanceIpmiUrl answers a console URL whose session token is derived from (seed, instance, resets,
  hour) -- never from the password.
"""

from __future__ import annotations

import hashlib
from typing import Any

from zltoolkit.api import ApiError, rules

from ..scenarios.models import Account
from . import traffic as tr
from .instance_ops_base import OpsBase, required
from .records import BOOTING, RUNNING, STOPPED, STOPPING, Instance

_BRANDS = (("Supermicro", "SYS-1029P"), ("Dell", "PowerEdge R640"), ("HPE", "ProLiant DL360"))
_COMPONENTS = ("cpuStatus", "diskStatus", "memoryStatus", "psuStatus", "fanStatus")


class MonitoringOps(OpsBase):
    def _h(self, *parts: object) -> int:
        data = ":".join(str(p) for p in (self.seed, *parts)).encode()
        return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")

    # ------------------------------------------------------------------ traffic

    def _cap_at(self, inst: Instance) -> tr.CapAt:
        off = self.catalog.offerings.get((inst.zone, inst.type))
        top = off.maximum_bandwidth_out if off is not None else self.catalog.types[inst.type].maximum_bandwidth
        e = self.extras.get(inst.id)

        def cap(t: float) -> int | None:
            if inst.status_at(t) != RUNNING:
                return None
            bw = e.bandwidth_at(t, inst.bw) if e is not None else inst.bw
            return bw or top

        return cap

    def describe_instance_traffic(self, account: Account, iid: str | None, start: str | None,
                                  end: str | None) -> dict[str, Any]:  # fmt: skip
        inst = self._mine(account.account_id, iid)
        t0, t1 = tr.window(start, end, self.now)
        times = tr.sample_times(t0, t1, self.now)
        return tr.series(tr.key_of(self.seed, inst.id), times, self._cap_at(inst))

    # ------------------------------------------------------------------ health

    def describe_instances_monitor_health(self, account: Account, ids: list[str] | None) -> dict[str, Any]:
        required(ids, "instanceIds")
        if (v := rules.check_id_list(ids, field="instanceIds", required=True)) is not None:
            raise v.to_api_error()
        out = []
        for iid in dict.fromkeys(ids or []):
            inst = self.by_id.get(iid)
            if inst is not None and inst.account == account.account_id:
                out.append(self._health(inst))
        return {"monitorHealthList": out}

    def _health(self, inst: Instance) -> dict[str, Any]:
        now = self.now
        status = inst.status(now)
        hour = int(now // 3600)
        brand, model = _BRANDS[self._h("brand", inst.type) % len(_BRANDS)]
        h: dict[str, Any] = {"instanceId": inst.id, "serverBrand": brand, "serverModel": model, "tempUnit": "Celsius"}
        powered = status in (RUNNING, BOOTING, STOPPING)
        settled = powered or status == STOPPED or status in ("INSTALL_FAILED", "RECYCLE")
        if not settled:  # PENDING / CREATING / INSTALLING / CREATE_FAILED: nothing to read yet
            h.update(dict.fromkeys(_COMPONENTS, "UNKNOWN"), ipmiPing="UNKNOWN", ipmiStatus="UNKNOWN",
                     wanPortStatus="UNKNOWN", cpuTemp=None, cpu0Temp=None, cpu1Temp=None, cpu2Temp=None,
                     inletTemp=None)  # fmt: skip
            return h
        h.update(dict.fromkeys(_COMPONENTS, "OK"), ipmiPing="OK", ipmiStatus="OK",
                 wanPortStatus="UP" if powered else "DOWN")  # fmt: skip
        day = int(now // 86400)
        if powered and self._h("warn", inst.id, day) % 100 < 3:
            h[_COMPONENTS[self._h("which", inst.id, day) % len(_COMPONENTS)]] = "WARNING"
        base = 38 + self._h("temp", inst.id, hour) % 25
        h["inletTemp"] = 18 + self._h("inlet", inst.zone, hour) % 8
        if powered:
            h.update(cpuTemp=None if brand != "Supermicro" else base, cpu0Temp=base,
                     cpu1Temp=base + self._h("cpu1", inst.id, hour) % 5, cpu2Temp=None)  # fmt: skip
        else:
            h.update(cpuTemp=None, cpu0Temp=None, cpu1Temp=None, cpu2Temp=None)
        return h

    # ------------------------------------------------------------------ IPMI (2026-02-01)

    def _ipmi_ready(self, inst: Instance) -> None:
        status = inst.status(self.now)
        if status not in (RUNNING, STOPPED):
            raise ApiError("OPERATION_DENIED_INSTANCE_STATUS",
                           f"The instance `{inst.id}` is {status}; IPMI needs RUNNING or STOPPED.")  # fmt: skip

    def reset_instance_ipmi_password(self, account: Account, iid: str | None, password: str | None) -> dict[str, Any]:
        inst = self._mine(account.account_id, iid)
        if password is None:
            raise ApiError("MISSING_PARAMETER", "The parameter `password` is required.")
        if (v := rules.check_password(password)) is not None:
            raise v.to_api_error()  # the rule's message never contains the value
        self._ipmi_ready(inst)
        self.extras.edit(inst.id).ipmi_resets += 1
        return {}

    def describe_instance_ipmi_url(self, account: Account, iid: str | None) -> dict[str, Any]:
        inst = self._mine(account.account_id, iid)
        self._ipmi_ready(inst)
        e = self.extras.get(inst.id)
        resets = e.ipmi_resets if e is not None else 0
        token = f"{self._h('ipmi', inst.id, resets, int(self.now // 3600)):016x}"
        return {"url": f"https://ipmi.mock.invalid/console/{inst.id}?session={token}"}

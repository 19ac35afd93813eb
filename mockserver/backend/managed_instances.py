"""Managed instances (colocated machines the account runs itself; DescribeManagedInstances and
DescribeManagedInstanceTraffic): read-only records from the scenario (``accounts[].managedInstances``).

Choices where the docs are silent: ``instanceName`` matches exactly or, ending in ``*``, by prefix (as
DescribeInstances); ``ip``/``lanIp`` match one of the addresses; ``facName``/``cityCode``/
``resourceGroupId`` match exactly; pages as DescribeInstances (pageNum from 1, pageSize 1-1000, default 20).
An id that is not one of the caller's managed instances -> ``INVALID_INSTANCE_NOT_FOUND``. The traffic series
is the instances' one (traffic.py) on the record's ``bandwidthMbps`` line, from its createTime on.
"""

from __future__ import annotations

from calendar import timegm
from time import strptime
from typing import Any

from zltoolkit.api import ApiError, limits

from ..scenarios.models import Account, ManagedInstance
from . import traffic as tr
from .instance_ops_base import OpsBase, required


def _wire(m: ManagedInstance) -> dict[str, Any]:
    return {"instanceId": m.instance_id, "instanceName": m.instance_name, "facName": m.fac_name,
            "ips": list(m.ips), "lanIps": list(m.lan_ips), "createTime": m.create_time}  # fmt: skip


def _name_ok(name: str, wanted: str) -> bool:
    return name.startswith(wanted[:-1]) if wanted.endswith("*") else name == wanted


class ManagedOps(OpsBase):
    def describe_managed_instances(self, account: Account, req: Any) -> dict[str, Any]:
        page_num = 1 if req.page_num is None else req.page_num
        page_size = limits.PAGE_SIZE_DEFAULT if req.page_size is None else req.page_size
        if page_num < 1:
            raise ApiError("INVALID_PARAMETER", "The parameter `pageNum` is invalid: must be at least 1.")
        if not 1 <= page_size <= limits.PAGE_SIZE_MAX:
            raise ApiError("INVALID_PARAMETER", f"The parameter `pageSize` is invalid: must be 1-{limits.PAGE_SIZE_MAX}.")
        ids = set(req.instance_ids) if req.instance_ids else None
        found = [
            m for m in account.managed_instances
            if (ids is None or m.instance_id in ids)
            and (req.instance_name is None or _name_ok(m.instance_name, req.instance_name))
            and (req.ip is None or req.ip in m.ips)
            and (req.lan_ip is None or req.lan_ip in m.lan_ips)
            and (req.fac_name is None or m.fac_name == req.fac_name)
            and (req.city_code is None or m.city_code == req.city_code)
            and (req.resource_group_id is None or m.resource_group_id == req.resource_group_id)
        ]  # fmt: skip
        start = (page_num - 1) * page_size
        return {"totalCount": len(found), "dataSet": [_wire(m) for m in found[start:start + page_size]]}

    def describe_managed_instance_traffic(self, account: Account, iid: str | None, start: str | None,
                                          end: str | None) -> dict[str, Any]:  # fmt: skip
        iid = required(iid, "instanceId")
        m = next((m for m in account.managed_instances if m.instance_id == iid), None)
        if m is None:
            raise ApiError("INVALID_INSTANCE_NOT_FOUND", f"The managed instance `{iid}` is not found.")
        t0, t1 = tr.window(start, end, self.now)
        born = float(timegm(strptime(m.create_time, tr.TIME_FORMAT)))
        bw = m.bandwidth_mbps
        return tr.series(tr.key_of(self.seed, "managed:" + m.instance_id), tr.sample_times(t0, t1, self.now),
                         lambda t: bw if t >= born else None)  # fmt: skip

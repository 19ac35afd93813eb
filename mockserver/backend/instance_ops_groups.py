"""ModifyInstancesResourceGroup: move instances between the account's resource groups (from the scenario).

DescribeInstances shows the group (``resourceGroupId``/``resourceGroupName``) and filters by it (query.py).
Choices: an unknown group -> ``OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND``; an id that is not the caller's
instance -> ``OPERATION_FAILED_RESOURCE_NOT_FOUND`` (the two codes the docs list); any status may move (a
group is bookkeeping, not the machine); the batch is all-or-nothing; duplicate ids count once.
"""

from __future__ import annotations

from typing import Any

from zltoolkit.api import ApiError, rules

from ..scenarios.models import Account
from .instance_ops_base import OpsBase, required


class GroupOps(OpsBase):
    def modify_instances_resource_group(self, account: Account, ids: list[str] | None,
                                        group: str | None) -> dict[str, Any]:  # fmt: skip
        required(ids, "instanceIds")
        if (v := rules.check_id_list(ids, field="instanceIds", required=True)) is not None:
            raise v.to_api_error()
        group = required(group, "resourceGroupId")
        shared = {g.resource_group_id: g.resource_group_id for g in account.resource_groups}
        if group not in shared:
            raise ApiError("OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND", f"The resource group `{group}` is not found.")
        insts = []
        for iid in dict.fromkeys(ids or []):
            inst = self.by_id.get(iid)
            if inst is None or inst.account != account.account_id:
                raise ApiError("OPERATION_FAILED_RESOURCE_NOT_FOUND", f"The instance `{iid}` is not found.")
            insts.append(inst)
        for inst in insts:
            if inst.rg != group:
                inst.rg = shared[group]  # the scenario's string: one copy for every instance in the group
                self._touch(inst)
        return {}

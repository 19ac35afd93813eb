"""What the instance-operation mixins share: the side table and the owned-instance lookup."""

from __future__ import annotations

from typing import Any

from zltoolkit.api import ApiError

from .instance_extras import Extras
from .records import Instance
from .state import BackendState


def required(value: Any, field: str) -> Any:
    if value is None:
        raise ApiError("MISSING_PARAMETER", f"The parameter `{field}` is required.")
    return value


class OpsBase(BackendState):
    extras: Extras

    def _mine(self, account_id: str, iid: str | None) -> Instance:
        """The caller's instance (another account's instance does not exist for the caller)."""
        iid = required(iid, "instanceId")
        inst = self.by_id.get(iid)
        if inst is None or inst.account != account_id:
            raise ApiError("INVALID_INSTANCE_NOT_FOUND", f"The instance `{iid}` is not found.")
        return inst

    def _delete(self, inst: Instance) -> None:
        """Gone for good: its side-table entry goes too."""
        super()._delete(inst)
        self.extras.drop(inst.id)

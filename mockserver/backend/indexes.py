"""The instance indexes DescribeInstances reads: by id, by account, by (account, zone), each in answer order
(createTime, then id), and the quota counter (instances holding stock, per account)."""

from __future__ import annotations

from .records import Instance


class Indexes:
    __slots__ = ("by_id", "by_account", "by_zone", "held")

    def __init__(self, accounts: list[str]) -> None:
        self.by_id: dict[str, Instance] = {}
        self.by_account: dict[str, dict[str, Instance]] = {a: {} for a in accounts}
        self.by_zone: dict[tuple[str, str], dict[str, Instance]] = {}
        self.held: dict[str, int] = dict.fromkeys(accounts, 0)

    def add(self, inst: Instance) -> None:
        self.by_id[inst.id] = inst
        _append_sorted(self.by_account.setdefault(inst.account, {}), inst)
        _append_sorted(self.by_zone.setdefault((inst.account, inst.zone), {}), inst)
        if inst.holds:
            self.held[inst.account] = self.held.get(inst.account, 0) + 1

    def remove(self, inst: Instance) -> None:
        del self.by_id[inst.id]
        del self.by_account[inst.account][inst.id]
        del self.by_zone[(inst.account, inst.zone)][inst.id]


def _append_sorted(index: dict[str, Instance], inst: Instance) -> None:
    """Insert keeping (createTime, id) order; ids grow with creation, so this is an append in practice."""
    if index:
        last = index[next(reversed(index))]
        if (last.ctime, last.id) > (inst.ctime, inst.id):
            items = sorted([*index.values(), inst], key=lambda i: (i.ctime, i.id))
            index.clear()
            index.update((i.id, i) for i in items)
            return
    index[inst.id] = inst

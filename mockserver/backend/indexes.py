"""The instance indexes DescribeInstances reads, each in answer order (createTime, then id) unless said:

* ``by_id``; ``by_account`` and ``by_zone`` (account, zone): dicts in insertion order, which is answer order
  because ids grow with creation (an out-of-order insert re-sorts);
* ``listing`` per account: the same instances as ``by_account`` in a list, so a page is a slice;
* ``by_status`` (account, status) and ``by_zone_status`` (account, zone, status): sorted lists. Statuses move
  with the clock (a status is a pure function of the schedule and the clock), so the index keeps the pending
  transitions -- one heap entry per instance whose schedule still has a future entry -- and ``advance(now)``
  moves exactly the instances whose next transition fell due. A filtered page is then a slice and its
  ``totalCount`` a ``len``: no pass over the instances;
* ``names`` per account: every instance name, sorted (parallel lists of names and instances), so a prefix or
  an exact name is a ``bisect`` range (not in answer order: small ranges are sorted, large ones scanned for);
* ``held``: the quota counter (instances holding stock, per account).

Each instance remembers the name and status it is indexed under (``Instance.iname`` / ``istatus``), so an
instance that changed can be moved without the old values: ``changed(inst, now)`` is the single entry point,
called through the backend's "instance changed" hook.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from itertools import count

from .records import INF, Instance


def answer_order(inst: Instance) -> tuple[float, str]:
    """The key DescribeInstances answers in: createTime, then instanceId."""
    return inst.ctime, inst.id


_NAME_TAIL = chr(0x10FFFF)


def prefix_end(prefix: str) -> str | None:
    """The least string greater than every string starting with ``prefix`` (None: no upper bound)."""
    p = prefix.rstrip(_NAME_TAIL)
    if not p:
        return None
    return p[:-1] + chr(ord(p[-1]) + 1)


class NameIndex:
    """One account's instance names, sorted, with the instances in parallel (equal names in any order)."""

    __slots__ = ("names", "insts")

    def __init__(self) -> None:
        self.names: list[str] = []
        self.insts: list[Instance] = []

    def add(self, inst: Instance) -> None:
        name = inst.name
        names = self.names
        if not names or names[-1] <= name:  # bulk loads and numbered names arrive sorted
            names.append(name)
            self.insts.append(inst)
        else:
            pos = bisect_right(names, name)
            names.insert(pos, name)
            self.insts.insert(pos, inst)
        inst.iname = name

    def remove(self, inst: Instance) -> None:
        name, names, insts = inst.iname, self.names, self.insts
        for k in range(bisect_left(names, name), bisect_right(names, name)):
            if insts[k] is inst:
                del names[k]
                del insts[k]
                return

    def range(self, value: str, *, prefix: bool) -> tuple[int, int]:
        """The [lo, hi) positions of the names equal to ``value`` or starting with it."""
        names = self.names
        lo = bisect_left(names, value)
        if not prefix:
            return lo, bisect_right(names, value, lo)
        end = prefix_end(value)
        return lo, len(names) if end is None else bisect_left(names, end, lo)


class Indexes:
    __slots__ = ("by_id", "by_account", "by_zone", "held", "listing", "by_status", "by_zone_status", "names", "at",
                 "_pending", "_due", "_tick")  # fmt: skip

    def __init__(self, accounts: list[str], now: float = 0.0) -> None:
        self.by_id: dict[str, Instance] = {}
        self.by_account: dict[str, dict[str, Instance]] = {a: {} for a in accounts}
        self.by_zone: dict[tuple[str, str], dict[str, Instance]] = {}
        self.held: dict[str, int] = dict.fromkeys(accounts, 0)
        self.listing: dict[str, list[Instance]] = {}
        self.by_status: dict[tuple[str, str], list[Instance]] = {}
        self.by_zone_status: dict[tuple[str, str, str], list[Instance]] = {}
        self.names: dict[str, NameIndex] = {}
        self.at = now  # the clock reading the status lists hold for
        self._pending: list[tuple[float, int, Instance]] = []  # (due, tiebreak, instance): a heap
        self._due: dict[str, float] = {}  # instance id -> its next transition (newest push wins)
        self._tick = count()

    # --- building ---

    def add(self, inst: Instance, now: float) -> None:
        self.advance(now)
        account = inst.account
        self.by_id[inst.id] = inst
        if inst.holds:
            self.held[account] = self.held.get(account, 0) + 1
        listing = self.listing.setdefault(account, [])
        status = inst.status(now)
        if not listing or answer_order(listing[-1]) < answer_order(inst):
            # The usual case (a new instance is the account's latest): it goes last in every ordered index.
            listing.append(inst)
            self.by_account.setdefault(account, {})[inst.id] = inst
            self.by_zone.setdefault((account, inst.zone), {})[inst.id] = inst
            inst.istatus = status
            self.by_status.setdefault((account, status), []).append(inst)
            self.by_zone_status.setdefault((account, inst.zone, status), []).append(inst)
        else:
            _insert(listing, inst)
            _append_sorted(self.by_account.setdefault(account, {}), inst)
            _append_sorted(self.by_zone.setdefault((account, inst.zone), {}), inst)
            self._place(inst, status)
        self._name_index(account).add(inst)
        self._schedule(inst, now)

    def add_all(self, instances: Sequence[Instance], now: float) -> None:
        """Many at once (a state load): ``instances`` sorted in answer order; names sorted once."""
        self.advance(now)
        for inst in instances:
            self.by_id[inst.id] = inst
            _append_sorted(self.by_account.setdefault(inst.account, {}), inst)
            _append_sorted(self.by_zone.setdefault((inst.account, inst.zone), {}), inst)
            if inst.holds:
                self.held[inst.account] = self.held.get(inst.account, 0) + 1
            _insert(self.listing.setdefault(inst.account, []), inst)
            self._place(inst, inst.status(now))
            self._schedule(inst, now)
        by_account: dict[str, list[Instance]] = {}
        for inst in instances:
            by_account.setdefault(inst.account, []).append(inst)
        for account, insts in by_account.items():
            index = self._name_index(account)
            merged = sorted([*zip(index.names, index.insts, strict=True), *((i.name, i) for i in insts)],
                            key=lambda pair: pair[0])  # fmt: skip
            index.names = [n for n, _ in merged]
            index.insts = [i for _, i in merged]
            for inst in insts:
                inst.iname = inst.name

    def remove(self, inst: Instance) -> None:
        del self.by_id[inst.id]
        del self.by_account[inst.account][inst.id]
        del self.by_zone[(inst.account, inst.zone)][inst.id]
        _delete(self.listing[inst.account], inst)
        self._name_index(inst.account).remove(inst)
        self._unplace(inst)
        self._due.pop(inst.id, None)  # its heap entry, if any, is skipped when it falls due

    def changed(self, inst: Instance, now: float) -> None:
        """Re-index an instance whose name or schedule may have changed (no-op for one not indexed)."""
        if self.by_id.get(inst.id) is not inst:
            return
        self.advance(now)
        if inst.name != inst.iname:
            names = self._name_index(inst.account)
            names.remove(inst)
            names.add(inst)
        status = inst.status(now)
        if status != inst.istatus:
            self._unplace(inst)
            self._place(inst, status)
        self._schedule(inst, now)

    # --- the clock ---

    def advance(self, now: float) -> None:
        """Bring the status lists to ``now``: move the instances whose next transition is due."""
        if now < self.at:  # the clock moved back (a state import): place everything again
            self._replace_all(now)
            return
        self.at = now
        pending, due = self._pending, self._due
        while pending and pending[0][0] <= now:
            t, _, inst = heapq.heappop(pending)
            iid = inst.id
            if due.get(iid) != t or self.by_id.get(iid) is not inst:
                continue  # superseded by a later push, or deleted
            del due[iid]
            status = inst.status(now)
            if status != inst.istatus:
                self._unplace(inst)
                self._place(inst, status)
            self._schedule(inst, now)
        if len(pending) > 2 * len(due) + 1024:  # stale entries of instances changed again before their time
            self._pending = [(t, next(self._tick), self.by_id[i]) for i, t in due.items()]
            heapq.heapify(self._pending)

    def _replace_all(self, now: float) -> None:
        self.at = now
        self.by_status.clear()
        self.by_zone_status.clear()
        self._pending.clear()
        self._due.clear()
        for inst in sorted(self.by_id.values(), key=answer_order):
            self._place(inst, inst.status(now))
            self._schedule(inst, now)

    # --- reading ---

    def status_list(self, account: str, status: str, zone: str | None = None) -> list[Instance]:
        """The account's instances in ``status`` at ``self.at`` (in one zone), answer order. Read-only."""
        if zone is None:
            return self.by_status.get((account, status), [])
        return self.by_zone_status.get((account, zone, status), [])

    def name_index(self, account: str) -> NameIndex:
        return self._name_index(account)

    # --- internals ---

    def _name_index(self, account: str) -> NameIndex:
        index = self.names.get(account)
        if index is None:
            index = self.names[account] = NameIndex()
        return index

    def _place(self, inst: Instance, status: str) -> None:
        inst.istatus = status
        _insert(self.by_status.setdefault((inst.account, status), []), inst)
        _insert(self.by_zone_status.setdefault((inst.account, inst.zone, status), []), inst)

    def _unplace(self, inst: Instance) -> None:
        status = inst.istatus
        for lst in (self.by_status.get((inst.account, status)),
                    self.by_zone_status.get((inst.account, inst.zone, status))):  # fmt: skip
            if lst is not None:
                _delete(lst, inst)
        inst.istatus = ""

    def _schedule(self, inst: Instance, now: float) -> None:
        nxt = inst.next_change(now)
        if nxt == INF:
            self._due.pop(inst.id, None)
        elif self._due.get(inst.id) != nxt:
            self._due[inst.id] = nxt
            heapq.heappush(self._pending, (nxt, next(self._tick), inst))


def _insert(lst: list[Instance], inst: Instance) -> None:
    if not lst or answer_order(lst[-1]) < answer_order(inst):
        lst.append(inst)
    else:
        insort(lst, inst, key=answer_order)


def _delete(lst: list[Instance], inst: Instance) -> None:
    k = bisect_left(lst, answer_order(inst), key=answer_order)
    if k < len(lst) and lst[k] is inst:
        del lst[k]


def _append_sorted(index: dict[str, Instance], inst: Instance) -> None:
    """Insert keeping (createTime, id) order; ids grow with creation, so this is an append in practice."""
    if index:
        last = index[next(reversed(index))]
        if (last.ctime, last.id) > (inst.ctime, inst.id):
            items = sorted([*index.values(), inst], key=answer_order)
            index.clear()
            index.update((i.id, i) for i in items)
            return
    index[inst.id] = inst


__all__ = ["Indexes", "NameIndex", "answer_order", "prefix_end"]

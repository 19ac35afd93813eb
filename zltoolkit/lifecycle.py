"""Wait for instances to reach a status: batched DescribeInstances, progress, timeout, injectable sleep.

``wait_for`` (sync) and ``watch`` (async) poll only the instances not settled yet, at most 100 ids per
DescribeInstances call (``pageSize`` 100), so N pending instances cost ceil(N/100) calls per round. An
instance is settled when it reaches the target, fails (CREATE_FAILED / INSTALL_FAILED) or is gone (missing
after having been seen, or never seen for ``not_found_rounds`` rounds). Failures are reported (``failed``
column and a warning), raised only with ``raise_on_failure=True``. A timeout raises :class:`WaitTimeout`
naming the instances still pending; its ``.frame`` holds the states reached so far.

Time: tests inject ``sleep`` (e.g. ``lambda s: server.advance(s)`` on a manual mock clock) so no wall time
passes; elapsed time is therefore the larger of wall time and the time slept through ``sleep``.
"""

from __future__ import annotations

import asyncio
import inspect
import time
import warnings
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from zltoolkit.api.enums import FAILED_INSTANCE_STATUSES, InstanceStatus
from zltoolkit.api.limits import MAX_IDS_PER_CALL
from zltoolkit.common.frames import BOOL, FLOAT, INSTANCE_STATUS, INT, STR, Schema, frame
from zltoolkit.common.source import Source, enum_value, sync_client

if TYPE_CHECKING:
    from zltoolkit.client import AsyncClient, Client

__all__ = ["STATES", "InstanceFailedError", "InstanceFailureWarning", "WaitTimeout", "snapshot", "wait_for",
           "watch"]

STATES: Schema = {
    "instance_id": STR,
    "instance_name": STR,
    "zone_id": STR,
    "instance_type_id": STR,
    "status": INSTANCE_STATUS,  # last status seen (NA if never seen)
    "reached": BOOL,  # status is one of the targets
    "failed": BOOL,  # CREATE_FAILED or INSTALL_FAILED
    "gone": BOOL,  # no longer listed by DescribeInstances
    "timed_out": BOOL,  # still pending when the wait gave up
    "elapsed_s": FLOAT,  # seconds from the start of the wait until it settled (NA if it did not)
    "public_ip": STR,
    "bandwidth_out_mbps": INT,  # as last listed (a change shows once in force)
}
_FAILED = frozenset(s.value for s in FAILED_INSTANCE_STATUSES)


class WaitTimeout(TimeoutError):
    """The wait ran out of time. ``pending`` lists the ids not settled; ``frame`` has every state so far."""

    def __init__(self, pending: list[str], frame: pd.DataFrame, timeout: float) -> None:
        self.pending = pending
        self.frame = frame
        shown = ", ".join(pending[:20]) + (f" and {len(pending) - 20} more" if len(pending) > 20 else "")
        statuses = frame[frame.timed_out.fillna(False)].status.astype("object").fillna("unseen").value_counts()
        summary = ", ".join(f"{n} {s}" for s, n in statuses.items())
        super().__init__(f"{len(pending)} instance(s) still pending after {timeout:g} s ({summary}): {shown}")


class InstanceFailedError(RuntimeError):
    """Raised with ``raise_on_failure=True`` when instances end CREATE_FAILED/INSTALL_FAILED (or gone)."""

    def __init__(self, failed: list[str], frame: pd.DataFrame) -> None:
        self.failed = failed
        self.frame = frame
        super().__init__(f"{len(failed)} instance(s) failed: " + ", ".join(failed[:20]))


class InstanceFailureWarning(UserWarning):
    pass


def _targets(target: str | Iterable[str]) -> frozenset[str]:
    values = [target] if isinstance(target, str) else list(target)
    return frozenset(InstanceStatus(v).value for v in values)


class _Tracker:
    """State shared by the sync and async loops: what is known about each id, and what is still pending."""

    def __init__(self, ids: Iterable[str], targets: frozenset[str], not_found_rounds: int) -> None:
        self.ids = list(dict.fromkeys(ids))  # keep order, drop duplicates
        self.targets = targets
        self.not_found_rounds = not_found_rounds
        self.info: dict[str, dict[str, Any]] = {i: {"instance_id": i} for i in self.ids}
        self.seen: set[str] = set()
        self.missing_rounds: dict[str, int] = {}
        self.settled: dict[str, float] = {}  # id -> elapsed when settled
        self.started_wall = time.monotonic()
        self.slept = 0.0

    def elapsed(self) -> float:
        return max(time.monotonic() - self.started_wall, self.slept)

    @property
    def pending(self) -> list[str]:
        return [i for i in self.ids if i not in self.settled]

    def batches(self) -> list[list[str]]:
        p = self.pending
        return [p[n:n + MAX_IDS_PER_CALL] for n in range(0, len(p), MAX_IDS_PER_CALL)]

    def update(self, polled: list[str], found: Iterable[Any]) -> int:
        """Record one round's answers; returns how many instances settled in this round."""
        now = self.elapsed()
        listed = set()
        for inst in found:
            iid = inst.instance_id
            if iid not in self.info:
                continue  # a page may hold instances we were not asked about (it should not, but be safe)
            listed.add(iid)
            self.seen.add(iid)
            self.missing_rounds.pop(iid, None)
            status = enum_value(inst.instance_status)
            self.info[iid].update(
                instance_name=inst.instance_name, zone_id=inst.zone_id, instance_type_id=inst.instance_type_id,
                status=status, public_ip=inst.primary_public_ip_address, gone=False,
                bandwidth_out_mbps=inst.bandwidth_out_mbps,
            )
            if status in self.targets or status in _FAILED:
                self.settled.setdefault(iid, now)
        for iid in polled:
            if iid in listed or iid in self.settled:
                continue
            # Missing: gone at once if we saw it before; an id never seen gets a few rounds (eventual consistency).
            self.missing_rounds[iid] = self.missing_rounds.get(iid, 0) + 1
            if iid in self.seen or self.missing_rounds[iid] >= self.not_found_rounds:
                self.info[iid]["gone"] = True
                self.settled[iid] = now
        return sum(1 for i in polled if i in self.settled)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in self.ids:
            d = self.info[i]
            key = "gone" if d.get("gone") else (d.get("status") or "unseen")
            out[key] = out.get(key, 0) + 1
        return out

    def frame(self, timed_out: bool = False) -> pd.DataFrame:
        rows = []
        for i in self.ids:
            d = dict(self.info[i])
            status = d.get("status")
            d["reached"] = status in self.targets and not d.get("gone", False)
            d["failed"] = status in _FAILED
            d["gone"] = bool(d.get("gone", False))
            d["timed_out"] = timed_out and i not in self.settled
            d["elapsed_s"] = self.settled.get(i)
            rows.append(d)
        return frame(rows, STATES)


def _finish(tracker: _Tracker, raise_on_failure: bool) -> pd.DataFrame:
    df = tracker.frame()
    bad = df[df.failed | df.gone]
    if len(bad):
        ids = bad.instance_id.tolist()
        if raise_on_failure:
            raise InstanceFailedError(ids, df)
        head = bad.head(20)
        desc = ", ".join(f"{iid} ({'gone' if gone else status})" for iid, gone, status in
                         zip(head.instance_id.tolist(), head.gone.tolist(), head.status.tolist(), strict=True))
        warnings.warn(f"{len(ids)} instance(s) did not come up: {desc}", InstanceFailureWarning, stacklevel=3)
    return df


def _bar(total: int, progress: bool, desc: str) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="inst", disable=not progress, leave=True)


def _describe(client: Client, batch: list[str]) -> list[Any]:
    return list(client.describe_instances(instance_ids=batch, page_size=MAX_IDS_PER_CALL).data_set)


def snapshot(client: Source, ids: Iterable[str], target: str | Iterable[str] = InstanceStatus.RUNNING.value) -> pd.DataFrame:
    """One round of DescribeInstances for ``ids``: their current states (STATES schema), without waiting."""
    c = sync_client(client)
    tracker = _Tracker(ids, _targets(target), not_found_rounds=1)
    for batch in tracker.batches():
        tracker.update(batch, _describe(c, batch))
    return tracker.frame()


def wait_for(
    client: Source,
    ids: Iterable[str],
    target: str | Iterable[str] = InstanceStatus.RUNNING.value,
    timeout: float = 1800.0,
    poll: float = 10.0,
    sleep: Callable[[float], Any] = time.sleep,
    progress: bool = True,
    *,
    raise_on_failure: bool = False,
    not_found_rounds: int = 3,
    on_update: Callable[[pd.DataFrame], Any] | None = None,
) -> pd.DataFrame:
    """Poll until every instance is settled; returns their final states (STATES schema).

    Raises :class:`WaitTimeout` after ``timeout`` seconds (wall time or time slept, whichever is larger).
    """
    c = sync_client(client)
    tracker = _Tracker(ids, _targets(target), not_found_rounds)
    bar = _bar(len(tracker.ids), progress, "waiting")
    try:
        while True:
            for batch in tracker.batches():
                bar.update(tracker.update(batch, _describe(c, batch)))
            bar.set_postfix(tracker.counts(), refresh=False)
            if on_update is not None:
                on_update(tracker.frame())
            if not tracker.pending:
                return _finish(tracker, raise_on_failure)
            if tracker.elapsed() + poll > timeout:
                raise WaitTimeout(tracker.pending, tracker.frame(timed_out=True), timeout)
            sleep(poll)
            tracker.slept += poll
    finally:
        bar.close()


async def watch(
    client: AsyncClient,
    ids: Iterable[str],
    target: str | Iterable[str] = InstanceStatus.RUNNING.value,
    timeout: float = 1800.0,
    poll: float = 10.0,
    sleep: Callable[[float], Awaitable[Any] | Any] = asyncio.sleep,
    progress: bool = True,
    *,
    raise_on_failure: bool = False,
    not_found_rounds: int = 3,
    on_update: Callable[[pd.DataFrame], Any] | None = None,
) -> pd.DataFrame:
    """Async :func:`wait_for` on an AsyncClient: a round's batches run concurrently; ``on_update`` (sync or
    async) gets the states after every round (e.g. to refresh a widget)."""
    tracker = _Tracker(ids, _targets(target), not_found_rounds)
    bar = _bar(len(tracker.ids), progress, "watching")

    async def one(batch: list[str]) -> tuple[list[str], list[Any]]:
        resp = await client.describe_instances(instance_ids=batch, page_size=MAX_IDS_PER_CALL)
        return batch, list(resp.data_set)

    try:
        while True:
            for batch, found in await asyncio.gather(*(one(b) for b in tracker.batches())):
                bar.update(tracker.update(batch, found))
            bar.set_postfix(tracker.counts(), refresh=False)
            if on_update is not None:
                result = on_update(tracker.frame())
                if inspect.isawaitable(result):
                    await result
            if not tracker.pending:
                return _finish(tracker, raise_on_failure)
            if tracker.elapsed() + poll > timeout:
                raise WaitTimeout(tracker.pending, tracker.frame(timed_out=True), timeout)
            result = sleep(poll)
            if inspect.isawaitable(result):
                await result
            tracker.slept += poll
    finally:
        bar.close()

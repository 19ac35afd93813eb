"""The stock recorder: every ``every`` seconds of server time, one DescribeAvailableResources per charge type,
appended to a :class:`~zltoolkit.history.store.HistoryStore`.

``run(rounds=N)`` blocks; ``start()`` is an asyncio task on the running loop (a notebook's) with a visible
status (rounds done, gaps, last ts) and ``stop()``. Waiting between rounds is the injected ``sleep``: the
Session passes one that advances a manual mock clock instead of waiting, and divides by the speed of a fast
in-process mock, as ``Session.wait_for`` does.

A failed call (an API error, a timeout, an unreadable answer) is recorded as a gap with its error code,
never as "sold out". Offerings are read from the raw answer, so a sell status the API did not document is
stored verbatim rather than turning the round into an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import inspect
import json
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from zltoolkit.api.enums import ChargeType
from zltoolkit.common.filters import charge_types as charge_type_list
from zltoolkit.common.source import Source, sync_client
from zltoolkit.views.catalog import sell_status_of

from .clock import HeaderTime, ServerTime
from .store import HistoryStore, Observation, TimeLike

if TYPE_CHECKING:
    import pandas as pd

    from zltoolkit.client import Client, RetryPolicy

__all__ = ["DEFAULT_EVERY", "Recorder", "RecorderStatus"]

#: Seconds of server time between rounds.
DEFAULT_EVERY = 300.0
_ACTION = "DescribeAvailableResources"


@dataclass(frozen=True)
class RecorderStatus:
    """What a recorder has done so far (``recorder.status``)."""

    rounds: int = 0  # rounds completed (each one call per charge type)
    calls: int = 0
    gaps: int = 0  # calls that failed (each recorded as a gap)
    last_ts: float | None = None  # server time of the last call, Unix seconds
    last_error: str | None = None  # code of the last failed call
    running: bool = False

    def describe(self) -> str:
        last = "never" if self.last_ts is None else _iso(self.last_ts)
        state = "running" if self.running else "idle"
        err = f", last error {self.last_error}" if self.last_error else ""
        return f"{self.rounds} round(s), {self.gaps} gap(s), last {last} ({state}{err})"


def _iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(seconds))


class _Answers:
    """The headers and body of the last response the recorder's client received (an httpx event hook)."""

    def __init__(self) -> None:
        self.headers: Mapping[str, str] | None = None
        self.body: bytes | None = None
        self.status: int | None = None

    def clear(self) -> None:
        self.headers, self.body, self.status = None, None, None

    def hook(self, response: httpx.Response) -> None:
        response.read()
        self.headers, self.body, self.status = dict(response.headers), response.content, response.status_code


def _offerings(body: bytes | None) -> list[dict[str, Any]] | None:
    """``availableResources`` of a success envelope, as dicts (None when the body is not one)."""
    try:
        data = json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        return None
    payload = data.get("response") if isinstance(data, dict) else None
    if not isinstance(payload, dict):
        return None
    found = payload.get("availableResources")
    return [r for r in found if isinstance(r, dict)] if isinstance(found, list) else None


def observation(resource: Mapping[str, Any]) -> Observation:
    """(zone, type, sell status, qty) of one raw offering: ``sellStatus``, else ``status`` (docs/api-facts.md
    §12.1), else derived from ``qty`` (as the stock view does)."""
    qty = resource.get("qty")
    if isinstance(qty, bool) or not isinstance(qty, (int, float)):
        qty = None
    status = resource.get("sellStatus")
    if status is None:
        status = resource.get("status")
    if status is None:
        status = sell_status_of({"qty": qty})
    return str(resource.get("zoneId")), str(resource.get("instanceTypeId")), \
        None if status is None else str(status), None if qty is None else int(qty)


class Recorder:
    """Records stock rounds from ``source`` (a Session or Client) into ``store`` (a path or a HistoryStore).

    Usually made by ``session.record_stock(every=300, store="stock.sqlite")``, which picks the server time
    (the mock's clock, else the Date header) and the way to wait (a manual mock's clock advances instead).

    ```python
    rec = session.record_stock(every=300, store="stock.sqlite")
    rec.run(rounds=12)          # blocking: 12 rounds, an hour of server time
    rec.start()                 # in a notebook: a background task; `rec` shows its status
    rec.stop()
    rec.history()               # the HISTORY frame of the whole store
    ```

    Args:
        source: A Session or Client (its endpoint, credentials and API version are reused).
        store: The history file (created if missing) or an open HistoryStore.
        every: Seconds of server time between rounds.
        charge_types: Charge types to record (default both: one call per charge type per round).
        server_time: Where ``ts`` comes from (default the response's Date header).
        sleep: How ``run`` waits ``every`` seconds (default ``time.sleep``).
        async_sleep: How the background task waits (default: ``sleep`` in a worker thread when given, else
            ``asyncio.sleep``).
        retry: The recorder client's retry policy (default: no retries; a failed call is a gap and the
            next round asks again).
        name: Written with every round (default a short random id), to tell recorders apart.
        transport: An httpx transport for the recorder's client (tests).
    """

    def __init__(self, source: Source, store: HistoryStore | str | Path, *, every: float = DEFAULT_EVERY,
                 charge_types: str | Iterable[str] | None = None, server_time: ServerTime | None = None,
                 sleep: Callable[[float], Any] | None = None,
                 async_sleep: Callable[[float], Awaitable[Any] | Any] | None = None,
                 retry: RetryPolicy | None = None, name: str | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        if not every > 0:
            raise ValueError("every must be a positive number of seconds")
        self.every = float(every)
        self.store = store if isinstance(store, HistoryStore) else HistoryStore(store)
        self._owns_store = not isinstance(store, HistoryStore)
        self.charge_types = [ChargeType(c).value for c in charge_type_list(charge_types)]
        self.server_time: ServerTime = server_time if server_time is not None else HeaderTime()
        self.name = name or f"rec-{uuid.uuid4().hex[:8]}"
        self._sleep = sleep if sleep is not None else time.sleep
        self._async_sleep = async_sleep
        self._custom_sleep = sleep is not None
        self._answers = _Answers()
        self._client = self._recording_client(sync_client(source), retry, transport)
        self.status = RecorderStatus()
        self.task: asyncio.Task[RecorderStatus] | None = None
        self._handle: Any = None  # an IPython display handle while start()ed in a kernel
        self._stopping = False  # stop() asked: no new round starts
        self._in_round = False  # a round runs in the worker thread (not cancelled halfway)

    def _recording_client(self, base: Client, retry: RetryPolicy | None,
                          transport: httpx.BaseTransport | None) -> Client:
        """A Client like ``base`` whose responses pass through the hook (for the Date header and raw body)."""
        from zltoolkit.client import Client, RetryPolicy

        http = httpx.Client(timeout=base.timeout, transport=transport,
                            event_hooks={"response": [self._answers.hook]})
        self._http = http  # ours to close: a Client does not close an http_client it was given
        return Client(base.endpoint, credentials=base.credentials, api_version=base.api_version,
                      timeout=base.timeout, retry=retry if retry is not None else RetryPolicy.never(),
                      http_client=http)

    def close(self) -> None:
        """Stop the task (if any), close the recorder's client and the store it opened."""
        self.stop()
        self._client.close()
        self._http.close()
        if self._owns_store:
            self.store.close()

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one round ---

    def record_round(self) -> list[int]:
        """One call per charge type, each appended (or recorded as a gap). Returns the round ids."""
        stamp = self._stamp(None) if self.server_time.per_round else None
        ids = [self._record_call(ct, stamp) for ct in self.charge_types]
        self._update(rounds=self.status.rounds + 1)
        return ids

    def _record_call(self, charge_type: str, stamp: tuple[float, str] | None) -> int:
        self._answers.clear()
        error: str | None = None
        try:
            self._client.describe_available_resources(instance_charge_type=charge_type)
        except Exception as exc:  # noqa: BLE001 - any failed call is a gap, with its code
            error = str(getattr(exc, "code", None) or type(exc).__name__)
        found = _offerings(self._answers.body) if self._answers.status == 200 else None
        if error == "INVALID_RESPONSE" and found is not None:
            error = None  # the typed model refused a value (e.g. a new sell status): the raw answer is kept
        ts, clock = stamp if stamp is not None else self._stamp(self._answers.headers)
        if error is None and found is not None:
            round_id = self.store.append(ts, charge_type, [observation(r) for r in found], recorder=self.name,
                                         clock=clock)
            self._update(calls=self.status.calls + 1, last_ts=ts)
        else:
            code = error or "INVALID_RESPONSE"
            round_id = self.store.append_gap(ts, charge_type, code, recorder=self.name, clock=clock)
            self._update(calls=self.status.calls + 1, gaps=self.status.gaps + 1, last_ts=ts, last_error=code)
        return round_id

    def _stamp(self, headers: Mapping[str, str] | None) -> tuple[float, str]:
        try:
            return self.server_time.stamp(headers)
        except Exception:  # noqa: BLE001 - e.g. the mock's control plane is unreachable: keep the round
            return time.time(), "wall"

    def _update(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        if self._handle is not None:
            self._handle.update(self._bundle(), raw=True)

    # --- blocking ---

    def run(self, rounds: int = 1) -> RecorderStatus:
        """Record ``rounds`` rounds, waiting ``every`` seconds (via ``sleep``) before each but the first ever."""
        if rounds < 0:
            raise ValueError("rounds must not be negative")
        for _ in range(rounds):
            if self.status.rounds:
                self._sleep(self.every)
            self.record_round()
        return self.status

    # --- background (notebook) ---

    def start(self, rounds: int | None = None, *, show: bool = True) -> asyncio.Task[RecorderStatus]:
        """Record in an asyncio task on the running loop (``rounds`` None: until :meth:`stop`).

        In a notebook kernel (``show``) a status line is displayed and updated after every call.
        """
        if self.task is not None and not self.task.done():
            raise RuntimeError("this recorder is already running; stop() it first")
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError("start() needs a running event loop (a notebook has one); "
                               "use run(rounds=N) to record without one") from None
        if show:
            self._handle = _display_handle(self._bundle())
        self._stopping = False
        self.task = loop.create_task(self._loop(rounds))
        self._update(running=True)
        return self.task

    async def _loop(self, rounds: int | None) -> RecorderStatus:
        done = 0
        try:
            while not self._stopping and (rounds is None or done < rounds):
                if self.status.rounds:
                    await self._wait()
                    if self._stopping:
                        break
                # The client is synchronous: the round runs in a worker thread, and is never cancelled
                # halfway (stop() waits for it), so what the status says is what the store holds.
                self._in_round = True
                try:
                    await asyncio.shield(asyncio.to_thread(self.record_round))
                finally:
                    self._in_round = False
                done += 1
        except asyncio.CancelledError:
            if not self._stopping:
                raise
        finally:
            self._update(running=False)
        return self.status

    async def _wait(self) -> None:
        if self._async_sleep is not None:
            result = self._async_sleep(self.every)
            if inspect.isawaitable(result):
                await result
        elif self._custom_sleep:
            await asyncio.to_thread(self._sleep, self.every)
        else:
            await asyncio.sleep(self.every)

    def stop(self) -> None:
        """Stop the background task: at once while it waits, else after the round in flight (whose rows
        are kept)."""
        self._stopping = True
        if self.task is not None and not self.task.done() and not self._in_round:
            self.task.cancel()
        if not self.running:
            self._update(running=False)

    async def wait(self) -> RecorderStatus:
        """Await the background task (``rounds`` given to start), or return at once when none runs."""
        if self.task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self.task)
        return self.status

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    # --- reading back ---

    def history(self, start: TimeLike | None = None, end: TimeLike | None = None,
                charge_type: str | None = None) -> pd.DataFrame:
        """The store's HISTORY frame (every recorder's rows, not only this one's)."""
        return self.store.history(start, end, charge_type)

    def rounds(self, start: TimeLike | None = None, end: TimeLike | None = None,
               charge_type: str | None = None) -> pd.DataFrame:
        """The store's ROUNDS frame: successful calls and gaps."""
        return self.store.rounds(start, end, charge_type)

    # --- display ---

    def __repr__(self) -> str:
        return (f"Recorder({self.name!r} -> {str(self.store.path)!r}, every {self.every:g} s, "
                f"{'/'.join(self.charge_types)}: {self.status.describe()})")

    def _repr_html_(self) -> str:
        s = self.status
        colour = "#2e7d32" if s.running else "#555"
        return (f"<div class='zl-recorder'><b>Stock recorder</b> {html.escape(self.name)} &rarr; "
                f"<code>{html.escape(str(self.store.path))}</code> every {self.every:g} s "
                f"({html.escape('/'.join(self.charge_types))}): <span style='color:{colour}'>"
                f"{html.escape(s.describe())}</span></div>")

    def _bundle(self) -> dict[str, str]:
        return {"text/plain": repr(self), "text/html": self._repr_html_()}


def _display_handle(bundle: dict[str, str]) -> Any:
    """An updatable display in a notebook kernel (None elsewhere)."""
    ipython = sys.modules.get("IPython")  # only if already loaded (as zltoolkit.common.display does)
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    from IPython.display import display

    return display(bundle, raw=True, display_id=True)  # type: ignore[no-untyped-call]  # IPython is untyped

"""``zl.connect()``: one call to get a Session on the real API, a ``zl-mock`` elsewhere, or an in-process mock.

It always says which endpoint and account it uses (never a secret) and never falls back silently: without
credentials and without ``"mock"`` it raises, naming the variables to set.
"""

from __future__ import annotations

import asyncio
import os
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.enums import DEFAULT_API_VERSION, ChargeType, InstanceStatus, InternetChargeType
from zltoolkit.client.config import (
    ENV_ACCESS_KEY_ID,
    ENV_ACCESS_KEY_PASSWORD,
    ENV_DOMAIN,
    ENV_SCHEME,
    ENV_TOKEN,
)
from zltoolkit.client.errors import ConfigurationError
from zltoolkit.client.generated_methods import SyncActions
from zltoolkit.common.display import show
from zltoolkit.common.price_cache import PriceCache
from zltoolkit.common.sweep import DEFAULT_CONCURRENCY, DEFAULT_TTL, SWEEP_DEADLINE

if TYPE_CHECKING:
    import pandas as pd

    from mockserver.server import MockServer
    from zltoolkit.client import AsyncClient, Client, RetryPolicy
    from zltoolkit.client.requests import RequestLike
    from zltoolkit.history.recorder import Recorder
    from zltoolkit.planning import Plan, Requirement
    from zltoolkit.views.pricing import Pairs

__all__ = ["ConnectError", "Session", "connect", "show"]

R = TypeVar("R", bound=ResponseModel)

MOCK = "mock"
ENV = "env"  # the notebooks' ENDPOINT parameter: "env" means the ZENLAYERCLOUD_* variables
DEFAULT_MOCK_SPEED = 60.0
#: wait_for/watch defaults, in API time (scaled down on a fast in-process mock, see Session._paced).
API_POLL = 10.0
API_TIMEOUT = 1800.0
_RUNNING = InstanceStatus.RUNNING.value


class ConnectError(ConfigurationError):
    """No usable endpoint/credentials. The message says what to set or pass."""


def _shutdown(client: Client, mock: MockServer | None) -> None:
    try:
        client.close()
    finally:
        if mock is not None:
            mock.stop()


class Session(SyncActions):
    """A connected Client (sync), a factory for AsyncClients with the same settings, the in-process mock
    when there is one (``.mock``), and the views/planning/lifecycle functions as methods.

    Closing it (``close()``, ``with``, or garbage collection) closes the client and stops the mock.
    The Client's action methods are the Session's too (``session.describe_zones()``, every ``iter_*``,
    ``call``, ``call_raw``): the same generated methods (SyncActions), whose hook hands each validated request
    to the client's request path. Anything else of the Client is ``session.client``.
    """

    _zl_session = True

    def __init__(self, client: Client, *, mock: MockServer | None = None, description: str = "") -> None:
        self.client = client
        self.mock = mock
        self.description = description
        self.price_cache = PriceCache()
        self._finalizer = weakref.finalize(self, _shutdown, client, mock)

    # --- identity ---

    @property
    def endpoint(self) -> str:
        return self.client.endpoint

    @property
    def account(self) -> str:
        return self.client.account

    @property
    def api_version(self) -> str:
        return self.client.api_version

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def __repr__(self) -> str:
        kind = "in-process mock" if self.mock is not None else "remote"
        state = ", closed" if self.closed else ""
        return f"Session({self.endpoint!r}, account={self.account!r}, {kind}{state})"

    # --- lifecycle of the session ---

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def async_client(self, **overrides: Any) -> AsyncClient:
        """A new AsyncClient with this session's endpoint, credentials and settings (close it when done)."""
        from zltoolkit.common.source import async_client

        return async_client(self.client, **overrides)

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of API time: advance a manual mock clock, else sleep on the wall clock."""
        if self.mock is not None and self.mock.config.clock == "manual":
            self.mock.advance(seconds)
        else:
            time.sleep(seconds)

    # --- views (zltoolkit.views, with this session as the client) ---

    def zones(self) -> pd.DataFrame:
        from zltoolkit import views

        return views.zones(self)

    def instance_types(self, instance_type: str | Iterable[str] | None = None) -> pd.DataFrame:
        from zltoolkit import views

        return views.instance_types(self, instance_type)

    def images(self, instance_type: str | None = None) -> pd.DataFrame:
        from zltoolkit import views

        return views.images(self, instance_type)

    def stock(
        self,
        charge_type: str | Iterable[str] | None = None,
        zone: str | Iterable[str] | None = None,
        instance_type: str | Iterable[str] | None = None,
        sell_status: str | Iterable[str] | None = None,
    ) -> pd.DataFrame:
        from zltoolkit import views

        return views.stock(self, charge_type, zone, instance_type, sell_status)

    def instances(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.instances(self, **filters)

    def traffic(self, instance_ids: str | Iterable[str], start: Any, end: Any) -> pd.DataFrame:
        """The 5-minute traffic samples of the instances in ``(start, end]`` (``views.TRAFFIC`` columns)."""
        from zltoolkit import views

        return views.traffic(self, instance_ids, start, end)

    def internet_status(self, instance_ids: str | Iterable[str]) -> pd.DataFrame:
        """Bandwidth and traffic package in force and any change under way (``views.INTERNET_STATUS``)."""
        from zltoolkit import views

        return views.internet_status(self, instance_ids)
    def subnets(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.subnets(self, **filters)

    def vpcs(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.vpcs(self, **filters)

    def eips(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.eips(self, **filters)

    def cidr_blocks(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.cidr_blocks(self, **filters)

    def ddos_ips(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.ddos_ips(self, **filters)

    def prices(
        self,
        pairs: Pairs,
        charge_type: str | Iterable[str] | None = ChargeType.POSTPAID.value,
        period: int = 1,
        internet_charge_type: str = InternetChargeType.BY_BANDWIDTH.value,
        bandwidth: int = 1,
        *,
        traffic_package_size: float | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool = True,
        cache: bool = True,
        cache_dir: str | Path | None = None,
        ttl: float | None = DEFAULT_TTL,
        retry_deadline: float = SWEEP_DEADLINE,
    ) -> pd.DataFrame:
        from zltoolkit import views

        return views.prices(self, pairs, charge_type, period, internet_charge_type, bandwidth,
                            traffic_package_size=traffic_package_size, concurrency=concurrency, progress=progress,
                            cache=cache, cache_dir=cache_dir, ttl=ttl, retry_deadline=retry_deadline)

    async def aprices(
        self,
        pairs: Pairs,
        charge_type: str | Iterable[str] | None = ChargeType.POSTPAID.value,
        period: int = 1,
        internet_charge_type: str = InternetChargeType.BY_BANDWIDTH.value,
        bandwidth: int = 1,
        *,
        traffic_package_size: float | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool = True,
        cache: bool = True,
        cache_dir: str | Path | None = None,
        ttl: float | None = DEFAULT_TTL,
        retry_deadline: float = SWEEP_DEADLINE,
    ) -> pd.DataFrame:
        from zltoolkit import views

        return await views.aprices(self, pairs, charge_type, period, internet_charge_type, bandwidth,
                                   traffic_package_size=traffic_package_size, concurrency=concurrency,
                                   progress=progress, cache=cache, cache_dir=cache_dir, ttl=ttl,
                                   retry_deadline=retry_deadline)

    def catalog(
        self,
        charge_type: str | Iterable[str] | None = ChargeType.POSTPAID.value,
        with_prices: bool = False,
        zone: str | Iterable[str] | None = None,
        instance_type: str | Iterable[str] | None = None,
        sell_status: str | Iterable[str] | None = None,
        **price_kwargs: Any,
    ) -> pd.DataFrame:
        from zltoolkit import views

        return views.catalog(self, charge_type, with_prices, zone, instance_type, sell_status, **price_kwargs)

    # --- planning and lifecycle ---

    def options(self, req: Requirement, *, progress: bool = False, cache: bool = True,
                history: Any = None) -> pd.DataFrame:
        from zltoolkit import planning

        return planning.options(self, req, progress=progress, cache=cache, history=history)

    def plan(self, req: Requirement, *, progress: bool = False, cache: bool = True, history: Any = None) -> Plan:
        from zltoolkit import planning

        return planning.plan(self, req, progress=progress, cache=cache, history=history)

    def _fast_mock_speed(self) -> float | None:
        """The speed of an in-process mock on a real clock (None otherwise)."""
        if self.mock is not None and self.mock.config.clock == "real":
            return float(self.mock.config.speed)
        return None

    def _paced(self, timeout: float | None, poll: float | None) -> tuple[float, float]:
        """``timeout`` and ``poll``, the defaults (API time) scaled to a fast in-process mock."""
        speed = self._fast_mock_speed()
        if speed:
            default_poll, default_timeout = max(0.1, API_POLL / speed), API_TIMEOUT / speed
        else:
            default_poll, default_timeout = API_POLL, API_TIMEOUT
        return (default_timeout if timeout is None else timeout), (default_poll if poll is None else poll)

    def wait_for(
        self,
        ids: Iterable[str],
        target: str | Iterable[str] = _RUNNING,
        timeout: float | None = None,
        poll: float | None = None,
        sleep: Callable[[float], Any] | None = None,
        progress: bool = True,
        *,
        raise_on_failure: bool = False,
        not_found_rounds: int = 3,
        on_update: Callable[[pd.DataFrame], Any] | None = None,
    ) -> pd.DataFrame:
        """:func:`zltoolkit.lifecycle.wait_for`; ``sleep`` defaults to :meth:`sleep` (mock-clock aware).

        ``poll`` (10 s) and ``timeout`` (1800 s) default to API time: on an in-process mock with a fast real
        clock they are divided by the speed, so a demo polls often and gives up in proportion.
        """
        from zltoolkit import lifecycle

        timeout, poll = self._paced(timeout, poll)
        return lifecycle.wait_for(self, ids, target, timeout, poll, self.sleep if sleep is None else sleep,
                                  progress, raise_on_failure=raise_on_failure, not_found_rounds=not_found_rounds,
                                  on_update=on_update)

    async def watch(
        self,
        ids: Iterable[str],
        target: str | Iterable[str] = _RUNNING,
        timeout: float | None = None,
        poll: float | None = None,
        sleep: Callable[[float], Awaitable[Any] | Any] = asyncio.sleep,
        progress: bool = True,
        *,
        raise_on_failure: bool = False,
        not_found_rounds: int = 3,
        on_update: Callable[[pd.DataFrame], Any] | None = None,
    ) -> pd.DataFrame:
        """:func:`zltoolkit.lifecycle.watch` on a fresh AsyncClient; ``poll``/``timeout`` as in :meth:`wait_for`."""
        from zltoolkit import lifecycle

        timeout, poll = self._paced(timeout, poll)
        async with self.async_client() as ac:
            return await lifecycle.watch(ac, ids, target, timeout, poll, sleep, progress,
                                         raise_on_failure=raise_on_failure, not_found_rounds=not_found_rounds,
                                         on_update=on_update)

    # --- stock history ---

    def record_stock(
        self,
        every: float = 300.0,
        store: str | Path = "stock_history.sqlite",
        *,
        charge_type: str | Iterable[str] | None = None,
        name: str | None = None,
        retry: RetryPolicy | None = None,
    ) -> Recorder:
        """A :class:`zltoolkit.history.Recorder`: every ``every`` s of server time, DescribeAvailableResources
        per charge type, appended to the SQLite file ``store`` (``.run(rounds=N)``, or ``.start()`` in a
        notebook).

        Against a mock ``ts`` is the mock's clock (its ``X-Mock-Clock`` answer header, else its control
        plane); elsewhere the response's Date header. On an in-process mock waiting follows its clock: a manual
        clock is advanced instead of waited on, a fast real clock is waited on for ``every / speed`` wall
        seconds; elsewhere waiting is on the wall clock.
        """
        from zltoolkit.history.clock import HeaderTime, MockClock, MockHeaderTime, ServerTime
        from zltoolkit.history.recorder import Recorder

        # The mock's X-Mock-Clock header when the answer has one; else its control plane, or the Date header.
        server_time: ServerTime = MockHeaderTime(HeaderTime() if self.mock is None else MockClock(self.mock))
        speed = self._fast_mock_speed()
        sleep: Callable[[float], Any]
        async_sleep: Callable[[float], Awaitable[Any] | Any] | None = None
        if self.mock is not None and self.mock.config.clock == "manual":
            sleep = self.sleep  # advances the mock clock
        elif speed:
            def sleep(seconds: float) -> None:
                time.sleep(seconds / speed)

            async def async_sleep(seconds: float) -> None:
                await asyncio.sleep(seconds / speed)
        else:
            sleep, async_sleep = time.sleep, asyncio.sleep
        return Recorder(self, store, every=every, charge_types=charge_type, server_time=server_time,
                        sleep=sleep, async_sleep=async_sleep, retry=retry, name=name)

    # --- the Client's action methods: the same generated methods (SyncActions), sent by the session's client ---

    def _invoke(self, action: str, request: RequestModel, response_type: type[R]) -> R:
        # The generated methods' hook (SyncActions): the request is already validated; the client sends it.
        return self.client._invoke(action, request, response_type)

    def call(self, action: str, request: RequestLike = None, /, **params: Any) -> ResponseModel:
        return self.client.call(action, request, **params)

    def call_raw(self, action: str, body: Mapping[str, Any] | None = None, /, **fields: Any) -> ResponseModel:
        return self.client.call_raw(action, body, **fields)


def _no_credentials(detail: str) -> ConnectError:
    return ConnectError(
        "CREDENTIAL_VALUE_MISSING",
        f"No Zenlayer credentials ({detail}). Set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_PASSWORD} "
        f"(or {ENV_TOKEN}); to use a zl-mock started elsewhere also set {ENV_DOMAIN}=host:port and "
        f"{ENV_SCHEME}=http. Or pass access_key_id=... and access_key_password=... (or token=...), "
        f'or call zl.connect("mock") for an in-process mock.',
    )


def connect(
    endpoint: str | None = None,
    *,
    access_key_id: str | None = None,
    access_key_password: str | None = None,
    token: str | None = None,
    scheme: str | None = None,
    clock: str = "real",
    speed: float = DEFAULT_MOCK_SPEED,
    api_version: str = DEFAULT_API_VERSION.value,
    timeout: float = 30.0,
    retry: RetryPolicy | None = None,
    quiet: bool = False,
    **mock_overrides: Any,
) -> Session:
    """A Session on ``endpoint``.

    * ``connect()`` or ``connect("env")``: the ``ZENLAYERCLOUD_*`` variables (the real API by default, or whatever
      ``ZENLAYERCLOUD_DOMAIN``/``_SCHEME`` name, e.g. a ``zl-mock`` started elsewhere).
    * ``connect("host:port" or URL, access_key_id=..., access_key_password=...)``: explicit.
    * ``connect("mock")``: start an in-process mock (``clock="real"`` at ``speed`` x wall time, or
      ``clock="manual"``); other keywords are MockConfig fields (``seed=``, ``scenario=``, ``auth=``...).
      The mock lives as long as the Session (``session.mock``).

    Shows the endpoint and account used (``quiet=True`` to suppress); never the secret.
    """
    from zltoolkit.client import Client

    if endpoint is not None and endpoint.strip().lower() == ENV:
        endpoint = None
    if endpoint is not None and endpoint.strip().lower() == MOCK:
        if access_key_id is not None or access_key_password is not None or token is not None or scheme:
            raise ValueError('connect("mock") uses the mock\'s demo credentials; do not pass credentials or scheme')
        from mockserver.server import MockServer  # the only place the toolkit imports the mock

        server = MockServer(clock=clock, speed=speed, **mock_overrides).start()
        try:
            creds = server.credentials
            if creds is None:  # a scenario without access keys (auth off): any well-formed key will do
                key_id, password = "mock", "mock-password"
            else:
                key_id, password = creds.access_key_id, creds.access_key_password
            client = Client(server.url, access_key_id=key_id, access_key_password=password,
                            api_version=api_version, timeout=timeout, retry=retry)
        except BaseException:
            server.stop()
            raise
        pace = f"real clock x{speed:g}" if clock == "real" else "manual clock"
        session = Session(client, mock=server,
                          description=f"in-process mock at {client.endpoint} ({pace}) as {client.account}")
    else:
        if mock_overrides:
            raise TypeError(f"unexpected keyword argument(s) {sorted(mock_overrides)}: mock settings apply "
                            f'only to connect("mock")')
        if clock != "real":
            raise ValueError('clock= applies only to connect("mock")')
        try:
            client = Client(endpoint, access_key_id=access_key_id, access_key_password=access_key_password,
                            token=token, scheme=scheme, api_version=api_version, timeout=timeout, retry=retry)
        except ConfigurationError as exc:
            if exc.code == "CREDENTIAL_VALUE_MISSING":
                raise _no_credentials(exc.message) from None
            raise
        if endpoint is not None:
            origin = "from the endpoint argument"
        elif os.environ.get(ENV_DOMAIN, "").strip():
            origin = f"from {ENV_DOMAIN}"
        else:
            origin = "the default: the real Zenlayer API"
        who = "from arguments" if (access_key_id or token) else "from the environment"
        session = Session(client, description=f"{client.endpoint} ({origin}) as {client.account} ({who})")
    if not quiet:
        show(f"zltoolkit: connected to {session.description}, API version {client.api_version}")
    return session

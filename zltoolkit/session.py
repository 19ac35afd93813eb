"""``zl.connect()``: one call to get a Session on the real API, a ``zl-mock`` elsewhere, or an in-process mock.

It always says which endpoint and account it uses (never a secret) and never falls back silently: without
credentials and without ``"mock"`` it raises, naming the variables to set.
"""

from __future__ import annotations

import os
import sys
import time
import weakref
from typing import TYPE_CHECKING, Any

from zltoolkit.api.enums import DEFAULT_API_VERSION
from zltoolkit.client.config import (
    ENV_ACCESS_KEY_ID,
    ENV_ACCESS_KEY_PASSWORD,
    ENV_DOMAIN,
    ENV_SCHEME,
    ENV_TOKEN,
)
from zltoolkit.client.errors import ConfigurationError
from zltoolkit.common.price_cache import PriceCache

if TYPE_CHECKING:
    import pandas as pd

    from zltoolkit.client import AsyncClient, Client, RetryPolicy
    from zltoolkit.planning import Plan, Requirement

__all__ = ["ConnectError", "Session", "connect", "show"]

MOCK = "mock"
ENV = "env"  # the notebooks' ENDPOINT parameter: "env" means the ZENLAYERCLOUD_* variables
DEFAULT_MOCK_SPEED = 60.0


class ConnectError(ConfigurationError):
    """No usable endpoint/credentials. The message says what to set or pass."""


def show(text: str) -> None:
    """Display ``text`` in a notebook (IPython display) or print it elsewhere."""
    ipython = sys.modules.get("IPython")  # only if already loaded: importing IPython just to check is slow
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None and getattr(shell, "kernel", None) is not None:
        from IPython.display import display

        display({"text/plain": text}, raw=True)
    else:
        print(text, flush=True)


def _shutdown(client: Any, mock: Any) -> None:
    try:
        client.close()
    finally:
        if mock is not None:
            mock.stop()


class Session:
    """A connected Client (sync), a factory for AsyncClients with the same settings, the in-process mock
    when there is one (``.mock``), and the views/planning/lifecycle functions as methods.

    Closing it (``close()``, ``with``, or garbage collection) closes the client and stops the mock.
    Unknown attributes fall through to the Client, so ``session.describe_zones()`` works too.
    """

    _zl_session = True

    def __init__(self, client: Client, *, mock: Any = None, description: str = "") -> None:
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

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "client":
            raise AttributeError(name)
        return getattr(self.client, name)

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

    # --- views ---

    def zones(self) -> pd.DataFrame:
        from zltoolkit import views

        return views.zones(self)

    def instance_types(self, instance_type: Any = None) -> pd.DataFrame:
        from zltoolkit import views

        return views.instance_types(self, instance_type)

    def images(self, instance_type: str | None = None) -> pd.DataFrame:
        from zltoolkit import views

        return views.images(self, instance_type)

    def stock(self, charge_type: Any = None, zone: Any = None, instance_type: Any = None,
              sell_status: Any = None) -> pd.DataFrame:
        from zltoolkit import views

        return views.stock(self, charge_type, zone, instance_type, sell_status)

    def instances(self, **filters: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.instances(self, **filters)

    def prices(self, pairs: Any, *args: Any, **kwargs: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.prices(self, pairs, *args, **kwargs)

    async def aprices(self, pairs: Any, *args: Any, **kwargs: Any) -> pd.DataFrame:
        from zltoolkit import views

        return await views.aprices(self, pairs, *args, **kwargs)

    def catalog(self, *args: Any, **kwargs: Any) -> pd.DataFrame:
        from zltoolkit import views

        return views.catalog(self, *args, **kwargs)

    # --- planning and lifecycle ---

    def options(self, req: Requirement, **kwargs: Any) -> pd.DataFrame:
        from zltoolkit import planning

        return planning.options(self, req, **kwargs)

    def plan(self, req: Requirement, **kwargs: Any) -> Plan:
        from zltoolkit import planning

        return planning.plan(self, req, **kwargs)

    def _fast_mock_speed(self) -> float | None:
        """The speed of an in-process mock on a real clock (None otherwise)."""
        if self.mock is not None and self.mock.config.clock == "real":
            return float(self.mock.config.speed)
        return None

    def _paced(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """``kwargs`` with the default poll (10 s) and timeout (1800 s) of API time scaled to a fast mock."""
        speed = self._fast_mock_speed()
        if speed:
            kwargs.setdefault("poll", max(0.1, 10.0 / speed))
            kwargs.setdefault("timeout", 1800.0 / speed)
        return kwargs

    def wait_for(self, ids: Any, target: Any = "RUNNING", **kwargs: Any) -> pd.DataFrame:
        """:func:`zltoolkit.lifecycle.wait_for`; ``sleep`` defaults to :meth:`sleep` (mock-clock aware).

        On an in-process mock with a fast real clock the default ``poll`` (10 s) and ``timeout`` (1800 s)
        are API time, divided by the speed, so a demo polls often and gives up in proportion.
        """
        from zltoolkit import lifecycle

        kwargs.setdefault("sleep", self.sleep)
        return lifecycle.wait_for(self, ids, target, **self._paced(kwargs))

    async def watch(self, ids: Any, target: Any = "RUNNING", **kwargs: Any) -> pd.DataFrame:
        from zltoolkit import lifecycle

        async with self.async_client() as ac:
            return await lifecycle.watch(ac, ids, target, **self._paced(kwargs))


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

    common = {"api_version": api_version, "timeout": timeout, "retry": retry}
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
            client = Client(server.url, access_key_id=key_id, access_key_password=password, **common)
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
                            token=token, scheme=scheme, **common)
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

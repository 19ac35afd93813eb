"""pytest fixtures for testing code against the mock (registered as the ``zl_mock`` pytest11 plugin).

- ``zl_mock_server`` (session): a running ``MockServer`` on a free port with a manual clock.
- ``zl_mock`` (function): the same server, reset (state, faults, journal) before the test.
- ``zl_client``: a ``zltoolkit.client.Client`` bound to it with the demo credentials.

Everything heavy is imported inside the fixtures, so the plugin costs nothing when they are not used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from zltoolkit.client import Client

    from .server import MockServer


@pytest.fixture(scope="session")
def zl_mock_server() -> Iterator[MockServer]:
    """One live mock per session: manual clock, seeded, so every test (after the reset) sees the same outcomes,
    including the scenario's rare CREATE_FAILED/INSTALL_FAILED draws."""
    from .server import MockServer

    with MockServer(clock="manual", seed=0) as server:
        yield server


@pytest.fixture
def zl_mock(zl_mock_server: MockServer) -> MockServer:
    zl_mock_server.reset()
    return zl_mock_server


@pytest.fixture
def zl_client(zl_mock: MockServer) -> Iterator[Client]:
    from zltoolkit.client import Client

    creds = zl_mock.credentials
    if creds is None:
        pytest.skip("the mock's scenario has no access key")
    kwargs: dict[str, Any] = {"access_key_id": creds.access_key_id, "access_key_password": creds.access_key_password}
    with Client(zl_mock.url, **kwargs) as client:
        yield client

"""Widget tests: a live mock on a manual clock (one per module, reset before each test) and a client on it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Helpers live in widget_helpers.py beside this file; put this directory on sys.path so the test modules can
# import it under pytest's importlib import mode.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

@pytest.fixture(scope="module")
def mock_server() -> Iterator[Any]:
    from mockserver.server import MockServer

    with MockServer(clock="manual", seed=11) as server:
        yield server


@pytest.fixture
def server(mock_server: Any) -> Any:
    mock_server.reset()  # stock, money, instances, faults and the journal back to the scenario's
    return mock_server


@pytest.fixture
def client(server: Any) -> Iterator[Any]:
    from zltoolkit.client import Client

    key_id, password = server.credentials
    with Client(server.url, access_key_id=key_id, access_key_password=password) as c:
        yield c

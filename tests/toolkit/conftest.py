"""Fixtures for the toolkit tests: a mock on a manual clock, deterministic (no random failures)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mockserver.scenarios.loader import DEFAULT_RESOURCE
from mockserver.server import MockServer
from zltoolkit.client import Client, RetryPolicy


def default_scenario() -> dict[str, Any]:
    from importlib import resources

    return json.loads(resources.files("mockserver.scenarios").joinpath(DEFAULT_RESOURCE).read_text("utf-8"))


def scenario_variant(create_failure: float = 0.0, install_failure: float = 0.0) -> dict[str, Any]:
    """The default scenario with the same failure probabilities everywhere (0 = deterministic)."""
    data = default_scenario()
    data["failure"] = {"create": create_failure, "install": install_failure}
    for offering in data["offerings"]:
        offering.pop("failure", None)
    return data


@pytest.fixture(scope="session")
def scenario_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scenario") / "no-failures.json"
    path.write_text(json.dumps(scenario_variant()), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def mock_server(scenario_file: Path) -> Iterator[MockServer]:
    with MockServer(clock="manual", scenario=str(scenario_file), seed=7) as server:
        yield server


@pytest.fixture
def server(mock_server: MockServer, scenario_file: Path) -> Iterator[MockServer]:
    """The shared mock, reset (state, faults, journal) for this test; the scenario restored afterwards."""
    mock_server.reset()
    yield mock_server
    if getattr(mock_server, "_scenario_changed", False):
        mock_server.load_scenario(scenario_file)
        mock_server._scenario_changed = False  # type: ignore[attr-defined]


@pytest.fixture
def make_scenario() -> Callable[..., dict[str, Any]]:
    """``make_scenario(create_failure=..., install_failure=...)``: a variant of the default scenario."""
    return scenario_variant


@pytest.fixture
def use_scenario(server: MockServer) -> Callable[[dict[str, Any]], None]:
    def load(data: dict[str, Any]) -> None:
        server.load_scenario(data)
        server._scenario_changed = True  # type: ignore[attr-defined]

    return load


@pytest.fixture
def client(server: MockServer) -> Iterator[Client]:
    creds = server.credentials
    assert creds is not None
    # The token-bucket test retries on wall time (the mock refills its bucket by it): keep the waits short.
    retry = RetryPolicy(max_attempts=5, base=0.01, cap=0.05, deadline=30.0)
    with Client(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                retry=retry) as c:
        yield c


@pytest.fixture
def calls(server: MockServer) -> Callable[[str], int]:
    """``calls("DescribeInstances")``: how many requests of that action the mock journaled."""
    return lambda action: len(server.journal(action=action))


def assert_schema(df: Any, schema: dict[str, Any]) -> None:
    """Columns in order, each with exactly the schema's dtype."""
    import pandas as pd

    assert list(df.columns) == list(schema)
    for col, dtype in schema.items():
        assert df[col].dtype == pd.api.types.pandas_dtype(dtype), (col, df[col].dtype, dtype)


@pytest.fixture
def check_schema() -> Callable[[Any, dict[str, Any]], None]:
    return assert_schema

"""A live MockServer per test module for the compat tests: manual clock, fixed seed and no lifecycle failures,
so a create always reaches RUNNING and every run is the same (the failure path has its own server)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from mockserver.server import MockServer

SEED = 3


def _scenario(create: float = 0.0, install: float = 0.0) -> dict[str, Any]:
    """The default scenario with the given failure probabilities everywhere (no per-offering overrides)."""
    from mockserver.scenarios.loader import default_scenario

    sc = copy.deepcopy(default_scenario().model_dump(mode="json", by_alias=True))
    sc["failure"] = {"create": create, "install": install}
    for o in sc["offerings"]:
        o["failure"] = None
    return sc


@pytest.fixture(scope="session")
def failure_scenario() -> Callable[..., dict[str, Any]]:
    """``failure_scenario(create=1.0)``: the default scenario with these failure probabilities."""
    return _scenario


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    from mockserver.server import MockServer

    with pytest.MonkeyPatch.context() as mp:
        for var in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
            mp.delenv(var, raising=False)
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        with MockServer(clock="manual", seed=SEED, scenario=_scenario()) as srv:
            yield srv


@pytest.fixture
def srv(server: MockServer) -> MockServer:
    server.reset()
    return server

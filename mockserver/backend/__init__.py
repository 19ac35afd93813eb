"""Backend state of the mock. ``build_backend(config)`` is the one way the app gets one."""

from __future__ import annotations

from ..config import MockConfig
from ..scenarios.loader import load_scenario
from .clock import Clock
from .core import Backend


def build_backend(config: MockConfig) -> Backend:
    clock = Clock(mode=config.clock, speed=config.speed)
    backend = Backend(load_scenario(config.scenario), clock=clock, seed=config.seed, state_file=config.state_file)
    if config.market is not None:
        with backend.session():
            backend.set_market(config.market)
    return backend


__all__ = ["Backend", "Clock", "build_backend"]

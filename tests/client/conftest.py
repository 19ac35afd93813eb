"""Fixtures for tests/client (helpers live in client_fakes.py)."""

from __future__ import annotations

import pytest
from client_fakes import FakeTime


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()

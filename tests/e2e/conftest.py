"""Browser fixtures: the `make demo` stack (zl-mock subprocess + Voila) on free ports, Debian's Chromium, and a
dashboard page that collects page errors and failed requests.

Never skipped: without /usr/bin/chromium the tests fail and say to run `make test` (which installs it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 2400}  # Voila scrolls inside a container: tall viewport, full screenshots
# Voila's template links Font Awesome from a CDN; offline that request fails, and that one only is expected.
ALLOWED_FAILED = ("fontawesome",)
MOCK_SPEED = 300.0  # a create with an OS image (~4 min of mock time) takes under a second


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def _no_failures_scenario() -> dict[str, Any]:
    """The shipped scenario with every failure probability at 0: the browser test expects all RUNNING."""
    data = json.loads((ROOT / "mockserver" / "scenarios" / "default.json").read_text())
    data["failure"] = {"create": 0.0, "install": 0.0}
    for offering in data.get("offerings", []):
        offering.pop("failure", None)
    return data


@pytest.fixture(scope="session")
def chromium() -> str:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium "
                    "(apt-get install chromium); never `playwright install`.")
    return CHROMIUM


# Module scope: Playwright's sync API keeps an event loop running in the main thread while it lives, which
# would break every later test that calls asyncio.run(); the browser tests also run last (tests/conftest.py).
@pytest.fixture(scope="module")
def stack() -> Iterator[Any]:
    """zl-mock + Voila serving notebooks/dashboard.ipynb, wired exactly as `make demo` wires them."""
    from tools.demo import DemoStack

    # Two pre-heated kernels: each test's page takes a warm one while the next warms up.
    demo = DemoStack(port=0, voila_port=0, speed=MOCK_SPEED, extra_env={"ZL_POLL": "1"}, pool_size=2)
    demo.start(timeout=90)
    try:
        demo.control("POST", "/_mock/scenario", _no_failures_scenario())
        yield demo
    finally:
        demo.stop()


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    # Bounded waits, not sleeps; generous because CI machines are shared and a click may start a kernel-side
    # price inquiry or a create.
    expect.set_options(timeout=30_000)

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Dashboard:
    """A loaded dashboard page plus what went wrong in it, and numbered screenshots per test."""

    def __init__(self, page: Any, name: str) -> None:
        self.page = page
        self.name = name
        self.page_errors: list[str] = []
        self.failed_requests: list[str] = []
        self._shots = 0
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("requestfailed", lambda req: self.failed_requests.append(f"{req.url} {req.failure}"))

    def shot(self, step: str) -> Path:
        self._shots += 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.name}-{self._shots:02d}-{step}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def tab(self, title: str) -> None:
        self.page.locator(".lm-TabBar-tab", has_text=title).click()

    def unexpected_failures(self) -> list[str]:
        return [r for r in self.failed_requests if not any(a in r for a in ALLOWED_FAILED)]


@pytest.fixture
def dashboard(browser: Any, stack: Any, request: pytest.FixtureRequest) -> Iterator[Dashboard]:
    from playwright.sync_api import expect

    stack.control("POST", "/_mock/reset")  # stock, instances, faults, journal back to the loaded scenario
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(30_000)
    d = Dashboard(page, request.node.name.removeprefix("test_"))
    try:
        page.goto(stack.voila_url)
        expect(page.locator(".zl-dashboard")).to_be_visible(timeout=90_000)
        expect(page.locator(".zl-stock-summary")).to_contain_text("offerings")
        yield d
        assert d.page_errors == [], d.page_errors
        assert d.unexpected_failures() == [], d.unexpected_failures()
        # Handler errors would be silent in Voila: every error panel must still be empty.
        for panel in page.locator(".zl-errors").all():
            assert panel.inner_text().strip() == "", panel.inner_text()
    finally:
        context.close()

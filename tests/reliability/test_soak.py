"""The soak, shortened: 8 concurrent clients for ~16 s against a ``zl-mock`` subprocess (state file, clock x600,
10% injected 503s, latency, rate limits). Asserts behaviour only — retries, invariants, cleanup — never
timings; the full 2-minute run with RSS and latency figures is part of ``python -m benchmarks``.
"""

from __future__ import annotations

import pytest

from benchmarks.soak import run_soak

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report():
    return run_soak(16.0, clients=8, journal_size=2000)


def test_workload_ran_and_cleaned_up(report) -> None:
    print("\n" + report.summary())
    assert report.unexpected == []
    assert report.cycles >= 8, "every client should complete full create/stop/start/terminate/release cycles"
    assert report.created > 0 and report.created == report.released + report.deleted_failed
    assert report.leftover_ids == []
    assert {"CreateInstances", "StopInstances", "StartInstances", "TerminateInstance", "ReleaseInstances",
            "DescribeInstances", "InquiryPriceCreateInstance"} <= set(report.calls)


def test_client_retried_through_the_faults(report) -> None:
    # The fault rules answered 503s and 429s; the client retried them all within its deadline.
    assert report.statuses[503] > 0 and report.statuses[429] > 0
    assert report.retries == report.statuses[503] + report.statuses[429]  # every one retried, once each
    assert report.retryable_failures == 0
    assert not any(code.endswith(("SERVICE_TEMPORARY_UNAVAILABLE", "REQUEST_LIMIT_EXCEEDED"))
                   for code in report.surfaced)
    assert set(report.statuses) <= {200, 429, 503}


def test_invariants_hold_afterwards(report) -> None:
    assert report.violations == []
    assert report.invariants_ok is True


def test_server_memory_stays_bounded(report) -> None:
    """A generous behavioural bound (the benchmark measures the real figure against its 10% target)."""
    assert report.rss_warm_kb > 0 and report.rss_end_kb > 0
    assert report.rss_end_kb < report.rss_warm_kb * 1.5

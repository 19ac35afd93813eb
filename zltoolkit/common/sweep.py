"""Defaults of the price sweep (:mod:`zltoolkit.views.prices`), kept here so the Session can name them in
its signatures without importing pandas."""

DEFAULT_CONCURRENCY = 16
#: Retry budget of a sweep: rate limits are expected, so many attempts, bounded by time rather than count.
SWEEP_MAX_ATTEMPTS = 1000
SWEEP_DEADLINE = 300.0
#: Cached prices older than this (seconds) are asked again.
DEFAULT_TTL = 3600.0

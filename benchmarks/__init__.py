"""Benchmarks: scripts that print ratios measured side by side in one run (not part of ``make test``).

``python -m benchmarks`` runs them all; each module also runs alone (``python -m benchmarks.bench_mock``).
"""

"""Development tooling that stays out of the runtime packages: the subprocess launcher shared by `make demo`,
the benchmarks and the tests (``tools.launcher``), the demo itself (``tools.demo``) and the serving
measurement behind docs/serving.md (``tools.serving_bench``). Run from a checkout: ``python -m tools.demo``.
"""

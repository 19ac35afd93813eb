"""Developer tools run from the checkout (``python -m tools.<name>``); not part of the installed package.

The subprocess launcher shared by `make demo`, the benchmarks and the tests (``tools.launcher``), the demo
itself (``tools.demo``), the serving measurement behind docs/serving.md (``tools.serving_bench``), the
default scenario's builder (``tools.build_default_scenario``), the API catalogue's generator
(``tools.generate_api``) and its drafting tool (``tools.import_sdk_catalogue``).
"""

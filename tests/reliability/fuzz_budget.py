"""The hostile-input suites' shared budget of hypothesis examples, spread over every (action, version) pair.

One fixed total keeps ``make test`` bounded however many actions the catalogue has: the per-pair count falls
as pairs are added. Simulated actions weigh more than the ones the mock only validates (their handlers and
the backend are where a 5xx could hide); every pair gets at least ``FLOOR`` examples. Examples are
derandomized (a fixed seed per test), so a run is reproducible.
"""

from __future__ import annotations

from zltoolkit.api.catalogue import load

VERSIONS = ("2022-11-20", "2026-02-01")
#: Hypothesis examples of tests/reliability/test_fuzz.py's bodies-per-action test, all pairs together.
HOSTILE_BODIES_TOTAL = 4_000
#: Examples of tests/mockserver/test_instances_fuzz.py's bodies test (the instance family, both versions).
INSTANCE_BODIES_TOTAL = 400
SIMULATED_WEIGHT = 8
FLOOR = 6


def pairs(family: str | None = None) -> list[tuple[str, str]]:
    """Every (action, version) the catalogue serves, optionally of one family; a stable order."""
    catalogue = load()
    return [(a.name, v) for v in VERSIONS for a in sorted(catalogue.actions_of(v), key=lambda a: a.name)
            if family is None or a.family == family]


def allocate(chosen: list[tuple[str, str]], total: int, simulated: set[str]) -> dict[tuple[str, str], int]:
    """``total`` examples shared by ``chosen``: weight SIMULATED_WEIGHT for a simulated action, else 1."""
    weights = {p: SIMULATED_WEIGHT if p[0] in simulated else 1 for p in chosen}
    unit = total / sum(weights.values())
    return {p: max(FLOOR, int(w * unit)) for p, w in weights.items()}

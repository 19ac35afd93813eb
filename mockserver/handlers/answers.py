"""An answer as its API version sends it: the version's fields, every key of an echoed structure.

The backend builds one wire form for both versions (the superset of their fields). Here, in the handler
layer, each answer is cut to the fields the requested version has (``project``): a 2022-11-20 answer carries
no ``isByoipEnabled``, ``ipmiEnabled``, ``vpu*`` or 2026 price keys, as the 2022-11-20 SDKs define the
structures (zltoolkit.api.catalogue). Dicts shared with the backend are never changed in place: a dict that
loses keys or gets new values is copied.

Values are not translated: a stored ``ByBandwidthCluster`` reads as stored under 2022-11-20 (the catalogue's
decision); only the values an answer *offers* are limited to what the version accepts in a request
(``offered_charge_types``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from zltoolkit.api.catalogue import Catalogue, load

__all__ = ["complete", "offered_charge_types", "project"]

#: Per struct: the keys to drop, and the nested fields (key -> struct) whose values need a plan themselves.
_Plan = tuple[frozenset[str], dict[str, str]]


@cache
def _plan(struct: str, version: str) -> _Plan | None:
    """What ``project`` does to a ``struct`` dict under ``version``; None when it is sent unchanged."""
    return _plans(version).get(struct)


@cache
def _plans(version: str) -> dict[str, _Plan]:
    catalogue = load()
    plans: dict[str, _Plan] = {}
    # Fixed point: a struct needs a plan if it drops a key or nests a struct that needs one.
    changed = True
    while changed:
        changed = False
        for name, spec in catalogue.structs.items():
            drop = frozenset(f.wire for f in spec.fields if version not in f.versions)
            nested = {f.wire: f.type for f in spec.fields if f.is_struct and f.type in plans}
            if (drop or nested) and plans.get(name) != (drop, nested):
                plans[name] = (drop, nested)
                changed = True
    return plans


def project(action: str, version: str, answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` (the response fields of ``action``) with only the fields ``version`` sends."""
    return _project(load().action(action).response, version, answer, {})


def _project(struct: str, version: str, value: dict[str, Any],
             memo: dict[tuple[str, int], dict[str, Any]]) -> dict[str, Any]:
    plan = _plan(struct, version)
    if plan is None:
        return value
    # One answer repeats shared dicts (every instance of a type carries the backend's one instanceType dict):
    # each is projected once per answer. ``memo`` lives for one call, while every keyed object is alive.
    done = memo.get((struct, id(value)))
    if done is not None:
        return done
    drop, nested = plan
    out = {k: v for k, v in value.items() if k not in drop} if drop else dict(value)
    for key, inner in nested.items():
        item = out.get(key)
        if isinstance(item, dict):
            out[key] = _project(inner, version, item, memo)
        elif isinstance(item, list):
            out[key] = [_project(inner, version, x, memo) if isinstance(x, dict) else x for x in item]
    memo[(struct, id(value))] = out
    return out


def complete(struct: str, version: str, value: dict[str, Any], catalogue: Catalogue | None = None) -> dict[str, Any]:
    """A copy of ``value`` with every field ``version`` has for ``struct``, null where unset.

    For structures the backend stores as the request sent them (``raidConfig``: a fast RAID sends only
    ``raidType``), so a read carries every key of the structure as the models define it.
    """
    spec = (catalogue or load()).structs[struct]
    return {**{f.wire: None for f in spec.fields if version in f.versions}, **value}


def offered_charge_types(values: list[str], version: str) -> list[str]:
    """The internet charge types of an offering that a request of ``version`` may choose."""
    allowed = load().enums["InternetChargeType"].value_versions
    return [v for v in values if v not in allowed or version in allowed[v]]

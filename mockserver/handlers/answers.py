"""An answer as its API version sends it: every key of an echoed structure, the values the version offers.

Answers carry the superset of both versions' fields (the official SDKs ignore what they do not know, and the
real API sends one record per object); values are not translated either: a stored ``ByBandwidthCluster``
reads as stored under 2022-11-20 (the catalogue's decision). Only the values an answer *offers* are limited
to what the version accepts in a request (``offered_charge_types``). Dicts shared with the backend are never
changed in place.
"""

from __future__ import annotations

from typing import Any

from zltoolkit.api.catalogue import Catalogue, load

__all__ = ["complete", "offered_charge_types"]


def complete(struct: str, version: str, value: dict[str, Any], catalogue: Catalogue | None = None) -> dict[str, Any]:
    """A copy of ``value`` with every field of ``struct`` (both versions' superset), null where unset.

    For structures the backend stores as the request sent them (``raidConfig``: a fast RAID sends only
    ``raidType``), so a read carries every key of the structure as the models define it.
    """
    spec = (catalogue or load()).structs[struct]
    return {**{f.wire: None for f in spec.fields}, **value}


def offered_charge_types(values: list[str], version: str) -> list[str]:
    """The internet charge types of an offering that a request of ``version`` may choose."""
    allowed = load().enums["InternetChargeType"].value_versions
    return [v for v in values if v not in allowed or version in allowed[v]]

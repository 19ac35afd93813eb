"""The whole BMC API as data: every action of 2022-11-20 and 2026-02-01 that an official SDK has.

Format: one JSON document per family in ``data/`` (instances, catalog, subnets, vpcs, eip, cidr, ddos,
load_balancers; ``shared`` holds the structures several families use, the enumerations and the sources),
loaded into the frozen records of :mod:`.model`. JSON rather than Python literals because the catalogue is
data three programs read (the generator, the tests, later the mock): it loads with the standard library in a
few milliseconds only when asked for, it diffs line by line when an SDK changes, and
``python -m tools.import_sdk_catalogue --check`` can compare it with a fresh draft from the SDKs.

Sources and choices (also in ``data/shared.json`` under ``sources``): field types from the Go SDK (the
commit is recorded), fields and actions from the Go and Python SDKs (2.0.77), enumerations are the
``zltoolkit.api.enums`` classes, required flags and limits are zltoolkit's (from the official docs).
Where sources disagree, the field carries a ``note`` saying who says what and what was kept.

Decisions (issue 11):

* Default API version of the client: **2026-02-01** (:data:`CLIENT_DEFAULT_API_VERSION`). Both official
  SDKs mark 2022-11-20 deprecated ("no longer maintained"/"no longer in use"); 2026-02-01 has every action
  the toolkit uses except the DDoS-IP family and the subnet/VPC resource-group moves, which only the Go SDK's
  2022-11-20 client has, so a call to those pins 2022-11-20 (``Action.versions``). The mock keeps answering
  a request *without* X-ZC-Version as 2022-11-20 (docs/api-facts.md §12.14): that is the server's default,
  not the client's. It is zltoolkit.api.enums.DEFAULT_API_VERSION, which the clients and ``zl.connect`` use.
* An instance created with ``internetChargeType=ByBandwidthCluster`` under 2026-02-01, read under
  2022-11-20: the value is shown **as stored**, ``"ByBandwidthCluster"``. The API keeps one record per
  instance and the 2022-11-20 SDKs type the field as a plain string, so nothing translates it; mapping it to
  ``ByClusterBandwidth95`` would invent a billing fact. Version limits on enum values
  (``EnumSpec.value_versions``) therefore apply to requests only: a 2022-11-20 request with the value is
  refused, a 2022-11-20 response may carry it (the strict response forms accept it under both versions).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..enums import DEFAULT_API_VERSION
from .model import SCALARS, Action, EnumSpec, Field, Limits, Struct, Version

__all__ = [
    "CLIENT_DEFAULT_API_VERSION",
    "FAMILIES",
    "SCALARS",
    "Action",
    "Catalogue",
    "EnumSpec",
    "Field",
    "Limits",
    "Struct",
    "Version",
    "load",
]

CLIENT_DEFAULT_API_VERSION = DEFAULT_API_VERSION
FAMILIES = ("instances", "catalog", "subnets", "vpcs", "eip", "cidr", "ddos", "load_balancers", "shared")


class Catalogue:
    """Every action, structure and enumeration, by name."""

    def __init__(self, actions: dict[str, Action], structs: dict[str, Struct], enums: dict[str, EnumSpec],
                 sources: dict[str, Any]) -> None:
        self.actions = actions
        self.structs = structs
        self.enums = enums
        self.sources = sources
        self._by_alias = {alias: a for a in actions.values() for alias in a.aliases}

    def action(self, name: str) -> Action:
        """The action called ``name`` (or one of its SDK spellings)."""
        return self.actions.get(name) or self._by_alias[name]

    def request(self, action: str) -> Struct:
        return self.structs[self.action(action).request]

    def response(self, action: str) -> Struct:
        return self.structs[self.action(action).response]

    def actions_of(self, version: str) -> list[Action]:
        return [a for a in self.actions.values() if version in a.versions]

    def unsupported_fields(self, action: str, version: str, wire_request: dict[str, Any]) -> list[str]:
        """Top-level request keys (and enum values) that ``version`` does not accept for ``action``."""
        problems: list[str] = []
        request = self.request(action)
        for key, value in wire_request.items():
            try:
                f = request.field(key)
            except KeyError:
                problems.append(key)
                continue
            if version not in f.versions:
                problems.append(key)
            elif f.enum is not None:
                allowed = self.enums[f.enum].value_versions
                values = value if isinstance(value, list) else [value]
                if any(v in allowed and version not in allowed[v] for v in values):
                    problems.append(key)
        return problems


def _field(wire: str, raw: dict[str, Any]) -> Field:
    return Field(
        wire=wire,
        type=raw["type"],
        is_list=raw["list"],
        versions=tuple(raw["versions"]),
        required=raw.get("required", False),
        enum=raw.get("enum"),
        limits=Limits(**raw.get("limits", {})),
        doc=raw.get("doc", ""),
        go_types=dict(raw.get("go_types", {})),
        python_versions=tuple(raw.get("python", ())),
        note=raw.get("note", ""),
    )


@cache
def load() -> Catalogue:
    """The catalogue, read once from ``data/*.json``."""
    actions: dict[str, Action] = {}
    structs: dict[str, Struct] = {}
    enums: dict[str, EnumSpec] = {}
    sources: dict[str, Any] = {}
    folder = resources.files(__package__) / "data"
    for family in FAMILIES:
        doc = json.loads((folder / f"{family}.json").read_text(encoding="utf-8"))
        sources.update(doc.get("sources", {}))
        for name, raw in doc.get("enums", {}).items():
            enums[name] = EnumSpec(name, raw["python"], tuple(raw["values"]),
                                   {k: tuple(v) for k, v in raw["value_versions"].items()})
        for name, raw in doc["structs"].items():
            structs[name] = Struct(name, family, tuple(raw["versions"]),
                                   tuple(_field(w, f) for w, f in raw["fields"].items()), dict(raw["sdk_names"]))
        for name, raw in doc["actions"].items():
            actions[name] = Action(name, family, tuple(raw["versions"]), tuple(raw["errors"]), raw["paginated"],
                                   tuple(raw.get("aliases", ())), {k: tuple(v) for k, v in raw["sdk"].items()},
                                   raw.get("note", ""))
    return Catalogue(actions, structs, enums, sources)

"""The state as the state file stores it: singletons in ``meta``, everything else as ``(kind, id, JSON)``
rows and events as ``(kind, subject, payload)`` -- mapped to and from the export format
(``GET /_mock/state``), so export, import and the file share one serialisation.

A new kind of entity is a ``RowKind`` registered in ``ROW_KINDS`` (its export key, how to cut the export
value into rows and how to put it back), not a new table; docs/state-file.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

#: The export's own format string (unchanged since the first release; the file's layout has its own version).
EXPORT_FORMAT = "zl-mock-state/1"

#: Export keys stored as one JSON value each in ``meta``.
META_KEYS = ("scenario", "ids", "clock", "eventSeq")

Row = tuple[str, Any]  # (id, data)


def dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), allow_nan=False)


def compound_id(*parts: str) -> str:
    """A row id made of several strings (unambiguous whatever the strings hold)."""
    return dumps(list(parts))


@dataclass(frozen=True)
class RowKind:
    name: str  # the ``kind`` column
    to_rows: Callable[[dict[str, Any]], Iterable[Row]]  # from the whole export
    from_rows: Callable[[list[Row]], dict[str, Any]]  # -> the export keys this kind fills


# --- the registered kinds -----------------------------------------------------------------------------

INSTANCE, STOCK, ACCOUNT, POOL = "instance", "stock", "account", "pool"
INSTEXT = "instext"  # the side table of rarely-set instance values (instance_extras.py), keyed by instance id
MARKET = "market"  # the market (backend/market.py): one settings row, one row per offering others hold
NETWORK = "network"  # VPCs, subnets, subnet moves, elastic/DDoS IPs, CIDR blocks (docs/mock-networking.md)


#: Always written with the network rows: a file with networking, even none left, is never taken for one from
#: before networking (whose rows hold nothing of this kind, and which gets the scenario's objects seeded).
NETWORK_MARKER: Row = (dumps(["marker", ""]), {"kind": "marker"})


def _network_to_rows(state: dict[str, Any]) -> Iterable[Row]:
    if "network" not in state:  # a state from before networking stays one (migrations)
        return
    yield NETWORK_MARKER
    for r in state["network"]:
        yield dumps([r["kind"], r["subnet"] + "/" + r["instance"] if r["kind"] == "move" else r["id"]]), r


def instance_row(record: dict[str, Any]) -> Row:
    return record["id"], record


def stock_row(zone: str, type_id: str, charge: str, qty: int, base: int) -> Row:
    return compound_id(zone, type_id, charge), {"zone": zone, "type": type_id, "charge": charge, "qty": qty,
                                                "base": base}  # fmt: skip


def account_row(account_id: str, balance: float, charged: float) -> Row:
    return account_id, {"balance": balance, "charged": charged}


def pool_row(key: str, next_offset: int) -> Row:
    return key, {"next": next_offset}


def _stock_to_rows(state: dict[str, Any]) -> Iterable[Row]:
    base = {(z, t, c): q for z, t, c, q in state["stockBase"]}
    qty = {(z, t, c): q for z, t, c, q in state["stock"]}
    for key in sorted(qty.keys() | base.keys()):
        yield stock_row(*key, qty=qty.get(key, 0), base=base.get(key, 0))


def _stock_from_rows(rows: list[Row]) -> dict[str, Any]:
    ordered = sorted(rows, key=lambda r: (r[1]["zone"], r[1]["type"], r[1]["charge"]))
    return {
        "stock": [[d["zone"], d["type"], d["charge"], d["qty"]] for _, d in ordered],
        "stockBase": [[d["zone"], d["type"], d["charge"], d["base"]] for _, d in ordered],
    }


_MARKET_SETTINGS = "settings"


def market_settings_row(enabled: bool, overrides: dict[str, Any], next_at: float | None) -> Row:
    return _MARKET_SETTINGS, {"enabled": enabled, "overrides": overrides, "nextAt": next_at}


def market_taken_row(zone: str, type_id: str, charge: str, taken: int) -> Row:
    return compound_id(zone, type_id, charge), {"zone": zone, "type": type_id, "charge": charge, "taken": taken}


def _market_to_rows(state: dict[str, Any]) -> Iterable[Row]:
    m = state.get("market")
    if m is None:
        return
    yield market_settings_row(m["enabled"], m["overrides"], m["nextAt"])
    for z, t, c, q in m["taken"]:
        yield market_taken_row(z, t, c, q)


def _market_from_rows(rows: list[Row]) -> dict[str, Any]:
    settings = dict(rows).get(_MARKET_SETTINGS)
    if settings is None:
        return {}  # a file from before the market
    taken = sorted((d["zone"], d["type"], d["charge"], d["taken"]) for i, d in rows if i != _MARKET_SETTINGS)
    return {"market": {**settings, "taken": [list(t) for t in taken]}}


ROW_KINDS: tuple[RowKind, ...] = (
    RowKind(INSTANCE, lambda s: (instance_row(r) for r in s["instances"]),
            lambda rows: {"instances": [d for _, d in rows]}),
    RowKind(STOCK, _stock_to_rows, _stock_from_rows),
    RowKind(ACCOUNT, lambda s: (account_row(a, v["balance"], v["charged"]) for a, v in s["accounts"].items()),
            lambda rows: {"accounts": {a: {"balance": d["balance"], "charged": d["charged"]} for a, d in rows}}),
    RowKind(POOL, lambda s: (pool_row(k, v) for k, v in s["pools"].items()),
            lambda rows: {"pools": {k: d["next"] for k, d in rows}}),
    RowKind(INSTEXT, lambda s: ((k, v) for k, v in (s.get("instanceExtras") or {}).items()),
            lambda rows: {"instanceExtras": dict(rows)}),
    # No rows at all reads as a file from before networking (the scenario's objects are seeded then).
    RowKind(NETWORK, _network_to_rows,
            lambda rows: {"network": [d for _, d in rows if d["kind"] != "marker"]} if rows else {}),
    RowKind(MARKET, _market_to_rows, _market_from_rows),
)  # fmt: skip


# --- the stored form ----------------------------------------------------------------------------------


class EventRow(NamedTuple):
    seq: int
    at: float
    kind: str
    subject: str
    payload: Any  # JSON-ready, None when the kind carries nothing


@dataclass
class Stored:
    """The whole state as stored: meta values, rows per kind (in insertion order), events by seq."""

    meta: dict[str, Any]
    rows: dict[str, list[Row]]
    events: list[EventRow]


@dataclass
class Delta:
    """What one request changed; written in one transaction."""

    upserts: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, data JSON)
    deletes: list[tuple[str, str]] = field(default_factory=list)  # (kind, id)
    events_added: list[EventRow] = field(default_factory=list)
    events_removed: list[int] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def upsert(self, kind: str, row: Row) -> None:
        self.upserts.append((kind, row[0], dumps(row[1])))

    def __bool__(self) -> bool:
        return any((self.upserts, self.deletes, self.events_added, self.events_removed, self.meta))


def to_stored(state: dict[str, Any]) -> Stored:
    """An export (``Backend.export_state``) cut into what the file stores."""
    rows = {k.name: list(k.to_rows(state)) for k in ROW_KINDS}
    events = [EventRow(int(e[1]), float(e[0]), str(e[2]), str(e[3]), e[4] if len(e) > 4 else None)
              for e in state["events"]]  # fmt: skip
    return Stored({k: state[k] for k in META_KEYS}, rows, events)


def from_stored(stored: Stored) -> dict[str, Any]:
    """The export the stored state reads as (validated later by the backend's import)."""
    state: dict[str, Any] = {"format": EXPORT_FORMAT, **{k: stored.meta[k] for k in META_KEYS}}
    for kind in ROW_KINDS:
        state.update(kind.from_rows(stored.rows.get(kind.name, [])))
    state["events"] = [export_event(e.at, e.seq, e.kind, e.subject, e.payload) for e in stored.events]
    return state


def export_event(at: float, seq: int, kind: str, subject: str, payload: Any) -> list[Any]:
    """``[at, seq, kind, subject]``, with the payload as a fifth item only when there is one."""
    return [at, seq, kind, subject] if payload is None else [at, seq, kind, subject, payload]

"""Export and import of the whole state (``GET/PUT /_mock/state``, the state file's content): validating an
export into ready-to-install parts, and masking the scenario's credentials in the HTTP export.

An import is validated completely before anything is installed, so a bad one changes nothing. Masked
credentials (``***``) are filled back in from this server's own scenario, so an export still round-trips.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from zltoolkit.api import ChargeType

from ..scenarios.loader import load_scenario
from ..scenarios.models import Scenario
from .events import AnyEvent, EventQueue, make_event
from .ids import Ids
from .market import MarketState, parse_market
from .network.store import NetStore
from .pools import PoolKey, decode
from .records import Instance
from .state_rows import EXPORT_FORMAT
from .stock import StockKey

MASK = "***"


@dataclass
class ParsedState:
    scenario: Scenario
    seed: int
    ids: Ids
    stock: dict[StockKey, int]
    stock_base: dict[StockKey, int]
    accounts: dict[str, tuple[float, float]]  # account -> (balance, charged)
    pools: dict[PoolKey, int]
    events: EventQueue
    instances: list[Instance]
    clock: dict[str, Any]
    network: NetStore | None = None  # None: an export from before networking
    market: MarketState | None = None  # None: an export from before the market


def _stock(rows: Any) -> dict[StockKey, int]:
    return {StockKey(z, t, ChargeType(c).value): int(q) for z, t, c, q in rows}


def parse_state(state: dict[str, Any], *, own: Scenario | None, event_kinds: Collection[str]) -> ParsedState:
    """An export, checked and converted; ValueError("invalid state: ...") when malformed."""
    try:
        if state.get("format") != EXPORT_FORMAT:
            raise ValueError(f"`format` must be {EXPORT_FORMAT!r}")
        scenario = load_scenario(unmask_credentials(state["scenario"], own))
        ids_state = dict(state["ids"])
        seed = int(ids_state.pop("seed"))
        events: list[AnyEvent] = []
        for at, seq, kind, subject, *payload in state["events"]:
            if kind not in event_kinds:
                raise ValueError(f"unknown event kind {kind!r}")
            if len(payload) > 1:
                raise ValueError("an event has at most five items")
            events.append(make_event(float(at), int(seq), str(kind), str(subject), payload[0] if payload else None))
        parsed = ParsedState(
            scenario=scenario,
            seed=seed,
            ids=Ids(seed, ids_state),
            stock=_stock(state["stock"]),
            stock_base=_stock(state["stockBase"]),
            accounts={a: (float(v["balance"]), float(v["charged"])) for a, v in state["accounts"].items()},
            pools={decode(str(k)): int(v) for k, v in state["pools"].items()},
            events=EventQueue(events, int(state.get("eventSeq", 0))),
            instances=[Instance.from_record(r) for r in state["instances"]],
            clock=state["clock"],
            network=NetStore.from_records(list(state["network"])) if "network" in state else None,
            market=parse_market(state.get("market")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"invalid state: {exc}") from None
    known = {a.account_id for a in scenario.accounts}
    for inst in parsed.instances:
        if inst.account not in known:
            raise ValueError(f"invalid state: instance {inst.id} belongs to unknown account {inst.account!r}")
    if len({i.id for i in parsed.instances}) != len(parsed.instances):
        raise ValueError("invalid state: duplicate instance id")
    if parsed.network is not None:
        for obj in parsed.network.all():
            if obj.KIND != "move" and getattr(obj, "account", None) not in known:
                raise ValueError(f"invalid state: network object {obj.id} belongs to an unknown account")
    # An instance in a subnet the state does not hold could not get its private address back (the restore
    # would fail half-way): refused up front. DeleteSubnet never leaves one (it refuses a subnet with members).
    subnets = (set(parsed.network.subnets) if parsed.network is not None
               else {s.subnet_id for a in scenario.accounts for s in a.subnets})  # fmt: skip
    for inst in parsed.instances:
        if inst.subnet is not None and inst.subnet not in subnets:
            raise ValueError(f"invalid state: instance {inst.id} is in subnet {inst.subnet!r}, which the state "
                             "does not hold")  # fmt: skip
    return parsed


def mask_credentials(scenario: dict[str, Any]) -> dict[str, Any]:
    accounts = []
    for acc in scenario.get("accounts", []):
        keys = [{**k, "accessKeyPassword": MASK} for k in acc.get("accessKeys", [])]
        accounts.append({**acc, "accessKeys": keys, "tokens": [MASK] if acc.get("tokens") else []})
    return {**scenario, "accounts": accounts}


def unmask_credentials(scenario: Any, own: Scenario | None) -> Any:
    """Masked credentials of an export, filled in from ``own`` (this server's scenario; None while a state
    file is being opened) by key id / account."""
    if not isinstance(scenario, dict) or not isinstance(scenario.get("accounts"), list):
        return scenario
    own_accounts = own.accounts if own is not None else []
    own_keys = {k.access_key_id: k.access_key_password for a in own_accounts for k in a.access_keys}
    own_tokens = {a.account_id: list(a.tokens) for a in own_accounts}
    accounts = []
    for acc in scenario["accounts"]:
        if not isinstance(acc, dict):
            accounts.append(acc)
            continue
        acc = dict(acc)
        keys = []
        for key in acc.get("accessKeys") or []:
            if isinstance(key, dict) and key.get("accessKeyPassword") == MASK:
                kid = key.get("accessKeyId")
                if kid not in own_keys:
                    raise ValueError(f"the password of access key {kid!r} is masked and unknown to this server")
                key = {**key, "accessKeyPassword": own_keys[kid]}
            keys.append(key)
        if "accessKeys" in acc:
            acc["accessKeys"] = keys
        if MASK in (acc.get("tokens") or []):
            acc["tokens"] = own_tokens.get(str(acc.get("accountId")), [])
        accounts.append(acc)
    return {**scenario, "accounts": accounts}

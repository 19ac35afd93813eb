"""Fault injection (docs/mock-guide.md): rules matching action/zone/type/account that add latency, answer an error
code, or rate-limit; each fires always, with a seeded probability, or for the first N matching requests.

Latency, rate limits and probabilities simulate the network, so they use wall time and never the mock clock.
Matching is O(rules) and takes no lock when there are no rules (the common, fast case).

A rule "fires" when it matches and its firstN/probability allow; then its latency is added and its error (the
first one among the rules that fired) answers the request. A ``rateLimit`` rule fires only for requests over
its rate (token bucket, burst of one second's worth), answering 429 ``REQUEST_LIMIT_EXCEEDED``. Probabilities
use one rng per rule, seeded from ``seed`` or else from (server seed, n-th rule added), so a run replays.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from zltoolkit.api import ERRORS


class FaultRule(BaseModel):
    """A fault rule as posted to ``/_mock/faults`` (camelCase or snake_case keys; short aliases too)."""

    model_config = ConfigDict(
        extra="forbid", alias_generator=to_camel, validate_by_name=True, validate_by_alias=True,
        serialize_by_alias=True,
    )

    id: str = Field(default_factory=lambda: "fault-" + uuid.uuid4().hex[:12], min_length=1)
    # Matchers: None matches anything.
    action: str | None = None
    zone_id: str | None = Field(default=None, validation_alias=AliasChoices("zoneId", "zone_id", "zone"))
    instance_type_id: str | None = Field(
        default=None, validation_alias=AliasChoices("instanceTypeId", "instance_type_id", "type", "instanceType")
    )
    account_id: str | None = Field(default=None, validation_alias=AliasChoices("accountId", "account_id", "account"))
    # Effects (at least one; latency combines with the others).
    error: str | None = None
    message: str | None = None
    latency_ms: float | None = Field(default=None, ge=0, le=120_000)
    rate_limit: float | None = Field(default=None, gt=0)  # requests per second (token bucket, wall time)
    # When it fires: every match (default), with a probability (seeded), or only the first N matches.
    probability: float | None = Field(default=None, ge=0, le=1)
    first_n: int | None = Field(default=None, ge=0)
    seed: int | None = None

    @field_validator("error")
    @classmethod
    def _known_code(cls, v: str | None) -> str | None:
        if v is not None and v not in ERRORS:
            raise ValueError(f"unknown error code {v!r} (not in the error catalogue)")
        return v

    @model_validator(mode="after")
    def _has_effect(self) -> FaultRule:
        if self.error is None and self.latency_ms is None and self.rate_limit is None:
            raise ValueError("a fault rule needs an effect: error, latencyMs or rateLimit")
        if self.error is not None and self.rate_limit is not None:
            raise ValueError("error and rateLimit are exclusive (a rate limit answers REQUEST_LIMIT_EXCEEDED)")
        return self


@dataclass(slots=True)
class FaultDecision:
    """What the matching rules ask for one request."""

    latency_s: float = 0.0
    error: str | None = None
    message: str | None = None
    rule_ids: list[str] = field(default_factory=list)


class _Active:
    """A rule plus its runtime state: counters, rng, token bucket."""

    __slots__ = ("rule", "matched", "fired", "rng", "tokens", "stamp")

    def __init__(self, rule: FaultRule, seed: int | str, now: float) -> None:
        self.rule = rule
        self.matched = 0
        self.fired = 0
        self.rng = random.Random(seed)
        self.tokens = max(1.0, rule.rate_limit or 0.0)  # bucket capacity: one second's worth, at least 1
        self.stamp = now

    def matches(self, action: str | None, zone: str | None, itype: str | None, account: str | None) -> bool:
        r = self.rule
        return (
            (r.action is None or r.action == action)
            and (r.zone_id is None or r.zone_id == zone)
            and (r.instance_type_id is None or r.instance_type_id == itype)
            and (r.account_id is None or r.account_id == account)
        )

    def take_token(self, now: float) -> bool:
        rate = self.rule.rate_limit or 0.0
        cap = max(1.0, rate)
        self.tokens = min(cap, self.tokens + (now - self.stamp) * rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False

    def to_dict(self) -> dict[str, Any]:
        d = self.rule.model_dump(by_alias=True)
        d["matched"] = self.matched
        d["fired"] = self.fired
        return d


class Faults:
    """The registry of active rules (thread-safe)."""

    def __init__(self, seed: int | None = None, wall: Callable[[], float] = time.monotonic) -> None:
        self._rules: list[_Active] = []
        self._lock = threading.Lock()
        self._seed = seed
        self._added = 0  # rules added so far: the default rng seed is (server seed, n), reproducible per run
        self._wall = wall

    def __len__(self) -> int:
        return len(self._rules)

    def add(self, rule: FaultRule | dict[str, Any]) -> FaultRule:
        if not isinstance(rule, FaultRule):
            rule = FaultRule.model_validate(rule)
        with self._lock:
            if any(a.rule.id == rule.id for a in self._rules):
                raise ValueError(f"id: a fault rule {rule.id!r} already exists")
            self._added += 1
            seed = rule.seed if rule.seed is not None else f"{self._seed}:{self._added}"
            self._rules = [*self._rules, _Active(rule, seed, self._wall())]
        return rule

    def remove(self, rule_id: str) -> bool:
        with self._lock:
            kept = [a for a in self._rules if a.rule.id != rule_id]
            found = len(kept) != len(self._rules)
            self._rules = kept
        return found

    def clear(self) -> None:
        with self._lock:
            self._rules = []
            self._added = 0

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [a.to_dict() for a in self._rules]

    def evaluate(
        self, action: str | None, zone: str | None, itype: str | None, account: str | None
    ) -> FaultDecision | None:
        """Apply every matching rule once; None when nothing fired."""
        if not self._rules:  # lock-free fast path; the list is replaced, never mutated in place
            return None
        decision: FaultDecision | None = None
        with self._lock:
            now = self._wall()
            for a in self._rules:
                if not a.matches(action, zone, itype, account):
                    continue
                a.matched += 1
                r = a.rule
                if r.first_n is not None and a.fired >= r.first_n:
                    continue
                if r.probability is not None and a.rng.random() >= r.probability:
                    continue
                if r.rate_limit is not None and a.take_token(now):
                    continue  # within the rate: the rule lets the request through
                a.fired += 1
                if decision is None:
                    decision = FaultDecision()
                decision.rule_ids.append(r.id)
                if r.latency_ms:
                    decision.latency_s += r.latency_ms / 1000.0
                if decision.error is None:
                    if r.rate_limit is not None:
                        decision.error = "REQUEST_LIMIT_EXCEEDED"
                        decision.message = r.message or f"Request rate limit of {r.rate_limit:g}/s exceeded."
                    elif r.error is not None:
                        decision.error = r.error
                        decision.message = r.message or f"Injected fault {r.id}."
        return decision

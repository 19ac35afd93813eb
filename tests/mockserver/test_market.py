"""The market (docs/capacity-over-time.md): other tenants' demand and returns under the mock clock.

Deterministic from the seed whatever the request timing, durable, accounted for in the invariants, never
overselling while clients create."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from mockserver.backend import Backend, Clock
from mockserver.backend.stock import StockKey
from mockserver.scenarios.loader import load_scenario
from mockserver.server import MockControlError, MockServer, build_parser, config_from_args

sys.path.insert(0, str(Path(__file__).parent))  # importlib import mode: make the shared helpers importable
from _instances_support import TYPE, ZONE, Api, create_body, scenario  # noqa: E402

T0 = 1_780_000_000.0
DAY = 86_400.0


def _backend(seed: int = 7, state_file: Path | None = None, market: bool = True) -> Backend:
    b = Backend(load_scenario(None), clock=Clock(mode="manual", start=T0), seed=seed, state_file=state_file)
    if market:
        with b.session():
            b.set_market(True)
    return b


def _advance(b: Backend, seconds: float) -> None:
    b.clock.advance(seconds)
    with b.session():
        pass


def _market_state(b: Backend) -> tuple[dict[StockKey, int], dict[StockKey, int]]:
    return dict(b.stock), {k: q for k, q in b.market.taken.items() if q}


def test_off_by_default_the_stock_stays_fixed() -> None:
    b = _backend(market=False)
    before = dict(b.stock)
    _advance(b, 30 * DAY)
    assert b.stock == before and not b.market.enabled and b.invariants()["ok"]
    assert "market" not in b.export_state()  # unused: the export is what it always was


def test_the_series_depends_on_the_seed_not_on_when_requests_drain() -> None:
    one_go, in_steps, other_seed = _backend(7), _backend(7), _backend(8)
    _advance(one_go, 10 * DAY)
    for _ in range(10 * 24 * 4):
        _advance(in_steps, 900)
    _advance(other_seed, 10 * DAY)
    assert _market_state(one_go) == _market_state(in_steps)
    assert _market_state(one_go) != _market_state(other_seed)
    assert one_go.invariants()["ok"] and in_steps.invariants()["ok"]


def test_popular_types_in_busy_zones_sell_out_and_come_back() -> None:
    b = _backend(3)
    series: dict[StockKey, list[int]] = {k: [] for k in b.stock if k.type == "M6C" and b.stock_base[k] > 10}
    for _ in range(30 * 24):
        _advance(b, 3600)
        for k, s in series.items():
            s.append(b.stock[k])
    came_back = [k for k, s in series.items()
                 if 0 in s and any(q > 0 for q in s[s.index(0):])]  # fmt: skip
    assert came_back, "no M6C offering sold out and came back in a month"
    moving = [k for k, s in series.items() if len(set(s)) > 3]
    assert len(moving) == len(series)  # every offering with machines moves
    assert b.invariants()["ok"]


def test_invariants_account_for_what_the_market_holds() -> None:
    b = _backend(5)
    _advance(b, 3 * DAY)
    inv = b.invariants()
    assert inv["ok"]
    rows = [o for o in inv["offerings"] if o["market"]]
    assert rows and all(o["stock"] + o["held"] + o["market"] == o["initial"] for o in rows)
    key = StockKey(rows[0]["zoneId"], rows[0]["instanceTypeId"], rows[0]["chargeType"])
    b.market.taken[key] += 1  # a unit appearing from nowhere is caught
    assert not b.invariants()["ok"]


def test_switching_off_freezes_and_parameters_are_validated() -> None:
    b = _backend(5)
    _advance(b, DAY)
    with b.session():
        b.set_market(False)
    frozen = _market_state(b)
    _advance(b, 5 * DAY)
    assert _market_state(b) == frozen
    with pytest.raises(ValueError, match="holdHours"):
        b.set_market(True, {"holdHours": -1})
    assert not b.market.enabled  # nothing changed
    with b.session():
        b.set_market(True, {"holdHours": 6, "typePopularity": {"M6C": 2.0}})
    assert b.market_params().hold_hours == 6
    with b.session():
        b.set_market(None, {"holdHours": None})
    assert b.market_params().hold_hours == 48


def test_a_reset_gives_everything_back_and_warm_starts_again() -> None:
    b = _backend(5)
    _advance(b, DAY)
    b.reset()
    assert b.market.enabled and b.invariants()["ok"]
    assert sum(b.market.taken.values()) > 0  # warm start near equilibrium


def test_the_state_file_resumes_the_same_series(tmp_path: Path) -> None:
    f = tmp_path / "state.db"
    durable = _backend(11, state_file=f)
    _advance(durable, 2 * DAY)
    durable.close()
    reopened = Backend(load_scenario(None), clock=Clock(mode="manual", start=T0), seed=99, state_file=f)
    assert reopened.market.enabled and reopened.seed == 11
    _advance(reopened, 3 * DAY)
    memory = _backend(11)
    _advance(memory, 5 * DAY)
    assert _market_state(reopened) == _market_state(memory)
    assert reopened.invariants()["ok"]
    reopened.close()


def test_export_import_round_trips_the_market() -> None:
    a = _backend(13)
    _advance(a, 2 * DAY)
    state = a.export_state()
    assert state["market"]["enabled"] is True
    b = _backend(1, market=False)
    b.import_state(state)
    assert _market_state(b) == _market_state(a)
    _advance(a, DAY)
    _advance(b, DAY)
    assert _market_state(b) == _market_state(a)
    bad = {**state, "market": {**state["market"], "overrides": {"stepSeconds": 1}}}
    with pytest.raises(ValueError, match="stepSeconds"):
        b.import_state(bad)


def test_control_plane_cli_and_server_helpers() -> None:
    args = build_parser().parse_args(["--market", "on"])
    assert config_from_args(args).market is True
    assert config_from_args(build_parser().parse_args([])).market is None
    with MockServer(clock="manual", seed=2, market=True) as srv:
        view = srv.market()
        assert view["enabled"] and view["taken"] > 0 and view["params"]["stepSeconds"] == 3600
        srv.advance(DAY)
        assert srv.control.request("GET", "/_mock/invariants")["ok"]
        assert srv.set_market(False)["enabled"] is False
        assert srv.set_market(holdHours=12)["overrides"] == {"holdHours": 12}
        with pytest.raises(MockControlError) as err:
            srv.set_market(enabled="yes")  # type: ignore[arg-type]
        assert err.value.status == 400
        with pytest.raises(MockControlError, match="nope"):
            srv.set_market(nope=1)


def test_every_api_answer_carries_the_mock_clock() -> None:
    with MockServer(clock="manual", seed=2) as srv:
        api = Api(base_url=srv.url)
        ok = api.call("DescribeZones", {})
        srv.advance(3600)
        bad = api.call("NoSuchAction", {})
        assert ok.status_code == 200 and bad.status_code >= 400
        from zltoolkit.history.clock import HeaderTime

        t_ok = HeaderTime("X-Mock-Clock").stamp(ok.headers)[0]
        t_bad = HeaderTime("X-Mock-Clock").stamp(bad.headers)[0]
        assert t_bad - t_ok == pytest.approx(3600)
        assert ok.headers["X-Mock-Clock"].endswith("Z")
        assert "X-Mock-Clock" in httpx.post(srv.url + "/wrong/path").headers


@pytest.mark.parametrize("state_file", [False, True], ids=["memory", "state-file"])
def test_creates_stay_all_or_nothing_while_the_market_runs(tmp_path: Path, state_file: bool) -> None:
    config: dict[str, Any] = {"clock": "manual", "seed": 4, "scenario": scenario(), "market": True}
    if state_file:
        config["state_file"] = str(tmp_path / "state.db")
    with MockServer(**config) as srv:
        srv.set_market(typePopularity={TYPE: 3.0}, holdHours=2)  # the offering runs near sold out
        seeded = next(o["held"] for o in srv.control.request("GET", "/_mock/invariants")["offerings"]
                      if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) == (ZONE, TYPE, "POSTPAID"))  # fmt: skip
        stop = threading.Event()
        outcomes: list[tuple[int, int]] = []
        lock = threading.Lock()

        def creator() -> None:
            api = Api(base_url=srv.url)
            while not stop.is_set():
                r = api.call("CreateInstances", create_body(amount=3))
                got = len(r.json()["response"]["instanceIdSet"]) if r.status_code == 200 else 0
                with lock:
                    outcomes.append((r.status_code, got))

        threads = [threading.Thread(target=creator) for _ in range(4)]
        for t in threads:
            t.start()
        for _ in range(40):
            srv.advance(1800)
        stop.set()
        for t in threads:
            t.join()
        assert all(got in (0, 3) for _, got in outcomes)  # all or nothing
        assert any(status == 200 for status, _ in outcomes)
        inv = srv.control.request("GET", "/_mock/invariants")
        assert inv["ok"], [o for o in inv["offerings"] if not o["ok"]]
        assert all(o["stock"] >= 0 for o in inv["offerings"])
        row = next(o for o in inv["offerings"]
                   if (o["zoneId"], o["instanceTypeId"], o["chargeType"]) == (ZONE, TYPE, "POSTPAID"))
        # The scenario's instance seeds in the offering hold theirs from the start.
        assert row["held"] == seeded + sum(got for _, got in outcomes) and row["market"] > 0


def test_importing_an_export_without_a_market_switches_it_off() -> None:
    b = _backend(13)
    old = _backend(13, market=False).export_state()
    assert "market" not in old
    b.import_state(old)
    assert not b.market.enabled and not any(b.market.taken.values()) and b.invariants()["ok"]
    stock = dict(b.stock)
    _advance(b, 3 * DAY)
    assert b.stock == stock


def test_a_step_draws_from_the_offering_key_and_step_index_alone() -> None:
    from mockserver.backend import market_process as mp

    rates = mp.StepRates(1.0, 48.0, 0.9, 0.0, 0.3)
    key = mp.offering_key(7, "SEL-A", "M6C", "POSTPAID")
    assert key == mp.offering_key(7, "SEL-A", "M6C", "POSTPAID") != mp.offering_key(8, "SEL-A", "M6C", "POSTPAID")
    for k in range(200):
        returned, took = mp.step(key, k, stock=10, taken=150, capacity=200, daily=1.0, rates=rates)
        # The inlined draws are the documented uniforms of slots 0 and 1.
        assert returned == min(150, mp.poisson(150 / 48.0, mp.uniform(key, k, 0)))
        assert took == min(mp.poisson(0.9 * 200 / 48.0, mp.uniform(key, k, 1)), 10 + returned)
    draws = [mp.poisson(4.0, mp.uniform(key, k, 5)) for k in range(4000)]
    assert sum(draws) / len(draws) == pytest.approx(4.0, rel=0.05)  # a Poisson mean, not a constant

"""Benchmarks of the stock history (not a test: prints measured figures; ``python -m benchmarks.bench_history``).

(a) Recording from the in-process mock (manual clock, 5-minute rounds, both charge types: ~521 offerings a
    round): ``session.record_stock(...).run(rounds=N)`` for 30 simulated days (8,640 rounds, ~4.5M rows).
    Target: at most 2 minutes. The mock serves in the same process (its thread shares the GIL), so this is
    mostly the mock's time; (b) measures the store alone.
(b) The store alone: 8,640 rounds of 521 synthetic observations appended one call at a time (qty moving like
    stock: a few offerings change each round), the file size (target: at most 100 MB), reading it all back.
(c) ``placement_scores`` over that history (target: at most 2 s), and ``availability`` (reported).
(d) ``--compare``: the store layouts the choice was made between, on the same synthetic rounds (one SQLite row
    per offering; one Parquet file per round, needs pyarrow; DuckDB, needs duckdb, and whether another process
    can read it while the writer has it open).

``--days D`` shortens (a) and (b) (``--quick``: one day for (a), the full 30 days for (b) and (c)).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from benchmarks._util import Metric, format_table  # noqa: E402

EVERY = 300.0
ROUNDS_PER_DAY = int(86400 / EVERY)
OFFERINGS = 521
RECORD_TARGET_S = 120.0
SCORES_TARGET_S = 2.0
SIZE_TARGET_MB = 100.0
STATUSES = ("SOLD_OUT", "SELL_SHORTAGE", "SELL")


def _size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    extra = [Path(f"{path}-wal"), Path(f"{path}-shm")] if path.is_file() else []
    return sum(p.stat().st_size for p in files + [p for p in extra if p.exists()]) / 1e6


def synthetic_rounds(rounds: int, seed: int = 1) -> Iterator[list[tuple[str, str, str | None, int | None]]]:
    """Rounds of OFFERINGS observations; 5% of the offerings move by -5..5 each round, 3% hide their qty."""
    rng = np.random.default_rng(seed)
    zones = [f"Z{i:02d}" for i in range(40)]
    types = [f"T{i:02d}" for i in range(14)]
    keys = [(z, t) for z in zones for t in types][:OFFERINGS]
    qty = rng.integers(0, 200, OFFERINGS)
    hidden = rng.random(OFFERINGS) < 0.03
    for _ in range(rounds):
        moving = rng.random(OFFERINGS) < 0.05
        qty[moving] = np.maximum(0, qty[moving] + rng.integers(-5, 6, int(moving.sum())))
        status = (qty > 10).astype(int) + (qty > 0)
        yield [(z, t, STATUSES[s], None if h else int(q))
               for (z, t), s, q, h in zip(keys, status, qty, hidden, strict=True)]


def bench_record(days: float, workdir: Path) -> list[Metric]:
    import zltoolkit as zl

    rounds = max(1, int(days * ROUNDS_PER_DAY))
    path = workdir / "recorded.sqlite"
    with zl.connect("mock", clock="manual", quiet=True) as s, s.record_stock(every=EVERY, store=path) as rec:
        rec.run(rounds=2)  # warm-up (connections, first appends)
        t0 = time.perf_counter()
        rec.run(rounds=rounds)
        took = time.perf_counter() - t0
        rows = len(rec.store)
    full = took * 30 * ROUNDS_PER_DAY / rounds
    per_round_ms = took / rounds * 1000
    print(f"(a) recorded {rounds} rounds ({rows:,} rows incl. warm-up) from the in-process mock in {took:.1f} s "
          f"({per_round_ms:.1f} ms/round); 30 days: {full:.0f} s", flush=True)
    name = "record 30 days from the in-process mock" + ("" if rounds == 30 * ROUNDS_PER_DAY else
                                                         f" (extrapolated from {days:g} day(s))")
    return [Metric(name, full, f"<= {RECORD_TARGET_S:.0f} s", full <= RECORD_TARGET_S, unit="s",
                   note=f"{per_round_ms:.1f} ms/round", source="bench_history"),
            Metric("size of the recorded store", _size_mb(path) * 30 * ROUNDS_PER_DAY / (rounds + 2), "info",
                   None, unit="MB", note="scaled to 30 days", source="bench_history")]


def bench_store(days: float, workdir: Path) -> tuple[list[Metric], Path]:
    from zltoolkit.history import HistoryStore, availability, placement_scores

    rounds = max(1, int(days * ROUNDS_PER_DAY))
    path = workdir / "synthetic.sqlite"
    data = list(synthetic_rounds(rounds))
    with HistoryStore(path) as store:
        t0 = time.perf_counter()
        for i, obs in enumerate(data):
            store.append(1.8e9 + i * EVERY, "POSTPAID", obs, recorder="bench", clock="mock")
        took = time.perf_counter() - t0
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = _size_mb(path)
    rows = rounds * OFFERINGS
    print(f"(b) store alone: {rows:,} rows in {took:.1f} s ({took / rounds * 1000:.2f} ms per {OFFERINGS}-row "
          f"round, {rows / took:,.0f} rows/s); {size:.1f} MB", flush=True)
    with HistoryStore(path) as store:
        t0 = time.perf_counter()
        hist = store.history()
        read = time.perf_counter() - t0
    print(f"    read back {len(hist):,} rows in {read:.2f} s", flush=True)
    t0 = time.perf_counter()
    scores = placement_scores(hist, count=10)
    score_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    availability(hist)
    avail_s = time.perf_counter() - t0
    print(f"(c) placement_scores over {len(hist):,} rows: {score_s:.2f} s ({len(scores)} offerings); "
          f"availability: {avail_s:.2f} s", flush=True)
    scale = 30 * ROUNDS_PER_DAY / rounds
    note = "" if rounds == 30 * ROUNDS_PER_DAY else f"{days:g} day(s)"
    return [
        Metric("store alone: append one 521-row round", took / rounds * 1000, "info", None, unit="ms",
               note=f"{rows / took:,.0f} rows/s", source="bench_history"),
        Metric("store size for 30 days (4.5M rows)", size * scale, f"<= {SIZE_TARGET_MB:.0f} MB",
               size * scale <= SIZE_TARGET_MB, unit="MB", note=note, source="bench_history"),
        Metric("read the whole history back", read, "info", None, unit="s", note=note, source="bench_history"),
        Metric("placement_scores over the history", score_s, f"<= {SCORES_TARGET_S:g} s",
               score_s <= SCORES_TARGET_S if not note else None, unit="s", note=note, source="bench_history"),
        Metric("availability over the history", avail_s, "info", None, unit="s", note=note,
               source="bench_history"),
    ], path


def _compare(days: float, workdir: Path) -> list[Metric]:
    """The layouts the store was chosen between (module docstring of zltoolkit.history.store)."""
    rounds = max(1, int(days * ROUNDS_PER_DAY))
    data = list(synthetic_rounds(rounds))
    out: list[Metric] = []
    code = {s: i for i, s in enumerate(STATUSES)}

    # One SQLite row per offering.
    path = workdir / "rows.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE TABLE obs (round_id INTEGER, offering_id INTEGER, status INTEGER, qty INTEGER, "
                "PRIMARY KEY (round_id, offering_id)) WITHOUT ROWID")
    t0 = time.perf_counter()
    for r, obs in enumerate(data):
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT INTO obs VALUES (?, ?, ?, ?)",
                        [(r, i, code.get(s or "", -1), q) for i, (_, _, s, q) in enumerate(obs)])
        con.execute("COMMIT")
    took = time.perf_counter() - t0
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    t0 = time.perf_counter()
    con.execute("SELECT round_id, offering_id, status, qty FROM obs").fetchall()
    read = time.perf_counter() - t0
    con.close()
    print(f"(d) SQLite, a row per offering: {took / rounds * 1000:.2f} ms/round, {_size_mb(path):.1f} MB, "
          f"read {read:.1f} s", flush=True)
    out.append(Metric("compare: SQLite row per offering", f"{took / rounds * 1000:.2f} ms/round, "
                      f"{_size_mb(path):.1f} MB, read {read:.1f} s", "info", None, source="bench_history"))

    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        pa = None
        print("    Parquet: pyarrow is not installed (pip install 'zltoolkit[parquet]'): skipped", flush=True)
    if pa is not None:
        folder = workdir / "parquet"
        folder.mkdir()
        t0 = time.perf_counter()
        for r, obs in enumerate(data):
            table = pa.table({"round_id": pa.array([r] * len(obs), pa.int32()),
                              "offering_id": pa.array(range(len(obs)), pa.int32()),
                              "status": pa.array([code.get(s or "", -1) for _, _, s, _ in obs], pa.int8()),
                              "qty": pa.array([q for *_, q in obs], pa.int32())})
            pq.write_table(table, folder / f"r{r:06d}.parquet")
        took = time.perf_counter() - t0
        t0 = time.perf_counter()
        pq.read_table(folder)
        read = time.perf_counter() - t0
        print(f"    Parquet, a file per round: {took / rounds * 1000:.2f} ms/round, {_size_mb(folder):.1f} MB in "
              f"{rounds} files, read {read:.1f} s", flush=True)
        out.append(Metric("compare: Parquet file per round", f"{took / rounds * 1000:.2f} ms/round, "
                          f"{_size_mb(folder):.1f} MB, {rounds} files, read {read:.1f} s", "info", None,
                          source="bench_history"))
    try:
        import duckdb
    except ImportError:
        duckdb = None
        print("    DuckDB: duckdb is not installed (pip install duckdb to compare): skipped", flush=True)
    if duckdb is not None:
        import pandas as pd

        path = workdir / "d.duckdb"
        con2: Any = duckdb.connect(str(path))
        con2.execute("CREATE TABLE obs (round_id INTEGER, offering_id SMALLINT, status TINYINT, qty INTEGER)")
        t0 = time.perf_counter()
        for r, obs in enumerate(data):
            chunk = pd.DataFrame({"round_id": r, "offering_id": range(len(obs)),
                                  "status": [code.get(s or "", -1) for _, _, s, _ in obs],
                                  "qty": [q for *_, q in obs]})
            con2.register("chunk", chunk)
            con2.execute("BEGIN")
            con2.execute("INSERT INTO obs SELECT * FROM chunk")
            con2.execute("COMMIT")
            con2.unregister("chunk")
        took = time.perf_counter() - t0
        con2.execute("CHECKPOINT")
        reader = subprocess.run([sys.executable, "-c", "import duckdb, sys; duckdb.connect(sys.argv[1], "
                                 "read_only=True)", str(path)], capture_output=True, text=True)
        con2.close()
        blocked = reader.returncode != 0
        print(f"    DuckDB: {took / rounds * 1000:.2f} ms/round, {_size_mb(path):.1f} MB; another process "
              f"{'cannot' if blocked else 'can'} open it while the writer has it", flush=True)
        out.append(Metric("compare: DuckDB", f"{took / rounds * 1000:.2f} ms/round, {_size_mb(path):.1f} MB, "
                          f"reader blocked: {blocked}", "info", None, source="bench_history"))
    return out


def run(quick: bool = False, days: float | None = None, compare: bool = False) -> list[Metric]:
    workdir = Path(tempfile.mkdtemp(prefix="zl-bench-history-"))
    try:
        record_days = days if days is not None else (1.0 if quick else 30.0)
        store_days = days if days is not None else 30.0
        metrics = bench_record(record_days, workdir)
        store_metrics, _ = bench_store(store_days, workdir)
        metrics += store_metrics
        if compare:
            metrics += _compare(store_days, workdir)
        return metrics
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="record one day from the mock (the store: 30 days)")
    p.add_argument("--days", type=float, default=None, help="simulated days for every part")
    p.add_argument("--compare", action="store_true", help="also measure the other store layouts")
    args = p.parse_args(argv)
    metrics = run(quick=args.quick, days=args.days, compare=args.compare)
    print()
    print(format_table(metrics, "stock history"))
    return 1 if any(m.passed is False for m in metrics) else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())

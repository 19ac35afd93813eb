"""Exports keep the view: options, plans and histories round-trip through CSV and Parquet with their columns,
order, units and dtypes."""

from __future__ import annotations

import csv
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import zltoolkit as zl
from zltoolkit.history import HISTORY, ParquetUnavailable, export, read_export
from zltoolkit.planning import ALLOCATIONS, OPTIONS, Requirement
from zltoolkit.session import Session


@pytest.fixture(scope="module")
def session(scenario_file: Path) -> Iterator[Session]:
    with zl.connect("mock", clock="manual", scenario=str(scenario_file), seed=7, quiet=True) as s:
        yield s


@pytest.fixture(scope="module")
def views(session: Session, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    req = Requirement(count=4, min_cores=8, areas="Asia")
    with session.record_stock(every=300, store=tmp_path_factory.mktemp("h") / "h.sqlite") as rec:
        rec.run(rounds=2)
        hist = rec.history()
    return {"options": (session.options(req), OPTIONS), "plan": (session.plan(req), ALLOCATIONS),
            "history": (hist, HISTORY)}


@pytest.mark.parametrize("name", ["options", "plan", "history"])
@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_round_trip_keeps_columns_order_and_dtypes(views: dict[str, Any], name: str, suffix: str,
                                                   tmp_path: Path) -> None:
    obj, schema = views[name]
    shown = obj.table if name == "plan" else obj
    assert len(shown) > 0
    path = export(obj, tmp_path / f"{name}{suffix}")
    back = read_export(path, schema if suffix == ".csv" else None)
    pd.testing.assert_frame_equal(back, shown.reset_index(drop=True))


def test_csv_is_what_the_user_sees(views: dict[str, Any], tmp_path: Path) -> None:
    opts, _ = views["options"]
    path = export(opts, tmp_path / "options.csv")
    with path.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(opts.columns)  # same columns, same order, same names
    first = opts.iloc[0]
    assert float(rows[0]["unit_monthly"]) == pytest.approx(first.unit_monthly)  # same unit: per month
    assert rows[0]["raid_levels"].startswith("[")  # a tuple as JSON, readable and exact
    assert rows[0]["sell_status"] == str(first.sell_status)
    hist, _ = views["history"]
    hpath = export(hist, tmp_path / "history.csv")
    with hpath.open(newline="") as f:
        ts = next(csv.DictReader(f))["ts"]
    assert ts.endswith("+00:00")  # UTC says so


def test_parquet_without_pyarrow_says_which_extra_and_csv_still_works(views: dict[str, Any], tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_pyarrow(name: str, *args: Any) -> Any:
        if name.startswith("pyarrow"):
            raise ImportError("No module named 'pyarrow'")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_pyarrow)
    opts, schema = views["options"]
    with pytest.raises(ParquetUnavailable, match=r"zltoolkit\[parquet\]"):
        export(opts, tmp_path / "o.parquet")
    back = read_export(export(opts, tmp_path / "o.csv"), schema)
    assert list(back.columns) == list(opts.columns)


def test_export_refuses_what_it_cannot_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        export(pd.DataFrame({"a": [1]}), tmp_path / "x.xlsx")
    with pytest.raises(TypeError):
        export(42, tmp_path / "x.csv")
    export(pd.DataFrame({"a": [1]}), tmp_path / "x.txt", format="csv")
    assert (tmp_path / "x.txt").read_text().splitlines() == ["a", "1"]

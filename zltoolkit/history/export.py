"""Exports that keep the view: options, plans and histories to CSV or Parquet, as the user sees them.

The file has exactly the frame's columns, in its order and its units (USD per month stays USD per month,
``ts`` stays UTC): no renaming, no rescaling, so a spreadsheet reads what the notebook showed.

* CSV (no dependency): categoricals as their labels, timestamps in ISO 8601 with the UTC offset, missing
  values empty, tuples and dicts (``raid_levels``, tags) as JSON. :func:`read_export` with the frame's
  schema (e.g. ``zl.planning.OPTIONS``) gives the frame back with its dtypes.
* Parquet (needs pyarrow: ``pip install 'zltoolkit[parquet]'``): typed columns, and the frame's dtypes in
  the file's metadata, so :func:`read_export` restores them without being told.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from zltoolkit.common.frames import OBJ, Schema

from .schema import open_dtype

__all__ = ["FORMATS", "ParquetUnavailable", "export", "frame_of", "read_export"]

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_META_KEY = b"zltoolkit.dtypes"


class ParquetUnavailable(ImportError):
    """Parquet needs pyarrow, which is not installed (CSV works without it)."""


def _pyarrow() -> Any:
    try:
        # Imported by name: pyarrow is optional (the `parquet` extra) and has no type information.
        pyarrow = importlib.import_module("pyarrow")
        importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise ParquetUnavailable(
            "Parquet export needs pyarrow: pip install 'zltoolkit[parquet]' (CSV works without it)") from None
    return pyarrow


def frame_of(obj: Any) -> pd.DataFrame:
    """The frame the user sees for ``obj``: a DataFrame, a Plan's allocations (``.table``), a Recorder's
    history (``.history()``)."""
    if isinstance(obj, pd.DataFrame):
        return obj
    table = getattr(obj, "table", None)
    if isinstance(table, pd.DataFrame):
        return table
    history = getattr(obj, "history", None)
    if callable(history):
        found = history()
        if isinstance(found, pd.DataFrame):
            return found
    raise TypeError(f"cannot export a {type(obj).__name__}: pass a DataFrame, a Plan or a Recorder")


def _format(path: Path, format: str | None) -> str:
    if format is not None:
        if format not in ("csv", "parquet"):
            raise ValueError(f"format must be 'csv' or 'parquet', not {format!r}")
        return format
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"{path.name}: say format='csv' or 'parquet' (or use a .csv/.parquet name)") from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, (tuple, list, np.ndarray)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, np.generic):
        return value.item()
    return value


def _is_container(value: Any) -> bool:
    return isinstance(value, (tuple, list, dict, np.ndarray))


def _dtype_spec(dtype: Any) -> dict[str, Any]:
    if isinstance(dtype, pd.CategoricalDtype):
        return {"kind": "category", "categories": [str(c) for c in dtype.categories], "ordered": bool(dtype.ordered)}
    if isinstance(dtype, pd.StringDtype):
        return {"kind": "string", "storage": dtype.storage}
    return {"kind": "other", "name": str(dtype)}


def _dtype_from(spec: dict[str, Any]) -> Any:
    if spec["kind"] == "category":
        return pd.CategoricalDtype(spec["categories"], ordered=spec["ordered"])
    if spec["kind"] == "string":
        return pd.StringDtype(spec["storage"])
    return pd.api.types.pandas_dtype(spec["name"])


def export(obj: Any, path: str | Path, *, format: str | None = None) -> Path:
    """Write ``obj`` (a DataFrame, Plan or Recorder; see :func:`frame_of`) to ``path`` as CSV or Parquet
    (from the suffix, or ``format``). Returns the path."""
    df = frame_of(obj)
    path = Path(path)
    fmt = _format(path, format)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        out = df.copy()
        for col in out.columns:
            if out[col].dtype == object and out[col].map(_is_container).any():
                out[col] = out[col].map(lambda v: json.dumps(_jsonable(v)) if _is_container(v) else v)
        out.to_csv(path, index=False)
        return path
    pa = _pyarrow()
    table = pa.Table.from_pandas(df, preserve_index=False)
    dtypes = {str(c): _dtype_spec(df[c].dtype) for c in df.columns}
    meta = dict(table.schema.metadata or {})
    meta[_META_KEY] = json.dumps(dtypes).encode()
    pa.parquet.write_table(table.replace_schema_metadata(meta), path)
    return path


def _as_tuple(value: Any) -> Any:
    if isinstance(value, (list, np.ndarray)):
        return tuple(_as_tuple(v) for v in value)
    return value


def read_export(path: str | Path, schema: Schema | None = None, *, format: str | None = None) -> pd.DataFrame:
    """Read a file written by :func:`export` back into a frame: Parquet with the dtypes it was written with,
    CSV with ``schema``'s (without one, as pandas infers them)."""
    path = Path(path)
    fmt = _format(path, format)
    if fmt == "parquet":
        pa = _pyarrow()
        table = pa.parquet.read_table(path)
        raw = (table.schema.metadata or {}).get(_META_KEY)
        df = table.to_pandas()
        for col in df.columns:
            if df[col].dtype == object:
                df[col] = df[col].map(_as_tuple)
        if schema is None and raw is not None:
            schema = {col: _dtype_from(spec) for col, spec in json.loads(raw).items()}
        return _restore(df, schema) if schema is not None else df
    df = pd.read_csv(path, dtype=object, keep_default_na=False, na_values=[""])
    if schema is None:
        return pd.read_csv(path)
    for col, dtype in schema.items():
        if col in df.columns and str(dtype) == OBJ:
            df[col] = df[col].map(lambda v: _as_tuple(json.loads(v)) if isinstance(v, str) and v[:1] in "[{"
                                  else v)
        elif col in df.columns and str(dtype) in ("boolean",):
            df[col] = df[col].map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v))
                                  else str(v).lower() == "true")
        elif col in df.columns and str(dtype) in ("Int64", "Float64"):
            df[col] = pd.to_numeric(df[col])
    return _restore(df, schema)


def _restore(df: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """``df`` with ``schema``'s columns, in order, each cast exactly to its dtype (missing columns: NA).

    Categoricals keep labels the schema does not know (as the history frames do), instead of losing them.
    """
    out = {}
    for col, dtype in schema.items():
        values = df[col] if col in df.columns else pd.Series([None] * len(df), dtype=object)
        target = pd.api.types.pandas_dtype(dtype)
        if values.dtype == target:
            out[col] = values.reset_index(drop=True)
        elif isinstance(target, pd.CategoricalDtype):
            labels = values.astype(object).where(values.notna(), None)
            out[col] = pd.Series(pd.Categorical(labels, dtype=open_dtype(target, labels)))
        elif isinstance(target, pd.DatetimeTZDtype):
            out[col] = pd.to_datetime(values, utc=True, format="ISO8601").astype(target).reset_index(drop=True)
        else:
            out[col] = values.astype(object).where(values.notna(), None).astype(target).reset_index(drop=True)
    return pd.DataFrame(out, columns=list(schema))

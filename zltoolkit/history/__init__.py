"""Stock history: record DescribeAvailableResources over time, analyse it, score placements, export views.

* ``recorder``: :class:`Recorder` (``session.record_stock(every=..., store=...)``), rounds and gaps;
* ``store``: :class:`HistoryStore`, the SQLite file (why SQLite: its module docstring);
* ``clock``: where a round's server time comes from (the mock's clock, the Date header);
* ``schema``: the HISTORY, ROUNDS, AVAILABILITY and SCORES frames;
* ``timeline``: how much time each observation stands for (gaps excluded);
* ``analysis``: :func:`availability` per offering; ``scores``: :func:`placement_scores` (the formula);
* ``plots``: availability heatmap and qty timeline; ``export``: CSV/Parquet exports of any view.

Sits beside views/lifecycle: below planning (which ranks by score) and the session.
"""

from __future__ import annotations

from .analysis import availability
from .clock import HeaderTime, MockClock, MockHeaderTime, ServerTime
from .export import ParquetUnavailable, export, read_export
from .plots import availability_heatmap, qty_timeline
from .recorder import Recorder, RecorderStatus
from .schema import AVAILABILITY, HISTORY, ROUNDS, SCORES
from .scores import placement_scores, score_of
from .store import HistoryStore

__all__ = [
    "AVAILABILITY",
    "HISTORY",
    "ROUNDS",
    "SCORES",
    "HeaderTime",
    "HistoryStore",
    "MockClock",
    "MockHeaderTime",
    "ParquetUnavailable",
    "Recorder",
    "RecorderStatus",
    "ServerTime",
    "availability",
    "availability_heatmap",
    "export",
    "placement_scores",
    "qty_timeline",
    "read_export",
    "score_of",
]

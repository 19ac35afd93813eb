"""Reliability suite: hostile input, authentication attacks, secrets, soak.

Shared code lives in ``reliability_helpers.py`` beside this file; this conftest puts this directory (and the
repository root, for ``benchmarks``) on ``sys.path`` so the test modules can import it under
``--import-mode=importlib``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
for _p in (_HERE, _HERE.parent.parent):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

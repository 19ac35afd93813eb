"""One zl-mock per test worker: the pytest plugin under ``pytest -n 2`` (pytest-xdist) gives each worker its
own server on its own port, and tests on different workers never see each other's instances.

The inner session runs in a subprocess with this checkout first on ``sys.path`` (so it tests these files).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import xdist  # noqa: F401  (the dev extra installs pytest-xdist; no skip hides a missing install)

ROOT = Path(__file__).resolve().parents[2]

INNER = textwrap.dedent(
    """
    import json, os
    from pathlib import Path

    import pytest

    OUT = Path(os.environ["ZL_XDIST_OUT"])
    BODY = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
            "internetChargeType": "ByBandwidth", "instanceName": "mine"}


    @pytest.mark.parametrize("n", range(6))
    def test_own_server(zl_mock, zl_client, n):
        created = zl_client.call("CreateInstances", BODY).instance_id_set
        listed = zl_client.call("DescribeInstances", {"pageSize": 100})
        # Reset before every test, and no other worker shares this server: only this test's instance.
        assert [i.instance_id for i in listed.data_set] == created
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        (OUT / f"{worker}-{n}.json").write_text(json.dumps({"worker": worker, "url": zl_mock.url, "pid": os.getpid()}))
    """
)


def test_each_xdist_worker_gets_its_own_mock(tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    out = tmp_path / "out"
    suite.mkdir()
    out.mkdir()
    (suite / "test_inner.py").write_text(INNER)
    env = {**os.environ, "ZL_XDIST_OUT": str(out), "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "no:cacheprovider", "--rootdir", str(suite), str(suite)],
        cwd=suite, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "6 passed" in proc.stdout, proc.stdout[-2000:]
    records = [json.loads(p.read_text()) for p in out.glob("*.json")]
    assert len(records) == 6
    by_worker: dict[str, set[str]] = {}
    for r in records:
        by_worker.setdefault(r["worker"], set()).add(r["url"])
    assert set(by_worker) == {"gw0", "gw1"}, by_worker  # both workers ran tests
    urls = [next(iter(u)) for u in by_worker.values()]
    assert all(len(u) == 1 for u in by_worker.values())  # one server per worker for the whole session
    assert urls[0] != urls[1]  # ... on a port of its own
    assert len({r["pid"] for r in records}) == 2

"""The four notebooks execute headless against the in-process mock (papermill, ENDPOINT="mock").

Also: the executed notebooks (outputs and saved widget state) hold no secret of the demo account. That the
committed notebooks match their sources is test_notebook_sources.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = ["01_explore.ipynb", "02_capacity_planning.ipynb", "03_create_and_watch.ipynb", "04_capacity_over_time.ipynb",
         "dashboard.ipynb"]
SECRETS = ("demo-access-key-password", "demo-token")


def test_kernel_is_this_interpreter(kernel_name: str, tmp_path: Path) -> None:
    import papermill as pm

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import sys, zltoolkit\nprint(sys.executable)")]
    src, out = tmp_path / "probe.ipynb", tmp_path / "probe-out.ipynb"
    nbformat.write(nb, src)
    pm.execute_notebook(str(src), str(out), kernel_name=kernel_name, progress_bar=False, cwd=str(NOTEBOOKS))
    printed = nbformat.read(out, as_version=4).cells[0].outputs[0]["text"].strip()
    assert Path(printed).resolve() == Path(sys.executable).resolve()


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_against_the_mock(name: str, kernel_name: str, tmp_path: Path) -> None:
    import papermill as pm

    out = tmp_path / name
    pm.execute_notebook(str(NOTEBOOKS / name), str(out), parameters={"ENDPOINT": "mock"}, kernel_name=kernel_name,
                        progress_bar=False, cwd=str(NOTEBOOKS), execution_timeout=240)
    executed = nbformat.read(out, as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    text = out.read_text()
    for secret in SECRETS:
        assert secret not in text, f"{name} shows {secret!r}"
    assert "in-process mock" in text  # connect() or the dashboard header says where it is connected

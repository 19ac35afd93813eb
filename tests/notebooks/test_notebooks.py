"""The four notebooks execute headless against the in-process mock (papermill, ENDPOINT="mock").

Also: they are committed without outputs and match ``notebooks/generate.py``, and the executed notebooks
(outputs and saved widget state) hold no secret of the demo account.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = ["01_explore.ipynb", "02_capacity_planning.ipynb", "03_create_and_watch.ipynb", "dashboard.ipynb"]
SECRETS = ("demo-access-key-password", "demo-token")


def test_committed_without_outputs_and_up_to_date() -> None:
    for name in NAMES:
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert code[0].metadata.get("tags") == ["parameters"], name
        assert "ENDPOINT" in code[0].source
        for c in code:
            assert c.outputs == [] and c.execution_count is None, f"{name}: committed with outputs"
    check = subprocess.run([sys.executable, str(NOTEBOOKS / "generate.py"), "--check"], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stderr


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

# The README's two commands: `make demo` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8900
VOILA_PORT ?= 8866

.PHONY: demo test lint docs bench venv-dev venv-app chromium clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.app-stamp: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[app]"
	touch $@

$(VENV)/.dev-stamp: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

$(VENV)/.bench-stamp: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[bench]"
	touch $@

venv-app: $(VENV)/.app-stamp
venv-dev: $(VENV)/.dev-stamp

# Debian's Chromium for the browser tests; never `playwright install` (no downloads here).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi

lint: venv-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

docs: venv-dev
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir build/site

# The browser tests and the wall-clock-bound ones (soak, kill -9) run alone; the rest on two workers
# (pytest-xdist: each worker gets its own mocks, as users' own suites do).
test: venv-dev chromium lint docs
	$(PY) -m pytest -m "e2e or slow"
	$(PY) -m pytest -n 2 -m "not e2e and not slow"

demo: venv-app
	$(PY) -m tools.demo --port $(PORT) --voila-port $(VOILA_PORT)

bench: $(VENV)/.bench-stamp
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) build test-artifacts .pytest_cache .ruff_cache .mypy_cache

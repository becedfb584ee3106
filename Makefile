# The two commands: `make run` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint serve bench install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

var:
	mkdir -p var

run: install | var
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	@echo "Serving Continuum on http://$(HOST):$(PORT)/ (admin at /admin/). Stop with Ctrl-C."
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-test
	$(BIN)/ruff check .

test: install-test
	$(BIN)/ruff check .
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/python -m pytest

# Benchmarks (tests/perf): timings are measured here, never asserted in the normal suite.
bench: install-test
	$(BIN)/python -m pytest -m perf tests/perf -s

# The production path locally: collected static files and gunicorn, on 127.0.0.1 only.
serve: install | var
	DJANGO_SETTINGS_MODULE=continuum.settings.production \
	SECRET_KEY=$${SECRET_KEY:-local-serve-$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} \
	sh -c '$(MANAGE) collectstatic --no-input --verbosity 0 && $(MANAGE) migrate --no-input && $(MANAGE) setup_site && $(MANAGE) analyze_database && \
	       $(BIN)/gunicorn continuum.wsgi --bind $(HOST):$(PORT) --workers 2'

clean:
	rm -rf $(VENV) staticfiles

# SMART Destinations — the README's commands. Everything installs itself on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: setup run demo test lint bench bench-full messages clean browser-deps

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) ## Python environment, compiled translations, static files
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

run: setup ## Migrate SQLite, load the demo once, serve http://127.0.0.1:8000 and http://<slug>.localhost:8000
	$(MANAGE) migrate --noinput -v0
	@test -f var/.demo-loaded || ($(MANAGE) load_demo && mkdir -p var && touch var/.demo-loaded)
	@echo "Region:     http://127.0.0.1:$(PORT)/"
	@echo "Luberon:    http://luberon.localhost:$(PORT)/"
	@echo "Ecrins:     http://ecrins.localhost:$(PORT)/"
	@echo "Mercantour: http://mercantour.localhost:$(PORT)/"
	@echo "Admin:      http://127.0.0.1:$(PORT)/admin/  (region-admin / demo-portal-2026)"
	$(MANAGE) runserver $(HOST):$(PORT)

demo: setup
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) load_demo

browser-deps: ## Debian's Chromium and the npm packages the browser tests use
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null)
	@test -f node_modules/axe-core/axe.min.js || npm ci --silent --no-audit --no-fund

test: setup browser-deps ## The whole suite: SQLite, then PostgreSQL when DATABASE_URL points at one; browser tests in Chromium
	@echo "--- SQLite (all tests, browser included)"
	env -u DATABASE_URL $(PY) -m pytest -q -n 2 --dist loadfile
	@if [ -n "$$DATABASE_URL" ]; then echo "--- PostgreSQL ($$DATABASE_URL): all but the browser tests"; \
		$(PY) -m pytest -q -n 2 --dist loadfile -m "not browser"; fi

lint: setup
	$(VENV)/bin/ruff check .
	$(MANAGE) makemigrations --check --dry-run -v1

messages: setup ## Refresh the gettext catalogues after changing UI strings
	$(MANAGE) makemessages -l fr -l en -l de -l it --ignore=.venv --ignore=node_modules --ignore=tests -v0

bench: setup ## Pages (cache on/off vs static), then sync and catalogue at 5,000 objects; see bench/README.md
	$(PY) bench/run.py
	$(PY) bench/sync_bench.py --quick
	$(PY) bench/catalogue_bench.py --quick

bench-full: setup ## Sync of 50,000 objects (SQLite and PostgreSQL) and the catalogue pages over 50,000 offers
	$(PY) bench/sync_bench.py
	$(PY) bench/catalogue_bench.py

clean:
	rm -rf $(VENV) node_modules db.sqlite3 var media static_collected

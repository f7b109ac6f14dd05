# Two commands do all the set-up on a fresh machine: `make dev` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
APT_UPDATED := /tmp/.broadsheet-apt-updated

.PHONY: help dev test deps system-deps lint typecheck unit hugo-test server-test e2e bench build

help:
	@echo "make dev   - install what is missing, run the app on http://127.0.0.1:5173 and the"
	@echo "             team workspace server on ws://127.0.0.1:1234"
	@echo "make test  - install what is missing and run lint, types, unit, Hugo, server and browser tests"
	@echo "make bench - the benchmark (writes bench/results.json)"

# `npm install` with the committed lock, not `npm ci`: the registry this project is installed
# from serves no manifests for other platforms' optional binaries (rollup's, the resolver's), so
# the lock cannot list them and `npm ci` refuses it; `npm install` keeps every locked version.
node_modules/.package-lock.json: package.json package-lock.json
	npm install --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json

# Debian's chromium, hugo and redis-server, for the browser, Hugo and workspace server tests;
# apt-get runs only when one is missing.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v hugo >/dev/null 2>&1 || missing="$$missing hugo"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing with apt-get"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# The app and, beside it, the workspace server on loopback (the same as `npm run server`, started
# with node directly so it can be stopped by its id when the app stops). BROADSHEET_TOKEN is the
# editor token; without one a random token is made and printed.
dev: deps
	@token="$${BROADSHEET_TOKEN:-$$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')}"; \
	echo "workspace server editor token: $$token"; \
	BROADSHEET_TOKEN="$$token" HOST="$${HOST:-127.0.0.1}" node --import tsx server/main.ts & \
	server=$$!; \
	trap 'kill $$server 2>/dev/null' EXIT; \
	npm run dev

build: deps
	npm run build

lint: deps
	npm run lint

typecheck: deps
	npm run typecheck

unit: deps
	npm run test

hugo-test: deps system-deps
	npm run test:hugo

server-test: deps system-deps
	npm run test:server

e2e: deps system-deps
	npm run test:e2e

test: deps system-deps lint typecheck unit hugo-test server-test e2e

bench: deps system-deps
	npm run bench

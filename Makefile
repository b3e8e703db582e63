# policygraph — the two commands of the README:
#   make run    install what is missing, build, start local Neo4j, load corpus/, serve
#   make test   install what is missing, check generated code, vet, every test against a real Neo4j
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO ?= go
BIN := bin/policygraph
# Code `go generate` writes; `make test` fails when it is not what the generator makes from the sources.
GENERATED ?= resolvers
# The tests wipe the database they use, so they never take NEO4J_URI from the caller's shell (it may be
# a real graph): they use the project's local Neo4j, or NEO4J_TEST_URI/NEO4J_TEST_PASSWORD when set.
TEST_ENV := env -u NEO4J_URI -u NEO4J_USER -u NEO4J_PASSWORD -u NEO4J_DATABASE \
	$(if $(NEO4J_TEST_URI),NEO4J_URI=$(NEO4J_TEST_URI) NEO4J_USER=$(or $(NEO4J_TEST_USER),neo4j) NEO4J_PASSWORD=$(NEO4J_TEST_PASSWORD))

.PHONY: help run test setup build frontend-build check-generated vet neo4j-start go-test test-frontend clean

help:
	@echo "make run    build and start policygraph on http://127.0.0.1:8080 (local Neo4j, corpus/ loaded)"
	@echo "make test   run every check and test (what CI runs)"

setup:
	@scripts/setup

# The npm build takes ~15 s; skip it when dist/index.html is newer than every input of the bundle.
FRONTEND_INPUTS := frontend/src frontend/graphiql frontend/*.html frontend/package-lock.json frontend/package.json \
	frontend/vite.config.ts frontend/tsconfig.json examples/queries

frontend-build:
	@if [ -f frontend/dist/index.html ] && \
		[ -z "$$(find $(FRONTEND_INPUTS) -type f -newer frontend/dist/index.html 2>/dev/null | head -n 1)" ]; then \
		echo "make: frontend/dist is newer than its sources; skipping the npm build"; \
	else \
		echo "make: building the explorer and GraphiQL into frontend/dist (tsc + vite)"; \
		cd frontend && npm run --silent build; \
	fi

build: frontend-build
	@echo "make: building $(BIN)"
	$(GO) build -o $(BIN) ./cmd/policygraph

run: setup build
	$(BIN) up

# Hashes before and after, rather than `git diff`, so uncommitted hand edits elsewhere in
# $(GENERATED) do not fail it: only a change the generator makes does.
hash_generated = find $(GENERATED) -type f -not -path '*/node_modules/*' 2>/dev/null | LC_ALL=C sort | xargs -r sha256sum

check-generated:
	@echo "make: checking generated code is current (go generate ./...)"
	@$(hash_generated) > .generated.before
	$(GO) generate ./...
	@$(hash_generated) > .generated.after
	@if ! cmp -s .generated.before .generated.after; then \
		diff .generated.before .generated.after | sed -n 's/^> [0-9a-f]*  /  changed: /p'; rm -f .generated.*; \
		echo "make: generated code was out of date (go generate changed the files above): commit the result"; exit 1; fi
	@rm -f .generated.*

vet:
	$(GO) vet ./...

neo4j-start:
	@if [ -z "$(NEO4J_TEST_URI)" ]; then scripts/neo4j start; fi

go-test: neo4j-start
	@mkdir -p test-output
	@echo "make: go test -p 1 ./... (integration tests share one Neo4j, so packages run one at a time)"
	CI=true $(TEST_ENV) $(GO) test -p 1 -count=1 -timeout 20m ./... 2>&1 | tee test-output/go-test.log

# The frontend's unit and end-to-end tests; the frontend engineer fills this in.
test-frontend:
	@echo "make: frontend unit tests (vitest)"
	cd frontend && npx vitest run
	@$(MAKE) --no-print-directory build
	@echo "make: frontend end-to-end tests (bin/policygraph up on a free port, headless chromium; screenshots in test-output/e2e)"
	cd frontend && CI=true $(TEST_ENV) POLICYGRAPH_E2E_BIN=../$(BIN) node e2e/run.mjs

test: setup check-generated vet go-test
	@$(MAKE) --no-print-directory test-frontend
	@echo "make: all tests passed"

clean:
	rm -rf bin test-output

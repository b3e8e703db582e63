// Package neo4jtest gives integration tests of any package a real, empty Neo4j
// with the policygraph schema: the server named by NEO4J_URI, or else the
// project's local one started through scripts/neo4j.
//
// Tests that use it wipe the database, so packages must not run them in
// parallel: the project's test command is `go test -p 1 ./...`.
package neo4jtest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
)

// Store returns an open store on an empty database with constraints and
// indexes in place; it is closed when the test ends. When no Neo4j can be had
// the test fails under CI=true and is skipped (loudly) otherwise.
func Store(t testing.TB) *graph.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg, err := Config(ctx)
	if err != nil {
		unavailable(t, err)
	}
	if err := Wipe(ctx, cfg); err != nil {
		unavailable(t, err)
	}
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		unavailable(t, err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	return s
}

func unavailable(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("neo4jtest: no Neo4j for integration tests (CI=true makes this a failure): %v", err)
	}
	t.Skipf("neo4jtest: SKIPPING integration test, no Neo4j: %v (run `scripts/neo4j start` or set NEO4J_URI)", err)
}

// Config says which Neo4j to test against: NEO4J_URI/NEO4J_USER/
// NEO4J_PASSWORD/NEO4J_DATABASE when NEO4J_URI is set, else the local server
// of scripts/neo4j (port and folder from POLICYGRAPH_NEO4J_PORT/_DIR), started
// if it is not running.
func Config(ctx context.Context) (graph.Config, error) {
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return graph.Config{
			URI:      uri,
			User:     envOr("NEO4J_USER", "neo4j"),
			Password: os.Getenv("NEO4J_PASSWORD"),
			Database: os.Getenv("NEO4J_DATABASE"),
		}, nil
	}
	root, err := RepoRoot()
	if err != nil {
		return graph.Config{}, err
	}
	return Local{Root: root}.Start(ctx)
}

// Wipe deletes every node and relationship of the database cfg names.
func Wipe(ctx context.Context, cfg graph.Config) error {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return fmt.Errorf("wipe test database: %w", err)
	}
	defer driver.Close(ctx)
	_, err = neo4j.ExecuteQuery(ctx, driver, "MATCH (n) DETACH DELETE n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		return fmt.Errorf("wipe test database at %s: %w", cfg.URI, err)
	}
	return nil
}

// Local is one local Neo4j managed by scripts/neo4j. Port and Dir, when set,
// override POLICYGRAPH_NEO4J_PORT and POLICYGRAPH_NEO4J_DIR, so a test can run
// a dedicated instance it may stop without disturbing the shared one.
type Local struct {
	Root string // repository root (holds scripts/neo4j)
	Port string
	Dir  string
}

// Start starts the server (a no-op when it already runs) and returns its
// connection settings.
func (l Local) Start(ctx context.Context) (graph.Config, error) {
	if _, err := l.script(ctx, "start"); err != nil {
		return graph.Config{}, err
	}
	return l.Config(ctx)
}

// Stop stops the server.
func (l Local) Stop(ctx context.Context) error {
	_, err := l.script(ctx, "stop")
	return err
}

// Config reads the connection settings from `scripts/neo4j env`, which prints
// `export NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=…` lines.
func (l Local) Config(ctx context.Context) (graph.Config, error) {
	out, err := l.script(ctx, "env")
	if err != nil {
		return graph.Config{}, err
	}
	env := ParseEnv(out)
	if env["NEO4J_URI"] == "" {
		return graph.Config{}, fmt.Errorf("scripts/neo4j env printed no NEO4J_URI (got %q)", out)
	}
	return graph.Config{URI: env["NEO4J_URI"], User: env["NEO4J_USER"], Password: env["NEO4J_PASSWORD"], Database: env["NEO4J_DATABASE"]}, nil
}

func (l Local) script(ctx context.Context, args ...string) (string, error) {
	path := filepath.Join(l.Root, "scripts", "neo4j")
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("local Neo4j script %s is missing: %w", path, err)
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = l.Root
	cmd.Env = os.Environ()
	if l.Port != "" {
		cmd.Env = append(cmd.Env, "POLICYGRAPH_NEO4J_PORT="+l.Port)
	}
	if l.Dir != "" {
		cmd.Env = append(cmd.Env, "POLICYGRAPH_NEO4J_DIR="+l.Dir)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("scripts/neo4j %s: %w\n%s", strings.Join(args, " "), err, tail(stderr.String()+stdout.String(), 2000))
	}
	return stdout.String(), nil
}

// ParseEnv reads KEY=VALUE pairs from shell lines such as
// `export NEO4J_URI=neo4j://127.0.0.1:7687 NEO4J_USER=neo4j`, with optional
// single or double quotes around values.
func ParseEnv(s string) map[string]string {
	env := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		for _, f := range strings.Fields(line) {
			k, v, ok := strings.Cut(f, "=")
			if !ok {
				continue
			}
			if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			env[k] = v
		}
	}
	return env
}

// RepoRoot walks up from the working directory to the folder holding go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find repository root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find repository root: no go.mod above the working directory")
		}
		dir = parent
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

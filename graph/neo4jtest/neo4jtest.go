// Package neo4jtest gives integration tests of any package a real, empty Neo4j
// with the policygraph schema: the server named by NEO4J_URI, or else the
// project's local one started through scripts/neo4j.
//
// Tests that use it wipe the database, so packages must not run them in
// parallel: the project's test command is `go test -p 1 ./...`.
package neo4jtest

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/localneo4j"
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
	wd, err := os.Getwd()
	if err != nil {
		return graph.Config{}, err
	}
	root, err := localneo4j.FindRoot(wd)
	if err != nil {
		return graph.Config{}, err
	}
	return localneo4j.Local{Root: root}.Start(ctx)
}

// Wipe deletes every node and relationship of the database cfg names, in
// transactions of 10,000 nodes: one transaction over a large graph (a scale
// run's) would exhaust the server's heap.
func Wipe(ctx context.Context, cfg graph.Config) error {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return fmt.Errorf("wipe test database: %w", err)
	}
	defer driver.Close(ctx)
	// CALL … IN TRANSACTIONS needs an auto-commit transaction (session.Run).
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("wipe test database at %s: %w", cfg.URI, err)
	}
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SetBeforeBatch installs the writer's per-batch hook so tests can make a
// later batch of a document write fail.
func SetBeforeBatch(s *Store, f func(stage string, batch int) error) { s.beforeBatch = f }

// Query runs a read query and returns its records as maps, for assertions.
func Query(ctx context.Context, s *Store, cypher string, params map[string]any) ([]map[string]any, error) {
	return readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]map[string]any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		out := make([]map[string]any, len(recs))
		for i, r := range recs {
			out[i] = r.AsMap()
		}
		return out, nil
	})
}

// Exec runs a write statement, for tests that build a graph by hand.
func Exec(ctx context.Context, s *Store, cypher string, params map[string]any) error {
	_, err := writeTx(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	return err
}

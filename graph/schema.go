package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// EntityNamesIndex is the full-text index over entity names, abbreviations and
// aliases; the cjk analyzer splits Chinese into bigrams so substrings such as
// 數位 match 數位發展部, while English words are matched as words.
const EntityNamesIndex = "entityNames"

// schemaStatements create what the writer and readers rely on. Every one is
// IF NOT EXISTS, so EnsureSchema can run on every start.
var schemaStatements = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
	"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
	"CREATE INDEX document_path IF NOT EXISTS FOR (d:Document) ON (d.path)",
	"CREATE FULLTEXT INDEX " + EntityNamesIndex + " IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.nameZh, e.abbr, e.aliases] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
}

// EnsureSchema creates the constraints and indexes and waits until they are
// online, so a load or query right after it uses them.
func (s *Store) EnsureSchema(ctx context.Context) error {
	for _, stmt := range schemaStatements {
		// Schema changes may not share a transaction with other statements.
		_, err := writeTx(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return struct{}{}, err
			}
			_, err = res.Consume(ctx)
			return struct{}{}, err
		})
		if err != nil {
			return fmt.Errorf("ensure graph schema (%s): %w", stmt, err)
		}
	}
	_, err := writeTx(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": 120})
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("wait for graph indexes to come online: %w (see `SHOW INDEXES` for a FAILED one)", err)
	}
	return nil
}

package graph

import (
	"context"
	"errors"
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
	// A fact's evidence is found from the fact's key.
	"CREATE INDEX evidence_fact IF NOT EXISTS FOR (v:Evidence) ON (v.fact)",
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
	return s.checkShape(ctx)
}

// ErrOldShape says the database was written by a policygraph that kept
// evidence in lists on the fact relationships; the readers and the writer no
// longer understand it.
var ErrOldShape = errors.New("the Neo4j database holds facts in the old storage shape (evidence lists on relationships)")

// oldShape finds one fact relationship with the old evidence lists: any
// fact of an old database has them, so looking at the first one found is
// enough and costs one relationship.
var oldShape = `
MATCH ()-[r:` + factPattern + `]->()
WHERE r.source IS NULL
WITH r LIMIT 1
RETURN r.docs IS NOT NULL AS old`

// checkShape refuses a database of the old shape, saying how to rebuild it:
// the graph is derived data, a load recreates it.
func (s *Store) checkShape(ctx context.Context) error {
	recs, err := readRecords(ctx, s, "storage shape", oldShape, nil)
	if err != nil {
		return err
	}
	if len(recs) > 0 {
		if old, _ := get(recs[0], "old").(bool); old {
			return fmt.Errorf("%w: it must be rebuilt — empty it (for the local one: `scripts/neo4j stop`, delete "+
				"its data folder (.data/neo4j/data), `scripts/neo4j start`; elsewhere: `MATCH (n) CALL (n) { DETACH DELETE n } "+
				"IN TRANSACTIONS OF 10000 ROWS`) and load the documents again", ErrOldShape)
		}
	}
	return nil
}

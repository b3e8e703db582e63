package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Export reads the whole graph back in the shape the loader produces
// (documents, entities with their mentions, facts with their evidence), so a
// researcher gets the stored graph as `extract` JSON, GraphML or CSV. It reads
// in one transaction so the three lists agree with each other; entities and
// facts come sorted by id so two exports of the same graph are identical.
func (s *Store) Export(ctx context.Context) (Extraction, error) {
	x, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (Extraction, error) {
		var x Extraction
		recs, err := run(ctx, tx, `MATCH (d:Document) RETURN d ORDER BY d.id`, nil)
		if err != nil {
			return x, fmt.Errorf("documents: %w", err)
		}
		x.Documents = make([]Document, 0, len(recs))
		for _, r := range recs {
			if n, ok := get(r, "d").(dbtype.Node); ok {
				x.Documents = append(x.Documents, documentFromNode(n))
			}
		}

		recs, err = run(ctx, tx, `
MATCH (e:Entity)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, d, m ORDER BY d.id
RETURN e, collect(CASE WHEN d IS NULL THEN null ELSE [d.id, m.starts, m.ends] END) AS ms
ORDER BY e.id`, nil)
		if err != nil {
			return x, fmt.Errorf("entities: %w", err)
		}
		x.Entities = make([]Entity, 0, len(recs))
		for _, r := range recs {
			n, ok := get(r, "e").(dbtype.Node)
			if !ok {
				continue
			}
			e := entityFromNode(n)
			e.Mentions = mentionsFrom(get(r, "ms"))
			x.Entities = append(x.Entities, e)
		}

		recs, err = run(ctx, tx, `
MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p, `+evidenceOf+` AS evs
ORDER BY from, type, to`, map[string]any{"types": relNames(nil)})
		if err != nil {
			return x, fmt.Errorf("relations: %w", err)
		}
		x.Relations = make([]Relation, 0, len(recs))
		for _, r := range recs {
			p, _ := get(r, "p").(map[string]any)
			x.Relations = append(x.Relations, Relation{
				Type: RelationType(str(get(r, "type"))), From: str(get(r, "from")), To: str(get(r, "to")),
				Date: str(p["date"]), Evidence: evidenceFromNodes(get(r, "evs")),
			})
		}
		return x, nil
	})
	if err != nil {
		return Extraction{}, fmt.Errorf("export graph: %w", err)
	}
	return x, nil
}

// mentionsFrom decodes [[docId, starts, ends], …] into one Mention per span.
func mentionsFrom(v any) []Mention {
	out := []Mention{}
	rows, _ := v.([]any)
	for _, row := range rows {
		cols, _ := row.([]any)
		if len(cols) != 3 {
			continue
		}
		doc := str(cols[0])
		ss, _ := cols[1].([]any)
		es, _ := cols[2].([]any)
		for i := range min(len(ss), len(es)) {
			out = append(out, Mention{Document: doc, Start: int(num(ss[i])), End: int(num(es[i]))})
		}
	}
	return out
}

package graph

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The read side of the store: every method runs in a managed read transaction
// with parameterised Cypher. Labels and relationship types, which Cypher cannot
// take as parameters, are filtered with labels(n)/type(r) against parameters.

type roundTripsKey struct{}

// CountRoundTrips returns a context under which every Cypher statement the
// read methods send adds one to n. Tests use it to prove that batching keeps
// a nested query to a fixed number of round trips.
func CountRoundTrips(ctx context.Context, n *atomic.Int64) context.Context {
	return context.WithValue(ctx, roundTripsKey{}, n)
}

// run sends one statement and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if n, ok := ctx.Value(roundTripsKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// readRecords runs one statement in its own read transaction.
func readRecords(ctx context.Context, s *Store, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	recs, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		return run(ctx, tx, cypher, params)
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return recs, nil
}

// entityFromNode decodes an (:Entity) node as the writer stores it.
func entityFromNode(n dbtype.Node) Entity {
	p := n.Props
	e := Entity{
		ID: str(p["id"]), Name: str(p["name"]), NameZh: str(p["nameZh"]), Abbr: str(p["abbr"]),
		Aliases: strs(p["aliases"]), Kind: str(p["kind"]), Country: str(p["country"]),
		Date: str(p["date"]), EndDate: str(p["endDate"]), Place: str(p["place"]), Role: str(p["role"]),
	}
	for _, l := range n.Labels {
		if t := EntityType(l); t.Valid() {
			e.Type = t
			break
		}
	}
	if e.Name == "" {
		e.Name = e.NameZh
	}
	if e.Name == "" {
		e.Name = e.ID
	}
	return e
}

func documentFromNode(n dbtype.Node) Document {
	p := n.Props
	d := Document{ID: str(p["id"]), Title: str(p["title"]), Path: str(p["path"]), Language: str(p["language"]),
		Format: str(p["format"]), Encoding: str(p["encoding"]), Size: int(num(p["size"]))}
	switch t := p["loadedAt"].(type) {
	case time.Time:
		d.LoadedAt = t
	case dbtype.LocalDateTime:
		d.LoadedAt = t.Time()
	}
	return d
}

// evidenceFromRel decodes a fact relationship's parallel evidence lists.
func evidenceFromRel(p map[string]any) []Evidence {
	docs, starts, ends, texts := strs(p["docs"]), p["starts"], p["ends"], strs(p["texts"])
	ss, _ := starts.([]any)
	es, _ := ends.([]any)
	out := make([]Evidence, 0, len(docs))
	for i, d := range docs {
		if i >= len(ss) || i >= len(es) || i >= len(texts) {
			break
		}
		out = append(out, Evidence{Document: d, Start: int(num(ss[i])), End: int(num(es[i])), Text: texts[i]})
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func num(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	}
	return 0
}

func optStr(v any) *string { return orNull(str(v)) }

// get returns a record's value by key, nil when absent.
func get(r *neo4j.Record, key string) any {
	v, _ := r.Get(key)
	return v
}

// typeNames turns entity types into label strings for a $labels parameter.
func typeNames(ts []EntityType) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

// relNames turns relation types into strings for a $types parameter; empty
// means every fact type.
func relNames(ts []RelationType) []string {
	if len(ts) == 0 {
		ts = FactTypes
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

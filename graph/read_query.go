package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
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

// readRecords runs one statement as an auto-commit read: one statement
// needs no explicit transaction, and the BEGIN/COMMIT exchange of a managed
// one costs ~0.4 ms of latency and server CPU per statement (measured on the
// sample corpus: RETURN 1 in 0.7 ms instead of 1.2 ms), several times per
// GraphQL request. A transient error is retried once, as a managed read
// would be.
func readRecords(ctx context.Context, s *Store, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if n, ok := ctx.Value(roundTripsKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	recs, err := autoCommitRead(ctx, s, cypher, params)
	if err != nil && neo4j.IsRetryable(err) && ctx.Err() == nil {
		recs, err = autoCommitRead(ctx, s, cypher, params)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, classify(err))
	}
	return recs, nil
}

func autoCommitRead(ctx context.Context, s *Store, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// entityFromNode decodes an (:Entity) node as the writer stores it.
func entityFromNode(n dbtype.Node) Entity {
	return entityFrom(n.Props, n.Labels)
}

// entityFromMap decodes an entity projected as a map with its labels under
// "labels" (entityProjection).
func entityFromMap(m map[string]any) Entity {
	return entityFrom(m, strs(m["labels"]))
}

func entityFrom(p map[string]any, labels []string) Entity {
	e := Entity{
		ID: str(p["id"]), Name: str(p["name"]), NameZh: str(p["nameZh"]), Abbr: str(p["abbr"]),
		Aliases: strs(p["aliases"]), Kind: str(p["kind"]), Country: str(p["country"]),
		Date: str(p["date"]), EndDate: str(p["endDate"]), Place: str(p["place"]), Role: str(p["role"]),
	}
	for _, l := range labels {
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

// evidenceOf is a Cypher expression for the Evidence nodes of fact
// relationship r, in reading order (document, then offset).
const evidenceOf = `COLLECT { MATCH (ev:Evidence {fact: r.fact}) RETURN ev ORDER BY ev.doc, ev.starts[0] }`

// evidenceFromNodes decodes a fact's Evidence nodes (each one document's
// spans) into one list ordered by document id and offset; the order does not
// depend on the order documents were loaded in.
func evidenceFromNodes(v any) []Evidence {
	nodes, _ := v.([]any)
	out := []Evidence{}
	for _, x := range nodes {
		var p map[string]any
		switch n := x.(type) {
		case dbtype.Node:
			p = n.Props
		case map[string]any:
			p = n
		default:
			continue
		}
		doc := str(p["doc"])
		ss, _ := p["starts"].([]any)
		es, _ := p["ends"].([]any)
		texts := strs(p["texts"])
		for i := range min(len(ss), len(es), len(texts)) {
			out = append(out, Evidence{Document: doc, Start: int(num(ss[i])), End: int(num(es[i])), Text: texts[i]})
		}
	}
	slices.SortStableFunc(out, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
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

// EvidencePage is how much of each fact's evidence a read returns: at most
// First spans in reading order (none when 0) and, when Count is set, how
// many spans the fact has in all. A fact stated by a thousand documents
// would otherwise send every span whether the client shows it or not.
type EvidencePage struct {
	First int
	Count bool
}

// allEvidence is what a nil *EvidencePage means: every span and the count.
const allEvidence = 1 << 30

func (p *EvidencePage) first() int {
	if p == nil {
		return allEvidence
	}
	return max(p.First, 0)
}

func (p *EvidencePage) count() bool { return p == nil || p.Count }

func (p *EvidencePage) key() string {
	if p == nil {
		return "all"
	}
	return fmt.Sprintf("%d,%t", p.First, p.Count)
}

// evidencePage is a Cypher expression for the first $evFirst spans of fact
// relationship r in reading order (document, offset), each as [doc, start,
// end, text]. There is one Evidence node per fact and document, so the
// first $evFirst nodes by document hold the first $evFirst spans; only those
// are unwound, sorted and sent. The CASE matters: LIMIT 0 still seeks and
// sorts every Evidence node of the fact (15 ms instead of 2 for the 46
// attendees of a meeting at 100 copies of the corpus).
const evidencePage = `CASE WHEN $evFirst > 0 THEN COLLECT {
  MATCH (ev:Evidence {fact: r.fact})
  WITH ev ORDER BY ev.doc LIMIT $evFirst
  UNWIND range(0, size(ev.starts) - 1) AS i
  WITH ev, i ORDER BY ev.doc, ev.starts[i], ev.ends[i] LIMIT $evFirst
  RETURN [ev.doc, ev.starts[i], ev.ends[i], ev.texts[i]] } ELSE [] END`

// evidenceTotal is a Cypher expression for how many spans fact r has in
// all, 0 unless $evCount (it reads every Evidence node of the fact).
const evidenceTotal = `CASE WHEN $evCount THEN reduce(n = 0, k IN COLLECT { MATCH (ev:Evidence {fact: r.fact}) RETURN size(ev.starts) } | n + k) ELSE 0 END`

// evidenceFromSpans decodes the spans evidencePage returns; they come in order.
func evidenceFromSpans(v any) []Evidence {
	spans, _ := v.([]any)
	out := make([]Evidence, 0, len(spans))
	for _, x := range spans {
		s, _ := x.([]any)
		if len(s) != 4 {
			continue
		}
		out = append(out, Evidence{Document: str(s[0]), Start: int(num(s[1])), End: int(num(s[2])), Text: str(s[3])})
	}
	return out
}

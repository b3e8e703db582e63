package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// EdgeSpec selects facts at one end of many entities: which fact types, which
// direction, which types the other end may have (none = any), and at most
// First facts per entity.
type EdgeSpec struct {
	Types     []RelationType
	Direction Direction
	NodeTypes []EntityType
	First     int
	// Evidence is how much of each fact's evidence to read; nil reads all
	// of it and its count.
	Evidence *EvidencePage
}

// Key is a comparable form of the spec, for caching one batch loader per spec.
func (sp EdgeSpec) Key() string {
	return fmt.Sprintf("%v|%s|%v|%d|%s", sp.Types, sp.Direction, sp.NodeTypes, sp.First, sp.Evidence.key())
}

// The three directions differ only in the pattern; the rest is shared. Facts
// come in reading order: the document of their first evidence, the offset
// of its first span, and where in that span the other end is named (the
// writer keeps these on the fact as d0, s0, pf/pt), so the order costs no
// read of evidence; evidence is read only for the facts kept. Only what the
// decoder reads crosses the wire: evidence and the other end as projections.
const edgesTail = `
WHERE size($labels) = 0 OR any(l IN labels(b) WHERE l IN $labels)
WITH id, r, b, startNode(r) = a AS out
ORDER BY id, coalesce(r.d0, ''), coalesce(r.s0, 0), CASE WHEN out THEN r.pt ELSE r.pf END, b.id
WITH id, collect([r, b, out])[..$first] AS rows
UNWIND rows AS row
WITH id, row[0] AS r, row[1] AS b, row[2] AS out
WITH id, r, b, out, ` + evidencePage + ` AS spans, ` + evidenceTotal + ` AS total
// The evidence documents come along, once per id, so a client asking for
// evidence { document { title } } costs no further round trip; only the
// documents of the spans returned, not of every span of the fact.
WITH id, collect([r, b, out, spans, total]) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row[3] AS span
  WITH DISTINCT span[0] AS doc
  MATCH (d:Document {id: doc})
  RETURN collect(d) AS docs
}
UNWIND range(0, size(rows) - 1) AS i
WITH id, rows[i] AS row, CASE WHEN i = 0 THEN docs ELSE [] END AS docs
WITH id, row[0] AS r, row[1] AS b, row[2] AS out, row[3] AS spans, row[4] AS total, docs
RETURN id, type(r) AS type, r.date AS date, out, ` + entityProjection + ` AS b, spans, total, docs`

// entityProjection is an entity node b as a map entityFromMap decodes.
const entityProjection = `b {.id, .name, .nameZh, .abbr, .aliases, .kind, .country, .date, .endDate, .place, .role, labels: labels(b)}`

var edgesHead = map[Direction]string{
	Out:  "UNWIND $ids AS id\nMATCH (a:Entity {id: id})-[r:%s]->(b:Entity)",
	In:   "UNWIND $ids AS id\nMATCH (a:Entity {id: id})<-[r:%s]-(b:Entity)",
	Both: "UNWIND $ids AS id\nMATCH (a:Entity {id: id})-[r:%s]-(b:Entity)",
}

// typeAlternation is "SIGNED|ISSUED…" for a relationship pattern. Types
// cannot be Cypher parameters; naming them in the pattern (rather than
// filtering type(r)) lets Neo4j expand only those relationships of a hub node.
// Only validated RelationType constants are spliced in, never free text.
func typeAlternation(ts []RelationType) (string, error) {
	names := relNames(ts)
	for _, n := range names {
		if !RelationType(n).Valid() {
			return "", fmt.Errorf("unknown relation type %q (want one of %v)", n, FactTypes)
		}
	}
	return strings.Join(names, "|"), nil
}

// EdgesOf reads, in one statement, the facts spec selects for each of ids.
func (s *Store) EdgesOf(ctx context.Context, ids []string, spec EdgeSpec) (map[string][]Edge, error) {
	dir := spec.Direction
	if dir == "" {
		dir = Both
	}
	head, ok := edgesHead[dir]
	if !ok {
		return nil, fmt.Errorf("read edges: unknown direction %q (want OUT, IN or BOTH)", dir)
	}
	alt, err := typeAlternation(spec.Types)
	if err != nil {
		return nil, fmt.Errorf("read edges: %w", err)
	}
	recs, err := readRecords(ctx, s, "edges "+alt, fmt.Sprintf(head, alt)+edgesTail, map[string]any{
		"ids": ids, "labels": typeNames(spec.NodeTypes), "first": spec.First,
		"evFirst": spec.Evidence.first(), "evCount": spec.Evidence.count(),
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]Edge, len(ids))
	docs := map[string]Document{}
	for _, r := range recs {
		id := str(get(r, "id"))
		out[id] = append(out[id], edgeFrom(r))
		ds, _ := get(r, "docs").([]any)
		for _, d := range ds {
			if n, ok := d.(dbtype.Node); ok {
				doc := documentFromNode(n)
				docs[doc.ID] = doc
			}
		}
	}
	for _, es := range out {
		for i := range es {
			for _, ev := range es[i].Evidence {
				if d, ok := docs[ev.Document]; ok && !slices.ContainsFunc(es[i].Documents, func(x Document) bool { return x.ID == d.ID }) {
					es[i].Documents = append(es[i].Documents, d)
				}
			}
		}
	}
	return out, nil
}

func edgeFrom(r interface{ Get(string) (any, bool) }) Edge {
	b, _ := get2(r, "b").(map[string]any)
	other := entityFromMap(b)
	dir := In
	if o, _ := get2(r, "out").(bool); o {
		dir = Out
	}
	return Edge{
		Type: RelationType(str(get2(r, "type"))), Direction: dir, Node: ToNode(&other),
		Date: optStr(get2(r, "date")), Evidence: evidenceFromSpans(get2(r, "spans")),
		EvidenceCount: int(num(get2(r, "total"))),
	}
}

func get2(r interface{ Get(string) (any, bool) }, key string) any {
	v, _ := r.Get(key)
	return v
}

// CountriesOf reads the country each agency or person belongs to: its PART_OF
// fact to a Country (the one stated by the most documents), else the country
// property the loader set from reference data or the name (then without
// evidence); at most ev's spans of the fact (all when nil).
func (s *Store) CountriesOf(ctx context.Context, ids []string, ev *EvidencePage) (map[string]*Edge, error) {
	recs, err := readRecords(ctx, s, "countries of agencies", `
UNWIND $ids AS id
MATCH (a:Entity {id: id})
OPTIONAL MATCH (a)-[r:PART_OF]->(c:Country)
WITH id, a, r, c, CASE WHEN r IS NULL THEN 0 ELSE COUNT { MATCH (ev:Evidence {fact: r.fact}) } END AS n
WITH id, a, r, c, n ORDER BY n DESC, c.id
WITH id, a, collect(CASE WHEN c IS NULL THEN NULL ELSE {r: r, c: c} END) AS facts
// By the Entity id constraint's index (a Country label scan otherwise).
OPTIONAL MATCH (p:Entity {id: a.country}) WHERE p:Country
WITH id, facts, p
WHERE size(facts) > 0 OR p IS NOT NULL
WITH id, p, CASE WHEN size(facts) > 0 THEN facts[0] ELSE NULL END AS f
WITH id, p, f, f.r AS r
RETURN id, r.date AS date, coalesce(f.c, p) AS b,
       CASE WHEN r IS NULL THEN [] ELSE `+evidencePage+` END AS spans,
       CASE WHEN r IS NULL THEN 0 ELSE `+evidenceTotal+` END AS total,
       // The spans' documents, so evidence { document } is answered from the edge.
       CASE WHEN r IS NULL OR $evFirst = 0 THEN [] ELSE COLLECT { MATCH (ev:Evidence {fact: r.fact})-[:EVIDENCE_IN]->(d:Document) WITH d ORDER BY d.id LIMIT $evFirst RETURN d } END AS docs`, map[string]any{
		"ids": ids, "evFirst": ev.first(), "evCount": ev.count(),
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*Edge, len(recs))
	for _, r := range recs {
		b, _ := get(r, "b").(dbtype.Node)
		c := entityFromNode(b)
		e := &Edge{Type: PartOf, Direction: Out, Node: ToNode(&c),
			Date: optStr(get(r, "date")), Evidence: evidenceFromSpans(get(r, "spans")), EvidenceCount: int(num(get(r, "total")))}
		ds, _ := get(r, "docs").([]any)
		for _, d := range ds {
			if n, ok := d.(dbtype.Node); ok {
				e.Documents = append(e.Documents, documentFromNode(n))
			}
		}
		out[str(get(r, "id"))] = e
	}
	return out, nil
}

package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// MaxPathHops and MaxNeighborhoodDepth bound the traversals: beyond them
// every entity is connected to nearly every other and the answer is noise.
const (
	MaxPathHops          = 6
	MaxNeighborhoodDepth = 3
)

// Path is a chain of facts between two entities.
type Path struct {
	Length int
	Nodes  []Node
	Hops   []Hop
	// Documents are the documents the hops' evidence is in, read with the
	// path so that evidence { document } costs no further round trip.
	Documents []Document
}

// Hop is one fact of a path, in its stored direction.
type Hop struct {
	Type     RelationType
	From, To Node
	Date     *string
	Evidence []Evidence
	// EvidenceCount is how many spans state the fact in all.
	EvidenceCount int
	// Documents are those the path's evidence is in (shared by its hops).
	Documents []Document
}

// FirstEvidence is the first `first` spans of the fact (see Edge.FirstEvidence).
func (h Hop) FirstEvidence(first *int) []EvidenceSpan {
	return spansOf(h.Evidence, first, h.Documents)
}

// factPattern is the relationship-type alternation of every fact type, built
// from the constants (never from input): paths never pass through documents.
var factPattern = strings.Join(relNames(nil), "|")

var shortestPaths = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:` + factPattern + fmt.Sprintf("*..%d", MaxPathHops) + `]-(b))
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $first
WITH nodes(p) AS nodes,
     [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, date: r.date,
                               spans: ` + evidencePage + `, total: ` + evidenceTotal + `}] AS rels
// The documents of the spans returned, so evidence { document } costs no
// further round trip.
RETURN nodes, rels,
       COLLECT { UNWIND rels AS x UNWIND x.spans AS span WITH DISTINCT span[0] AS doc MATCH (d:Document {id: doc}) RETURN d } AS docs`

// ShortestPaths reads up to first shortest paths of at most maxHops facts
// between two entities (directions ignored); none when either id is unknown.
func (s *Store) ShortestPaths(ctx context.Context, from, to string, maxHops, first int) ([]Path, error) {
	return s.ShortestPathsPaged(ctx, from, to, maxHops, first, nil)
}

// ShortestPathsPaged is ShortestPaths with at most ev's spans per hop (all when nil).
func (s *Store) ShortestPathsPaged(ctx context.Context, from, to string, maxHops, first int, ev *EvidencePage) ([]Path, error) {
	recs, err := readRecords(ctx, s, "shortest paths", shortestPaths, map[string]any{
		"from": from, "to": to, "maxHops": maxHops, "first": first, "evFirst": ev.first(), "evCount": ev.count(),
	})
	if err != nil {
		return nil, err
	}
	out := make([]Path, 0, len(recs))
	for _, r := range recs {
		rawNodes, _ := get(r, "nodes").([]any)
		rawRels, _ := get(r, "rels").([]any)
		p := Path{Length: len(rawRels)}
		byID := map[string]Node{}
		for _, n := range rawNodes {
			nd, _ := n.(dbtype.Node)
			e := entityFromNode(nd)
			node := ToNode(&e)
			byID[e.ID] = node
			p.Nodes = append(p.Nodes, node)
		}
		for _, x := range rawRels {
			m, _ := x.(map[string]any)
			p.Hops = append(p.Hops, Hop{
				Type: RelationType(str(m["type"])), From: byID[str(m["from"])], To: byID[str(m["to"])],
				Date: optStr(m["date"]), Evidence: evidenceFromSpans(m["spans"]), EvidenceCount: int(num(m["total"])),
			})
		}
		docs, _ := get(r, "docs").([]any)
		for _, d := range docs {
			if n, ok := d.(dbtype.Node); ok {
				p.Documents = append(p.Documents, documentFromNode(n))
			}
		}
		for i := range p.Hops {
			p.Hops[i].Documents = p.Documents
		}
		out = append(out, p)
	}
	return out, nil
}

// Neighborhood is an entity with its neighbours and the facts among them.
type Neighborhood struct {
	Nodes     []Node
	Edges     []GraphEdge
	Truncated bool
}

// GraphEdge is a fact as a drawable edge between two node ids.
type GraphEdge struct {
	ID       string
	Type     RelationType
	From, To string
	Date     *string
	Evidence []Evidence
	// EvidenceCount is how many spans state the fact in all.
	EvidenceCount int
	// Documents are those the neighbourhood's evidence is in (shared).
	Documents []Document
}

// FirstEvidence is the first `first` spans of the fact (see Edge.FirstEvidence).
func (e GraphEdge) FirstEvidence(first *int) []EvidenceSpan {
	return spansOf(e.Evidence, first, e.Documents)
}

// Best-connected neighbours first, so a cut keeps the most informative ones.
const neighbours = `
UNWIND $frontier AS id
MATCH (a:Entity {id: id})-[r:%s]-(b:Entity)
WHERE NOT b.id IN $seen
WITH b, count(r) AS links
ORDER BY links DESC, b.id
RETURN b LIMIT $room`

var edgesAmong = `
MATCH (a:Entity)-[r:%s]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS from, b.id AS to, type(r) AS type, r.date AS date, ` + evidencePage + ` AS spans, ` + evidenceTotal + ` AS total
ORDER BY from, type, to`

// NeighborhoodOf reads the entity id and the entities up to depth facts of
// types (all when empty) away, at most limit nodes, and every such fact among
// them: depth+2 statements in one transaction. Nil when id is unknown.
func (s *Store) NeighborhoodOf(ctx context.Context, id string, depth, limit int, types []RelationType) (*Neighborhood, error) {
	return s.NeighborhoodPaged(ctx, id, depth, limit, types, nil)
}

// NeighborhoodPaged is NeighborhoodOf with at most ev's spans per fact (all when nil).
func (s *Store) NeighborhoodPaged(ctx context.Context, id string, depth, limit int, types []RelationType, ev *EvidencePage) (*Neighborhood, error) {
	alt, err := typeAlternation(types)
	if err != nil {
		return nil, fmt.Errorf("read neighbourhood of %s: %w", id, err)
	}
	nb, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (*Neighborhood, error) {
		recs, err := run(ctx, tx, `MATCH (e:Entity {id: $id}) RETURN e`, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		centre, _ := get(recs[0], "e").(dbtype.Node)
		ce := entityFromNode(centre)
		nb := &Neighborhood{Nodes: []Node{ToNode(&ce)}}
		seen := []string{ce.ID}
		frontier := []string{ce.ID}
		for d := 0; d < depth && len(frontier) > 0 && !nb.Truncated; d++ {
			room := limit - len(nb.Nodes)
			if room <= 0 {
				nb.Truncated = true
				break
			}
			recs, err := run(ctx, tx, fmt.Sprintf(neighbours, alt), map[string]any{"frontier": frontier, "seen": seen, "room": room + 1})
			if err != nil {
				return nil, err
			}
			frontier = frontier[:0:0]
			for i, r := range recs {
				if i == room {
					nb.Truncated = true
					break
				}
				n, _ := get(r, "b").(dbtype.Node)
				e := entityFromNode(n)
				nb.Nodes = append(nb.Nodes, ToNode(&e))
				seen = append(seen, e.ID)
				frontier = append(frontier, e.ID)
			}
		}
		recs, err = run(ctx, tx, fmt.Sprintf(edgesAmong, alt), map[string]any{"ids": seen, "evFirst": ev.first(), "evCount": ev.count()})
		if err != nil {
			return nil, err
		}
		nb.Edges = make([]GraphEdge, 0, len(recs))
		var docIDs []string
		for _, r := range recs {
			from, to, t := str(get(r, "from")), str(get(r, "to")), str(get(r, "type"))
			e := GraphEdge{ID: from + "|" + t + "|" + to, Type: RelationType(t), From: from, To: to,
				Date: optStr(get(r, "date")), Evidence: evidenceFromSpans(get(r, "spans")), EvidenceCount: int(num(get(r, "total")))}
			for _, ev := range e.Evidence {
				if !slices.Contains(docIDs, ev.Document) {
					docIDs = append(docIDs, ev.Document)
				}
			}
			nb.Edges = append(nb.Edges, e)
		}
		if len(docIDs) == 0 {
			return nb, nil
		}
		// The documents of the spans, so evidence { document } is answered
		// from the edges.
		recs, err = run(ctx, tx, `MATCH (d:Document) WHERE d.id IN $ids RETURN d`, map[string]any{"ids": docIDs})
		if err != nil {
			return nil, err
		}
		docs := make([]Document, 0, len(recs))
		for _, r := range recs {
			if n, ok := get(r, "d").(dbtype.Node); ok {
				docs = append(docs, documentFromNode(n))
			}
		}
		for i := range nb.Edges {
			nb.Edges[i].Documents = docs
		}
		return nb, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read neighbourhood of %s: %w", id, err)
	}
	return nb, nil
}

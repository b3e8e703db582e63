package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// batchSize is how many rows one UNWIND statement carries: large enough that a
// document is a handful of round trips, small enough to keep each statement's
// memory modest.
const batchSize = 2000

// WriteStats says what one WriteDocument call stored.
type WriteStats struct {
	Entities   int           // entity rows written (merged) for the document
	Relations  int           // fact relationships written (merged) for the document
	References int           // evidence-less reference edges (taxonomy BROADER) written (merged)
	Evidence   int           // evidence spans attached
	Mentions   int           // mention spans attached
	Replaced   int           // earlier Document nodes (same id or same path) whose contributions were removed first
	Duration   time.Duration // wall time of the transaction
}

// WriteDocument stores one document and what was extracted from it, in one
// transaction. It is idempotent: it first removes the contributions of this
// document and of any older version of it (same path, other id), then writes,
// so loading the same file twice changes nothing and a changed file replaces
// its own facts while facts other documents support stay. If any statement
// fails, nothing of the document is left behind.
//
// Entities, mentions and evidence of ext that belong to other documents are
// ignored; every relation's endpoints must be among ext.Entities.
func (s *Store) WriteDocument(ctx context.Context, doc Document, ext Extraction) (WriteStats, error) {
	start := time.Now()
	p, err := plan(doc, ext)
	if err != nil {
		return WriteStats{}, fmt.Errorf("write document %s: %w", doc.Path, err)
	}
	stats, err := writeTx(ctx, s, func(tx neo4j.ManagedTransaction) (WriteStats, error) {
		return s.apply(ctx, tx, p)
	})
	if err != nil {
		return WriteStats{}, fmt.Errorf("write document %s (nothing of it was stored): %w", doc.Path, err)
	}
	stats.Duration = time.Since(start)
	return stats, nil
}

// writePlan is a document's extraction turned into statement parameters,
// validated and grouped before the transaction opens.
type writePlan struct {
	doc       map[string]any
	docID     string
	path      string
	entities  []map[string]any // each row has "type", validated against EntityTypes
	mentions  []map[string]any
	relations []map[string]any // each row has "type", validated against FactTypes
	// references are reference-data edges (BROADER from the taxonomy) with
	// no evidence: stored with source "taxonomy" and no evidence lists.
	references []map[string]any
	evidence   int
	nMentions  int
}

func plan(doc Document, ext Extraction) (writePlan, error) {
	if doc.ID == "" {
		return writePlan{}, errors.New("document has no id (the loader sets it to the sha256 of the file)")
	}
	loaded := doc.LoadedAt
	if loaded.IsZero() {
		loaded = time.Now()
	}
	p := writePlan{
		docID: doc.ID,
		path:  doc.Path,
		doc: map[string]any{
			"id": doc.ID, "title": doc.Title, "path": doc.Path, "language": doc.Language,
			"format": doc.Format, "encoding": doc.Encoding, "size": doc.Size, "loadedAt": loaded.UTC(),
		},
	}
	own := func(d string) bool { return d == "" || d == doc.ID }

	// Entities: the same id may come twice (e.g. merged extractions); fold
	// them so one row per id reaches Neo4j.
	byID := map[string]*Entity{}
	var order []string
	for _, e := range ext.Entities {
		if e.ID == "" {
			return writePlan{}, fmt.Errorf("entity %q has no id", e.Name)
		}
		if !e.Type.Valid() {
			return writePlan{}, fmt.Errorf("entity %s has unknown type %q (want one of %v)", e.ID, e.Type, EntityTypes)
		}
		if prev, ok := byID[e.ID]; ok {
			if prev.Type != e.Type {
				return writePlan{}, fmt.Errorf("entity %s is given two types, %s and %s", e.ID, prev.Type, e.Type)
			}
			mergeEntity(prev, e)
			continue
		}
		c := e
		c.Aliases = slices.Clone(e.Aliases)
		c.Mentions = slices.Clone(e.Mentions)
		byID[e.ID] = &c
		order = append(order, e.ID)
	}
	mentionStarts := map[string][]int64{} // this document's mention offsets per entity
	for _, id := range order {
		e := byID[id]
		p.entities = append(p.entities, map[string]any{
			"id": e.ID, "type": string(e.Type), "name": e.Name, "nameZh": e.NameZh, "abbr": e.Abbr, "aliases": nonNil(e.Aliases),
			"kind": e.Kind, "country": e.Country, "date": e.Date, "endDate": e.EndDate,
			"place": e.Place, "role": e.Role,
		})
		// Every entity of the document gets a MENTIONED_IN edge, even with no
		// span of its own (an endpoint named only through 我國, say): the edge
		// is how removing the document finds everything it contributed.
		seen := map[[2]int]bool{}
		starts, ends := []int64{}, []int64{}
		for _, m := range e.Mentions {
			if !own(m.Document) || seen[[2]int{m.Start, m.End}] {
				continue
			}
			if m.Start < 0 || m.End < m.Start {
				return writePlan{}, fmt.Errorf("entity %s has a mention with bad offsets [%d,%d)", e.ID, m.Start, m.End)
			}
			seen[[2]int{m.Start, m.End}] = true
			starts, ends = append(starts, int64(m.Start)), append(ends, int64(m.End))
		}
		p.nMentions += len(starts)
		mentionStarts[e.ID] = starts
		p.mentions = append(p.mentions, map[string]any{"id": e.ID, "starts": starts, "ends": ends})
	}

	// Relations: one row per (type, from, to); evidence deduplicated by span.
	type key struct {
		t        RelationType
		from, to string
	}
	rows := map[key]map[string]any{}
	var keys []key
	for _, r := range ext.Relations {
		if !r.Type.Valid() {
			return writePlan{}, fmt.Errorf("relation %s->%s has unknown type %q (want one of %v)", r.From, r.To, r.Type, FactTypes)
		}
		for _, id := range []string{r.From, r.To} {
			if _, ok := byID[id]; !ok {
				return writePlan{}, fmt.Errorf("relation %s %s->%s names entity %q that is not among the extraction's entities", r.Type, r.From, r.To, id)
			}
		}
		k := key{r.Type, r.From, r.To}
		row, ok := rows[k]
		if !ok {
			row = map[string]any{"type": string(r.Type), "from": r.From, "to": r.To, "date": r.Date,
				"fact": FactKey(r.Type, r.From, r.To), "starts": []int64{}, "ends": []int64{}, "texts": []string{}, "seen": map[[2]int]bool{}}
			rows[k] = row
			keys = append(keys, k)
		}
		if row["date"] == "" {
			row["date"] = r.Date
		}
		seen := row["seen"].(map[[2]int]bool)
		for _, ev := range r.Evidence {
			if !own(ev.Document) || seen[[2]int{ev.Start, ev.End}] {
				continue
			}
			if ev.Start < 0 || ev.End < ev.Start {
				return writePlan{}, fmt.Errorf("relation %s %s->%s has evidence with bad offsets [%d,%d)", r.Type, r.From, r.To, ev.Start, ev.End)
			}
			seen[[2]int{ev.Start, ev.End}] = true
			row["starts"] = append(row["starts"].([]int64), int64(ev.Start))
			row["ends"] = append(row["ends"].([]int64), int64(ev.End))
			row["texts"] = append(row["texts"].([]string), ev.Text)
		}
	}
	for _, k := range keys {
		row := rows[k]
		delete(row, "seen")
		n := len(row["starts"].([]int64))
		if n == 0 {
			if k.t == Broader {
				// The taxonomy says it, not a sentence: a reference edge.
				p.references = append(p.references, map[string]any{"from": k.from, "to": k.to, "fact": FactKey(k.t, k.from, k.to)})
			}
			continue // a fact with no evidence from this document is not this document's to state
		}
		// Where the fact stands in reading order, for listing the facts of
		// an entity without reading every document's evidence: its first
		// span, and where in that span each end is first named (an
		// enumeration of fifteen signers lists them in the text's order);
		// the span's end when it does not name that end.
		s0, e0 := row["starts"].([]int64)[0], row["ends"].([]int64)[0]
		row["s0"] = s0
		row["pf"] = firstWithin(mentionStarts[k.from], s0, e0)
		row["pt"] = firstWithin(mentionStarts[k.to], s0, e0)
		p.evidence += n
		p.relations = append(p.relations, row)
	}
	return p, nil
}

// firstWithin is the smallest offset of xs in [start, end), else end.
func firstWithin(xs []int64, start, end int64) int64 {
	pos := end
	for _, x := range xs {
		if x >= start && x < pos {
			pos = x
		}
	}
	return pos
}

// mergeEntity folds b into a: non-empty values already in a win, aliases and
// mentions are unioned.
func mergeEntity(a *Entity, b Entity) {
	for _, f := range []struct{ dst, src *string }{
		{&a.Name, &b.Name}, {&a.NameZh, &b.NameZh}, {&a.Abbr, &b.Abbr}, {&a.Kind, &b.Kind},
		{&a.Country, &b.Country}, {&a.Date, &b.Date}, {&a.EndDate, &b.EndDate},
		{&a.Place, &b.Place}, {&a.Role, &b.Role},
	} {
		if *f.dst == "" {
			*f.dst = *f.src
		}
	}
	for _, al := range b.Aliases {
		if !slices.Contains(a.Aliases, al) {
			a.Aliases = append(a.Aliases, al)
		}
	}
	a.Mentions = append(a.Mentions, b.Mentions...)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Cypher of the writer. Labels and relationship types come from row values
// through Cypher 5.26's dynamic $(…) syntax, so one statement writes every
// type (fewer round trips and query plans); plan has checked each value
// against EntityTypes/FactTypes, so no free text becomes a label.
//
// Storage shape: one relationship per fact (from, type, to) carrying only
// its key (fact), date and, for taxonomy edges, source; each document's
// evidence for it is one (:Evidence {fact, doc, starts, ends, texts, date})
// node linked to the document by EVIDENCE_IN. Writing or removing a
// document touches only its own Evidence nodes, so the cost of a write does
// not grow with the number of other documents that state the same fact
// (the earlier shape kept every document's spans in lists on the
// relationship and rewrote them on each write), and traversals still see
// one edge per fact.
const (
	findOldDocs = `
MATCH (d:Document) WHERE d.id = $id OR d.path = $path
RETURN collect(d.id) AS ids`

	// Delete the old documents' Evidence nodes, found from the documents;
	// then for each fact they supported, re-derive its date from the
	// evidence left (lowest document id with a date) and delete the fact if
	// no evidence is left and the taxonomy does not state it.
	removeEvidence = `
MATCH (d:Document)<-[:EVIDENCE_IN]-(ev:Evidence)
WHERE d.id IN $ids
WITH ev, ev.fact AS key, ev.from AS f, ev.type AS ty, ev.to AS t
DETACH DELETE ev
WITH DISTINCT key, f, ty, t
MATCH (:Entity {id: f})-[r:$(ty)]->(:Entity {id: t})
WITH r, key,
     COLLECT { MATCH (x:Evidence {fact: key}) WHERE coalesce(x.date, '') <> '' RETURN x.date ORDER BY x.doc LIMIT 1 } AS dates,
     COLLECT { MATCH (x:Evidence {fact: key}) RETURN x ORDER BY x.doc LIMIT 1 } AS firsts
SET r.date = coalesce(dates[0], ''),
    r.d0 = firsts[0].doc, r.s0 = firsts[0].s0, r.pf = firsts[0].pf, r.pt = firsts[0].pt
WITH r, size(firsts) > 0 AS kept
WITH r WHERE NOT kept AND r.source IS NULL
DELETE r`

	removeMentions = `
MATCH (d:Document)<-[m:MENTIONED_IN]-(:Entity)
WHERE d.id IN $ids
DELETE m`

	// Entities no document mentions any more are gone from the corpus,
	// except a broader technology that a still-mentioned narrower one
	// reaches through BROADER reference edges. DETACH takes the entity's
	// reference edges with it.
	removeOrphans = `
UNWIND $candidates AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(:Document) }
  AND NOT EXISTS { (n:Entity)-[:BROADER*1..8]->(e) WHERE EXISTS { (n)-[:MENTIONED_IN]->(:Document) } }
DETACH DELETE e`

	// The broader ancestors are candidates too: one kept alive only by a
	// narrower entity of these documents must go when that one goes.
	findCandidates = `
MATCH (d:Document)<-[:MENTIONED_IN]-(e:Entity)
WHERE d.id IN $ids
OPTIONAL MATCH (e)-[:BROADER*1..8]->(a:Entity)
WITH collect(DISTINCT e.id) + collect(DISTINCT a.id) AS ids
RETURN [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN ids[..i] | ids[i]] AS ids`

	removeDocs = `
MATCH (d:Document) WHERE d.id IN $ids
DETACH DELETE d`

	writeDoc = `
CREATE (d:Document)
SET d = $doc`

	// Keep the first type label and the first non-empty value of each property:
	// a later document that names an entity more briefly (or types it
	// differently) must not erase what an earlier one gave. Which documents
	// mention the entity is said by its MENTIONED_IN edges only (a list on
	// the node would grow with the corpus and be rewritten on every write).
	writeEntities = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
FOREACH (_ IN CASE WHEN size(labels(e)) = 1 THEN [1] ELSE [] END | SET e:$(row.type))
SET e.name    = CASE WHEN coalesce(e.name, '') = ''    THEN row.name    ELSE e.name END,
    e.nameZh  = CASE WHEN coalesce(e.nameZh, '') = ''  THEN row.nameZh  ELSE e.nameZh END,
    e.abbr    = CASE WHEN coalesce(e.abbr, '') = ''    THEN row.abbr    ELSE e.abbr END,
    e.kind    = CASE WHEN coalesce(e.kind, '') = ''    THEN row.kind    ELSE e.kind END,
    e.country = CASE WHEN coalesce(e.country, '') = '' THEN row.country ELSE e.country END,
    e.date    = CASE WHEN coalesce(e.date, '') = ''    THEN row.date    ELSE e.date END,
    e.endDate = CASE WHEN coalesce(e.endDate, '') = '' THEN row.endDate ELSE e.endDate END,
    e.place   = CASE WHEN coalesce(e.place, '') = ''   THEN row.place   ELSE e.place END,
    e.role    = CASE WHEN coalesce(e.role, '') = ''    THEN row.role    ELSE e.role END,
    e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])]
// The names folded as search folds a query (read_search.go), in the same
// order, so a search compares without folding every name each time.
SET e.folded = [x IN [e.name, e.nameZh, e.abbr] + e.aliases WHERE x IS NOT NULL AND x <> '' | replace(toLower(x), '臺', '台')]`

	writeMentions = `
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CREATE (e)-[:MENTIONED_IN {starts: row.starts, ends: row.ends}]->(d)`

	// The fact is merged (one per from, type, to); this document's evidence
	// is a new node: the removal step above has deleted any earlier one of
	// this document in the same transaction.
	writeRelations = `
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.fact = row.fact,
    r.date = CASE WHEN coalesce(r.date, '') = '' THEN row.date ELSE r.date END
// The fact's place in reading order is its lowest document's first span
// (d0, s0) and where the ends are named in it (pf, pt); see EdgesOf.
FOREACH (_ IN CASE WHEN r.d0 IS NULL OR $docId < r.d0 THEN [1] ELSE [] END |
  SET r.d0 = $docId, r.s0 = row.s0, r.pf = row.pf, r.pt = row.pt)
CREATE (:Evidence {fact: row.fact, from: row.from, type: row.type, to: row.to, doc: $docId,
                   starts: row.starts, ends: row.ends, texts: row.texts, date: row.date,
                   s0: row.s0, pf: row.pf, pt: row.pt})-[:EVIDENCE_IN]->(d)
RETURN count(r) AS n`

	// Reference edges carry source "taxonomy" and no evidence; the evidence
	// removal above keeps them (an edge that is also a fact keeps its source
	// when its last evidence goes), so they leave only with an end node.
	writeReferences = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:BROADER]->(b)
SET r.source = 'taxonomy', r.fact = row.fact
RETURN count(r) AS n`
)

// FactKey is the key that ties a fact relationship to its Evidence nodes.
func FactKey(t RelationType, from, to string) string {
	return from + "|" + string(t) + "|" + to
}

func (s *Store) apply(ctx context.Context, tx neo4j.ManagedTransaction, p writePlan) (WriteStats, error) {
	var stats WriteStats
	batch := 0
	run := func(stage, cypher string, params map[string]any) (*neo4j.Record, error) {
		batch++
		if s.beforeBatch != nil {
			if err := s.beforeBatch(stage, batch); err != nil {
				return nil, fmt.Errorf("%s: %w", stage, err)
			}
		}
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", stage, err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", stage, err)
		}
		if len(recs) == 0 {
			return nil, nil
		}
		return recs[0], nil
	}

	// 1. Remove what this document, or an older version of it, put there.
	rec, err := run("find earlier versions", findOldDocs, map[string]any{"id": p.docID, "path": p.path})
	if err != nil {
		return stats, err
	}
	old, _ := rec.Get("ids")
	if ids, _ := old.([]any); len(ids) > 0 {
		stats.Replaced = len(ids)
		params := map[string]any{"ids": ids}
		rec, err := run("find entities of earlier versions", findCandidates, params)
		if err != nil {
			return stats, err
		}
		cands, _ := rec.Get("ids")
		for _, st := range []struct{ stage, cypher string }{
			{"remove earlier evidence", removeEvidence},
			{"remove earlier mentions", removeMentions},
			{"remove earlier documents", removeDocs},
		} {
			if _, err := run(st.stage, st.cypher, params); err != nil {
				return stats, err
			}
		}
		if _, err := run("remove orphaned entities", removeOrphans, map[string]any{"candidates": cands}); err != nil {
			return stats, err
		}
	}

	// 2. Write the document and its contributions in batches.
	if _, err := run("write document", writeDoc, map[string]any{"doc": p.doc}); err != nil {
		return stats, err
	}
	for chunk := range slices.Chunk(p.entities, batchSize) {
		if _, err := run("write entities", writeEntities, map[string]any{"rows": chunk, "docId": p.docID}); err != nil {
			return stats, err
		}
	}
	stats.Entities = len(p.entities)
	for chunk := range slices.Chunk(p.mentions, batchSize) {
		if _, err := run("write mentions", writeMentions, map[string]any{"rows": chunk, "docId": p.docID}); err != nil {
			return stats, err
		}
	}
	stats.Mentions = p.nMentions
	for chunk := range slices.Chunk(p.relations, batchSize) {
		rec, err := run("write relations", writeRelations, map[string]any{"rows": chunk, "docId": p.docID})
		if err != nil {
			return stats, err
		}
		n, _ := rec.Get("n")
		if got, _ := n.(int64); int(got) != len(chunk) {
			// MATCH of an endpoint found nothing: plan checked the ids, so
			// this means the entity write went wrong; do not commit half.
			return stats, fmt.Errorf("write relations: %d of %d rows found both endpoints", got, len(chunk))
		}
		stats.Relations += len(chunk)
	}
	for chunk := range slices.Chunk(p.references, batchSize) {
		rec, err := run("write reference edges", writeReferences, map[string]any{"rows": chunk})
		if err != nil {
			return stats, err
		}
		if n, _ := rec.Get("n"); int(n.(int64)) != len(chunk) {
			return stats, fmt.Errorf("write reference edges: %d of %d rows found both endpoints", n, len(chunk))
		}
		stats.References += len(chunk)
	}
	stats.Evidence = p.evidence
	return stats, nil
}

// Counts is how many nodes carry each label and how many relationships
// have each type.
type Counts struct {
	Nodes         map[string]int64 `json:"nodes"`
	Relationships map[string]int64 `json:"relationships"`
}

// Counts counts nodes by label and relationships by type.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	c, err := readTx(ctx, s, func(tx neo4j.ManagedTransaction) (Counts, error) {
		c := Counts{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
		for _, q := range []struct {
			cypher string
			into   map[string]int64
		}{
			{"MATCH (n) UNWIND labels(n) AS k RETURN k, count(*) AS n", c.Nodes},
			{"MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n", c.Relationships},
		} {
			res, err := tx.Run(ctx, q.cypher, nil)
			if err != nil {
				return c, err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return c, err
			}
			for _, r := range recs {
				k, _ := r.Get("k")
				n, _ := r.Get("n")
				q.into[k.(string)] = n.(int64)
			}
		}
		return c, nil
	})
	if err != nil {
		return Counts{}, fmt.Errorf("count graph: %w", err)
	}
	return c, nil
}

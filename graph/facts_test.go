package graph_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
)

// telwgDoc is the extraction of one document stating the sentence
// 臺灣與日本、韓國出席APEC TELWG 70會議 (corpus/004's genre): three ATTENDED
// facts. Several documents with different ids state the same facts, as the
// copies of a scale run or reports quoting each other do.
func telwgDoc(t *testing.T, id, date string) (graph.Document, graph.Extraction) {
	t.Helper()
	text := "本次會議於2024年10月舉行。臺灣與日本、韓國出席APEC TELWG 70會議。"
	sent := "臺灣與日本、韓國出席APEC TELWG 70會議"
	i := strings.Index(text, sent)
	s := utf8.RuneCountInString(text[:i])
	ev := []graph.Evidence{{Document: id, Start: s, End: s + utf8.RuneCountInString(sent), Text: sent}}
	m := func(sub string) []graph.Mention {
		j := strings.Index(text, sub)
		st := utf8.RuneCountInString(text[:j])
		return []graph.Mention{{Document: id, Start: st, End: st + utf8.RuneCountInString(sub)}}
	}
	ext := graph.Extraction{
		Entities: []graph.Entity{
			{ID: "country:TW", Type: graph.Country, Name: "Taiwan", NameZh: "臺灣", Mentions: m("臺灣")},
			{ID: "country:JP", Type: graph.Country, Name: "Japan", NameZh: "日本", Mentions: m("日本")},
			{ID: "country:KR", Type: graph.Country, Name: "South Korea", NameZh: "韓國", Mentions: m("韓國")},
			{ID: "meeting:apec-telwg-70", Type: graph.Meeting, Name: "APEC TELWG 70", NameZh: "APEC TELWG 70會議", Mentions: m("APEC TELWG 70會議")},
		},
	}
	for _, c := range []string{"country:TW", "country:JP", "country:KR"} {
		ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Attended, From: c, To: "meeting:apec-telwg-70", Date: date, Evidence: ev})
	}
	return graph.Document{ID: id, Title: id, Path: "reports/" + id + ".txt"}, ext
}

func TestFactsStatedByManyDocumentsReadAsOneEdge(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	// Loaded out of id order: the evidence order must not depend on it.
	for _, d := range []struct{ id, date string }{{"doc-c", "2024-10-28"}, {"doc-a", ""}, {"doc-b", "2024-10-27"}} {
		doc, ext := telwgDoc(t, d.id, d.date)
		write(t, s, doc, ext)
	}
	c := counts(t, s)
	if c.Relationships["ATTENDED"] != 3 || c.Nodes["Evidence"] != 9 || c.Relationships["EVIDENCE_IN"] != 9 {
		t.Errorf("counts = %+v, want 3 ATTENDED facts with 9 evidence nodes (3 per document)", c)
	}

	edges, err := s.EdgesOf(ctx, []string{"meeting:apec-telwg-70"}, graph.EdgeSpec{Types: []graph.RelationType{graph.Attended}, Direction: graph.In, First: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := edges["meeting:apec-telwg-70"]
	if len(got) != 3 {
		t.Fatalf("edges = %d, want 3 (one per fact, not per document)", len(got))
	}
	// Reading order: the sentence names 臺灣, 日本, 韓國 (not id order).
	var order []string
	for _, e := range got {
		order = append(order, e.Node.Base().ID)
	}
	if !slices.Equal(order, []string{"country:TW", "country:JP", "country:KR"}) {
		t.Errorf("attendees in order %v, want the sentence's: TW, JP, KR", order)
	}
	for _, e := range got {
		var docs []string
		for _, ev := range e.Evidence {
			docs = append(docs, ev.Document)
		}
		if !slices.Equal(docs, []string{"doc-a", "doc-b", "doc-c"}) || len(e.Documents) != 3 {
			t.Errorf("%s: evidence documents %v (%d Document nodes), want doc-a, doc-b, doc-c", e.Node.Base().ID, docs, len(e.Documents))
		}
		// The first document loaded with a date gave it.
		if e.Date == nil || *e.Date != "2024-10-28" {
			t.Errorf("%s: date %v, want 2024-10-28", e.Node.Base().ID, e.Date)
		}
	}

	paths, err := s.ShortestPaths(ctx, "country:JP", "country:KR", 4, 10)
	if err != nil || len(paths) != 1 || len(paths[0].Hops[0].Evidence) != 3 {
		t.Errorf("JP→KR paths = %+v, %v; want one path whose hops carry 3 evidence spans", paths, err)
	}
	nb, err := s.NeighborhoodOf(ctx, "meeting:apec-telwg-70", 1, 10, nil)
	if err != nil || len(nb.Nodes) != 4 || len(nb.Edges) != 3 {
		t.Errorf("neighbourhood = %+v, %v; want 4 nodes and 3 edges", nb, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Relations != 3 || st.Documents != 3 {
		t.Errorf("stats = %+v, %v; want 3 facts in 3 documents", st, err)
	}
	x, err := s.Export(ctx)
	if err != nil || len(x.Relations) != 3 || len(x.Relations[0].Evidence) != 3 {
		t.Errorf("export relations = %+v, %v; want 3 facts with 3 evidence spans each", x.Relations, err)
	}

	// doc-c, which gave the date, changes and no longer states the facts:
	// the facts stay (two documents still state them) with doc-b's date.
	doc, ext := telwgDoc(t, "doc-c2", "")
	doc.Path = "reports/doc-c.txt"
	ext.Relations = nil
	write(t, s, doc, ext)
	edges, err = s.EdgesOf(ctx, []string{"meeting:apec-telwg-70"}, graph.EdgeSpec{Types: []graph.RelationType{graph.Attended}, Direction: graph.In, First: 10})
	if err != nil || len(edges["meeting:apec-telwg-70"]) != 3 {
		t.Fatalf("edges after doc-c changed = %v, %v", edges, err)
	}
	for _, e := range edges["meeting:apec-telwg-70"] {
		if len(e.Evidence) != 2 || e.Date == nil || *e.Date != "2024-10-27" {
			t.Errorf("%s after doc-c changed: %d evidence, date %v; want 2 and 2024-10-27", e.Node.Base().ID, len(e.Evidence), e.Date)
		}
	}
	if c := counts(t, s); c.Nodes["Evidence"] != 6 {
		t.Errorf("evidence nodes = %d, want 6", c.Nodes["Evidence"])
	}
}

// TestWriteCostDoesNotGrowWithDocumentsStatingTheFact: the nth document
// stating a fact touches only its own evidence, so a write reads and writes
// the same amount whether 1 or 40 documents stated the fact before.
func TestWriteCostDoesNotGrowWithDocumentsStatingTheFact(t *testing.T) {
	s := neo4jtest.Store(t)
	for i := range 40 {
		doc, ext := telwgDoc(t, fmt.Sprintf("doc-%02d", i), "2024-10")
		write(t, s, doc, ext)
	}
	rows := query(t, s, "MATCH ()-[r:ATTENDED]->() RETURN max(size(keys(r))) AS props, count(r) AS n", nil)
	// key, date and the reading-order position of the first evidence (d0, s0, pf, pt)
	if rows[0]["n"] != int64(3) || rows[0]["props"].(int64) > 6 {
		t.Errorf("facts = %v, want 3 relationships holding only their key, date and reading-order position", rows)
	}
	rows = query(t, s, "MATCH (ev:Evidence) RETURN max(size(ev.texts)) AS spans, count(ev) AS n", nil)
	if rows[0]["n"] != int64(120) || rows[0]["spans"] != int64(1) {
		t.Errorf("evidence = %v, want 120 nodes of one span each", rows)
	}
}

func TestEnsureSchemaRefusesTheOldShape(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	// What the writer before the Evidence nodes stored: the evidence of every
	// document in lists on the fact relationship.
	err := graph.Exec(ctx, s, `CREATE (:Entity:Country {id: 'country:JP'})-[:ATTENDED {docs: ['d'], starts: [0], ends: [3], texts: ['日本出席']}]->(:Entity:Meeting {id: 'meeting:m'})`, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = s.EnsureSchema(ctx)
	if !errors.Is(err, graph.ErrOldShape) || !strings.Contains(err.Error(), "load the documents again") {
		t.Errorf("EnsureSchema on an old database = %v, want ErrOldShape saying how to rebuild", err)
	}
}

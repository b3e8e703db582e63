package graph_test

import (
	"context"
	"maps"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/loader"
)

// BenchmarkLoadCorpus measures writing the corpus's extractions to a real
// Neo4j, one transaction per document as `policygraph load` does: "fresh"
// into an empty database, "reload" over the same documents already stored
// (idempotent: each document first removes what it wrote before). Extraction
// is done once, outside the timer; run with
//
//	go test -run '^$' -bench LoadCorpus -benchtime 5x ./graph/
func BenchmarkLoadCorpus(b *testing.B) {
	ctx := context.Background()
	type doc struct {
		d graph.Document
		x graph.Extraction
	}
	var docs []doc
	p, err := loader.New(loader.Options{})
	if err != nil {
		b.Fatal(err)
	}
	err = p.Run(ctx, []string{filepath.Join("..", "corpus")}, func(r loader.FileResult) error {
		if r.Err != nil {
			return r.Err
		}
		docs = append(docs, doc{r.Document, r.Extraction})
		return nil
	})
	if err != nil || len(docs) == 0 {
		b.Fatalf("extract ../corpus: %d documents, %v", len(docs), err)
	}
	store := neo4jtest.Store(b)
	cfg, err := neo4jtest.Config(ctx)
	if err != nil {
		b.Fatal(err)
	}
	writeAll := func(b *testing.B) {
		for _, d := range docs {
			if _, err := store.WriteDocument(ctx, d.d, d.x); err != nil {
				b.Fatal(err)
			}
		}
	}
	report := func(b *testing.B) {
		n := float64(b.N * len(docs))
		b.ReportMetric(n/b.Elapsed().Seconds(), "docs/s")
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/n, "ms/doc")
		b.ReportMetric(0, "ns/op") // per corpus; docs/s and ms/doc say it better
	}

	b.Run("fresh", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			if err := neo4jtest.Wipe(ctx, cfg); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			writeAll(b)
		}
		report(b)
	})
	b.Run("reload", func(b *testing.B) {
		writeAll(b) // the documents are there before the timed writes
		before, err := store.Counts(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for b.Loop() {
			writeAll(b)
		}
		b.StopTimer()
		after, err := store.Counts(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if !maps.Equal(before.Nodes, after.Nodes) || !maps.Equal(before.Relationships, after.Relationships) {
			b.Errorf("reload changed the graph: %v → %v", before, after)
		}
		report(b)
	})
}

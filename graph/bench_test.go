package graph_test

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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
	// Where a write's time goes: the time from one statement of the writer
	// to the next is charged to the first; the last one of a document also
	// carries the commit. Logged per benchmark, to point at the slow stage.
	stages := map[string]time.Duration{}
	var last string
	var lastAt time.Time
	graph.SetBeforeBatch(store, func(stage string, _ int) error {
		now := time.Now()
		if last != "" {
			stages[last] += now.Sub(lastAt)
		}
		last, lastAt = stage, now
		return nil
	})
	writeAll := func(b *testing.B) {
		for _, d := range docs {
			if _, err := store.WriteDocument(ctx, d.d, d.x); err != nil {
				b.Fatal(err)
			}
			stages[last+" (+ commit)"] += time.Since(lastAt)
			last = ""
		}
	}
	report := func(b *testing.B) {
		n := float64(b.N * len(docs))
		var lines []string
		for st, d := range stages {
			lines = append(lines, fmt.Sprintf("%8.1f ms/doc  %s", float64(d.Microseconds())/1000/n, st))
		}
		slices.Sort(lines)
		b.Logf("time per stage of WriteDocument:\n%s", strings.Join(lines, "\n"))
		clear(stages)
		b.ReportMetric(n/b.Elapsed().Seconds(), "docs/s")
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/n, "ms/doc")
		b.ReportMetric(0, "ns/op") // per corpus; docs/s and ms/doc say it better
	}

	b.Run("fresh", func(b *testing.B) {
		clear(stages)
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
		clear(stages)
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

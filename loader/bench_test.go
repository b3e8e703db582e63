package loader

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/loader/read"
)

// BenchmarkExtract measures extraction throughput over corpus/ (MB/s via
// SetBytes) and allocations per document (-benchmem, divided by the number
// of documents reported as docs/op).
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "*"))
	var docs []read.Document
	size := 0
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		d, err := read.File(context.Background(), f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	if len(docs) == 0 {
		b.Fatal("no corpus documents found in ../corpus")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A fresh pipeline per pass keeps passes identical (it learns names
		// across documents); building it (gazetteer, automaton) is set-up,
		// measured by BenchmarkNewPipeline, not extraction.
		b.StopTimer()
		p, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, d := range docs {
			if _, err := p.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(docs)), "docs/op")
}

// BenchmarkNewPipeline measures the one-off set-up of a run: loading the
// gazetteer and building the name index.
func BenchmarkNewPipeline(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

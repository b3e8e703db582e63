package read_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/loader/normalize"
	"github.com/policygraph/policygraph/loader/read"
	"github.com/policygraph/policygraph/loader/segment"
)

func corpus(b *testing.B) (files []string, size int64) {
	b.Helper()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus under ../../corpus: %v", err)
	}
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	return files, size
}

// BenchmarkInput is the loader's input stages over corpus/: read each file,
// fold it for matching, split it into spans. MB/s is of file bytes.
func BenchmarkInput(b *testing.B) {
	files, size := corpus(b)
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			doc, err := read.File(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			normalize.Fold(doc.Text)
			segment.Split(doc.Text)
		}
	}
	b.ReportMetric(float64(b.N*len(files))/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkRead(b *testing.B) {
	files, size := corpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := read.File(context.Background(), f); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkFold(b *testing.B) {
	files, size := corpus(b)
	var texts []string
	for _, f := range files {
		doc, err := read.File(context.Background(), f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, doc.Text)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			normalize.Fold(t)
		}
	}
}

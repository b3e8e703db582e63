package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
	"github.com/policygraph/policygraph/loader/read"
)

// corpusSeeds are the corpus documents cut into paragraphs and sentences:
// the fuzzer starts from real text of the genre.
func corpusSeeds(f *testing.F) []string {
	f.Helper()
	files, err := filepath.Glob(filepath.Join("..", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no corpus under ../corpus: %v", err)
	}
	var seeds []string
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			if len(para) > 2000 {
				// Long paragraphs seed as their sentences: small inputs
				// mutate better.
				for _, s := range strings.SplitAfter(para, "。") {
					seeds = append(seeds, s)
				}
				continue
			}
			seeds = append(seeds, para)
		}
	}
	return seeds
}

// checkExtraction: offsets of mentions and evidence lie inside the text (in
// code points), evidence text is exactly that slice, relation ends exist.
func checkExtraction(t *testing.T, docID, text string, x graph.Extraction) {
	t.Helper()
	runes := []rune(text)
	n := len(runes)
	ids := map[string]bool{}
	for _, e := range x.Entities {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			if m.Document != docID {
				continue
			}
			if m.Start < 0 || m.End <= m.Start || m.End > n {
				t.Fatalf("entity %s mention [%d,%d) outside text of %d characters", e.ID, m.Start, m.End, n)
			}
		}
	}
	for _, r := range x.Relations {
		if !r.Type.Valid() {
			t.Fatalf("relation type %q", r.Type)
		}
		if !ids[r.From] || !ids[r.To] {
			t.Fatalf("relation %s %s -> %s names an entity not in the extraction", r.Type, r.From, r.To)
		}
		for _, ev := range r.Evidence {
			if ev.Document != docID {
				continue
			}
			if ev.Start < 0 || ev.End <= ev.Start || ev.End > n {
				t.Fatalf("%s evidence [%d,%d) outside text of %d characters", r.Type, ev.Start, ev.End, n)
			}
			if got := string(runes[ev.Start:ev.End]); got != ev.Text {
				t.Fatalf("%s evidence text %q is not the text at [%d,%d): %q", r.Type, ev.Text, ev.Start, ev.End, got)
			}
		}
	}
}

// FuzzExtract runs the extraction stages (normalize, segment, mention,
// resolve, relate) over any text: no panic (Extract turns one into an
// error, which fails here), offsets always inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range corpusSeeds(f) {
		f.Add(s)
	}
	f.Add("包含日本在內，尚有美國、德國、「未閉合（括號等共計15個國家，皆同步完成簽署。\t\n|")
	p, err := loader.New(loader.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // read guarantees UTF-8; FuzzRead covers raw bytes
		}
		doc := read.Document{Document: graph.Document{ID: "fuzz", Path: "fuzz.txt", Title: "fuzz"}, Text: text}
		x, err := p.Extract(context.Background(), doc)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkExtraction(t, "fuzz", text, x)
	})
}

// FuzzRead runs the whole pipeline from a file's bytes: read either fails
// with a typed *read.Error or yields valid UTF-8 that extracts cleanly.
func FuzzRead(f *testing.F) {
	exts := []string{".txt", ".md", ".html", ".docx"}
	for i, s := range corpusSeeds(f) {
		if i%4 == 0 {
			f.Add([]byte(s), uint8(i/4))
		}
	}
	f.Add([]byte("<table><tr><td>數位發展部</td><td>黃彥男</td></tr></table>"), uint8(2))
	f.Add([]byte{0xFF, 0xFE, 0x3D, 0x00}, uint8(0))
	f.Add([]byte{0xB0, 0xEA, 0xAE, 0x61}, uint8(0)) // 國家 in Big5
	p, err := loader.New(loader.Options{})
	if err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		path := filepath.Join(dir, "in"+exts[int(format)%len(exts)])
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := read.Reader{MaxBytes: 1 << 20}.File(context.Background(), path)
		if err != nil {
			var re *read.Error
			if !errors.As(err, &re) {
				t.Fatalf("read failed with an untyped error: %v", err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("read returned invalid UTF-8")
		}
		x, err := p.Extract(context.Background(), doc)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkExtraction(t, doc.ID, doc.Text, x)
	})
}

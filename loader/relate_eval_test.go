package loader

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/read"
	"github.com/policygraph/policygraph/loader/relate"
	"github.com/policygraph/policygraph/loader/resolve"
	"github.com/policygraph/policygraph/loader/segment"
)

// extractWithDocument runs the stages like Extract but relates every
// sentence through relate.Document, which carries the section's meeting and
// the last statement from sentence to sentence.
func extractWithDocument(ctx context.Context, p *Pipeline, doc read.Document) graph.Extraction {
	text := doc.Text
	ms := p.finder.Find(text)
	ms = p.reg.Resolve(resolve.Doc{Country: p.opts.Country, Author: authorOf(text, ms)}, ms)
	ms = mention.Merge(ms, mention.FindNames(text, p.learned()))
	cp := newCodePoints(text)
	var sents []relate.Sentence
	j := 0
	for _, sp := range segment.Split(text) {
		for j < len(ms) && ms[j].Start < sp.Start {
			j++
		}
		k := j
		for k < len(ms) && ms[k].Start < sp.End {
			k++
		}
		var in []mention.Mention
		for _, m := range ms[j:k] {
			if m.End <= sp.End {
				in = append(in, m)
			}
		}
		sents = append(sents, relate.Sentence{Text: text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: in})
	}
	facts := relate.Document(sents, relate.Context{Country: p.opts.Country})
	return graph.Extraction{
		Documents: []graph.Document{doc.Document},
		Entities:  p.entities(doc.ID, ms, cp),
		Relations: relate.Relations(doc.ID, text, facts),
	}
}

// TestRelationEval scores the relations of the corpus against the gold set
// with the shared scorer, and writes the extraction to POLICYGRAPH_EVAL_OUT
// when set (for score.py --misses).
func TestRelationEval(t *testing.T) {
	gold := goldDir(t)
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var xs []graph.Extraction
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "*.txt"))
	for _, f := range files {
		doc, err := read.File(context.Background(), f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		xs = append(xs, extractWithDocument(context.Background(), p, doc))
	}
	x := Merge(xs...)
	out := os.Getenv("POLICYGRAPH_EVAL_OUT")
	if out == "" {
		out = filepath.Join(t.TempDir(), "extraction.json")
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", filepath.Join(gold, "..", "eval", "score.py"), "--gold", gold, "--system", out)
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, res)
	}
	t.Logf("\n%s", res)
}

// TestRelationDebug prints the pipeline's mentions for the sentences that
// contain RELATE_DEBUG — to tell a rule's miss from a mention's.
func TestRelationDebug(t *testing.T) {
	needle := os.Getenv("RELATE_DEBUG")
	if needle == "" {
		t.Skip("set RELATE_DEBUG to a piece of a sentence")
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "*.txt"))
	for _, f := range files {
		doc, err := read.File(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		text := doc.Text
		ms := p.finder.Find(text)
		ms = p.reg.Resolve(resolve.Doc{Country: p.opts.Country, Author: authorOf(text, ms)}, ms)
		ms = mention.Merge(ms, mention.FindNames(text, p.learned()))
		for _, sp := range segment.Split(text) {
			if !strings.Contains(text[sp.Start:sp.End], needle) {
				continue
			}
			t.Logf("SENTENCE %q", text[sp.Start:sp.End])
			for _, m := range ms {
				if m.Start >= sp.Start && m.End <= sp.End {
					t.Logf("  %-12s %-36s %q zh=%q country=%q ref=%q src=%s", m.Type, m.EntityID, m.Surface, m.NameZh, m.Country, m.Ref, m.Source)
				}
			}
		}
	}
}

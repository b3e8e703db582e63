package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/relate"
)

// TestRelationTrace runs the corpus through the pipeline with Options.Trace
// and prints, for the sentences that contain RELATE_TRACE, the context the
// rules saw, the mentions and the facts — to tell a rule's miss from a
// mention's. Without RELATE_TRACE it traces the SBOM signing sentence of
// corpus/000 and checks that its fifteen signer countries come out.
func TestRelationTrace(t *testing.T) {
	needle := os.Getenv("RELATE_TRACE")
	isDefault := needle == ""
	if isDefault {
		needle = "皆同步完成簽署"
	}
	signers := map[string]bool{}
	p, err := New(Options{Trace: func(s relate.Sentence, fs []relate.Fact) {
		if !strings.Contains(s.Text[s.Start:s.End], needle) {
			return
		}
		t.Logf("SENTENCE %q", s.Text[s.Start:s.End])
		t.Logf("  ctx %+v", s.Context)
		for _, m := range s.Mentions {
			t.Logf("  %-12s %-36s %q", m.Type, m.EntityID, m.Surface)
		}
		for _, f := range fs {
			t.Logf("  FACT %-13s %s -> %s", f.Type, f.From, f.To)
			if f.Type == graph.Signed && strings.HasPrefix(f.From, "country:") {
				signers[f.From] = true
			}
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "corpus")
	if d := os.Getenv("RELATE_TRACE_DIR"); d != "" && !isDefault {
		dir = d // e.g. testdata/heldout: trace a document outside the corpus
	}
	err = p.Run(context.Background(), []string{dir}, func(r FileResult) error {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if isDefault && len(signers) < 15 {
		t.Errorf("the SBOM signing sentence gave %d signer countries, want 15: %v", len(signers), signers)
	}
}

package loader

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// entityF1Floor is the overall entity F1 on the seed documents that the
// loader has reached; raise it as extraction improves, never lower it.
const entityF1Floor = 0.91

// relationF1Floor is the overall relation F1 on the seed documents; raise
// it as extraction improves, never lower it. (With gold names as mentions
// the rules alone reach more: see relate/oracle_test.go.)
const relationF1Floor = 0.775

// goldDir finds the shared gold set: POLICYGRAPH_GOLD, else ../shared/gold
// beside the repository.
func goldDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("POLICYGRAPH_GOLD")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "gold")
	}
	if _, err := os.Stat(filepath.Join(dir, "..", "eval", "score.py")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gold set not found at %s (set POLICYGRAPH_GOLD to the shared gold folder): %v", dir, err)
		}
		t.Skipf("gold set not found at %s; set POLICYGRAPH_GOLD", dir)
	}
	return dir
}

// extractCorpus runs the pipeline over corpus/ and merges the results.
func extractCorpus(t testing.TB) graph.Extraction {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var xs []graph.Extraction
	err = p.Run(context.Background(), []string{filepath.Join("..", "corpus")}, func(r FileResult) error {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
			return nil
		}
		xs = append(xs, r.Extraction)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return Merge(xs...)
}

var overallRE = regexp.MustCompile(`entity P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)\s+relation P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)`)

// TestEval scores the corpus extraction with the shared score.py and holds
// the entity and relation floors. POLICYGRAPH_EVAL_OUT keeps the JSON; -v
// prints the table with recall by type; POLICYGRAPH_EVAL_MISSES=N lists
// misses and spurious items.
func TestEval(t *testing.T) {
	gold := goldDir(t)
	s := scoreAgainstGold(t, gold, os.Getenv("POLICYGRAPH_EVAL_OUT"), extractCorpus(t))
	t.Logf("\n%s", s.Report)
	if s.EntityF1 < entityF1Floor {
		t.Errorf("entity F1 %.3f fell below the floor %.3f", s.EntityF1, entityF1Floor)
	}
	if s.RelationF1 < relationF1Floor {
		t.Errorf("relation F1 %.3f fell below the floor %.3f", s.RelationF1, relationF1Floor)
	}
}

package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLines returns the non-empty lines of the sample documents in corpus/.
func corpusLines(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no corpus files under ../../corpus (err %v)", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

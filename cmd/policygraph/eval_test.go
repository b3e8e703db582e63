package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sharedGold is the gold folder eval finds by default (../shared/gold beside
// the repository); tests that score need it, and fail without it under CI.
func sharedGold(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("POLICYGRAPH_GOLD")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "gold")
	}
	if _, err := os.Stat(filepath.Join(dir, "..", "eval", "score.py")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gold set and score.py not found beside %s (set POLICYGRAPH_GOLD): %v", dir, err)
		}
		t.Skipf("SKIPPING: gold set not found at %s; set POLICYGRAPH_GOLD", dir)
	}
	return dir
}

func TestEvalScoresAgainstTheGold(t *testing.T) {
	sharedGold(t)
	file := filepath.Join(corpusDir, "003_d0eeeaae0087a938.txt")
	keep := filepath.Join(t.TempDir(), "out.json")
	code, stdout, stderr := runCLI(t, context.Background(), "eval", "--misses", "3", "--keep", keep, file)
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	row := regexp.MustCompile(`(?m)^003_d0eeeaae0087a938\.txt\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)`).FindStringSubmatch(stdout)
	if row == nil {
		t.Fatalf("no score row for the document:\n%s", stdout)
	}
	// The loader's own eval test holds the quality floor; here the table
	// must be a real score of a real extraction, not zeros.
	if f1, _ := strconv.ParseFloat(row[3], 64); f1 < 0.5 {
		t.Errorf("entity F1 %v for 003: the extraction did not reach score.py intact:\n%s", f1, stdout)
	}
	if !regexp.MustCompile(`entity P=[0-9.]+ R=[0-9.]+ F1=[0-9.]+\s+relation P=`).MatchString(stdout) {
		t.Errorf("no overall line:\n%s", stdout)
	}
	if !strings.Contains(stdout, "missed") && !strings.Contains(stdout, "spurious") {
		t.Errorf("--misses printed no misses:\n%s", stdout)
	}
	if b, err := os.ReadFile(keep); err != nil || !strings.Contains(string(b), `"relations"`) {
		t.Errorf("--keep did not leave the extraction JSON: %v", err)
	}
}

func TestEvalSaysWhatIsMissing(t *testing.T) {
	gold := sharedGold(t)
	// A python3 without PyYAML: eval must say which package to install.
	bin := t.TempDir()
	fake := "#!/bin/sh\nif [ \"$1\" = -c ]; then echo \"ModuleNotFoundError: No module named 'yaml'\" >&2; exit 1; fi\nexit 0\n"
	if err := os.WriteFile(filepath.Join(bin, "python3"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		path string // PATH for the run; "" keeps the real one
		args []string
		want []string
	}{
		{"no gold folder", "", []string{"--gold", filepath.Join(t.TempDir(), "nope")}, []string{"gold folder", "not found", "POLICYGRAPH_GOLD"}},
		{"no score.py", "", []string{"--gold", gold, "--score", filepath.Join(t.TempDir(), "score.py")}, []string{"score.py not found", "--score"}},
		{"no PyYAML", bin, []string{"--gold", gold}, []string{"apt-get install python3-yaml", "No module named 'yaml'"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.path != "" {
				t.Setenv("PATH", tc.path)
			}
			args := append(append([]string{"eval"}, tc.args...), filepath.Join(corpusDir, "003_d0eeeaae0087a938.txt"))
			code, stdout, stderr := runCLI(t, context.Background(), args...)
			if code != 1 {
				t.Errorf("exit %d, want 1; stdout %q", code, stdout)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
	if code, _, stderr := runCLI(t, context.Background(), "eval", "--help"); code != 0 || !strings.Contains(stderr, "POLICYGRAPH_GOLD") || !strings.Contains(stderr, "Examples:") {
		t.Errorf("eval --help: exit %d\n%s", code, stderr)
	}
}

package localneo4j

import (
	"os"
	"path/filepath"
	"testing"
)

func TestParseEnv(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     map[string]string
	}{
		{"scripts/neo4j env output", "export NEO4J_URI=bolt://127.0.0.1:7687\nexport NEO4J_USER=neo4j\nexport NEO4J_PASSWORD=AbC123xyz\nexport NEO4J_DATABASE=neo4j\n",
			map[string]string{"NEO4J_URI": "bolt://127.0.0.1:7687", "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "AbC123xyz", "NEO4J_DATABASE": "neo4j"}},
		{"one line, quoted", `export NEO4J_URI='neo4j+s://x.databases.neo4j.io' NEO4J_PASSWORD="s3cret"`,
			map[string]string{"NEO4J_URI": "neo4j+s://x.databases.neo4j.io", "NEO4J_PASSWORD": "s3cret"}},
		{"comments and blanks", "# local\n\nNEO4J_USER=neo4j\n", map[string]string{"NEO4J_USER": "neo4j"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ParseEnv(tc.in)
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q (all: %v)", k, got[k], v, got)
				}
			}
		})
	}
}

func TestFindRootWalksUpToScriptsNeo4j(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "scripts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "scripts", "neo4j"), []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(root, "cmd", "policygraph")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := FindRoot(deep)
	if err != nil || got != root {
		t.Errorf("FindRoot(%s) = %q, %v; want %q", deep, got, err, root)
	}
	if _, err := FindRoot(t.TempDir()); err == nil {
		t.Errorf("FindRoot outside a repository found one")
	}
}

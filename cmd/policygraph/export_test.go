package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
)

// TestExportWritesWhatWasLoaded loads the SBOM trip report and exports it in
// each format: every fact comes back with evidence that slices the file's
// text, and the three formats agree on the counts.
func TestExportWritesWhatWasLoaded(t *testing.T) {
	store := neo4jtest.Store(t)
	ctx := context.Background()
	file := filepath.Join(corpusDir, "000_d32f25cffe198b36.txt")
	if code, _, stderr := runCLI(t, ctx, append(append([]string{"load"}, neo4jArgs(t)...), file)...); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	st, err := store.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	code, stdout, stderr := runCLI(t, ctx, append([]string{"export"}, neo4jArgs(t)...)...)
	if code != 0 {
		t.Fatalf("export json: exit %d\n%s", code, stderr)
	}
	var x graph.Extraction
	if err := json.Unmarshal([]byte(stdout), &x); err != nil {
		t.Fatalf("export json is not an Extraction: %v", err)
	}
	if len(x.Documents) != 1 || len(x.Entities) != st.Entities || len(x.Relations) != st.Relations {
		t.Fatalf("exported %d documents, %d entities, %d relations; the graph has 1, %d, %d",
			len(x.Documents), len(x.Entities), len(x.Relations), st.Entities, st.Relations)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(string(raw))
	spans, bare, japanSigned := 0, 0, false
	for _, r := range x.Relations {
		if len(r.Evidence) == 0 {
			// BROADER links of the gazetteer's taxonomy are reference data,
			// not stated by a sentence; every other fact has its sentence.
			bare++
			if r.Type != graph.Broader {
				t.Errorf("%s %s→%s exported without evidence", r.Type, r.From, r.To)
			}
		}
		for _, e := range r.Evidence {
			spans++
			if e.Start < 0 || e.End > len(text) || string(text[e.Start:e.End]) != e.Text {
				t.Errorf("%s %s→%s: evidence [%d,%d) does not slice the text to %q", r.Type, r.From, r.To, e.Start, e.End, e.Text)
			}
		}
		if r.Type == graph.Signed && r.From == "country:JP" {
			japanSigned = true
		}
	}
	if !japanSigned {
		t.Error("Japan's SIGNED fact (包含日本在內…皆同步完成簽署) is not in the export")
	}
	mentioned := 0
	for _, e := range x.Entities {
		if len(e.Mentions) > 0 {
			mentioned++
		}
	}
	if mentioned == 0 {
		t.Error("no entity was exported with its mentions")
	}

	dir := t.TempDir()
	for _, f := range []string{"csv", "graphml"} {
		if code, _, stderr := runCLI(t, ctx, append([]string{"export", "--format", f, "--out", dir}, neo4jArgs(t)...)...); code != 0 {
			t.Fatalf("export %s: exit %d\n%s", f, code, stderr)
		}
	}
	nodes, edges := readCSV(t, filepath.Join(dir, "nodes.csv")), readCSV(t, filepath.Join(dir, "edges.csv"))
	if len(nodes)-1 != len(x.Entities) || len(edges)-1 != spans+bare {
		t.Errorf("csv has %d nodes and %d edge rows, want %d entities and %d evidence spans + %d facts without", len(nodes)-1, len(edges)-1, len(x.Entities), spans, bare)
	}
	if got := strings.Join(edges[0], ","); got != "type,from,to,date,document,documentPath,start,end,text" {
		t.Errorf("edges.csv header %q", got)
	}
	if docs := readCSV(t, filepath.Join(dir, "documents.csv")); len(docs) != 2 || docs[1][0] != x.Documents[0].ID {
		t.Errorf("documents.csv = %v", docs)
	}

	var gml struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "policygraph.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, &gml); err != nil {
		t.Fatalf("graphml does not parse: %v", err)
	}
	ids := map[string]bool{}
	for _, n := range gml.Nodes {
		ids[n.ID] = true
	}
	if len(gml.Nodes) != len(x.Entities) || len(gml.Edges) != len(x.Relations) {
		t.Errorf("graphml has %d nodes, %d edges; want %d, %d", len(gml.Nodes), len(gml.Edges), len(x.Entities), len(x.Relations))
	}
	for _, e := range gml.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("graphml edge %s→%s has an end that is not a node", e.Source, e.Target)
		}
		var ev []graph.Evidence
		typ := ""
		for _, d := range e.Data {
			if d.Key == "e_type" {
				typ = d.Value
			}
			if d.Key == "e_evidence" {
				if err := json.Unmarshal([]byte(d.Value), &ev); err != nil {
					t.Errorf("edge %s→%s: evidence attribute is not JSON: %v", e.Source, e.Target, err)
				}
			}
		}
		if len(ev) == 0 && typ != string(graph.Broader) {
			t.Errorf("graphml edge %s→%s has no evidence", e.Source, e.Target)
		}
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestExportRejectsBadCommandLines(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "csv"}, "--out DIR"},
		{[]string{"--format", "xlsx"}, `unknown --format "xlsx"`},
		{[]string{"extra"}, "takes no arguments"},
	} {
		code, _, stderr := runCLI(t, context.Background(), append([]string{"export"}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("export %v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	if code, _, stderr := runCLI(t, context.Background(), "export", "--help"); code != 0 || !strings.Contains(stderr, "graphml") || !strings.Contains(stderr, "NEO4J_URI") {
		t.Errorf("export --help: exit %d\n%s", code, stderr)
	}
}

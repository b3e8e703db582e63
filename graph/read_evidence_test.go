package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
)

// Two real sentences of corpus/ (the SBOM guidance news); every document of
// the test repeats them, as a thousand copies of one report would.
const (
	signTitle = "日本簽署SBOM國際共通指引,強化軟體弱點管理"
	signBody  = "由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引"
	signText  = signTitle + "。" + signBody + "。"
)

// manyDocsStore writes one SIGNED fact stated by docs documents, two spans
// each, written in an order that is neither document nor offset order.
func manyDocsStore(t *testing.T, docs int) *graph.Store {
	t.Helper()
	s := neo4jtest.Store(t)
	span := func(doc, sub string) graph.Evidence {
		i := strings.Index(signText, sub)
		start := utf8.RuneCountInString(signText[:i])
		return graph.Evidence{Document: doc, Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
	}
	for i := range docs {
		// Reverse order of ids, so write order is not reading order.
		id := fmt.Sprintf("%064d", docs-i)
		ext := graph.Extraction{
			Entities: []graph.Entity{
				{ID: "country:JP", Type: graph.Country, Name: "Japan", NameZh: "日本"},
				{ID: "statement:sbom-shared-vision", Type: graph.Statement, Name: "SBOM shared vision", NameZh: "SBOM國際共通指引"},
			},
			Relations: []graph.Relation{{Type: graph.Signed, From: "country:JP", To: "statement:sbom-shared-vision",
				// The later span first: the read must order spans itself.
				Evidence: []graph.Evidence{span(id, signBody), span(id, signTitle)}}},
		}
		if _, err := s.WriteDocument(context.Background(), graph.Document{ID: id, Title: "copy " + id[60:], Path: id + ".txt"}, ext); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestEvidencePaging(t *testing.T) {
	const docs = 30
	s := manyDocsStore(t, docs)
	ctx := context.Background()
	titleStart := 0
	bodyStart := utf8.RuneCountInString(signTitle + "。")
	// Reading order of every span: document id, then offset.
	var all []graph.Evidence
	for i := 1; i <= docs; i++ {
		id := fmt.Sprintf("%064d", i)
		all = append(all,
			graph.Evidence{Document: id, Start: titleStart, End: titleStart + utf8.RuneCountInString(signTitle), Text: signTitle},
			graph.Evidence{Document: id, Start: bodyStart, End: bodyStart + utf8.RuneCountInString(signBody), Text: signBody})
	}
	for _, tc := range []struct {
		name      string
		page      *graph.EvidencePage
		want      []graph.Evidence
		wantCount int
		wantDocs  int
	}{
		{"nil reads every span and the count", nil, all, 2 * docs, docs},
		{"first 3 spans cross a document boundary", &graph.EvidencePage{First: 3, Count: true}, all[:3], 2 * docs, 2},
		{"first 1 without the count", &graph.EvidencePage{First: 1}, all[:1], 0, 1},
		{"none, only the count", &graph.EvidencePage{Count: true}, []graph.Evidence{}, 2 * docs, 0},
		{"more than there are", &graph.EvidencePage{First: 500, Count: true}, all, 2 * docs, docs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := graph.EdgeSpec{Types: []graph.RelationType{graph.Signed}, Direction: graph.In, First: 10, Evidence: tc.page}
			edges, err := s.EdgesOf(ctx, []string{"statement:sbom-shared-vision"}, spec)
			if err != nil {
				t.Fatal(err)
			}
			es := edges["statement:sbom-shared-vision"]
			if len(es) != 1 {
				t.Fatalf("got %d edges, want 1", len(es))
			}
			if !slices.Equal(es[0].Evidence, tc.want) {
				t.Errorf("evidence:\n got %v\nwant %v", es[0].Evidence, tc.want)
			}
			if es[0].EvidenceCount != tc.wantCount {
				t.Errorf("evidence count %d, want %d", es[0].EvidenceCount, tc.wantCount)
			}
			if len(es[0].Documents) != tc.wantDocs {
				t.Errorf("%d documents came along, want %d (only those of the spans returned)", len(es[0].Documents), tc.wantDocs)
			}
			two := 2
			for i, sp := range es[0].FirstEvidence(&two) {
				if sp.Evidence != tc.want[i] || sp.Doc == nil || sp.Doc.ID != sp.Document || sp.Doc.Title != "copy "+sp.Document[60:] {
					t.Errorf("FirstEvidence(2)[%d] = %+v (document %+v), want %+v with its document", i, sp.Evidence, sp.Doc, tc.want[i])
				}
			}

			paths, err := s.ShortestPathsPaged(ctx, "country:JP", "statement:sbom-shared-vision", 2, 1, tc.page)
			if err != nil || len(paths) != 1 || len(paths[0].Hops) != 1 {
				t.Fatalf("paths %v, %v", paths, err)
			}
			if h := paths[0].Hops[0]; !slices.Equal(h.Evidence, tc.want) || h.EvidenceCount != tc.wantCount {
				t.Errorf("path hop evidence %d spans (count %d), want %d (count %d)", len(h.Evidence), h.EvidenceCount, len(tc.want), tc.wantCount)
			}
			nb, err := s.NeighborhoodPaged(ctx, "country:JP", 1, 10, nil, tc.page)
			if err != nil || nb == nil || len(nb.Edges) != 1 {
				t.Fatalf("neighbourhood %v, %v", nb, err)
			}
			if e := nb.Edges[0]; !slices.Equal(e.Evidence, tc.want) || e.EvidenceCount != tc.wantCount {
				t.Errorf("neighbourhood edge evidence %d spans (count %d), want %d (count %d)", len(e.Evidence), e.EvidenceCount, len(tc.want), tc.wantCount)
			}
			// Every read carries the documents of the spans it returns.
			for _, sp := range append(paths[0].Hops[0].FirstEvidence(nil), nb.Edges[0].FirstEvidence(nil)...) {
				if sp.Doc.Title == "" {
					t.Errorf("span %+v came without its document's title", sp.Evidence)
				}
			}
		})
	}
}

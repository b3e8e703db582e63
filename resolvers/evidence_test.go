package resolvers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// TestEvidencePages writes the fixture's METI signing sentence into more
// documents, as copies of one report would state it, and pages its evidence
// through every way the API reaches a fact.
func TestEvidencePages(t *testing.T) {
	srv, store := newServer(t)
	const copies = 4
	sub := "偕同經濟產業省共同代表日本簽署了該份指引"
	for i := range copies {
		id := fmt.Sprintf("%064d", i+1) // sorts before the fixture's document
		evs := evidence(t, sub)
		evs[0].Document = id
		ext := graph.Extraction{
			Entities: []graph.Entity{
				{ID: "agency:jp-meti", Type: graph.Agency, Name: "Ministry of Economy, Trade and Industry", NameZh: "經濟產業省"},
				{ID: "statement:sbom-shared-vision", Type: graph.Statement, Name: "SBOM shared vision", NameZh: "SBOM網路安全之共同願景"},
			},
			Relations: []graph.Relation{{Type: graph.Signed, From: "agency:jp-meti", To: "statement:sbom-shared-vision", Evidence: evs}},
		}
		if _, err := store.WriteDocument(context.Background(), graph.Document{ID: id, Title: fmt.Sprintf("copy %d", i+1), Path: id + ".txt"}, ext); err != nil {
			t.Fatal(err)
		}
	}
	type span struct {
		Start    int
		Document struct{ ID, Title string }
	}
	type edge struct {
		Node          struct{ ID string }
		EvidenceCount int
		Evidence      []span
		All           []span
	}
	var got struct {
		Entity struct {
			Signed  []edge
			Country *edge
		}
		Path []struct {
			Hops []struct {
				EvidenceCount int
				Evidence      []span
			}
		}
		Neighborhood struct {
			Edges []struct {
				ID            string
				EvidenceCount int
				Evidence      []span
			}
		}
	}
	data(t, srv.URL, `{
  entity(id: "agency:jp-meti") { ... on Agency {
    signed { node { id } evidenceCount evidence(first: 2) { start document { id title } } all: evidence { start } }
    country { node { id } evidenceCount evidence(first: 0) { start } }
  } }
  path(from: "agency:jp-meti", to: "statement:sbom-shared-vision", maxHops: 1) { hops { evidenceCount evidence(first: 3) { start document { id } } } }
  neighborhood(id: "agency:jp-meti", types: [SIGNED]) { edges { id evidenceCount evidence(first: 1) { document { id } } } }
}`, nil, &got)
	if len(got.Entity.Signed) != 1 {
		t.Fatalf("signed = %+v, want the SBOM guidance", got.Entity.Signed)
	}
	s := got.Entity.Signed[0]
	if s.EvidenceCount != copies+1 || len(s.Evidence) != 2 || len(s.All) != copies+1 {
		t.Errorf("evidenceCount %d, evidence(first: 2) %d spans, evidence %d spans; want %d, 2, %d", s.EvidenceCount, len(s.Evidence), len(s.All), copies+1, copies+1)
	}
	// Reading order: document id, and the copies' ids sort first.
	for i, ev := range s.Evidence {
		if want := fmt.Sprintf("%064d", i+1); ev.Document.ID != want || ev.Document.Title != fmt.Sprintf("copy %d", i+1) {
			t.Errorf("evidence[%d] in %s %q, want %s", i, ev.Document.ID, ev.Document.Title, want)
		}
	}
	if c := got.Entity.Country; c == nil || c.Node.ID != "country:JP" || c.EvidenceCount != 1 || len(c.Evidence) != 0 {
		t.Errorf("country = %+v, want country:JP with 1 span counted and none listed", c)
	}
	if len(got.Path) != 1 || len(got.Path[0].Hops) != 1 || got.Path[0].Hops[0].EvidenceCount != copies+1 || len(got.Path[0].Hops[0].Evidence) != 3 {
		t.Errorf("path = %+v, want one hop with %d spans counted and 3 listed", got.Path, copies+1)
	}
	if es := got.Neighborhood.Edges; len(es) != 1 || es[0].EvidenceCount != copies+1 || len(es[0].Evidence) != 1 || es[0].Evidence[0].Document.ID != fmt.Sprintf("%064d", 1) {
		t.Errorf("neighbourhood edges = %+v, want one with %d spans counted and the first listed", es, copies+1)
	}

	// A page larger than the cap is an error that names the cap.
	res, _ := post(t, srv.URL, `{ entity(id: "agency:jp-meti") { ... on Agency { signed { evidence(first: 501) { start } } } } }`, nil)
	if len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, "evidence: first must be between 0 and 500") {
		t.Errorf("evidence(first: 501) errors = %+v, want the cap named", res.Errors)
	}
}

package resolvers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/resolvers"
)

// TestNestedListsAreBatched: 50 statements × their signatories × each
// signatory's country × each fact's evidence document is a fixed handful of
// Cypher statements, not one per parent.
func TestNestedListsAreBatched(t *testing.T) {
	store := neo4jtest.Store(t)
	ev := func(sub string) []graph.Evidence {
		s, e := span(t, sub, 0)
		return []graph.Evidence{{Document: fixtureDocID, Start: s, End: e, Text: sub}}
	}
	var ext graph.Extraction
	for i := range 10 {
		c := signers[i]
		ext.Entities = append(ext.Entities,
			graph.Entity{ID: "country:" + c.code, Type: graph.Country, Name: c.en, NameZh: c.zh},
			graph.Entity{ID: fmt.Sprintf("agency:cyber-%d", i), Type: graph.Agency, Name: c.en + " cybersecurity agency", NameZh: c.zh + "網路安全部門"})
		ext.Relations = append(ext.Relations, graph.Relation{Type: graph.PartOf, From: fmt.Sprintf("agency:cyber-%d", i), To: "country:" + c.code, Evidence: ev("15個國家的網路安全部門")})
	}
	for i := range 50 {
		id := fmt.Sprintf("statement:guidance-%02d", i)
		ext.Entities = append(ext.Entities, graph.Entity{ID: id, Type: graph.Statement, Name: fmt.Sprintf("Guidance %d", i), Kind: "guidance"})
		for j := range 3 {
			ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Signed, From: fmt.Sprintf("agency:cyber-%d", (i+j)%10), To: id, Evidence: ev("皆同步完成簽署")})
		}
	}
	doc := graph.Document{ID: fixtureDocID, Title: "fixture", Path: "fixture.txt"}
	if _, err := store.WriteDocument(context.Background(), doc, ext); err != nil {
		t.Fatal(err)
	}
	var trips atomic.Int64
	h := resolvers.NewHandler(store, resolvers.Options{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(graph.CountRoundTrips(r.Context(), &trips)))
	}))
	defer srv.Close()

	var got struct {
		Statements struct {
			Nodes []struct {
				Signatories []struct {
					Node struct {
						Country struct{ Node struct{ ID string } }
					}
					Evidence []struct{ Document struct{ Title string } }
				}
			}
		}
	}
	data(t, srv.URL, `{ statements(first: 50) { nodes { id signatories { node { id ... on Agency { country { node { id name } } } }
	  evidence { text document { title } } } } } }`, nil, &got)
	if n := len(got.Statements.Nodes); n != 50 {
		t.Fatalf("got %d statements, want 50", n)
	}
	countries := 0
	for _, s := range got.Statements.Nodes {
		if len(s.Signatories) != 3 {
			t.Fatalf("statement has %d signatories, want 3", len(s.Signatories))
		}
		for _, sig := range s.Signatories {
			if sig.Node.Country.Node.ID != "" && sig.Evidence[0].Document.Title == "fixture" {
				countries++
			}
		}
	}
	if countries != 150 {
		t.Errorf("%d of 150 signatories came with country and evidence document", countries)
	}
	// list + signatories (their evidence documents come along) + countries
	// = 3; three spare for batches split by a busy scheduler (a loader waits
	// 2 ms for siblings; on a loaded 2-core machine some of 150 sibling
	// goroutines start later). Unbatched it would be 1 + 50 + 150 + 150.
	if n := trips.Load(); n > 6 {
		t.Errorf("query took %d Cypher round trips, want at most 6", n)
	} else {
		t.Logf("50 statements × 3 signatories × country × evidence document: %d round trips", n)
	}
}

package graph_test

import (
	"context"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
)

// A real sentence of corpus/004_3405970d335d7349.txt's genre (APEC TELWG
// report) and corpus/001 (數位發展部 units), with hand-written facts.
const (
	readText  = "數位發展部數位產業署(Administration for Digital Industries, ADI)及資通安全署皆為數位發展部所屬機關。臺灣與日本、韓國出席APEC TELWG 70會議。"
	readDocID = "0000000000000000000000000000000000000000000000000000000000000004"
)

func at(t *testing.T, sub string) []graph.Evidence {
	t.Helper()
	i := strings.Index(readText, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	s := utf8.RuneCountInString(readText[:i])
	return []graph.Evidence{{Document: readDocID, Start: s, End: s + utf8.RuneCountInString(sub), Text: sub}}
}

func readStore(t *testing.T) *graph.Store {
	t.Helper()
	s := neo4jtest.Store(t)
	units := "數位發展部數位產業署(Administration for Digital Industries, ADI)及資通安全署皆為數位發展部所屬機關"
	attend := "臺灣與日本、韓國出席APEC TELWG 70會議"
	ext := graph.Extraction{
		Entities: []graph.Entity{
			{ID: "agency:tw-moda", Type: graph.Agency, Name: "Ministry of Digital Affairs", NameZh: "數位發展部", Abbr: "MODA", Country: "country:TW"},
			{ID: "agency:tw-adi", Type: graph.Agency, Name: "Administration for Digital Industries", NameZh: "數位發展部數位產業署", Abbr: "ADI"},
			{ID: "agency:tw-acs", Type: graph.Agency, Name: "Administration for Cyber Security", NameZh: "資通安全署"},
			{ID: "country:TW", Type: graph.Country, Name: "Taiwan", NameZh: "臺灣", Aliases: []string{"我國", "台灣"}},
			{ID: "country:JP", Type: graph.Country, Name: "Japan", NameZh: "日本"},
			{ID: "country:KR", Type: graph.Country, Name: "South Korea", NameZh: "韓國"},
			{ID: "meeting:apec-telwg-70", Type: graph.Meeting, Name: "APEC TELWG 70", NameZh: "APEC TELWG 70會議", Date: "2024-10"},
		},
		Relations: []graph.Relation{
			{Type: graph.PartOf, From: "agency:tw-adi", To: "agency:tw-moda", Evidence: at(t, units)},
			{Type: graph.PartOf, From: "agency:tw-acs", To: "agency:tw-moda", Evidence: at(t, units)},
			{Type: graph.Attended, From: "country:TW", To: "meeting:apec-telwg-70", Evidence: at(t, attend)},
			{Type: graph.Attended, From: "country:JP", To: "meeting:apec-telwg-70", Evidence: at(t, attend)},
			{Type: graph.Attended, From: "country:KR", To: "meeting:apec-telwg-70", Evidence: at(t, attend)},
		},
	}
	if _, err := s.WriteDocument(context.Background(), graph.Document{ID: readDocID, Title: "t", Path: "t.txt"}, ext); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReads(t *testing.T) {
	s := readStore(t)
	ctx := context.Background()

	t.Run("search", func(t *testing.T) {
		for _, tc := range []struct {
			text  string
			types []graph.EntityType
			want  []string
		}{
			{"數位發展部", nil, []string{"agency:tw-moda", "agency:tw-adi"}}, // exact before prefix
			{"台灣", nil, []string{"country:TW"}},                         // alias, 臺/台 folded
			{"臺灣", nil, []string{"country:TW"}},
			{"adi", nil, []string{"agency:tw-adi"}},
			{"telwg 70", []graph.EntityType{graph.Meeting}, []string{"meeting:apec-telwg-70"}},
			{"telwg", []graph.EntityType{graph.Country}, nil},
			{"發展", nil, []string{"agency:tw-moda", "agency:tw-adi"}}, // a Chinese substring
			{"digital indus", nil, []string{"agency:tw-adi"}},        // a word prefix
			{`ADI) OR name:*`, nil, nil},                             // Lucene syntax is only text
			{"數", nil, []string{"agency:tw-moda", "agency:tw-adi"}},  // one character: the scan
		} {
			// The scan (small graphs) and the full-text index (large ones)
			// give the same answers to these.
			for _, scanMax := range []int{graph.DefaultSearchScanMax, -1} {
				hits, err := s.SearchWith(ctx, graph.SearchQuery{Text: tc.text, Types: tc.types, First: 10, ScanMax: scanMax})
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, h := range hits {
					got = append(got, h.Node.Base().ID)
				}
				if !slices.Equal(got, tc.want) {
					t.Errorf("Search(%q, scanMax %d) = %v, want %v", tc.text, scanMax, got, tc.want)
				}
			}
		}
	})

	t.Run("edges in one round trip", func(t *testing.T) {
		var n atomic.Int64
		edges, err := s.EdgesOf(graph.CountRoundTrips(ctx, &n), []string{"agency:tw-moda", "meeting:apec-telwg-70", "nope"},
			graph.EdgeSpec{Types: []graph.RelationType{graph.PartOf, graph.Attended}, Direction: graph.In, First: 10})
		if err != nil {
			t.Fatal(err)
		}
		ids := func(es []graph.Edge) (out []string) {
			for _, e := range es {
				out = append(out, e.Node.Base().ID)
				if e.Direction != graph.In || len(e.Evidence) != 1 {
					t.Errorf("edge %+v: want direction IN and one evidence", e)
				}
			}
			return out
		}
		if got := ids(edges["agency:tw-moda"]); !slices.Equal(got, []string{"agency:tw-acs", "agency:tw-adi"}) { // same sentence, no mentions: id order
			t.Errorf("units = %v", got)
		}
		// Reading order of the enumeration 臺灣與日本、韓國 needs mentions;
		// without them, id order within the same sentence.
		if got := ids(edges["meeting:apec-telwg-70"]); len(got) != 3 {
			t.Errorf("attendees = %v, want 3", got)
		}
		if len(edges["nope"]) != 0 || n.Load() != 1 {
			t.Errorf("unknown id: %v; round trips %d, want 1", edges["nope"], n.Load())
		}
	})

	t.Run("list pages", func(t *testing.T) {
		p, err := s.ListEntities(ctx, graph.ListFilter{Type: graph.Country, First: 2})
		if err != nil {
			t.Fatal(err)
		}
		if p.TotalCount != 3 || !p.HasNextPage || len(p.Items) != 2 || p.Items[1].ID != "country:KR" {
			t.Fatalf("page 1 = %+v", p)
		}
		p, err = s.ListEntities(ctx, graph.ListFilter{Type: graph.Country, First: 2, After: "country:KR"})
		if err != nil || p.HasNextPage || len(p.Items) != 1 || p.Items[0].ID != "country:TW" {
			t.Fatalf("page 2 = %+v, %v", p, err)
		}
		p, err = s.ListEntities(ctx, graph.ListFilter{Type: graph.Agency, Country: "country:TW", First: 10})
		if err != nil || len(p.Items) != 1 || p.Items[0].ID != "agency:tw-moda" {
			t.Fatalf("agencies of TW = %+v, %v", p, err)
		}
		p, err = s.ListEntities(ctx, graph.ListFilter{Type: graph.Meeting, From: "2024", To: "2024-10-31", Attendee: "country:JP", First: 10})
		if err != nil || len(p.Items) != 1 {
			t.Fatalf("meetings in 2024 attended by JP = %+v, %v", p, err)
		}
	})

	t.Run("paths", func(t *testing.T) {
		paths, err := s.ShortestPaths(ctx, "country:JP", "country:KR", 4, 10)
		if err != nil || len(paths) != 1 || paths[0].Length != 2 || paths[0].Nodes[1].Base().ID != "meeting:apec-telwg-70" {
			t.Fatalf("JP→KR = %+v, %v", paths, err)
		}
		if h := paths[0].Hops[1]; h.From.Base().ID != "country:KR" || h.Type != graph.Attended || h.Evidence[0].Text == "" {
			t.Errorf("hop 2 keeps the stored direction and evidence: %+v", h)
		}
		if paths, _ := s.ShortestPaths(ctx, "country:JP", "agency:tw-adi", 4, 10); len(paths) != 0 {
			t.Errorf("no path JP→ADI expected, got %+v", paths)
		}
	})

	t.Run("stats", func(t *testing.T) {
		st, err := s.Stats(ctx)
		if err != nil || st.Entities != 7 || st.Relations != 5 || st.Documents != 1 || st.LastLoadedAt == nil {
			t.Fatalf("stats = %+v, %v", st, err)
		}
	})
}

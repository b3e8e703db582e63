package resolvers_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/resolvers"
)

// A real sentence of corpus/004_3405970d335d7349.txt. The fixture states that
// the declaration China signed ADDRESSES generative AI (chosen to exercise
// the closure), and adds the taxonomy as the loader's taxonomy step does:
// generative AI -BROADER-> AI with no evidence, AI without mentions.
const genAISentence = "於國際合作方面,中國提出「全球人工智慧治理倡議」,並簽署「包容與永續 AI 倡議聲明」,主張打造開放、包容、透明、道德、安全且值得信賴的全球 AI 治理機制,以促進 AI 技術真正造福全人類與地球永續發展。"

func genAIServer(t *testing.T) string {
	t.Helper()
	const docID = "3405970d335d73493405970d335d73493405970d335d73493405970d335d7349"
	at := func(sub string) (int, int) {
		i := strings.Index(genAISentence, sub)
		if i < 0 {
			t.Fatalf("%q not in sentence", sub)
		}
		s := utf8.RuneCountInString(genAISentence[:i])
		return s, s + utf8.RuneCountInString(sub)
	}
	ev := func(sub string) []graph.Evidence {
		s, e := at(sub)
		return []graph.Evidence{{Document: docID, Start: s, End: e, Text: sub}}
	}
	men := func(sub string) []graph.Mention {
		s, e := at(sub)
		return []graph.Mention{{Document: docID, Start: s, End: e}}
	}
	ext := graph.Extraction{
		Entities: []graph.Entity{
			{ID: "country:CN", Type: graph.Country, Name: "China", NameZh: "中國", Aliases: []string{}, Mentions: men("中國")},
			{ID: "statement:inclusive-sustainable-ai", Type: graph.Statement, Name: "包容與永續 AI 倡議聲明", NameZh: "包容與永續 AI 倡議聲明",
				Kind: "declaration", Aliases: []string{}, Mentions: men("包容與永續 AI 倡議聲明")},
			{ID: "technology:generative-ai", Type: graph.Technology, Name: "generative AI", NameZh: "生成式AI", Aliases: []string{}},
			{ID: "technology:ai", Type: graph.Technology, Name: "artificial intelligence", NameZh: "人工智慧", Abbr: "AI", Aliases: []string{}},
		},
		Relations: []graph.Relation{
			{Type: graph.Signed, From: "country:CN", To: "statement:inclusive-sustainable-ai", Evidence: ev("中國提出「全球人工智慧治理倡議」,並簽署「包容與永續 AI 倡議聲明」")},
			{Type: graph.Addresses, From: "statement:inclusive-sustainable-ai", To: "technology:generative-ai", Evidence: ev(genAISentence)},
			{Type: graph.Broader, From: "technology:generative-ai", To: "technology:ai"},
		},
	}
	store := neo4jtest.Store(t)
	doc := graph.Document{ID: docID, Title: "APEC TELWG 70", Path: "corpus/004_3405970d335d7349.txt", Language: "zh-Hant", Format: "txt"}
	if _, err := store.WriteDocument(context.Background(), doc, ext); err != nil {
		t.Fatalf("write fixture: %v", err)
	}
	srv := httptest.NewServer(resolvers.NewHandler(store, resolvers.Options{Timeout: time.Minute}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestBroadTechnologyIncludesNarrowerThroughTaxonomyEdges(t *testing.T) {
	url := genAIServer(t)
	for _, term := range []string{"AI", "人工智慧", "technology:ai", "generative AI"} {
		t.Run("signatories "+term, func(t *testing.T) {
			var got struct {
				Signatories []struct {
					ID          string
					Signatories []struct{ Node struct{ ID string } }
				}
			}
			data(t, url, `query($t: String) { signatories(technology: $t) { id signatories { node { id } } } }`, map[string]any{"t": term}, &got)
			if len(got.Signatories) != 1 || got.Signatories[0].ID != "statement:inclusive-sustainable-ai" ||
				len(got.Signatories[0].Signatories) != 1 || got.Signatories[0].Signatories[0].Node.ID != "country:CN" {
				t.Errorf("signatories(technology: %q) = %+v, want the declaration signed by country:CN", term, got.Signatories)
			}
		})
	}
	t.Run("narrower and broader carry no evidence", func(t *testing.T) {
		var got struct {
			AI struct {
				Narrower []struct {
					Node     struct{ ID string }
					Evidence []any
				}
			} `json:"ai"`
			Gen struct {
				Broader []struct {
					Node     struct{ ID string }
					Evidence []any
				}
			} `json:"gen"`
		}
		data(t, url, `{ ai: entity(id: "technology:ai") { ... on Technology { narrower { node { id } evidence { text } } } }
			gen: entity(id: "technology:generative-ai") { ... on Technology { broader { node { id } evidence { text } } } } }`, nil, &got)
		if n := got.AI.Narrower; len(n) != 1 || n[0].Node.ID != "technology:generative-ai" || n[0].Evidence == nil || len(n[0].Evidence) != 0 {
			t.Errorf("AI.narrower = %+v, want generative AI with evidence []", n)
		}
		if b := got.Gen.Broader; len(b) != 1 || b[0].Node.ID != "technology:ai" || len(b[0].Evidence) != 0 {
			t.Errorf("generative AI.broader = %+v, want AI with evidence []", b)
		}
	})
	t.Run("a narrower term does not include the broader", func(t *testing.T) {
		var got struct{ Signatories []struct{ ID string } }
		data(t, url, `{ signatories(technology: "SBOM") { id } }`, nil, &got)
		if ids := got.Signatories; len(ids) != 0 {
			t.Errorf("signatories(SBOM) = %v, want none", ids)
		}
	})
}

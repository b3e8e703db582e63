package loader

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// Sentences of corpus/ that name narrow technologies: each must come out
// with its gazetteer ancestors (no mentions) and evidence-less BROADER edges.
func TestExtractAddsTaxonomyAncestors(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		broader [][2]string // child → parent edges that must be there
	}{
		{"SBOM under cybersecurity", "由美國網路安全暨基礎設施安全局(CISA)發布《SBOM網路安全之共同願景》",
			[][2]string{{"technology:sbom", "technology:cybersecurity"}}},
		{"LLM under generative AI under AI", "大型語言模型(LLM)與生成式AI的發展帶來新的治理挑戰",
			[][2]string{{"technology:llm", "technology:generative-ai"}, {"technology:generative-ai", "technology:ai"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractText(t, tc.text)
			ents := map[string]graph.Entity{}
			for _, e := range x.Entities {
				ents[e.ID] = e
			}
			edges := map[[2]string]graph.Relation{}
			for _, r := range x.Relations {
				if r.Type == graph.Broader {
					if _, dup := edges[[2]string{r.From, r.To}]; dup {
						t.Errorf("BROADER %s→%s twice", r.From, r.To)
					}
					edges[[2]string{r.From, r.To}] = r
				}
			}
			for _, want := range tc.broader {
				r, ok := edges[want]
				if !ok {
					t.Errorf("no BROADER %s→%s; got %v", want[0], want[1], edges)
					continue
				}
				if len(r.Evidence) != 0 {
					t.Errorf("BROADER %s→%s has evidence %v, want none (a taxonomy fact)", want[0], want[1], r.Evidence)
				}
				if _, ok := ents[want[1]]; !ok {
					t.Errorf("parent %s is not an entity of the extraction", want[1])
				}
			}
		})
	}
}

func TestTaxonomyAncestorsHaveNoMentionsAndNamesFromGazetteer(t *testing.T) {
	x := extractText(t, "包含SBOM在內")
	for _, e := range x.Entities {
		if e.ID != "technology:cybersecurity" {
			continue
		}
		if len(e.Mentions) != 0 {
			t.Errorf("ancestor has mentions %v, want none (the text does not name it)", e.Mentions)
		}
		if e.Type != graph.Technology || e.NameZh != "網路安全" || e.Name != "cybersecurity" {
			t.Errorf("ancestor = %+v, want the gazetteer's cybersecurity", e)
		}
		return
	}
	t.Fatalf("technology:cybersecurity missing from %v", x.Entities)
}

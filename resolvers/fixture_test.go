package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
	"github.com/policygraph/policygraph/resolvers"
)

// Two real sentences of corpus/000_d32f25cffe198b36.txt, with the facts they
// state written by hand (the loader's quality is tested elsewhere; here the
// API's shape is).
const (
	sbomSentence = "於2025年9月3日,由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國、法國、義大利、荷蘭、加拿大、澳洲、紐西蘭、印度、新加坡、韓國、波蘭、捷克、斯洛伐克等共計15個國家的網路安全部門,皆同步完成簽署。"
	ttcSentence  = "歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC) 2024年4月4日至5日在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明,雙方針對數位轉型所帶來的機遇與挑戰,同意在新興技術和數位環境等面向促進雙邊貿易和投資、進行經濟安全合作,並捍衛人權價值。"
	fixtureText  = ttcSentence + "\n" + sbomSentence
	fixtureDocID = "d32f25cffe198b36d32f25cffe198b36d32f25cffe198b36d32f25cffe198b36"
)

// signers are the 15 countries of sbomSentence, in the order it names them.
var signers = []struct{ code, zh, en string }{
	{"JP", "日本", "Japan"}, {"US", "美國", "United States"}, {"DE", "德國", "Germany"}, {"FR", "法國", "France"},
	{"IT", "義大利", "Italy"}, {"NL", "荷蘭", "Netherlands"}, {"CA", "加拿大", "Canada"}, {"AU", "澳洲", "Australia"},
	{"NZ", "紐西蘭", "New Zealand"}, {"IN", "印度", "India"}, {"SG", "新加坡", "Singapore"}, {"KR", "韓國", "South Korea"},
	{"PL", "波蘭", "Poland"}, {"CZ", "捷克", "Czechia"}, {"SK", "斯洛伐克", "Slovakia"},
}

// span is the [start,end) code-point span of the first sub at or after from.
func span(t testing.TB, sub string, fromRune int) (int, int) {
	t.Helper()
	runes := []rune(fixtureText)
	i := strings.Index(string(runes[fromRune:]), sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", sub)
	}
	start := fromRune + utf8.RuneCountInString(string(runes[fromRune:])[:i])
	return start, start + utf8.RuneCountInString(sub)
}

// find is span without failing: ok is false when sub does not occur.
func find(sub string, fromRune int) (int, int, bool) {
	runes := []rune(fixtureText)
	i := strings.Index(string(runes[fromRune:]), sub)
	if i < 0 {
		return 0, 0, false
	}
	start := fromRune + utf8.RuneCountInString(string(runes[fromRune:])[:i])
	return start, start + utf8.RuneCountInString(sub), true
}

func evidence(t testing.TB, sub string) []graph.Evidence {
	s, e := span(t, sub, 0)
	return []graph.Evidence{{Document: fixtureDocID, Start: s, End: e, Text: sub}}
}

func fixture(t testing.TB) graph.Extraction {
	t.Helper()
	ent := func(id string, typ graph.EntityType, name, zh string, mod func(*graph.Entity)) graph.Entity {
		e := graph.Entity{ID: id, Type: typ, Name: name, NameZh: zh, Aliases: []string{}}
		if s, end := span(t, zh, 0); s >= 0 {
			e.Mentions = []graph.Mention{{Document: fixtureDocID, Start: s, End: end}}
		}
		if mod != nil {
			mod(&e)
		}
		return e
	}
	ext := graph.Extraction{
		Entities: []graph.Entity{
			ent("organization:ttc", graph.Organization, "EU-U.S. Trade and Technology Council", "歐美貿易與技術理事會", func(e *graph.Entity) { e.Abbr = "TTC"; e.Kind = "intergovernmental" }),
			ent("meeting:ttc-6", graph.Meeting, "6th TTC Ministerial Meeting", "第6屆部長會議", func(e *graph.Entity) {
				e.Date, e.EndDate, e.Place, e.Kind = "2024-04-04", "2024-04-05", "魯汶", "ministerial"
			}),
			ent("country:BE", graph.Country, "Belgium", "比利時", nil),
			ent("agency:jp-nco", graph.Agency, "National Cybersecurity Office", "內閣官房網路安全統括室", func(e *graph.Entity) { e.Country = "JP"; e.Kind = "office" }),
			ent("agency:jp-meti", graph.Agency, "Ministry of Economy, Trade and Industry", "經濟產業省", func(e *graph.Entity) { e.Country = "country:JP"; e.Abbr = "METI" }),
			ent("statement:sbom-shared-vision", graph.Statement, "A Shared Vision of Software Bill of Materials (SBOM) for Cybersecurity", "該份指引", func(e *graph.Entity) {
				e.NameZh, e.Kind, e.Date, e.Aliases = "SBOM網路安全之共同願景", "guidance", "2025-09-03", []string{"該份指引"}
			}),
			ent("technology:cybersecurity", graph.Technology, "Cybersecurity", "網路安全", nil),
			{ID: "technology:sbom", Type: graph.Technology, Name: "Software Bill of Materials", NameZh: "軟體物料清單", Abbr: "SBOM", Aliases: []string{}},
		},
	}
	signed := "偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國、法國、義大利、荷蘭、加拿大、澳洲、紐西蘭、印度、新加坡、韓國、波蘭、捷克、斯洛伐克等共計15個國家的網路安全部門,皆同步完成簽署"
	sbomStart, _ := span(t, sbomSentence, 0)
	for _, c := range signers {
		e := graph.Entity{ID: "country:" + c.code, Type: graph.Country, Name: c.en, NameZh: c.zh, Aliases: []string{}}
		for from := sbomStart; ; {
			s, end, ok := find(c.zh, from)
			if !ok {
				break
			}
			e.Mentions = append(e.Mentions, graph.Mention{Document: fixtureDocID, Start: s, End: end})
			from = end
		}
		ext.Entities = append(ext.Entities, e)
		ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Signed, From: e.ID, To: "statement:sbom-shared-vision", Date: "2025-09-03", Evidence: evidence(t, signed)})
	}
	rel := func(typ graph.RelationType, from, to, date, sub string) {
		ext.Relations = append(ext.Relations, graph.Relation{Type: typ, From: from, To: to, Date: date, Evidence: evidence(t, sub)})
	}
	rel(graph.Signed, "agency:jp-nco", "statement:sbom-shared-vision", "2025-09-03", "由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引")
	rel(graph.Signed, "agency:jp-meti", "statement:sbom-shared-vision", "2025-09-03", "偕同經濟產業省共同代表日本簽署了該份指引")
	rel(graph.PartOf, "agency:jp-meti", "country:JP", "", "經濟產業省共同代表日本")
	rel(graph.Addresses, "statement:sbom-shared-vision", "technology:sbom", "", sbomSentence)
	rel(graph.Broader, "technology:sbom", "technology:cybersecurity", "", "網路安全")
	rel(graph.HeldIn, "meeting:ttc-6", "country:BE", "2024-04-04", "2024年4月4日至5日在比利時魯汶舉行第6屆部長會議")
	rel(graph.Hosted, "organization:ttc", "meeting:ttc-6", "2024-04-04", ttcSentence)
	rel(graph.Attended, "country:US", "meeting:ttc-6", "2024-04-04", ttcSentence)
	return ext
}

// newServer writes the fixture into a clean Neo4j and serves the handler.
func newServer(t *testing.T) (*httptest.Server, *graph.Store) {
	t.Helper()
	store := neo4jtest.Store(t)
	doc := graph.Document{ID: fixtureDocID, Title: "國際資安與AI政策動態", Path: "corpus/000_d32f25cffe198b36.txt", Language: "zh-Hant", Format: "txt", Size: len(fixtureText)}
	if _, err := store.WriteDocument(context.Background(), doc, fixture(t)); err != nil {
		t.Fatalf("write fixture: %v", err)
	}
	// A generous timeout: the shared test machine can be very busy, and a
	// query's first run includes Neo4j planning it.
	srv := httptest.NewServer(resolvers.NewHandler(store, resolvers.Options{Timeout: time.Minute}))
	t.Cleanup(srv.Close)
	return srv, store
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// post sends a query and decodes the response; status is returned for
// protocol tests.
func post(t testing.TB, url, query string, vars map[string]any) (gqlResponse, int) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("decode response (status %d): %v", res.StatusCode, err)
	}
	return out, res.StatusCode
}

// data runs a query that must succeed and unmarshals its data into v.
func data(t testing.TB, url, query string, vars map[string]any, v any) {
	t.Helper()
	res, _ := post(t, url, query, vars)
	if len(res.Errors) > 0 {
		t.Fatalf("query failed: %+v\n%s", res.Errors, query)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", res.Data, err)
	}
}

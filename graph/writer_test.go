package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/neo4jtest"
)

// The SBOM sentence of corpus/000: Japan and fourteen other countries signed
// CISA's guidance.
const (
	sbomFile     = "000_d32f25cffe198b36.txt"
	sbomSentence = "於2025年9月3日,由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國、法國、義大利、荷蘭、加拿大、澳洲、紐西蘭、印度、新加坡、韓國、波蘭、捷克、斯洛伐克等共計15個國家的網路安全部門,皆同步完成簽署。"
	sbomTitle    = "《SBOM網路安全之共同願景》"
	cisaName     = "美國網路安全暨基礎設施安全局(Cybersecurity and Infrastructure Security Agency, 簡稱CISA)"
)

// corpusText reads a sample document from corpus/.
func corpusText(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "corpus", name))
	if err != nil {
		t.Fatalf("read corpus file: %v", err)
	}
	return string(b)
}

// span finds sub in text and returns its [start,end) in code points.
func span(t testing.TB, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	start := len([]rune(text[:i]))
	return start, start + len([]rune(sub))
}

func mention(t testing.TB, doc, text, sub string) graph.Mention {
	s, e := span(t, text, sub)
	return graph.Mention{Document: doc, Start: s, End: e}
}

func evidence(t testing.TB, doc, text, sub string) graph.Evidence {
	s, e := span(t, text, sub)
	return graph.Evidence{Document: doc, Start: s, End: e, Text: sub}
}

// sbomExtraction is what a loader would extract from the SBOM sentence,
// limited to signers (countries: a subset, enough to test merging).
func sbomExtraction(t testing.TB, docID, path string, signers map[string]string) (graph.Document, graph.Extraction) {
	text := corpusText(t, sbomFile)
	doc := graph.Document{ID: docID, Title: sbomFile, Path: path, Language: "zh-Hant", Format: "txt", Size: len(text)}
	stmt := graph.Entity{ID: "statement:sbom-shared-vision", Type: graph.Statement,
		Name: "A Shared Vision of Software Bill of Materials (SBOM) for Cybersecurity", NameZh: "SBOM網路安全之共同願景",
		Aliases: []string{"該份指引"}, Kind: "guidance", Date: "2025-09-03",
		Mentions: []graph.Mention{mention(t, docID, text, sbomTitle), mention(t, docID, text, "該份指引")}}
	cisa := graph.Entity{ID: "agency:us-cisa", Type: graph.Agency, Name: "Cybersecurity and Infrastructure Security Agency",
		NameZh: "美國網路安全暨基礎設施安全局", Abbr: "CISA", Aliases: []string{}, Country: "country:US",
		Mentions: []graph.Mention{mention(t, docID, text, cisaName)}}
	ext := graph.Extraction{Documents: []graph.Document{doc}, Entities: []graph.Entity{stmt, cisa}}
	ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Issued, From: cisa.ID, To: stmt.ID,
		Evidence: []graph.Evidence{evidence(t, docID, text, "由美國網路安全暨基礎設施安全局")}})
	ids := make([]string, 0, len(signers))
	for id := range signers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		zh := signers[id]
		ext.Entities = append(ext.Entities, graph.Entity{ID: id, Type: graph.Country, NameZh: zh, Name: zh,
			Mentions: []graph.Mention{mention(t, docID, text, zh)}})
		ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Signed, From: id, To: stmt.ID, Date: "2025-09-03",
			Evidence: []graph.Evidence{evidence(t, docID, text, sbomSentence)}})
	}
	return doc, ext
}

func query(t testing.TB, s *graph.Store, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	rows, err := graph.Query(context.Background(), s, cypher, params)
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	return rows
}

func counts(t testing.TB, s *graph.Store) graph.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func write(t testing.TB, s *graph.Store, doc graph.Document, ext graph.Extraction) graph.WriteStats {
	t.Helper()
	st, err := s.WriteDocument(context.Background(), doc, ext)
	if err != nil {
		t.Fatalf("WriteDocument: %v", err)
	}
	return st
}

func TestEnsureSchemaCreatesConstraintsAndIndexes(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	// A second run must be a no-op, not an "already exists" error.
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema again: %v", err)
	}
	constraints := map[string]bool{}
	for _, r := range query(t, s, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes[0] AS label, properties[0] AS prop", nil) {
		constraints[r["label"].(string)+"."+r["prop"].(string)+" "+r["type"].(string)] = true
	}
	for _, want := range []string{"Entity.id UNIQUENESS", "Document.id UNIQUENESS"} {
		if !constraints[want] {
			t.Errorf("constraint %s missing; have %v", want, constraints)
		}
	}
	indexes := map[string]map[string]any{}
	for _, r := range query(t, s, "SHOW INDEXES YIELD name, type, state, properties, options RETURN name, type, state, properties, options", nil) {
		indexes[r["name"].(string)] = r
	}
	ft, ok := indexes[graph.EntityNamesIndex]
	if !ok {
		t.Fatalf("full-text index %s missing; have %v", graph.EntityNamesIndex, indexes)
	}
	if ft["type"] != "FULLTEXT" || ft["state"] != "ONLINE" {
		t.Errorf("full-text index is %v %v, want FULLTEXT ONLINE", ft["type"], ft["state"])
	}
	cfg := ft["options"].(map[string]any)["indexConfig"].(map[string]any)
	if cfg["fulltext.analyzer"] != "cjk" {
		t.Errorf("full-text analyzer = %v, want cjk", cfg["fulltext.analyzer"])
	}
	if r, ok := indexes["document_path"]; !ok || r["state"] != "ONLINE" {
		t.Errorf("document_path index missing or not online: %v", r)
	}
}

func TestWriteDocumentRoundTrip(t *testing.T) {
	s := neo4jtest.Store(t)
	text := corpusText(t, sbomFile)
	doc, ext := sbomExtraction(t, "doc-sbom", "corpus/"+sbomFile, map[string]string{"country:JP": "日本", "country:US": "美國", "country:DE": "德國"})
	st := write(t, s, doc, ext)
	if st.Entities != 5 || st.Relations != 4 || st.Evidence != 4 || st.Mentions != 6 {
		t.Errorf("stats = %+v, want 5 entities, 4 relations, 4 evidence, 6 mentions", st)
	}

	rows := query(t, s, `MATCH (c:Country)-[r:SIGNED]->(st:Statement {id: 'statement:sbom-shared-vision'})
MATCH (ev:Evidence {fact: r.fact})-[:EVIDENCE_IN]->(d:Document)
RETURN c.id AS id, r.date AS date, collect(d.id) AS docs, ev.starts AS starts, ev.ends AS ends, ev.texts AS texts ORDER BY id`, nil)
	if got := len(rows); got != 3 {
		t.Fatalf("SIGNED edges = %d, want 3", got)
	}
	runes := []rune(text)
	for _, r := range rows {
		starts, ends, texts := r["starts"].([]any), r["ends"].([]any), r["texts"].([]any)
		if len(texts) != 1 || r["date"] != "2025-09-03" || !slices.Equal(r["docs"].([]any), []any{"doc-sbom"}) {
			t.Fatalf("%s: edge = %v", r["id"], r)
		}
		// The stored offsets slice the original text to exactly the stored sentence.
		if got := string(runes[starts[0].(int64):ends[0].(int64)]); got != texts[0] || got != sbomSentence {
			t.Errorf("%s: text[%d:%d] = %q, want the SBOM sentence", r["id"], starts[0], ends[0], got)
		}
	}

	ent := query(t, s, `MATCH (e:Entity:Agency {id: 'agency:us-cisa'})-[m:MENTIONED_IN]->(d:Document {id: 'doc-sbom'})
RETURN e.abbr AS abbr, e.nameZh AS zh, [(e)-[:MENTIONED_IN]->(x:Document) | x.id] AS docs, m.starts AS starts, d.path AS path, d.title AS title`, nil)
	if len(ent) != 1 || ent[0]["abbr"] != "CISA" || ent[0]["zh"] != "美國網路安全暨基礎設施安全局" ||
		!slices.Equal(ent[0]["docs"].([]any), []any{"doc-sbom"}) || ent[0]["path"] != "corpus/"+sbomFile {
		t.Errorf("CISA node = %v", ent)
	}
	c := counts(t, s)
	if c.Nodes["Entity"] != 5 || c.Nodes["Country"] != 3 || c.Nodes["Document"] != 1 ||
		c.Relationships["SIGNED"] != 3 || c.Relationships["ISSUED"] != 1 || c.Relationships["MENTIONED_IN"] != 5 ||
		c.Nodes["Evidence"] != 4 || c.Relationships["EVIDENCE_IN"] != 4 {
		t.Errorf("counts = %+v", c)
	}
}

func TestFullTextIndexFindsChineseSubstringsAndEnglishWords(t *testing.T) {
	s := neo4jtest.Store(t)
	doc, ext := sbomExtraction(t, "doc-sbom", "corpus/"+sbomFile, map[string]string{"country:JP": "日本"})
	write(t, s, doc, ext)
	for _, tc := range []struct{ query, want string }{
		{"網路安全", "statement:sbom-shared-vision"}, // Chinese substring of nameZh
		{"共同願景", "statement:sbom-shared-vision"},
		{"CISA", "agency:us-cisa"},               // abbreviation
		{"Infrastructure", "agency:us-cisa"},     // English word
		{"該份指引", "statement:sbom-shared-vision"}, // alias
		{"日本", "country:JP"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			rows := query(t, s, "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id",
				map[string]any{"index": graph.EntityNamesIndex, "q": tc.query})
			var ids []string
			for _, r := range rows {
				ids = append(ids, r["id"].(string))
			}
			if !slices.Contains(ids, tc.want) {
				t.Errorf("search %q found %v, want %s among them", tc.query, ids, tc.want)
			}
		})
	}
}

func TestWriteDocumentTwiceChangesNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	doc, ext := sbomExtraction(t, "doc-sbom", "corpus/"+sbomFile, map[string]string{"country:JP": "日本", "country:US": "美國"})
	write(t, s, doc, ext)
	before := counts(t, s)
	st := write(t, s, doc, ext)
	if st.Replaced != 1 {
		t.Errorf("second write replaced %d documents, want 1 (itself)", st.Replaced)
	}
	after := counts(t, s)
	if !equalCounts(before, after) {
		t.Errorf("counts changed on re-write:\nbefore %+v\nafter  %+v", before, after)
	}
	rows := query(t, s, "MATCH ()-[r:SIGNED]->() MATCH (ev:Evidence {fact: r.fact}) RETURN r.fact AS f, count(ev) AS d, sum(size(ev.texts)) AS n", nil)
	for _, r := range rows {
		if r["n"].(int64) != 1 || r["d"].(int64) != 1 {
			t.Errorf("evidence duplicated on re-write: %v", r)
		}
	}
}

func TestChangedDocumentReplacesOnlyItsOwnContributions(t *testing.T) {
	s := neo4jtest.Store(t)
	// Two documents both state that Japan signed; only A says the US did.
	docA, extA := sbomExtraction(t, "a-v1", "reports/a.txt", map[string]string{"country:JP": "日本", "country:US": "美國"})
	docB, extB := sbomExtraction(t, "b-v1", "reports/b.txt", map[string]string{"country:JP": "日本"})
	write(t, s, docA, extA)
	write(t, s, docB, extB)
	if got := query(t, s, "MATCH (:Country {id:'country:JP'})-[r:SIGNED]->() RETURN COLLECT { MATCH (ev:Evidence {fact: r.fact}) RETURN ev.doc ORDER BY ev.doc } AS docs", nil); len(got) != 1 ||
		!slices.Equal(got[0]["docs"].([]any), []any{"a-v1", "b-v1"}) {
		t.Fatalf("JP SIGNED evidence docs = %v, want [a-v1 b-v1]", got)
	}

	// A changes: a new version at the same path names Germany instead.
	docA2, extA2 := sbomExtraction(t, "a-v2", "reports/a.txt", map[string]string{"country:DE": "德國"})
	if st := write(t, s, docA2, extA2); st.Replaced != 1 {
		t.Errorf("replaced = %d, want 1 (a-v1)", st.Replaced)
	}
	signers := func() map[string][]any {
		out := map[string][]any{}
		for _, r := range query(t, s, "MATCH (c:Country)-[r:SIGNED]->() RETURN c.id AS id, COLLECT { MATCH (ev:Evidence {fact: r.fact}) RETURN ev.doc ORDER BY ev.doc } AS docs", nil) {
			out[r["id"].(string)] = r["docs"].([]any)
		}
		return out
	}
	got := signers()
	want := map[string][]any{"country:JP": {"b-v1"}, "country:DE": {"a-v2"}}
	if len(got) != len(want) || !slices.Equal(got["country:JP"], want["country:JP"]) || !slices.Equal(got["country:DE"], want["country:DE"]) {
		t.Errorf("signers after A changed = %v, want %v", got, want)
	}
	if rows := query(t, s, "MATCH (e:Entity {id:'country:US'}) RETURN e", nil); len(rows) != 0 {
		t.Errorf("country:US is mentioned by no document any more but is still stored")
	}
	if rows := query(t, s, "MATCH (d:Document) RETURN d.id AS id ORDER BY id", nil); len(rows) != 2 || rows[0]["id"] != "a-v2" || rows[1]["id"] != "b-v1" {
		t.Errorf("documents = %v, want a-v2 and b-v1", rows)
	}
	// The statement both documents mention is mentioned in both.
	if rows := query(t, s, "MATCH (e:Entity {id:'statement:sbom-shared-vision'}) RETURN COLLECT { MATCH (e)-[:MENTIONED_IN]->(d) RETURN d.id ORDER BY d.id } AS docs", nil); len(rows) != 1 ||
		!slices.Equal(rows[0]["docs"].([]any), []any{"a-v2", "b-v1"}) {
		t.Errorf("statement docs = %v, want [b-v1 a-v2]", rows)
	}

	// B changes so that nobody states Japan signed: the fact goes away.
	docB2, extB2 := sbomExtraction(t, "b-v2", "reports/b.txt", map[string]string{})
	write(t, s, docB2, extB2)
	if got := signers(); len(got) != 1 || got["country:DE"] == nil {
		t.Errorf("signers after B changed = %v, want only country:DE", got)
	}
}

func TestFailedWriteLeavesNothingOfTheDocument(t *testing.T) {
	s := neo4jtest.Store(t)
	doc, ext := sbomExtraction(t, "v1", "corpus/"+sbomFile, map[string]string{"country:JP": "日本"})
	write(t, s, doc, ext)
	before := counts(t, s)

	// Version 2 fails at its last batch, after the old version was removed
	// and the new entities were written inside the same transaction.
	doc2, ext2 := sbomExtraction(t, "v2", "corpus/"+sbomFile, map[string]string{"country:US": "美國", "country:DE": "德國"})
	boom := errors.New("injected failure")
	graph.SetBeforeBatch(s, func(stage string, batch int) error {
		if stage == "write relations" {
			return boom
		}
		return nil
	})
	_, err := s.WriteDocument(context.Background(), doc2, ext2)
	graph.SetBeforeBatch(s, nil)
	if !errors.Is(err, boom) {
		t.Fatalf("WriteDocument error = %v, want the injected failure", err)
	}
	if after := counts(t, s); !equalCounts(before, after) {
		t.Errorf("a failed write changed the graph:\nbefore %+v\nafter  %+v", before, after)
	}
	if rows := query(t, s, "MATCH (d:Document) RETURN d.id AS id", nil); len(rows) != 1 || rows[0]["id"] != "v1" {
		t.Errorf("documents = %v, want only v1", rows)
	}
}

func TestWriteDocumentRejectsBadExtractions(t *testing.T) {
	s := neo4jtest.Store(t)
	good := func() (graph.Document, graph.Extraction) {
		return sbomExtraction(t, "d", "corpus/"+sbomFile, map[string]string{"country:JP": "日本"})
	}
	for _, tc := range []struct {
		name   string
		break_ func(*graph.Document, *graph.Extraction)
		want   string
	}{
		{"no document id", func(d *graph.Document, _ *graph.Extraction) { d.ID = "" }, "no id"},
		{"unknown entity type", func(_ *graph.Document, e *graph.Extraction) { e.Entities[0].Type = "Thing" }, "unknown type"},
		{"unknown relation type", func(_ *graph.Document, e *graph.Extraction) { e.Relations[0].Type = "LIKES" }, "unknown type"},
		{"dangling endpoint", func(_ *graph.Document, e *graph.Extraction) { e.Relations[0].From = "country:XX" }, "not among"},
		{"bad offsets", func(_ *graph.Document, e *graph.Extraction) { e.Relations[0].Evidence[0].End = -1 }, "bad offsets"},
		{"one id two types", func(_ *graph.Document, e *graph.Extraction) {
			e.Entities = append(e.Entities, graph.Entity{ID: "country:JP", Type: graph.Organization})
		}, "two types"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, ext := good()
			tc.break_(&doc, &ext)
			_, err := s.WriteDocument(context.Background(), doc, ext)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one saying %q", err, tc.want)
			}
		})
	}
	if c := counts(t, s); c.Nodes["Document"] != 0 || c.Nodes["Entity"] != 0 {
		t.Errorf("rejected writes stored something: %+v", c)
	}
}

func TestOpenUnreachableIsErrUnavailable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// Port 1 on loopback: nothing listens there.
	_, err := graph.Open(ctx, graph.Config{URI: "bolt://127.0.0.1:1", User: "neo4j", Password: "x"})
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("Open error = %v, want one wrapping ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), "scripts/neo4j start") {
		t.Errorf("error %q does not say how to fix it", err)
	}
}

func equalCounts(a, b graph.Counts) bool {
	eq := func(x, y map[string]int64) bool {
		for k, v := range x {
			if y[k] != v {
				return false
			}
		}
		for k, v := range y {
			if x[k] != v {
				return false
			}
		}
		return true
	}
	return eq(a.Nodes, b.Nodes) && eq(a.Relationships, b.Relationships)
}

func TestOpenWithWrongPasswordSaysSo(t *testing.T) {
	neo4jtest.Store(t) // makes sure a server is up (or skips/fails as the harness decides)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg, err := neo4jtest.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Password += "-wrong"
	_, err = graph.Open(ctx, cfg)
	if err == nil || errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("Open with a wrong password = %v, want an authentication error that is not ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), "NEO4J_PASSWORD") {
		t.Errorf("error %q does not say which setting to check", err)
	}
}

// withTaxonomy adds what the loader's taxonomy step adds for the SBOM
// sentence: the statement ADDRESSES SBOM (with evidence) and, when broader is
// set, the taxonomy parent cybersecurity (no mentions) with an evidence-less
// BROADER edge.
func withTaxonomy(t testing.TB, doc graph.Document, ext graph.Extraction, broader bool) graph.Extraction {
	text := corpusText(t, sbomFile)
	ext.Entities = append(ext.Entities, graph.Entity{ID: "technology:sbom", Type: graph.Technology,
		Name: "Software Bill of Materials", Abbr: "SBOM", Mentions: []graph.Mention{mention(t, doc.ID, text, "SBOM")}})
	ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Addresses, From: "statement:sbom-shared-vision",
		To: "technology:sbom", Evidence: []graph.Evidence{evidence(t, doc.ID, text, sbomTitle)}})
	if broader {
		ext.Entities = append(ext.Entities, graph.Entity{ID: "technology:cybersecurity", Type: graph.Technology, Name: "cybersecurity", NameZh: "網路安全"})
		ext.Relations = append(ext.Relations, graph.Relation{Type: graph.Broader, From: "technology:sbom", To: "technology:cybersecurity"})
	}
	return ext
}

func TestTaxonomyEdgesAreReferencesThatOutliveEvidencePruning(t *testing.T) {
	s := neo4jtest.Store(t)
	broader := func() []map[string]any {
		return query(t, s, "MATCH (:Technology {id:'technology:sbom'})-[r:BROADER]->(b) RETURN b.id AS to, r.source AS source, COUNT { (ev:Evidence {fact: r.fact}) } AS evidence", nil)
	}
	exists := func(id string) bool {
		return len(query(t, s, "MATCH (e:Entity {id: $id}) RETURN e", map[string]any{"id": id})) == 1
	}

	docA, extA := sbomExtraction(t, "a-v1", "reports/a.txt", map[string]string{"country:JP": "日本"})
	st := write(t, s, docA, withTaxonomy(t, docA, extA, true))
	if st.References != 1 {
		t.Errorf("references written = %d, want 1", st.References)
	}
	if got := broader(); len(got) != 1 || got[0]["to"] != "technology:cybersecurity" || got[0]["source"] != "taxonomy" || got[0]["evidence"] != int64(0) {
		t.Fatalf("BROADER edges = %v, want one to cybersecurity with source taxonomy and no evidence lists", got)
	}
	before := counts(t, s)
	write(t, s, docA, withTaxonomy(t, docA, extA, true))
	if after := counts(t, s); !equalCounts(before, after) {
		t.Errorf("counts changed on re-write:\nbefore %+v\nafter  %+v", before, after)
	}

	// B mentions SBOM but (an extraction without the taxonomy step) not its parent.
	docB, extB := sbomExtraction(t, "b-v1", "reports/b.txt", map[string]string{"country:JP": "日本"})
	write(t, s, docB, withTaxonomy(t, docB, extB, false))
	// A changes and no longer names SBOM: cybersecurity has no document
	// left, but SBOM (still in B) reaches it, so it and the edge stay.
	docA2, extA2 := sbomExtraction(t, "a-v2", "reports/a.txt", map[string]string{"country:JP": "日本"})
	write(t, s, docA2, extA2)
	if !exists("technology:cybersecurity") || len(broader()) != 1 {
		t.Errorf("cybersecurity or its BROADER edge was removed while SBOM (in b-v1) still uses it: %v", broader())
	}
	// B drops SBOM too: both technologies and the edge go.
	docB2, extB2 := sbomExtraction(t, "b-v2", "reports/b.txt", map[string]string{"country:JP": "日本"})
	write(t, s, docB2, extB2)
	for _, id := range []string{"technology:sbom", "technology:cybersecurity"} {
		if exists(id) {
			t.Errorf("%s is still stored after every document naming it changed", id)
		}
	}
	if c := counts(t, s); c.Relationships["BROADER"] != 0 {
		t.Errorf("BROADER edges left: %d", c.Relationships["BROADER"])
	}
}

package loader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/read"
)

// extractText runs one in-memory document through a fresh pipeline.
func extractText(t *testing.T, text string) graph.Extraction {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := p.Extract(context.Background(), read.Document{Document: graph.Document{ID: "doc", Path: "t.txt"}, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func hasEntity(x graph.Extraction, typ graph.EntityType, name string) bool {
	for _, e := range x.Entities {
		if e.Type != typ {
			continue
		}
		for _, n := range append([]string{e.Name, e.NameZh, e.Abbr}, e.Aliases...) {
			if n == name {
				return true
			}
		}
	}
	return false
}

// Sentences from corpus/; each names entities the pipeline must find.
func TestExtractEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []struct {
			typ  graph.EntityType
			name string
		}
	}{
		{"paren name with abbreviation", "歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC) 2024年4月4日至5日在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明", []struct {
			typ  graph.EntityType
			name string
		}{{graph.Organization, "TTC"}, {graph.Country, "比利時"}}},
		{"agency discovered with English name", "經由國家AI中心(National AI Centre,NAIC)等管道,提供事業、政府、公眾與AI相關的機會", []struct {
			typ  graph.EntityType
			name string
		}{{graph.Agency, "NAIC"}, {graph.Technology, "AI"}}},
		{"statement in parentheses", "實施「可信任人工智慧和風險管理聯合路徑圖(Joint Roadmap for Trustworthy AI and Risk Management),提高透明度", []struct {
			typ  graph.EntityType
			name string
		}{{graph.Statement, "可信任人工智慧和風險管理聯合路徑圖"}}},
		{"delegation table person", "服務機關\t姓名\t職稱\n數位發展部\t黃彥男\t部長\n\t葉寧\t常務次長\n", []struct {
			typ  graph.EntityType
			name string
		}{{graph.Person, "黃彥男"}, {graph.Person, "葉寧"}, {graph.Agency, "數位發展部"}}},
		{"economies enumerated", "共有澳洲、汶萊、加拿大、中國大陸、印尼、日本、韓國、馬來西亞、巴布亞紐幾內亞、秘魯、菲律賓、新加坡、泰國、美國及我國等 15 個經濟體代表出席", []struct {
			typ  graph.EntityType
			name string
		}{{graph.Country, "汶萊"}, {graph.Country, "中國大陸"}, {graph.Country, "巴布亞紐幾內亞"}, {graph.Country, "臺灣"}}},
		{"abbreviation used later", "美國網路安全暨基礎設施安全局(Cybersecurity and Infrastructure Security Agency,CISA)成立聯合網路防禦協作機制。CISA表示", []struct {
			typ  graph.EntityType
			name string
		}{{graph.Agency, "CISA"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractText(t, tt.text)
			for _, w := range tt.want {
				if !hasEntity(x, w.typ, w.name) {
					t.Errorf("no %s %q in %+v", w.typ, w.name, x.Entities)
				}
			}
			checkOffsets(t, tt.text, x)
		})
	}
}

// checkOffsets: every mention and evidence lies inside the text, in code
// points, and evidence text is exactly the slice it claims.
func checkOffsets(t *testing.T, text string, x graph.Extraction) {
	t.Helper()
	runes := []rune(text)
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				t.Errorf("%s: mention [%d,%d) outside text of %d code points", e.ID, m.Start, m.End, len(runes))
			}
		}
	}
	for _, r := range x.Relations {
		for _, ev := range r.Evidence {
			if ev.Start < 0 || ev.End > len(runes) || ev.Start >= ev.End || string(runes[ev.Start:ev.End]) != ev.Text {
				t.Errorf("%s %s->%s: evidence [%d,%d) does not quote the text", r.Type, r.From, r.To, ev.Start, ev.End)
			}
		}
	}
}

func TestMerge(t *testing.T) {
	a := graph.Extraction{
		Entities:  []graph.Entity{{ID: "country:JP", Type: graph.Country, Name: "Japan", Aliases: []string{"日方"}, Mentions: []graph.Mention{{Document: "d1", Start: 0, End: 2}}}},
		Relations: []graph.Relation{{Type: graph.Signed, From: "country:JP", To: "statement:x", Evidence: []graph.Evidence{{Document: "d1", Start: 0, End: 5, Text: "日本簽署了"}}}},
	}
	b := graph.Extraction{
		Entities:  []graph.Entity{{ID: "country:JP", Type: graph.Country, NameZh: "日本", Aliases: []string{"日本政府"}, Mentions: []graph.Mention{{Document: "d2", Start: 3, End: 5}}}},
		Relations: []graph.Relation{{Type: graph.Signed, From: "country:JP", To: "statement:x", Date: "2025-09-03", Evidence: []graph.Evidence{{Document: "d2", Start: 1, End: 4, Text: "本簽署"}, {Document: "d1", Start: 0, End: 5, Text: "日本簽署了"}}}},
	}
	m := Merge(a, b)
	if len(m.Entities) != 1 || len(m.Relations) != 1 {
		t.Fatalf("want 1 entity and 1 relation, got %d and %d", len(m.Entities), len(m.Relations))
	}
	e := m.Entities[0]
	if e.NameZh != "日本" || len(e.Mentions) != 2 || strings.Join(e.Aliases, ",") != "日方,日本政府" {
		t.Errorf("entity not united: %+v", e)
	}
	r := m.Relations[0]
	if len(r.Evidence) != 2 || r.Date != "2025-09-03" {
		t.Errorf("relation not united: %+v", r)
	}
}

func TestRunReportsBadFilesAndContinues(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("日本於2023年12月1日舉辦G7數位技術委員會"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ok, failed int
	err = p.Run(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")}, func(r FileResult) error {
		if r.Err != nil {
			failed++
			return nil
		}
		ok++
		if !hasEntity(r.Extraction, graph.Country, "日本") {
			t.Errorf("%s: Japan not found", r.Path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ok != 1 || failed != 1 {
		t.Errorf("ok=%d failed=%d, want 1 and 1", ok, failed)
	}
}

func TestCodePoints(t *testing.T) {
	text := "AI安全研究所(AISI)"
	cp := newCodePoints(text)
	for b := range text {
		if got, want := cp.at(b), utf8.RuneCountInString(text[:b]); got != want {
			t.Errorf("byte %d: got %d want %d", b, got, want)
		}
	}
	if cp.at(len(text)) != utf8.RuneCountInString(text) {
		t.Error("end offset wrong")
	}
}

package relate

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/segment"
)

// The oracle evaluation isolates the relation rules from entity finding:
// mentions come from the gold entities' own names (every occurrence of each
// name in the text), so every miss below is a miss of the rules, not of the
// gazetteer. The pipeline's end-to-end score is loader/relate_eval_test.go.

// oracleF1Floor is the relation F1 the rules reach over gold mentions;
// raise it as the rules improve, never lower it.
const oracleF1Floor = 0.81

type goldFile struct {
	Document string `yaml:"document"`
	Entities []struct {
		ID      string   `yaml:"id"`
		Type    string   `yaml:"type"`
		NameZh  string   `yaml:"name_zh"`
		NameEn  string   `yaml:"name_en"`
		Abbr    string   `yaml:"abbr"`
		Aliases []string `yaml:"aliases"`
	} `yaml:"entities"`
	Relations []struct {
		Type     string `yaml:"type"`
		From     string `yaml:"from"`
		To       string `yaml:"to"`
		Evidence string `yaml:"evidence"`
	} `yaml:"relations"`
}

func oracleGold(t *testing.T) string {
	dir := os.Getenv("POLICYGRAPH_GOLD")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "gold")
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gold set not found at %s (set POLICYGRAPH_GOLD): %v", dir, err)
		}
		t.Skipf("gold set not found at %s; set POLICYGRAPH_GOLD", dir)
	}
	return dir
}

// oracleMentions finds every occurrence of every gold name; nested names are
// kept (the rules look inside names), crossing ones dropped.
func oracleMentions(text string, g goldFile) []mention.Mention {
	var ms []mention.Mention
	for _, e := range g.Entities {
		names := append([]string{e.NameZh, e.NameEn, e.Abbr}, e.Aliases...)
		seen := map[string]bool{}
		for _, n := range names {
			n = strings.TrimSpace(n)
			if utf8.RuneCountInString(n) < 2 || seen[n] {
				continue
			}
			seen[n] = true
			for off := 0; ; {
				i := strings.Index(text[off:], n)
				if i < 0 {
					break
				}
				s, e2 := off+i, off+i+len(n)
				off = e2
				if isASCIIWord(n) && (wordAt(text, s-1) || wordAt(text, e2)) {
					continue
				}
				ms = append(ms, mention.Mention{Start: s, End: e2, Surface: n, Type: graph.EntityType(e.Type), EntityID: e.ID, Source: mention.Gazetteer})
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	// drop crossing spans: keep a mention when it nests in, or follows, the kept outer one
	var out []mention.Mention
	outerEnd := -1
	for _, m := range ms {
		if m.Start < outerEnd && m.End > outerEnd {
			continue
		}
		if m.Start >= outerEnd {
			outerEnd = m.End
		}
		out = append(out, m)
	}
	return out
}

func isASCIIWord(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

func wordAt(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	c := text[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func sentencesOf(text string, ms []mention.Mention) []Sentence {
	var out []Sentence
	for _, sp := range segment.Split(text) {
		var in []mention.Mention
		for _, m := range ms {
			if m.Start >= sp.Start && m.End <= sp.End {
				in = append(in, m)
			}
		}
		out = append(out, Sentence{Text: text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: in})
	}
	return out
}

func TestOracleRelations(t *testing.T) {
	dir := oracleGold(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files) == 0 {
		t.Fatalf("no gold files in %s", dir)
	}
	verbose := os.Getenv("RELATE_MISSES") != ""
	type prf struct{ tp, sys, gold, found int }
	total := prf{}
	totalFound := 0
	byType := map[string]*prf{}
	var report strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := yaml.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		tb, err := os.ReadFile(filepath.Join("..", "..", "corpus", g.Document))
		if err != nil {
			t.Fatalf("corpus text for %s: %v", g.Document, err)
		}
		text := string(tb)
		facts := Document(sentencesOf(text, oracleMentions(text, g)), Context{Country: "country:TW"})
		rels := Relations("doc", text, facts)
		key := func(t, a, b string) string { return t + "|" + a + "|" + b }
		goldSet := map[string]int{}
		for i, r := range g.Relations {
			goldSet[key(r.Type, r.From, r.To)] = i
			if r.Type == string(graph.PartnersWith) {
				goldSet[key(r.Type, r.To, r.From)] = i
			}
		}
		found := map[int]bool{}
		d := prf{gold: len(g.Relations)}
		var spurious []string
		for _, r := range rels {
			d.sys++
			tp := byType[string(r.Type)]
			if tp == nil {
				tp = &prf{}
				byType[string(r.Type)] = tp
			}
			tp.sys++
			if i, ok := goldSet[key(string(r.Type), r.From, r.To)]; ok {
				d.tp++
				tp.tp++
				found[i] = true
			} else {
				spurious = append(spurious, fmt.Sprintf("  spurious %-13s %s -> %s | %s", r.Type, r.From, r.To, clip(r.Evidence[0].Text, 90)))
			}
		}
		for i, r := range g.Relations {
			tp := byType[r.Type]
			if tp == nil {
				tp = &prf{}
				byType[r.Type] = tp
			}
			tp.gold++
			if found[i] {
				tp.found++
			}
			if !found[i] && verbose {
				fmt.Fprintf(&report, "  missed   %-13s %s -> %s | %s\n", r.Type, r.From, r.To, clip(r.Evidence, 90))
			}
		}
		// tp counts system facts matching gold; recall counts gold facts found
		fmt.Fprintf(&report, "%-30s P=%.3f R=%.3f (sys %d, gold %d)\n", g.Document, ratio(d.tp, d.sys), ratio(len(found), d.gold), d.sys, d.gold)
		if verbose {
			for _, s := range spurious {
				report.WriteString(s + "\n")
			}
		}
		total.tp += d.tp
		total.sys += d.sys
		total.gold += d.gold
		totalFound += len(found)
	}
	types := make([]string, 0, len(byType))
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		v := byType[k]
		fmt.Fprintf(&report, "  %-14s P=%.3f (%d/%d)  R=%.3f (%d/%d)\n", k, ratio(v.tp, v.sys), v.tp, v.sys, ratio(v.found, v.gold), v.found, v.gold)
	}
	p, r := ratio(total.tp, total.sys), ratio(totalFound, total.gold)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	fmt.Fprintf(&report, "oracle relations P=%.3f R=%.3f F1=%.3f\n", p, r, f1)
	t.Logf("\n%s", report.String())
	if f1 < oracleF1Floor {
		t.Errorf("oracle relation F1 %.3f fell below the floor %.3f", f1, oracleF1Floor)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// traceNeedle picks the sentences a trace test prints: RELATE_DEBUG, or by
// default the SBOM signing sentence of corpus/000, whose fifteen signers the
// test then checks (so the tool is also a test of enumeration distribution).
func traceNeedle() (needle string, isDefault bool) {
	if n := os.Getenv("RELATE_DEBUG"); n != "" {
		return n, false
	}
	return "皆同步完成簽署", true
}

// TestOracleDebug prints, for sentences containing RELATE_DEBUG, the units,
// the context and the facts — a tool for studying a miss.
func TestOracleDebug(t *testing.T) {
	needle, isDefault := traceNeedle()
	dir := oracleGold(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	signers := map[string]bool{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var g goldFile
		if err := yaml.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		tb, _ := os.ReadFile(filepath.Join("..", "..", "corpus", g.Document))
		text := string(tb)
		sents := sentencesOf(text, oracleMentions(text, g))
		DocumentTrace(sents, Context{Country: "country:TW"}, func(s Sentence, fs []Fact) {
			if !strings.Contains(s.Text[s.Start:s.End], needle) {
				return
			}
			t.Logf("SENTENCE %q kind=%v", s.Text[s.Start:s.End], s.Kind)
			t.Logf("  ctx %+v", s.Context)
			for _, m := range s.Mentions {
				t.Logf("  mention %-12s %-40s %q", m.Type, m.EntityID, m.Surface)
			}
			for _, f := range fs {
				t.Logf("  FACT %-13s %s -> %s", f.Type, f.From, f.To)
				if f.Type == graph.Signed && strings.HasPrefix(f.From, "country:") {
					signers[f.From] = true
				}
			}
		})
	}
	if isDefault && len(signers) < 15 {
		t.Errorf("the SBOM signing sentence gave %d signer countries, want 15: %v", len(signers), signers)
	}
}

// BenchmarkDocument measures the rules alone over the corpus with gold-name
// mentions (segmenting and mention finding excluded).
func BenchmarkDocument(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "gold")
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files) == 0 {
		b.Skip("gold set not found")
	}
	type doc struct{ sents []Sentence }
	var docs []doc
	size := 0
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		var g goldFile
		if err := yaml.Unmarshal(raw, &g); err != nil {
			b.Fatal(err)
		}
		tb, err := os.ReadFile(filepath.Join("..", "..", "corpus", g.Document))
		if err != nil {
			b.Fatal(err)
		}
		text := string(tb)
		size += len(text)
		docs = append(docs, doc{sentencesOf(text, oracleMentions(text, g))})
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Document(d.sents, Context{Country: "country:TW"})
		}
	}
}

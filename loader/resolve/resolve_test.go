package resolve

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/gazetteer"
	"github.com/policygraph/policygraph/loader/mention"
)

func TestSessionKey(t *testing.T) {
	tests := []struct{ name, want string }{
		{"APEC TELWG 70 Meeting", "TELWG 70"},
		{"TELWG 第 70 次會議", "TELWG 70"},
		{"TELWG 70", "TELWG 70"},
		{"TELWG 第 70 次全體會議", "TELWG 70"},
		{"TELWG 69 STSG 分組會議", ""}, // a session inside the session
		{"ICANN 82", "ICANN 82"},
		{"第6屆部長會議", ""},
	}
	for _, tt := range tests {
		if got := sessionKey(tt.name); got != tt.want {
			t.Errorf("sessionKey(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Sentences of corpus/004: the 會議名稱 row names the meeting in Chinese and
// English; later "TELWG 70" and "TELWG 第 70 次會議" are the same meeting.
func TestResolveSessions(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := New(gz)
	ms := []mention.Mention{
		{Start: 0, End: 10, Surface: "APEC 電信暨資訊工作小組第 70 次會議", Type: graph.Meeting, Source: mention.Pattern, NameZh: "APEC 電信暨資訊工作小組第 70 次會議", Name: "APEC TELWG 70 Meeting"},
		{Start: 20, End: 28, Surface: "TELWG 70", Type: graph.Meeting, Source: mention.Pattern, Kind: "session", Name: "TELWG 70"},
		{Start: 30, End: 40, Surface: "TELWG 第 70 次會議", Type: graph.Meeting, Source: mention.Pattern, NameZh: "TELWG 第 70 次會議"},
	}
	out := r.Resolve(Doc{Country: "country:TW"}, ms)
	if len(out) != 3 || out[0].EntityID != out[1].EntityID || out[1].EntityID != out[2].EntityID {
		t.Errorf("want one meeting, got %v %v %v", out[0].EntityID, out[1].EntityID, out[2].EntityID)
	}
}

// corpus/000: 雙方 are the pair the text names (歐美雙方), even where the
// sentence names another country first (在比利時魯汶舉行…雙方).
func TestPartiesArePair(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	f := mention.New(gz)
	text := "2024年4月4日至5日在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明,雙方針對數位轉型所帶來的機遇與挑戰。\n歐美雙方期望透過上述作法,促進半導體和關鍵技術研發"
	out := New(gz).Resolve(Doc{Country: "country:TW"}, f.Find(text))
	var first []string
	at := -1
	for _, m := range out {
		if m.Ref != "parties" || (at >= 0 && m.Start != at) {
			continue
		}
		at = m.Start
		first = append(first, m.EntityID)
	}
	if len(first) < 2 || first[0] != "organization:eu" || first[1] != "country:US" {
		t.Errorf("雙方 = %v, want [organization:eu country:US]", first)
	}
}

// corpus/004: the report's title writes the body out in full, with a line
// break inside it; the 會議名稱 row names the session by its abbreviation.
func TestBodySessionKey(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := New(gz)
	tests := []struct{ name, want string }{
		{"電信暨資訊 工作小組第 70 次會議", "TELWG 70"},
		{"APEC 電信暨資訊工作小組第 70 次會議", "TELWG 70"},
		{"數位經濟指導小組第 3 次全體會議", "DESG 3"},
		{"第 70 次會議", ""},            // no body
		{"國際頻譜交流會議第 2 次會議", ""},     // a body the gazetteer does not abbreviate
		{"電信暨資訊工作小組第 70 次會議紀錄", ""}, // minutes, not the meeting
	}
	for _, tt := range tests {
		if got := r.bodySessionKey(tt.name); got != tt.want {
			t.Errorf("bodySessionKey(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	ms := []mention.Mention{
		{Start: 0, End: 10, Surface: "電信暨資訊 工作小組第 70 次會議", Type: graph.Meeting, Source: mention.Pattern, NameZh: "電信暨資訊 工作小組第 70 次會議"},
		{Start: 20, End: 28, Surface: "TELWG 70", Type: graph.Meeting, Source: mention.Pattern, Kind: "session", Name: "TELWG 70"},
	}
	out := r.Resolve(Doc{Country: "country:TW"}, ms)
	if len(out) != 2 || out[0].EntityID != out[1].EntityID {
		t.Errorf("want one meeting, got %v", out)
	}
}

// corpus/004: the plan is named with its body's acronym first, later
// without it; a short name without the acronym stays another body's.
func TestWithoutBodyPrefix(t *testing.T) {
	tests := []struct{ name, want string }{
		{"TELWG 2026 年至 2030 年策略行動計畫", "2026 年至 2030 年策略行動計畫"},
		{"G20 AI 原則", ""},
		{"OECD AI 原則", ""},
		{"國家資通安全發展方案", ""},
	}
	for _, tt := range tests {
		if got := withoutBodyPrefix(tt.name); got != tt.want {
			t.Errorf("withoutBodyPrefix(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := New(gz)
	ms := []mention.Mention{
		{Start: 0, End: 10, Surface: "TELWG 2026 年至 2030 年策略行動計畫", Type: graph.Statement, Source: mention.Pattern, NameZh: "TELWG 2026 年至 2030 年策略行動計畫"},
		{Start: 20, End: 30, Surface: "2026 年至 2030 年策略行動計畫", Type: graph.Statement, Source: mention.Pattern, NameZh: "2026 年至 2030 年策略行動計畫"},
	}
	out := r.Resolve(Doc{Country: "country:TW"}, ms)
	if len(out) != 2 || out[0].EntityID != out[1].EntityID {
		t.Errorf("want one plan, got %v", out)
	}
}

// A generic instrument name (合作備忘錄) names the MOU signed where the text
// says so; it is not learned as a name to find in other documents.
func TestLearnedSkipsGenericNames(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := New(gz)
	r.Resolve(Doc{Country: "country:TW"}, []mention.Mention{
		{Start: 0, End: 5, Surface: "合作備忘錄", Type: graph.Statement, Source: mention.Pattern, NameZh: "合作備忘錄"},
		{Start: 10, End: 20, Surface: "網路安全合作備忘錄", Type: graph.Statement, Source: mention.Pattern, NameZh: "網路安全合作備忘錄"},
	})
	l := r.Learned()
	if _, ok := l["合作備忘錄"]; ok {
		t.Error("learned the generic 合作備忘錄")
	}
	if _, ok := l["網路安全合作備忘錄"]; !ok {
		t.Error("did not learn 網路安全合作備忘錄")
	}
}

// A discovered name defined with a known abbreviation is the known entry
// when type and country agree (德國聯邦資訊安全辦公室（BSI）); an abbreviation
// of another country's body is not.
func TestKnownByAbbr(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := New(gz)
	tests := []struct {
		m    mention.Mention
		want string
	}{
		{mention.Mention{Surface: "德國聯邦資訊安全辦公室", Type: graph.Agency, Abbr: "BSI", Country: "country:DE"}, "agency:de-bsi"},
		{mention.Mention{Surface: "聯邦資訊安全辦公室", Type: graph.Agency, Abbr: "BSI"}, "agency:de-bsi"},
		{mention.Mention{Surface: "法國聯邦資訊安全辦公室", Type: graph.Agency, Abbr: "BSI", Country: "country:FR"}, ""},
		{mention.Mention{Surface: "某某組織", Type: graph.Organization, Abbr: "BSI"}, ""},
	}
	for _, tt := range tests {
		if got := r.knownByAbbr(tt.m); got != tt.want {
			t.Errorf("knownByAbbr(%s %s) = %q, want %q", tt.m.Surface, tt.m.Abbr, got, tt.want)
		}
	}
}

// Two entities sharing a learned name: the first id keeps it, every run.
func TestLearnedIsDeterministic(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		r := New(gz)
		r.Resolve(Doc{Country: "country:TW"}, []mention.Mention{
			{Start: 0, End: 9, Surface: "報告和全球數位契約", Type: graph.Statement, Source: mention.Pattern, NameZh: "報告和全球數位契約", Abbr: "GDC"},
			{Start: 10, End: 16, Surface: "全球數位契約", Type: graph.Organization, Source: mention.Pattern, NameZh: "全球數位契約", Abbr: "GDC"},
		})
		l := r.Learned()
		ids := r.IDs()
		if l["GDC"] != ids[0] {
			t.Fatalf("run %d: GDC learned as %q, want the first id %q", i, l["GDC"], ids[0])
		}
	}
}

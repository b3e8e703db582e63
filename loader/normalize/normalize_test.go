package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"space inside CJK run", "電信暨資訊 工作小組", "電信暨資訊工作小組"},
		{"line break inside a wrapped heading", "跨域治理能\n量", "跨域治理能量"},
		{"digits spaced from CJK", "113 年 9 月 14 日", "113年9月14日"},
		{"Latin words keep one space", "Freedom  Online\tCoalition", "freedom online coalition"},
		{"full-width brackets and comma", "自由線上聯盟（Freedom Online Coalition，FOC）", "自由線上聯盟(freedom online coalition,foc)"},
		{"full-width letters and digits", "ＡＰＥＣ　ＴＥＬＷＧ　７０", "apec telwg 70"},
		{"臺 folds to 台", "數位臺灣", "數位台灣"},
		{"爲 and 裏", "爲此，在這裏", "為此,在這裡"},
		{"Japanese shinjitai", "経済産業省", "經濟產業省"},
		{"Japanese name with katakana", "G7デジタル・技術大臣会合", "g7デジタル・技術大臣會合"},
		{"space between Latin and CJK dropped", "APEC 電信暨資訊工作小組", "apec電信暨資訊工作小組"},
		{"leading and trailing whitespace", "  \t數位發展部 \n", "數位發展部"},
		{"ideographic space", "部長　林宜敬", "部長林宜敬"},
		{"not a safe variant: 著 stays", "顯著", "顯著"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Key(tc.in); got != tc.want {
				t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := Fold(tc.in).Folded; got != tc.want {
				t.Errorf("Fold(%q).Folded = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// A match found in the folded text maps back to exactly the original words,
// including the whitespace folding removed inside it, and nothing around it.
func TestOrigRoundTrip(t *testing.T) {
	tests := []struct {
		name, text, find, want string
	}{
		{
			"APEC working group written with a space",
			"參加亞太經濟合作（APEC）電信暨資訊 工作小組第 70 次會議報告書",
			Key("電信暨資訊工作小組第70次會議"),
			"電信暨資訊 工作小組第 70 次會議",
		},
		{
			"English name inside full-width parentheses",
			"自由線上聯盟(Freedom Online Coalition, FOC)邀請本部黃彥男部長",
			"freedom online coalition",
			"Freedom Online Coalition",
		},
		{
			"ROC date with spaces",
			"出國期間：113 年 9 月 14 日至 9 月 25 日",
			"113年9月14日",
			"113 年 9 月 14 日",
		},
		{
			"variant character in the original",
			"推動數位臺灣發展",
			"數位台灣",
			"數位臺灣",
		},
		{
			"full-width Latin",
			"由ＡＰＥＣ主辦",
			"apec",
			"ＡＰＥＣ",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ft := Fold(tc.text)
			i := strings.Index(ft.Folded, tc.find)
			if i < 0 {
				t.Fatalf("%q not found in folded %q", tc.find, ft.Folded)
			}
			s, e := ft.Orig(i), ft.OrigEnd(i+len(tc.find))
			if got := tc.text[s:e]; got != tc.want {
				t.Errorf("original of match = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestOrigBounds(t *testing.T) {
	for _, s := range []string{"", "   ", "數位發展部 ", "  abc  ", "臺\n灣"} {
		ft := Fold(s)
		if got := ft.Orig(len(ft.Folded)); got != len(s) {
			t.Errorf("Fold(%q).Orig(len) = %d, want %d", s, got, len(s))
		}
	}
}

// checkMap is the offset map's contract: monotone, in range, on rune
// boundaries of the original, and Orig(len(Folded)) == len(original).
func checkMap(t *testing.T, s string) {
	t.Helper()
	ft := Fold(s)
	if ft.Folded != Key(s) {
		t.Fatalf("Fold and Key disagree on %q", s)
	}
	prev, prevEnd := 0, 0
	for i := 0; i <= len(ft.Folded); i++ {
		o := ft.Orig(i)
		if o < prev || o > len(s) {
			t.Fatalf("Fold(%q): Orig(%d) = %d after %d (len %d)", s, i, o, prev, len(s))
		}
		if utf8.ValidString(s) && o < len(s) && !utf8.RuneStart(s[o]) {
			t.Fatalf("Fold(%q): Orig(%d) = %d is inside a rune", s, i, o)
		}
		if i > 0 {
			// An end lies after the start of the byte before it, and ends
			// never go backwards.
			e := ft.OrigEnd(i)
			if e <= ft.Orig(i-1) || e > len(s) || e < prevEnd {
				t.Fatalf("Fold(%q): OrigEnd(%d) = %d, Orig(i-1) = %d, previous end %d, len %d", s, i, e, ft.Orig(i-1), prevEnd, len(s))
			}
			prevEnd = e
		}
		prev = o
	}
	if ft.Orig(len(ft.Folded)) != len(s) {
		t.Fatalf("Fold(%q): Orig(len) = %d, want %d", s, ft.Orig(len(ft.Folded)), len(s))
	}
}

func TestOffsetsMonotoneOnCorpus(t *testing.T) {
	for _, s := range corpusLines(t) {
		checkMap(t, s)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range corpusLines(f) {
		f.Add(s)
	}
	f.Add("a\u0301 ﬁ ㈱ \xff\xfe 臺")
	f.Fuzz(func(t *testing.T, s string) {
		checkMap(t, s)
		if Key(Key(s)) != Key(s) {
			t.Errorf("Key is not idempotent on %q", s)
		}
	})
}

package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

type piece struct {
	kind Kind
	text string
}

func pieces(text string) []piece {
	var out []piece
	for _, sp := range Split(text) {
		out = append(out, piece{sp.Kind, text[sp.Start:sp.End]})
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []piece
	}{
		{
			name: "sentences end at 。 and ；, not inside （…）",
			in:   "本次出訪主要是應自由線上聯盟(Freedom Online Coalition, FOC)邀請出席部長會議。我國於 112 年成為 FOC 觀察員；致力於推動網路治理。",
			want: []piece{
				{Sentence, "本次出訪主要是應自由線上聯盟(Freedom Online Coalition, FOC)邀請出席部長會議。"},
				{Sentence, "我國於 112 年成為 FOC 觀察員；"},
				{Sentence, "致力於推動網路治理。"},
			},
		},
		{
			name: "no split inside 「…」 even at 。",
			in:   "黃部長表示「臺灣願意分享經驗。也期待合作」，獲得與會者肯定。",
			want: []piece{{Sentence, "黃部長表示「臺灣願意分享經驗。也期待合作」，獲得與會者肯定。"}},
		},
		{
			name: "an unclosed 「 does not swallow the rest of the line",
			in:   "實施「可信任人工智慧和風險管理聯合路徑圖(Joint Roadmap for Trustworthy AI and Risk Management),提高透明度;更新關鍵AI術語清單。",
			want: []piece{
				{Sentence, "實施「可信任人工智慧和風險管理聯合路徑圖(Joint Roadmap for Trustworthy AI and Risk Management),提高透明度;"},
				{Sentence, "更新關鍵AI術語清單。"},
			},
		},
		{
			name: "list markers trimmed",
			in:   "(3) 量子技術:雙方將成立量子工作小組(Quantum Task Force),以制定統一量子技術標準,加速技術研發。\n- (一) 參與聯合國外太空辦公室晚會\n一、風險因應:AI開發者應自行評估風險。\n1. 訂定涵蓋《廣島AI進程》之政策框架（Framework），並公布。",
			want: []piece{
				{Sentence, "量子技術:雙方將成立量子工作小組(Quantum Task Force),以制定統一量子技術標準,加速技術研發。"},
				{Heading, "參與聯合國外太空辦公室晚會"},
				{Sentence, "風險因應:AI開發者應自行評估風險。"},
				{Sentence, "訂定涵蓋《廣島AI進程》之政策框架（Framework），並公布。"},
			},
		},
		{
			name: "tab table rows, with an empty first cell",
			in:   "服務機關\t姓名\t職稱\n數位發展部\t黃彥男\t部長\n\t葉寧\t常務次長\n三、會議地點\t韓國慶洲\t\t",
			want: []piece{
				{TableRow, "服務機關\t姓名\t職稱"},
				{TableRow, "數位發展部\t黃彥男\t部長"},
				{TableRow, "葉寧\t常務次長"},
				{TableRow, "三、會議地點\t韓國慶洲"},
			},
		},
		{
			name: "markdown table, separator row dropped",
			in:   "| 日期 | 活動內容 |\n|---|---|\n| 113 年 9 月 15 日 | 工作會議 |",
			want: []piece{
				{TableRow, "| 日期 | 活動內容 |"},
				{TableRow, "| 113 年 9 月 15 日 | 工作會議 |"},
			},
		},
		{
			name: "headings: markdown, short lines, bracketed labels",
			in:   "## 出國報告（出國類別：開會）\n\n# 出席自由線上聯盟（Freedom Online Coalition, FOC）2024 年部長會議暨 相關會議\n日本公布設立AI安全研究所與著手訂定AI安全性評鑑標準\n出國報告（出國類別：國際會議）",
			want: []piece{
				{Heading, "出國報告（出國類別：開會）"},
				{Heading, "出席自由線上聯盟（Freedom Online Coalition, FOC）2024 年部長會議暨 相關會議"},
				{Heading, "日本公布設立AI安全研究所與著手訂定AI安全性評鑑標準"},
				{Heading, "出國報告（出國類別：國際會議）"},
			},
		},
		{
			name: "key-value lines stay sentences (dates live there)",
			in:   "出國期間：113 年 9 月 14 日至 9 月 25 日\n報告日期：113 年 11 月 11 日",
			want: []piece{
				{Sentence, "出國期間：113 年 9 月 14 日至 9 月 25 日"},
				{Sentence, "報告日期：113 年 11 月 11 日"},
			},
		},
		{
			name: "table of contents: leader dots, tab page numbers, wrapped entries",
			in:   "- 壹、推進黨家數位發展政策，建構數位韌性社會的跨域治理能\n量，促進民間參與數位公共建設.....1\n壹、 訪問目的 .....\t4\n貳、 過程\t7",
			want: []piece{
				{Heading, "推進黨家數位發展政策，建構數位韌性社會的跨域治理能\n量，促進民間參與數位公共建設.....1"},
				{Heading, "訪問目的 .....\t4"},
				{Heading, "過程\t7"},
			},
		},
		{
			name: "ASCII period splits only between Latin sentences",
			in:   "The U.S. Department of Commerce joined the talks. Japan signed it. Dr. Kang chaired. 由 Microsoft Corp. 主辦。",
			want: []piece{
				{Sentence, "The U.S. Department of Commerce joined the talks."},
				{Sentence, "Japan signed it."},
				{Sentence, "Dr. Kang chaired. 由 Microsoft Corp. 主辦。"},
			},
		},
		{
			name: "a closing quote after the end stays with its sentence",
			in:   "我們簽署了。」隨後離開！！其後返臺",
			want: []piece{{Sentence, "我們簽署了。」"}, {Sentence, "隨後離開！！"}, {Sentence, "其後返臺"}},
		},
		{name: "blank", in: " \n\t\n　\n", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := pieces(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d spans, want %d:\n%+v", len(got), len(tc.want), got)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("span %d = %v %q, want %v %q", i, got[i].kind, got[i].text, tc.want[i].kind, tc.want[i].text)
				}
			}
		})
	}
}

func TestCells(t *testing.T) {
	tests := []struct {
		row  string
		want []string
	}{
		{"數位發展部\t黃彥男\t部長", []string{"數位發展部", "黃彥男", "部長"}},
		{"\t葉寧\t常務次長", []string{"", "葉寧", "常務次長"}},
		{"三、會議地點\t韓國慶洲\t\t", []string{"三、會議地點", "韓國慶洲", "", ""}},
		{"| 113 年 9 月 15 日 | 工作會議 |", []string{"113 年 9 月 15 日", "工作會議"}},
	}
	for _, tc := range tests {
		text := "前文\n" + tc.row + "\n"
		var got []string
		for _, c := range Cells(text, Span{Start: len("前文\n"), End: len("前文\n") + len(tc.row), Kind: TableRow}) {
			got = append(got, text[c.Start:c.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("Cells(%q) = %q, want %q", tc.row, got, tc.want)
		}
	}
}

// The news file corpus/000_* has paragraphs of 1,500 characters: no span may
// exceed MaxSentence, and the sentences of a paragraph are cut at 。.
func TestLongParagraphs(t *testing.T) {
	text := readCorpus(t, "000_")
	for _, sp := range Split(text) {
		if sp.End-sp.Start > MaxSentence && sp.Kind != TableRow {
			t.Errorf("span of %d bytes: %q", sp.End-sp.Start, text[sp.Start:sp.End])
		}
	}
	want := "於2025年9月3日,由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引,包含日本在內,尚有美國、德國、法國、義大利、荷蘭、加拿大、澳洲、紐西蘭、印度、新加坡、韓國、波蘭、捷克、斯洛伐克等共計15個國家的網路安全部門,皆同步完成簽署。"
	if !hasSpan(text, want) {
		t.Errorf("the SBOM signing sentence is not one span")
	}
}

// Converted reports keep HTML lists inside table cells; a long cell is cut
// at its block tags, and the tags are not part of any span.
func TestHTMLInCells(t *testing.T) {
	text := readCorpus(t, "004_")
	for _, want := range []string{
		"3 月 4 日上午 — 開幕式：第一次大會暨團長與執行委員會會議",
		"3 月 5 日下午 — 「加速 5G 使用案例以支持 APEC 地區數位經濟成長」研討會議",
	} {
		if !hasSpan(text, want) {
			t.Errorf("no span %q", want)
		}
	}
	for _, sp := range Split(text) {
		if s := text[sp.Start:sp.End]; htmlBlock.MatchString(s) && sp.End-sp.Start > MaxSentence {
			t.Errorf("long span keeps HTML block tags: %.200q", s)
		}
	}
}

// A hard cut without clause punctuation still lands on a rune boundary.
func TestMaxSentenceCut(t *testing.T) {
	text := strings.Repeat("資", 500) + "。" + strings.Repeat("通，安全", 100)
	checkSpans(t, text)
	for _, sp := range Split(text) {
		if sp.End-sp.Start > MaxSentence {
			t.Errorf("span of %d bytes", sp.End-sp.Start)
		}
	}
}

func TestCorpusSpans(t *testing.T) {
	for _, f := range corpusFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, string(b))
	}
	text := readCorpus(t, "004_")
	for _, want := range []string{
		"共有澳洲、汶萊、加拿大、中國大陸、印尼、日本、韓國、馬來西亞、巴布亞紐幾內亞、秘魯、菲律賓、新加坡、泰國、美國及我國等 15 個經濟體代表出席，智利、香港、墨西哥、紐西蘭、越南與俄羅斯等 6 個經濟體未派員參加。",
	} {
		if !strings.Contains(text, want) {
			t.Fatalf("corpus changed: %q not found", want)
		}
	}
}

// checkSpans is Split's contract: spans in order, not overlapping, inside
// the text, on rune boundaries, trimmed, non-empty.
func checkSpans(t *testing.T, text string) {
	t.Helper()
	prev := 0
	for _, sp := range Split(text) {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in text of %d bytes", sp.Start, sp.End, prev, len(text))
		}
		if utf8.ValidString(text) {
			if !utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End]) {
				t.Fatalf("span [%d,%d) splits a rune", sp.Start, sp.End)
			}
			s := text[sp.Start:sp.End]
			r0, _ := utf8.DecodeRuneInString(s)
			r1, _ := utf8.DecodeLastRuneInString(s)
			if unicode.IsSpace(r0) || unicode.IsSpace(r1) {
				t.Fatalf("span not trimmed: %q", s)
			}
		}
		prev = sp.End
	}
}

func hasSpan(text, want string) bool {
	for _, sp := range Split(text) {
		if text[sp.Start:sp.End] == want {
			return true
		}
	}
	return false
}

func corpusFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no corpus files under ../../corpus (err %v)", err)
	}
	return files
}

func readCorpus(tb testing.TB, prefix string) string {
	tb.Helper()
	for _, f := range corpusFiles(tb) {
		if strings.HasPrefix(filepath.Base(f), prefix) {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			return string(b)
		}
	}
	tb.Fatalf("no corpus file %s*", prefix)
	return ""
}

func FuzzSplit(f *testing.F) {
	for _, file := range corpusFiles(f) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n\n") {
			f.Add(l)
		}
	}
	f.Add("「未閉合（括號。\t\n|a|b|\n...1\n1.")
	f.Fuzz(func(t *testing.T, text string) { checkSpans(t, text) })
}

func BenchmarkSplit(b *testing.B) {
	var texts []string
	n := 0
	for _, f := range corpusFiles(b) {
		buf, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(buf))
		n += len(buf)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Split(t)
		}
	}
}

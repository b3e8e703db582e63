package dates

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// found is what a test expects of one date: the text it covers and its ISO
// forms.
type found struct {
	text, iso, isoEnd string
}

func TestFindIn(t *testing.T) {
	tests := []struct {
		name string
		in   string
		year int
		want []found
	}{
		{"Gregorian range inheriting year and month",
			"歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC) 2024年4月4日至5日在比利時魯汶舉行第6屆部長會議", 0,
			[]found{{"2024年4月4日至5日", "2024-04-04", "2024-04-05"}}},
		{"Gregorian full date",
			"為此，日本內閣府於2024年2月14日公布，於經濟產業省政策執行機關", 0,
			[]found{{"2024年2月14日", "2024-02-14", ""}}},
		{"spaced Gregorian date",
			"日本於 2025 年 9 月 3 日簽署", 0,
			[]found{{"2025 年 9 月 3 日", "2025-09-03", ""}}},
		{"slash date",
			"公告日期 2024/02/14（星期三）", 0,
			[]found{{"2024/02/14", "2024-02-14", ""}}},
		{"year-month and year alone",
			"澳洲政府於2025年11月25日宣布,將於2026年初設立AI安全研究所。2025年11月另有公告。", 0,
			[]found{{"2025年11月25日", "2025-11-25", ""}, {"2026年", "2026", ""}, {"2025年11月", "2025-11", ""}}},
		{"ROC range with month on both ends",
			"出國期間：114 年 3 月 2 日至 3 月 8 日", 0,
			[]found{{"114 年 3 月 2 日至 3 月 8 日", "2025-03-02", "2025-03-08"}}},
		{"ROC range, end inherits the month",
			"二、會議日期\t114 年 3 月 3 日至 7 日", 0,
			[]found{{"114 年 3 月 3 日至 7 日", "2025-03-03", "2025-03-07"}}},
		{"ROC range across months",
			"出國期間：113 年 9 月 14 日至 9 月 25 日", 0,
			[]found{{"113 年 9 月 14 日至 9 月 25 日", "2024-09-14", "2024-09-25"}}},
		{"民國 with year and month",
			"中華民國 115 年 4 月\n立法院第 11 屆第 5 會期交通委員會", 0,
			[]found{{"中華民國 115 年 4 月", "2026-04", ""}}},
		{"ROC year with 年度",
			"以下謹依 115 年本部施政目標之重要業務；113年度預算", 0,
			[]found{{"113年度", "2024", ""}}},
		{"bare ROC year counts near the context year",
			"我國於 112 年成為 FOC 觀察員", 2024,
			[]found{{"112 年", "2023", ""}}},
		{"bare ROC year without context is not a date",
			"我國於 112 年成為 FOC 觀察員", 0, nil},
		{"year-less range takes the context year",
			"將於 8 月 4 日至 6 日 (SOM 3) 在韓國仁川舉行", 2025,
			[]found{{"8 月 4 日至 6 日", "2025-08-04", "2025-08-06"}}},
		{"year-less range, first day without 日",
			"預計分別於今年 SOM 3 期間，7 月 29 至 8 月 3 日及 8 月 4 日至 6 日，在韓國仁川舉行", 2025,
			[]found{{"7 月 29 至 8 月 3 日", "2025-07-29", "2025-08-03"}, {"8 月 4 日至 6 日", "2025-08-04", "2025-08-06"}}},
		{"year-less date without context has no ISO",
			"3 月 4 日上午 — 開幕式", 0,
			[]found{{"3 月 4 日", "", ""}}},
		{"year range",
			"(八) TELWG 2026 年至 2030 年策略行動計畫與組織章程", 0,
			[]found{{"2026 年至 2030 年", "2026", "2030"}}},
		{"counts and durations are not dates",
			"等 15 個經濟體代表出席，合計 12 日；第 70 次會議；TELWG 70；為期 2 天；15 年", 0, nil},
		{"a decade is not a year",
			"自1990年代起", 0, nil},
		{"invalid month is no date", "2024年13月5日", 0, nil},
		{"full-width digits", "２０２４年４月４日", 0, []found{{"２０２４年４月４日", "2024-04-04", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FindIn(tc.in, tc.year)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d dates, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, d := range got {
				w := tc.want[i]
				if s := tc.in[d.Start:d.End]; s != w.text || d.ISO != w.iso || d.ISOEnd != w.isoEnd {
					t.Errorf("date %d = %q %q..%q, want %q %q..%q", i, s, d.ISO, d.ISOEnd, w.text, w.iso, w.isoEnd)
				}
			}
		})
	}
}

func TestContextYear(t *testing.T) {
	tests := []struct {
		prefix string
		want   int
	}{
		{"001_", 2024}, // 報告日期：113 年 11 月 11 日
		{"004_", 2025}, // 報告日期：114 年 5 月 7 日
		{"002_", 2026}, // 中華民國 115 年 4 月
		{"003_", 2023}, // 日本於2023年12月1日
	}
	for _, tc := range tests {
		if got := ContextYear(readCorpus(t, tc.prefix)); got != tc.want {
			t.Errorf("ContextYear(%s) = %d, want %d", tc.prefix, got, tc.want)
		}
	}
}

// Every date found in the corpus lies inside the text, in order, and has a
// valid ISO form when it has a year.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		checkDates(t, text, FindIn(text, ContextYear(text)))
		total += len(Find(text))
	}
	if total < 100 {
		t.Errorf("only %d dates in the corpus", total)
	}
}

func checkDates(t *testing.T, text string, ds []Date) {
	t.Helper()
	prev := 0
	for _, d := range ds {
		if d.Start < prev || d.End <= d.Start || d.End > len(text) {
			t.Fatalf("bad date [%d,%d) after %d, len %d", d.Start, d.End, prev, len(text))
		}
		if d.Year != 0 && (d.Year < 1 || d.Year > 2111 || !strings.HasPrefix(d.ISO, fmt.Sprintf("%04d", d.Year))) {
			t.Fatalf("bad year %d (%q) in %q", d.Year, d.ISO, text[d.Start:d.End])
		}
		prev = d.End
	}
}

func FuzzFind(f *testing.F) {
	f.Add("2024年4月4日至5日在比利時魯汶", 0)
	f.Add("114 年 3 月 3 日至 7 日", 2025)
	f.Add("7 月 29 至 8 月 3 日", 2025)
	f.Add("中華民國 115 年 4 月", 0)
	f.Add("2024/02/14-", 0)
	f.Fuzz(func(t *testing.T, text string, year int) {
		checkDates(t, text, FindIn(text, 1900+abs(year%200)))
	})
}

func readCorpus(tb testing.TB, prefix string) string {
	tb.Helper()
	files, _ := filepath.Glob("../../corpus/" + prefix + "*")
	if len(files) == 0 {
		tb.Fatalf("no corpus file %s*", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// Package dates finds calendar dates in Traditional-Chinese text: Gregorian
// (2024年4月4日, 2024/02/14, 2024 年 9 月 3 日, 2025年11月), ROC years
// (民國113年, 113 年 3 月 2 日 = 2024-03-02) and ranges (4月4日至5日,
// 3 月 2 日至 3 月 8 日), each with its byte offsets and an ISO form.
package dates

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Date is one date or date range in a text.
type Date struct {
	Start, End int    // byte offsets of the whole expression, range included
	ISO        string // YYYY, YYYY-MM or YYYY-MM-DD; "" when the year is unknown
	ISOEnd     string // last day/month/year of a range, same precision rules; "" if not a range
	// The parts as read (0 = not given); Year is Gregorian (ROC converted).
	Year, Month, Day          int
	EndYear, EndMonth, EndDay int
	ROC                       bool // the text wrote a ROC (Minguo) year
}

// rocOffset converts a ROC year to Gregorian: 民國 113 年 = 2024.
const rocOffset = 1911

// Find finds the dates in text. A date without a year (4月5日) has no ISO
// form; use FindIn with the document's year to complete it.
func Find(text string) []Date { return FindIn(text, 0) }

// FindIn finds the dates in text, giving year-less dates the context year
// (for example the year of the document's report date). A context year also
// lets a bare three-digit ROC year ("112 年成為觀察員") count when it is
// within 15 years of it.
func FindIn(text string, year int) []Date {
	if year < 1 || year > 9999 {
		year = 0
	}
	var out []Date
	for i := 0; i < len(text); {
		loc := dateRe.FindStringSubmatchIndex(text[i:])
		if loc == nil {
			break
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		d, ok := parse(text, loc, year)
		if !ok {
			// Retry one rune later: "12025年" must not hide "2025年".
			_, n := utf8.DecodeRuneInString(text[loc[0]:])
			i = loc[0] + n
			continue
		}
		d = extendRange(text, d, year)
		d.setISO()
		out = append(out, d)
		i = d.End
	}
	return out
}

// ContextYear is the year a document's year-less dates belong to: the year
// of its report date (報告日期：113 年 11 月 11 日) if it states one, else the
// year of its first full date, else 0.
func ContextYear(text string) int {
	if i := reportDate.FindStringIndex(text); i != nil {
		if ds := FindIn(text[i[1]:min(len(text), i[1]+60)], 0); len(ds) > 0 && ds[0].Year > 0 {
			return ds[0].Year
		}
	}
	for _, d := range Find(text) {
		if d.Year > 0 && d.Month > 0 {
			return d.Year
		}
	}
	return 0
}

const (
	sp  = `[ \t\x{3000}]*` // spacing inside a date, never across lines
	dig = `[0-9０-９]`
)

var (
	// Groups: 1 民國, 2 year, 3 年度's 度, 4 month, 5 day, 6 day's 日/號,
	// 7 month of a year-less date, 8 its day, 9 its 日/號,
	// 10-12 slash form year, month, day.
	dateRe = regexp.MustCompile(
		`(?:((?:中華)?民國)` + sp + `)?(` + dig + `{2,4})` + sp + `年(度)?` +
			`(?:` + sp + `(` + dig + `{1,2})` + sp + `月份?(?:` + sp + `(` + dig + `{1,2})` + sp + `([日號])?)?)?` +
			`|(` + dig + `{1,2})` + sp + `月` + sp + `(` + dig + `{1,2})` + sp + `([日號])?` +
			`|(` + dig + `{2,4})[/\-.．](` + dig + `{1,2})[/\-.．](` + dig + `{1,2})`)
	// The rest of a range after a date: 至 5 日, 至 3 月 8 日, 至 2030 年.
	rangeRe = regexp.MustCompile(`^` + sp + `(?:至|到|~|～|-|－|—|–|－)` + sp +
		`(?:(` + dig + `{2,4})` + sp + `年)?` + sp +
		`(?:(` + dig + `{1,2})` + sp + `月)?` + sp +
		`(?:(` + dig + `{1,2})` + sp + `[日號])?`)
	reportDate = regexp.MustCompile(`報告日期` + sp + `[:：]?`)
)

func parse(text string, m []int, ctxYear int) (Date, bool) {
	start, end := m[0], m[1]
	if start > 0 {
		// A date starts a number, it is not the tail of one (A2024, 12025).
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if isDigit(r) || r < utf8.RuneSelf && isLatin(byte(r)) {
			return Date{}, false
		}
	}
	group := func(k int) (string, bool) {
		if m[2*k] < 0 {
			return "", false
		}
		return text[m[2*k]:m[2*k+1]], true
	}
	d := Date{Start: start, End: end}
	switch {
	case m[2*2] >= 0: // year 年 [month 月 [day 日]]
		ys, _ := group(2)
		y := num(ys)
		_, minguo := group(1)
		_, nianDu := group(3)
		ms, hasMonth := group(4)
		if hasMonth {
			d.Month = num(ms)
			if ds, ok := group(5); ok {
				d.Day = num(ds)
				if _, ri := group(6); !ri {
					// "7 月 29 至 8 月 3 日": a day without 日 only before a range.
					if rangeRe.FindStringIndex(text[m[11]:]) == nil {
						d.Day, d.End = 0, endOfMonth(text, m)
					}
				}
			}
		}
		switch digits := utf8.RuneCountInString(ys); {
		case digits == 4:
			if y < 1900 || y > 2100 || !hasMonth && strings.HasPrefix(text[end:], "代") {
				return Date{}, false
			}
		case digits == 2 || digits == 3:
			// A ROC year needs a month, 民國 or 年度, or (three digits)
			// a context year close to it: "15 年" alone is fifteen years.
			ok := hasMonth || minguo || nianDu ||
				digits == 3 && ctxYear > 0 && abs(y+rocOffset-ctxYear) <= 15
			if !ok || y < 1 || y > 200 {
				return Date{}, false
			}
			y += rocOffset
			d.ROC = true
		default:
			return Date{}, false
		}
		d.Year = y
	case m[2*7] >= 0: // month 月 day [日]
		ms, _ := group(7)
		ds, _ := group(8)
		d.Month, d.Day = num(ms), num(ds)
		if _, ri := group(9); !ri && rangeRe.FindStringIndex(text[end:]) == nil {
			return Date{}, false // "3 月 4" alone is not a date
		}
		d.Year = ctxYear
	default: // 2024/02/14, 113/03/02
		ys, _ := group(10)
		ms, _ := group(11)
		ds, _ := group(12)
		y := num(ys)
		switch utf8.RuneCountInString(ys) {
		case 4:
			if y < 1900 || y > 2100 {
				return Date{}, false
			}
		case 3:
			if y < 50 || y > 200 {
				return Date{}, false
			}
			y += rocOffset
			d.ROC = true
		default:
			return Date{}, false
		}
		d.Year, d.Month, d.Day = y, num(ms), num(ds)
		if end < len(text) && isDigit(rune(text[end])) {
			return Date{}, false // a version number 2024.1.15.3
		}
	}
	if !valid(d.Month, d.Day) {
		return Date{}, false
	}
	return d, true
}

// endOfMonth is the end of the "N 月" part of a match (before a dropped day).
func endOfMonth(text string, m []int) int {
	e := m[9] // end of the month digits
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if r != '月' && r != ' ' && r != '\t' && r != '\u3000' && r != '份' {
			break
		}
		e += n
		if r == '月' {
			if strings.HasPrefix(text[e:], "份") {
				e += len("份")
			}
			break
		}
	}
	return e
}

// extendRange reads "至 5 日", "至 3 月 8 日", "至 2030 年" after d; the end
// inherits the year and month it does not state.
func extendRange(text string, d Date, ctxYear int) Date {
	m := rangeRe.FindStringSubmatchIndex(text[d.End:])
	if m == nil {
		return d
	}
	part := func(k int) int {
		if m[2*k] < 0 {
			return 0
		}
		return num(text[d.End+m[2*k] : d.End+m[2*k+1]])
	}
	ey, em, ed := part(1), part(2), part(3)
	if ey == 0 && em == 0 && ed == 0 {
		return d
	}
	if ey > 0 {
		if ey < 1000 {
			ey += rocOffset
		}
		if ey < 1900 || ey > 2100 {
			return d
		}
	}
	// The end is no finer than the start: "2024年4月至6月" is months,
	// "2026 年至 2030 年" years; a day range needs a start day.
	switch {
	case d.Day > 0 && ed == 0, d.Day == 0 && ed > 0, d.Month == 0 && em > 0, d.Month > 0 && em == 0 && ed == 0:
		return d
	}
	if ey == 0 {
		ey = d.Year
	}
	if em == 0 {
		em = d.Month
	}
	if !valid(em, ed) {
		return d
	}
	d.EndYear, d.EndMonth, d.EndDay = ey, em, ed
	d.End += m[1]
	return d
}

func (d *Date) setISO() {
	d.ISO = iso(d.Year, d.Month, d.Day)
	if d.EndYear > 0 || d.EndMonth > 0 {
		d.ISOEnd = iso(d.EndYear, d.EndMonth, d.EndDay)
	}
}

func iso(y, m, d int) string {
	switch {
	case y == 0:
		return ""
	case m == 0:
		return fmt.Sprintf("%04d", y)
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func valid(m, d int) bool {
	if m == 0 {
		return d == 0
	}
	return m >= 1 && m <= 12 && d >= 0 && d <= daysIn[m]
}

// num reads ASCII or full-width digits.
func num(s string) int {
	n := 0
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		}
	}
	return n
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isLatin(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

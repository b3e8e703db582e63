package relate

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
)

// unit is one named thing in a sentence: the outermost span of overlapping
// mentions, with every entity id resolved at that span (雙方 can stand for two).
type unit struct {
	start, end int // byte offsets in the document
	typ        graph.EntityType
	ids        []string
}

// clause is a sentence prepared for the rules.
type clause struct {
	s      Sentence
	text   string // the document text
	lo, hi int    // the sentence's span
	units  []unit // outermost named spans, by start
	all    []mention.Mention
}

func newClause(s Sentence) *clause {
	c := &clause{s: s, text: s.Text, lo: s.Start, hi: s.End}
	ms := make([]mention.Mention, 0, len(s.Mentions))
	for _, m := range s.Mentions {
		if m.EntityID == "" || m.Start < s.Start || m.End > s.End || m.Start >= m.End {
			continue
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	c.all = ms
	for _, m := range ms {
		n := len(c.units)
		if n > 0 {
			last := &c.units[n-1]
			if m.Start == last.start && m.End == last.end && m.Type == last.typ {
				if !contains(last.ids, m.EntityID) {
					last.ids = append(last.ids, m.EntityID)
				}
				continue
			}
			if m.Start < last.end { // nested or overlapping: the outer span names the thing
				continue
			}
		}
		if strings.ContainsAny(s.Text[m.Start:m.End], hardStops) {
			continue // a name never spans a full stop; keeps clause arithmetic sound
		}
		c.units = append(c.units, unit{start: m.Start, end: m.End, typ: m.Type, ids: []string{m.EntityID}})
	}
	return c
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func typeIn(t graph.EntityType, ts []graph.EntityType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// unitsIn returns the units of the given types that lie inside [a,b).
func (c *clause) unitsIn(a, b int, ts ...graph.EntityType) []unit {
	var out []unit
	for _, u := range c.units {
		if u.start >= a && u.end <= b && (len(ts) == 0 || typeIn(u.typ, ts)) {
			out = append(out, u)
		}
	}
	return out
}

// inUnit reports whether byte offset p falls inside a named span.
func (c *clause) inUnit(p int) bool {
	for _, u := range c.units {
		if p >= u.start && p < u.end {
			return true
		}
	}
	return false
}

// hardStops end a clause: a fact's parts never straddle them.
const hardStops = "。；;！？!?\n"

// segment returns the [a,b) span between the hard stops around p.
func (c *clause) segment(p int) (int, int) {
	p = minInt(maxInt(p, c.lo), c.hi)
	a := c.lo
	if i := lastIndexAny(c.text[c.lo:p], hardStops); i >= 0 {
		a = c.lo + i
		_, w := utf8.DecodeRuneInString(c.text[a:])
		a += w
	}
	b := c.hi
	if i := strings.IndexAny(c.text[p:c.hi], hardStops); i >= 0 {
		b = p + i
	}
	return a, b
}

func lastIndexAny(s, chars string) int {
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		if strings.ContainsRune(chars, r) {
			return i
		}
	}
	return -1
}

// span is the text of [a,b), empty when the bounds cross (a name's end
// pushed past a bracket can lie beyond the next name's start).
func (c *clause) span(a, b int) string {
	if a < 0 || b > len(c.text) || a >= b {
		return ""
	}
	return c.text[a:b]
}

// runes counts the characters of the document text in [a,b).
func (c *clause) runes(a, b int) int {
	if a >= b {
		return 0
	}
	return utf8.RuneCountInString(c.text[a:b])
}

// softStops separate the parts of a clause (commas, enumeration marks).
const softStops = "，,、：:（）()"

// evidence picks the span that states a fact covering [a,b): the whole
// clause between hard stops when it is short enough to read, else [a,b)
// widened to the nearest commas, never beyond 200 characters when avoidable.
func (c *clause) evidence(a, b int) (int, int) {
	if a > b {
		a, b = b, a
	}
	a, b = maxInt(a, c.lo), minInt(b, c.hi)
	if a >= b {
		return c.lo, c.hi
	}
	sa, sb := c.segment(a)
	if b > sb {
		_, sb = c.segment(b - 1)
	}
	trim := func(x, y int) (int, int) {
		for x < y {
			r, w := utf8.DecodeRuneInString(c.text[x:])
			if r != ' ' && r != '\t' && r != '　' && r != '\r' {
				break
			}
			x += w
		}
		for y > x {
			r, w := utf8.DecodeLastRuneInString(c.text[:y])
			if r != ' ' && r != '\t' && r != '　' && r != '\r' {
				break
			}
			y -= w
		}
		return x, y
	}
	if c.runes(sa, sb) <= 200 {
		return trim(sa, sb)
	}
	// widen [a,b) to commas inside the clause
	x := a
	if i := lastIndexAny(c.text[sa:a], "，,"); i >= 0 {
		x = sa + i + len("，")
		if c.text[sa+i] == ',' {
			x = sa + i + 1
		}
	}
	y := b
	if i := strings.IndexAny(c.text[b:sb], "，,"); i >= 0 {
		y = b + i
	}
	if c.runes(x, y) <= 200 {
		return trim(x, y)
	}
	return trim(a, b)
}

// near reports whether any of words ends within n characters before p or
// starts within n characters after p, inside the sentence.
func (c *clause) before(p, n int, words ...string) bool {
	p = minInt(maxInt(p, c.lo), c.hi)
	a := p
	for i := 0; i < n && a > c.lo; i++ {
		_, w := utf8.DecodeLastRuneInString(c.text[c.lo:a])
		a -= w
	}
	s := c.text[a:p]
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func (c *clause) after(p, n int, words ...string) bool {
	p = minInt(maxInt(p, c.lo), c.hi)
	b := p
	for i := 0; i < n && b < c.hi; i++ {
		_, w := utf8.DecodeRuneInString(c.text[b:c.hi])
		b += w
	}
	s := c.text[p:b]
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// gapOK reports whether the text between two spans is short and holds none
// of the separators that would put them in different phrases.
func (c *clause) gapOK(a, b, maxRunes int, seps string) bool {
	if a > b {
		return false
	}
	if c.runes(a, b) > maxRunes {
		return false
	}
	return !strings.ContainsAny(c.text[a:b], seps)
}

// occurrences finds every trigger word in [a,b) that is not inside a named span.
type hit struct {
	start, end int
	word       string
}

func (c *clause) find(a, b int, words []string) []hit {
	if a < c.lo {
		a = c.lo
	}
	if b > c.hi {
		b = c.hi
	}
	if a >= b {
		return nil
	}
	var hs []hit
	s := c.text[a:b]
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			p := a + off + i
			if !c.inUnit(p) {
				hs = append(hs, hit{p, p + len(w), w})
			}
			off += i + len(w)
		}
	}
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].start != hs[j].start {
			return hs[i].start < hs[j].start
		}
		return hs[i].end > hs[j].end
	})
	// longest word wins where two overlap (共同簽署 over 簽署)
	out := hs[:0]
	for _, h := range hs {
		if n := len(out); n > 0 && h.start < out[n-1].end {
			continue
		}
		out = append(out, h)
	}
	return out
}

// negated reports whether a trigger at p is denied (未派員參加, 尚未簽署, 不會出席).
func (c *clause) negated(p int) bool {
	return c.before(p, 4, "未", "不", "沒有", "無意", "拒絕")
}

func ids(us []unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.ids...)
	}
	return out
}

func (c *clause) fact(t graph.RelationType, from, to string, a, b int) Fact {
	ea, eb := c.evidence(a, b)
	return Fact{Type: t, From: from, To: to, Start: ea, End: eb}
}

// facts builds every from×to fact, with one evidence span [a,b).
func (c *clause) facts(t graph.RelationType, froms, tos []string, a, b int, date string) []Fact {
	if len(froms) == 0 || len(tos) == 0 {
		return nil
	}
	ea, eb := c.evidence(a, b)
	var out []Fact
	for _, f := range froms {
		for _, o := range tos {
			if f != o {
				out = append(out, Fact{Type: t, From: f, To: o, Date: date, Start: ea, End: eb})
			}
		}
	}
	return out
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

package relate

import (
	"regexp"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// listAfter returns the enumeration of bodies that starts right after p
// (within lead characters) and the end of its last name, brackets included.
func (c *clause) listAfter(p, b, lead int) ([]unit, int) {
	right := c.unitsIn(p, b, bodies...)
	if len(right) == 0 || c.runes(p, right[0].start) > lead || !c.gapOK(p, right[0].start, lead, "，,。；") {
		return nil, p
	}
	ps := right[:1]
	last := right[0].end
	for _, u := range right[1:] {
		if sameThing(ps[len(ps)-1], u) && c.inBrackets(last, u.start) {
			last = u.end
			continue
		}
		if !c.enumNext(last, u.start) {
			break
		}
		ps = append(ps, u)
		last = u.end
	}
	return ps, c.skipBracket(last, b)
}

// subjectBefore is the body that ends right before p in its phrase (at most
// gap characters between them), or nil.
func (c *clause) subjectBefore(p, gap int) *unit {
	segA, _ := c.segment(p)
	left := c.unitsIn(clauseStart(c, segA, p), p, bodies...)
	if len(left) == 0 {
		return nil
	}
	u := left[len(left)-1]
	for i := len(left) - 2; i >= 0 && sameThing(left[i], u); i-- {
		u = left[i] // the name before its bracketed abbreviation
	}
	if c.runes(c.nameEnd(left[len(left)-1]), p) > gap {
		return nil
	}
	return &u
}

// cooperationFacts: PARTNERS_WITH stated without 與…合作 —
//   - G7 歡迎 OECD、GPAI、UNESCO 的合作: the welcomer works with each;
//   - 中華電信…啟用 OneWeb 與 SES O3b 兩個衛星系統之服務; 台亞衛星…啟用 Eutelsat
//     衛星服務: a company that takes another's service into use works with it.
func cooperationFacts(c *clause) []Fact {
	line := c.text[c.lo:c.hi]
	var out []Fact
	if strings.Contains(line, "歡迎") && strings.Contains(line, "合作") {
		for _, h := range c.find(c.lo, c.hi, []string{"歡迎"}) {
			x := c.subjectBefore(h.start, 2)
			if x == nil {
				continue
			}
			_, segB := c.segment(h.end)
			ps, last := c.listAfter(h.end, segB, 2)
			g := strings.TrimSpace(c.span(last, minInt(c.hi, last+len("的合作"))))
			if len(ps) == 0 || !(strings.HasPrefix(g, "的合作") || strings.HasPrefix(g, "之合作") || strings.HasPrefix(g, "合作")) {
				continue
			}
			for _, p := range ps {
				out = append(out, c.facts(graph.PartnersWith, x.ids, p.ids, x.start, last, "")...)
			}
		}
	}
	if strings.Contains(line, "啟用") && strings.Contains(line, "服務") {
		for _, h := range c.find(c.lo, c.hi, []string{"啟用"}) {
			x := c.subjectBefore(h.start, 20)
			if x == nil || x.typ == graph.Country {
				continue
			}
			_, segB := c.segment(h.end)
			ps, last := c.listAfter(h.end, segB, 2)
			if len(ps) == 0 {
				continue
			}
			s := strings.Index(c.text[last:segB], "服務")
			if s < 0 || c.runes(last, last+s) > 16 || strings.ContainsAny(c.text[last:last+s], "，,。；") {
				continue
			}
			for _, p := range ps {
				if p.typ != graph.Country {
					out = append(out, c.facts(graph.PartnersWith, x.ids, p.ids, x.start, last+s+len("服務"), "")...)
				}
			}
		}
	}
	return out
}

// chairTitles are the offices of a working group or a meeting.
var chairTitles = []string{"分組召集人", "召集人助理", "召集人", "共同主席", "副主席", "主席"}

// chairRoleFacts: a person written after a group's chair title holds a role
// in the group, whatever bodies stand between: 由 STSG 分組召集人我國國家資通安全
// 研究院王家宜主任主持; CISG 召集人助理我國 TTC 謝銘仁.
func chairRoleFacts(c *clause) []Fact {
	line := c.text[c.lo:c.hi]
	if !strings.Contains(line, "召集人") && !strings.Contains(line, "主席") {
		return nil
	}
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Organization {
			continue
		}
		e := c.nameEnd(u)
		g := strings.TrimLeft(c.span(e, minInt(c.hi, e+40)), " ")
		g = strings.TrimPrefix(g, "第一")
		g = strings.TrimPrefix(g, "第二")
		title := ""
		for _, w := range chairTitles {
			if strings.HasPrefix(g, w) || strings.HasPrefix(g, "副"+w) {
				title = w
				break
			}
		}
		if title == "" {
			continue
		}
		// the person closes the phrase of titles and bodies that follows
		for _, v := range c.units[i+1:] {
			if v.start < e || sameThing(u, v) {
				continue
			}
			if strings.ContainsAny(c.span(e, v.start), "，,。；;、與及和") {
				break
			}
			if v.typ == graph.Person {
				if c.runes(e, v.start) <= 30 {
					out = append(out, c.facts(graph.HoldsRole, v.ids, u.ids, u.start, v.end, "")...)
				}
				break
			}
			if v.typ != graph.Country && v.typ != graph.Agency && v.typ != graph.Organization {
				break
			}
		}
	}
	return out
}

// reMeetingFocus opens the phrase after a meeting's name that says what it
// will be about: ，擬聚焦於…; ，將著重…; ，主要探討….
var reMeetingFocus = regexp.MustCompile(`^\s*[（(][^（()）]{1,40}[)）]?\s*[，,]\s*(擬|將|並|預計|主要|會中)?\s*(聚焦|著重|關注|探討|討論)(於|在)?`)

// meetingFocusFacts: a meeting named and then, in the next phrase, said to
// focus on technologies addresses them (並計劃舉辦 TELMIN 12 (電信部長級會議)，
// 擬聚焦於數位發展與 AI 等關鍵議題).
func meetingFocusFacts(c *clause) []Fact {
	if !containsAny(c.text[c.lo:c.hi], []string{"聚焦", "著重", "關注", "探討", "討論"}) {
		return nil
	}
	var out []Fact
	for _, u := range c.units {
		if u.typ != graph.Meeting {
			continue
		}
		rest := c.text[u.end:c.hi]
		loc := reMeetingFocus.FindStringIndex(rest)
		if loc == nil {
			// no bracket after the name
			if l := reMeetingFocus.FindStringIndex("()" + rest); l != nil && l[1] > 2 {
				loc = []int{0, l[1] - 2}
			}
		}
		if loc == nil {
			continue
		}
		a := u.end + loc[1]
		b := c.hi
		if i := strings.IndexAny(c.text[a:c.hi], "，,。；;"); i >= 0 {
			b = a + i
		}
		for _, v := range c.unitsIn(a, b, graph.Technology) {
			out = append(out, c.facts(graph.Addresses, u.ids, v.ids, u.start, b, "")...)
		}
	}
	return out
}

package relate

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/dates"
	"github.com/policygraph/policygraph/loader/mention"
)

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// heldWords say that a meeting takes place; a country right before them,
// after 在/於, is where (在比利時魯汶舉行, 於韓國慶洲舉辦, 在韓國仁川舉行).
var heldWords = []string{"舉行", "舉辦", "召開", "辦理", "主辦", "登場", "展開", "進行", "held in", "took place"}

// place is where a sentence says something happens: a country named, or a
// city whose country the places table knows.
type place struct {
	start, end int
	ids        []string
}

// placeMarks stand right before a place (在巴黎, 於臺北, 來臺, 赴美國).
var placeMarks = []string{"在", "於", "至", "來", "赴", "in "}

// placesIn lists the places of [a,b) that follow a place mark: country
// units, and cities outside any other name (於臺北舉辦, 在巴黎舉辦).
func (c *clause) placesIn(a, b int) []place {
	var out []place
	for _, u := range c.unitsIn(a, b, graph.Country) {
		if c.before(u.start, 2, placeMarks...) {
			out = append(out, place{u.start, u.end, u.ids})
		}
	}
	// a named venue after the mark: its country is where (於美國自然歷史博物館舉行)
	for _, u := range c.unitsIn(a, b, graph.Organization, graph.Agency) {
		if c.before(u.start, 1, "在", "於") {
			if cs := c.nestedCountries(u); len(cs) > 0 {
				out = append(out, place{u.start, u.end, cs})
			}
		}
	}
	for _, h := range c.find(a, b, placeMarks) {
		p := h.end
		if p >= b || c.inUnit(p) {
			continue
		}
		if id, n := places.at(c.text[:b], p); id != "" {
			out = append(out, place{p, p + n, []string{id}})
			continue
		}
		// 來臺 / 訪臺: 臺 alone is Taiwan
		if h.word == "來" || h.word == "赴" {
			if r, w := decodeRune(c.text[p:b]); r == '臺' || r == '台' {
				out = append(out, place{p, p + w, []string{"country:TW"}})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// HELD_IN: meeting + 在/於 + country or city + held-verb, or held-verb +
// meeting (於臺北舉辦的 RightsCon2025 活動).
func heldInFacts(c *clause) []Fact {
	var out []Fact
	for _, u := range c.placesIn(c.lo, c.hi) {
		segA, segB := c.segment(u.start)
		// the place's own gloss does not part it from the verb: 在加州聖塔克拉拉
		// (Santa Clara, California) 舉辦
		pe := c.placeEnd(u.end, segB)
		var verb *hit
		for _, h := range c.find(pe, segB, heldWords) {
			if c.gapOK(pe, h.start, 12, "，,、。；") {
				h := h
				verb = &h
			}
			break
		}
		if verb == nil {
			continue
		}
		var mt []string
		a, b := u.start, verb.end
		if after := c.unitsIn(verb.end, segB, meetings...); len(after) > 0 && c.gapOK(verb.end, after[0].start, 12, "，,。；") {
			mt = after[0].ids
			b = after[0].end
		} else if before := c.unitsIn(segA, u.start, meetings...); len(before) > 0 && c.placeFollows(before[len(before)-1], u.start) {
			m := before[len(before)-1]
			mt = m.ids
			a = m.start
		} else if f := c.s.Context.Focus; f != "" && (c.before(u.start, 30, "本次", "本屆", "此次", "會議") || c.after(verb.end, 6, "本次", "會議") || c.after(verb.end, 3, "晚會", "活動", "研討會", "論壇", "峰會", "年會", "大會")) {
			mt = []string{f}
		}
		out = append(out, c.facts(graph.HeldIn, mt, u.ids, a, b, c.findDate(c.text[segA:segB]))...)
	}
	out = append(out, heldInNames(c)...)
	out = append(out, heldInEnglish(c)...)
	out = append(out, visitorsHeldIn(c)...)
	return out
}

// placeEnd moves p past what continues a place: a city after its state or
// country (加州聖塔克拉拉) and the place's bracketed gloss (Santa Clara,
// California).
func (c *clause) placeEnd(p, b int) int {
	for k := 0; k < 4 && p < b; k++ {
		g := strings.TrimLeft(c.span(p, b), " ")
		q := b - len(g)
		if strings.HasPrefix(g, "(") || strings.HasPrefix(g, "（") {
			i := strings.IndexAny(g, ")）")
			if i < 0 || utf8.RuneCountInString(g[:i]) > 60 {
				return p
			}
			_, w := utf8.DecodeRuneInString(g[i:])
			p = q + i + w
			continue
		}
		if _, n := places.at(c.text[:b], q); n > 0 {
			p = q + n
			continue
		}
		moved := false
		for _, u := range c.units {
			if u.start == q && u.typ == graph.Country {
				p, moved = u.end, true
				break
			}
		}
		if !moved {
			return p
		}
	}
	return p
}

// visitorsHeldIn: a Taiwanese text that says a meeting brought its guests
// 來臺 says where it was held (於 9 月 12 日辦理隱私強化技術國際研討會，邀請近
// 12 個經濟體成員來臺).
func visitorsHeldIn(c *clause) []Fact {
	tw := c.s.Context.Country
	if tw == "" {
		return nil
	}
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, []string{"來臺", "來台", "訪臺", "訪台"}) {
		inv := c.find(c.lo, h.start, inviteWords)
		if len(inv) == 0 || c.runes(inv[len(inv)-1].end, h.start) > 20 || strings.ContainsAny(c.span(inv[len(inv)-1].end, h.start), "。；") {
			continue
		}
		ms := c.unitsIn(c.lo, inv[len(inv)-1].start, meetings...)
		if len(ms) == 0 {
			continue
		}
		m := ms[len(ms)-1]
		if strings.ContainsAny(c.span(m.end, inv[len(inv)-1].start), "。；") || c.runes(m.end, inv[len(inv)-1].start) > 6 {
			continue // the invitation is the meeting's own: …研討會，邀請…
		}
		out = append(out, c.facts(graph.HeldIn, m.ids, []string{tw}, m.start, h.end, "")...)
	}
	return out
}

// nounEstablishFacts: "韓國簡介該國 AI 框架法與 AI 安全研究院的設立": the body
// the sentence is about set up the one whose 設立/成立 it reports.
func nounEstablishFacts(c *clause) []Fact {
	top := openingBody(c)
	if top == "" {
		return nil
	}
	// the opener must be the speaker (韓國簡介…), not a modifier (我國 TAF …)
	first := c.units[0]
	if !c.after(c.nameEnd(first), 4, "簡介", "介紹", "說明", "報告", "分享", "表示", "指出", "代表", "宣布") {
		return nil
	}
	var out []Fact
	for _, u := range c.units {
		if !typeIn(u.typ, orgs) || sameThing(u, unit{ids: []string{top}}) {
			continue
		}
		rest := strings.TrimSpace(c.span(c.nameEnd(u), minInt(c.hi, c.nameEnd(u)+12)))
		for _, w := range []string{"的設立", "之設立", "的成立", "之成立", "的創立"} {
			if strings.HasPrefix(rest, w) {
				out = append(out, c.facts(graph.Established, []string{top}, u.ids, c.lo, u.end+len(w), "")...)
			}
		}
	}
	return out
}

// visitHostFacts: a visit named for the body visited (拜會微軟總部, 參訪
// Chain Reaction) is hosted by that body.
func visitHostFacts(c *clause) []Fact {
	var out []Fact
	for _, u := range c.units {
		if u.typ != graph.Meeting {
			continue
		}
		name := strings.TrimSpace(c.text[u.start:u.end])
		if !(strings.HasPrefix(name, "拜會") || strings.HasPrefix(name, "參訪") || strings.HasPrefix(name, "拜訪")) {
			continue
		}
		for _, m := range c.all {
			if m.Start > u.start && m.End <= u.end && (m.Type == graph.Organization || m.Type == graph.Agency) {
				out = append(out, c.facts(graph.Hosted, []string{m.EntityID}, u.ids, u.start, u.end, "")...)
				break
			}
		}
	}
	return out
}

// placeFollows reports whether the place at p still speaks of meeting m: in
// the same phrase, or only dates and times stand between them (TELWG 71 …
// 預計分別於今年 SOM 3 期間，7 月 29 至 8 月 3 日…，在韓國仁川舉行), not
// another actor's phrase (…簽署儀式，…Oren Yokev 於 2023 年在臺北進行).
func (c *clause) placeFollows(m unit, p int) bool {
	if !strings.ContainsAny(c.text[m.end:p], "，,") {
		return true
	}
	return len(c.unitsIn(m.end, p)) == 0
}

// heldInNames: a meeting whose name carries its city (AI 首爾高峰會, G7 廣島峰會)
// or that the text writes right after its country (美國 RSAC 展會).
func heldInNames(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Meeting {
			continue
		}
		if i > 0 {
			if v := c.units[i-1]; v.typ == graph.Country && strings.TrimSpace(c.text[v.end:u.start]) == "" {
				out = append(out, c.facts(graph.HeldIn, u.ids, v.ids, v.start, u.end, "")...)
				continue
			}
		}
		for p := u.start; p < u.end; {
			if id, _ := places.at(c.text[:u.end], p); id != "" {
				out = append(out, c.facts(graph.HeldIn, u.ids, []string{id}, u.start, u.end, "")...)
				break
			}
			_, w := decodeRune(c.text[p:u.end])
			p += w
		}
	}
	return out
}

// reHeldEn is what stands between an English meeting name and its place:
// "Conference in The Hague, the Netherlands", "event held in Taiwan".
var reHeldEn = regexp.MustCompile(`^\s*(event\s+|meeting\s+|summit\s+)?((was\s+)?(held|hosted|organi[sz]ed|convened)\s+)?in\s+((the\s+)?[A-Z][A-Za-z]+(\s+[A-Z][A-Za-z]+)*,\s*)?(the\s+)?$`)

func heldInEnglish(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Meeting {
			continue
		}
		for _, v := range c.units[i+1:] {
			if v.typ != graph.Country {
				continue
			}
			if c.runes(u.end, v.start) <= 40 && reHeldEn.MatchString(c.text[u.end:v.start]) {
				out = append(out, c.facts(graph.HeldIn, u.ids, v.ids, u.start, v.end, "")...)
			}
			break
		}
	}
	return out
}

// memberWords name membership; the organization stands right before them
// (FOC 觀察員, FOC 的第 41 個成員, APCERT 的一員).
var memberWords = []string{"成員國", "會員國", "會員經濟體", "成員", "會員", "觀察員", "一員", "締約方", "締約國", "member", "observer"}

// MEMBER_OF: 我國於 112 年成為 FOC 觀察員; 作為 FOC 成員，迦納…; the FOC consists of: A, B, C.
func memberFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, memberWords) {
		segA, segB := c.segment(h.start)
		os := c.unitsIn(segA, h.start, organization...)
		if len(os) == 0 {
			continue
		}
		org := os[len(os)-1]
		if !c.gapOK(org.end, h.start, 9, "，,、。；:：") {
			continue
		}
		// members: bodies before the organization in the same phrase, after
		// a becoming-verb (成為 作為 為 擔任 是 加入); else the body that the
		// "作為 X 成員，" phrase introduces.
		// 執行長與 HLAB-AI 成員 Nighat Dad: the member word titles a person
		if next := c.unitsIn(h.end, segB); len(next) > 0 && next[0].typ == graph.Person && c.runes(h.end, next[0].start) <= 3 {
			continue
		}
		var mem []unit
		for _, u := range c.unitsIn(clauseStart(c, segA, org.start), org.start, bodies...) {
			mem = append(mem, u)
		}
		if len(mem) > 0 && !strings.ContainsAny(c.text[mem[len(mem)-1].end:org.start], "成作為是入") {
			mem = nil
		}
		a := org.start
		if len(mem) > 0 {
			a = mem[0].start
		} else if c.before(org.start, 3, "作為", "身為", "身分") {
			if next := c.unitsIn(h.end, segB, bodies...); len(next) > 0 && c.gapOK(h.end, next[0].start, 6, "。；") {
				mem = next[:1]
			}
		}
		out = append(out, c.facts(graph.MemberOf, ids(mem), org.ids, a, h.end, "")...)
	}
	// 由 A、B、C 組成 / consists of: A, B, C — every body after the verb
	for _, h := range c.find(c.lo, c.hi, []string{"consists of", "members include", "成員包括", "成員包含", "成員國包括", "成員國為"}) {
		segA, segB := c.segment(h.start)
		os := c.unitsIn(segA, h.start, organization...)
		if len(os) == 0 {
			continue
		}
		mem := c.unitsIn(h.end, segB, graph.Country, graph.Agency)
		out = append(out, c.facts(graph.MemberOf, ids(mem), os[len(os)-1].ids, os[len(os)-1].start, h.end, "")...)
	}
	return out
}

// partnerWords say that two bodies work together.
var partnerWords = []string{"合作備忘錄", "合作", "結盟", "協作", "協力", "攜手", "夥伴", "簽署", "簽訂", "MOU", "備忘錄", "協議", "對話", "共同推動", "共同打造", "聯合"}

// withWords put a partner after them; 偕同/協同/會同 say the cooperation by
// themselves, 與/和 need a partner word after the partner.
var withWords = []string{"與", "偕同", "協同", "會同", "攜手", "連同", "串接", "透過"}

// PARTNERS_WITH: X 與 Y 合作/簽署 MOU; 本部…偕同金管會、環境部…推動.
func partnerFacts(c *clause) []Fact {
	var out []Fact
	var prevX []string
	prevEnd := -1
	for _, h := range c.find(c.lo, c.hi, withWords) {
		segA, segB := c.segment(h.start)
		right := c.unitsIn(h.end, segB, bodies...)
		if len(right) == 0 || !c.partnerLead(h.end, right[0].start) {
			continue
		}
		if c.before(h.start, 20, "建議", "希望", "避免", "是否", "盼", "若", "相信", "期待", "期望", "可望", "應推動", "應加強", "應持續", "應積極", "未來可") || c.after(h.end, 30, "將會", "可望") {
			continue // a wish or a question is no partnership
		}
		// the partners: the enumeration right after the marker, a name's
		// bracketed English or abbreviation counted with it
		ps := right[:1]
		last := right[0].end
		for _, u := range right[1:] {
			if sameThing(ps[len(ps)-1], u) && c.gapOK(last, u.start, 60, "。；") && c.inBrackets(last, u.start) {
				last = u.end
				continue
			}
			if !c.enumNext(last, u.start) {
				break
			}
			ps = append(ps, u)
			last = u.end
		}
		last = c.skipBracket(last, segB)
		self := h.word != "與" && h.word != "透過" // 偕同/攜手 say the partnership themselves; 與/透過 need a partner word
		ws := c.find(last, segB, partnerWords)
		reach := 16
		if strings.HasPrefix(strings.TrimSpace(c.text[last:segB]), "等") {
			reach = 40 // 與 A、B 等多家分析衛星影像…等業者合作
		}
		if !self && (len(ws) == 0 || c.runes(last, ws[0].start) > reach) {
			continue
		}
		if !self && containsAny(c.span(last, ws[0].start), reportWords) {
			continue // 巴布亞紐幾內亞與泰國特別提及相關區域合作: they speak of cooperation
		}
		// 法國 LNE: a country written before a body names the body's country
		kept := ps[:0:0]
		for i, u := range ps {
			if u.typ == graph.Country && i+1 < len(ps) && ps[i+1].typ != graph.Country && strings.TrimSpace(c.text[u.end:ps[i+1].start]) == "" {
				continue
			}
			kept = append(kept, u)
		}
		ps = kept
		end := last
		if len(ws) > 0 {
			end = maxInt(end, ws[0].end)
		}
		// the subject: the nearest body before the marker, else the body
		// that opens the clause (本部…，並偕同…), else the author of a
		// report whose sentence names no actor (114 年偕同金管會、環境部…推動)
		left := c.unitsIn(segA, h.start, bodies...)
		var x []string
		a := h.start
		if prevX != nil && c.before(h.start, 1, "及", "和", "、", "並") && prevEnd >= segA {
			// 分別與 A 及與 B 簽署: the second 與 shares the first one's subject
			x = prevX
		} else if n := len(left); n > 0 && c.gapOK(left[n-1].end, h.start, 20, "，,。；、") {
			x, a = left[n-1].ids, left[n-1].start
		} else if n > 0 && (c.runes(segA, left[0].start) <= 12 || openingLead(c.span(clauseStart(c, segA, left[0].start), left[0].start))) && !c.before(left[0].start, 1, "於", "在") {
			// (the body that opens its clause, after a label: Azure Space 衛星連線
			// 計畫：2020 年 Microsoft 提出…，同時也宣布與 SpaceX 及 SES…結盟)
			x, a = left[0].ids, left[0].start
		} else if au := c.s.Context.Author; n > 0 && au != "" && c.authorOpens(segA, h.start) {
			// 鑒於…，本部規劃…，協同教育部、文化部…共同打造: the author that opens
			// a clause of the sentence is its subject
			x = []string{au}
		} else if n == 0 && c.s.Context.Topic != "" && !c.before(h.start, 40, "公司", "該", "其", "他", "她", "講者", "主席", "代表", "業者") {
			// the body the paragraph is about: AIEC …。並延續與法國 LNE 合作
			x = []string{c.s.Context.Topic}
		} else if n == 0 && c.s.Context.Author != "" && !c.before(h.start, 40, "公司", "該", "其", "他", "她", "講者", "主席", "代表", "業者") {
			x = []string{c.s.Context.Author}
		}
		if len(x) == 0 {
			continue
		}
		prevX, prevEnd = x, end
		out = append(out, c.facts(graph.PartnersWith, x, ids(ps), a, end, "")...)
	}
	return out
}

// classPartnerFacts: X 將與自願參與的夥伴合作、協商，包括 A、B 及 C — the
// bodies listed after a cooperation with a class of partners are X's partners.
func classPartnerFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, []string{"與"}) {
		segA, segB := c.segment(h.start)
		ws := c.find(h.end, segB, []string{"合作", "協作", "結盟"})
		if len(ws) == 0 || c.runes(h.end, ws[0].start) > 12 || strings.ContainsAny(c.span(h.end, ws[0].start), "，,") || len(c.unitsIn(h.end, ws[0].start)) > 0 {
			continue
		}
		ls := c.find(ws[0].end, segB, []string{"包括", "包含"})
		if len(ls) == 0 || c.runes(ws[0].end, ls[0].start) > 8 {
			continue
		}
		left := c.unitsIn(segA, h.start, bodies...)
		if len(left) == 0 || !c.gapOK(left[len(left)-1].end, h.start, 4, "，,。；") {
			continue
		}
		x := left[len(left)-1]
		ps := c.unitsIn(ls[0].end, segB, bodies...)
		out = append(out, c.facts(graph.PartnersWith, x.ids, ids(ps), x.start, segB, "")...)
	}
	return out
}

// companyNouns name a kind of company by what it works on (雲端大廠, 資安廠商).
var companyNouns = []string{"大廠", "業者", "廠商", "公司", "企業", "新創"}

// companyKindFacts: a company described by its field works on it — Chain
// Reaction 為結合…半導體與資安人才新創公司; 美國雲端大廠（如 AWS、GCP、Azure）.
func companyKindFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, companyNouns) {
		segA, segB := c.segment(h.start)
		a := clauseStart(c, segA, h.start)
		techs := c.unitsIn(a, h.start, graph.Technology)
		if len(techs) == 0 {
			continue
		}
		// X 為/是 … T … 公司: the body the phrase describes
		if bs := c.unitsIn(a, techs[0].start, organization...); len(bs) > 0 {
			b := bs[len(bs)-1]
			g := strings.TrimSpace(c.span(c.skipBracket(c.nameEnd(b), techs[0].start), techs[0].start))
			if strings.HasPrefix(g, "為") || strings.HasPrefix(g, "是") {
				if utf8.RuneCountInString(c.span(techs[len(techs)-1].end, h.start)) <= 4 && len(c.unitsIn(b.end, h.start, orgs...)) == 0 {
					out = append(out, c.facts(graph.Addresses, b.ids, ids(techs), b.start, h.end, "")...)
				}
				continue
			}
		}
		// T 大廠（如 A、B、C）: the examples named after the kind
		t := techs[len(techs)-1]
		if strings.TrimSpace(c.span(t.end, h.start)) != "" {
			continue
		}
		rest := strings.TrimLeft(c.span(h.end, segB), " ")
		if !strings.HasPrefix(rest, "（如") && !strings.HasPrefix(rest, "(如") && !strings.HasPrefix(rest, "，如") && !strings.HasPrefix(rest, "，例如") {
			continue
		}
		p := segB - len(rest)
		end := segB
		if i := strings.IndexAny(c.text[p+3:segB], ")），,"); i >= 0 {
			end = p + 3 + i
		}
		if ex := c.unitsIn(p, end, organization...); len(ex) > 0 {
			out = append(out, c.facts(graph.Addresses, ids(ex), t.ids, t.start, ex[len(ex)-1].end, "")...)
		}
	}
	return out
}

// reportWords are verbs of speaking: what follows them is reported, not done.
var reportWords = []string{"提及", "強調", "表示", "指出", "分享", "說明", "認為", "提到"}

// partnerLead accepts what stands between a with-word and the first
// partner: nothing much, or a class noun that introduces examples
// (攜手國際大廠（如 GitHub、高通等）).
func (c *clause) partnerLead(a, b int) bool {
	if c.gapOK(a, b, 2, "，,。；") {
		return true
	}
	g := strings.TrimSpace(c.text[a:b])
	if c.gapOK(a, b, 14, "，,。；") && (strings.HasSuffix(g, "如") || strings.HasSuffix(g, "例如") || strings.HasSuffix(g, "（") || strings.HasSuffix(g, "(")) {
		return true
	}
	// 與 3 家人才媒合平臺（1111 人力銀行、Yourator、Cake）: the first examples of
	// the bracket may be names the mentions miss
	i := strings.IndexAny(g, "（(")
	if i < 0 || utf8.RuneCountInString(g[:i]) > 14 || !c.gapOK(a, b, 40, "，,。；)）") {
		return false
	}
	return strings.HasSuffix(g, "、")
}

func sameThing(u, v unit) bool {
	for _, a := range u.ids {
		if contains(v.ids, a) {
			return true
		}
	}
	return false
}

// inBrackets reports whether [a,b) opens or continues a bracket after a
// name: " (" or "（…, " before the English name or abbreviation.
func (c *clause) inBrackets(a, b int) bool {
	open := strings.LastIndexAny(c.text[c.lo:a], "(（")
	close := strings.LastIndexAny(c.text[c.lo:a], ")）")
	if open > close {
		return true // still inside the bracket
	}
	g := strings.TrimSpace(c.text[a:b])
	return g == "(" || g == "（"
}

// skipBracket moves p past a bracket that closes right after it.
func (c *clause) skipBracket(p, b int) int {
	if open, close := strings.LastIndexAny(c.text[c.lo:p], "(（"), strings.LastIndexAny(c.text[c.lo:p], ")）"); open <= close {
		return p
	}
	if i := strings.IndexAny(c.text[p:b], ")）"); i >= 0 && c.runes(p, p+i) <= 60 {
		_, w := decodeRune(c.text[p+i:])
		return p + i + w
	}
	return p
}

// enumNext reports whether the name at b continues an enumeration that
// reached a: separated by 、 及 和 or a short gap, after a closing bracket.
func (c *clause) enumNext(a, b int) bool {
	if a > b {
		return false
	}
	a = c.skipBracket(a, b)
	g := strings.TrimLeft(c.text[a:b], " )）")
	if enumGap(g) {
		return true
	}
	return utf8.RuneCountInString(g) <= 3 && !strings.ContainsAny(g, "，,。；")
}

// roleSeps separate a person from a body that is not theirs.
const roleSeps = "，,、。；;：:與和及()（）「」"

// HOLDS_ROLE: 數位發展部黃彥男部長, 日本總務省 (MIC) 代表 Yasunari Ueno,
// table rows 服務機關 姓名 職稱 (a row without a body continues the one above).
func roleFacts(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Person {
			continue
		}
		// the nearest body right before the person
		var b *unit
		for j := i - 1; j >= 0; j-- {
			v := c.units[j]
			if v.typ == graph.Person {
				break
			}
			if v.typ == graph.Agency || v.typ == graph.Organization {
				if e := c.nameEnd(v); c.titleGap(e, u.start) || c.abbrGap(e, u.start) {
					b = &c.units[j]
					// Research ICT Africa 執行長與 FOC 諮詢網絡成員 Alison Gillwald:
					// the title before 與 is held at the body before it; a
					// member word is a membership, not a role
					if j > 0 {
						w := c.units[j-1]
						if typeIn(w.typ, orgs) && !sameThing(w, v) && reTitleAnd.MatchString(c.span(c.nameEnd(w), v.start)) {
							out = append(out, c.facts(graph.HoldsRole, u.ids, w.ids, w.start, u.end, "")...)
						}
					}
				}
				break
			}
			if v.typ == graph.Country { // 韓國 Judong Jang: a country is not an employer
				continue
			}
			break
		}
		if b != nil {
			out = append(out, c.facts(graph.HoldsRole, u.ids, b.ids, b.start, u.end, "")...)
			continue
		}
		if rb := c.s.Context.RowBody; rb != "" && ((c.isRow() && c.leadingBlank()) || c.s.Context.Attendees) && len(c.unitsIn(c.lo, u.start, orgs...)) == 0 {
			out = append(out, c.facts(graph.HoldsRole, u.ids, []string{rb}, u.start, u.end, "")...)
		}
	}
	return out
}

// reSignatureTitle is the title of a report's signatory on a line of its own
// (部長 林宜敬, 主任委員 王小明).
var reSignatureTitle = regexp.MustCompile(`^(部長|次長|政務次長|常務次長|署長|局長|院長|副院長|主任委員|副主任委員|主委|處長|司長|秘書長|執行長|主任)$`)

// reBracketRole is a role given in brackets after a person's name: (前臺積電
// 資深業務總監), (現任 Google 亞太區政策總監): an optional 前/現任, a body, a
// short title.
var reBracketRole = regexp.MustCompile(`^\s*[(（]\s*(前|現任|曾任|時任)?\s*$`)

// bracketRoleFacts: Oren Yokev (前以色列情報局技術長) holds (or held) the
// role at the body in the bracket after the name.
func bracketRoleFacts(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Person {
			continue
		}
		// past the person's own English name in brackets
		k := i + 1
		for k < len(c.units) && sameThing(c.units[k], u) {
			k++
		}
		if k >= len(c.units) || !typeIn(c.units[k].typ, orgs) {
			continue
		}
		b := c.units[k]
		from := u.end
		if k-1 > i {
			from = c.skipBracket(c.units[k-1].end, c.hi)
		}
		if from > b.start || !reBracketRole.MatchString(c.span(from, b.start)) {
			continue
		}
		rest := c.span(b.end, minInt(c.hi, b.end+40))
		j := strings.IndexAny(rest, ")）")
		if j < 0 || utf8.RuneCountInString(rest[:j]) > 10 || strings.ContainsAny(rest[:j], "，,、(（") || len(c.unitsIn(b.end, b.end+j)) > 0 {
			continue
		}
		out = append(out, c.facts(graph.HoldsRole, u.ids, b.ids, u.start, b.end+j, "")...)
	}
	return out
}

// signatureFacts: a line that holds only a title and a person signs the
// author's report: the person holds that role at the author (部長 林宜敬).
func signatureFacts(c *clause) []Fact {
	a := c.s.Context.Author
	if a == "" || len(c.units) != 1 || c.units[0].typ != graph.Person {
		return nil
	}
	u := c.units[0]
	if strings.TrimSpace(c.span(u.end, c.hi)) != "" || !reSignatureTitle.MatchString(strings.TrimSpace(c.span(c.lo, u.start))) {
		return nil
	}
	return c.facts(graph.HoldsRole, u.ids, []string{a}, c.lo, u.end, "")
}

// authorTitleFacts: a statement named after the document's author (數位發展部
// 業務概況報告, 數位發展部及所屬機關…作業要點) is the author's own.
func authorTitleFacts(c *clause) []Fact {
	a := c.s.Context.Author
	if a == "" {
		return nil
	}
	var out []Fact
	for _, u := range c.units {
		if u.typ != graph.Statement {
			continue
		}
		for _, m := range c.all {
			if m.Start == u.start && m.End < u.end && m.EntityID == a {
				out = append(out, c.facts(graph.Issued, []string{a}, u.ids, u.start, u.end, "")...)
				break
			}
		}
	}
	return out
}

// signatoryFacts: 喬治亞是《…公約》的十個簽署國之一 — a country that the text
// calls a signatory (簽署國, 締約國) of a statement signed it.
func signatoryFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, []string{"簽署國", "締約國", "簽約國", "簽署方"}) {
		segA, _ := c.segment(h.start)
		a := clauseStart(c, segA, h.start)
		sts := c.unitsIn(a, h.start, statements...)
		if len(sts) == 0 {
			continue
		}
		st := sts[len(sts)-1]
		if g := strings.TrimSpace(c.span(c.nameEnd(st), h.start)); utf8.RuneCountInString(g) > 8 || !strings.HasPrefix(strings.TrimLeft(g, "》」』"), "的") && !strings.HasPrefix(strings.TrimLeft(g, "》」』"), "之") {
			continue
		}
		cs := c.unitsIn(a, st.start, graph.Country)
		if len(cs) == 0 {
			continue
		}
		cu := cs[len(cs)-1]
		if g := strings.TrimSpace(c.span(cu.end, st.start)); !(strings.HasPrefix(g, "是") || strings.HasPrefix(g, "為") || strings.HasPrefix(g, "成為")) || utf8.RuneCountInString(g) > 5 {
			continue
		}
		out = append(out, c.facts(graph.Signed, cu.ids, st.ids, cu.start, h.end, "")...)
	}
	return out
}

// titleGap accepts the title between a body and its person: short, no
// separator, no verb (…和 Google 亦邀請黃部長); a 與 inside a title is
// fine (亞洲區政府與國際組織事務總監).
func (c *clause) titleGap(a, b int) bool {
	if a > b {
		return false
	}
	g := strings.TrimSpace(c.text[a:b])
	if verbInTitle(g) {
		return false
	}
	if c.gapOK(a, b, 14, roleSeps) {
		return true
	}
	if c.runes(a, b) > 20 || strings.ContainsAny(g, "，,、。；;：:()（）「」") {
		return false
	}
	for _, conj := range []string{"與", "和", "及"} {
		if strings.HasPrefix(g, conj) || strings.HasSuffix(g, conj) {
			return false
		}
	}
	return true
}

// verbInTitle reports words that make a gap a clause, not a title.
func verbInTitle(g string) bool {
	for _, w := range []string{"邀", "亦", "也", "於", "由", "向", "出席", "參與", "表示"} {
		if strings.Contains(g, w) {
			return true
		}
	}
	return false
}

// reTitleAnd is a title joined to the next one: "執行長與 ", " 主任暨 ".
var reTitleAnd = regexp.MustCompile(`^\s*[^，,。；;、\s]{1,8}\s*(與|及|暨|兼)\s*$`)

// nameEnd is where a name's phrase ends: after the closing bracket when the
// name is the last thing inside one (韓國國家資訊社會機構（NIA）), after a short
// bracketed aside that follows it (數位國際司（時稱：民主網絡司）).
func (c *clause) nameEnd(u unit) int {
	p := u.end
	rest := c.text[p:c.hi]
	t := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(t, ")") || strings.HasPrefix(t, "）") {
		open := strings.LastIndexAny(c.text[c.lo:u.start], "(（")
		close := strings.LastIndexAny(c.text[c.lo:u.start], ")）")
		if open > close {
			_, w := decodeRune(t)
			return p + (len(rest) - len(t)) + w
		}
	}
	if loc := reBracketAbbr.FindStringIndex(rest); loc != nil {
		return p + loc[1]
	}
	return p
}

// countryOf is the country the mention finder gave the name at u, or "".
func (c *clause) countryOf(u unit) string {
	for _, m := range c.all {
		if m.Start == u.start && m.End == u.end && m.Country != "" {
			return m.Country
		}
	}
	return ""
}

// firstUnitStart is where the sentence's first name starts, when only list
// markers and spaces stand before it; -1 otherwise.
func (c *clause) firstUnitStart() int {
	if len(c.units) == 0 {
		return -1
	}
	if !openingLead(c.text[c.lo:c.units[0].start]) {
		return -1
	}
	return c.units[0].start
}

// abbrGap accepts "部 (MIC) 代表 " between a body and a person: an
// abbreviation in brackets and a few title characters.
func (c *clause) abbrGap(a, b int) bool {
	if a >= b || c.runes(a, b) > 30 {
		return false
	}
	g := c.text[a:b]
	g = reBracketAbbr.ReplaceAllString(g, "")
	if verbInTitle(g) {
		return false
	}
	return utf8.RuneCountInString(g) <= 12 && !strings.ContainsAny(g, roleSeps)
}

// PART_OF: a unit named right after its parent (數位發展部數位產業署, 美國網路司令部),
// 轄下/隸屬/所屬/下設, and 由 A、B 組成 for the units of a body.
func partOfFacts(c *clause) []Fact {
	var out []Fact
	parentOK := func(child, parent graph.EntityType) bool {
		switch child {
		case graph.Agency:
			return parent == graph.Agency || parent == graph.Country
		case graph.Organization:
			return parent == graph.Organization
		}
		return false
	}
	// adjacency over every mention, nested ones too: a mention that begins
	// where a parent's name ends, or a longer name that begins with it
	for _, p := range c.all {
		for _, ch := range c.all {
			if p.EntityID == ch.EntityID || !parentOK(ch.Type, p.Type) {
				continue
			}
			g := strings.TrimSpace(c.span(p.End, ch.Start))
			adjacent := ch.Start >= p.End && (g == "" || g == "之" || g == "的") && c.runes(p.End, ch.Start) <= 2 && !c.after(p.End, 1, "與", "和", "及", "、")
			if !adjacent && ch.Start > p.End && ch.Type == graph.Organization {
				// the parent's gloss between them: 亞太經濟合作 (Asia-Pacific
				// Economic Cooperation, APEC) 之數位經濟指導小組; 民主國家共同體
				// （Community of Democracies）下的「民主與科技工作小組」
				adjacent = c.glossedParent(p, ch)
			}
			prefix := ch.Start == p.Start && ch.End > p.End
			if !adjacent && !prefix {
				continue
			}
			if c.insideTitle(ch) || c.after(ch.End, 1, "長") {
				// 「新加坡數位部長聯合聲明」: names inside a statement's or a
				// meeting's name, or a title (數位部長), say nothing of units
				continue
			}
			// a country of a body of another kind says nothing (美國 Google)
			out = append(out, c.fact(graph.PartOf, ch.EntityID, p.EntityID, p.Start, ch.End))
		}
	}
	// a name written with its country in front (日本經濟產業省) when the
	// mention finder tells the country apart from the bare name
	for _, m := range c.all {
		if m.Type == graph.Agency && m.Country != "" && m.Country != m.EntityID && m.NameZh != "" && len(m.Surface) > len(m.NameZh) && strings.HasSuffix(m.Surface, m.NameZh) {
			out = append(out, c.fact(graph.PartOf, m.EntityID, m.Country, m.Start, m.End))
		}
	}
	// a national body named without its country in a sentence about one
	// country (巴布亞紐幾內亞近年…由資訊與通信技術部（Ministry of ICT）…推動)
	if cs := c.unitsIn(c.lo, c.hi, graph.Country); len(cs) > 0 && cs[0].start == c.firstUnitStart() && len(cs[0].ids) == 1 {
		only := true
		for _, u := range cs[1:] {
			only = only && sameThing(u, cs[0])
		}
		var prev unit
		for _, u := range c.unitsIn(cs[0].end, c.hi, graph.Agency) {
			dup := sameThing(prev, u)
			prev = u
			if dup || !only || len(c.nestedCountries(u)) > 0 || c.before(u.start, 2, "與", "和", "及", "、") {
				continue
			}
			if mc := c.countryOf(u); mc != "" && mc != cs[0].ids[0] {
				continue // the gazetteer knows it belongs elsewhere (FCC in a Taiwanese report)
			}
			out = append(out, c.facts(graph.PartOf, u.ids, cs[0].ids, cs[0].start, u.end, "")...)
		}
	}
	// 轄下/所屬/下設: child after; 隸屬/附屬於: parent after
	for _, h := range c.find(c.lo, c.hi, []string{"轄下的", "轄下", "所屬的", "所屬", "下設", "旗下", "底下的"}) {
		segA, segB := c.segment(h.start)
		ps := c.unitsIn(segA, h.start, orgs...)
		cs := c.unitsIn(h.end, segB, orgs...)
		if len(ps) == 0 || len(cs) == 0 || !c.gapOK(ps[len(ps)-1].end, h.start, 6, "，,。；") || !c.gapOK(h.end, cs[0].start, 4, "，,。；") {
			continue
		}
		p, ch := ps[len(ps)-1], cs[0]
		if parentOK(ch.typ, p.typ) {
			out = append(out, c.facts(graph.PartOf, ch.ids, p.ids, p.start, ch.end, "")...)
		}
	}
	// a body that runs a centre has it as its unit: 本部持續維運 AI 產品與系統評測中心;
	// 國家資通安全研究院營運的 TWCERT/CC
	for _, h := range c.find(c.lo, c.hi, []string{"維運", "營運的", "營運之", "所營運的", "所營運之"}) {
		segA, segB := c.segment(h.start)
		ps := c.unitsIn(segA, h.start, orgs...)
		cs := c.unitsIn(h.end, segB, orgs...)
		if len(ps) == 0 || len(cs) == 0 || !c.gapOK(ps[len(ps)-1].end, h.start, 4, "，,。；") || !c.gapOK(h.end, cs[0].start, 2, "，,。；") {
			continue
		}
		p, ch := ps[len(ps)-1], cs[0]
		if p.typ == graph.Agency || parentOK(ch.typ, p.typ) {
			out = append(out, c.facts(graph.PartOf, ch.ids, p.ids, p.start, ch.end, "")...)
		}
	}
	for _, h := range c.find(c.lo, c.hi, []string{"隸屬於", "隸屬", "附屬於", "附屬", "是…的下屬"}) {
		segA, segB := c.segment(h.start)
		cs := c.unitsIn(segA, h.start, orgs...)
		ps := c.unitsIn(h.end, segB, graph.Agency, graph.Organization, graph.Country)
		if len(ps) == 0 || len(cs) == 0 || !c.gapOK(h.end, ps[0].start, 4, "，,。；") {
			continue
		}
		ch, p := cs[len(cs)-1], ps[0]
		if parentOK(ch.typ, p.typ) {
			out = append(out, c.facts(graph.PartOf, ch.ids, p.ids, ch.start, p.end, "")...)
		}
	}
	// X 由 … 單位所組成，包括 A、B、C
	for _, h := range c.find(c.lo, c.hi, []string{"組成"}) {
		segA, segB := c.segment(h.start)
		ps := c.unitsIn(segA, h.start, orgs...)
		if len(ps) == 0 {
			continue
		}
		p := ps[0]
		inc := c.find(h.end, segB, []string{"包括", "包含"})
		if len(inc) == 0 {
			continue
		}
		for _, ch := range c.unitsIn(inc[0].end, segB, orgs...) {
			if parentOK(ch.typ, p.typ) {
				out = append(out, c.facts(graph.PartOf, ch.ids, p.ids, p.start, ch.end, "")...)
			}
		}
	}
	return out
}

// insideTitle reports whether m lies inside the name of a statement or a
// meeting of the clause.
func (c *clause) insideTitle(m mention.Mention) bool {
	for _, u := range c.units {
		if (u.typ == graph.Statement || u.typ == graph.Meeting) && m.Start >= u.start && m.End <= u.end && (m.Start > u.start || m.End < u.end) {
			return true
		}
	}
	return false
}

// glossedParent reports whether only p's bracketed gloss and a possessive
// stand between p and ch, and the bracket names nothing but p.
func (c *clause) glossedParent(p, ch mention.Mention) bool {
	g := strings.TrimSpace(c.span(p.End, ch.Start))
	if !strings.HasPrefix(g, "(") && !strings.HasPrefix(g, "（") {
		return false
	}
	i := strings.IndexAny(g, ")）")
	if i < 0 || utf8.RuneCountInString(g[:i]) > 80 {
		return false
	}
	_, w := utf8.DecodeRuneInString(g[i:])
	rest := strings.Trim(g[i+w:], " 「『")
	switch rest {
	case "", "之", "的", "下的", "下之", "下設", "下設的":
	default:
		return false
	}
	for _, m := range c.all {
		if m.Start >= p.End && m.End <= ch.Start && m.EntityID != p.EntityID {
			return false
		}
	}
	return true
}

// addressSpan bounds how far apart a statement or meeting and a technology
// may stand in a clause for one to be about the other.
const addressSpan = 30

// topicWords say what something is about.
var topicWords = []string{"針對", "關於", "有關", "探討", "聚焦", "議題", "討論", "主題", "著重", "關注", "專注", "涵蓋", "致力於", "負責"}

// ADDRESSES: a statement or meeting named with technologies in the same
// clause; an agency or organization when a topic word links them; the
// meeting of the section when the sentence says what it discussed.
func addressFacts(c *clause) []Fact {
	var out []Fact
	for _, t := range c.units {
		if t.typ != graph.Technology {
			continue
		}
		segA, segB := c.segment(t.start)
		for _, u := range c.unitsIn(segA, segB, graph.Statement, graph.Meeting) {
			// only a technology that follows the name in the same phrase: 《無線
			//設備指令》（RED）資安要求; 「物聯網資通安全標章圓桌會議」(Roundtable
			// on IoT Cybersecurity Labeling). One named before it was right one
			// time in four (第二項計畫是 AI 安全保障試驗計畫; 在治理…方面，中國已
			// 發布多項政策), one after a list mark belongs to the next item.
			if t.start < u.end || c.runes(u.end, t.start) > addressSpan {
				continue
			}
			if g := c.span(u.end, t.start); strings.ContainsAny(g, "，,、") && !c.coverPhrase(u, t) {
				continue
			}
			out = append(out, c.facts(graph.Addresses, u.ids, t.ids, u.start, t.end, "")...)
		}
	}
	// nested: a technology named inside a statement's or meeting's name
	for _, m := range c.all {
		if m.Type != graph.Technology {
			continue
		}
		for _, u := range c.units {
			if (u.typ == graph.Statement || u.typ == graph.Meeting || u.typ == graph.Agency || u.typ == graph.Organization) && m.Start >= u.start && m.End <= u.end && (m.Start > u.start || m.End < u.end) {
				out = append(out, c.facts(graph.Addresses, u.ids, []string{m.EntityID}, u.start, u.end, "")...)
			}
		}
	}
	for _, h := range c.find(c.lo, c.hi, topicWords) {
		segA, segB := c.segment(h.start)
		techs := c.unitsIn(h.end, segB, graph.Technology)
		if len(techs) == 0 {
			continue
		}
		// 韓國舉辦 AI 高峰會，聚焦創新、包容性及 AI 安全: the meeting or statement
		// that closes the phrase right before the topic word is what it is about
		if all := c.unitsIn(segA, h.start); len(all) > 0 {
			if m := all[len(all)-1]; (m.typ == graph.Meeting || m.typ == graph.Statement) && h.word != "負責" {
				if g := strings.TrimSpace(c.span(c.nameEnd(m), h.start)); g == "，" || g == "," || g == "，並" || g == "，且" || g == "，主要" {
					end := segB
					if i := strings.IndexAny(c.text[h.end:segB], "，,；;"); i >= 0 {
						end = h.end + i
					}
					if ts := c.unitsIn(h.end, end, graph.Technology); len(ts) > 0 {
						out = append(out, c.facts(graph.Addresses, m.ids, ids(ts), m.start, ts[len(ts)-1].end, "")...)
						continue
					}
				}
			}
		}
		holders := c.unitsIn(segA, h.start, orgs...)
		if len(holders) > 0 && c.runes(holders[0].end, h.start) > 30 {
			holders = nil
		}
		if len(holders) > 0 {
			hd := holders[0]
			out = append(out, c.facts(graph.Addresses, hd.ids, ids(techs), hd.start, techs[len(techs)-1].end, "")...)
			// 未來雙方將針對AI、半導體…制定互通機制及標準，簡述如下: a sentence
			// that announces the list of a meeting's outcomes says what the
			// meeting in focus covered, whoever its parties are
			if f := c.s.Context.Focus; f != "" && announcesList(c) && len(c.unitsIn(segA, segB, graph.Statement, graph.Meeting)) == 0 {
				out = append(out, c.facts(graph.Addresses, []string{f}, ids(techs), h.start, techs[len(techs)-1].end, "")...)
			}
		} else if f := c.s.Context.Focus; f != "" && len(c.unitsIn(segA, segB, graph.Statement, graph.Meeting)) == 0 &&
			!c.before(h.start, 20, "公司", "專家", "講者", "業者", "企業", "廠商", "團隊") {
			// (公司專注於開發區塊鏈: what a body the sentence leaves unnamed
			// works on is not what the meeting discussed)
			out = append(out, c.facts(graph.Addresses, []string{f}, ids(techs), h.start, techs[len(techs)-1].end, "")...)
		} else if au := c.s.Context.Author; au != "" && c.s.Context.Focus == "" && authorTopicVerb(h.word) &&
			len(c.unitsIn(segA, h.start, bodiesPerson...)) == 0 && !c.before(h.start, 20, "公司", "該", "其", "業者", "企業", "各國") {
			// 關注重點國際組織及先進國家 6G 技術最新進展: a report of the
			// author's own work leaves the author implicit
			out = append(out, c.facts(graph.Addresses, []string{au}, ids(techs), h.start, techs[len(techs)-1].end, "")...)
		}
	}
	// IoT 資通安全標章為本次會議中重點討論議題之一: a technology the text calls
	// a topic of this meeting
	if f := c.s.Context.Focus; f != "" {
		for _, t := range c.units {
			if t.typ != graph.Technology {
				continue
			}
			rest := c.span(t.end, minInt(c.hi, t.end+60))
			if i := strings.IndexAny(rest, "，,。；"); i >= 0 {
				rest = rest[:i]
			}
			if (strings.Contains(rest, "本次會議") || strings.Contains(rest, "本場") || strings.Contains(rest, "會中")) &&
				(strings.Contains(rest, "議題") || strings.Contains(rest, "討論") || strings.Contains(rest, "主題")) {
				out = append(out, c.facts(graph.Addresses, []string{f}, t.ids, t.start, t.end, "")...)
			}
		}
	}
	// what a session's speakers present is what the session is about: 韓國代表
	// 說明其 IoT 安全認證、…零信任與軟體供應鏈安全; 泰國則分享 6GHz 頻段與
	// 數位增強無線電話（DECT）相關標準
	if f := c.s.Context.Focus; f != "" && c.s.Context.Focus != c.s.Context.MainMeeting {
		for _, h := range c.find(c.lo, c.hi, sessionTalkWords) {
			segA, segB := c.segment(h.start)
			end := segB
			if i := strings.IndexAny(c.text[h.end:segB], "，,；;"); i >= 0 {
				end = h.end + i
			}
			techs := c.unitsIn(h.end, end, graph.Technology)
			if len(techs) == 0 || len(c.unitsIn(segA, segB, graph.Statement, graph.Meeting)) > 0 {
				continue
			}
			out = append(out, c.facts(graph.Addresses, []string{f}, ids(techs), h.start, techs[len(techs)-1].end, "")...)
		}
	}
	return out
}

// coverWords open the phrase that says what a statement or meeting covers.
var coverWords = []string{"涵蓋", "針對", "聚焦", "著重", "旨在", "包括", "包含", "內容", "在"}

// coverPhrase reports whether t is listed in the phrase right after u's name
// that says what u covers: 「AI安全評估框架」，涵蓋生成式AI與大型語言模型;
// 簽署「…合作備忘錄」，雙方將在先進封裝及化合物半導體領域擴大合作.
func (c *clause) coverPhrase(u, t unit) bool {
	g := c.span(u.end, t.start)
	i := strings.IndexAny(g, "，,")
	if i < 0 || strings.ContainsAny(g[i+1:], "，,") || utf8.RuneCountInString(strings.Trim(g[:i], " 」》』\"")) > 0 {
		return false // one comma, right after the name
	}
	p := u.end + i + 1
	if c.text[u.end+i] != ',' {
		p = u.end + i + len("，")
	}
	if len(c.unitsIn(p, t.start, graph.Statement, graph.Meeting, graph.Country, graph.Agency, graph.Organization, graph.Person)) > 0 {
		return false
	}
	head := c.span(p, t.start)
	for _, w := range coverWords {
		k := strings.Index(head, w)
		if k < 0 || utf8.RuneCountInString(head[:k]) > 4 {
			continue
		}
		if w == "在" {
			// 在 X 領域: the field of the cooperation the statement agrees
			return c.fieldAfter(t)
		}
		return true
	}
	return false
}

// fieldAfter reports whether the list t belongs to ends in 領域/方面 soon.
func (c *clause) fieldAfter(t unit) bool {
	_, segB := c.segment(t.start)
	rest := c.span(t.end, minInt(segB, t.end+40))
	if i := strings.IndexAny(rest, "，,"); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, "領域") || strings.Contains(rest, "方面")
}

// authorTopicVerb: the topic words that are verbs of the actor's own work.
func authorTopicVerb(w string) bool {
	switch w {
	case "關注", "聚焦", "專注", "致力於", "著重":
		return true
	}
	return false
}

// announcesList: the sentence ends by announcing the list that follows
// (簡述如下:, 重點如下：).
func announcesList(c *clause) bool {
	tail := strings.TrimRight(c.span(c.lo, c.hi), " 　:：。")
	return strings.HasSuffix(tail, "如下")
}

// speakerAddressFacts: a body that presents technologies works on them
// (中國移動報告 5G 推動狀況; 中興通訊 (ZTE) 代表進一步說明臨時性 5G 專用網路).
func speakerAddressFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, sessionTalkWords) {
		segA, segB := c.segment(h.start)
		a := clauseStart(c, segA, h.start)
		bs := c.unitsIn(a, h.start, bodiesPerson...)
		if len(bs) == 0 {
			continue
		}
		// the nearest body, past its own bracketed abbreviation
		k := len(bs) - 1
		for k > 0 && sameThing(bs[k-1], bs[k]) {
			k--
		}
		b := bs[k]
		if !typeIn(b.typ, orgs) || c.before(b.start, 2, "於", "在", "與", "和", "及", "向", "對") {
			continue // 於 DESG 提案並分享: the forum is not the speaker
		}
		// only its abbreviation and a title between it and the verb
		rest := strings.TrimSpace(c.span(c.nameEnd(bs[len(bs)-1]), h.start))
		if utf8.RuneCountInString(rest) > 6 || verbInTitle(rest) {
			continue
		}
		end := segB
		if i := strings.IndexAny(c.text[h.end:segB], "，,；;"); i >= 0 {
			end = h.end + i
		}
		techs := c.unitsIn(h.end, end, graph.Technology)
		if len(techs) == 0 {
			continue
		}
		out = append(out, c.facts(graph.Addresses, b.ids, ids(techs), b.start, techs[len(techs)-1].end, "")...)
	}
	return out
}

// fieldAddressFacts: a body active in a technology's field (微軟在人工智慧
// 發展擁有兩大優勢; 微軟在生成式 AI 領導地位).
func fieldAddressFacts(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if !typeIn(u.typ, orgs) || i+1 >= len(c.units) {
			continue
		}
		t := c.units[i+1]
		if t.typ != graph.Technology {
			continue
		}
		g := strings.TrimSpace(c.span(c.nameEnd(u), t.start))
		if g != "在" && g != "於" && g != "專注於" && g != "致力於" && g != "深耕" {
			continue
		}
		if !c.after(t.end, 4, "領域", "方面", "發展", "技術", "上", "的", "領導") {
			continue
		}
		out = append(out, c.facts(graph.Addresses, u.ids, t.ids, u.start, t.end, "")...)
	}
	return out
}

// reAtMeeting is the lead of a clause set at a meeting: 在巴黎的 AI 行動峰會上，
// 於部長會議期間， — what stands between 在/於 and the meeting's name.
var reAtMeeting = regexp.MustCompile(`(^|[，,。；：:\s])(今年|去年|[0-9]+\s*年)?[^，,。；]{0,24}?(在|於)[^，,。；在於]{0,12}$`)

// atMeetingFacts: 今年 2 月 11 日在巴黎的 AI 行動峰會上，美國發表新政府的 AI
// 政策 — the body that acts in the clause after a meeting named as where it
// happens attended that meeting.
func atMeetingFacts(c *clause) []Fact {
	var out []Fact
	for _, m := range c.units {
		if m.typ != graph.Meeting {
			continue
		}
		segA, segB := c.segment(m.start)
		rest := c.span(c.nameEnd(m), segB)
		if fs := c.subjectAtMeeting(m, strings.TrimLeft(rest, "」』》 ")); len(fs) > 0 {
			out = append(out, fs...)
			continue
		}
		if !strings.HasPrefix(rest, "上，") && !strings.HasPrefix(rest, "中，") && !strings.HasPrefix(rest, "期間，") && !strings.HasPrefix(rest, "會中，") {
			continue
		}
		if !reAtMeeting.MatchString(c.span(clauseStart(c, segA, m.start), m.start)) {
			continue
		}
		p := c.nameEnd(m) + strings.Index(rest, "，") + len("，")
		bs := c.unitsIn(p, segB, bodiesPerson...)
		if len(bs) == 0 || !openingLead(c.span(p, bs[0].start)) {
			continue
		}
		b := bs[0]
		if len(c.find(b.end, minInt(segB, b.end+12), append(speechWords, "發表", "發布", "宣布", "提出", "簽署"))) == 0 {
			continue
		}
		out = append(out, c.facts(graph.Attended, b.ids, m.ids, m.start, b.end, "")...)
	}
	return out
}

// subjectAtMeeting: 本部於「臺灣資安大會」中打造臺灣資安館 — the body right
// before 於/在 acts at the meeting, so it attends it.
func (c *clause) subjectAtMeeting(m unit, rest string) []Fact {
	if !(strings.HasPrefix(rest, "中") || strings.HasPrefix(rest, "上") || strings.HasPrefix(rest, "期間")) || strings.HasPrefix(rest, "中，") || strings.HasPrefix(rest, "上，") || strings.HasPrefix(rest, "期間，") {
		return nil
	}
	before := strings.TrimRight(c.span(c.lo, m.start), " 「『《")
	var at string
	for _, w := range []string{"於", "在"} {
		if strings.HasSuffix(before, w) {
			at = w
		}
	}
	if at == "" {
		return nil
	}
	p := c.lo + len(before) - len(at)
	bs := c.unitsIn(c.lo, p, bodies...)
	if len(bs) == 0 {
		return nil
	}
	b := bs[len(bs)-1]
	if strings.TrimSpace(c.span(c.nameEnd(b), p)) != "" {
		return nil
	}
	return c.facts(graph.Attended, b.ids, m.ids, b.start, m.end, "")
}

// ceremonyWords are a speaker's part in a meeting's programme.
var ceremonyWords = []string{"致詞", "致歡迎詞", "開幕詞", "專題演講", "主題演講", "致開幕詞", "致閉幕詞"}

// sessionTalkWords present a topic at a session.
var sessionTalkWords = []string{"說明", "分享", "介紹", "報告", "簡報", "討論", "研提", "回顧"}

// workWords say that a body works on what follows (本部推動資安 A 級機關導入
// 零信任架構; 公司專注於開發區塊鏈及隱私增強技術).
var workWords = []string{"推動", "發展", "開發", "研發", "建置", "導入", "專注於", "專注", "聚焦於", "致力於", "投入", "運用", "研究", "布局", "部署", "推廣", "深化", "強化", "提升", "打造", "培育", "加速", "支援"}

// workAddressFacts: a body, or the author of the document when the sentence
// names no actor, works on the technologies named in the phrase after a
// work verb.
func workAddressFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, workWords) {
		if c.negated(h.start) {
			continue
		}
		segA, segB := c.segment(h.start)
		// the technologies of the verb's own phrase
		end := segB
		if i := strings.IndexAny(c.text[h.end:segB], "，,；;"); i >= 0 {
			end = h.end + i
		}
		var techs []unit
		for _, t := range c.unitsIn(h.end, end, graph.Technology) {
			if c.runes(h.end, t.start) > 30 {
				break
			}
			techs = append(techs, t)
		}
		if len(techs) == 0 {
			continue
		}
		// the actor: the nearest body of the verb's phrase, else the one that
		// opens the sentence, else the author when no body comes before
		var subj []string
		a := clauseStart(c, segA, h.start)
		if au := c.s.Context.Author; au != "" && len(c.unitsIn(a, h.start, bodiesPerson...)) == 0 && c.authorOpens(segA, h.start) {
			// 鑒於…，本部規劃優先推動…，協同教育部…，支援我國主權 AI 的發展: the
			// author that opens a clause of the sentence is its subject
			subj = []string{au}
		} else if bs := c.unitsIn(a, h.start, orgs...); len(bs) > 0 {
			b := bs[len(bs)-1]
			if c.before(b.start, 2, "於", "在", "與", "和", "及") {
				continue
			}
			subj = b.ids
		} else if bs := c.unitsIn(segA, h.start, bodiesPerson...); len(bs) > 0 {
			if b := bs[0]; typeIn(b.typ, orgs) && c.runes(segA, b.start) <= 12 && len(c.unitsIn(segA, h.start, bodiesPerson...)) == 1 {
				subj = b.ids
			}
		} else if c.s.Context.Author != "" && !c.before(h.start, 40, "公司", "該", "其", "他", "她", "講者", "主席", "代表", "業者", "研究") {
			// a third party the sentence speaks of (該公司, 講者) is not the author
			subj = []string{c.s.Context.Author}
		}
		out = append(out, c.facts(graph.Addresses, subj, ids(techs), h.start, techs[len(techs)-1].end, "")...)
	}
	return out
}

// themeFacts: 以 T 為核心/重點/主軸 says what the actor of the clause works
// on (115 年將以綠色軟體為核心，強調軟體永續設計): the body that opens the
// clause, else the author of a report that leaves itself implicit.
func themeFacts(c *clause) []Fact {
	var out []Fact
	for _, t := range c.units {
		if t.typ != graph.Technology || !c.before(t.start, 1, "以") || !c.after(t.end, 4, "為核心", "為重點", "為主軸", "為主", "為優先") {
			continue
		}
		segA, _ := c.segment(t.start)
		a := clauseStart(c, segA, t.start)
		var subj []string
		if bs := c.unitsIn(a, t.start, bodies...); len(bs) > 0 {
			if c.adjunct(bs[0], t.start) {
				continue
			}
			subj = bs[0].ids
		} else if au := c.s.Context.Author; au != "" && len(c.unitsIn(segA, t.start, bodiesPerson...)) == 0 {
			subj = []string{au}
		}
		out = append(out, c.facts(graph.Addresses, subj, t.ids, a, t.end, "")...)
	}
	return out
}

// authorOpens reports whether the document's author (本部) opens a clause
// of [segA, p), as the subject of what follows.
func (c *clause) authorOpens(segA, p int) bool {
	au := c.s.Context.Author
	for _, u := range c.unitsIn(segA, p, bodiesPerson...) {
		if !contains(u.ids, au) {
			continue
		}
		lead := strings.TrimSpace(c.span(clauseStart(c, segA, u.start), u.start))
		if openingLead(lead) || reLeadDate.MatchString(lead) && strings.TrimSpace(reLeadDate.ReplaceAllString(lead, "")) == "" {
			return true
		}
	}
	return false
}

// speechWords are what a participant does at a meeting.
var speechWords = []string{"致詞", "致歡迎詞", "開幕詞", "閉幕", "簡報", "報告", "分享", "發言", "演講", "表示", "指出", "強調", "介紹", "回應", "說明", "提到", "詢問", "建議", "感謝", "讚揚", "歡迎", "認為", "擔任與談", "與談", "主持", "身分"}

// Speakers of the section's meeting attend it: 日本總務省 (MIC) 代表 Yasunari
// Ueno 簡報; 美國指出…; 韓國代表回應….
func speakerFacts(c *clause) []Fact {
	focus := c.s.Context.Focus
	if focus == "" && len(c.unitsIn(c.lo, c.hi, meetings...)) == 0 {
		return nil
	}
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Person && u.typ != graph.Country && u.typ != graph.Agency && u.typ != graph.Organization {
			continue
		}
		f := focus
		if f == "" {
			// a report about no meeting: a speech at the opening of the
			// meeting the sentence named before (…Rights Con 2025 於臺北舉辦，…
			// 邀請蕭美琴副總統…於開幕中致詞)
			ms := c.unitsIn(c.lo, u.start, meetings...)
			if len(ms) == 0 || u.typ != graph.Person {
				continue
			}
			ws := c.find(u.end, c.hi, ceremonyWords)
			if len(ws) == 0 || c.runes(u.end, ws[0].start) > 20 {
				continue
			}
			out = append(out, c.facts(graph.Attended, u.ids, ms[len(ms)-1].ids, u.start, ws[0].end, "")...)
			continue
		}
		segA, segB := c.segment(u.start)
		// the speaker opens its phrase (after a comma, 由, 首先, 接著 …)
		cs := c.speakerEnumStart(segA, u.start)
		lead := strings.TrimSpace(strings.TrimLeft(c.text[cs:u.start], " \t"))
		lead = strings.TrimLeft(lead, "*")
		if lead != "" && !leadOK(lead) {
			// allow the body of the person: 日本總務省 (MIC) 代表 <person>
			if u.typ != graph.Person || i == 0 {
				continue
			}
			prev := c.units[i-1]
			if prev.typ == graph.Technology && i > 1 && typeIn(c.units[i-2].typ, orgs) && strings.TrimSpace(c.span(c.units[i-2].end, prev.start)) == "" {
				// 北京科技大學工業物聯網 Zhangchao Ma: the field names the
				// person's department of the body before it
				prev = c.units[i-2]
			}
			if prev.typ == graph.Person || !(c.titleGap(c.nameEnd(prev), u.start) || c.abbrGap(c.nameEnd(prev), u.start)) {
				continue
			}
			// the body's first name when its abbreviation follows in brackets,
			// and the body of a first title (X 執行長與 Y 成員 <person>)
			for k := i - 2; k >= 0; k-- {
				w := c.units[k]
				if sameThing(w, prev) || typeIn(w.typ, orgs) && reTitleAnd.MatchString(c.span(c.nameEnd(w), prev.start)) {
					prev = w
					continue
				}
				break
			}
			// 首先由韓國 Global Digital Innovation Network (GDIN) 總監 …: the
			// body's country written before it belongs to the body
			for k := i - 1; k > 0; k-- {
				if c.units[k].start != prev.start {
					continue
				}
				if w := c.units[k-1]; w.typ == graph.Country && strings.TrimSpace(c.span(w.end, prev.start)) == "" {
					prev = w
				}
				break
			}
			pl := strings.TrimSpace(c.text[c.speakerEnumStart(segA, prev.start):prev.start])
			if pl != "" && !leadOK(pl) && !leadOK(bodyLead(pl)) {
				continue
			}
		}
		// the speech verb follows soon, before the next comma-cut phrase ends
		ws := c.find(u.end, segB, speechWords)
		if len(ws) == 0 || c.runesOutsideTitles(u.end, ws[0].start) > 40 {
			continue
		}
		if next := c.unitsIn(u.end, ws[0].start, bodiesPerson...); u.typ != graph.Person && len(next) > 0 {
			// 韓國科學技術資訊通信部…Kyungmi Park 致詞: the person is the speaker; the
			// body before counts through the person below
			continue
		}
		if u.typ == graph.Organization && strings.HasPrefix(strings.TrimSpace(c.span(c.nameEnd(u), ws[0].start)), "召集人") {
			// DPSG 召集人分享本次 DPSG 會議…: the group's convener reports on the
			// group's own meeting; the group does not attend it
			continue
		}
		out = append(out, c.facts(graph.Attended, u.ids, []string{f}, u.start, ws[0].end, "")...)
		out = append(out, c.facts(graph.Attended, c.nestedCountries(u), []string{f}, u.start, ws[0].end, "")...)
		if u.typ == graph.Person && i > 0 {
			// the person's body and its country attend with them
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				v := c.units[j]
				if v.typ == graph.Person || v.typ == graph.Technology {
					break
				}
				if nx := c.units[j+1]; !sameThing(v, nx) && !(c.titleGap(c.nameEnd(v), nx.start) || c.abbrGap(c.nameEnd(v), nx.start)) && !(c.gapOK(v.end, nx.start, 14, roleSeps) || c.abbrGap(v.end, nx.start)) &&
					!(typeIn(nx.typ, orgs) && reTitleAnd.MatchString(c.span(c.nameEnd(v), nx.start))) {
					break
				}
				out = append(out, c.facts(graph.Attended, c.nestedCountries(v), []string{f}, v.start, ws[0].end, "")...)
				if strings.HasPrefix(c.span(v.end, c.units[j+1].start), "長") {
					// 荷蘭外交部長 Caspar Veldkamp: a minister speaks for the
					// country, not as the ministry's delegate
					continue
				}
				out = append(out, c.facts(graph.Attended, v.ids, []string{f}, v.start, ws[0].end, "")...)
			}
		}
	}
	return out
}

// speakerEnumStart is clauseStart, cut further after a 、 that ends another
// speaker's phrase: 韓國 Judong Jang 先生以第一副召集人身分、印尼 Umar
// Wicaksono 先生以第二副召集人身分協助會議進行 — both speak.
func (c *clause) speakerEnumStart(segA, p int) int {
	cs := clauseStart(c, segA, p)
	if p <= cs || p > c.hi {
		return cs
	}
	i := strings.LastIndex(c.text[cs:p], "、")
	if i < 0 {
		return cs
	}
	end := cs + i
	if len(c.unitsIn(cs, end, graph.Person)) == 0 || !containsAny(c.span(c.unitsIn(cs, end, graph.Person)[0].end, end), speechWords) {
		return cs
	}
	return end + len("、")
}

func clauseStart(c *clause, segA, p int) int {
	if p <= segA || p > c.hi {
		return minInt(maxInt(p, c.lo), c.hi)
	}
	if i := lastIndexAny(c.text[segA:p], "，,：:"); i >= 0 {
		_, w := utf8.DecodeRuneInString(c.text[segA+i:])
		return segA + i + w
	}
	return segA
}

// leadOK accepts the words that may open a speaker's phrase.
func leadOK(s string) bool {
	s = strings.TrimLeft(s, "-•●.0123456789 ()（）一二三四五六七八九十、")
	s = strings.TrimSuffix(strings.TrimSpace(s), "來自") // 接續由來自 Tech For Good Institute 的…
	if s == "" {
		return true
	}
	for _, w := range []string{"由", "首先", "接著", "接續", "隨後", "最後", "其次", "另外", "此外", "會中", "最後，", "並由", "先由", "再由", "首先由", "接著由", "接續由", "隨後由", "最後由", "接著是", "緊接著是", "首先是", "其次是", "最後是"} {
		if s == w || strings.HasSuffix(s, w) && utf8.RuneCountInString(s) <= utf8.RuneCountInString(w)+2 {
			return true
		}
	}
	return false
}

// isRow tells a table row from prose: cells are separated by tabs.
func (c *clause) isRow() bool { return strings.Contains(c.text[c.lo:c.hi], "\t") }

func (c *clause) leadingBlank() bool {
	line := fullLine(c.s)
	return strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "　")
}

func isTableRow(s string) bool { return strings.Contains(s, "\t") }

// tableFacts: rows of a delegates table attend the meeting; a 會議地點 row
// places it.
func tableFacts(c *clause) []Fact {
	var out []Fact
	ctx := c.s.Context
	mt := ctx.Focus
	if mt == "" {
		mt = ctx.MainMeeting
	}
	if mt == "" {
		return nil
	}
	if ctx.Attendees && c.isRow() {
		ps := c.unitsIn(c.lo, c.hi, bodiesPerson...)
		var has bool
		for _, u := range ps {
			has = has || u.typ == graph.Person
		}
		if has {
			out = append(out, c.facts(graph.Attended, ids(ps), []string{mt}, c.lo, c.hi, "")...)
			if len(c.unitsIn(c.lo, c.hi, orgs...)) == 0 && ctx.RowBody != "" {
				out = append(out, c.facts(graph.Attended, []string{ctx.RowBody}, []string{mt}, c.lo, c.hi, "")...)
			}
		}
	}
	return out
}

// reUSAddress ends a US street address: state code and ZIP (Redmond, WA 98052).
var reUSAddress = regexp.MustCompile(`\b[A-Z]{2} \d{5}(-\d{4})?\b`)

// placeLabelFacts: a 地點 line (會議地點 韓國慶洲; (二) 地點：Microsoft
// Building 5 (…, Redmond, WA 98052)) places the meeting in focus in the
// country it names, else the country of the city or address it gives.
func placeLabelFacts(c *clause) []Fact {
	ctx := c.s.Context
	mt := ctx.Focus
	if mt == "" {
		mt = ctx.MainMeeting
	}
	line := c.text[c.lo:c.hi]
	i := strings.Index(line, "地點")
	if mt == "" || i < 0 || utf8.RuneCountInString(line[:i]) > 10 {
		return nil
	}
	rest := strings.TrimLeft(line[i+len("地點"):], " \t")
	if !(c.isRow() || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
		return nil
	}
	if cs := c.unitsIn(c.lo, c.hi, graph.Country); len(cs) > 0 {
		return c.facts(graph.HeldIn, []string{mt}, ids(cs), c.lo, c.hi, "")
	}
	for p := c.lo + i; p < c.hi; {
		if id, _ := places.at(c.text[:c.hi], p); id != "" && !c.inUnit(p) {
			return c.facts(graph.HeldIn, []string{mt}, []string{id}, c.lo, c.hi, "")
		}
		_, w := decodeRune(c.text[p:c.hi])
		p += w
	}
	if reUSAddress.MatchString(line) {
		return c.facts(graph.HeldIn, []string{mt}, []string{"country:US"}, c.lo, c.hi, "")
	}
	return nil
}

var reBracketAbbr = regexp.MustCompile(`^\s*[(（][^()（）]{1,20}[)）]`)

// findDate returns the first dated expression of the text in ISO form
// (YYYY-MM-DD, YYYY-MM; ROC years converted), or "". A date without its
// year (8 月 4 日至 6 日) takes the document's year.
func (c *clause) findDate(s string) string {
	for _, d := range dates.FindIn(s, c.s.Context.Year) {
		if d.ISO == "" || futureDate(s, d) {
			continue
		}
		return d.ISO
	}
	return ""
}

// futureDate reports a date the text gives for when a statement applies
// (預計於2027年全面適用, 將於 2025 年 8 月起施行): not when it was issued or
// signed.
func futureDate(s string, d dates.Date) bool {
	after := strings.TrimLeft(s[d.End:], " ")
	for _, w := range []string{"起適用", "全面適用", "適用", "生效", "起生效", "上路", "起施行"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// nestedCountries are the countries named at the start of a body's name
// (荷蘭 in 荷蘭外交部).
func (c *clause) nestedCountries(u unit) []string {
	var out []string
	for _, m := range c.all {
		if m.Type == graph.Country && m.Start == u.start && m.End < u.end {
			out = append(out, m.EntityID)
		}
	}
	return out
}

// attendeeFacts: the lines after "(三) 我方出席人員：" list who attended the
// meeting in focus — each person, the body written beside them, and the body
// the label names (微軟出席人員).
func attendeeFacts(c *clause) []Fact {
	ctx := c.s.Context
	mt := ctx.Focus
	if mt == "" {
		mt = ctx.MainMeeting
	}
	if !ctx.Attendees || mt == "" || c.isRow() || isAttendeeLabel(c.text[c.lo:c.hi]) {
		return nil
	}
	us := c.unitsIn(c.lo, c.hi, bodiesPerson...)
	var has bool
	for _, u := range us {
		has = has || u.typ == graph.Person
	}
	if !has {
		return nil
	}
	var out []Fact
	out = append(out, c.facts(graph.Attended, ids(us), []string{mt}, c.lo, c.hi, "")...)
	if ctx.RowBody != "" {
		out = append(out, c.facts(graph.Attended, []string{ctx.RowBody}, []string{mt}, c.lo, c.hi, "")...)
	}
	return out
}

// possessiveFacts: a body written right before a statement's name issued it
// (微軟的負責任人工智慧原則, Google「臺灣新聞數位共榮基金」, 數發部「…計畫」).
func possessiveFacts(c *clause) []Fact {
	var out []Fact
	for i := 0; i+1 < len(c.units); i++ {
		b, st := c.units[i], c.units[i+1]
		if st.typ == graph.Meeting && typeIn(b.typ, bodies) {
			// 國防部「產業化圓桌會議」, 美國「物聯網資通安全標章圓桌會議」: the body's
			// own quoted event is one it holds
			if g := strings.TrimSpace(c.text[b.end:st.start]); (g == "「" || g == "的「" || g == "之「") && !c.before(b.start, 2, "與", "和", "及", "、") {
				out = append(out, c.facts(graph.Hosted, b.ids, st.ids, b.start, st.end, "")...)
			}
			continue
		}
		if st.typ != graph.Statement || !typeIn(b.typ, orgs) {
			continue
		}
		g := strings.TrimSpace(c.text[b.end:st.start])
		if g != "" && g != "的" && g != "之" && g != "所" && g != "「" && g != "《" && g != "的「" && g != "的《" {
			continue
		}
		out = append(out, c.facts(graph.Issued, b.ids, st.ids, b.start, st.end, "")...)
	}
	return out
}

// afterMeetingFacts: the statement a meeting produced, named right after it
// (舉行第6屆部長會議,依據會後聯合聲明; 部長會議之產出文件).
func afterMeetingFacts(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if u.typ != graph.Statement || !(c.before(u.start, 4, "會後", "會議通過", "會議發布", "之產出") || strings.HasPrefix(c.text[u.start:u.end], "會後")) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if m := c.units[j]; m.typ == graph.Meeting {
				if c.runes(m.end, u.start) <= 20 {
					out = append(out, c.facts(graph.Issued, m.ids, u.ids, m.start, u.end, "")...)
				}
				break
			}
		}
	}
	return out
}

// listWords introduce the members of an enumeration.
var listWords = []string{"包括", "包含", "計有", "including"}

// attendanceWords say that the enumeration that follows attended.
var attendanceWords = []string{"出席", "參與", "參加", "與會", "嘉賓", "賓客", "觀察員", "匯聚", "齊聚", "貴賓", "來賓"}

// listAttendFacts: 本次會議亦邀請多個觀察員與嘉賓參與，包括 A、B、C;
// 與會經濟體包含 A、B; 賓客組織包含 A、B — every body and person listed
// attended the meeting in focus.
func listAttendFacts(c *clause) []Fact {
	f := c.s.Context.Focus
	if f == "" {
		return nil
	}
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, listWords) {
		segA, segB := c.segment(h.start)
		a := clauseStart(c, segA, h.start)
		if a == h.start { // 參與，包括: the attendance word is in the clause before
			a = clauseStart(c, segA, maxInt(segA, a-len("，")))
		}
		if len(c.find(a, h.start, attendanceWords)) == 0 || c.negated(h.start) {
			continue
		}
		if len(c.find(a, h.start, partnerWords)) > 0 {
			continue // JCDC將與自願參與的夥伴合作、協商，包括…: partners, not attendees
		}
		// 成員包括…: a list of members, unless they attended (共有 10 個會員經濟體出席，包含…)
		if ms := c.find(a, h.start, []string{"會員", "成員"}); len(ms) > 0 {
			if at := c.find(ms[len(ms)-1].end, h.start, attendanceWords); len(at) == 0 {
				continue
			}
		}
		// the meeting the clause names is the one attended (本次 DPSG 會議共有
		// 12 個經濟體出席，包括…; 出席 DPSG 會議，包含…), else the one in focus
		mt := []string{f}
		if ms := c.unitsIn(a, h.start, meetings...); len(ms) > 0 {
			mt = ms[len(ms)-1].ids
		}
		us := c.unitsIn(h.end, segB, bodiesPerson...)
		out = append(out, c.facts(graph.Attended, ids(us), mt, a, segB, "")...)
	}
	return out
}

// inviteWords bring guests to a meeting; inviteVerbs are what the guests
// come to do (本部邀請 A、B 與 C 召開 27 場阻詐執行成效會議).
var (
	inviteWords = []string{"邀請", "邀集"}
	inviteVerbs = []string{"召開", "舉行", "舉辦", "出席", "參加", "參與", "與會", "共同討論"}
)

// inviteeFacts: the bodies and persons a host invites to a meeting attend it;
// the host before 邀請 is left to the HOSTED verb rule.
func inviteeFacts(c *clause) []Fact {
	var out []Fact
	for _, h := range c.find(c.lo, c.hi, inviteWords) {
		_, segB := c.segment(h.end)
		vs := c.find(h.end, segB, inviteVerbs)
		if len(vs) == 0 || c.runes(h.end, vs[0].start) > 60 {
			continue
		}
		v := vs[0]
		// the meeting is named soon after the verb, before the next phrase
		ms := c.unitsIn(v.end, segB, meetings...)
		if len(ms) == 0 || c.runes(v.end, ms[0].start) > 12 || strings.ContainsAny(c.span(v.end, ms[0].start), "，,。；") {
			continue
		}
		var guests []string
		end := -1
		for _, u := range c.unitsIn(h.end, v.start, bodiesPerson...) {
			if u.start < end {
				continue // a name inside a longer one (行政院 in 行政院洗錢防制辦公室)
			}
			end = u.end
			guests = append(guests, u.ids...)
		}
		if strings.ContainsAny(c.span(h.end, v.start), "，,。；") {
			continue // the invitation's phrase ended before the verb
		}
		out = append(out, c.facts(graph.Attended, guests, ms[0].ids, h.start, ms[0].end, "")...)
	}
	return out
}

// runesOutsideTitles counts the runes of [a,b) outside 「…」: a talk's
// title does not part a speaker from the verb (Angela Wibawa 以「ICANN 與
// WSIS+20 的相關性 (…)」為題，介紹…).
func (c *clause) runesOutsideTitles(a, b int) int {
	n, depth := 0, 0
	for _, r := range c.span(a, b) {
		switch {
		case r == '「':
			depth++
		case r == '」' && depth > 0:
			depth--
		case depth == 0:
			n++
		}
	}
	return n
}

// reUnnamedTitleAnd is an English name the mentions missed with its title,
// joined to the next title (Research ICT Africa 執行長與 FOC 諮詢網絡成員 …).
var reUnnamedTitleAnd = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9 .&'-]*\s*[^，,。；;、\sA-Za-z]{1,8}\s*(與|及|暨)$`)

// bodyLead reduces the words before a speaker's body to what matters for
// leadOK: bold marks and an English article belong to the name (**The
// Paradigm Initiative**), and a first body with its title joined by 與 is
// the same speaker's other role.
func bodyLead(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "* "))
	if s == "The" || s == "the" || reUnnamedTitleAnd.MatchString(s) {
		return ""
	}
	return s
}

package relate

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// Entity type groups the rules speak of.
var (
	bodies       = []graph.EntityType{graph.Country, graph.Agency, graph.Organization}
	bodiesPerson = []graph.EntityType{graph.Country, graph.Agency, graph.Organization, graph.Person}
	issuers      = []graph.EntityType{graph.Country, graph.Agency, graph.Organization, graph.Meeting}
	statements   = []graph.EntityType{graph.Statement}
	meetings     = []graph.EntityType{graph.Meeting}
	orgs         = []graph.EntityType{graph.Agency, graph.Organization}
	organization = []graph.EntityType{graph.Organization}
)

// verbRule is a relation stated by a verb between a subject before it and an
// object after it (Chinese SVO: 日本內閣府…召開第2次「AI戰略會議」).
type verbRule struct {
	rel   graph.RelationType
	words []string
	subj  []graph.EntityType
	obj   []graph.EntityType
}

var verbRules = []verbRule{
	{graph.Signed, []string{"共同簽署", "完成簽署", "簽署了", "簽署", "簽訂", "簽定", "連署", "聯署", "加入", "批准", "sign", "Sign"}, bodies, statements},
	{graph.Issued, []string{"發布", "發佈", "公布", "公佈", "公告", "通過", "發表", "提出", "訂定", "制定", "研訂", "研擬", "擬定", "修正", "修訂", "調修", "函頒", "提交", "確認", "透過", "更新", "施行", "辦理", "主導", "推出", "推動", "宣布", "頒布", "啟動", "採納", "起草", "建立", "規劃", "產出", "設計", "完成", "issued", "adopted", "released", "published"}, issuers, statements},
	{graph.Attended, []string{"代表出席", "出席", "參加", "參與", "與會", "率團", "列席", "會晤", "attended"}, bodiesPerson, meetings},
	{graph.Hosted, []string{"共同主辦", "共同推動", "主辦", "籌辦", "籌備", "協辦", "舉辦", "舉行", "召開", "主持", "承辦", "辦理", "擔任輪值主席", "擔任主席", "擔任會議主席", "hosted", "organised", "organized", "chaired"}, bodies, meetings},
	{graph.Established, []string{"成立了", "成立", "設立", "創立", "創設", "設置", "成立之", "established", "founded"}, bodies, orgs},
	{graph.MemberOf, []string{"加入", "參與", "參加", "joined"}, bodies, organization},
}

// trig is one trigger occurrence with the rules it may fire.
type trig struct {
	hit
	rules []verbRule
}

// maxObjectRunes bounds how far after its verb an object may be named.
const maxObjectRunes = 90

func verbFacts(c *clause) []Fact {
	// collect triggers of every rule, merged by position
	byPos := map[int]*trig{}
	for _, r := range verbRules {
		for _, h := range c.find(c.lo, c.hi, r.words) {
			t := byPos[h.start]
			if t == nil {
				t = &trig{hit: h}
				byPos[h.start] = t
			}
			if h.end > t.end {
				t.end, t.word = h.end, h.word
			}
			t.rules = append(t.rules, r)
		}
	}
	var ts []*trig
	for _, t := range byPos {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].start < ts[j].start })
	// drop triggers inside a longer one (完成簽署 holds 簽署)
	var kept []*trig
	for _, t := range ts {
		if n := len(kept); n > 0 && t.start < kept[n-1].end {
			kept[n-1].rules = append(kept[n-1].rules, t.rules...)
			continue
		}
		kept = append(kept, t)
	}
	ts = kept

	var out []Fact
	var prevSubj []unit
	var prevObj []unit
	var hostSubj, hosted []unit // the meetings a subject of the sentence convened
	var gathered []unit         // the meetings the sentence says were held or attended
	prevEnd, prevTrigEnd := c.lo, c.lo
	for i, t := range ts {
		if c.negated(t.start) || c.hypothetical(t.start) || isNoun(c, t) || c.englishPassive(t) {
			prevEnd = t.end
			continue
		}
		segA, segB := c.segment(t.start)
		if prevEnd < segA {
			prevSubj, prevObj = nil, nil
		}
		subjA := maxInt(segA, prevEnd)
		if subjA > t.start {
			// the previous verb's object runs past this verb (出席 A 與 B 簽署的
			// 合作備忘錄簽署儀式): this verb's subjects follow the previous verb
			subjA = maxInt(segA, prevTrigEnd)
		}
		objB := segB
		for j := i + 1; j < len(ts); j++ {
			// a verb that modifies the next noun (簽署的合作備忘錄簽署儀式)
			// does not end this verb's object
			if c.after(ts[j].end, 1, "的", "之") || c.relativeVerb(ts[j]) {
				continue
			}
			if ts[j].start < objB {
				objB = ts[j].start
			}
			break
		}
		// an object is named soon after its verb
		lim := t.end
		for n := 0; n < maxObjectRunes && lim < objB; n++ {
			_, w := decodeRune(c.text[lim:])
			lim += w
		}
		objB = minInt(objB, lim)
		date, dated := "", false

		var thisSubj, thisObj []unit
		for _, r := range t.rules {
			subj := c.subjects(r.rel, subjA, t.start, r.subj, prevObj)
			if len(subj) == 0 && r.rel == graph.Hosted && (t.word == "主辦" || t.word == "承辦") {
				// 特邀我國於 114 年 8 月主辦「全球 AI 高峰會」: the one invited to
				// host hosts
				if inv := c.find(clauseStart(c, segA, t.start), t.start, []string{"特邀", "邀請", "邀"}); len(inv) > 0 {
					for _, u := range c.unitsIn(inv[len(inv)-1].end, t.start, r.subj...) {
						if !c.adjunct(u, t.start) {
							subj = append(subj, u)
						}
					}
				}
			}
			if c.after(t.end, 1, "的", "之") && len(subj) > 0 {
				// 韓國科學技術資訊通訊部針對將於 8 月舉辦的「…部長級會議」: the topic
				// of 針對 is a noun whose describing verb has its own subject
				var keep []unit
				for _, u := range subj {
					if !containsAny(c.span(u.end, t.start), []string{"針對", "對於", "關於", "有關"}) {
						keep = append(keep, u)
					}
				}
				subj = keep
			}
			if c.unnamedSubject(segA, t.start) {
				// 目前已有 17 家企業簽署「…」: the signers are counted, not named
				subj = nil
				thisSubj = nil
				prevSubj = nil
			}
			if len(subj) > 0 && len(prevSubj) > 0 && c.before(t.start, 2, "共同") && c.withPhrase(segA, subj[0], t.start) {
				// 本部出席…，並與韓國…等 21 個經濟體部長共同發布…: the partners of
				// 與…共同 act with the subject of the sentence
				for _, u := range prevSubj {
					if typeIn(u.typ, r.subj) {
						subj = append(subj, u)
					}
				}
			}
			if len(subj) == 0 && len(prevSubj) > 0 && !c.after(t.end, 1, "之", "的") {
				// coordinated verbs share the subject: 召開…會議,並公布… (a verb
				// that modifies a noun, 在…舉辦之部長級會議, is no coordinate)
				for _, u := range prevSubj {
					if typeIn(u.typ, r.subj) {
						subj = append(subj, u)
					}
				}
			}
			obj := c.objects(t.end, objB, r.obj)
			if r.rel == graph.Issued || r.rel == graph.Signed {
				// 參考《資通安全管理法》相關規定，修正…; 依《…條例》辦理: a statement
				// the actor refers to is not what it issues
				var keep []unit
				for _, u := range obj {
					if !c.before(u.start, 3, "參考", "依據", "根據", "依照", "依", "遵循", "遵守", "配合") {
						keep = append(keep, u)
					}
				}
				obj = keep
			}
			if len(obj) == 0 {
				// 發布多項政策，包括「A」與「B」: the named ones follow a list word
				obj = c.listedObjects(t.end, segB, r.obj)
			}
			if r.rel == graph.MemberOf || (r.rel == graph.Attended && (t.word == "參與" || t.word == "參加")) {
				// 參與 a standing body is membership, 參與 a meeting is attendance:
				// the first thing named after the verb decides.
				// (a place before the meeting is not what is joined: 參與在愛沙尼亞
				// 塔林舉辦之部長級會議)
				first := c.dropPlaces(c.unitsIn(t.end, objB))
				if len(first) == 0 || !typeIn(first[0].typ, r.obj) {
					obj = nil
				}
				if r.rel == graph.MemberOf && len(c.unitsIn(t.end, objB, meetings...)) > 0 {
					obj = nil
				}
				// 參與聯合國大會期間的交流活動, 參與 APEC 的政策討論平臺, 參與 G7 AI
				// 治理倡議: a body that only qualifies what is joined is not joined
				if r.rel == graph.MemberOf && t.word != "加入" && len(obj) > 0 && !c.endsObject(obj[len(obj)-1]) {
					obj = nil
				}
			}
			// passive: 《指引》由 CISA 發布 — the object stands before 由
			if len(obj) == 0 {
				obj = c.passiveObject(subjA, t.start, r.obj)
				if len(obj) > 0 {
					subj = exclude(subj, obj)
				}
			}
			// 第4屆東協數位部長會議…於…在新加坡舉行，由新加坡通訊及新聞部主辦:
			// a 由-agent's passive takes the sentence's opening name for object
			if len(obj) == 0 && len(subj) > 0 && len(c.units) > 0 && typeIn(c.units[0].typ, r.obj) && c.units[0].start >= segA &&
				openingLead(c.text[segA:c.units[0].start]) && c.byAgent(segA, firstUnit(subj), t.start) {
				obj = c.units[:1]
			}
			// topic object: 「公部門人工智慧應用參考手冊(草案)」已於…函頒正式版
			if len(obj) == 0 && r.rel == graph.Issued && len(c.units) > 0 && c.units[0].typ == graph.Statement &&
				c.units[0].start >= segA && openingLead(c.text[segA:c.units[0].start]) && len(c.unitsIn(c.units[0].end, t.start, bodiesPerson...)) == 0 &&
				(t.word == "函頒" || t.word == "發布" || t.word == "公布" || t.word == "公告" || t.word == "發佈" || t.word == "修正" || t.word == "修訂") {
				obj = c.units[:1]
			}
			if len(subj) == 0 && len(prevSubj) == 0 && r.rel == graph.Issued && len(obj) > 0 && c.s.Context.Focus != "" && (adoptVerb(t.word) || t.word == "發布") {
				// 會議通過「…指引」，並發表「…聲明」: the meeting in focus, named by
				// its head noun at the start of the sentence, adopts
				if m := reMeetingSubject.FindStringIndex(c.span(segA, t.start)); m != nil {
					subj = []unit{{start: segA + m[0], end: segA + m[1], typ: graph.Meeting, ids: []string{c.s.Context.Focus}}}
				}
			}
			if len(subj) == 0 && len(prevSubj) == 0 && c.s.Context.Topic != "" && len(obj) > 0 &&
				(r.rel == graph.Issued || r.rel == graph.Signed || r.rel == graph.Established || r.rel == graph.Hosted && strings.HasPrefix(c.s.Context.Topic, "country:")) &&
				len(c.unitsIn(segA, t.start, bodiesPerson...)) == 0 && !c.unnamedSubject(segA, t.start) &&
				topicVerb(t.word) && !c.before(t.start, 20, "雙方", "各方", "兩國", "各國", "業者", "企業") {
				// the body the paragraph is about: 韓國代表分享…。同期推出「數位創新總體計畫」
				subj = []unit{{start: t.start, end: t.start, typ: graph.Country, ids: []string{c.s.Context.Topic}}}
			}
			if len(subj) == 0 && len(prevSubj) == 0 && r.rel == graph.Signed && c.s.Context.Author != "" && c.s.Context.Country != "" &&
				len(obj) > 0 && len(c.dropPlaces(c.actors(clauseStart(c, segA, t.start), t.start))) == 0 && !c.unnamedSubject(segA, t.start) {
				// a government report's own signature is its country's: …並共同聯署包含《…》
				subj = []unit{{start: t.start, end: t.start, typ: graph.Country, ids: []string{c.s.Context.Country}}}
			}
			if len(subj) == 0 && len(prevSubj) == 0 && c.s.Context.Author != "" && len(obj) > 0 &&
				(r.rel == graph.Hosted || r.rel == graph.Issued || r.rel == graph.Attended || r.rel == graph.MemberOf) &&
				len(c.actors(segA, t.start)) == 0 {
				// a report of the author's own work leaves the author implicit:
				// 114 年賡續辦理第 7 屆總統盃黑客國際松
				subj = []unit{{start: t.start, end: t.start, typ: graph.Agency, ids: []string{c.s.Context.Author}}}
			}
			var tos []string
			if len(obj) > 0 {
				tos = ids(obj)
			} else {
				tos = c.fallbackObject(r, t, segA, subjA, objB)
			}
			if len(subj) == 0 && len(obj) > 0 && r.rel == graph.Issued && adoptVerb(t.word) && len(hosted) > 0 {
				// 召開…論壇，共有 38 個會員國代表與會，並通過「…」: the meeting adopts
				out = append(out, c.facts(graph.Issued, ids(hosted), tos, hosted[0].start, obj[len(obj)-1].end, "")...)
			}
			if len(subj) == 0 && len(tos) > 0 && r.rel == graph.Hosted && (t.word == "主持" || t.word == "擔任主席" || t.word == "擔任會議主席") {
				// 由唐鳳主持的…研討會: a chair named without a body attends
				out = append(out, c.facts(graph.Attended, ids(c.unitsIn(subjA, t.start, graph.Person)), tos, subjA, t.end, "")...)
			}
			if len(subj) == 0 || len(tos) == 0 {
				// 宣布成立 X: a verb without its object still passes its subject on
				thisSubj = append(thisSubj, explicit(subj)...)
				continue
			}
			a := t.start
			if len(subj) > 0 {
				a = minInt(a, subj[0].start)
			}
			b := t.end
			if len(obj) > 0 {
				b = maxInt(b, obj[len(obj)-1].end)
			}
			d := ""
			if r.rel == graph.Signed || r.rel == graph.Issued || r.rel == graph.Hosted || r.rel == graph.Established {
				if !dated { // dates are costly to find; only for facts that carry one
					date, dated = c.findDate(c.text[segA:segB]), true
				}
				d = date
			}
			if r.rel == graph.Hosted && (t.word == "主持" || t.word == "擔任主席" || t.word == "擔任會議主席") {
				// a person who chairs attends; the body behind the chair hosts
				var ps, bs []unit
				for _, u := range c.unitsIn(subjA, t.start, bodiesPerson...) {
					if u.typ == graph.Person {
						ps = append(ps, u)
					} else {
						bs = append(bs, u)
					}
				}
				out = append(out, c.facts(graph.Attended, ids(ps), tos, a, b, "")...)
				subj = bs
				if len(ps) > 0 || strings.Contains(c.span(subjA, t.start), "主席") || strings.Contains(c.span(subjA, t.start), "召集人") {
					// 由 APEC TELWG 韓國主席 Dr. Hayun Kang 主持: the group whose
					// chair runs the session does not host it; the chair's
					// government does (由我國國家資通安全研究院王家宜主任主持)
					var keep []unit
					for _, u := range bs {
						if u.typ != graph.Organization {
							keep = append(keep, u)
						}
					}
					subj = keep
				}
			}
			if r.rel == graph.Signed && len(obj) > 0 {
				// 臺英雙方簽署臺英…協議及…簽署「臺日數位貿易協議」: a bilateral
				// agreement named 臺X… is signed by Taiwan and X, whatever
				// countries the shared subject names
				var rest []string
				for _, o := range obj {
					if pair := c.bilateral(o); pair != nil && hasCountry(subj) {
						var who []string
						for _, u := range subj {
							if u.typ != graph.Country {
								who = append(who, u.ids...)
							}
						}
						out = append(out, c.facts(r.rel, append(who, pair...), o.ids, a, b, d)...)
						continue
					}
					rest = append(rest, o.ids...)
				}
				if len(obj) > 0 && len(rest) < len(ids(obj)) {
					tos = rest
				}
			}
			out = append(out, c.facts(r.rel, ids(subj), tos, a, b, d)...)
			if r.rel == graph.Hosted && len(obj) > 0 && len(subj) > 0 {
				hostSubj, hosted = subj, obj
			}
			if (r.rel == graph.Hosted || r.rel == graph.Attended) && len(obj) > 0 {
				gathered = append(gathered, obj...)
			}
			if (r.rel == graph.Issued || r.rel == graph.Signed) && len(obj) > 0 && len(gathered) > 0 && c.before(t.start, 2, "共同") {
				// 本部出席「…部長會議」，並與…共同發布「…部長宣言」; 參與…部長級會議，…
				// 並共同聯署《…》: what the participants issue together is the
				// meeting's outcome
				out = append(out, c.facts(graph.Issued, ids(gathered[len(gathered)-1:]), ids(obj), a, b, d)...)
			}
			if r.rel == graph.Issued && len(obj) > 0 && adoptVerb(t.word) {
				// 召開人工智慧政策論壇，…並通過「…原則」修正案; 主辦「AI 首爾高峰會」，
				// 發表…「首爾宣言」: what is adopted right after a meeting the
				// subject convened is the meeting's outcome too
				var ms []string
				if sharesSubject(hostSubj, subj) {
					ms = ids(hosted)
				}
				out = append(out, c.facts(graph.Issued, ms, tos, a, b, d)...)
			}
			thisSubj = append(thisSubj, explicit(subj)...)
			thisObj = append(thisObj, obj...)
		}
		if c.after(t.end, 1, "之", "的") && c.before(t.start, 8, "經") {
			// 本部依據經立法院三讀通過之「…法」調修「…」: a passive that
			// modifies a noun leaves the main clause's subject to the next verb
			continue
		}
		if len(thisSubj) > 0 {
			prevSubj = thisSubj
		}
		prevObj = thisObj
		prevEnd, prevTrigEnd = t.end, t.end
		if len(thisObj) > 0 {
			prevEnd = maxInt(prevEnd, thisObj[len(thisObj)-1].end)
		}
	}
	return out
}

// bilateralPartners are the one-character names Taiwanese texts give the
// other party of a bilateral agreement (臺日, 臺美, 臺英…).
var bilateralPartners = map[string]string{
	"日": "country:JP", "美": "country:US", "英": "country:GB", "韓": "country:KR", "德": "country:DE", "法": "country:FR",
	"加": "country:CA", "澳": "country:AU", "紐": "country:NZ", "星": "country:SG", "印": "country:IN", "荷": "country:NL",
	"捷": "country:CZ", "波": "country:PL", "立": "country:LT", "菲": "country:PH", "越": "country:VN", "泰": "country:TH",
}

// bilateral returns Taiwan and the other party of a statement named 臺X…
// (臺日數位貿易協議), or nil.
func (c *clause) bilateral(u unit) []string {
	name := strings.TrimLeft(c.span(u.start, u.end), "「《『")
	r, w := utf8.DecodeRuneInString(name)
	if r != '臺' && r != '台' {
		return nil
	}
	x, _ := utf8.DecodeRuneInString(name[w:])
	if p, ok := bilateralPartners[string(x)]; ok {
		tw := c.s.Context.Country
		if tw == "" {
			tw = "country:TW"
		}
		return []string{tw, p}
	}
	return nil
}

func hasCountry(us []unit) bool {
	for _, u := range us {
		if u.typ == graph.Country {
			return true
		}
	}
	return false
}

// reMeetingSubject is a sentence that opens with the meeting in focus named
// by its head noun (會議通過…, 本次會議發表…, 大會最後採納…).
var reMeetingSubject = regexp.MustCompile(`^\s*((本次|本屆|此次|該次|該)?(會議|大會|峰會|部長會議|部長級會議))(最後|最終|亦|並|也|於會中|會中)?\s*$`)

// byAgent reports whether u is the agent of a passive verb at p: 由 opens
// u's phrase and nothing but u's name and gloss stands before the verb.
func (c *clause) byAgent(segA int, u unit, p int) bool {
	// the agent's full name, before its bracketed English name and abbreviation
	for k := len(c.units) - 1; k >= 0; k-- {
		if v := c.units[k]; v.start < u.start && v.start >= segA && sameThing(u, v) && c.runes(v.end, u.start) <= 60 {
			u = v
		}
	}
	lead := strings.TrimSpace(c.span(clauseStart(c, segA, u.start), u.start))
	if lead != "由" && lead != "並由" && lead != "係由" && lead != "則由" {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace(outsideBrackets(c.span(c.nameEnd(u), p)))) <= 4
}

// firstUnit is the unit of us that stands first in the text.
func firstUnit(us []unit) unit {
	f := us[0]
	for _, u := range us[1:] {
		if u.start < f.start {
			f = u
		}
	}
	return f
}

// relativeVerb reports a verb whose short phrase ends in 的/之 before a name:
// 加入制定全球網路標準的「全球資訊網協會」 — it describes the next noun.
func (c *clause) relativeVerb(t *trig) bool {
	rest := c.span(t.end, minInt(c.hi, t.end+40))
	i := strings.IndexAny(rest, "的之")
	if i < 0 || utf8.RuneCountInString(rest[:i]) > 8 || strings.ContainsAny(rest[:i], "，,、。；") {
		return false
	}
	return len(c.unitsIn(t.end, t.end+i)) == 0
}

// withPhrase reports whether u is named in a 與-phrase of the clause before p
// (並與韓國科學技術情報通信部等…共同發布) that names no body before 與.
func (c *clause) withPhrase(segA int, u unit, p int) bool {
	a := clauseStart(c, segA, u.start)
	i := strings.LastIndex(c.span(a, u.start), "與")
	return i >= 0 && len(c.unitsIn(a, a+i, bodies...)) == 0
}

// endsObject reports whether nothing but its gloss, an enumeration or the
// end of the phrase follows u: u is the head of the object, not a qualifier.
func (c *clause) endsObject(u unit) bool {
	p := c.nameEnd(u)
	for _, v := range c.units {
		if v.start >= p && sameThing(u, v) && c.runes(p, v.start) <= 60 {
			p = c.nameEnd(v)
		}
	}
	rest := strings.TrimLeft(c.span(p, c.hi), " ")
	if strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（") {
		if i := strings.IndexAny(rest, ")）"); i >= 0 {
			rest = strings.TrimLeft(rest[i+len("）"):], " ")
			if rest != "" && rest[0] == ')' {
				rest = rest[1:]
			}
		}
	}
	if rest == "" {
		return true
	}
	r, _ := decodeRune(rest)
	return strings.ContainsRune("，,。；;、及與和並等)）", r) || strings.HasPrefix(rest, "成為") || strings.HasPrefix(rest, "擔任")
}

// explicit drops the subjects a rule supplied from the context (the author, the
// paragraph's topic): each later verb finds its own implicit subject.
func explicit(us []unit) []unit {
	var out []unit
	for _, u := range us {
		if u.start < u.end {
			out = append(out, u)
		}
	}
	return out
}

// adoptVerb: the verbs by which a meeting's outcome is adopted or announced
// (not 公布, which an agency does on its own after its meeting).
func adoptVerb(w string) bool {
	switch w {
	case "通過", "採納", "發表", "adopted":
		return true
	}
	return false
}

// sharesSubject reports whether the previous verb's subjects are this one's.
func sharesSubject(prev, cur []unit) bool {
	for _, u := range cur {
		for _, v := range prev {
			if sameThing(u, v) {
				return true
			}
		}
	}
	return false
}

// topicVerb: the verbs whose subject a paragraph may leave to its topic —
// publishing and signing, not the loose 推動/通過/完成.
func topicVerb(w string) bool {
	switch w {
	case "發布", "發佈", "公布", "公佈", "推出", "制定", "訂定", "頒布", "提出", "發表", "簽署", "完成簽署", "簽訂", "成立", "設立", "舉辦", "主辦":
		return true
	}
	return false
}

// reMeetingRef refers back to the meeting in focus: 該晚會, 這場討論, 此次活動.
var reMeetingRef = regexp.MustCompile(`((該|這|此)(次|場|屆)?|本(次|場|屆))([^，,。；;、\s]{1,4}的)?(晚會|會議|活動|論壇|研討會|峰會|大會|討論|場次|工作坊)`)

// reOrganisedBy is an English passive host: "This event, organised by the
// Netherlands".
var reOrganisedBy = regexp.MustCompile(`(?i)\b(organi[sz]ed|hosted|convened|co-hosted)\s+by\s+(the\s+)?$`)

// englishHostFacts: "<meeting or this event>, organised by <body>".
func englishHostFacts(c *clause) []Fact {
	var out []Fact
	for i, u := range c.units {
		if !typeIn(u.typ, bodies) || i > 0 && c.units[i-1].end > u.start {
			continue
		}
		a := maxInt(c.lo, u.start-60)
		for a > c.lo && !utf8.RuneStart(c.text[a]) {
			a--
		}
		if !reOrganisedBy.MatchString(c.text[a:u.start]) {
			continue
		}
		mt := ""
		if ms := c.unitsIn(c.lo, u.start, meetings...); len(ms) > 0 {
			mt = ms[len(ms)-1].ids[0]
		} else if f := c.s.Context.Focus; f != "" && strings.Contains(strings.ToLower(c.text[c.lo:u.start]), "this event") {
			mt = f
		}
		if mt != "" {
			out = append(out, c.facts(graph.Hosted, u.ids, []string{mt}, a, u.end, "")...)
		}
	}
	return out
}

// reCounted is a counted group of unnamed bodies: 17 家企業, 15 個國家.
var reCounted = regexp.MustCompile(`[0-9０-９]+\s*(家|個|位|名|國)|[一二三四五六七八九十百多]+\s*(家|個|名)`)

// unnamedSubject reports a verb whose own phrase has a counted, unnamed
// subject and no name (目前已有 17 家企業簽署).
func (c *clause) unnamedSubject(segA, p int) bool {
	a := clauseStart(c, segA, p)
	return reCounted.MatchString(c.text[a:p]) && len(c.unitsIn(a, p, bodiesPerson...)) == 0
}

// listedObjects finds the objects a verb names through a class noun and a
// list word: 發布多項政策，包括「A」與「B」.
func (c *clause) listedObjects(a, b int, ts []graph.EntityType) []unit {
	for _, h := range c.find(a, b, []string{"包括", "包含", "如"}) {
		if c.runes(a, h.start) > 12 || len(c.unitsIn(a, h.start)) > 0 {
			return nil
		}
		return c.objects(h.end, b, ts)
	}
	return nil
}

// namingGap is a comma that goes on to name the object: 於 113 年 8 月公告，
// 分別為《射頻設備通用安全規範》之….
func namingGap(g string) bool {
	g = strings.TrimLeft(g, " ")
	for _, p := range []string{"，", ","} {
		if rest, ok := strings.CutPrefix(g, p); ok {
			rest = strings.Trim(rest, " 「《『")
			return rest == "分別為" || rest == "分別是" || rest == "名為" || rest == "即"
		}
	}
	return false
}

// passiveObject finds X in "X 由 Y <verb>" inside [a,b).
func (c *clause) passiveObject(a, b int, ts []graph.EntityType) []unit {
	for _, h := range c.find(a, b, []string{"由"}) {
		if obj := c.unitsIn(a, h.start, ts...); len(obj) > 0 {
			return obj[len(obj)-1:]
		}
	}
	return nil
}

// fallbackObject is the object a verb leaves implicit: the meeting of the
// section for 出席 (…等 15 個經濟體代表出席), the statement named earlier in
// the sentence or before it for 簽署 (…皆同步完成簽署).
func (c *clause) fallbackObject(r verbRule, t *trig, segA, subjA, objB int) []string {
	ctx := c.s.Context
	switch r.rel {
	case graph.Attended:
		// the attendees stand right before the verb, in its own phrase
		// (…等 15 個經濟體代表出席), not a comma away (…合作，擴展治理參與)
		near := c.unitsIn(clauseStart(c, segA, t.start), t.start, r.subj...)
		if (len(near) == 0 || c.runes(near[len(near)-1].end, t.start) > 15) && !c.namesGathering(t, objB) {
			// (…與李志強處長，共同出席自由線上聯盟部長會議: a gathering named
			// after the verb that the mentions miss is the one in focus)
			return nil
		}
		if t.word == "率團" || c.after(t.end, 4, "的", "之") {
			return nil
		}
		// what follows the verb in its phrase is what they take part in:
		// (only a verb that names no gathering after it)
		// 臺灣一直積極參與國際合作; 出席 A 與 B 簽署的合作備忘錄簽署儀式. Only a
		// verb that ends its phrase, or one followed by a word for a meeting,
		// leaves the meeting to the context.
		// (會晤 takes the people met for object: the meeting is the context's)
		if !c.clauseEndsAt(t.end) && !c.namesGathering(t, objB) && t.word != "會晤" {
			return nil
		}
		// a project the phrase opens with is what they take part in, not
		// the meeting (「女性數位領導力」專案亦有來自中國、越南…等經濟體參與)
		if containsAny(c.span(clauseStart(c, segA, t.start), t.start), projectWords) {
			return nil
		}
		// the meeting the sentence just named (中國分享其主辦之「…」研討會議，
		// 邀集中國、泰國…等代表參與), else the section's
		if ctx.Focus == "" {
			return nil
		}
		// (a meeting that closes an earlier phrase, not one inside a noun
		// phrase: 出席聯大總辯論代表團官員)
		ms := c.unitsIn(segA, t.start, meetings...)
		for k := len(ms) - 1; k >= 0; k-- {
			if e := c.nameEnd(ms[k]); strings.HasPrefix(strings.TrimSpace(c.span(e, t.start)), "，") {
				return ms[k].ids
			}
		}
		return []string{ctx.Focus}
	case graph.Hosted:
		if ctx.Focus != "" && (t.word == "主持" || t.word == "擔任主席" || t.word == "擔任會議主席") && !c.after(t.end, 4, "的", "之") {
			return []string{ctx.Focus}
		}
		if ctx.Focus != "" && (c.after(t.end, 6, "本次", "本屆", "此次", "本場") || c.before(t.start, 6, "本次", "本屆", "此次", "本場")) {
			return []string{ctx.Focus}
		}
		// 該晚會亦由 A 及 B 協辦; 感謝荷蘭和 FOC 舉辦這場重要的討論; …舉行之晚會
		if ctx.Focus != "" && (reMeetingRef.MatchString(c.span(segA, t.start)) || reMeetingRef.MatchString(c.span(t.end, minInt(objB+12, c.hi))) || c.after(t.end, 3, "晚會", "活動", "研討會", "論壇", "峰會", "年會")) {
			return []string{ctx.Focus}
		}
	case graph.Signed:
		// only a verb that ends its clause leaves the statement to the
		// context: …等共計15個國家…皆同步完成簽署。
		if t.word == "加入" || !c.clauseEndsAt(t.end) {
			return nil
		}
		if st := c.unitsIn(c.lo, subjA, statements...); len(st) > 0 {
			return st[len(st)-1].ids
		}
		if ctx.LastStatement != "" {
			return []string{ctx.LastStatement}
		}
	}
	return nil
}

// namesGathering reports whether the phrase after verb t ends in a word for
// a meeting (出席自由線上聯盟(…)部長會議).
func (c *clause) namesGathering(t *trig, objB int) bool {
	obj := outsideBrackets(c.span(t.end, objB))
	if i := strings.IndexAny(obj, "，,；;"); i >= 0 {
		obj = obj[:i]
	}
	return containsAny(obj, meetingWords) && !containsAny(obj, eventWords) && len(c.unitsIn(t.end, objB, meetings...)) == 0
}

// meetingWords name a gathering; eventWords one that is not a meeting of the
// report (a signing ceremony, a banquet).
var (
	meetingWords = []string{"會議", "晚會", "活動", "論壇", "研討會", "峰會", "年會", "大會", "討論", "座談", "工作坊", "會中", "與會"}
	eventWords   = []string{"儀式", "典禮", "晚宴", "酒會", "展覽"}
)

// dropPlaces drops the countries a sentence names as where something
// happens (在愛沙尼亞塔林舉辦之部長級會議): a place does not act. A city
// right after such a country is part of the place.
func (c *clause) dropPlaces(us []unit) []unit {
	var keep []unit
	placeEnd := -1
	for _, u := range us {
		if u.typ == graph.Country && (c.before(u.start, 2, "在", "於") || u.start == placeEnd) {
			placeEnd = u.end
			continue
		}
		keep = append(keep, u)
	}
	return keep
}

func exclude(us, drop []unit) []unit {
	if len(drop) == 0 {
		return us
	}
	out := us[:0:0]
	for _, u := range us {
		keep := true
		for _, d := range drop {
			if u.start == d.start && u.end == d.end {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, u)
		}
	}
	return out
}

// objects are the things named right after a verb: the first one close to
// it, and the ones enumerated with it (《A》、《B》及《C》).
func (c *clause) objects(a, b int, ts []graph.EntityType) []unit {
	us := c.unitsIn(a, b)
	var out []unit
	last := a
	for _, u := range us {
		if len(out) == 0 {
			if !typeIn(u.typ, ts) {
				// another kind of name first: 簽署的合作備忘錄 still finds the
				// statement, 參與 Google 的活動 does not take Google's event
				if c.runes(a, u.start) > 20 {
					break
				}
				continue
			}
			if !c.gapOK(a, u.start, 25, "。；;，,") && !namingGap(c.span(a, u.start)) {
				break
			}
			// 聯合國提出的人權標準及遵守《…》: a verb that modifies an unnamed
			// noun through 的/之 has that noun for its object
			if g := strings.TrimSpace(c.span(a, u.start)); strings.HasPrefix(g, "的") || strings.HasPrefix(g, "之") {
				if utf8.RuneCountInString(strings.Trim(g[len("的"):], " 「《『\"")) > 0 {
					break
				}
			}
			// 參與亞太經濟合作 (APEC) 之數位經濟指導小組: the head after 之/的
			// is the object, the name before it only qualifies it
			if hd := c.headAfter(u, b, ts); hd != nil {
				u = *hd
			}
			out = append(out, u)
			last = u.end
			continue
		}
		if u.start < last {
			continue // inside the head taken above
		}
		if !typeIn(u.typ, ts) {
			break
		}
		if !c.gapOK(last, u.start, 6, "。；;，,") && !enumGap(c.text[last:u.start]) {
			break
		}
		out = append(out, u)
		last = u.end
	}
	return out
}

// headAfter returns the name that u qualifies through 之/的 (APEC 之 DESG),
// skipping u's bracketed abbreviation, or nil.
func (c *clause) headAfter(u unit, b int, ts []graph.EntityType) *unit {
	e := c.nameEnd(u)
	for _, v := range c.unitsIn(u.end, b) {
		if v.start < e || sameThing(u, v) {
			if v.end > e {
				e = c.nameEnd(v)
			}
			continue
		}
		if g := strings.TrimSpace(c.span(e, v.start)); (g == "之" || g == "的") && typeIn(v.typ, ts) {
			return &v
		}
		return nil
	}
	return nil
}

// enumGap accepts what stands between two items of an enumeration.
func enumGap(g string) bool {
	g = strings.TrimSpace(g)
	for _, w := range []string{"、", "及", "和", "與", "以及", "，以及", "、以及", ",", "，", "暨", "或"} {
		if g == w {
			return true
		}
	}
	return false
}

// clauseEndsAt reports whether nothing but punctuation follows p before the
// next comma or stop.
func (c *clause) clauseEndsAt(p int) bool {
	rest := strings.TrimLeft(c.text[p:c.hi], " 了")
	if rest == "" {
		return true
	}
	r, _ := decodeRune(rest)
	return strings.ContainsRune("，,。；;！？!?、)）」", r)
}

// hypothetical reports a verb the text only wishes for or recommends
// (應積極推動簽署, 可以透過…簽署, 鼓勵…加入).
func (c *clause) hypothetical(p int) bool {
	return c.before(p, 6, "推動簽署", "應積極", "可以透過", "可透過", "鼓勵", "建議", "若", "如何", "是否", "希望", "盼")
}

// subjects are the bodies named before a verb in [a,b), without the
// inviter of 邀請 (X 邀請 Y 出席: Y attends; 應 X 邀請出席: not X), without
// adjuncts of place and time (於聯合國大會期間參與), and without what the
// previous verb took as its object.
func (c *clause) subjects(rel graph.RelationType, a, b int, ts []graph.EntityType, prevObj []unit) []unit {
	us := exclude(c.unitsIn(a, b, ts...), prevObj)
	us = c.dropPlaces(us)
	if inv := c.find(a, b, []string{"邀請", "邀集", "邀"}); len(inv) > 0 && rel != graph.Attended {
		// the inviter hosts: keep who stands before 邀請
		var keep []unit
		for _, u := range us {
			if u.end <= inv[0].start {
				keep = append(keep, u)
			}
		}
		us = keep
	} else if len(inv) > 0 {
		h := inv[len(inv)-1]
		var keep []unit
		for _, u := range us {
			if u.start >= h.end {
				keep = append(keep, u)
			} else if !c.gapOK(u.end, h.start, 0, "") && !c.before(u.start, 1, "應") {
				// X 在 … 邀請 is not an inviter when a 應 closes it
				_ = u
			}
		}
		// 應 X 邀請，出席…: the subject stands before 應
		if ying := c.find(a, h.start, []string{"應"}); len(ying) > 0 {
			for _, u := range us {
				if u.end <= ying[len(ying)-1].start {
					keep = append(keep, u)
				}
			}
		}
		us = keep
	}
	// 感謝韓國主辦本次 TELWG 70: the thanked one is the subject, not the thanker
	if th := c.find(a, b, []string{"感謝", "謝謝", "歡迎", "恭喜", "肯定"}); len(th) > 0 {
		h := th[len(th)-1]
		var keep []unit
		for _, u := range us {
			if u.start >= h.end {
				keep = append(keep, u)
			}
		}
		us = keep
	}
	// 請行政院科技政委督導本部會同國科會…完成「兒少影響評估」: the one asked or
	// supervised does the work; the bodies it works with (會同) do not issue
	var rq []hit
	for _, h := range c.find(a, b, []string{"督導", "責成", "要求", "委請", "請"}) {
		if h.word == "請" && c.before(h.start, 1, "邀", "申", "聲", "提", "敬", "委") {
			continue // 邀請, 申請: not a request to act
		}
		rq = append(rq, h)
	}
	if len(rq) > 0 {
		h := rq[len(rq)-1]
		var keep []unit
		for _, u := range us {
			if u.start >= h.end {
				keep = append(keep, u)
			}
		}
		if len(keep) > 0 {
			us = keep
			if rel == graph.Issued {
				if w := c.find(us[0].end, b, []string{"會同", "偕同", "協同"}); len(w) > 0 {
					keep = nil
					for _, u := range us {
						if u.end <= w[0].start {
							keep = append(keep, u)
						}
					}
					us = keep
				}
			}
		}
	}
	// 美國說明歐盟即將施行的《無線設備指令》: a name after a reporting verb
	// is the reported clause's subject; the reporter only when none follows
	if rp := c.find(a, b, []string{"說明", "表示", "指出", "強調", "提到", "介紹", "分享", "報告"}); len(rp) > 0 {
		h := rp[len(rp)-1]
		var keep []unit
		for _, u := range us {
			if u.start >= h.end {
				keep = append(keep, u)
			}
		}
		// only within one phrase: 說明該國…，…，該國與美國已簽署 keeps the reporter
		if len(keep) > 0 && !strings.ContainsAny(c.text[h.end:b], "，,") {
			us = keep
		}
	}
	// 臺英雙方簽署: the parties of the verb's own phrase are its subjects
	var own []unit
	for _, u := range c.unitsIn(clauseStart(c, a, b), b, ts...) {
		if !c.adjunct(u, b) {
			own = append(own, u)
		}
	}
	if len(own) > 0 && len(own[len(own)-1].ids) > 1 {
		us = own[len(own)-1:]
	} else if cs := clauseStart(c, a, b); len(own) > 0 && cs > a && !strings.HasSuffix(strings.TrimRight(c.span(a, cs), "，, "), "為首") && rel != graph.Signed &&
		!c.before(own[0].start, 3, "會同", "偕同", "協同", "連同", "與") {
		// …由日本數位廳、總務省、經濟產業省共同會晤G7會員國代表，…G7全體會員國共同
		// 訂定《廣島AI進程》: a verb whose own phrase names its subject takes no
		// subject from the phrases before (由 A 為首，偕同 B…簽署 keeps A)
		var keep []unit
		for _, u := range us {
			if u.start >= cs {
				keep = append(keep, u)
			}
		}
		us = keep
	}
	out := us[:0:0]
	for _, u := range us {
		if !c.adjunct(u, b) {
			out = append(out, u)
		}
	}
	// 由 X / 經 X mark the agent: it wins over the bodies before it
	for i, u := range out {
		if c.before(u.start, 1, "由", "經") {
			return out[i:]
		}
	}
	return out
}

// adjunct reports a name that cannot be the subject of the verb at p: a
// place or time (於聯合國大會期間), a source (依據…), a purpose (為協助我國…，).
func (c *clause) adjunct(u unit, p int) bool {
	if c.inPurpose(u, p) {
		return true
	}
	if c.before(u.start, 1, "於", "在") && !c.before(u.start, 2, "由於") {
		return true
	}
	// 本次 CISG 會議共有 10 個會員經濟體出席: a group named as the head of its
	// meeting's name is the meeting, not an actor
	if u.typ == graph.Organization && strings.HasPrefix(strings.TrimSpace(c.span(u.end, minInt(c.hi, u.end+12))), "會議") {
		return true
	}
	// 日本已向國會提交《…法案》: the addressee of a submission does not act
	if c.before(u.start, 1, "向") {
		return true
	}
	// 本部依據經立法院三讀通過之「…法」調修「…框架」: the agent of a
	// passive that modifies a noun does not act in the main clause
	if c.before(u.start, 1, "經") && strings.ContainsAny(c.span(u.end, p), "之的，,") {
		return true
	}
	// 於經濟產業省政策執行機關—獨立行政法人資訊處理推動機構（…）轄下設立…
	if rest := c.span(u.end, p); strings.Contains(rest, "轄下") || strings.Contains(rest, "之下") {
		segA, _ := c.segment(u.start)
		before := c.span(segA, u.start)
		if i := strings.LastIndex(before, "於"); i >= 0 && !strings.ContainsAny(outsideBrackets(before[i:]), "，,") {
			return true
		}
	}
	// 依據 A 的規定辦理 …: A is a source, not an actor; but in 依據法務部修正
	// 公告《…》 the body acts in the 依據 phrase's own verb right after it
	if c.before(u.start, 2, "依據", "根據", "依照") && c.runes(c.nameEnd(u), p) > 2 {
		return true
	}
	// 與各國數位發展部長及外交部長，就…交流: a with-phrase that follows no
	// body of its own clause names company, not actors
	a := clauseStart(c, c.lo, u.start)
	if i := strings.LastIndex(c.span(a, u.start), "與"); i >= 0 && len(c.unitsIn(a, a+i, bodies...)) == 0 && strings.ContainsAny(c.span(u.end, p), "，,") &&
		!(c.before(p, 3, "共同", "一同", "一起") && c.runes(u.end, p) <= 8) {
		// (與 X 處長，共同出席: the companions act together)
		return true
	}
	return false
}

// outsideBrackets drops what stands inside () and （）.
func outsideBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// actors are the bodies and persons before p that may act: not those of a
// purpose phrase.
func (c *clause) actors(a, p int) []unit {
	var out []unit
	for _, u := range c.unitsIn(a, p, bodiesPerson...) {
		if !c.inPurpose(u, p) {
			out = append(out, u)
		}
	}
	return out
}

// inPurpose reports whether u stands in a purpose or reason phrase
// (為協助…, 為促進…, 為因應…) that ends before the verb at p.
func (c *clause) inPurpose(u unit, p int) bool {
	segA, _ := c.segment(u.start)
	a := clauseStart(c, segA, u.start)
	if a > c.lo {
		// the purpose phrase may hold commas of its own; look at the
		// sentence's first phrase only
		a = segA
	}
	lead := strings.TrimSpace(c.span(a, u.start))
	if !(strings.HasPrefix(lead, "為") || strings.HasPrefix(lead, "因應")) || strings.HasPrefix(lead, "為期") {
		return false
	}
	end := strings.IndexAny(c.span(u.end, p), "，,")
	return end >= 0
}

// englishPassive reports "X was established in 2018": X is what was
// established, not who did it (the agent would follow "by").
func (c *clause) englishPassive(t *trig) bool {
	if t.word != "established" && t.word != "founded" && t.word != "issued" && t.word != "adopted" && t.word != "released" && t.word != "published" {
		return false
	}
	return c.before(t.start, 10, "was ", "were ", "been ", "is ", "are ") && !c.after(t.end, 30, " by ")
}

// isNoun tells a trigger used as a noun (主持人, 與會者, 成立後) from the verb.
func isNoun(c *clause, t *trig) bool {
	switch t.word {
	case "主持", "出席", "與會", "參與", "參加":
		// 與會者, 出席人員, 與會經濟體, 參與單位: the attendees named as a class
		return c.after(t.end, 1, "人", "者") || c.after(t.end, 3, "經濟體", "單位", "代表團")
	case "主辦", "承辦", "協辦":
		// 擔任 APEC 主辦年, 主辦國, 主辦單位: a noun for the host, not the act
		return c.after(t.end, 1, "年", "國", "方", "者") || c.after(t.end, 3, "單位", "經濟體", "城市", "機關")
	}
	return false
}

// projectWords name undertakings that bodies take part in apart from any
// meeting.
var projectWords = []string{"專案", "提案", "倡議"}

func containsAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

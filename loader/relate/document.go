package relate

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/dates"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/segment"
)

// Document applies the rules to every sentence of one document, in order,
// filling each sentence's Context from what came before: the document's main
// meeting (title, 會議名稱 row), the meeting of the current section (a heading
// that names one), the statement last named, the body of the table row
// above, and whether the lines list a meeting's delegates. base gives what
// the caller already knows (the document's Country). Facts repeated across
// sentences are kept once per evidence span.
func Document(sents []Sentence, base Context) []Fact {
	return DocumentTrace(sents, base, nil)
}

// DocumentTrace is Document calling trace, when not nil, with every
// sentence (its Context filled) and the facts it stated: a tool for telling
// a rule's miss from a mention's.
func DocumentTrace(sents []Sentence, base Context, trace func(Sentence, []Fact)) []Fact {
	ctx := base
	if ctx.MainMeeting == "" {
		ctx.MainMeeting = mainMeeting(sents)
	}
	if ctx.Author == "" {
		ctx.Author = selfReference(sents)
	}
	if ctx.Year == 0 && len(sents) > 0 {
		ctx.Year = dates.ContextYear(sents[0].Text)
	}
	ctx.Focus = ctx.MainMeeting
	focusLevel := 0
	var sessions []string // meetings that head a section of a meeting report
	pendingLevel, pendingLeft := 0, 0
	known := meetingNames(sents)
	var out []Fact
	for _, s := range sents {
		if s.Start < 0 || s.End > len(s.Text) || s.Start >= s.End {
			continue
		}
		line := s.Text[s.Start:s.End]
		c := newClause(s)
		row := s.Kind == segment.TableRow || isTableRow(line)

		// sections: a heading that names a meeting puts it in focus until a
		// heading of the same or a higher level
		if lvl := headingLevel(fullLine(s)); lvl > 0 {
			pendingLevel, pendingLeft = 0, 0
			ms := c.unitsIn(c.lo, c.hi, meetings...)
			reported := len(ms) > 0 && reportsOn(c, ms[0])
			if len(ms) > 0 && !row && !reported {
				ctx.Focus, focusLevel = ms[0].ids[0], lvl
				if !contains(sessions, ctx.Focus) {
					sessions = append(sessions, ctx.Focus)
				}
			} else {
				top := focusLevel == 0 || lvl <= focusLevel // not a part of the section's meeting
				if focusLevel > 0 && lvl <= focusLevel {
					ctx.Focus, focusLevel = ctx.MainMeeting, 0
				}
				if id := headingMeeting(s, known); id != "" && !row && !reported {
					// a heading broken across lines (九、…韌性研討 / 會議) names
					// a meeting the document names whole elsewhere (its contents)
					ctx.Focus, focusLevel = id, lvl
					if !contains(sessions, id) {
						sessions = append(sessions, id)
					}
					pendingLevel, pendingLeft = 0, 0
				} else if top && !row && namesUnknownMeeting(s) {
					// a section about a meeting the mentions do not name (a
					// heading broken across lines): its facts belong to no
					// meeting we know, least of all the main one
					ctx.Focus, focusLevel = "", lvl
				}
				if !row && !reported {
					pendingLevel, pendingLeft = lvl, 3
				}
			}
		} else if pendingLeft > 0 {
			// a heading that names a working group, not its meeting: the
			// section's first lines say which meeting it reports on
			// (資通訊科技發展與政策指導分組（DPSG）會議於 114 年 3 月 5 日召開)
			pendingLeft--
			if m := openingMeeting(c); m != "" && !row && !reportsOn(c, c.units[0]) {
				ctx.Focus, focusLevel = m, pendingLevel
				if !contains(sessions, m) {
					sessions = append(sessions, m)
				}
				pendingLeft = 0
			}
		}

		// delegates: "(三) 我方出席人員：", "六、我國出席人員姓名、職銜 …"
		if isAttendeeLabel(line) {
			ctx.Attendees = true
			ctx.RowBody = ""
			if bs := c.unitsIn(c.lo, c.hi, orgs...); len(bs) > 0 && !strings.Contains(line, "我方") && !strings.Contains(line, "我國") && bs[0].start < c.lo+strings.Index(line, "出席") {
				ctx.RowBody = bs[0].ids[0]
			}
		} else if ctx.Attendees && !hasPerson(c) {
			ctx.Attendees = false
			ctx.RowBody = ""
		}
		if row {
			if bs := c.unitsIn(c.lo, c.hi, orgs...); len(bs) > 0 {
				if ps := c.unitsIn(c.lo, c.hi, graph.Person); len(ps) > 0 && bs[0].start < ps[0].start {
					ctx.RowBody = bs[0].ids[0]
				}
			}
		} else if !ctx.Attendees {
			ctx.RowBody = ""
		}

		if headingLevel(fullLine(s)) > 0 {
			ctx.Topic = ""
		} else if tp := openingBody(c); tp != "" {
			ctx.Topic = tp
		}
		s.Context = ctx
		fs := Facts(s)
		if trace != nil {
			trace(s, fs)
		}
		out = append(out, fs...)

		if st := c.unitsIn(c.lo, c.hi, statements...); len(st) > 0 {
			ctx.LastStatement = st[len(st)-1].ids[0]
		}
	}
	out = append(out, sessionPlaces(out, sessions, ctx.MainMeeting)...)
	return dedupeSpans(named(out, sents))
}

// reportsOn: a heading that names a report on a meeting ((二) TEL 69 主席報告,
// 檢視前次 TELWG 69 會議 STSG 報告) is a part of the meeting being reported
// at, not a session of the one it names.
func reportsOn(c *clause, m unit) bool {
	return strings.Contains(c.span(m.end, c.hi), "報告") || strings.Contains(c.span(c.lo, m.start), "前次")
}

// squeeze drops what a broken line or a quote adds to a name: spaces,
// line breaks, 「」 and dot leaders.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '　', '「', '」', '.', '…':
			return -1
		}
		return r
	}, s)
}

// meetingNames maps every meeting mention's squeezed surface to its id.
func meetingNames(sents []Sentence) map[string]string {
	out := map[string]string{}
	for _, s := range sents {
		for _, m := range s.Mentions {
			if m.Type == graph.Meeting && m.EntityID != "" && utf8.RuneCountInString(m.Surface) >= 5 {
				out[squeeze(m.Surface)] = m.EntityID
			}
		}
	}
	return out
}

// headingMeeting is the meeting a heading names when read whole with a
// short line that continues it, or "".
func headingMeeting(s Sentence, known map[string]string) string {
	line := fullLine(s)
	for _, re := range []*regexp.Regexp{reHeadMD, reHead1, reHead2, reHead3, reHead4} {
		line = re.ReplaceAllString(line, "")
	}
	rest := strings.TrimLeft(s.Text[s.End:], "\r\n")
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		if next := strings.TrimSpace(rest[:i]); utf8.RuneCountInString(next) <= 4 {
			line += next
		}
	}
	if id := known[squeeze(line)]; id != "" {
		return id
	}
	// a heading that names a working group by its abbreviation, (三) 符合性評鑑與
	// 互通性指導分組 (CISG): the one meeting the document names with it
	// A meeting named by the group alone (STSG 分組會議) wins over one that
	// names another meeting first (TELWG 69 STSG 分組會議: an earlier session).
	id, lead := "", ""
	for _, tok := range reAbbrToken.FindAllString(line, -1) {
		for name, mid := range known {
			if !strings.Contains(name, tok) || !(strings.HasSuffix(name, "會議") || strings.HasSuffix(name, "Meeting")) {
				continue
			}
			if strings.HasPrefix(name, tok) {
				if lead != "" && lead != mid {
					return ""
				}
				lead = mid
			}
			if id != "" && id != mid {
				id = "-"
			} else {
				id = mid
			}
		}
	}
	if lead != "" {
		return lead
	}
	if id == "-" {
		return ""
	}
	return id
}

// reAbbrToken is an abbreviation in a heading: CISG, DPSG, TELWG.
var reAbbrToken = regexp.MustCompile(`\b[A-Z]{3,8}\b`)

// namesUnknownMeeting reports a heading whose words end in a meeting's head
// noun, read together with a short line that continues it
// (九、…韌性研討 / 會議).
func namesUnknownMeeting(s Sentence) bool {
	line := strings.TrimSpace(s.Text[s.Start:s.End])
	rest := s.Text[s.End:]
	rest = strings.TrimLeft(rest, "\r\n")
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		if next := strings.TrimSpace(rest[:i]); utf8.RuneCountInString(next) <= 4 {
			line += next
		}
	}
	for _, w := range []string{"研討會議", "研討會", "會議", "論壇", "工作坊", "峰會"} {
		if strings.HasSuffix(line, w) {
			return true
		}
	}
	return false
}

// openingBody is the body a sentence opens with (韓國代表分享…, 中國已發布…),
// after list markers and connectives, or "".
func openingBody(c *clause) string {
	if len(c.units) == 0 || !typeIn(c.units[0].typ, bodies) {
		return ""
	}
	if openingLead(c.text[c.lo:c.units[0].start]) {
		return c.units[0].ids[0]
	}
	return ""
}

// reLeadDate is a time phrase a sentence may open with before its subject:
// 2024 年，/ 自 2016 年起，/ 於 113 年 8 月
var reLeadDate = regexp.MustCompile(`^(自|於|在)?\s*[0-9]{2,4}\s*年(度)?(\s*[0-9]{1,2}\s*月)?(\s*[0-9]{1,2}\s*日)?(起|以來|間)?\s*[，,]?\s*`)

// openingLead reports whether what stands before a sentence's first name is
// only list markers, a connective or a time phrase.
func openingLead(lead string) bool {
	lead = strings.TrimRight(strings.TrimSpace(lead), "「《『\"")
	lead = strings.TrimSpace(reLeadDate.ReplaceAllString(lead, "")) // 2020 年 before the list markers eat its digits
	lead = strings.TrimLeft(lead, "-•●*.0123456789 ()（）一二三四五六七八九十、")
	lead = strings.TrimSpace(reLeadDate.ReplaceAllString(lead, ""))
	switch lead {
	case "", "此外，", "另外，", "而", "其中", "此外", "另外", "同時，", "最後，", "首先，":
		return true
	}
	return false
}

// openingMeeting is the meeting a sentence opens with, alone or after
// 本次/本場/本屆 (本次安全與信任指導分組 (STSG) 會議，於…舉行), or "".
func openingMeeting(c *clause) string {
	if len(c.units) == 0 || c.units[0].typ != graph.Meeting {
		return ""
	}
	lead := strings.TrimSpace(c.text[c.lo:c.units[0].start])
	for _, w := range []string{"", "本次", "本場", "本屆", "此次", "本場次"} {
		if lead == w {
			return c.units[0].ids[0]
		}
	}
	return ""
}

// sessionPlaces: the sessions of a meeting (the meetings its report's
// sections are about) took place where the meeting did, as the report says
// of the whole (本次 TELWG 第 70 次會議於韓國慶洲舉辦，會議議程包含大會、分組會議…).
func sessionPlaces(fs []Fact, sessions []string, main string) []Fact {
	if main == "" {
		return nil
	}
	var out []Fact
	for _, f := range fs {
		if f.Type != graph.HeldIn || f.From != main {
			continue
		}
		for _, s := range sessions {
			if s != main {
				out = append(out, Fact{Type: graph.HeldIn, From: s, To: f.To, Date: "", Start: f.Start, End: f.End})
			}
		}
		break
	}
	return out
}

// selfReference is the body a document calls 本部/本署/本會: the author of
// a ministry's report, whose own work its sentences often leave subjectless.
func selfReference(sents []Sentence) string {
	for _, s := range sents {
		for _, m := range s.Mentions {
			if m.EntityID != "" && (m.Type == graph.Agency || m.Type == graph.Organization) &&
				(m.Surface == "本部" || m.Surface == "本署" || m.Surface == "本會" || m.Surface == "本院" || m.Surface == "本局") {
				return m.EntityID
			}
		}
	}
	return ""
}

// fullLine is the sentence with what precedes it on its line when that is
// only a list marker (the segmenter strips 五、 and (一) from headings).
func fullLine(s Sentence) string {
	ls := strings.LastIndexByte(s.Text[:s.Start], '\n') + 1
	if utf8.RuneCountInString(s.Text[ls:s.Start]) > 8 {
		return s.Text[s.Start:s.End]
	}
	return s.Text[ls:s.End]
}

func hasPerson(c *clause) bool { return len(c.unitsIn(c.lo, c.hi, graph.Person)) > 0 }

func isAttendeeLabel(line string) bool {
	for _, w := range []string{"出席人員", "與會人員", "參加人員", "出席名單", "與會名單", "出席者"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

var (
	reHeadMD = regexp.MustCompile(`^\s*#+\s*`)
	reHead1  = regexp.MustCompile(`^\s*([壹貳參肆伍陸柒捌玖拾]+\s*、|附件|附錄)`)
	reHead2  = regexp.MustCompile(`^\s*[一二三四五六七八九十]+\s*、`)
	reHead3  = regexp.MustCompile(`^\s*[（(][一二三四五六七八九十]+[)）]`)
	reHead4  = regexp.MustCompile(`^\s*\d{1,2}\s*[.、](\D|$)`)
)

// headingLevel tells a section heading (壹、 一、 (一) 1.) from prose:
// short, numbered or a markdown heading, no full stop. The numbering gives
// the level; an unnumbered markdown heading is a top section. 0 means not a
// heading.
func headingLevel(line string) int {
	if utf8.RuneCountInString(line) > 60 || strings.Contains(line, "。") {
		return 0
	}
	md := reHeadMD.MatchString(line)
	line = reHeadMD.ReplaceAllString(line, "")
	switch {
	case reHead1.MatchString(line):
		return 1
	case reHead2.MatchString(line):
		return 2
	case reHead3.MatchString(line):
		return 3
	case reHead4.MatchString(line):
		return 4
	case md:
		return 1
	}
	return 0
}

// mainMeeting is the meeting a document is about: the one its 會議名稱 row
// names, else the first one named in its first lines (the title).
func mainMeeting(sents []Sentence) string {
	for _, s := range sents {
		line := s.Text[s.Start:s.End]
		if strings.Contains(line, "會議名稱") || strings.Contains(line, "活動名稱") {
			if id := firstOf(s.Mentions, graph.Meeting); id != "" {
				return id
			}
		}
	}
	for i, s := range sents {
		if i >= 4 {
			break
		}
		if id := firstOf(s.Mentions, graph.Meeting); id != "" {
			return id
		}
	}
	return ""
}

func firstOf(ms []mention.Mention, t graph.EntityType) string {
	for _, m := range ms {
		if m.Type == t && m.EntityID != "" {
			return m.EntityID
		}
	}
	return ""
}

// named keeps the facts whose ends the document names: a place found by
// the places table (於臺北舉辦 → Taiwan) counts only when the document's
// mentions include that country, so every fact points at an entity of the
// document.
func named(fs []Fact, sents []Sentence) []Fact {
	ids := map[string]bool{}
	for _, s := range sents {
		for _, m := range s.Mentions {
			if m.EntityID != "" {
				ids[m.EntityID] = true
			}
		}
	}
	out := fs[:0]
	for _, f := range fs {
		if ids[f.From] && ids[f.To] {
			out = append(out, f)
		}
	}
	return out
}

// dedupeSpans keeps one fact per type, ends and evidence span.
func dedupeSpans(fs []Fact) []Fact {
	type key struct {
		t    graph.RelationType
		f, o string
		a, b int
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := key{f.Type, f.From, f.To, f.Start, f.End}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// Relations turns the facts of one document into graph relations: one per
// type and ends, with every evidence span converted from byte offsets to
// the code-point offsets graph.Evidence uses, and the first date given.
func Relations(docID, text string, facts []Fact) []graph.Relation {
	type key struct {
		t    graph.RelationType
		f, o string
	}
	idx := map[key]int{}
	var out []graph.Relation
	for _, f := range facts {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			continue
		}
		ev := graph.Evidence{
			Document: docID,
			Start:    utf8.RuneCountInString(text[:f.Start]),
			End:      utf8.RuneCountInString(text[:f.End]),
			Text:     text[f.Start:f.End],
		}
		k := key{f.Type, f.From, f.To}
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, graph.Relation{Type: f.Type, From: f.From, To: f.To, Date: f.Date, Evidence: []graph.Evidence{ev}})
			continue
		}
		r := &out[i]
		if r.Date == "" {
			r.Date = f.Date
		}
		dup := false
		for _, e := range r.Evidence {
			dup = dup || (e.Start == ev.Start && e.End == ev.End)
		}
		if !dup {
			r.Evidence = append(r.Evidence, ev)
		}
	}
	return out
}

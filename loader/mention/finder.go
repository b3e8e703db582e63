package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/dates"
	"github.com/policygraph/policygraph/loader/gazetteer"
	"github.com/policygraph/policygraph/loader/normalize"
)

// Finder finds mentions in a document. It is immutable after New and safe
// for concurrent use.
type Finder struct {
	ac ahocorasick.AhoCorasick
	// names indexes the same keys for the scan of whole documents
	names prefixIndex
	pats  []pattern
	gz    *gazetteer.Gazetteer
	// heads finds every head noun of zhHeads in one pass; titles every
	// personal title
	heads, titles ahocorasick.AhoCorasick
	// types maps each folded, lower-cased name to its entry's type
	types map[string]graph.EntityType
	// short maps one-character country forms (美, 日, 英) to the country;
	// they name it only in lists and pairs (臺英雙方, 星、馬、泰等).
	short map[rune]string
	// shortType: the type of each short form's entity (歐 is the EU, an
	// organisation)
	shortType map[string]graph.EntityType
}

type pattern struct {
	id    string
	typ   graph.EntityType
	latin bool // starts or ends with an ASCII letter or digit: needs word boundaries
	city  bool // a city of the country id: a place, not a name of the country
	// acronym: written in capitals only (FIRST, ISOC); the same letters in
	// lower case are an ordinary word (First Nations)
	acronym bool
}

// New builds the Aho-Corasick automaton over every folded gazetteer name.
func New(gz *gazetteer.Gazetteer) *Finder {
	f := &Finder{gz: gz, types: map[string]graph.EntityType{}}
	seen := map[string]bool{}
	var keys []string
	for _, e := range gz.Entries() {
		for _, n := range e.Names() {
			k := normalize.Key(n)
			lk := strings.ToLower(k)
			if k == "" || seen[lk] || tooAmbiguous(k) {
				continue
			}
			seen[lk] = true
			f.types[lk] = e.Type
			keys = append(keys, k)
			f.pats = append(f.pats, pattern{id: e.ID, typ: e.Type, latin: isLatinEdge(k), acronym: isAcronym(n)})
		}
	}
	for _, e := range gz.Entries() {
		for _, c := range e.Cities {
			k := normalize.Key(c)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			keys = append(keys, k)
			f.pats = append(f.pats, pattern{id: e.ID, typ: e.Type, city: true})
		}
		for _, sh := range e.Short {
			if f.short == nil {
				f.short = map[rune]string{}
				f.shortType = map[string]graph.EntityType{}
			}
			r, _ := utf8.DecodeRuneInString(normalize.Key(sh))
			if _, dup := f.short[r]; !dup && utf8.RuneCountInString(sh) == 1 {
				f.short[r] = e.ID
				f.shortType[e.ID] = e.Type
			}
		}
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: true,
		MatchKind:            ahocorasick.LeftMostLongestMatch,
		DFA:                  false, // the DFA costs ~1.5 s to build over ~2,000 names and barely speeds matching
	})
	f.ac = b.Build(keys)
	f.names = newPrefixIndex(keys)
	words := make([]string, len(zhHeads))
	for i, h := range zhHeads {
		words[i] = h.word
	}
	hb := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch})
	f.heads = hb.Build(words)
	tb := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch})
	f.titles = tb.Build(titles)
	return f
}

// Gazetteer returns the data the finder was built from.
func (f *Finder) Gazetteer() *gazetteer.Gazetteer { return f.gz }

// tooAmbiguous rejects names that would match inside ordinary words: a single
// CJK character (日 in 4月4日) or a one-letter Latin name.
func tooAmbiguous(k string) bool {
	return utf8.RuneCountInString(k) < 2
}

func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z', r > unicode.MaxASCII:
			return false
		}
	}
	return upper >= 2
}

func isLatinEdge(s string) bool {
	a, _ := utf8.DecodeRuneInString(s)
	z, _ := utf8.DecodeLastRuneInString(s)
	return isASCIIAlnum(a) || isASCIIAlnum(z)
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// Find returns the mentions of text: gazetteer names, discovered names and
// anaphora, sorted by Start, not overlapping.
func (f *Finder) Find(text string) []Mention {
	return f.FindFolded(text, normalize.Fold(text))
}

// FindFolded is Find over a text already folded with normalize.Fold (the
// pipeline folds once for both passes).
func (f *Finder) FindFolded(text string, ft normalize.Text) []Mention {
	return f.FindFoldedYear(text, ft, dates.ContextYear(text))
}

// FindFoldedYear is FindFolded given dates.ContextYear(text), which the
// pipeline computes once for both mentions and relations (it scans the
// whole text).
func (f *Finder) FindFoldedYear(text string, ft normalize.Text, year int) []Mention {
	known := f.gazetteerMentions(text, ft)
	found := discover(text, ft, f, known)
	lists := listOrgs(text, append(known, found...))
	found = append(found, lists...)
	known = dropCitiesUnder(known, lists)
	// Known names win over discovered spans they equal; longer spans win.
	all := append(known, found...)
	sortMentions(all)
	// A discovered span equal to a known one keeps the known id but lends it
	// what the text says about the name (the abbreviation in parentheses).
	for i := 1; i < len(all); i++ {
		for j := i - 1; j >= 0 && all[j].Start == all[i].Start; j-- {
			if all[j].End == all[i].End && all[j].Source == Gazetteer && all[i].Source == Pattern {
				if all[j].Abbr == "" {
					all[j].Abbr = all[i].Abbr
				}
				if all[j].Name == "" {
					all[j].Name = all[i].Name
				}
			}
		}
	}
	unSystem(all)
	all = dropGlued(text, all)
	all = dropEchoes(text, all)
	kept := dropOverlaps(append([]Mention(nil), all...))
	kept = addSameSpan(kept, all)
	out := prefixes(f.addPrefixes(addNested(kept, all)))
	meetingDetails(text, out, year)
	return out
}

// unSystem types the offices and bodies of the United Nations as
// organisations, whatever their head noun (UN Office of Outer Space Affairs,
// 聯合國人權事務高級專員辦事處): they belong to no government.
func unSystem(ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Source == Pattern && m.Type == graph.Agency && hasAnyPrefix(m.Surface, "UN ", "United Nations ", "聯合國") {
			m.Type = graph.Organization
		}
	}
}

// meetingDetails sets Date, EndDate and Place on meeting mentions from
// their sentence (2024年4月4日至5日在比利時魯汶舉行第6屆部長會議) or, for the
// 會議名稱 row of a trip report, from the 會議日期/會議地點 rows below it.
func meetingDetails(text string, ms []Mention, year int) {
	// meetings of one sentence share its dates: find them once
	var spanLo, spanHi int
	var spanDates []dates.Date
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Meeting {
			continue
		}
		lo, hi := sentenceAround(text, m.Start, m.End)
		if strings.Contains(text[lineStart(text, m.Start):m.Start], "會議名稱") {
			// the table: the next few rows hold the date and the place
			hi = min(len(text), hi+600)
		}
		if spanDates == nil || lo != spanLo || hi != spanHi {
			spanLo, spanHi = lo, hi
			spanDates = dates.FindIn(text[lo:hi], year)
			if spanDates == nil {
				spanDates = []dates.Date{}
			}
		}
		best := -1
		for _, d := range spanDates {
			if d.ISO == "" {
				continue
			}
			dist := abs(lo + d.Start - m.Start)
			if best < 0 || dist < best {
				best = dist
				m.Date, m.EndDate = d.ISO, d.ISOEnd
			}
		}
		best = -1
		for _, c := range ms {
			if c.Kind != "city" || c.Start < lo || c.End > hi {
				continue
			}
			if dist := abs(c.Start - m.Start); best < 0 || dist < best {
				best = dist
				m.Place = c.Surface
			}
		}
	}
}

// sentenceAround returns the sentence holding [s,e): from after the last 。
// or line break before s to the next one after e.
func sentenceAround(text string, s, e int) (int, int) {
	lo := strings.LastIndexAny(text[:s], "。\n") + 1
	hi := strings.IndexAny(text[e:], "。\n")
	if hi < 0 {
		hi = len(text)
	} else {
		hi += e
	}
	return lo, hi
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// addPrefixes adds the known country or agency that starts a longer
// agency or organisation name when the automaton's longest match hid it
// (美國 in 美國網路安全暨基礎設施安全局, 數位發展部 in 數位發展部數位產業署).
func (f *Finder) addPrefixes(ms []Mention) []Mention {
	var extra []Mention
	for i, m := range ms {
		if (m.Type != graph.Agency && m.Type != graph.Organization) || (i+1 < len(ms) && ms[i+1].Start == m.Start) {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(m.Surface)
		ft := normalize.Fold(m.Surface[:len(m.Surface)-size])
		it := f.ac.Iter(ft.Folded)
		n := it.Next()
		if n == nil || n.Start() != 0 {
			continue
		}
		p := f.pats[n.Pattern()]
		// an English name's first words are no parent of it (Ministry of
		// Digital of Ministry of Digital Affairs): English puts the parent last
		if p.city || (p.typ != graph.Country && p.typ != graph.Agency) || p.latin {
			continue
		}
		e := m.Start + ft.OrigEnd(n.End())
		extra = append(extra, Mention{Start: m.Start, End: e, Surface: m.Surface[:e-m.Start], Type: p.typ, EntityID: p.id, Source: Gazetteer})
	}
	if len(extra) == 0 {
		return ms
	}
	ms = append(ms, extra...)
	sortMentions(ms)
	return ms
}

// dropCitiesUnder drops city mentions inside a local-government list item (高雄 in 桃園、高雄、臺南與臺東共 4 縣市政府).
func dropCitiesUnder(known, items []Mention) []Mention {
	out := known[:0]
	for _, m := range known {
		covered := false
		for _, it := range items {
			if it.Type == graph.Agency && m.Kind == "city" && it.Start <= m.Start && m.End <= it.End {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, m)
		}
	}
	return out
}

// dropEchoes removes an English phrase found inside the parentheses of a
// name that already carries it (AI安全研究所(AI Safety Institute)): the
// parenthesis names the same thing, not a second one of another type.
func dropEchoes(text string, all []Mention) []Mention {
	echo := map[[2]int]bool{}
	for _, m := range all {
		if m.Source != Pattern || m.Name == "" || m.NameZh == "" {
			continue
		}
		rest := strings.TrimLeft(text[m.End:min(len(text), m.End+8)], " 」》』〉")
		open := m.End + (min(len(text), m.End+8) - m.End - len(rest))
		if !hasAnyPrefix(rest, "(", "（") {
			continue
		}
		_, size := utf8.DecodeRuneInString(text[open:])
		if k := strings.Index(text[open+size:min(len(text), open+size+len(m.Name)+2)], m.Name); k >= 0 {
			s := open + size + k
			echo[[2]int{s, s + len(m.Name)}] = true
		}
	}
	if len(echo) == 0 {
		return all
	}
	// a Latin phrase inside the echo is a piece of that English name (Super
	// Ageing Society of "Well being in Super Ageing Society"), no name of
	// its own
	inside := func(m Mention) bool {
		for sp := range echo {
			if sp[0] <= m.Start && m.End <= sp[1] {
				return true
			}
		}
		return false
	}
	out := all[:0]
	for _, m := range all {
		if m.Source == Pattern && m.NameZh == "" && !hasHan(m.Surface) && inside(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropGlued removes discovered names that are a known name with a word
// glued on the left (召集人國家資通安全研究院 → 人 + the institute; 及與德國…):
// the known name is the mention. A known country or agency as the left part
// is a real prefix (美國…局) and stays.
func dropGlued(text string, all []Mention) []Mention {
	byEnd := map[int][]int{}
	for i, m := range all {
		if m.Source == Gazetteer && m.Kind != "city" {
			byEnd[m.End] = append(byEnd[m.End], i)
		}
	}
	out := all[:0]
	for _, m := range all {
		glued := false
		if m.Source == Pattern && (m.Type == graph.Agency || m.Type == graph.Organization) {
			for _, i := range byEnd[m.End] {
				g := all[i]
				if g.Start > m.Start && utf8.RuneCountInString(text[m.Start:g.Start]) <= 3 && !startsKnown(all, m.Start, g.Start) {
					glued = true
					break
				}
			}
		}
		if !glued {
			out = append(out, m)
		}
	}
	return out
}

// startsKnown reports whether a known name lies within [start,end).
func startsKnown(all []Mention, start, end int) bool {
	for _, m := range all {
		if m.Source == Gazetteer && m.Start == start && m.End <= end && m.Kind != "city" {
			return true
		}
	}
	return false
}

// prefixes sets Country and Parent on agency and organisation mentions
// whose surface starts with a nested known country or agency (美國網路安全暨
// 基礎設施安全局 → country:US; 經濟部產業技術司 → the ministry), with NameZh
// the name without the prefix.
func prefixes(ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != graph.Agency && m.Type != graph.Organization && m.Type != graph.Person {
			continue
		}
		for j := i + 1; j < len(ms) && ms[j].Start < m.End; j++ {
			n := ms[j]
			if n.Start != m.Start || n.End >= m.End || n.EntityID == "" {
				continue
			}
			switch {
			case n.Type == graph.Country && n.Kind != "city" && m.Country == "":
				rest := strings.TrimSpace(m.Surface[n.End-m.Start:])
				if m.Source == Pattern && (utf8.RuneCountInString(rest) < 3 || isHeadWord(rest)) {
					// 荷蘭組織了…: a country and a verb or a bare head noun
					m.Type = ""
					continue
				}
				m.Country = n.EntityID
				if m.NameZh == "" || m.NameZh == m.Surface {
					m.NameZh = rest
				}
			case n.Type == graph.Agency && m.Type == graph.Agency && m.Parent == "":
				m.Parent = n.EntityID
			}
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Type != "" || m.Source == Anaphora {
			out = append(out, m)
		}
	}
	return out
}

// isHeadWord reports whether s is only a head noun (組織, 委員會).
func isHeadWord(s string) bool {
	for _, h := range zhHeads {
		if h.word == s {
			return true
		}
	}
	return notNames[s]
}

// addSameSpan puts back the sessions of a range that share the kept
// mention's span (ICANN 83, 84 and 85 all at "85" of "ICANN 82 至 85").
func addSameSpan(kept, all []Mention) []Mention {
	at := map[[2]int]bool{}
	for _, m := range kept {
		if m.Kind == "session" {
			at[[2]int{m.Start, m.End}] = true
		}
	}
	n := len(kept)
	for _, m := range all {
		if m.Kind != "session" || !at[[2]int{m.Start, m.End}] {
			continue
		}
		dup := false
		for _, k := range kept {
			if k.Start == m.Start && k.End == m.End && k.Name == m.Name {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, m)
		}
	}
	if len(kept) > n {
		sortMentions(kept)
	}
	return kept
}

// addNested puts back the known names that lie inside a longer kept
// mention (美國 inside 美國網路安全暨基礎設施安全局, Iran inside a statement's
// English title): the outer name is one entity, the inner one another, and
// relations read both (PART_OF from the prefix). Nested names do not
// overlap each other.
func addNested(kept, all []Mention) []Mention {
	var extra []Mention
	k := 0
	lastEnd := -1
	for _, m := range all {
		// a city inside a longer name (駐臺拉維夫臺北經濟文化辦事處) is part of
		// that name, not a place of its own
		if m.Source != Gazetteer || m.Kind == "city" {
			continue
		}
		// a one-character form inside a name (歐 of 歐美貿易與技術理事會) is
		// part of the name, not the body as a party of its own
		if utf8.RuneCountInString(m.Surface) == 1 {
			continue
		}
		for k < len(kept) && kept[k].End <= m.Start {
			k++
		}
		// ISO and IEC of ISO/IEC 17025 are the standard's code, not bodies
		// the text speaks of
		if k < len(kept) && kept[k].Kind == "standard" && kept[k].Start <= m.Start && kept[k].End >= m.End {
			continue
		}
		// kept[k] is the first kept mention ending after m starts; kept
		// mentions do not overlap, so only it can contain m
		inside := k < len(kept) && kept[k].Start <= m.Start && kept[k].End >= m.End &&
			(kept[k].Start < m.Start || kept[k].End > m.End)
		// a technology inside a body's name (AI安全 in 日本AI安全研究所) is
		// part of the name, not a topic of the text
		if inside && m.Type == graph.Technology && (kept[k].Type == graph.Agency || kept[k].Type == graph.Organization) {
			inside = false
		}
		// a country inside a country's name (幾內亞 of 巴布亞紐幾內亞) is none
		if inside && m.Type == graph.Country && kept[k].Type == graph.Country {
			inside = false
		}
		if !inside || m.Start < lastEnd {
			continue
		}
		extra = append(extra, m)
		lastEnd = m.End
	}
	if len(extra) == 0 {
		return kept
	}
	out := append(kept, extra...)
	sortMentions(out)
	return out
}

func (f *Finder) gazetteerMentions(text string, ft normalize.Text) []Mention {
	var out []Mention
	folded := asciiLower(ft.Folded)
	// the longest name at each position; a name inside an earlier, longer
	// one (調查局 of 聯邦調查局) is part of it: matches must not overlap
	lastEnd := -1
	f.names.each(folded, func(s, id int) {
		p := f.pats[id]
		e := s + len(f.names.keys[id])
		if s < lastEnd {
			return
		}
		if p.latin && !wordBoundary(folded, s, e) {
			return
		}
		lastEnd = e
		os, oe := trimSpan(text, ft.Orig(s), ft.OrigEnd(e))
		if p.acronym && strings.ToUpper(text[os:oe]) != text[os:oe] {
			return
		}
		if p.typ == graph.Technology && !p.latin && modifiesNoun(text, os, oe) {
			return
		}
		// 聯合國內指標性廠商: the verb 聯合 and 國內, not the United Nations
		if strings.HasSuffix(text[os:oe], "聯合國") && hasAnyPrefix(text[oe:], "內", "外", "際") {
			return
		}
		m := Mention{Start: os, End: oe, Surface: text[os:oe], Type: p.typ, EntityID: p.id, Source: Gazetteer}
		if p.city {
			m.Kind = "city"
		}
		out = append(out, m)
	})
	out = localBranches(text, out)
	out = f.hanBranches(text, out)
	out = definedInParens(text, out)
	out = dropGeneric(text, out)
	return append(out, f.shortForms(text, ft)...)
}

// genericPlurals before an agency's common name make it a kind of office
// every country has, not the agency itself: 與各國數位發展部長及外交部長 are
// other countries' ministers, not Taiwan's ministries.
var genericPlurals = []string{"各國", "他國", "各經濟體", "其他國家", "各"}

// dropGeneric removes agency names after a generic plural, and the agencies
// listed right after them with the same office (及外交部長).
func dropGeneric(text string, ms []Mention) []Mention {
	out := ms[:0]
	prevGeneric := -1
	for _, m := range ms {
		if m.Type == graph.Agency {
			before := text[max(0, m.Start-12):m.Start]
			if hasAnySuffix(before, genericPlurals...) {
				prevGeneric = m.End
				continue
			}
			// 各國數位發展部長及外交部長: the list shares the plural
			if prevGeneric >= 0 && m.Start-prevGeneric <= len("長及") && strings.HasPrefix(text[prevGeneric:], "長") && strings.HasPrefix(text[m.End:], "長") {
				gap := text[prevGeneric+len("長") : m.Start]
				if gap == "及" || gap == "與" || gap == "和" || gap == "、" {
					prevGeneric = m.End
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// definedInParens: a known Chinese name shared by bodies of several
// countries (國家安全局 is Taiwan's NSB and the US NSA) names the one whose
// English name or abbreviation the text puts in parentheses right after it:
// 國家安全局(National Security Agency, NSA) is the NSA.
func definedInParens(text string, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], ms[i+1]
		if m.Type != graph.Agency && m.Type != graph.Organization || n.Type != m.Type || n.EntityID == m.EntityID || hasHan(n.Surface) == hasHan(m.Surface) {
			continue
		}
		gap := strings.TrimSpace(text[m.End:n.Start])
		if gap != "(" && gap != "（" {
			continue
		}
		m.EntityID = n.EntityID
	}
	return ms
}

// hanBranches joins a country written right before a known company in
// Chinese (臺灣微軟公共暨法律事務部): the national branch is a body of its own,
// named in English as the company and the country (Microsoft Taiwan).
func (f *Finder) hanBranches(text string, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		c := ms[i]
		if i+1 < len(ms) && c.Type == graph.Country && c.Kind != "city" && hasHan(c.Surface) && ms[i+1].Start == c.End && hasHan(ms[i+1].Surface) {
			co, ce := f.gz.ByID(ms[i+1].EntityID), f.gz.ByID(c.EntityID)
			if co != nil && ce != nil && co.Kind == "company" && co.En != "" && ce.En != "" {
				m := ms[i+1]
				out = append(out, Mention{Start: c.Start, End: m.End, Surface: text[c.Start:m.End], Type: graph.Organization, Source: Pattern, Name: co.En + " " + ce.En, NameZh: text[c.Start:m.End], Country: c.EntityID, Kind: "company"})
				i++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// localBranches joins a known company and the country written right after
// it in English (Google Korea, Microsoft Taiwan): the national branch is a
// body of its own, named once as a whole.
func localBranches(text string, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Type == graph.Organization && ms[i+1].Type == graph.Country && ms[i+1].Kind != "city" &&
			ms[i+1].Start == m.End+1 && text[m.End] == ' ' && isLatinEdge(m.Surface) && isLatinEdge(ms[i+1].Surface) && !hasHan(m.Surface+ms[i+1].Surface) {
			c := ms[i+1]
			name := text[m.Start:c.End]
			out = append(out, Mention{Start: m.Start, End: c.End, Surface: name, Type: graph.Organization, Source: Pattern, Name: name, Country: c.EntityID})
			i++
			continue
		}
		out = append(out, m)
	}
	return out
}

// modifiedHeads are nouns a technology word modifies when written right
// before them (無人機反制雷達, 行動通訊網路, 行動寬頻專用電信網路, 行動通訊頻段):
// the compound names a device, network or band, not the technology as a
// topic of the text.
var modifiedHeads = []string{"反制", "基地臺", "基地台", "頻段", "網路", "專用", "建設"}

// modifyingPrefixes make a longer word of a technology written after them
// (聊天機器人 is a chatbot, not robotics).
var modifyingPrefixes = []string{"聊天"}

func modifiesNoun(text string, s, e int) bool {
	for _, h := range modifiedHeads {
		if strings.HasPrefix(text[e:], h) {
			return true
		}
	}
	for _, p := range modifyingPrefixes {
		if strings.HasSuffix(text[:s], p) {
			return true
		}
	}
	return false
}

// pairFollowers follow a pair of country short forms that names two
// countries (臺英雙方, 臺美關係, 美日合作).
var pairFollowers = strings.Fields(`雙方 兩國 三方 關係 合作 交流 夥伴 貿易 經貿 峰會 會談 對話 聯合 共同 簽署 科技 數位 資安 產業 之間 間 論壇 會議 協議 協定 備忘錄 友好 技術 聯盟 同盟`)

// shortForms finds one-character country forms where they can only name
// countries: lists of them (荷、日、馬、泰等國) and pairs with Taiwan
// (臺英雙方). 中 is left out of pairs (臺中 is a city).
func (f *Finder) shortForms(text string, ft normalize.Text) []Mention {
	if len(f.short) == 0 {
		return nil
	}
	folded := ft.Folded
	var out []Mention
	emit := func(s, e int, id string) {
		os, oe := ft.Orig(s), ft.OrigEnd(e)
		typ := f.shortType[id]
		if typ == "" {
			typ = graph.Country // 臺 of a pair with Taiwan
		}
		out = append(out, Mention{Start: os, End: oe, Surface: text[os:oe], Type: typ, EntityID: id, Source: Gazetteer})
	}
	for i := 0; i < len(folded); {
		r, size := utf8.DecodeRuneInString(folded[i:])
		// a list: X、Y(、Z)… followed by 等 / 國 / 及
		if id, ok := f.short[r]; ok {
			j := i + size
			items := [][3]int{{i, j, 0}}
			ids := []string{id}
			for strings.HasPrefix(folded[j:], "、") {
				r2, s2 := utf8.DecodeRuneInString(folded[j+len("、"):])
				id2, ok := f.short[r2]
				if !ok {
					break
				}
				a := j + len("、")
				items = append(items, [3]int{a, a + s2, 0})
				ids = append(ids, id2)
				j = a + s2
			}
			if len(items) >= 2 && hasAnyPrefix(folded[j:], "等", "國", "及", "與", "和", "三國", "兩國") {
				for k, it := range items {
					emit(it[0], it[1], ids[k])
				}
				i = j
				continue
			}
		}
		// a pair with Taiwan: 臺英, 台美
		if r == '臺' || r == '台' {
			r2, s2 := utf8.DecodeRuneInString(folded[i+size:])
			if id2, ok := f.short[r2]; ok && r2 != '中' && hasAnyPrefix(folded[i+size+s2:], pairFollowers...) {
				emit(i, i+size, "country:TW")
				emit(i+size, i+size+s2, id2)
				i += size + s2
				continue
			}
		}
		// a pair of two others named as parties (歐美雙方, 美日合作); 中 is
		// left out (中美 may be part of a longer word)
		if id, ok := f.short[r]; ok && r != '中' {
			r2, s2 := utf8.DecodeRuneInString(folded[i+size:])
			if id2, ok := f.short[r2]; ok && r2 != '中' && id2 != id && hasAnyPrefix(folded[i+size+s2:], pairFollowers...) {
				emit(i, i+size, id)
				emit(i+size, i+size+s2, id2)
				i += size + s2
				continue
			}
		}
		i += size
	}
	return out
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// wordBoundary reports whether [s,e) is not glued to ASCII letters or digits
// on either side (AI in "AI安全", not in "OpenAI" or "AIS").
func wordBoundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		a, _ := utf8.DecodeRuneInString(s[start:])
		if isASCIIAlnum(r) && isASCIIAlnum(a) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		z, _ := utf8.DecodeLastRuneInString(s[:end])
		if isASCIIAlnum(r) && isASCIIAlnum(z) {
			return false
		}
	}
	return true
}

// Name is a name learned while reading (an abbreviation defined in
// parentheses, an English name) with the entity it names.
type Name struct {
	Text string
	ID   string
	Type graph.EntityType
}

// FindNames finds learned names in text, with the same folding and word
// boundaries as the gazetteer; the mentions carry their entity id already.
func FindNames(text string, names []Name) []Mention {
	if len(names) == 0 {
		return nil
	}
	return FindNamesFolded(text, normalize.Fold(text), names)
}

// FindNamesFolded is FindNames over a text already folded with normalize.Fold.
// The names change with every document read, so instead of building an
// automaton per document it indexes them by their first two characters and
// tries, at each character of the text, the few names starting there: the
// longest one is a match, also inside a longer match (Merge decides which
// nested names stay), as the automaton reported them, without its build.
func FindNamesFolded(text string, ft normalize.Text, names []Name) []Mention {
	if len(names) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var keys []string
	var pats []Name
	for _, n := range names {
		k := asciiLower(normalize.Key(n.Text))
		if tooAmbiguous(k) || seen[k] {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
		pats = append(pats, n)
	}
	x := newPrefixIndex(keys)
	folded := asciiLower(ft.Folded)
	var out []Mention
	x.each(folded, func(s, id int) {
		e := s + len(keys[id])
		if isLatinEdge(keys[id]) && !wordBoundary(folded, s, e) {
			return
		}
		p := pats[id]
		os, oe := trimSpan(text, ft.Orig(s), ft.OrigEnd(e))
		out = append(out, Mention{Start: os, End: oe, Surface: text[os:oe], Type: p.Type, EntityID: p.ID, Source: Gazetteer})
	})
	return out
}

// prefix2 returns the first two characters of s (all of s if shorter).
func prefix2(s string) string {
	_, a := utf8.DecodeRuneInString(s)
	_, b := utf8.DecodeRuneInString(s[a:])
	return s[:a+b]
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay put.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// Merge adds extra mentions (names learned while reading) where they do
// not cut a base mention (base wins a partial overlap), returning a sorted
// list. An extra name that covers base mentions whole is the longer name:
// technologies inside it (AI安全 in a learned AI安全研究所) go, other known
// names stay nested inside it. Several mentions on one identical span
// (雙方 → two parties) are kept together.
func Merge(base, extra []Mention) []Mention {
	// owner[b] is 1 + the index of the base mention covering byte b (the
	// outermost one); 0 where no base mention lies
	n := 0
	for _, b := range base {
		n = max(n, b.End)
	}
	for _, x := range extra {
		n = max(n, x.End)
	}
	starts := make([]int32, n+1) // start of the base mention covering byte b, -1 if none
	ends := make([]int32, n+1)
	for i := range starts {
		starts[i], ends[i] = -1, -1
	}
	for _, b := range base {
		for i := max(b.Start, 0); i < b.End; i++ {
			if starts[i] < 0 || int(starts[i]) > b.Start || int(ends[i]) < b.End {
				starts[i], ends[i] = int32(b.Start), int32(b.End)
			}
		}
	}
	drop := map[[2]int]bool{}
	baseSpans := make(map[[2]int]bool, len(base))
	for i := range base {
		baseSpans[[2]int{base[i].Start, base[i].End}] = true
	}
	var add []Mention
	for _, x := range extra {
		ok := true
		for i := max(x.Start, 0); i < x.End; i++ {
			if starts[i] >= 0 && (int(starts[i]) < x.Start || int(ends[i]) > x.End) {
				ok = false // cuts a base mention
				break
			}
		}
		if !ok {
			continue
		}
		covers := false
		for i := max(x.Start, 0); i < x.End; i++ {
			if starts[i] >= 0 {
				covers = true
				break
			}
		}
		if covers {
			// only a learned name longer than everything it covers
			if baseSpans[[2]int{x.Start, x.End}] {
				continue
			}
			for i := range base {
				if b := &base[i]; b.Start >= x.Start && b.End <= x.End && b.Type == graph.Technology {
					drop[[2]int{b.Start, b.End}] = true
				}
			}
		}
		add = append(add, x)
	}
	out := make([]Mention, 0, len(base)+len(add))
	for _, b := range base {
		if !(b.Type == graph.Technology && drop[[2]int{b.Start, b.End}]) {
			out = append(out, b)
		}
	}
	out = append(out, add...)
	sortMentions(out)
	return out
}

// knownType returns the gazetteer type of a name, or "" when unknown.
func (f *Finder) knownType(name string) graph.EntityType {
	k := strings.ToLower(normalize.Key(name))
	if t, ok := f.types[k]; ok {
		return t
	}
	return ""
}

// trimSpan drops the spaces a folded match maps over at its edges (folding
// removes spaces between CJK characters, so an end offset may land after one).
func trimSpan(text string, s, e int) (int, int) {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\n') {
		e--
	}
	if e > s {
		if r, _ := utf8.DecodeLastRuneInString(text[:e]); r == '　' {
			e -= len("　")
		}
	}
	return s, e
}

// Package resolve turns mentions into canonical entities: one id per real
// thing across sentences and documents of one run. Known names keep their
// gazetteer id; discovered names get "<type>:<slug of the English or Chinese
// name>"; abbreviations and English names defined once in parentheses are
// remembered for later mentions; anaphora (我國, 本部, 該指引, 雙方) point back
// to the document's country, its author, the statement last named, or the two
// parties last named.
package resolve

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/gazetteer"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/normalize"
)

// Registry holds the entities of one run. It is not safe for concurrent use;
// a pipeline owns one.
type Registry struct {
	gz     *gazetteer.Gazetteer
	ents   map[string]*graph.Entity
	byName map[string]string // name key -> id, for names learned from text
	// bodyAbbr maps the name key of every known body that has an
	// abbreviation to it: 電信暨資訊工作小組第 70 次會議 is session TELWG 70
	bodyAbbr map[string]string
	// byAbbr indexes known entries by abbreviation: a discovered name
	// defined with one (德國聯邦資訊安全辦公室（BSI）) is that entry
	byAbbr map[string][]*gazetteer.Entry
	// keys memoizes Key: the same names recur across mentions and
	// documents, and folding them is a large part of resolving
	keys map[string]string
}

// key is Key(s), memoized.
func (r *Registry) key(s string) string {
	k, ok := r.keys[s]
	if !ok {
		k = Key(s)
		r.keys[s] = k
	}
	return k
}

// New returns an empty registry over the gazetteer.
func New(gz *gazetteer.Gazetteer) *Registry {
	r := &Registry{gz: gz, ents: map[string]*graph.Entity{}, byName: map[string]string{}, bodyAbbr: map[string]string{}, byAbbr: map[string][]*gazetteer.Entry{}, keys: map[string]string{}}
	if gz != nil {
		for _, e := range gz.Entries() {
			for _, a := range e.Abbr {
				r.byAbbr[a] = append(r.byAbbr[a], e)
			}
			if len(e.Abbr) == 0 || (e.Type != graph.Organization && e.Type != graph.Agency) {
				continue
			}
			for _, n := range e.Names() {
				r.bodyAbbr[Key(n)] = e.Abbr[0]
			}
		}
	}
	return r
}

// Doc is what resolution needs to know about the document itself.
type Doc struct {
	Country string // the document's own country id (我國), e.g. country:TW
	Author  string // the author agency id (本部), "" if unknown
}

// Key folds a name for registry lookups: width, case, variant characters,
// spaces and punctuation do not distinguish names.
func Key(s string) string {
	s = strings.ToLower(normalize.Key(s))
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || r == '·' || r == '・' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Resolve sets EntityID on each mention (sorted by Start) and registers the
// entities. Anaphora that cannot be resolved are dropped; 雙方 may become two
// mentions of the same span, one per party.
func (r *Registry) Resolve(doc Doc, ms []mention.Mention) []mention.Mention {
	out := make([]mention.Mention, 0, len(ms))
	var lastStatement string
	var bodies []string // recently named countries/organisations/agencies, newest last
	// pair: the parties of the document, once the text names two bodies as
	// a pair (歐美雙方, 臺英雙方, 歐美貿易與技術理事會); 雙方 then means them even
	// where other bodies were named since (在比利時魯汶舉行…雙方)
	var pair [2]string
	pairs := pairedShortForms(ms)
	if len(pairs) > 0 {
		pair = pairs[0]
	}
	for _, m := range ms {
		switch m.Source {
		case mention.Anaphora:
			switch m.Ref {
			case "country":
				m.EntityID = doc.Country
			case "author":
				m.EntityID = doc.Author
			case "statement":
				m.EntityID = lastStatement
			case "parties":
				a, b := lastTwo(bodies)
				if pair[0] != "" {
					a, b = pair[0], pair[1]
				}
				if a == "" || r.ensureKnown(a) == nil || r.ensureKnown(b) == nil {
					continue
				}
				m1, m2 := m, m
				m1.EntityID, m1.Type = a, r.ents[a].Type
				m2.EntityID, m2.Type = b, r.ents[b].Type
				out = append(out, m1, m2)
				continue
			}
			if m.EntityID == "" {
				continue
			}
			e := r.ensureKnown(m.EntityID)
			if e == nil {
				continue
			}
			m.Type = e.Type
		case mention.Gazetteer:
			e := r.ensureKnown(m.EntityID)
			if e == nil {
				continue
			}
			if m.Kind != "city" && utf8.RuneCountInString(m.Surface) > 1 {
				r.addAlias(e, m.Surface)
			}
			// a known name written with its abbreviation or English name in
			// parentheses teaches them: TTC, then TTC alone later
			if m.Abbr != "" && e.Abbr == "" {
				e.Abbr = m.Abbr
			}
			r.addAlias(e, m.Abbr)
			r.addAlias(e, m.Name)
		default:
			m.EntityID = r.discovered(m)
		}
		switch m.Type {
		case graph.Statement:
			lastStatement = m.EntityID
		case graph.Country, graph.Organization, graph.Agency:
			bodies = append(bodies, m.EntityID)
		}
		out = append(out, m)
	}
	return out
}

// pairedShortForms returns the pairs of one-character forms written side
// by side (歐美, 臺英): the finder only emits those for parties.
func pairedShortForms(ms []mention.Mention) [][2]string {
	var out [][2]string
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		if a.Source == mention.Gazetteer && b.Source == mention.Gazetteer && a.End == b.Start &&
			utf8.RuneCountInString(a.Surface) == 1 && utf8.RuneCountInString(b.Surface) == 1 &&
			a.EntityID != "" && b.EntityID != "" && a.EntityID != b.EntityID {
			out = append(out, [2]string{a.EntityID, b.EntityID})
		}
	}
	return out
}

func lastTwo(ids []string) (string, string) {
	var a string
	for i := len(ids) - 1; i >= 0; i-- {
		if a == "" {
			a = ids[i]
			continue
		}
		if ids[i] != a {
			return ids[i], a
		}
	}
	return "", ""
}

// ensureKnown returns the registered entity for a gazetteer id, creating it
// from the gazetteer entry on first use.
func (r *Registry) ensureKnown(id string) *graph.Entity {
	if e, ok := r.ents[id]; ok {
		return e
	}
	ge := r.gz.ByID(id)
	if ge == nil {
		return nil
	}
	e := &graph.Entity{ID: id, Type: ge.Type, Name: ge.En, NameZh: ge.Zh, Kind: ge.Kind, Country: ge.Country}
	if e.Name == "" {
		e.Name = ge.Zh
	}
	if len(ge.Abbr) > 0 {
		e.Abbr = ge.Abbr[0]
	}
	for _, n := range ge.Names() {
		r.addAlias(e, n)
	}
	r.ents[id] = e
	return e
}

// addAlias records n as a name of e unless it already is one.
func (r *Registry) addAlias(e *graph.Entity, n string) {
	n = strings.TrimSpace(n)
	if n == "" {
		return
	}
	k := r.key(n)
	if k == "" {
		return
	}
	if _, ok := r.byName[k]; !ok {
		r.byName[k] = e.ID
	}
	if n == e.Name || n == e.NameZh || n == e.Abbr {
		return
	}
	for _, a := range e.Aliases {
		if a == n {
			return
		}
	}
	e.Aliases = append(e.Aliases, n)
}

// discovered resolves a pattern mention: an earlier entity with one of its
// names, else a new entity.
func (r *Registry) discovered(m mention.Mention) string {
	names := []string{m.Abbr, m.Name, m.NameZh, m.Surface}
	// a meeting called by its body and number (TELWG 70, TELWG 第 70 次
	//會議, APEC TELWG 70 Meeting) is one meeting under all of them
	if m.Type == graph.Meeting {
		for _, n := range []string{m.Name, m.Surface} {
			if k := sessionKey(n); k != "" {
				names = append(names, k)
				break
			}
			if k := r.bodySessionKey(n); k != "" {
				names = append(names, k)
				break
			}
		}
	}
	var id string
	for _, n := range names {
		if n == "" {
			continue
		}
		if got, ok := r.byName[r.key(n)]; ok && r.compatible(got, m.Type) {
			id = got
			break
		}
		if ge := r.gz; ge != nil {
			_ = ge
		}
	}
	if id == "" {
		id = r.knownByAbbr(m)
	}
	if id == "" {
		id = newID(m)
		for r.ents[id] != nil && r.ents[id].Type != m.Type {
			id += "-" + strings.ToLower(string(m.Type[:1]))
		}
	}
	e := r.ents[id]
	if e == nil {
		e = &graph.Entity{ID: id, Type: m.Type, Kind: m.Kind, Country: m.Country, Role: m.Role, Date: m.Date, EndDate: m.EndDate, Place: m.Place}
		e.NameZh = firstNonEmpty(m.NameZh, zhOf(m.Surface))
		e.Name = firstNonEmpty(m.Name, e.NameZh, m.Surface)
		e.Abbr = m.Abbr
		r.ents[id] = e
	} else {
		if e.Abbr == "" && m.Abbr != "" {
			e.Abbr = m.Abbr
		}
		if m.Name != "" && (e.Name == "" || e.Name == e.NameZh) {
			e.Name = m.Name
		}
		if e.Country == "" {
			e.Country = m.Country
		}
		if e.Kind == "" {
			e.Kind = m.Kind
		}
		if e.Role == "" {
			e.Role = m.Role
		}
		if e.Date == "" && m.Date != "" {
			e.Date, e.EndDate = m.Date, m.EndDate
		}
		if e.Place == "" {
			e.Place = m.Place
		}
	}
	for _, n := range names {
		r.addAlias(e, n)
	}
	// TELWG 2026 年至 2030 年策略行動計畫, later 2026 年至 2030 年策略行動計畫:
	// a long document name without its body's acronym is the same document
	if m.Type == graph.Statement {
		if short := withoutBodyPrefix(m.Surface); short != "" {
			if _, ok := r.byName[r.key(short)]; !ok {
				r.byName[r.key(short)] = id
			}
		}
	}
	return id
}

// bodyPrefixRE: a body's acronym and a space starting a name.
var bodyPrefixRE = regexp.MustCompile(`^[A-Z][A-Za-z]{1,9} `)

// withoutBodyPrefix returns name without a leading acronym when the rest is
// long enough to name one document by itself (eight characters or more:
// the rest of G20 AI 原則 would name any body's AI principles), else "".
func withoutBodyPrefix(name string) string {
	loc := bodyPrefixRE.FindStringIndex(name)
	if loc == nil {
		return ""
	}
	rest := name[loc[1]:]
	if utf8.RuneCountInString(strings.ReplaceAll(rest, " ", "")) < 8 {
		return ""
	}
	return rest
}

// knownByAbbr returns the known entry a discovered name is defined as by
// its abbreviation in parentheses (德國聯邦資訊安全辦公室（BSI） is the BSI of
// the gazetteer; 英國科學、創新及技術部（DSIT） too): same type, and the same
// country when the name says one. An abbreviation shared by several entries
// needs the country to choose.
func (r *Registry) knownByAbbr(m mention.Mention) string {
	if m.Abbr == "" || (m.Type != graph.Agency && m.Type != graph.Organization) {
		return ""
	}
	var found *gazetteer.Entry
	for _, e := range r.byAbbr[m.Abbr] {
		if e.Type != m.Type || (m.Country != "" && e.Country != "" && e.Country != m.Country) {
			continue
		}
		if found != nil {
			return "" // ambiguous
		}
		found = e
	}
	if found == nil || r.ensureKnown(found.ID) == nil {
		return ""
	}
	return found.ID
}

// compatible reports whether an existing entity may take a mention of type t.
func (r *Registry) compatible(id string, t graph.EntityType) bool {
	e := r.ents[id]
	return e == nil || e.Type == t || t == ""
}

func zhOf(s string) string {
	for _, c := range s {
		if unicode.Is(unicode.Han, c) {
			return s
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// newID makes "<type>:<slug>" from the English name, else the Chinese one.
func newID(m mention.Mention) string {
	name := firstNonEmpty(m.Name, m.Abbr, m.NameZh, m.Surface)
	return strings.ToLower(string(m.Type)) + ":" + Slug(name)
}

// Slug lower-cases a name and joins its words with '-'; Han characters are
// kept as they are.
func Slug(s string) string {
	s = normalize.Key(s)
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// Entity returns a copy of the registered entity (without mentions).
func (r *Registry) Entity(id string) (graph.Entity, bool) {
	e, ok := r.ents[id]
	if !ok {
		return graph.Entity{}, false
	}
	c := *e
	c.Aliases = append([]string(nil), e.Aliases...)
	return c, true
}

// Learned returns the names learned from text so far (name -> id), for a
// second search pass over the rest of a document: abbreviations defined once
// and used later, English names given in parentheses.
func (r *Registry) Learned() map[string]string {
	out := make(map[string]string, len(r.ents))
	// in id order, the first entity keeps a name two share: the map's own
	// order would change the second pass's matches from run to run
	for _, id := range r.IDs() {
		e := r.ents[id]
		known := r.gz.ByID(id)
		for _, n := range append([]string{e.Abbr, e.NameZh, e.Name}, e.Aliases...) {
			if _, taken := out[n]; !taken && n != "" && (known == nil || !known.HasName(n)) && !mention.GenericName(n) {
				out[n] = id
			}
		}
	}
	return out
}

// IDs returns the registered ids, sorted.
func (r *Registry) IDs() []string {
	ids := make([]string, 0, len(r.ents))
	for id := range r.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// sessionRE: an acronym and a session number, optionally as 第 N 次/屆.
var sessionRE = regexp.MustCompile(`\b([A-Z][A-Za-z]{1,9})\s?(?:第\s?)?([0-9]{1,3})\s?(?:次|屆)?`)

// sessionFiller is what a meeting's name may hold beside its session key
// and still be that session: the forum's name, ordinal words, the head.
var sessionFiller = regexp.MustCompile(`(?i)\bAPEC\b|\bmeeting\b|全體會議|會議|大會|第|次|屆|[\s()（）]`)

// sessionKey returns "TELWG 70" when name is only a session of a body
// ("TELWG 第 70 次會議", "APEC TELWG 70 Meeting"), else "".
func sessionKey(name string) string {
	m := sessionRE.FindStringSubmatchIndex(name)
	if m == nil {
		return ""
	}
	rest := name[:m[0]] + name[m[1]:]
	if sessionFiller.ReplaceAllString(rest, "") != "" {
		return ""
	}
	return name[m[2]:m[3]] + " " + name[m[4]:m[5]]
}

// bodySessionRE: a body's name, then 第 N 次/屆 and a meeting head.
var bodySessionRE = regexp.MustCompile(`^(.+?)\s?第\s?([0-9]{1,3})\s?[次屆]\s?(?:全體會議|會議|大會)$`)

// bodySessionKey returns "TELWG 70" when name is a numbered session of a
// known body written out in full (APEC 電信暨資訊工作小組第 70 次會議), so it
// meets the same session named by the abbreviation (TELWG 70).
func (r *Registry) bodySessionKey(name string) string {
	m := bodySessionRE.FindStringSubmatch(name)
	if m == nil {
		return ""
	}
	if abbr := r.bodyAbbr[r.key(m[1])]; abbr != "" {
		return abbr + " " + m[2]
	}
	return ""
}

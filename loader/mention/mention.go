// Package mention finds spans of text that name something: gazetteer matches
// (Aho-Corasick over every alias) and names discovered from the shapes the
// texts use (中文名（English Name，簡稱 ABBR）, 「title」, head-noun suffixes …).
package mention

import (
	"cmp"
	"slices"
	"sort"

	"github.com/policygraph/policygraph/graph"
)

// Source says how a mention was found.
type Source string

const (
	Gazetteer Source = "gazetteer" // a known name
	Pattern   Source = "pattern"   // discovered from the text's shape
	Anaphora  Source = "anaphora"  // 該指引, 我國, 本部, 雙方 … resolved to an earlier entity
)

// Mention is one span naming an entity. Start and End are byte offsets into
// the document text.
type Mention struct {
	Start, End int
	Surface    string // the original text of [Start,End)
	Type       graph.EntityType
	EntityID   string // canonical id once resolved; "" before resolution
	Source     Source

	// What the text says about the name beside the surface, for discovered
	// names: 中文名（English Name，簡稱 ABBR） gives NameZh, Name and Abbr.
	Name    string // English name, if the text gives one
	NameZh  string // Chinese name (without a country prefix), if the text gives one
	Abbr    string
	Kind    string // ministry, guidance, summit… from the head noun
	Country string // country id, e.g. from the prefix of 日本經濟產業省
	// Parent is the id of the agency whose name prefixes the surface
	// (數位發展部 in 數位發展部數位產業署): the text says the unit is part of it.
	Parent string
	Role   string // Person: the title written beside the name
	// Meeting: when and where the sentence naming it says it took place
	// (ISO dates from loader/dates; Place is the city as written).
	Date, EndDate, Place string
	// Ref says what an anaphoric mention points back to: "country" (我國),
	// "author" (本部), "statement" (該指引), "parties" (雙方).
	Ref string
}

// sortMentions orders by start, longer first.
func sortMentions(ms []Mention) {
	// Mentions are large: sort their indices (the index breaks ties, which
	// keeps the sort stable) and move each mention once, in place.
	before := func(a, b *Mention) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	}
	// Most calls sort a sorted slice with a few mentions appended: the
	// sorted prefix up to the first that must follow the smallest of the
	// rest stays where it is.
	p := 1
	for p < len(ms) && before(&ms[p-1], &ms[p]) <= 0 {
		p++
	}
	if p >= len(ms) {
		return
	}
	least := p
	for i := p + 1; i < len(ms); i++ {
		if before(&ms[i], &ms[least]) < 0 {
			least = i
		}
	}
	// the prefix is sorted: keep its mentions that do not follow the least
	k := sort.Search(p, func(i int) bool { return before(&ms[i], &ms[least]) > 0 })
	rest := ms[k:]
	idx := make([]int, len(rest))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := before(&rest[a], &rest[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// rest[i] = old rest[idx[i]]: follow each cycle of the permutation so
	// each mention moves once, in place
	for i := range idx {
		if idx[i] < 0 || idx[i] == i {
			continue
		}
		tmp := rest[i]
		j := i
		for {
			from := idx[j]
			idx[j] = -1
			if from == i {
				rest[j] = tmp
				break
			}
			rest[j] = rest[from]
			j = from
		}
	}
}

// dropOverlaps keeps, from mentions sorted by sortMentions, the ones that do
// not overlap an earlier kept one. Callers order by priority beforehand when
// ties matter: at equal spans the first one wins.
func dropOverlaps(ms []Mention) []Mention {
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Start < end {
			continue
		}
		out = append(out, m)
		end = m.End
	}
	return out
}

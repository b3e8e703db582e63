// Package mention finds spans of text that name something: gazetteer matches
// (Aho-Corasick over every alias) and names discovered from the shapes the
// texts use (中文名（English Name，簡稱 ABBR）, 「title」, head-noun suffixes …).
package mention

import "github.com/policygraph/policygraph/graph"

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
}

// Package relate turns a sentence with its resolved mentions into facts, by
// trigger words (簽署 發布 出席 舉行 設立 轄下 成員 …), enumeration
// distribution, and date and place attachment.
package relate

import (
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
)

// Sentence is the input of the rules: one sentence or table row of a
// document and the resolved mentions inside it, sorted by Start.
type Sentence struct {
	Text       string // the whole document text
	Start, End int    // the sentence's byte offsets in Text
	Mentions   []mention.Mention
}

// Fact is one relation stated by a sentence; Start and End are the byte
// offsets of the evidence span in the document text.
type Fact struct {
	Type       graph.RelationType
	From, To   string
	Date       string
	Start, End int
}

// Facts applies the rules to one sentence. (Skeleton: no rules yet.)
func Facts(s Sentence) []Fact { return nil }

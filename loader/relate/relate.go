// Package relate turns a sentence with its resolved mentions into facts, by
// trigger words (簽署 發布 出席 舉行 設立 轄下 成員 …), enumeration
// distribution, and date and place attachment.
//
// The rules are general: they look at the types of the mentions and at the
// trigger words between them, never at which entity a mention names.
// Document walks a whole document in order so that a sentence without an
// explicit object can fall back on what the text is talking about: the
// meeting of the current section, the statement last named.
package relate

import (
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/segment"
)

// Sentence is the input of the rules: one sentence or table row of a
// document and the resolved mentions inside it, sorted by Start.
type Sentence struct {
	Text       string // the whole document text
	Start, End int    // the sentence's byte offsets in Text
	Kind       segment.Kind
	Mentions   []mention.Mention
	Context    Context // what the document says around the sentence; Document fills it
}

// Context is what the rules know about the document around a sentence.
// Every field is an entity id or empty.
type Context struct {
	Country       string   // the document's own country (我國 in a Taiwanese text)
	Author        string   // the body that writes of itself as 本部/本署/本會, if the document does
	MainMeeting   string   // the meeting the whole document is about (title, header table)
	Focus         string   // the meeting of the current section, else MainMeeting
	LastStatement string   // the statement last named before this sentence (該指引 …)
	Parties       []string // the bodies last named together (雙方)
	Attendees     bool     // the sentence lists delegates of the meeting in focus (出席人員：)
	RowBody       string   // the agency or organization of the table row above, for rows that leave it blank
	Topic         string   // the body the current paragraph is about: the last sentence that opened with it
	Year          int      // the year the document speaks of, for dates written without one; 0 if unknown
}

// Fact is one relation stated by a sentence; Start and End are the byte
// offsets of the evidence span in the document text.
type Fact struct {
	Type       graph.RelationType
	From, To   string
	Date       string
	Start, End int
}

// Facts applies the rules to one sentence, using s.Context for what the
// sentence leaves implicit.
func Facts(s Sentence) []Fact {
	if s.Start < 0 || s.End > len(s.Text) || s.Start >= s.End {
		return nil
	}
	c := newClause(s)
	var out []Fact
	if s.Kind == segment.TableRow || isTableRow(s.Text[s.Start:s.End]) {
		out = append(out, tableFacts(c)...)
	}
	out = append(out, verbFacts(c)...)
	out = append(out, englishHostFacts(c)...)
	out = append(out, englishIssueFacts(c)...)
	out = append(out, visitHostFacts(c)...)
	out = append(out, nounEstablishFacts(c)...)
	out = append(out, heldInFacts(c)...)
	out = append(out, placeLabelFacts(c)...)
	out = append(out, memberFacts(c)...)
	out = append(out, signatoryFacts(c)...)
	out = append(out, partnerFacts(c)...)
	out = append(out, cooperationFacts(c)...)
	out = append(out, classPartnerFacts(c)...)
	out = append(out, roleFacts(c)...)
	out = append(out, chairRoleFacts(c)...)
	out = append(out, signatureFacts(c)...)
	out = append(out, bracketRoleFacts(c)...)
	out = append(out, authorTitleFacts(c)...)
	out = append(out, partOfFacts(c)...)
	out = append(out, addressFacts(c)...)
	out = append(out, meetingFocusFacts(c)...)
	out = append(out, workAddressFacts(c)...)
	out = append(out, themeFacts(c)...)
	out = append(out, companyKindFacts(c)...)
	out = append(out, speakerAddressFacts(c)...)
	out = append(out, fieldAddressFacts(c)...)
	out = append(out, speakerFacts(c)...)
	out = append(out, attendeeFacts(c)...)
	out = append(out, possessiveFacts(c)...)
	out = append(out, afterMeetingFacts(c)...)
	out = append(out, atMeetingFacts(c)...)
	out = append(out, listAttendFacts(c)...)
	out = append(out, inviteeFacts(c)...)
	return dedupe(jointTopics(c, out))
}

// jointTopics drops ADDRESSES from the parties of 雙方/各方 (雙方將針對 AI、
// 半導體…制定互通機制): what they plan together is the topic of their joint
// work, not a field of each of them.
func jointTopics(c *clause, fs []Fact) []Fact {
	var parties []string
	for _, m := range c.all {
		if m.Ref == "parties" {
			parties = append(parties, m.EntityID)
		}
	}
	if len(parties) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type == graph.Addresses && contains(parties, f.From) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// dedupe drops repeated facts with the same ends and type, keeping the first
// (its evidence is the narrowest rule that fired first).
func dedupe(fs []Fact) []Fact {
	type key struct {
		t    graph.RelationType
		f, o string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		if f.From == "" || f.To == "" || f.From == f.To {
			continue
		}
		k := key{f.Type, f.From, f.To}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

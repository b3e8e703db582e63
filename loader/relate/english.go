package relate

import (
	"regexp"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// reEnglishIssue is an English sentence's issuing verb followed, in the same
// sentence, by the examples it lists: "the FOC also issues country-specific
// statements, such as the Joint Statement on …".
var reEnglishIssue = regexp.MustCompile(`\b(issues|issuing of|issued|publishes|published|releases|released|adopts|adopted)\b[^.;]{0,120}?\b(such as|including|for example|e\.g\.)`)

// reEnglishListGap is what may stand between two listed names: a year in
// brackets, commas, and/or, the article.
var reEnglishListGap = regexp.MustCompile(`^[\s,、，]*(\(\d{4}\))?[\s,、，]*(and|or)?\s*(the)?\s*$`)

// englishIssueFacts: the body that an English sentence says issues or
// publishes statements issues each one the sentence lists after "such as"
// or "including". The subject is the last body named before the verb in
// the sentence.
func englishIssueFacts(c *clause) []Fact {
	line := c.text[c.lo:c.hi]
	if !strings.Contains(line, "such as") && !strings.Contains(line, "including") && !strings.Contains(line, "for example") && !strings.Contains(line, "e.g.") {
		return nil
	}
	loc := reEnglishIssue.FindStringSubmatchIndex(line)
	if loc == nil {
		return nil
	}
	verb, list := c.lo+loc[2], c.lo+loc[5]
	subj := c.unitsIn(c.lo, verb, bodies...)
	if len(subj) == 0 {
		return nil
	}
	s := subj[len(subj)-1]
	var objs []unit
	last := list
	for _, u := range c.unitsIn(list, c.hi) {
		if u.typ != graph.Statement || !reEnglishListGap.MatchString(c.text[last:u.start]) {
			break
		}
		objs = append(objs, u)
		last = u.end
	}
	var out []Fact
	for _, o := range objs {
		out = append(out, c.facts(graph.Issued, s.ids, o.ids, s.start, o.end, "")...)
	}
	return out
}

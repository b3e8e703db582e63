// Package segment splits a document's text into sentences and table rows,
// each with its [Start,End) byte offsets in the text.
package segment

import "strings"

// Kind says what a span is.
type Kind int

const (
	Sentence Kind = iota
	TableRow
	Heading
)

// Span is a sentence, table row or heading: Text[Start:End].
type Span struct {
	Start, End int
	Kind       Kind
}

// Split splits text. (Skeleton: one span per non-empty line; the loader issue deepens it.)
func Split(text string) []Span {
	var out []Span
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, Span{Start: start, End: end, Kind: Sentence})
		}
		start = end + 1
	}
	return out
}

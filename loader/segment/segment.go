// Package segment splits a document's text into sentences and table rows,
// each with its [Start,End) byte offsets in the text.
//
// The rules fit Traditional-Chinese policy documents: a sentence ends at
// 。！？； or at a line end, never inside a matched pair of brackets or quotes
// （…）(…)「…」《…》; tab-separated and Markdown "|" lines are table rows;
// short lines without sentence punctuation are headings; list markers (1.
// (1) - • 一、) and surrounding whitespace are trimmed so evidence is clean.
package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a span is.
type Kind int

const (
	Sentence Kind = iota
	TableRow
	Heading
)

func (k Kind) String() string {
	switch k {
	case Sentence:
		return "sentence"
	case TableRow:
		return "table-row"
	case Heading:
		return "heading"
	}
	return "unknown"
}

// Span is a sentence, table row or heading: Text[Start:End].
type Span struct {
	Start, End int
	Kind       Kind
}

// Limits of the splitter, in bytes of UTF-8 (a CJK character is 3 bytes).
const (
	// MaxSentence is the longest sentence kept whole; a longer one is cut
	// at its last clause break (，、：) before the limit, so evidence stays
	// readable even where a paragraph lacks 。.
	MaxSentence = 600
	// maxBracket is the longest bracket pair that protects its content from
	// splitting: a longer "pair" is more likely two unrelated brackets.
	maxBracket = 600
	// maxHeading is the longest line that can be a heading (~40 characters).
	maxHeading = 120
)

// Split splits text into spans in order; spans never overlap and never
// contain leading or trailing whitespace.
func Split(text string) []Span {
	out := make([]Span, 0, len(text)/60+1)
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		// A line wrapped mid-sentence (a table of contents or a heading cut
		// by the page width) continues on the next line.
		for le < len(text) && wrapped(text, ls, le) {
			le = lineEnd(text, le+1)
		}
		out = splitBlock(text, ls, le, out)
		ls = le + 1
	}
	return out
}

func lineEnd(text string, ls int) int {
	if le := strings.IndexByte(text[ls:], '\n'); le >= 0 {
		return ls + le
	}
	return len(text)
}

// wrapped reports whether the line text[ls:le] continues on the next line:
// it has clause punctuation but no sentence end, and the next line starts a
// CJK word, not a list item, heading or table row.
func wrapped(text string, ls, le int) bool {
	s, e := trim(text, ls, le)
	if e-s < 30 || strings.IndexByte(text[s:e], '\t') >= 0 || text[s] == '|' || text[s] == '#' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[s:e])
	if isTerminator(last) || isCloser(last) || strings.ContainsRune("：:.!?;…", last) || last < 0x2E80 {
		return false
	}
	if !strings.ContainsAny(text[s:e], "，、") {
		return false
	}
	ns, ne := trim(text, le+1, lineEnd(text, le+1))
	if ns >= ne || strings.IndexByte(text[ns:ne], '\t') >= 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[ns:ne])
	if !unicode.Is(unicode.Han, first) {
		return false
	}
	return listMarker.FindStringIndex(text[ns:ne]) == nil
}

// htmlBlock matches HTML block tags some converted documents keep inside
// table cells (<p>, <li>, <br>); they separate text like line breaks.
var htmlBlock = regexp.MustCompile(`(?i)</?(?:p|li|ul|ol|div|br|tr|td|th|table|tbody|thead|h[1-6])\b[^>]*>`)

// splitBlock splits a logical line, first at HTML block tags when it has
// them and is too long to be kept as one row.
func splitBlock(text string, ls, le int, out []Span) []Span {
	line := text[ls:le]
	if strings.IndexByte(line, '<') < 0 {
		return splitLine(text, ls, le, out)
	}
	tags := htmlBlock.FindAllStringIndex(line, -1)
	if len(tags) == 0 || (le-ls <= MaxSentence && isTabRow(line)) {
		return splitLine(text, ls, le, out)
	}
	from := ls
	for _, t := range tags {
		out = splitCells(text, from, ls+t[0], out)
		from = ls + t[1]
	}
	return splitCells(text, from, le, out)
}

// splitCells splits a piece of a line broken up by HTML tags: its tab cells
// become separate pieces (the row structure is already gone).
func splitCells(text string, s, e int, out []Span) []Span {
	for s < e {
		t := strings.IndexByte(text[s:e], '\t')
		if t < 0 {
			return splitLine(text, s, e, out)
		}
		out = splitLine(text, s, s+t, out)
		s += t + 1
	}
	return out
}

func splitLine(text string, ls, le int, out []Span) []Span {
	s, e := trim(text, ls, le)
	if s >= e {
		return out
	}
	line := text[s:e]
	switch {
	case isTOCEntry(line):
		s = stripMarkers(text, s, e)
		s, e = trim(text, s, e)
		return appendSpan(out, s, e, Heading)
	case isMarkdownTable(line):
		if mdSeparator.MatchString(line) {
			return out
		}
		return appendSpan(out, s, e, TableRow)
	// (the byte checks skip the regexp on the many lines it cannot match)
	case strings.IndexByte(line, '\t') > 0 && line[len(line)-1] >= '0' && line[len(line)-1] <= '9' && tocTabEntry.MatchString(line) && looksLikeHeading(text[stripMarkers(text, s, e):e]):
		s = stripMarkers(text, s, e)
		return appendSpan(out, s, e, Heading)
	case isTabRow(line) && e-s <= 4*MaxSentence:
		return appendSpan(out, s, e, TableRow)
	case line[0] == '#':
		for s < e && text[s] == '#' {
			s++
		}
		s, e = trim(text, s, e)
		return appendSpan(out, s, e, Heading)
	}
	s = stripMarkers(text, s, e)
	s, e = trim(text, s, e)
	if s >= e {
		return out
	}
	if looksLikeHeading(text[s:e]) {
		return appendSpan(out, s, e, Heading)
	}
	return splitSentences(text, s, e, out)
}

func appendSpan(out []Span, s, e int, k Kind) []Span {
	if s < e {
		out = append(out, Span{Start: s, End: e, Kind: k})
	}
	return out
}

// trim narrows [s,e) past Unicode whitespace (including the ideographic
// space U+3000 and a stray \r).
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

var (
	// A table-of-contents entry laid out as a row: title, tab, page number.
	tocTabEntry = regexp.MustCompile(`^[^\t]+\t+\d{1,4}$`)
	// Markdown table separator row: |---|:---:|
	mdSeparator = regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$`)
	// A list marker at the start of a line; applied repeatedly ("- (一) …").
	listMarker = regexp.MustCompile(`^(?:` +
		`[-*+•●○■□◆◇▪・]\s*` + // bullets
		`|\d{1,3}[.．、)）](?:\s+|[^\d.．\s])` + // 1. 1、 1)
		`|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-zA-Z])\s*[)）]\s*` + // (1) （一） (a)
		`|[一二三四五六七八九十百]{1,3}[、．]\s*` + // 一、
		`|[壹貳參肆伍陸柒捌玖拾]{1,3}[、．]\s*` + // 壹、
		`|[\x{2460}-\x{2473}\x{2776}-\x{277F}]\s*` + // ① ❶
		`|[a-zA-Z][.)]\s+` + // a. b)
		`)`)
)

// stripMarkers moves s past list markers. The "1." form keeps the character
// after the marker (matched only to tell "1.訂定" from "1.5").
func stripMarkers(text string, s, e int) int {
	for i := 0; i < 3 && s < e; i++ {
		loc := listMarker.FindStringIndex(text[s:e])
		if loc == nil {
			break
		}
		n := loc[1]
		if r, size := utf8.DecodeLastRuneInString(text[s : s+n]); !unicode.IsSpace(r) && isDigitMarker(text[s:s+n]) {
			n -= size
		}
		if n <= 0 || s+n >= e {
			break // a line that is only a marker stays as it is
		}
		s += n
		s, _ = trim(text, s, e)
	}
	return s
}

func isDigitMarker(m string) bool { return m != "" && m[0] >= '0' && m[0] <= '9' }

func isMarkdownTable(line string) bool {
	return len(line) >= 3 && line[0] == '|' && line[len(line)-1] == '|' && strings.Count(line, "|") >= 3
}

// isTabRow: at least two non-empty cells separated by tabs.
func isTabRow(line string) bool {
	if strings.IndexByte(line, '\t') < 0 {
		return false
	}
	cells := 0
	for c := range strings.SplitSeq(line, "\t") {
		if strings.TrimSpace(c) != "" {
			cells++
		}
	}
	return cells >= 2
}

// looksLikeHeading: a short line without sentence or clause punctuation, as
// titles, section headings and cover-page lines are written.
func looksLikeHeading(s string) bool {
	if len(s) > maxHeading {
		return false
	}
	// Punctuation inside brackets does not count: 出國報告（出國類別：開會）.
	depth := 0
	for _, r := range s {
		switch {
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		case depth == 0 && strings.ContainsRune("。！？；，,：:!?;、", r):
			return false
		}
	}
	return true
}

func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '｡':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '」', '』', '）', ')', '》', '〉', '】', ']', '”', '’', '"', '\'', '〕':
		return true
	}
	return false
}

// closerOf returns the closing bracket of an opening one, or 0.
func closerOf(r rune) rune {
	switch r {
	case '（':
		return '）'
	case '(':
		return ')'
	case '「':
		return '」'
	case '『':
		return '』'
	case '《':
		return '》'
	case '〈':
		return '〉'
	case '【':
		return '】'
	case '[':
		return ']'
	case '“':
		return '”'
	case '〔':
		return '〕'
	}
	return 0
}

// isTOCEntry: a table-of-contents line ends with leader dots (..... or
// ……) and a page number. (By hand: a regexp anchored at the end scans
// every line and was most of Split's time.)
func isTOCEntry(line string) bool {
	s := strings.TrimRight(line, " \t")
	digits := 0
	for digits < len(s) && digits < 5 && s[len(s)-1-digits] >= '0' && s[len(s)-1-digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 4 {
		return false
	}
	s = strings.TrimRight(s[:len(s)-digits], " \t")
	for _, leader := range []string{"...", "……", "‧‧‧", "···"} {
		if strings.HasSuffix(s, leader) {
			return true
		}
	}
	return false
}

// protected returns, for the line text[s:e], the matched bracket pairs no
// longer than maxBracket as [open, close] byte offsets, sorted by open.
// Unmatched brackets (a 「 never closed) protect nothing.
func protected(text string, s, e int) [][2]int {
	type open struct {
		at    int
		close rune
	}
	var stack []open
	var out [][2]int
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:e])
		if c := closerOf(r); c != 0 {
			stack = append(stack, open{i, c})
		} else if isCloser(r) {
			// Pop to the matching opener; openers skipped over were never
			// closed.
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].close == r {
					if i-stack[k].at <= maxBracket {
						out = append(out, [2]int{stack[k].at, i})
					}
					stack = stack[:k]
					break
				}
			}
		}
		i += n
	}
	if len(out) > 1 {
		sortPairs(out)
	}
	return out
}

func sortPairs(p [][2]int) {
	// Insertion sort: pairs come out nearly sorted (inner before outer).
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && p[j][0] < p[j-1][0]; j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
}

// splitSentences splits the line text[s:e] (already trimmed) at sentence
// ends outside protected brackets and appends the sentences.
func splitSentences(text string, s, e int, out []Span) []Span {
	prot := protected(text, s, e)
	inside := func(i int) bool {
		for _, p := range prot {
			if p[0] > i {
				break
			}
			if i > p[0] && i < p[1] {
				return true
			}
		}
		return false
	}
	start := s
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:e])
		end := -1
		switch {
		case isTerminator(r) && !inside(i):
			end = i + n
		case (r == '!' || r == '?' || r == ';') && !inside(i) && asciiEnd(text, i+n, e):
			end = i + n
		case r == '.' && !inside(i) && latinPeriod(text, s, i, e):
			end = i + n
		}
		if end < 0 {
			i += n
			continue
		}
		// Keep a run of terminators and closing quotes with the sentence.
		for end < e {
			r2, n2 := utf8.DecodeRuneInString(text[end:e])
			if !isTerminator(r2) && !isCloser(r2) && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			if isCloser(r2) && opensLater(prot, end) {
				break
			}
			end += n2
		}
		out = appendPiece(text, start, end, out)
		start, i = end, end
	}
	return appendPiece(text, start, e, out)
}

// opensLater reports whether a closer at i is part of a protected pair
// (then it belongs to that pair, not to the sentence end before it).
func opensLater(prot [][2]int, i int) bool {
	for _, p := range prot {
		if p[1] == i {
			return true
		}
	}
	return false
}

// asciiEnd: an ASCII ! ? ; ends a sentence when followed by a space, the end
// of the line, or a CJK character.
func asciiEnd(text string, i, e int) bool {
	if i >= e {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:e])
	return unicode.IsSpace(r) || r >= 0x2E80
}

// latinPeriod: ". " ends a sentence only between Latin text: a word of at
// least two lower-case letters (not an abbreviation like U.S. or Dr.) before
// it, and a capital or digit after the space.
func latinPeriod(text string, s, i, e int) bool {
	if i+2 >= e || text[i+1] != ' ' {
		return false
	}
	next := text[i+2]
	if !('A' <= next && next <= 'Z') && !('0' <= next && next <= '9') {
		return false
	}
	lower := 0
	for j := i - 1; j >= s; j-- {
		c := text[j]
		if 'a' <= c && c <= 'z' {
			lower++
			continue
		}
		if 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		if c == '.' {
			return false // U.S., e.g.
		}
		break
	}
	if lower < 2 {
		return false
	}
	word := strings.ToLower(lastWord(text[s:i]))
	switch word {
	case "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jr", "sr", "st":
		return false
	}
	return true
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// appendPiece trims text[s:e] and appends it, cut into pieces no longer than
// MaxSentence. Pieces of only punctuation are dropped.
func appendPiece(text string, s, e int, out []Span) []Span {
	s, e = trim(text, s, e)
	// Enumerations run on inside paragraphs: "…如下： (1) 提升…。 (2) 協助…"
	s = stripMarkers(text, s, e)
	for e-s > MaxSentence {
		cut := clauseBreak(text, s, s+MaxSentence)
		out = appendSpan(out, s, cut, Sentence)
		s, _ = trim(text, cut, e)
	}
	if s < e && hasContent(text[s:e]) {
		out = append(out, Span{Start: s, End: e, Kind: Sentence})
	}
	return out
}

// clauseBreak returns where to cut text[s:limit]: after the last ， , 、 ：
// in its second half, else after the last space, else at a rune boundary.
func clauseBreak(text string, s, limit int) int {
	seg := text[s:limit]
	half := len(seg) / 2
	for _, sep := range []string{"，", ",", "：", ":", "、"} {
		if k := strings.LastIndex(seg, sep); k >= half {
			return s + k + len(sep)
		}
	}
	if k := strings.LastIndexByte(seg, ' '); k >= half {
		return s + k + 1
	}
	cut := limit
	for cut > s && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if cut == s {
		cut = limit
	}
	return cut
}

func hasContent(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Cells returns the cells of a table row span as trimmed [Start,End) spans
// in text (Kind TableRow), empty cells included as zero-width spans so that
// column i is always Cells(...)[i]. Markdown rows lose their outer pipes.
func Cells(text string, row Span) []Span {
	line := text[row.Start:row.End]
	sep := byte('\t')
	s, e := row.Start, row.End
	if isMarkdownTable(line) {
		sep = '|'
		s, e = s+1, e-1
	}
	var out []Span
	for s <= e {
		k := strings.IndexByte(text[s:e], sep)
		end := e
		if k >= 0 {
			end = s + k
		}
		cs, ce := trim(text, s, end)
		if cs > ce {
			cs = ce
		}
		out = append(out, Span{Start: cs, End: ce, Kind: TableRow})
		if k < 0 {
			break
		}
		s = end + 1
	}
	return out
}

package mention

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode/utf8"
)

// A lineRE is a regexp that can only match inside one line holding one of
// its literals: running it on those lines alone gives the same matches as
// running it on the whole text, far faster (Go's regexp cannot skip ahead
// to a literal that follows an alternation).
type lineRE struct {
	re   *regexp.Regexp
	lits []string // every match contains at least one
	// at: every match starts with one of lits, and anchored is re
	// anchored at the start: it runs at each literal only
	at       bool
	anchored *regexp.Regexp
	// lineStart: every match starts a line ((?m)^…), so on a line it can
	// only start at the line's start: anchored runs there once
	lineStart bool
}

func newLineRE(expr string, lits ...string) lineRE {
	l := lineRE{re: regexp.MustCompile(expr), lits: lits}
	if startsLine(expr) {
		l.lineStart, l.anchored = true, regexp.MustCompile(`\A(?:`+expr+`)`)
	}
	return l
}

// startsLine reports whether every match of expr begins with (?m)^ (a
// concatenation led by a line start, no alternative around it).
func startsLine(expr string) bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return false
	}
	re = re.Simplify()
	return re.Op == syntax.OpConcat && len(re.Sub) > 0 && re.Sub[0].Op == syntax.OpBeginLine
}

// newStartRE is a lineRE whose every match starts with one of lits (and
// whose expr needs no look-behind such as \b at its start).
func newStartRE(expr string, lits ...string) lineRE {
	return lineRE{re: regexp.MustCompile(expr), lits: lits, at: true, anchored: regexp.MustCompile(`\A(?:` + expr + `)`)}
}

// allSubmatchIndex is FindAllStringSubmatchIndex over text, run on the
// lines that hold a literal (or, for a newStartRE, at each literal);
// offsets are into text.
func (l lineRE) allSubmatchIndex(text string) [][]int {
	if l.at {
		return l.atLiterals(text)
	}
	var out [][]int
	for _, ln := range linesWith(text, l.lits) {
		if l.lineStart {
			// a line holds no other line start: one match at most
			if m := l.anchored.FindStringSubmatchIndex(text[ln[0]:ln[1]]); m != nil {
				for i := range m {
					if m[i] >= 0 {
						m[i] += ln[0]
					}
				}
				out = append(out, m)
			}
			continue
		}
		for _, m := range l.re.FindAllStringSubmatchIndex(text[ln[0]:ln[1]], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += ln[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// linesWith returns the [start,end) of each line of text (without its
// newline) that contains one of lits, in order.
func linesWith(text string, lits []string) [][2]int {
	if len(lits) > 1 {
		if set, ok := byteSet(lits); ok {
			return linesWithByte(text, &set)
		}
	}
	var starts []int
	seen := map[int]bool{}
	for _, lit := range lits {
		for i := 0; ; {
			k := strings.Index(text[i:], lit)
			if k < 0 {
				break
			}
			at := i + k
			ls := strings.LastIndexByte(text[:at], '\n') + 1
			if !seen[ls] {
				seen[ls] = true
				starts = append(starts, ls)
			}
			// the rest of this line holds nothing new for this literal
			le := strings.IndexByte(text[at:], '\n')
			if le < 0 {
				break
			}
			i = at + le + 1
		}
	}
	sort.Ints(starts)
	out := make([][2]int, 0, len(starts))
	for _, s := range starts {
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// byteSet is the set of lits when each is one ASCII byte.
func byteSet(lits []string) (set [256]bool, ok bool) {
	for _, l := range lits {
		if len(l) != 1 || l[0] >= utf8.RuneSelf {
			return set, false
		}
		set[l[0]] = true
	}
	return set, true
}

// linesWithByte is linesWith for one-byte literals: one pass over the text
// instead of one per literal (26 for the capitals).
func linesWithByte(text string, set *[256]bool) [][2]int {
	var out [][2]int
	for s := 0; s <= len(text); {
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		for i := s; i < e; i++ {
			if set[text[i]] {
				out = append(out, [2]int{s, e})
				break
			}
		}
		s = e + 1
	}
	return out
}

// atLiterals runs the anchored regexp at each occurrence of a literal, in
// text order, skipping occurrences inside the previous match: the
// leftmost-first matches FindAll would give, as every match starts with a
// literal. A match does not cross a line (the regexps excluded \n).
func (l lineRE) atLiterals(text string) [][]int {
	var at []int
	for _, lit := range l.lits {
		for i := 0; ; {
			k := strings.Index(text[i:], lit)
			if k < 0 {
				break
			}
			at = append(at, i+k)
			i += k + len(lit)
		}
	}
	sort.Ints(at)
	var out [][]int
	end := -1
	for j, p := range at {
		if p < end || (j > 0 && at[j-1] == p) {
			continue
		}
		le := strings.IndexByte(text[p:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += p
		}
		m := l.anchored.FindStringSubmatchIndex(text[p:le])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += p
			}
		}
		out = append(out, m)
		end = max(m[1], p+1)
	}
	return out
}

// A prefixIndex finds, at a position of a folded text, the longest of a set
// of names starting there: the names indexed by their first two characters,
// longest first. Scanning every position gives what the Aho-Corasick
// iterator gave (the longest name at each start, also inside a longer
// match), without building an automaton, and several times faster on the
// corpus.
type prefixIndex struct {
	keys     []string // folded, ASCII lower-cased
	byPrefix map[string][]int32
	// may has the bit prefixBit(p) set for every prefix p of byPrefix: most
	// positions of a text start no name, and the bit test is far cheaper
	// than the map look-up it spares
	may []uint64
}

const prefixBits = 1 << 16

// prefixBit hashes a two-character prefix (FNV-1a) to a bit of may.
func prefixBit(p string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(p); i++ {
		h = (h ^ uint32(p[i])) * 16777619
	}
	return h % prefixBits
}

func newPrefixIndex(keys []string) prefixIndex {
	x := prefixIndex{keys: make([]string, len(keys)), byPrefix: make(map[string][]int32, len(keys)), may: make([]uint64, prefixBits/64)}
	for i, k := range keys {
		k = asciiLower(k)
		x.keys[i] = k
		p := prefix2(k)
		x.byPrefix[p] = append(x.byPrefix[p], int32(i))
		b := prefixBit(p)
		x.may[b/64] |= 1 << (b % 64)
	}
	for _, ids := range x.byPrefix {
		sort.SliceStable(ids, func(a, b int) bool { return len(x.keys[ids[a]]) > len(x.keys[ids[b]]) })
	}
	return x
}

// longestAt returns the index of the longest key that text (lower-cased
// like the keys) has at byte i, or -1.
func (x prefixIndex) longestAt(text string, i int) int {
	p := prefix2(text[i:])
	if b := prefixBit(p); x.may[b/64]&(1<<(b%64)) == 0 {
		return -1
	}
	for _, id := range x.byPrefix[p] {
		if strings.HasPrefix(text[i:], x.keys[id]) {
			return int(id)
		}
	}
	return -1
}

// each calls fn with every position of text and the longest key there.
func (x prefixIndex) each(text string, fn func(i, id int)) {
	for i := 0; i < len(text); {
		if id := x.longestAt(text, i); id >= 0 {
			fn(i, id)
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
}

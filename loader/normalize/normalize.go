// Package normalize folds text for matching only (width, NFKC, 臺/台 and other
// variant characters, whitespace inside CJK runs) while keeping a map back to
// the original, so evidence is always quoted exactly as written.
package normalize

// Text is a folded copy of an original string with an offset map.
type Text struct {
	Folded string
	orig   []int // orig[i] = byte offset in the original of folded byte i; len = len(Folded)+1
}

// Fold folds s for matching. (Skeleton: identity; the loader issue deepens it.)
func Fold(s string) Text {
	orig := make([]int, len(s)+1)
	for i := range orig {
		orig[i] = i
	}
	return Text{Folded: s, orig: orig}
}

// Orig maps a byte offset in Folded to the byte offset in the original text.
func (t Text) Orig(i int) int { return t.orig[i] }

// Key folds a name for dictionary lookups (gazetteer keys, alias comparison).
func Key(s string) string { return Fold(s).Folded }

package mention

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"testing"
)

// sortMentions must order exactly as a stable sort by start, longer first:
// the extraction output depends on the order of mentions with equal spans.
func TestSortMentionsIsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name       string
		n, appendN int
	}{
		{"empty", 0, 0},
		{"sorted", 50, 0},
		{"sorted plus a few", 200, 5},
		{"shuffled", 0, 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ms []Mention
			for i := 0; i < tc.n; i++ {
				s := i * 3
				ms = append(ms, Mention{Start: s, End: s + 1 + rng.IntN(3), Surface: strconv.Itoa(i)})
			}
			sortMentions(ms) // a sorted base, as the callers have
			for i := 0; i < tc.appendN; i++ {
				s := rng.IntN(tc.n*3 + 10)
				ms = append(ms, Mention{Start: s, End: s + 1 + rng.IntN(3), Surface: "x" + strconv.Itoa(i)})
			}
			want := append([]Mention(nil), ms...)
			sort.SliceStable(want, func(i, j int) bool {
				if want[i].Start != want[j].Start {
					return want[i].Start < want[j].Start
				}
				return want[i].End > want[j].End
			})
			sortMentions(ms)
			for i := range want {
				if ms[i] != want[i] {
					t.Fatalf("at %d: got %+v, want %+v", i, ms[i], want[i])
				}
			}
		})
	}
}

package relate

import (
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/segment"
)

// FuzzDocument: any text with mentions at any rune boundaries never panics,
// and every fact's evidence lies inside the text on rune boundaries.
func FuzzDocument(f *testing.F) {
	f.Add("包含日本在內,尚有美國、德國等共計15個國家的網路安全部門,皆同步完成簽署。\n(三) 我方出席人員：\n- 數位發展部 葉寧次長", uint64(0x1234567))
	f.Add("五、亞太經合組織數位與人工智慧部長宣言草案討論會議\n馬來西亞詢問部長會議之正式名稱。", uint64(42))
	f.Add("\t國家通訊傳播委員會\t謝志昌\t科長", uint64(7))
	// names inside a bracketed aside of another name once crossed slice bounds
	f.Add("數位發展部數位國際司（時稱：民主網絡司） 錢慕賢專門委員，出席（APEC）會議(出席者)", uint64(99))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var bounds []int
		for i := range text {
			bounds = append(bounds, i)
		}
		bounds = append(bounds, len(text))
		types := graph.EntityTypes
		var ms []mention.Mention
		for k := 0; k < 8 && len(bounds) > 1; k++ {
			seed = seed*6364136223846793005 + 1442695040888963407
			a := bounds[int(seed>>33)%len(bounds)]
			seed = seed*6364136223846793005 + 1442695040888963407
			b := bounds[int(seed>>33)%len(bounds)]
			if a > b {
				a, b = b, a
			}
			if a == b {
				continue
			}
			ty := types[int(seed>>40)%len(types)]
			ms = append(ms, mention.Mention{Start: a, End: b, Surface: text[a:b], Type: ty, EntityID: string(ty) + ":" + text[a:b]})
		}
		var sents []Sentence
		for _, sp := range segment.Split(text) {
			var in []mention.Mention
			for _, m := range ms {
				if m.Start >= sp.Start && m.End <= sp.End {
					in = append(in, m)
				}
			}
			sents = append(sents, Sentence{Text: text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: in})
		}
		for _, fa := range Document(sents, Context{Country: "country:TW"}) {
			if fa.Start < 0 || fa.End > len(text) || fa.Start >= fa.End || !utf8.ValidString(text[fa.Start:fa.End]) {
				t.Fatalf("evidence [%d,%d) outside or inside a rune of %q", fa.Start, fa.End, text)
			}
		}
	})
}

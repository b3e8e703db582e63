// Package normalize folds text for matching only (width, NFKC, 臺/台 and other
// variant characters, whitespace inside CJK runs) while keeping a map back to
// the original, so evidence is always quoted exactly as written.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a folded copy of an original string with an offset map.
type Text struct {
	Folded string
	src    string
	// orig[i] is the byte offset in src of the normalization segment that
	// produced folded byte i; orig[len(Folded)] == len(src). int32 halves the
	// map for large documents (read caps files well below 2 GiB).
	orig []int32
}

// Fold folds s for matching:
//   - NFKC, which also turns full-width ASCII (ＡＢＣ，１２３) into half-width
//     and compatibility ideographs into their unified forms;
//   - variant characters to one form (臺→台, 爲→為, 裏→裡 …, see variants);
//   - letters to lower case;
//   - whitespace dropped next to CJK characters ("電信暨資訊 工作小組" folds
//     like "電信暨資訊工作小組", "113 年 3 月" like "113年3月"), other runs
//     of whitespace collapsed to one space, leading and trailing dropped.
//
// Orig maps every folded offset back to the original.
func Fold(s string) Text {
	var f folder
	f.src = s
	f.withMap = true
	f.b.Grow(len(s))
	f.orig = make([]int32, 0, len(s)+1)
	f.run()
	f.orig = append(f.orig, int32(len(s)))
	return Text{Folded: f.b.String(), src: s, orig: f.orig}
}

// Key folds a name for dictionary lookups (gazetteer keys, alias
// comparison): the same folding as Fold, without the offset map.
func Key(s string) string {
	var f folder
	f.src = s
	f.b.Grow(len(s))
	f.run()
	return f.b.String()
}

// Orig maps a byte offset in Folded to the byte offset in the original text.
// Valid for 0 <= i <= len(Folded); Orig(len(Folded)) == len(original). Use it
// for the start of a match; use OrigEnd for its end.
func (t Text) Orig(i int) int { return int(t.orig[i]) }

// OrigEnd maps the end offset of a match in Folded (exclusive) to the end in
// the original: the end of the original text that produced folded byte i-1,
// so a match never swallows whitespace that folding dropped after it.
func (t Text) OrigEnd(i int) int {
	if i <= 0 {
		return t.Orig(0)
	}
	// Every folded byte of a segment maps to the segment's start; segments
	// are re-found from any segment start, so measure it again.
	start := int(t.orig[i-1])
	return start + segmentLen(t.src[start:])
}

// Original returns the original string Fold was given.
func (t Text) Original() string { return t.src }

func segmentLen(s string) int {
	if s == "" {
		return 0
	}
	if r, size := utf8.DecodeRuneInString(s); r == utf8.RuneError && size == 1 {
		return 1 // an invalid byte stands alone, as run maps it
	}
	n := norm.NFKC.NextBoundaryInString(s, true)
	if n <= 0 {
		_, n = utf8.DecodeRuneInString(s)
	}
	return n
}

// validPrefix shortens n so that s[:n] has no invalid UTF-8.
func validPrefix(s string, n int) int {
	if utf8.ValidString(s[:n]) {
		return n
	}
	for j, r := range s[:n] {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[j:]); size == 1 {
				return j
			}
		}
	}
	return n
}

type folder struct {
	src     string
	b       strings.Builder
	orig    []int32
	withMap bool

	prevCJK    bool // the last emitted rune is CJK
	emitted    bool // anything emitted yet
	pendingWS  bool // whitespace seen since the last emitted rune
	pendingOff int  // where that whitespace began
}

func (f *folder) run() {
	var buf []byte
	for i := 0; i < len(f.src); {
		// Most text is already NFKC (CJK, ASCII): take it rune by rune,
		// each rune its own unit of the offset map.
		if r, size := utf8.DecodeRuneInString(f.src[i:]); r == utf8.RuneError && size == 1 {
			f.emit(r, i) // an invalid byte (never from read) stands alone
			i++
			continue
		}
		// norm's quick check skips over invalid bytes and what follows them,
		// so the span ends at the first invalid byte.
		if q := validPrefix(f.src[i:], norm.NFKC.QuickSpanString(f.src[i:])); q > 0 {
			for j, r := range f.src[i : i+q] {
				f.emit(r, i+j)
			}
			i += q
			continue
		}
		n := segmentLen(f.src[i:])
		buf = norm.NFKC.AppendString(buf[:0], f.src[i:i+n])
		for _, r := range string(buf) {
			f.emit(r, i)
		}
		i += n
	}
}

func (f *folder) emit(r rune, off int) {
	// no white space lies above U+3000: most CJK skips the table search
	if r <= 0x3000 && unicode.IsSpace(r) {
		if !f.pendingWS {
			f.pendingWS, f.pendingOff = true, off
		}
		return
	}
	if hasVariant(r) {
		r = variants[r]
	} else if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
	} else if r < 0x2E80 || r >= 0xFF00 {
		r = unicode.ToLower(r) // CJK has no case: skip the table lookup
	}
	cjk := isCJK(r)
	if f.pendingWS {
		if f.emitted && !cjk && !f.prevCJK {
			f.write(' ', f.pendingOff)
		}
		f.pendingWS = false
	}
	f.write(r, off)
	f.prevCJK, f.emitted = cjk, true
}

func (f *folder) write(r rune, off int) {
	n := f.b.Len()
	f.b.WriteRune(r)
	if f.withMap {
		for k := n; k < f.b.Len(); k++ {
			f.orig = append(f.orig, int32(off))
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isCJK reports whether r belongs to a script written without spaces between
// words, or is CJK punctuation: whitespace next to it carries no meaning.
func isCJK(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3040 && r <= 0x30FF, r >= 0xAC00 && r <= 0xD7AF:
		return true // unified ideographs, kana, Hangul syllables
	case r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation 、。「」《》
		return true
	case r >= 0xFF00 && r <= 0xFFEF: // what NFKC leaves of the full-width block
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// variants maps a character to the form Taiwanese texts use, only where the
// two are the same word in every context (not 著/着, 于/於, 里/裡, 予/預,
// 余/餘, 秘/祕 …). Japanese shinjitai in names quoted from Japanese
// (経済産業省, 情報処理推進機構) fold to the traditional forms the same
// texts use in Chinese.
var variants = map[rune]rune{
	// Taiwanese variants
	'臺': '台', '爲': '為', '裏': '裡', '峯': '峰', '綫': '線', '衞': '衛',
	'衆': '眾', '羣': '群', '啓': '啟', '敎': '教', '麪': '麵', '温': '溫',
	'黄': '黃', '淸': '清', '靑': '青', '户': '戶', '戸': '戶', '内': '內',
	'説': '說', '緑': '綠', '鷄': '雞', '眞': '真', '僞': '偽', '兑': '兌',
	// Japanese shinjitai
	'経': '經', '済': '濟', '産': '產', '総': '總', '庁': '廳', '証': '證',
	'発': '發', '会': '會', '関': '關', '県': '縣', '国': '國', '学': '學',
	'処': '處', '独': '獨', '応': '應', '対': '對', '広': '廣', '戦': '戰',
	'検': '檢', '覧': '覽', '栄': '榮', '労': '勞', '圏': '圈', '気': '氣',
	'実': '實', '体': '體', '楽': '樂', '団': '團', '辺': '邊', '鉄': '鐵',
	'駅': '驛', '図': '圖', '転': '轉', '伝': '傳', '価': '價', '営': '營',
	'覚': '覺', '観': '觀', '歴': '歷', '帰': '歸', '旧': '舊', '拠': '據',
	'拡': '擴', '権': '權', '聴': '聽', '軽': '輕', '険': '險', '児': '兒',
	'写': '寫', '釈': '釋', '従': '從', '将': '將', '条': '條', '状': '狀',
	'数': '數', '声': '聲', '専': '專', '銭': '錢', '双': '雙', '装': '裝',
	'属': '屬', '続': '續', '単': '單', '担': '擔', '点': '點', '当': '當',
	'読': '讀', '売': '賣', '訳': '譯', '薬': '藥', '様': '樣', '来': '來',
	'両': '兩', '励': '勵', '礼': '禮', '齢': '齡', '湾': '灣', '亜': '亞',
	'悪': '惡', '圧': '壓', '囲': '圍', '医': '醫', '鋭': '銳',
	'択': '擇', '沢': '澤', '駆': '驅', '効': '效', '巻': '卷',
}

// variantBits marks the keys of variants among the unified ideographs so
// that the common case, a character without a variant, skips the map.
var variantBits = func() (bits [(0xA000 - 0x4E00) / 64]uint64) {
	for r := range variants {
		if r >= 0x4E00 && r < 0xA000 {
			bits[(r-0x4E00)/64] |= 1 << ((r - 0x4E00) % 64)
		}
	}
	return bits
}()

func hasVariant(r rune) bool {
	if r >= 0x4E00 && r < 0xA000 {
		return variantBits[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) != 0
	}
	if r < 0x2E80 {
		return false
	}
	_, ok := variants[r]
	return ok
}

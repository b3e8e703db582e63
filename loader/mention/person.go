package mention

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// titles written beside Chinese names (黃彥男部長, 部長 林宜敬).
var titles = strings.Fields(`總統 副總統 院長 副院長 部長 政務次長 常務次長 次長 主任秘書 署長 副署長 代理署長 局長 副局長 司長 副司長 處長 副處長 主任 副主任 組長 副組長 科長 專門委員 簡任視察 視察 專員 科員 技正 技士 研究員 副研究員 助理研究員 資深研究員 規劃師 專案規劃師 秘書 代表 副代表 大使 公使 領事 副領事 總領事 主委 主任委員 副主委 委員 董事長 總經理 副總經理 執行長 技術長 首席技術長 營運長 所長 副所長 國務卿 總理 副總理 議員 參議員 教授 博士 資深副理 副理 經理 理事長`)

var (
	// a line of the delegation table: [agency]\tname\ttitle
	tableRowRE = regexp.MustCompile(`(?m)^([^\t\n]*)\t([\p{Han}]{2,4})\t([^\t\n]+)$`)
	titleAlt   = strings.Join(sortedByLen(titles), "|")
	// name then title: 黃彥男部長; title then name: 部長 林宜敬
	nameTitleRE = regexp.MustCompile(`(` + surnames + `)([\p{Han}]{1,2})(` + titleAlt + `)$`)
	titleNameRE = regexp.MustCompile(`(` + titleAlt + `)[ 　]?(` + surnames + `)([\p{Han}]{1,2})(?:[ 　,，、。)）]|$)`)
	// transliterated foreign names: 毛里西奧·利茲卡諾
	dotNameRE = regexp.MustCompile(`[\p{Han}]{2,5}[·‧・][\p{Han}]{2,6}`)
	// Mr./Ms./Dr. Latin Name
	honorificRE = regexp.MustCompile(`\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+([A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z]+){1,2})`)
)

// common single-character surnames: precision for name-before-title.
const surnames = `王|李|張|劉|陳|楊|黃|趙|吳|周|徐|孫|馬|朱|胡|郭|何|高|林|羅|鄭|梁|謝|宋|唐|許|韓|馮|鄧|曹|彭|曾|蕭|田|董|袁|潘|于|於|蔣|蔡|余|杜|葉|程|蘇|魏|呂|丁|任|沈|姚|盧|姜|崔|鍾|譚|陸|汪|范|金|石|廖|賈|夏|韋|付|方|白|鄒|孟|熊|秦|邱|江|尹|薛|閻|段|雷|侯|龍|史|陶|黎|賀|顧|毛|郝|龔|邵|萬|錢|嚴|覃|武|戴|莫|孔|向|湯|甄|俞|花|卓|游|賴|簡|施|洪|翁|柯|詹|盛|童|歐|顏|涂|康|連|傅`

func sortedByLen(ss []string) []string {
	out := append([]string(nil), ss...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// persons finds named persons with care for precision: the delegation table
// of a trip report, Chinese names next to a title, transliterated names with
// a middle dot, and Latin names after Mr./Dr.
func persons(text string) []Mention {
	var out []Mention
	for _, m := range tableRowRE.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[4]:m[5]]
		role := strings.TrimSpace(text[m[6]:m[7]])
		if !isTitle(role) {
			continue
		}
		out = append(out, Mention{Start: m[4], End: m[5], Surface: name, Type: graph.Person, Source: Pattern, NameZh: name, Role: role})
	}
	// name then title: scan title occurrences (a literal search) rather
	// than running a regexp that starts with the surname alternation.
	for _, t := range titles {
		for i := 0; ; {
			j := strings.Index(text[i:], t)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(t)
			lo := at - 9 // up to three Han characters before the title
			if lo < 0 {
				lo = 0
			}
			for lo < at && !utf8.RuneStart(text[lo]) {
				lo++
			}
			if m := nameTitleRE.FindStringSubmatchIndex(text[lo:i]); m != nil && lo+m[1] == i {
				out = appendNameTitle(out, text, lo, m)
			}
		}
	}
	for _, m := range titleNameRE.FindAllStringSubmatchIndex(text, -1) {

		s, e := m[4], m[7]
		out = append(out, Mention{Start: s, End: e, Surface: text[s:e], Type: graph.Person, Source: Pattern, NameZh: text[s:e], Role: text[m[2]:m[3]]})
	}
	for _, m := range dotNameRE.FindAllStringIndex(text, -1) {
		s := trimTitlePrefix(text, m[0], m[1])
		out = append(out, Mention{Start: s, End: m[1], Surface: text[s:m[1]], Type: graph.Person, Source: Pattern, NameZh: text[s:m[1]]})
	}
	for _, m := range honorificRE.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Mention{Start: m[2], End: m[3], Surface: text[m[2]:m[3]], Type: graph.Person, Source: Pattern, Name: text[m[2]:m[3]]})
	}
	return out
}

// trimTitlePrefix moves start past a title the match swallowed
// (部長毛里西奧·利茲卡諾 → 毛里西奧·利茲卡諾).
func trimTitlePrefix(text string, start, end int) int {
	best := start
	for i := start; i < end; i += utf8.RuneLen([]rune(text[i:])[0]) {
		for _, t := range titles {
			if strings.HasSuffix(text[:i], t) && i > best && i-start < len(t)+4 {
				best = i
			}
		}
	}
	return best
}

// appendNameTitle adds the person of a nameTitleRE match m found in
// text[lo:].
func appendNameTitle(out []Mention, text string, lo int, m []int) []Mention {
	s, e := lo+m[2], lo+m[5]
	if isTitle(text[s:e]) || strings.ContainsAny(text[lo+m[4]:lo+m[5]], "副專簡資首前代總常政主助級報告委員長任技部署局處司院會") {
		return out
	}
	return append(out, Mention{Start: s, End: e, Surface: text[s:e], Type: graph.Person, Source: Pattern, NameZh: text[s:e], Role: text[lo+m[6] : lo+m[7]]})
}

func isTitle(s string) bool {
	for _, t := range titles {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

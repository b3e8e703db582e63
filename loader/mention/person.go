package mention

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
)

// titles written beside Chinese names (黃彥男部長, 部長 林宜敬).
var titles = strings.Fields(`總統 副總統 院長 副院長 部長 政務次長 常務次長 次長 主任秘書 署長 副署長 代理署長 局長 副局長 司長 副司長 處長 副處長 主任 副主任 組長 副組長 科長 專門委員 簡任視察 視察 專員 科員 技正 技士 研究員 副研究員 助理研究員 資深研究員 規劃師 專案規劃師 秘書 代表 副代表 大使 公使 領事 副領事 總領事 主委 主任委員 副主委 委員 董事長 總經理 副總經理 執行長 技術長 首席技術長 營運長 所長 副所長 國務卿 總理 副總理 議員 參議員 教授 博士 資深副理 副理 經理 理事長`)

var (
	// a line of the delegation table: [agency]\tname\ttitle
	tableRowRE = newLineRE(`(?m)^([^\t\n]*)\t([\p{Han}]{2,4})\t([^\t\n]+)$`, "\t")
	titleAlt   = strings.Join(sortedByLen(titles), "|")
	// name then title: 黃彥男部長; title then name: 部長 林宜敬
	// (a header row writes a space between them: 姓名職稱：王小明 科長)
	nameTitleRE = regexp.MustCompile(`(` + surnames + `)([\p{Han}]{1,2})[ 　]?(` + titleAlt + `)$`)
	// anchored right after a title found by literal search
	titleNameRE = regexp.MustCompile(`\A[ 　]?(` + surnames + `)([\p{Han}]{1,2})(?:[ 　,，、。)）\n與和及等於在為曾也亦則將已表指說]|$)`)
	// transliterated foreign names: 毛里西奧·利茲卡諾
	dotNameRE = regexp.MustCompile(`[\p{Han}]{2,5}[·‧・][\p{Han}]{2,6}`)
	// Mr./Ms./Dr. Latin Name
	honorificRE = newLineRE(`\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+([A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){1,2})`, "Mr", "Ms", "Dr", "Prof")
	// a Latin personal name: two to four capitalised words, initials and
	// the particles of European surnames (Alexander Van der Bellen).
	latinPerson = `\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s(?:\p{Lu}\.|(?:van|von|der|de|da|du|la|le|bin|al)\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)){1,3}`
	// a bullet line of a delegation or host list: "- Name[ 漢名], Title"
	bulletPersonRE = newLineRE(`(?m)^[-*•]\s+(`+latinPerson+`)(?:\s([\p{Han}]{2,4}))?,\s*([A-Z][^\n]{1,80})$`, "-", "*", "•")
	// **Name**, Title (a speaker list in Markdown)
	boldPersonRE = newLineRE(`\*\*(`+latinPerson+`)\*\*(,\s*[A-Z])?`, "**")
	// a Latin name right after a Han title: 國務部長 Tobias Lindner, and the
	// names enumerated after it (參議員 Benjamin L. Cardin 與 Dan Sullivan)
	latinAfterRE  = regexp.MustCompile(`\A[ 　]?(?:\*\*)?(` + latinPerson + `)\b`)
	latinBeforeRE = regexp.MustCompile(`(?:^|[^A-Za-z.])(` + latinPerson + `)$`)
	latinNextRE   = regexp.MustCompile(`\A(?:\*\*)?\s?(?:與|和|及|、|,\s?|，)\s?(` + latinPerson + `)\b`)
	// a transliterated or Chinese name followed by the Latin name in
	// parentheses: 外交部長維爾德坎普 (Caspar Veldkamp), 營運長為呂學怡 (Richard Lu)
	parenLatinRE = regexp.MustCompile(`\A[（(](` + latinPerson + `)[)）]`)
	// job words of an English title after a bullet name
	jobWordRE = regexp.MustCompile(`\b(?:President|Director|Manager|Attorney|Officer|CEO|CTO|COO|CFO|VP|GM|Lead|Head|Chief|Founder|Co-founder|Architect|Engineer|Counsel|Partner|Chair|Minister|Ambassador|Envoy|Secretary|Professor|Advisor|Adviser|Researcher|Fellow|Representative|Senator|Commissioner|Executive)\b`)
)

// hanRoleSuffixes end a Han phrase that introduces a foreign name
// (美國國務卿, 荷蘭外交部長, FOC 諮詢網絡成員, 維基媒體基金會執行長).
var hanRoleSuffixes = []string{"長", "卿", "員", "使", "統", "理", "任", "席", "授", "裁", "人", "表", "官", "士"}

// latinPersons finds Latin-script names of persons from the shapes that
// mark them: bullet lists with titles, bold speaker names, Han titles right
// before the name, and Han transliterations followed by the Latin name.
func latinPersons(text string) []Mention {
	var out []Mention
	add := func(s, e int, zh, role string) {
		for _, h := range []string{"Dr ", "Mr ", "Ms ", "Mrs ", "Prof "} {
			if strings.HasPrefix(text[s:e], h) {
				s += len(h)
			}
		}
		name := text[s:e]
		if headWordRE.MatchString(name) {
			return
		}
		out = append(out, Mention{Start: s, End: e, Surface: name, Type: graph.Person, Source: Pattern, Name: name, NameZh: zh, Role: role})
	}
	for _, m := range bulletPersonRE.allSubmatchIndex(text) {
		role := text[m[6]:m[7]]
		if !jobWordRE.MatchString(role) {
			continue
		}
		zh := ""
		if m[4] >= 0 {
			zh = text[m[4]:m[5]]
		}
		add(m[2], m[3], zh, role)
	}
	// a Latin name then 先生/女士 (韓國 Judong Jang 先生, Elspeth Davidson 女士)
	for _, suffix := range []string{" 先生", " 女士", " 博士", "先生", "女士", "博士"} {
		for i := 0; ; {
			k := strings.Index(text[i:], suffix)
			if k < 0 {
				break
			}
			at := i + k
			i = at + len(suffix)
			lo := max(0, at-60)
			if m := latinBeforeRE.FindStringSubmatchIndex(text[lo:at]); m != nil {
				add(lo+m[2], lo+m[3], "", "")
			}
		}
	}
	for _, m := range boldPersonRE.allSubmatchIndex(text) {
		if m[4] >= 0 || endsWithRole(text[:m[0]]) {
			add(m[2], m[3], "", "")
		}
	}
	for _, m := range hanLatin(text) {
		han := text[m[2]:m[3]]
		zhStart := roleEnd(han)
		if zhStart < 0 || len(han)-zhStart < 6 {
			continue
		}
		zh := strings.TrimPrefix(han[zhStart:], "為")
		zs := m[3] - len(zh)
		if utf8.RuneCountInString(zh) < 2 || isTitle(zh) {
			continue
		}
		out = append(out, Mention{Start: zs, End: m[3], Surface: zh, Type: graph.Person, Source: Pattern, Name: text[m[4]:m[5]], NameZh: zh, Role: han[:zhStart]})
	}
	// a Han role word then a Latin name: scan Latin capitals after Han text
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		if j < 0 {
			break
		}
		at := i + j
		i = at + 1
		lo := at
		for lo > 0 && (text[lo-1] == ' ' || text[lo-1] == '*') && at-lo < 3 {
			lo--
		}
		if lo == at && at > 0 && text[at-1] < utf8.RuneSelf {
			continue
		}
		if !endsWithRole(text[:lo]) {
			continue
		}
		m := latinAfterRE.FindStringSubmatchIndex(text[lo:])
		if m == nil {
			continue
		}
		s, e := lo+m[2], lo+m[3]
		add(s, e, "", "")
		i = e
		// enumerated names after it
		for {
			n := latinNextRE.FindStringSubmatchIndex(text[e:])
			if n == nil {
				break
			}
			s2, e2 := e+n[2], e+n[3]
			add(s2, e2, "", "")
			e, i = e2, e2
		}
	}
	return out
}

// hanLatin finds a run of 2–14 Han characters, an optional space, then a
// Latin personal name in parentheses; it returns submatch offsets like
// FindAllStringSubmatchIndex (whole, Han run, Latin name). It scans for the
// parentheses instead of running a regexp from every Han character.
func hanLatin(text string) [][]int {
	var out [][]int
	// the next ( and （ at or after i, each found by a fast substring
	// search and kept until passed (IndexAny with a non-ASCII set decodes
	// every rune)
	half, full := -1, -1
	next := func(sep string, from, cur int) int {
		if cur >= from || cur == len(text) {
			return cur
		}
		if k := strings.Index(text[from:], sep); k >= 0 {
			return from + k
		}
		return len(text)
	}
	for i := 0; ; {
		half, full = next("(", i, half), next("（", i, full)
		at := min(half, full)
		if at >= len(text) {
			break
		}
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
		if !isUpperASCII(firstRune(text[i:])) {
			continue
		}
		m := parenLatinRE.FindStringSubmatchIndex(text[at:min(len(text), at+120)])
		if m == nil {
			continue
		}
		end := at
		if r, sz := utf8.DecodeLastRuneInString(text[:end]); r == ' ' || r == '　' {
			end -= sz
		}
		start, n := end, 0
		for start > 0 && n < 14 {
			r, sz := utf8.DecodeLastRuneInString(text[:start])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			start -= sz
			n++
		}
		if n < 2 {
			continue
		}
		out = append(out, []int{start, at + m[1], start, end, at + m[2], at + m[3]})
	}
	return out
}

func isUpperASCII(r rune) bool { return r >= 'A' && r <= 'Z' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// endsWithRole reports whether s ends with a Han title word (國務部長,
// 執行長, 參議員, 成員), possibly followed by ** of Markdown bold.
func endsWithRole(s string) bool {
	s = strings.TrimRight(s, " *")
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return false
	}
	for _, t := range titles {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	for _, t := range foreignTitles {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}

// foreignTitles are titles written before foreign names beyond titles.
var foreignTitles = strings.Fields(`外長 副外長 第一副外長 國務卿 國務部長 外交部長 部长 首相 總裁 主席 副主席 創辦人 共同創辦人 成員 特使 參議員 眾議員 國會議員 局長 大使 主持人 講者 執行董事 總監 負責人`)

// roleEnd returns the byte offset in han just after its last title word,
// or -1 when han holds no title (then the Han run is not a person's name).
func roleEnd(han string) int {
	best := -1
	for _, list := range [][]string{titles, foreignTitles} {
		for _, t := range list {
			if k := strings.LastIndex(han, t); k >= 0 && k+len(t) > best && k+len(t) < len(han) {
				best = k + len(t)
			}
		}
	}
	return best
}

// headWordRE: words that make a capitalised phrase an organisation,
// meeting or document rather than a person.
var headWordRE = regexp.MustCompile(`\b(?:Ministerial|Summit|Conference|Forum|Workshop|Meeting|Dialogue|Statement|Declaration|Principles?|Convention|Act|Framework|Roadmap|Strategy|Plan|Agenda|Ministry|Department|Agency|Office|Bureau|Commission|Council|Committee|Coalition|Foundation|Alliance|Association|Union|Corporation|Company|Network|Society|University|Institute|Initiative|Lab|Labs|Group|Center|Centre|Google|Microsoft|Amazon|Cloud|Studio|Security|Digital|Global|Human|Rights|Tech|Technology|Data|Online|International|National|Taiwan|United|States|Nations|Intelligence|Artificial|Chain|Reaction|AI)\b`)

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
func (f *Finder) persons(text string) []Mention {
	var out []Mention
	for _, m := range tableRowRE.allSubmatchIndex(text) {
		name := text[m[4]:m[5]]
		role := strings.TrimSpace(text[m[6]:m[7]])
		if !isTitle(role) {
			continue
		}
		out = append(out, Mention{Start: m[4], End: m[5], Surface: name, Type: graph.Person, Source: Pattern, NameZh: name, Role: role})
	}
	// name then title: scan title occurrences (a literal search) rather
	// than running a regexp that starts with the surname alternation.
	it := f.titles.IterOverlapping(text)
	for tm := it.Next(); tm != nil; tm = it.Next() {
		t := titles[tm.Pattern()]
		at, i := tm.Start(), tm.End()
		{
			lo := at - 12 // up to three Han characters and a space before the title
			if lo < 0 {
				lo = 0
			}
			for lo < at && !utf8.RuneStart(text[lo]) {
				lo++
			}
			if m := nameTitleRE.FindStringSubmatchIndex(text[lo:i]); m != nil && lo+m[1] == i {
				out = appendNameTitle(out, text, lo, m)
			}
			// title then name: 部長 林宜敬
			if m := titleNameRE.FindStringSubmatchIndex(text[i:min(len(text), i+16)]); m != nil {
				s, e := i+m[2], i+m[5]
				if !notPersons[text[s:e]] && !strings.HasPrefix(text[s:e], "於") { // 主席於席間: a preposition
					out = append(out, Mention{Start: s, End: e, Surface: text[s:e], Type: graph.Person, Source: Pattern, NameZh: text[s:e], Role: t})
				}
			}
		}
	}
	for _, m := range dotNames(text) {
		s := trimTitlePrefix(text, m[0], m[1])
		if strings.ContainsAny(text[s:m[1]], "國家發展經濟創新數位政府產業社會") {
			continue // a slogan joined by a middle dot, not a transliteration
		}
		out = append(out, Mention{Start: s, End: m[1], Surface: text[s:m[1]], Type: graph.Person, Source: Pattern, NameZh: text[s:m[1]]})
	}
	for _, m := range honorificRE.allSubmatchIndex(text) {
		out = append(out, Mention{Start: m[2], End: m[3], Surface: text[m[2]:m[3]], Type: graph.Person, Source: Pattern, Name: text[m[2]:m[3]]})
	}
	out = append(out, latinPersons(text)...)
	// Zhangchao Ma 的演講, Park 女士: a two-word Latin name right before a
	// speech verb, or a name written given name, comma, family name before
	// 先生/女士, is a person when it is no known name and no body
	for _, m := range append(speakerRE.allSubmatchIndex(text), commaNameRE.allSubmatchIndex(text)...) {
		name := text[m[2]:m[3]]
		if f.knownType(name) != "" || headWordRE.MatchString(name) {
			continue
		}
		out = append(out, Mention{Start: m[2], End: m[3], Surface: name, Type: graph.Person, Source: Pattern, Name: name})
	}
	out = append(out, bylines(text)...)
	out = append(out, f.leaderNames(text)...)
	return out
}

var (
	// speakerRE: see persons
	speakerRE   = newLineRE(`(?:^|[^A-Za-z,.] ?)([A-Z][a-z]+ [A-Z][a-z]+) ?(?:的演講|演講|表示|指出|強調|提到)`, "演講", "表示", "指出", "強調", "提到")
	commaNameRE = newLineRE(`(?:^|[^A-Za-z,.] ?)([A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+) ?(?:女士|先生)`, "女士", "先生")
	// a transliterated leader's name before the office (在拜登總統的領導下)
	// or after it (總統川普在新政府上任第三天): heads of state and government
	// are written so without a surname from the Chinese list.
	leaderBeforeRE = newLineRE(`(?:^|[在由與和及、，,。；\s])([\p{Han}]{2,3})(總統|首相|總理)(?:的|在|於|表示|指出|宣布|、|，|。)`, "總統", "首相", "總理")
	leaderAfterRE  = newLineRE(`(?:^|[在由與和及、，,。；\s])(總統|首相|總理)([\p{Han}]{2,3}?)(?:在|於|表示|指出|宣布|簽署|發布|的|、|，|。)`, "總統", "首相", "總理")
	// a surname and an office with no given name (沈副院長於經濟部時期):
	// the text names the person only so
	surnameTitleRE = newLineRE(`(?:^|[在由與和及、，,。；\s])((?:`+surnames+`)(?:副院長|院長|副總統|部長|副部長|署長|主委))(?:於|在|的|表示|指出|、|，|。)`, "院長", "副總統", "部長", "署長", "主委")
)

// notLeaderChars may not be in a leader's name: they make it a country,
// a body or a word about the office (美國總統, 前總統, 總統府).
const notLeaderChars = "國府院部會局署省廳處副前新現代時任選候辦令級職就大與及和的在於也"

func (f *Finder) leaderNames(text string) []Mention {
	var out []Mention
	add := func(s, e int) {
		name := text[s:e]
		if strings.ContainsAny(name, notLeaderChars) || f.knownType(name) != "" || notPersons[name] {
			return
		}
		out = append(out, Mention{Start: s, End: e, Surface: name, Type: graph.Person, Source: Pattern, NameZh: name})
	}
	for _, m := range leaderBeforeRE.allSubmatchIndex(text) {
		add(m[2], m[3])
	}
	for _, m := range leaderAfterRE.allSubmatchIndex(text) {
		add(m[4], m[5])
	}
	for _, m := range surnameTitleRE.allSubmatchIndex(text) {
		out = append(out, Mention{Start: m[2], End: m[3], Surface: text[m[2]:m[3]], Type: graph.Person, Source: Pattern, NameZh: text[m[2]:m[3]]})
	}
	return out
}

// dotNames finds transliterated names around each middle dot (a scan for
// the dot, then the regexp on a window around it).
func dotNames(text string) [][2]int {
	var out [][2]int
	last := -1
	for i := 0; ; {
		k := strings.IndexAny(text[i:], "·‧・")
		if k < 0 {
			break
		}
		at := i + k
		_, size := utf8.DecodeRuneInString(text[at:])
		i = at + size
		lo, hi := max(0, at-15), min(len(text), at+size+18)
		for lo < at && !utf8.RuneStart(text[lo]) {
			lo++
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi--
		}
		for _, m := range dotNameRE.FindAllStringIndex(text[lo:hi], -1) {
			s, e := lo+m[0], lo+m[1]
			if s <= at && at < e && s >= last {
				out = append(out, [2]int{s, e})
				last = e
			}
		}
	}
	return out
}

// trimTitlePrefix moves start past a title the match swallowed
// (部長毛里西奧·利茲卡諾 → 毛里西奧·利茲卡諾).
func trimTitlePrefix(text string, start, end int) int {
	best := start
	// a title ends within its own length and a character of start
	limit := min(end, start+maxTitleLen+4)
	for i := start; i < limit; {
		for _, t := range allTitles {
			if i > best && i-start < len(t)+4 && strings.HasSuffix(text[:i], t) {
				best = i
			}
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return best
}

// allTitles are the Chinese and foreign titles; maxTitleLen the longest
// one's length in bytes.
var allTitles = append(append([]string(nil), titles...), foreignTitles...)

var maxTitleLen = func() int {
	n := 0
	for _, t := range allTitles {
		n = max(n, len(t))
	}
	return n
}()

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

// bylineRE: a line holding only a Chinese name, the next non-blank line
// the author's title and role (陳政陽 / 副法律研究員 編譯整理).
var bylineRE = regexp.MustCompile(`(?m)^(` + surnames + `)([\p{Han}]{1,2})[ 　]*\n(?:[ 　]*\n){0,2}([^\n]{2,30})$`)

// bylineAt is bylineRE anchored at a line start: bylines runs it only on
// lines short enough to hold a bare name, not over the whole text.
var bylineAt = regexp.MustCompile(`\A(?:` + bylineRE.String() + `)`)

// bylineMatches is bylineRE.FindAllStringSubmatchIndex(text, -1): every
// match starts a line of two or three Han characters (and spaces), so the
// regexp runs only there, on the at most four lines a match spans.
func bylineMatches(text string) [][]int {
	var out [][]int
	end := -1
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			break // a byline's name line ends with a line break
		}
		le += ls
		if ls >= end {
			if n := len(strings.TrimRight(text[ls:le], " 　")); n == 6 || n == 9 {
				stop := le
				for range 3 {
					if stop >= len(text) {
						break
					}
					if k := strings.IndexByte(text[stop+1:], '\n'); k < 0 {
						stop = len(text)
					} else {
						stop += 1 + k
					}
				}
				if m := bylineAt.FindStringSubmatchIndex(text[ls:stop]); m != nil {
					for i := range m {
						if m[i] >= 0 {
							m[i] += ls
						}
					}
					out = append(out, m)
					end = m[1]
				}
			}
		}
		ls = le + 1
	}
	return out
}

func bylines(text string) []Mention {
	var out []Mention
	for _, m := range bylineMatches(text) {
		role := text[m[6]:m[7]]
		if !isTitle(role) {
			continue
		}
		s, e := m[2], m[5]
		out = append(out, Mention{Start: s, End: e, Surface: text[s:e], Type: graph.Person, Source: Pattern, NameZh: text[s:e], Role: strings.Fields(role)[0]})
	}
	return out
}

// notPersons are words that look like a surname and a given name after a
// title (代表簡報: 簡 is a surname, 簡報 a briefing).
var notPersons = map[string]bool{"簡報": true, "簡介": true, "簡述": true, "高峰": true, "高階": true, "高度": true, "林業": true, "金融": true, "方案": true, "方式": true, "向來": true, "石油": true, "於會": true, "於會中": true, "游說": true, "連結": true, "連線": true, "周知": true, "周邊": true, "許可": true, "許多": true, "康健": true, "史上": true, "程序": true, "程度": true}
